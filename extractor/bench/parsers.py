"""The sites stage per layout: how long each parser takes per page (a benchmark, not a timed test).
`make bench` prints it after the end-to-end figures; alone: python -m extractor.bench.parsers.

A 200 KB article page is built from the classic-layout fixture's article block inside the real
saved m.tribunnews.com home page (../shared/corpus/tribun-html, 200 KB of real chrome: scripts,
ad slots, listings) when that is here, else inside the fixture padded with listing chrome. Each
parser is timed over many runs; the minimum, median and 95th percentile are printed.
"""
from __future__ import annotations

import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "corpus" / "fixtures"


def _page_200k() -> tuple[str, str]:
    from ..evaluate import shared_dir

    fixture = (FIXTURES / "tribun" / "v1" / "page.html").read_text(encoding="utf-8")
    article = fixture[fixture.index('<div id="article"'):fixture.index("</body>")]
    head = fixture[: fixture.index("<body>")]
    home = shared_dir() / "corpus" / "tribun-html" / "m.tribunnews.com-home-2022-01-28.html"
    if home.exists():
        real = home.read_text(encoding="utf-8")
        body = real[real.index("<body>"):]
        cut = body.index('<div class="mt20"></div>') if '<div class="mt20"></div>' in body else len(body) // 2
        page = head + body[:cut] + article + body[cut:]
        return page, "fixture article inside the real m.tribunnews.com home page chrome"
    item = ('<li><div class="m-btsquare"><h3><a href="https://sumsel.tribunnews.com/2022/02/10/berita-{n}" '
            'class="fbo2 f16 ln22 txt-oev-3">Judul Berita Terkini Nomor {n} dari Palembang dan Sekitarnya</a></h3>'
            '<div class="grey pt5 dip"><time class="foot timeago" title="2022-02-10 22:51:03">{n} menit lalu</time>'
            '</div></div><div class="sharecot pos_abs nw" data-href="https://sumsel.tribunnews.com/{n}"></div></li>\n')
    padding = "<ul>" + "".join(item.format(n=n) for n in range(600)) + "</ul>"
    page = fixture.replace("</body>", padding + "</body>")
    return page, "fixture padded with synthetic listing chrome (../shared not here)"


def _time(fn, runs: int) -> tuple[float, float, float]:
    fn()                                   # warm: patterns compiled, data loaded
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return times[0], statistics.median(times), times[int(len(times) * 0.95) - 1]


def main() -> int:
    from ..sites.registry import parse_document
    from ..sites.tribun import parse_tree
    from ..sources.document import Document

    page, how = _page_200k()
    while len(page.encode("utf-8")) < 200_000:
        page = page.replace("</body>", "<!-- " + "x" * 5000 + " --></body>")
    size = len(page.encode("utf-8"))
    url = "https://sumsel.tribunnews.com/2022/02/10/harga-cabai-rawit-di-pasar-palembang-turun-pedagang-sepi-pembeli"
    doc = Document(source="bench", html=page, url=url)
    article = parse_document(doc)
    assert article.parser == "tribun.TribunParserV1" and article.text.startswith("Harga cabai rawit"), article.parser
    rows = [("lxml parse only", lambda: parse_tree(page)),
            ("Tribun page -> Article", lambda: parse_document(doc))]
    for rel in ("tribun/mobile/page.html", "tribun/bangkapos/page.html", "tribun/v2025/page.html",
                "tribun/brandsafety/page.html", "generic/kabarpesisir/page.html"):
        html = (FIXTURES / rel).read_text(encoding="utf-8")
        rows.append((f"{rel} ({len(html) // 1000} KB)", lambda html=html: parse_document(Document(source="b", html=html))))
    dump = (FIXTURES / "textdump" / "babel-2025-04-14-nelayan.txt").read_text(encoding="utf-8")
    rows.append(("text dump -> Article", lambda: parse_document(Document(source="b", text=dump, url=url))))
    from ..evaluate import shared_dir
    archive = shared_dir() / "corpus" / "surya-2022" / "articles.jsonl"
    if archive.exists():
        sample = [json.loads(line) for line in archive.open(encoding="utf-8").readlines()[:200]]
        from ..sources.archive import row_document
        docs = [row_document(r, "b", b"") for r in sample]
        rows.append(("archive body -> Article (mean of 200 rows)",
                     lambda: [parse_document(d) for d in docs] and None))
    print(f"sites stage benchmark: 200 KB page = {how}, {size / 1000:.0f} KB")
    print("(min is the least disturbed by other load on the machine; median and p95 include it)")
    print(f"{'what':58} {'min ms':>8} {'median':>8} {'p95':>8}")
    for name, fn in rows:
        runs = 10 if "200 rows" in name else 100
        low, median, p95 = _time(fn, runs)
        if "200 rows" in name:
            low, median, p95 = low / 200, median / 200, p95 / 200
        print(f"{name:58} {low:8.2f} {median:8.2f} {p95:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
