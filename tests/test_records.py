import json

import pytest
from pydantic import ValidationError

from extractor.records import Record, record_json_schema


def _record(**over):
    base = {
        "id": "abc", "text": "Dana Rp5 juta untuk 3 warga.",
        "facts": [{"id": "f0", "type": "money", "start": 5, "end": 13, "surface": "Rp5 juta", "value": 5000000}],
        "provenance": {"source": "x", "content_sha256": "0" * 64, "parser": "p", "extractor_version": "0",
                       "models_version": "m"},
    }
    base.update(over)
    return base


def test_schema_is_json_and_names_the_contract():
    schema = record_json_schema()
    text = json.dumps(schema)
    for name in ("facts", "provenance", "published_at", "dateline", "statistics"):
        assert name in schema["properties"]
    for kind in ("MoneyFact", "CountFact", "OfficialFact", "DateFact", "ProgramFact", "QuoteFact"):
        assert kind in text


def test_round_trip_through_json():
    record = Record.model_validate(_record())
    again = Record.model_validate_json(record.model_dump_json())
    assert again == record
    assert again.facts[0].value == 5_000_000


def test_span_must_point_at_surface():
    bad = _record(facts=[{"id": "f0", "type": "money", "start": 4, "end": 13, "surface": "Rp5 juta", "value": 5}])
    with pytest.raises(ValidationError, match="not the surface"):
        Record.model_validate(bad)


def test_span_outside_text_rejected():
    bad = _record(facts=[{"id": "f0", "type": "money", "start": 20, "end": 99, "surface": "x", "value": 5}])
    with pytest.raises(ValidationError, match="outside"):
        Record.model_validate(bad)


def test_statistic_must_link_existing_facts():
    bad = _record(statistics=[{"metric": "dana", "facts": ["f9"], "sentence_start": 0, "sentence_end": 5}])
    with pytest.raises(ValidationError, match="unknown facts"):
        Record.model_validate(bad)


def test_unknown_fact_type_and_bad_date_rejected():
    with pytest.raises(ValidationError):
        Record.model_validate(_record(facts=[{"id": "f0", "type": "weather", "start": 0, "end": 4, "surface": "Dana"}]))
    with pytest.raises(ValidationError):
        Record.model_validate(_record(text="Maret", facts=[{"id": "f0", "type": "date", "start": 0, "end": 5,
                                                            "surface": "Maret", "value": "March 2025"}]))
