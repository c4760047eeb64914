"""robots.txt as RFC 9309 reads it, plus Crawl-delay and Sitemap."""
from extractor.sources.crawl.robots import Robots

TXT = """# comments are ignored
User-agent: *
Disallow: /rahasia/
Disallow: /*?cetak=
Allow: /rahasia/umum$
Crawl-delay: 2

User-agent: Tribun-Extractor
User-agent: another-bot
Disallow: /index-news/hanya-untuk-kami
Crawl-delay: 0.5

User-agent: BadBot
Disallow: /

Sitemap: https://babel.tribunnews.com/sitemap.xml
"""


def test_the_most_specific_group_applies():
    ours = Robots.parse(TXT, "tribun-extractor")
    assert ours.crawl_delay == 0.5
    assert not ours.allowed("https://babel.tribunnews.com/index-news/hanya-untuk-kami?page=2")
    assert ours.allowed("https://babel.tribunnews.com/rahasia/x")      # the * group does not apply to us
    assert ours.sitemaps == ["https://babel.tribunnews.com/sitemap.xml"]


def test_star_group_longest_match_and_wildcards():
    other = Robots.parse(TXT, "some-crawler")
    assert other.crawl_delay == 2
    assert not other.allowed("https://x.tribunnews.com/rahasia/dokumen")
    assert other.allowed("https://x.tribunnews.com/rahasia/umum")       # longer Allow wins
    assert not other.allowed("https://x.tribunnews.com/rahasia/umum/lagi")  # $ anchors
    assert not other.allowed("https://x.tribunnews.com/2025/03/01/judul?cetak=1")
    assert other.allowed("https://x.tribunnews.com/2025/03/01/judul?page=all")
    assert other.allowed("https://x.tribunnews.com/robots.txt")
    assert not Robots.parse(TXT, "BadBot/1.0").allowed("https://x.tribunnews.com/")


def test_fetch_outcomes():
    assert Robots.from_fetch(404, b"", "tribun-extractor").allowed("https://x.tribunnews.com/a")
    for status in (500, 503, 429, None):
        robots = Robots.from_fetch(status, b"", "tribun-extractor")
        assert robots.unreachable and not robots.allowed("https://x.tribunnews.com/a")
    robots = Robots.from_fetch(200, b"User-agent: *\nDisallow:\n", "tribun-extractor")
    assert robots.allowed("https://x.tribunnews.com/a") and robots.crawl_delay is None


def test_ties_go_to_allow_and_encoding_is_normalised():
    robots = Robots.parse("User-agent: *\nDisallow: /berita\nAllow: /berita\nDisallow: /caf%C3%A9\n", "x")
    assert robots.allowed("https://x.tribunnews.com/berita/1")
    assert not robots.allowed("https://x.tribunnews.com/café/menu")
