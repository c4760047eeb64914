"""The 2,434 real archive rows in ../shared/corpus (tribunnews-2015, surya-2022): every Tribun/Surya
dateline is moved out of the body into `dateline`, no body starts with a rubric or a reporter lead,
and every '|'-split publication date is repaired. Skips when ../shared is not here.

The dateline-shaped starts are found here by a pattern of their own, independent of the cleaner's:
a site label in capitals (SURYA.co.id, TRIBUNNEWS.COM, TRIBUNJABAR.ID, ...) or 'PLACE, BABEL NEWS'
within the first words (before any sentence end), followed by a dash, pipe, comma or gap."""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from extractor.sites.registry import parse_document
from extractor.sources.archive import row_document

SHARED = Path(os.environ.get("EXTRACTOR_SHARED") or Path(__file__).resolve().parent.parent.parent / "shared")
CORPORA = ("tribunnews-2015", "surya-2022")
LABEL_ANYWHERE = re.compile(
    r"^(?:(?![.!?][\"”]?\s).){0,110}?(?:[A-Z]{3}[A-Za-z\-]*[.,]\s?(?:CO[.,]\s?(?:ID|DI)|COM|[Cc]o[.,]\s?id|ID|CO|com)(?![A-Za-z])"
    r"|[A-Z]{3,}(?:[ ,][A-Z]{3,})*, BABEL NEWS)"
    r"\W{0,4}?(?:[A-Z][A-Za-z.' ]{0,30}?)?\s*(?:[-–—|,]|\s{2,}|\s[Il]\s?(?=[A-Z])|(?<=[A-Z])\s+(?=[A-Z][a-z]))", re.S)
LABEL_FIRST = re.compile(r"^\W{0,3}(?:Tribun\w*|Surya)[.,]\s?(?:com|co\.id|id)\b\W{0,4}?(?:[A-Z][A-Za-z.' ]{0,30}?)?\s*[-–—|,]")
RUBRIC_START = re.compile(r"^\s*Berita\s+[A-Z][a-z]+\s*(?:[A-Z]{3,}|Surya|Tribun)")
LEAD_START = re.compile(r"^\s*(?:Laporan\s+(?:[Ww]artawan|[Rr]eporter|[Kk]ontributor)|Penulis\s*:|Oleh\s*:)")


def dateline_shaped(text: str) -> bool:
    return bool(LABEL_ANYWHERE.match(text) or LABEL_FIRST.match(text))


@pytest.fixture(scope="module")
def rows():
    found = []
    for name in CORPORA:
        path = SHARED / "corpus" / name / "articles.jsonl"
        if not path.exists():
            pytest.skip(f"the archive corpora are not here ({path}): set EXTRACTOR_SHARED to the shared data folder")
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                row = json.loads(line)
                found.append((f"{name}:{n}", row, parse_document(row_document(row, f"{name}:{n}", line.encode()))))
    return found


def test_every_dateline_moves_out_of_the_body(rows):
    shaped = [(where, row, a) for where, row, a in rows if dateline_shaped(row["text"])]
    found = [a for _, _, a in rows if a.dateline_text]
    with_place = [a for a in found if a.dateline]
    missed = [where for where, _, a in shaped if not a.dateline_text]
    left = [where for where, _, a in rows if dateline_shaped(a.text)]
    print(f"\ndatelines: {len(rows)} rows, {len(shaped)} with a dateline-shaped start, {len(found)} datelines "
          f"moved out ({len(with_place)} with a place, {len(found) - len(with_place)} label only); "
          f"missed {len(missed)}, still in a body {len(left)}")
    assert len(rows) == 2434
    assert not missed, f"dateline-shaped starts left in place: {missed[:10]}"
    assert not left, f"bodies still starting with a dateline: {left[:10]}"


def test_no_body_starts_with_a_rubric_or_reporter_lead(rows):
    rubric = [where for where, _, a in rows if RUBRIC_START.match(a.text)]
    lead = [where for where, _, a in rows if LEAD_START.match(a.text)]
    raw_rubric = sum(bool(RUBRIC_START.match(row["text"])) for _, row, _ in rows)
    raw_lead = sum(bool(LEAD_START.match(row["text"])) for _, row, _ in rows)
    print(f"\nrubric prefixes in the raw texts: {raw_rubric}, left: {len(rubric)}; "
          f"reporter leads/bylines in the raw texts: {raw_lead}, left: {len(lead)}")
    assert not rubric, rubric[:10]
    assert not lead, lead[:10]


def test_published_dates_parse_and_no_pipe_split_remains(rows):
    split = [where for where, row, _ in rows if "|" in str(row.get("published", ""))]
    bad = [where for where, row, a in rows if row.get("published") and (not a.published_at or "|" in a.published_at)]
    titles = [where for where, row, a in rows if a.title and re.search(r"(?:\w\|){3}", a.title)]
    print(f"\n'|'-split published strings: {len(split)}, unparsed after repair: {len(bad)}")
    assert split, "expected some '|'-split dates in surya-2022"
    assert not bad, bad[:10]
    assert not titles, titles[:10]
    assert all(re.match(r"^\d{4}-\d{2}-\d{2}", a.published_at) for _, row, a in rows if row.get("published"))


def test_every_row_gives_a_body(rows):
    assert all(a.text.strip() for _, _, a in rows)
