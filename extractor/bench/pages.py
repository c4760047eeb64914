"""Bench inputs, built reproducibly: the real article texts of ../shared/corpus wrapped into *derived*
Tribun article pages of realistic size (about 150 KB: head with meta, Open Graph and JSON-LD, inline
CSS and scripts, navigation, related/latest/popular lists, footer), written to gzipped WARC files.
Beyond a realistic amount of list markup the size is inline scripts, as on real pages; markup
density decides what generic extractors cost (trafilatura takes about 35 ms on these pages, the
issue's own measurement on a 147 KB page was 32 ms, and 255 ms on the saved Tribunnews home page).

No real Tribun article page could be obtained for the project; these pages follow the layout notes
in ../shared/corpus/TRIBUN_LAYOUT.md and the markup TribunParserV1 reads. The same texts and seed
always give the same bytes (WARC dates and record ids are derived, gzip headers carry no time).
"""
from __future__ import annotations

import hashlib
import html
import io
import json
import random
import re
import uuid
import zlib
from datetime import date
from pathlib import Path
from typing import Iterator, Optional

from ..calendar import parse_timestamp, repair_char_split

TARGET_BYTES = 150_000
LATEST_ITEMS = 30           # list markup like a real page's: 10 related, 10 popular, 30 latest articles
CORPORA = ("tribunnews-2015", "surya-2022")
_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"]
_SECTIONS = ["News", "Regional", "Nasional", "Internasional", "Bisnis", "Sport", "Seleb", "Lifestyle", "Otomotif",
             "Kesehatan", "Travel", "Techno", "Pendidikan", "Video", "Foto", "Superskor", "Pilkada", "Ramadan"]
_REGIONS = ["babel", "belitung", "sumsel", "jabar", "jatim", "surabaya", "jogja", "medan", "pekanbaru", "batam",
            "jambi", "lampung", "bali", "lombok", "kaltim", "makassar", "manado", "ambon", "papua", "aceh"]
_NAMES = ["Sela Agustika", "Dedy Qurniawan", "Anthoni Ramli", "Novita Sari", "Hendra Gunawan", "Rizky Pratama",
          "Fitri Wulandari", "Bambang Irawan", "Ayu Lestari", "Teddy Malaka", "Wahyu Kurniawan", "Dian Anditya"]


def load_texts(shared: Path) -> list[dict]:
    """The real texts (title, published, text, url when known) in a fixed order."""
    rows = []
    for name in CORPORA:
        path = shared / "corpus" / name / "articles.jsonl"
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    row = json.loads(line)
                    row["corpus"] = name
                    rows.append(row)
    return rows


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:90] or "berita"


def _when(row: dict, rng: random.Random) -> tuple[date, str]:
    stamp = parse_timestamp(row.get("published")) or "2022-01-06"
    day = date.fromisoformat(stamp[:10])
    raw = repair_char_split(str(row.get("published") or ""))
    if not re.search(r"\d{1,2}:\d{2}", raw):
        raw = f"{_DAYS[day.weekday()]}, {day.day} {_MONTHS[day.month - 1]} {day.year} {rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}"
    return day, raw


def _paragraphs(text: str) -> list[str]:
    """Archive texts lost their paragraph breaks: cut after every second or third sentence."""
    text = re.sub(r"(?<=[a-z0-9\"”)][.!?])(?=[A-Z\"“][a-z])", " ", text)       # 'deforestasi.Menanggapi'
    sentences = re.split(r"(?<=[.!?\"”])\s+(?=[\"“]?[A-Z0-9])", text.strip())
    out, current = [], []
    for n, sentence in enumerate(sentences):
        current.append(sentence)
        if len(current) >= 2 + n % 2:
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return [p for p in out if p.strip()]


def article_url(row: dict, index: int, copy: int = 0) -> str:
    if row.get("url") and not copy:
        return row["url"].replace("http://", "https://", 1)
    day = date.fromisoformat((parse_timestamp(row.get("published")) or "2022-01-06")[:10])
    host = "surabaya.tribunnews.com" if row.get("corpus") == "surya-2022" else "www.tribunnews.com"
    suffix = f"-{copy}" if copy else ""
    return f"https://{host}/{day.year}/{day.month:02d}/{day.day:02d}/{_slug(row.get('title') or 'berita')}{suffix}"


