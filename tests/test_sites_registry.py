"""Which parser runs: Tribun layouts by page evidence and capture date, the generic fallback for
other news pages, and pages with no body becoming a ParseError with a reason."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractor.sites.article import ParseError
from extractor.sites.registry import capture_date, parse_document
from extractor.sites.tribun import (BangkaPosParser, TribunBrandSafetyParser, TribunParserV1, _js_string,
                                    choose_layout, parse_tree, split_caption_credit)
from extractor.sources.document import Document

FIXTURES = Path(__file__).resolve().parent.parent / "corpus" / "fixtures"


def tree_of(rel: str):
    return parse_tree((FIXTURES / rel).read_text(encoding="utf-8"))


def test_layout_by_page_evidence():
    assert choose_layout(tree_of("tribun/v1/page.html")) is TribunParserV1
    assert choose_layout(tree_of("tribun/bangkapos/page.html")) is BangkaPosParser
    assert choose_layout(tree_of("tribun/brandsafety/page.html")) is TribunBrandSafetyParser
    assert choose_layout(tree_of("generic/kabarpesisir/page.html")) is None


def test_capture_date_chooses_among_layouts_the_page_could_be():
    tree = tree_of("tribun/bangkapos/page.html")          # shows both Babel News and classic evidence
    assert choose_layout(tree, date(2025, 4, 14)) is BangkaPosParser
    assert choose_layout(tree, date(2016, 3, 1)) is TribunParserV1   # before the Babel News pages existed
    html = (FIXTURES / "tribun/bangkapos/page.html").read_text(encoding="utf-8")
    assert parse_document(Document(source="w", html=html, fetched_at="2016-03-01T10:00:00Z")).parser == "tribun.TribunParserV1"
    assert parse_document(Document(source="w", html=html, fetched_at="2025-04-15T02:00:00Z")).parser == "tribun.BangkaPosParser"


def test_capture_date_parsing():
    assert capture_date("2025-01-08 03:16:27") == date(2025, 1, 8)
    assert capture_date("2022-01-28T14:03:08+07:00") == date(2022, 1, 28)
    assert capture_date(None) is None and capture_date("kemarin sore") is None


def test_generic_fallback_on_a_non_tribun_page():
    html = (FIXTURES / "generic/kabarpesisir/page.html").read_text(encoding="utf-8")
    article = parse_document(Document(source="g", html=html))
    assert article.parser == "generic.GenericParser"
    assert article.title == "Festival Perahu Hias Meriahkan Teluk Kelabat"
    assert article.published_at == "2024-09-02T08:30:00+07:00"
    assert article.authors == ["Lina Marlina"] and article.publisher == "Kabar Pesisir"
    for chrome in ("Bagikan ini", "Berita Terkait", "Komentar", "Terpopuler", "Hak cipta"):
        assert chrome not in article.text


def test_generic_uses_json_ld_article_body_when_the_page_has_no_readable_text():
    html = ('<html><head><title>x</title><script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Banjir Surut", "datePublished": "2024-01-05", "articleBody": '
            '"Banjir di Kecamatan Mendo Barat surut pada Jumat pagi setelah hujan berhenti sejak Kamis malam. '
            'Warga mulai membersihkan rumah mereka dari lumpur."}</script></head><body><div id="app"></div></body></html>')
    article = parse_document(Document(source="ld", html=html, url="https://berita.example/banjir-surut"))
    assert article.parser == "generic.GenericParser"
    assert article.title == "Banjir Surut" and article.published_at == "2024-01-05"
    assert article.text.startswith("Banjir di Kecamatan Mendo Barat surut")


@pytest.mark.parametrize("doc, reason", [
    (Document(source="e", html="   "), "empty"),
    (Document(source="n", html="<html><body><nav><a href='/'>Home</a></nav></body></html>", url="https://berita.example/"), "no_body"),
    (Document(source="t", html='<html><body><h1 id="arttitle">Judul</h1><div id="article_con"><div class="side-article txt-article">'
                               '<p>Baca juga: Judul Lain</p></div></div></body></html>',
              url="https://babel.tribunnews.com/2025/01/02/judul"), "no_body"),
    (Document(source="s", html='<html><head><script>var keywordBrandSafety = "";</script></head><body><h1 id="arttitle">Judul</h1>'
                               '<div id="article_con"><div class="side-article txt-article"></div></div></body></html>',
              url="https://jabar.tribunnews.com/2024/01/02/judul"), "no_body"),
    (Document(source="x", text="Sumber: Bangka Pos\nRekomendasi untuk Anda\nIkuti kami di\n© 2025 TRIBUNnews.com"), "no_body"),
    (Document(source="z"), "no_content"),
])
def test_pages_without_a_body_are_parse_errors_with_a_reason(doc, reason):
    with pytest.raises(ParseError) as info:
        parse_document(doc)
    assert info.value.reason == reason


def test_js_string_and_caption_helpers():
    assert _js_string(r'Kata dia, \"cukup\".\n\nLalu \u00a0selesai \/ 2') == 'Kata dia, "cukup".\n\nLalu \u00a0selesai / 2'
    assert split_caption_credit("Warga antre di kantor desa. (Bangka Pos/Sela Agustika)") == ("Warga antre di kantor desa.", "Bangka Pos/Sela Agustika")
    assert split_caption_credit("Warga antre (ilustrasi)") == ("Warga antre (ilustrasi)", None)


def test_bangkapos_com_host_is_the_babel_layout():
    html = (FIXTURES / "tribun/bangkapos/page.html").read_text(encoding="utf-8")
    url = "https://www.bangkapos.com/2025/04/14/nelayan-sungailiat-keluhkan-solar-langka"
    html = html.replace("https://babel.tribunnews.com/2025/04/14/nelayan-sungailiat-keluhkan-solar-langka-dinas-kelautan-janji-tambah-kuota", url)
    article = parse_document(Document(source="b", html=html))
    assert article.parser == "tribun.BangkaPosParser"
    assert article.url == url and article.site == "www.bangkapos.com" and article.publisher == "Bangka Pos"
