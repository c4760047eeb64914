"""Pages saved as text from a browser: the seed (../shared/seed) and a derived dump of the Bangka
Pos fixture page, which must give the record the parsed page gives."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from extractor.sites.registry import parse_document
from extractor.sites.textdump import TextDumpParser, looks_like_page_dump
from extractor.sources.document import Document

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("EXTRACTOR_SHARED") or ROOT.parent / "shared")
SEED = SHARED / "seed"
FIXTURES = ROOT / "corpus" / "fixtures"


@pytest.fixture(scope="module")
def seed():
    if not (SEED / "expected.json").exists():
        pytest.skip(f"the seed is not here ({SEED}): set EXTRACTOR_SHARED to the shared data folder")
    expected = json.loads((SEED / "expected.json").read_text(encoding="utf-8"))
    text = (SEED / expected["source_file"]).read_text(encoding="utf-8")
    return expected, parse_document(Document(source="seed", text=text, url=expected["url"]))


def test_seed_metadata(seed):
    expected, article = seed
    meta = expected["metadata"]
    assert article.parser == "textdump.TextDumpParser"
    assert article.title == meta["title"]
    assert article.section == meta["section"]
    assert article.editor == meta["editor"]
    assert article.image_credit == meta["photo_credit"]
    assert article.dateline == meta["dateline"]
    assert article.publisher == meta["source"]
    assert article.published_at == expected["published"]


def test_seed_body_boundaries(seed):
    expected, article = seed
    meta = expected["metadata"]
    assert (article.dateline_text + " " + article.text).startswith(meta["body_starts_with"])
    assert article.text.endswith(meta["body_ends_with"])
    for chrome in meta["not_in_body"]:
        assert chrome not in article.text, chrome
    assert article.image_caption and article.image_caption.startswith("MENUNGGU PELAYANAN")


def test_text_dump_gives_the_record_the_parsed_page_gives():
    page = FIXTURES / "tribun" / "bangkapos" / "page.html"
    dump = FIXTURES / "textdump" / "babel-2025-04-14-nelayan.txt"
    from_page = parse_document(Document(source="page", html=page.read_text(encoding="utf-8")))
    from_dump = parse_document(Document(source="dump", text=dump.read_text(encoding="utf-8"), url=from_page.url))
    assert from_dump.parser == "textdump.TextDumpParser" and from_page.parser == "tribun.BangkaPosParser"
    for field in ("url", "site", "publisher", "title", "editor", "authors", "section", "dateline", "dateline_text",
                  "image_caption", "image_credit", "syndicated_from", "text"):
        assert getattr(from_dump, field) == getattr(from_page, field), field
    # the dump shows no time: the day comes from the URL and agrees with the page's timestamp
    assert from_page.published_at.startswith(from_dump.published_at)


def test_a_dump_is_told_from_a_bare_body():
    dump = (FIXTURES / "textdump" / "babel-2025-04-14-nelayan.txt").read_text(encoding="utf-8")
    assert looks_like_page_dump(dump)
    assert not looks_like_page_dump("SURYA.co.id | SURABAYA - Warga antre minyak goreng di pasar. Harga Rp 14.000 per liter.")


def test_dump_without_a_dateline_finds_the_body_after_the_editor_line():
    text = ("Kabar Belitung\n\nPemkab Belitung Timur Buka 300 Formasi PPPK Guru\n\n"
            "Pendaftaran dibuka mulai pekan depan secara daring.\n\nEditor: Hasan Basri\n"
            "Pos Belitung/Rina Marlina\nPELAMAR - Warga mengisi formulir di kantor BKPSDM, Selasa (6/5).\n\n"
            "Pemerintah Kabupaten Belitung Timur membuka 300 formasi PPPK guru tahun ini. Pendaftaran dilakukan melalui "
            "portal SSCASN mulai Senin pekan depan hingga akhir bulan.\n\n"
            "Kepala BKPSDM mengatakan pelamar wajib mengunggah ijazah dan sertifikat pendidik. (rin)\n\n"
            "Sumber: Pos Belitung\nRekomendasi untuk Anda\n\n© 2025 TRIBUNnews.com Network,a subsidiary of KG Media.\nAll Right Reserved\n")
    article = TextDumpParser().parse(text, "https://belitung.tribunnews.com/2025/05/06/pemkab-beltim-buka-300-formasi-pppk-guru")
    assert article.title == "Pemkab Belitung Timur Buka 300 Formasi PPPK Guru"
    assert article.section == "Kabar Belitung"
    assert article.editor == "Hasan Basri"
    assert article.image_credit == "Pos Belitung/Rina Marlina"
    assert article.text.startswith("Pemerintah Kabupaten Belitung Timur membuka 300 formasi")
    assert article.text.endswith("sertifikat pendidik.")
    assert article.publisher == "Pos Belitung"


def test_dump_of_a_2025_page_with_the_summary_box():
    text = ("Nasional\n\nBPJS Ketenagakerjaan Catat Klaim JHT Naik 12 Persen pada Triwulan Pertama\n\n"
            "Penulis: Ahmad Fadli\nEditor: Sri Wahyuni\nSenin, 21 April 2025 10:15 WIB\n\n"
            "Ringkasan Berita:\nKlaim JHT triwulan I 2025 naik 12 persen menjadi Rp 14,2 triliun.\n"
            "Sebagian besar diajukan peserta yang berhenti bekerja.\n\n"
            "Tribunnews.com/Ahmad Fadli\nPeserta mengurus klaim JHT di kantor cabang, Senin (21/4/2025).\n\n"
            "TRIBUNNEWS.COM, JAKARTA - BPJS Ketenagakerjaan mencatat klaim Jaminan Hari Tua (JHT) pada triwulan "
            "pertama 2025 naik 12 persen dibandingkan periode yang sama tahun lalu.\n\n"
            "Baca Juga: Cara Cek Saldo JHT lewat Aplikasi JMO\n\n"
            "Ia menyebut 78 persen klaim kini diajukan secara daring melalui aplikasi JMO. (*)\n\n"
            "Simak berita terbaru Tribunnews.com di Google News\n")
    article = TextDumpParser().parse(text, "https://www.tribunnews.com/nasional/7231456/bpjs-ketenagakerjaan-catat-klaim-jht")
    assert article.title.startswith("BPJS Ketenagakerjaan Catat Klaim JHT")
    assert (article.section, article.authors, article.editor) == ("Nasional", ["Ahmad Fadli"], "Sri Wahyuni")
    assert article.published_at == "2025-04-21T10:15:00+07:00"
    assert article.image_credit == "Tribunnews.com/Ahmad Fadli"
    assert article.image_caption == "Peserta mengurus klaim JHT di kantor cabang, Senin (21/4/2025)."
    assert article.dateline == "JAKARTA"
    assert article.paragraphs == [
        "BPJS Ketenagakerjaan mencatat klaim Jaminan Hari Tua (JHT) pada triwulan pertama 2025 naik 12 persen "
        "dibandingkan periode yang sama tahun lalu.",
        "Ia menyebut 78 persen klaim kini diajukan secara daring melalui aplikasi JMO."]
