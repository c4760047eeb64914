"""Discovery parsers: news sitemaps, sitemap indexes, index-news pages, RSS and listing pages.

The listing-page test reads the real saved Tribunnews mobile home page in ../shared (skipped when
the shared folder is absent); the other inputs are small derived fixtures written here."""
from __future__ import annotations

import gzip
import os
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from extractor.sources.crawl.discover import (DiscoveryError, Link, dedupe, in_range, index_news_url,
                                              is_article_url, parse_index_page, parse_listing, parse_rss,
                                              parse_sitemap, relative_seconds)
from extractor.urls import article_fetch_url, canonical_url

SHARED = Path(os.environ.get("EXTRACTOR_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")
HOME = SHARED / "corpus" / "tribun-html" / "m.tribunnews.com-home-2022-01-28.html"

NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url>
    <loc>https://babel.tribunnews.com/2025/03/23/pemprov-babel-salurkan-bantuan-beras</loc>
    <news:news>
      <news:publication><news:name>Bangkapos.com</news:name><news:language>id</news:language></news:publication>
      <news:publication_date>2025-03-23T14:05:00+07:00</news:publication_date>
      <news:title>Pemprov Babel Salurkan Bantuan Beras</news:title>
      <news:keywords>beras, bantuan pangan, Pangkalpinang</news:keywords>
    </news:news>
  </url>
  <url><loc>https://babel.tribunnews.com/2025/03/22/harga-timah-naik</loc></url>
</urlset>"""

SITEMAP_INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://babel.tribunnews.com/sitemap-news.xml</loc></sitemap>
  <sitemap><loc>/bangka/sitemap-news.xml</loc><lastmod>2025-03-23</lastmod></sitemap>
</sitemapindex>"""


def test_news_sitemap_fields():
    sm = parse_sitemap(NEWS_SITEMAP, "https://babel.tribunnews.com/sitemap-news.xml")
    assert not sm.is_index
    assert [l.url for l in sm.links] == ["https://babel.tribunnews.com/2025/03/23/pemprov-babel-salurkan-bantuan-beras",
                                         "https://babel.tribunnews.com/2025/03/22/harga-timah-naik"]
    first = sm.links[0]
    assert first.title == "Pemprov Babel Salurkan Bantuan Beras"
    assert first.published == "2025-03-23T14:05:00+07:00"
    assert first.keywords == ["beras", "bantuan pangan", "Pangkalpinang"]
    assert sm.links[1].published is None and sm.links[1].day() == date(2025, 3, 22)


def test_sitemap_index_and_gzip():
    sm = parse_sitemap(gzip.compress(SITEMAP_INDEX), "https://babel.tribunnews.com/sitemap.xml")
    assert sm.is_index
    assert sm.sitemaps == ["https://babel.tribunnews.com/sitemap-news.xml",
                           "https://babel.tribunnews.com/bangka/sitemap-news.xml"]


def test_bad_sitemaps_are_errors_not_crashes():
    with pytest.raises(DiscoveryError):
        parse_sitemap(b"")
    with pytest.raises(DiscoveryError):
        parse_sitemap(b"<html><body>not a sitemap</body></html>")
    # an entity-expansion attack is not expanded
    bomb = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
            b'<urlset><url><loc>https://babel.tribunnews.com/2025/03/01/x&b;</loc></url></urlset>')
    sm = parse_sitemap(bomb)
    assert all("aaaaaaaaaa" not in l.url for l in sm.links)


INDEX_PAGE = """<html><body>
<div id="dayindex"></div>
<ul class="lsi">
  <li class="ptb15"><h3 class="f16 fbo"><a href="https://babel.tribunnews.com/2025/03/01/banjir-rendam-pangkalpinang" title="Banjir Rendam Pangkalpinang">Banjir Rendam Pangkalpinang</a></h3>
      <div class="grey pt5"><time class="foot timeago" title="2025-03-01 20:15:00">Sabtu, 1 Maret 2025 20:15</time></div></li>
  <li class="ptb15"><h3><a href="/2025/03/01/nelayan-belitung-melaut-lagi">Nelayan Belitung Melaut Lagi</a></h3></li>
  <li class="ptb15"><div>iklan, tanpa judul</div></li>
</ul>
<div class="paging"><a href="?date=2025-3-1&amp;page=1">1</a><a href="/index-news?date=2025-3-1&amp;page=2">Next</a></div>
</body></html>"""


def test_index_page_items_and_next():
    page = parse_index_page(INDEX_PAGE, "https://babel.tribunnews.com/index-news?date=2025-3-1&page=1")
    assert [l.url for l in page.links] == ["https://babel.tribunnews.com/2025/03/01/banjir-rendam-pangkalpinang",
                                           "https://babel.tribunnews.com/2025/03/01/nelayan-belitung-melaut-lagi"]
    assert page.links[0].title == "Banjir Rendam Pangkalpinang"
    assert page.links[0].published == "2025-03-01T20:15:00+07:00"
    assert page.next_url == "https://babel.tribunnews.com/index-news?date=2025-3-1&page=2"
    last = parse_index_page("<html><body><ul class='lsi'></ul></body></html>", "https://x.tribunnews.com/index-news")
    assert last.links == [] and last.next_url is None