def _item(rng: random.Random, titles: list[str], host: str, kind: str, n: int) -> str:
    title = html.escape(titles[rng.randrange(len(titles))])
    slug = _slug(title)
    y, m, d = 2022, rng.randint(1, 12), rng.randint(1, 28)
    img = f"https://asset-{rng.randint(1, 4)}.tstatic.net/{host.split('.')[0]}/foto/bank/thumbnails2/{slug[:40]}-{rng.randint(1000, 99999)}.jpg"
    href = f"https://{host}/{y}/{m:02d}/{d:02d}/{slug}"
    return (f'<li class="p1520 art-list pos_rel {kind}-item" data-pos="{n}"><div class="fl mr15 pos_rel">'
            f'<a href="{href}" title="{title}" class="pos_rel"><img class="shou2 bgwhite lazyload" '
            f'data-src="{img}" src="https://cdn-1.tstatic.net/img/default-120x80.png" srcset="{img} 1x, {img}?w=240 2x" '
            f'alt="{title}" width="120" height="80"></a></div><div class="mr140"><h3 class="f16 fbo">'
            f'<a href="{href}" title="{title}" class="txt-oev-2">{title}</a></h3><h4 class="grey2 pt5 f13 ln18">'
            f'{html.escape(titles[rng.randrange(len(titles))])[:140]}</h4><div class="grey pt5"><time class="foot timeago" '
            f'title="{y}-{m:02d}-{d:02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00">{rng.randint(1, 59)} menit lalu</time>'
            f'</div></div></li>\n')


def _css(rng: random.Random, n: int) -> str:
    rules = []
    for i in range(n):
        sel = f".{rng.choice(['art', 'side', 'nav', 'ftr', 'hdr', 'lst', 'box', 'ads'])}-{i}"
        rules.append(f"{sel}{{margin:{rng.randint(0, 20)}px {rng.randint(0, 20)}px;padding:{rng.randint(0, 12)}px;"
                     f"font-size:{rng.randint(11, 22)}px;color:#{rng.randrange(16**6):06x};line-height:{rng.randint(14, 30)}px}}")
    return "\n".join(rules)


def _script(rng: random.Random, name: str, n: int) -> str:
    lines = [f"var {name} = window.{name} || {{}};"]
    for i in range(n):
        lines.append(f"{name}.slot{i} = googletag.defineSlot('/{rng.randint(1000, 9999)}/tribunnews/{name}_{i}', "
                     f"[[300, 250], [336, 280]], 'div-gpt-ad-{rng.randint(10**12, 10**13)}-{i}').addService(googletag.pubads());")
    return "\n".join(lines)


