"""Linked statistics on text written for this test."""
from datetime import date

from extractor.nlp.pipeline import analyse

TEXT = ("Kepala Kantor BPJS Ketenagakerjaan Cabang Tanjung Pandan Rina Hartati mengatakan, selama "
        "Januari hingga Juni 2024 pihaknya membayar klaim JHT sebesar Rp 12,5 miliar kepada 1.204 peserta. "
        "Sedangkan santunan JKM sebesar Rp 3,1 miliar diberikan kepada 72 ahli waris. "
        "Di Kabupaten Belitung tercatat 45.210 peserta aktif.")


def test_amount_count_period_programme_speaker_and_continuation():
    doc = analyse(TEXT, date(2024, 7, 10))
    stats = doc._.statistics
    facts = doc._.facts
    claims = next(s for s in stats if s["amount_idr"] == 12_500_000_000)
    assert claims["metric"] == "klaim" and claims["count"] == 1204 and claims["program"] == "JHT"
    assert claims["period"] == {"start": "2024-01", "end": "2024-06"}
    assert claims["organization"] == "BPJS Ketenagakerjaan Cabang Tanjung Pandan"
    assert claims["speaker"] == "Rina Hartati"
    santunan = next(s for s in stats if s["amount_idr"] == 3_100_000_000)
    assert santunan["metric"] == "santunan" and santunan["count"] == 72 and santunan["program"] == "JKM"
    assert santunan["period"] == claims["period"]                    # carried over by "Sedangkan"
    participants = next(s for s in stats if s["count"] == 45210)
    assert participants["metric"] == "peserta" and participants["region"] == "Kabupaten Belitung"
    for s in stats:                                                   # every link points at a fact
        assert all(0 <= i < len(facts) for i in s["facts"])
