"""Multi-page articles: page numbers, the ?page=all URL, and stitching the separate pages an archive
holds into one article and one record."""
from __future__ import annotations

import json
from pathlib import Path

from extractor.sites.article import Article
from extractor.sites.multipage import PageGroups, all_pages_url, article_key, stitch
from extractor.sites.registry import parse_document
from extractor.sources.document import Document

FIXTURE = Path(__file__).resolve().parent.parent / "corpus" / "fixtures" / "tribun" / "v1-multipage"
BASE = "https://jabar.tribunnews.com/2023/05/17/jalan-rusak-di-cileunyi-dikeluhkan-warga-dprd-minta-segera-diperbaiki"


def page(n: int) -> tuple[Document, Article]:
    path = FIXTURE / f"page-{n}.html"
    doc = Document(source=str(path), html=path.read_text(encoding="utf-8"))
    return doc, parse_document(doc)


def fake(n, total, url=BASE, text=None):
    return Article(parser="test", url=all_pages_url(url), page=n, page_count=total,
                   paragraphs=[text or f"Paragraf halaman {n}."], title="Judul" if n == 1 else "Judul")


def test_urls():
    assert all_pages_url(BASE + "?page=2") == BASE + "?page=all"
    assert all_pages_url(BASE) == BASE + "?page=all"
    assert article_key(BASE + "?page=2") == article_key(BASE + "?page=all") == article_key(BASE)
    assert article_key("https://m.tribunnews.com/x/2022/01/28/y?page=3") == article_key("https://www.tribunnews.com/x/2022/01/28/y")


def test_pages_stitch_into_the_expected_article():
    expected = json.loads((FIXTURE / "stitched.expected.json").read_text(encoding="utf-8"))
    groups = PageGroups()
    (d1, a1), (d2, a2) = page(1), page(2)
    assert (a1.page, a1.page_count, a2.page, a2.page_count) == (1, 2, 2, 2)
    assert groups.add(d2, a2) == []                 # page 2 first: waits for page 1
    [(doc, article)] = groups.add(d1, a1)
    assert doc is d2 or doc is d1
    for key, value in expected.items():
        if not key.startswith("_"):
            assert (article.text if key == "text" else getattr(article, key)) == value, key
    assert any(w.startswith("stitched from") for w in article.warnings)
    assert groups.flush() == [] and groups.stitched == 1


def test_ordinary_articles_pass_straight_through():
    groups = PageGroups()
    single = Article(parser="test", url="https://babel.tribunnews.com/2025/03/23/a", paragraphs=["Satu."])
    whole = Article(parser="test", url=BASE + "?page=all", paragraphs=["Semua."], page=None, page_count=None)
    assert groups.add("a", single) == [("a", single)]
    assert groups.add("b", whole) == [("b", whole)]
    assert not groups.open


def test_incomplete_article_is_flushed_with_a_warning():
    groups = PageGroups()
    assert groups.add("p1", fake(1, 3)) == []
    assert groups.add("p3", fake(3, 3)) == []
    [(item, article)] = groups.flush()
    assert item == "p1"
    assert article.pages == 2 and article.page_count == 3
    assert article.text == "Paragraf halaman 1.\n\nParagraf halaman 3."
    assert any("incomplete" in w and "missing [2]" in w for w in article.warnings)


def test_memory_is_bounded_by_max_open():
    groups = PageGroups(max_open=2)
    out = []
    for i in range(5):
        out += groups.add(f"a{i}", fake(1, 2, url=f"https://jabar.tribunnews.com/2023/05/17/artikel-{i}"))
    assert len(groups.open) == 2
    assert len(out) == 3 and all("flushed before complete" in " ".join(a.warnings) for _, a in out)


def test_duplicate_page_keeps_the_first_copy():
    groups = PageGroups()
    groups.add("first", fake(1, 2, text="pertama"))
    groups.add("again", fake(1, 2, text="kedua"))
    [(item, article)] = groups.add("p2", fake(2, 2))
    assert article.paragraphs[0] == "pertama"


def test_stitch_orders_by_page_and_keeps_first_page_metadata():
    a = stitch([fake(2, 2), fake(1, 2)])
    assert a.paragraphs == ["Paragraf halaman 1.", "Paragraf halaman 2."]
    assert a.page is None and a.pages == 2 and a.url == BASE + "?page=all"


def test_batch_writes_one_record_for_the_separate_pages(tmp_path):
    from extractor.batch import run_extract

    out = tmp_path / "records.jsonl"
    summary = run_extract([str(FIXTURE)], str(out), progress=False)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert summary.units == 2 and summary.records == 1 and summary.rejects == 0
    [record] = records
    assert record["pages"] == 2
    assert record["url"] == BASE + "?page=all"
    assert record["text"].startswith("Warga Kecamatan Cileunyi") and record["text"].endswith("mulai Juni 2023.")