def derive_page(row: dict, index: int, titles: list[str], copy: int = 0) -> tuple[str, str, str]:
    """One derived Tribun article page: (url, html, WARC date)."""
    rng = random.Random(f"{index}-{copy}")
    url = article_url(row, index, copy)
    host = url.split("/")[2]
    day, shown = _when(row, rng)
    title = html.escape(row.get("title") or "Berita")
    section = html.escape(row.get("section") or ("Surabaya" if row.get("corpus") == "surya-2022" else "News"))
    author, editor = rng.choice(_NAMES), rng.choice(_NAMES)
    paragraphs = _paragraphs(row["text"])
    iso = f"{day.isoformat()}T{rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}:00+07:00"
    tags = [t for t in re.findall(r"\b[A-Z][a-z]{3,}\b", row["text"])[:40:5]] or [section]
    text_js = json.dumps(row["text"], ensure_ascii=False)

    body = []
    for n, p in enumerate(paragraphs):
        body.append(f"<p>{html.escape(p)}</p>")
        if n % 3 == 1:
            rel = html.escape(titles[rng.randrange(len(titles))])
            body.append(f'<p class="baca">Baca juga: <a href="https://{host}/2022/01/0{rng.randint(1, 9)}/{_slug(rel)}" '
                        f'class="blue">{rel}</a></p>')
        if n == 2:
            body.append(f'<div class="ads-inarticle mt10 mb10"><div id="div-gpt-ad-inarticle-{index}"><script>'
                        f'googletag.cmd.push(function(){{googletag.display("div-gpt-ad-inarticle-{index}");}});</script></div></div>')

    head = [
        f"<title>{title} - {host}</title>",
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="description" content="{html.escape(paragraphs[0][:160]) if paragraphs else title}">',
        f'<meta name="keywords" content="{", ".join(html.escape(t) for t in tags)}">',
        f'<meta name="news_keywords" content="{", ".join(html.escape(t) for t in tags)}">',
        '<meta name="robots" content="index, follow, max-image-preview:large">',
        f'<link rel="canonical" href="{url}">',
        f'<link rel="amphtml" href="{url.replace("https://", "https://m.", 1)}?amp">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{title}">',
        f'<meta property="og:url" content="{url}">',
        '<meta property="og:site_name" content="Tribunnews.com">',
        f'<meta property="og:image" content="https://asset-2.tstatic.net/tribunnews/foto/bank/images/{_slug(title)[:50]}.jpg">',
        f'<meta property="article:published_time" content="{iso}">',
        f'<meta property="article:section" content="{section}">',
        f'<meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="{title}">',
    ]
    head += [f'<link rel="dns-prefetch" href="//{h}">' for h in
             ("securepubads.g.doubleclick.net", "cdn-1.tstatic.net", "cdn-2.tstatic.net", "static.criteo.net",
              "tpc.googlesyndication.com", "www.googletagmanager.com", "connect.facebook.net", "platform.twitter.com")]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": row.get("title") or "Berita",
          "datePublished": iso, "dateModified": iso, "articleSection": row.get("section") or "News",
          "author": {"@type": "Person", "name": author}, "editor": {"@type": "Person", "name": editor},
          "publisher": {"@type": "Organization", "name": "Tribunnews.com", "logo": {"@type": "ImageObject", "url": "https://cdn-1.tstatic.net/img/logo.png"}},
          "mainEntityOfPage": url, "keywords": tags, "description": paragraphs[0][:200] if paragraphs else ""}
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": f"https://{host}/"},
        {"@type": "ListItem", "position": 2, "name": row.get("section") or "News", "item": f"https://{host}/{_slug(section)}"}]}
    head.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    head.append(f'<script type="application/ld+json">{json.dumps(crumbs, ensure_ascii=False)}</script>')
    head.append(f"<style>{_css(rng, 160)}</style>")
    head.append(f"<script>var keywordBrandSafety = {text_js};\nvar dataLayer = [{{'articleId': '{index}', 'section': '{section}', "
                f"'author': '{author}', 'editor': '{editor}', 'pubdate': '{iso}'}}];</script>")
    head.append(f"<script>{_script(rng, 'gptadslots', 40)}</script>")

    nav = "".join(f'<li><a href="https://{host}/{_slug(s)}" title="{s}">{s}</a></li>' for s in _SECTIONS)
    network = "".join(f'<li><a href="https://{r}.tribunnews.com/" title="Tribun {r.title()}">Tribun{r.title()}.com</a></li>'
                      for r in _REGIONS)
    related = "".join(_item(rng, titles, host, "related", n) for n in range(10))
    popular = "".join(_item(rng, titles, host, "popular", n) for n in range(10))
    tagcloud = "".join(f'<a href="https://{host}/tag/{_slug(t)}" title="{html.escape(t)}">{html.escape(t)}</a>' for t in tags)

    latest = "".join(_item(rng, titles, host, "latest", n) for n in range(LATEST_ITEMS))

    def assemble(extra_scripts: str) -> str:
        return (
            '<!DOCTYPE html>\n<html lang="id-ID" itemscope="itemscope" itemtype="http://schema.org/WebPage">\n<head>\n'
            + "\n".join(head) + "\n</head>\n<body>\n"
            f'<div id="header" class="pos_rel"><div class="logo"><a href="https://{host}/"><img src="https://cdn-1.tstatic.net/img/logo.png" alt="Tribunnews"></a></div>'
            f'<form action="https://{host}/search" class="search"><input name="q" type="text" placeholder="Cari berita"></form>'
            f'<ul id="menu" class="main-menu">{nav}</ul><ul class="network-menu">{network}</ul></div>\n'
            f'<ul id="breadcrumbs" class="breadcrumb"><li><a href="https://{host}/">Home</a></li><li><a href="https://{host}/{_slug(section)}">{section}</a></li></ul>\n'
            f'<div id="article" class="main-content"><h1 id="arttitle" class="f32 ln40 fbo">{title}</h1>'
            f'<div id="penulis" class="pt5 grey2 f14">Penulis: <a href="https://{host}/penulis/{_slug(author)}">{author}</a> | Editor: {editor}</div>'
            f'<time class="grey pt5">{html.escape(shown)}</time>'
            f'<div class="share-box"><a class="fb" href="https://www.facebook.com/sharer.php?u={url}">Facebook</a>'
            f'<a class="tw" href="https://twitter.com/share?url={url}">Twitter</a><a class="wa" href="whatsapp://send?text={url}">WhatsApp</a></div>'
            f'<div id="artimg"><img src="https://asset-2.tstatic.net/tribunnews/foto/bank/images/{_slug(title)[:50]}.jpg" alt="{title}">'
            f'<div class="arial f12 pt5 grey2">{title}</div><span class="credit">Tribunnews/{author}</span></div>\n'
            f'<div id="article_con"><div class="side-article txt-article multi-fontsize">\n' + "\n".join(body) + "\n</div></div>\n"
            f'<div class="tagcloud mt20">{tagcloud}</div>\n'
            f'<div class="mb20"><h2 class="f20">Berita Terkait</h2><ul class="lsi">{related}</ul></div></div>\n'
            f'<div id="side" class="side-bar"><h2>Terpopuler</h2><ul class="lsi populer">{popular}</ul>'
            f'<h2>Terkini</h2><ul class="lsi terkini">{latest}</ul></div>\n'
            f'<div id="footer"><ul class="footer-network">{network}{network}</ul><ul class="footer-menu">{nav}</ul>'
            f'<p class="copyright">Copyright &copy; {day.year} Tribunnews.com. All Rights Reserved.</p></div>\n'
            f"<script>{_script(rng, 'footerslots', 25)}</script>\n"
            '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>\n'
            + extra_scripts + "</body>\n</html>\n"
        )

    # the rest of the size is what real pages carry most of: inline ad, tracking and widget scripts
    scripts = []
    size = len(assemble("").encode("utf-8"))
    while size < TARGET_BYTES:
        block = f"<script>{_script(rng, f'widget{len(scripts)}', 30)}</script>\n"
        scripts.append(block)
        size += len(block)
    page = assemble("".join(scripts))
    warc_date = f"{day.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z"
    return url, page, warc_date


