"""The founding article end to end: every non-optional fact of ../shared/seed/expected.json."""
import json

import pytest

from conftest import SEED_EXPECTED, SEED_TEXT, need_shared


@pytest.fixture(scope="module")
def seed(extractor):
    need_shared("seed", "expected.json")
    expected = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    from extractor.sources.archive import iter_units

    (unit,) = list(iter_units([str(SEED_TEXT)], url=expected["url"]))
    record = extractor.process(unit)
    assert record.__class__.__name__ == "Record", record
    return expected, record


def test_metadata(seed):
    expected, record = seed
    meta = expected["metadata"]
    assert record.title == meta["title"]
    assert record.editor == meta["editor"]
    assert record.section == meta["section"]
    assert record.dateline == meta["dateline"]
    assert record.publisher == meta["source"]
    assert record.image_credit == meta["photo_credit"]
    assert record.published_at.startswith(expected["published"])


def test_body_boundaries(seed):
    expected, record = seed
    meta = expected["metadata"]
    assert f"{record.dateline_text} {record.text}".startswith(meta["body_starts_with"])
    assert record.text.endswith(meta["body_ends_with"])
    for chrome in meta["not_in_body"]:
        assert chrome not in record.text, chrome


@pytest.mark.parametrize("kind", ["count", "money", "official", "date", "program", "quote"])
def test_every_required_fact(seed, kind):
    expected, record = seed
    facts = [f.model_dump() for f in record.facts if f.type == kind]
    for want in expected["facts"][kind]:
        if want.get("optional"):
            continue
        fields = {k: v for k, v in want.items() if k not in ("note", "optional", "surface")}
        hits = [f for f in facts if all(f.get(k) == v for k, v in fields.items())]
        assert hits, f"missing {kind} {want}; got {[{k: f.get(k) for k in fields} for f in facts]}"
        if kind in ("money", "count", "date") and "surface" in want:
            assert any(want["surface"] in f["surface"] or f["surface"] in want["surface"] for f in hits)


def test_linked_statistics(seed):
    expected, record = seed
    stats = record.statistics
    claims = [s for s in stats if s.amount_idr == 27_300_000_000]
    assert claims and claims[0].count == 3732
    assert (claims[0].period.start, claims[0].period.end) == ("2025-01", "2025-02")
    assert claims[0].organization == "BPJS Ketenagakerjaan Cabang Pangkalpinang"
    assert claims[0].speaker == "Evi Haliyati Rachmat"
    scholarship = [s for s in stats if s.amount_idr == 691_000_000]
    assert scholarship and scholarship[0].program == "BEASISWA" and scholarship[0].count == 149
    assert scholarship[0].count_unit == "anak ahli waris"
    assert (scholarship[0].period.start, scholarship[0].period.end) == ("2025-01", "2025-02")
    participants = [s for s in stats if s.count == 190491 and s.segments]
    assert participants and participants[0].region == "Kepulauan Bangka Belitung"
    assert set(participants[0].segments) == {"PU", "BPU", "JAKON"}
    ids = {f.id for f in record.facts}
    assert all(set(s.facts) <= ids for s in stats)
