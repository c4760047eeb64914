"""What the NLP components share: the fact candidates they put on the Doc, and span bookkeeping.

Components write `FactCandidate`s to `doc._.facts`; later components see earlier ones (a count never
takes a number that is already money or a date). The record builder turns candidates into the
pydantic facts of records.py.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Optional

from spacy.tokens import Doc

if not Doc.has_extension("facts"):
    Doc.set_extension("facts", default=None)
if not Doc.has_extension("numbers"):
    Doc.set_extension("numbers", default=None)
if not Doc.has_extension("reference_date"):
    Doc.set_extension("reference_date", default=None)
if not Doc.has_extension("statistics"):
    Doc.set_extension("statistics", default=None)
if not Doc.has_extension("dateline"):
    Doc.set_extension("dateline", default=None)      # the dateline's place when the parser removed it from the text
if not Doc.has_extension("persons"):
    Doc.set_extension("persons", default=None)


@dataclass
class FactCandidate:
    type: str
    start: int
    end: int
    fields: dict[str, Any] = field(default_factory=dict)
    link: dict[str, Any] = field(default_factory=dict)   # internal: range partners, sentence, ...

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


# where spaCy keeps the value of doc._.facts: reading it directly skips building an Underscore
# object on every access (components ask for the facts once per number)
_FACTS_KEY = ("._.", "facts", None, None)


def facts_of(doc: Doc) -> list[FactCandidate]:
    facts = doc.user_data.get(_FACTS_KEY)
    if facts is None:
        facts = doc._.facts = []
    return facts


def taken(doc: Doc, start: int, end: int, types: tuple[str, ...] = ()) -> bool:
    """Is any part of [start, end) already a fact (of the given types, or any)?"""
    for f in facts_of(doc):
        if f.start < end and start < f.end and (not types or f.type in types):
            return True
    return False


def reference_date(doc: Doc) -> Optional[date]:
    return doc._.reference_date