def iter_pages(rows: list[dict], count: Optional[int] = None) -> Iterator[tuple[str, str, str]]:
    """`count` pages (default: one per text); past the texts, copies with varied URLs and chrome."""
    titles = [r.get("title") or "Berita" for r in rows]
    count = len(rows) if count is None else count
    for k in range(count):
        yield derive_page(rows[k % len(rows)], k % len(rows), titles, copy=k // len(rows))


def write_warc(path: Path, pages: Iterator[tuple[str, str, str]], level: int = 6, info: bool = True) -> int:
    """Pages as response records after a warcinfo record (`info`), one gzip member each (written at
    `level`, no timestamps: the same pages give the same bytes). Written to .tmp, then renamed."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    tmp = path.with_name(path.name + ".tmp")
    count = 0
    with open(tmp, "wb") as out:
        def put(record) -> None:
            buf = io.BytesIO()
            WARCWriter(buf, gzip=False).write_record(record)
            zipper = zlib.compressobj(level, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
            out.write(zipper.compress(buf.getvalue()) + zipper.flush())

        writer = WARCWriter(io.BytesIO(), gzip=False)
        warcinfo = writer.create_warcinfo_record(path.name, {"software": "tribun-extractor bench", "format": "WARC/1.0",
                                                         "description": "derived Tribun article pages around real texts"})
        warcinfo.rec_headers.replace_header("WARC-Date", "2025-01-01T00:00:00Z")
        warcinfo.rec_headers.replace_header("WARC-Record-ID", f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, path.name)}>")
        if info:
            put(warcinfo)
        for url, page, warc_date in pages:
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=UTF-8"), ("Server", "nginx")],
                                    protocol="HTTP/1.1")
            headers = {"WARC-Date": warc_date, "WARC-Record-ID": f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, url)}>"}
            put(writer.create_warc_record(url, "response", payload=io.BytesIO(page.encode("utf-8")),
                                          http_headers=http, warc_headers_dict=headers))
            count += 1
    tmp.replace(path)
    return count


def texts_digest(rows: list[dict]) -> str:
    digest = hashlib.sha256()
    for row in rows:
        digest.update(json.dumps(row, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()[:16]