def test_index_news_url_shape():
    assert index_news_url("https://babel.tribunnews.com", date(2020, 3, 15)) == \
        "https://babel.tribunnews.com/index-news?date=2020-3-15&page=1"
    assert index_news_url("https://www.tribunnews.com/", date(2025, 3, 1), 3, "nasional") == \
        "https://www.tribunnews.com/index-news/nasional?date=2025-3-1&page=3"


RSS = b"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bangkapos.com</title>
<item><title>Pasar Murah di Sungailiat</title><link>https://babel.tribunnews.com/2025/03/02/pasar-murah-di-sungailiat?utm_source=rss</link>
<pubDate>Sun, 02 Mar 2025 09:30:00 +0700</pubDate><category>Bangka</category></item>
<item><title>Tanpa tautan</title></item>
</channel></rss>"""


def test_rss_items():
    links = parse_rss(RSS, "https://babel.tribunnews.com/rss")
    assert len(links) == 1
    assert links[0].published == "2025-03-02T09:30:00+07:00"
    assert links[0].section == "Bangka"
    assert links[0].key == "https://babel.tribunnews.com/2025/03/02/pasar-murah-di-sungailiat"


def test_dedupe_across_sources_and_range():
    a = Link("https://babel.tribunnews.com/2025/03/02/x?utm_source=rss", source="rss")
    b = Link("http://babel.tribunnews.com/2025/03/02/x/", title="X", source="sitemap")
    c = Link("https://babel.tribunnews.com/2025/03/02/x?page=2", source="index")
    out = dedupe([a, b, c])
    assert len(out) == 1 and out[0].title == "X"
    assert in_range(out[0], date(2025, 3, 1), date(2025, 3, 2)) is True
    assert in_range(out[0], date(2025, 3, 3), date(2025, 3, 31)) is False
    assert in_range(Link("https://www.tribunnews.com/nasional/7654321/judul"), date(2025, 3, 1), date(2025, 3, 2)) is None
    assert article_fetch_url(b.url) == "http://babel.tribunnews.com/2025/03/02/x?page=all"
    assert canonical_url("https://m.tribunnews.com/nasional/2022/01/28/y") == "https://www.tribunnews.com/nasional/2022/01/28/y"


def test_article_url_shapes_and_relative_times():
    assert is_article_url("https://m.tribunnews.com/nasional/2022/01/28/kuasa-hukum")
    assert is_article_url("https://babel.tribunnews.com/2025/03/23/judul")
    assert is_article_url("https://www.tribunnews.com/nasional/7654321/judul-berita")
    assert not is_article_url("https://m.tribunnews.com/topic/harga-minyak-goreng")
    assert not is_article_url("https://video.tribunnews.com/view/321396/judul")
    assert not is_article_url("https://m.tribunnews.com/nasional")
    assert relative_seconds("3 menit lalu") == 180
    assert relative_seconds("1 jam yang lalu") == 3600
    assert relative_seconds("2 hari lalu") == 172800
    assert relative_seconds("Baru saja") == 0
    assert relative_seconds("Kamis, 10 Februari 2022") is None


@pytest.mark.skipif(not HOME.is_file(), reason=f"the real listing page is not here ({HOME}); set EXTRACTOR_SHARED")
def test_real_mobile_home_page_listing():
    html = HOME.read_text(encoding="utf-8")
    captured = datetime(2022, 1, 28, 16, 0, tzinfo=timezone(timedelta(hours=7)))
    links = parse_listing(html, "https://m.tribunnews.com/", reference=captured)
    keys = {l.key for l in links}
    assert len(keys) == len(links)                       # distinct articles
    with_section = [l for l in links if l.section]
    assert len(with_section) >= 50
    assert all(is_article_url(l.url) and ".tribunnews.com" in l.url for l in links)
    by_url = {l.url: l for l in links}
    lead = by_url["https://m.tribunnews.com/bisnis/2022/01/28/minyak-goreng-rp-14-ribu-mulai-langka-di-toko-ritel-modern-kppu-lanjutkan-ke-ranah-penegakan-hukum"]
    assert lead.section == "Bisnis"
    assert lead.relative_time == "3 menit lalu"
    assert lead.published == "2022-01-28T15:57:00+07:00"
    assert lead.title.startswith("Minyak Goreng Rp 14 Ribu")
    assert sum(1 for l in links if l.relative_time) >= 40
    # the classifieds and partner sites the page links to are not the network's news
    assert not any("tribunjualbeli" in l.url or "bolasport" in l.url for l in links)
