"""`extractor evaluate` runs on the gold and reports every fact type (regression guard on the dev split)."""
import json

from conftest import need_shared

from extractor.cli import main


def test_evaluate_reports_all_types(tmp_path, capsys):
    need_shared("corpus", "surya-2022", "articles.jsonl")
    out = tmp_path / "scores.json"
    assert main(["evaluate", "--split", "dev", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    for kind in ("money", "count", "date", "program", "official", "official.title", "official.organization", "quote"):
        assert kind in printed
    scores = json.loads(out.read_text())
    assert scores["bodies"]["f1"] >= 0.99
    for kind in ("money", "count", "date"):
        assert scores[kind]["f1"] >= 0.9, (kind, scores[kind])


def test_uncoded_programmes_match_by_a_name_form_they_share():
    from extractor.evaluate import same_fact

    def prog(name, surface=None, code=None):
        return {"type": "program", "code": code, "name": name, "surface": surface or name}

    assert same_fact(prog("rumah tidak layak huni (Rutilahu)"), prog("Rutilahu"))
    assert same_fact(prog("Program Pemulihan Ekonomi Nasional (PEN)"), prog("Pemulihan Ekonomi Nasional"))
    assert same_fact(prog("subsidi bunga Kredit Usaha Rakyat (KUR)"), prog("Kredit Usaha Rakyat", "Kredit Usaha Rakyat (KUR)"))
    assert not same_fact(prog("Bantuan Sosial Tunai (BST)"), prog("Bantuan Pangan Non Tunai (BPNT)"))
    assert not same_fact(prog("Kartu Prakerja", code="PRAKERJA"), prog("Prakerja"))      # a code must agree


def test_a_unit_matches_the_body_named_by_its_acronym_alone():
    from extractor.evaluate import org_match
    assert org_match("DPR", "Komisi I DPR") and org_match("Sekolah Pasca Sarjana UNAIR", "UNAIR")
    assert not org_match("Sosial", "Dinas Sosial") and not org_match("KPK", "Komisi I DPR")


def test_a_regional_government_matches_its_region():
    from extractor.evaluate import org_match
    assert org_match("Kabupaten Ngawi", "Pemkab Ngawi") and org_match("Pemerintah Kota Blitar", "Kota Blitar")
    assert org_match("Pemprov Jatim", "Provinsi Jatim")
    assert not org_match("Kota Blitar", "Kabupaten Blitar")        # the city and the regency are two bodies
