"""Every derived page fixture under corpus/fixtures/ (one per layout version, Fundus style) is parsed
and compared, field by field, with the hand-written expected JSON beside it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.sites.article import Article
from extractor.sites.registry import parse_document
from extractor.sources.document import Document

FIXTURES = Path(__file__).resolve().parent.parent / "corpus" / "fixtures"
FIELDS = [f for f in Article.__dataclass_fields__ if f not in ("paragraphs", "warnings")] + ["text"]


def fixture_pairs():
    for expected in sorted(FIXTURES.rglob("*.expected.json")):
        stem = expected.name[: -len(".expected.json")]
        page = next((p for p in (expected.with_name(stem + ".html"), expected.with_name(stem + ".txt")) if p.exists()), None)
        if page is not None:
            yield pytest.param(page, expected, id=str(page.relative_to(FIXTURES)))


def parse_fixture(page: Path, expected: dict) -> Article:
    content = page.read_text(encoding="utf-8")
    if page.suffix == ".html":
        return parse_document(Document(source=str(page), html=content))
    return parse_document(Document(source=str(page), text=content, url=expected["url"]))


@pytest.mark.parametrize("page, expected_path", list(fixture_pairs()))
def test_fixture_gives_the_expected_record(page, expected_path):
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    article = parse_fixture(page, expected)
    got = {name: (article.text if name == "text" else getattr(article, name)) for name in FIELDS}
    keys = [k for k in expected if not k.startswith("_")]
    assert set(keys) >= set(FIELDS), f"{expected_path.name} does not list every field: {set(FIELDS) - set(keys)}"
    mismatches = {k: (got[k], expected[k]) for k in keys if got[k] != expected[k]}
    assert not mismatches, "field: (got, expected)\n" + "\n".join(f"{k}: {v!r}" for k, v in mismatches.items())


def test_every_layout_version_has_a_fixture():
    from extractor.sites.tribun import LAYOUTS

    covered = set()
    for page, expected_path in (p.values for p in fixture_pairs()):
        covered.add(json.loads(expected_path.read_text(encoding="utf-8"))["parser"])
    missing = {layout.name for layout in LAYOUTS} - covered
    assert not missing, f"layout versions without a fixture: {missing}"
    assert {"textdump.TextDumpParser", "generic.GenericParser"} <= covered


def test_fixture_pages_are_labelled_derived():
    for page in FIXTURES.rglob("*.html"):
        head = page.read_text(encoding="utf-8")[:2000]
        assert "DERIVED FIXTURE" in head, f"{page} is not labelled as a derived fixture"
