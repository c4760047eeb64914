"""The spaCy tokenizer of the NLP stage: the Indonesian news forms the blank 'id' rules get wrong."""
import pytest

from extractor.nlp.pipeline import build_pipeline


def tokens(text):
    return [t.text for t in build_pipeline().make_doc(text)]


@pytest.mark.parametrize("text, expected", [
    ("dana Rp27,3 miliar", ["dana", "Rp", "27,3", "miliar"]),
    ("hanya Rp.500 saja", ["hanya", "Rp.", "500", "saja"]),
    ("RP 4.629.474.400,", ["RP", "4.629.474.400", ","]),
    ("warga Kab. Bangka Barat", ["warga", "Kab.", "Bangka", "Barat"]),
    ("karyawan PT. Timah Tbk.", ["karyawan", "PT.", "Timah", "Tbk."]),
    ("sebanyak 3.732 peserta dan 190,491 anak", ["sebanyak", "3.732", "peserta", "dan", "190,491", "anak"]),
    ("naik 12,5% dari", ["naik", "12,5", "%", "dari"]),
    ("(Kamis 20/3).", ["(", "Kamis", "20", "/", "3", ")", "."]),
    ("dihadiri H. Ahmad, S.H., kemarin.", ["dihadiri", "H.", "Ahmad", ",", "S.H.", ",", "kemarin", "."]),
])
def test_tokenizer_keeps_indonesian_forms(text, expected):
    assert tokens(text) == expected


def test_doc_keeps_its_text_for_the_components():
    text = "Kepala Kantor BPJS Ketenagakerjaan, Evi Haliyati, mengatakan klaim naik.\n\nParagraf dua."
    doc = build_pipeline().make_doc(text)
    assert doc.user_data["text"] == text == doc.text


def test_facts_read_directly_are_the_doc_extension():
    """base.facts_of reads spaCy's storage of doc._.facts directly (for speed): both must be one list."""
    from datetime import date

    from extractor.nlp.base import facts_of
    from extractor.nlp.pipeline import analyse

    doc = analyse("Dana Rp 5 juta cair Senin (20/3).", date(2025, 3, 23))
    assert facts_of(doc) is doc._.facts and {f.type for f in doc._.facts} == {"money", "date"}


def test_words_split_a_capitalised_word_glued_to_a_lower_case_one():
    from extractor.nlp.words import Words
    words = Words("Distrik SeradalaKabid Humas, McDonald LaNyalla KemenPUPR")
    assert [words.text[a:b] for a, b in words.toks.spans] == [
        "Distrik", "Seradala", "Kabid", "Humas", ",", "McDonald", "LaNyalla", "KemenPUPR"]


def test_forgetting_seen_articles_changes_no_token_or_fact():
    """The benchmark clears the tokenizer's chunk cache and the per-article caches between passes
    (pipeline.forget_articles): the cached and the freshly computed results must be the same."""
    from datetime import date

    from extractor.nlp.pipeline import analyse, forget_articles

    text = ("Kepala Dinas Sosial Kab. Bangka, Ahmad Rizal, mengatakan bantuan Rp 2,5 miliar untuk 1.200 warga "
            "cair Kamis (20/3). \"Semua sudah terdata,\" kata Ahmad.")

    def seen():
        doc = analyse(text, date(2025, 3, 23))
        return [t.text for t in doc], [(f.type, f.start, f.end, sorted(map(str, f.fields.items()))) for f in doc._.facts]

    first = seen()
    again = seen()              # everything cached now
    forget_articles()
    fresh = seen()
    assert first == again == fresh
    assert {"money", "count", "date", "official", "quote"} <= {t for t, *_ in first[1]}
