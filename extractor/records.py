"""The output contract: pydantic v2 models for records, facts, statistics and rejects.

Every record is validated before it is written, so a line in records.jsonl always satisfies
`extractor schema`. Facts carry character spans into `Record.text`; the record validator checks
`text[start:end] == surface` for each of them, which is what lets a researcher trace every value.
"""
from __future__ import annotations

from typing import Annotated, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, model_validator

PROGRAM_CODES = (
    "JHT", "JKK", "JKM", "JP", "JKP", "JKN", "PBI", "UHC", "PKH", "BLT", "BPNT", "PRAKERJA",
    "BEASISWA", "PERISAI", "PU", "BPU", "JAKON", "PMI",
)
DATE_VALUE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _FactBase(_Model):
    id: str = Field(description="stable within the record: f0, f1, ... in text order")
    start: int = Field(ge=0, description="character offset of the surface in Record.text")
    end: int = Field(ge=0)
    surface: str = Field(min_length=1)


class MoneyFact(_FactBase):
    type: Literal["money"] = "money"
    value: int = Field(description="whole rupiah")
    currency: Literal["IDR"] = "IDR"
    approximate: bool = False


class CountFact(_FactBase):
    type: Literal["count"] = "count"
    value: int
    unit: str = Field(description="the counted noun phrase, e.g. 'peserta', 'anak ahli waris'")
    people: bool
    approximate: bool = False


class OfficialFact(_FactBase):
    type: Literal["official"] = "official"
    name: str = Field(description="fullest form of the name in the article")
    title: Optional[str] = None
    organization: Optional[str] = None


class DateFact(_FactBase):
    type: Literal["date"] = "date"
    value: str = Field(pattern=DATE_VALUE, description="YYYY-MM-DD | YYYY-MM | YYYY")
    relative: bool = Field(False, description="resolved from a relative expression (kemarin, pekan lalu)")


class ProgramFact(_FactBase):
    type: Literal["program"] = "program"
    code: Optional[str] = Field(None, description="registry code; null for unknown programmes")
    name: str


class QuoteFact(_FactBase):
    type: Literal["quote"] = "quote"
    speaker: Optional[str] = Field(None, description="full name of the speaker, when attributable")
    cue: str = Field(description="the speech verb as written, e.g. 'kata', 'ujarnya'")
    quote: str
    direct: bool
    quote_start: int = Field(ge=0, description="offset of the quoted words in Record.text")
    quote_end: int = Field(ge=0)


Fact = Annotated[
    Union[MoneyFact, CountFact, OfficialFact, DateFact, ProgramFact, QuoteFact],
    Field(discriminator="type"),
]
FACT_TYPES = ("money", "count", "official", "date", "program", "quote")


class Period(_Model):
    start: Optional[str] = Field(None, pattern=DATE_VALUE)
    end: Optional[str] = Field(None, pattern=DATE_VALUE)


class Statistic(_Model):
    """A figure a researcher can put in a table, linked to the facts it was read from."""

    metric: str = Field(description="klaim, peserta, beasiswa, santunan, iuran, anggaran, ...")
    amount_idr: Optional[int] = None
    count: Optional[int] = None
    count_unit: Optional[str] = None
    approximate: bool = False
    program: Optional[str] = Field(None, description="programme code (or name when uncoded)")
    segments: list[str] = Field(default_factory=list, description="participant segments (PU, BPU, ...)")
    period: Optional[Period] = None
    region: Optional[str] = None
    organization: Optional[str] = None
    speaker: Optional[str] = None
    facts: list[str] = Field(description="ids of the facts this statistic links")
    sentence_start: int = Field(ge=0)
    sentence_end: int = Field(ge=0)


class Provenance(_Model):
    source: str = Field(description="where the unit came from: path, path:line, path@offset")
    content_sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="of the input unit as read")
    parser: str = Field(description="page parser and layout version, e.g. tribun.TribunParserV2")
    extractor_version: str
    models_version: str = Field(description="hash of the language data the NLP stage loaded")
    fetched_at: Optional[str] = None
    warnings: list[str] = Field(default_factory=list)


class Record(_Model):
    id: str
    url: Optional[str] = None
    site: Optional[str] = None
    publisher: Optional[str] = None
    title: Optional[str] = None
    published_at: Optional[str] = Field(
        None, pattern=r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)?)?)?)?$"
    )
    authors: list[str] = Field(default_factory=list)
    editor: Optional[str] = None
    section: Optional[str] = None
    tags: list[str] = Field(default_factory=list)
    dateline: Optional[str] = Field(None, description="the dateline's place, e.g. PANGKALPINANG")
    dateline_text: Optional[str] = Field(None, description="the dateline as written, removed from text: 'PANGKALPINANG, BABEL NEWS -'")
    image_caption: Optional[str] = None
    image_credit: Optional[str] = None
    syndicated_from: Optional[str] = None
    pages: int = Field(1, ge=1, description="article pages stitched into this record")
    text: str
    facts: list[Fact] = Field(default_factory=list)
    statistics: list[Statistic] = Field(default_factory=list)
    provenance: Provenance

    @model_validator(mode="after")
    def _spans_point_into_text(self) -> "Record":
        ids = set()
        for fact in self.facts:
            if not (0 <= fact.start < fact.end <= len(self.text)):
                raise ValueError(f"fact {fact.id}: span {fact.start}:{fact.end} outside the text")
            if self.text[fact.start:fact.end] != fact.surface:
                raise ValueError(
                    f"fact {fact.id}: text[{fact.start}:{fact.end}] is "
                    f"{self.text[fact.start:fact.end]!r}, not the surface {fact.surface!r}"
                )
            if isinstance(fact, QuoteFact) and not (0 <= fact.quote_start <= fact.quote_end <= len(self.text)):
                raise ValueError(f"fact {fact.id}: quote span outside the text")
            if fact.id in ids:
                raise ValueError(f"duplicate fact id {fact.id}")
            ids.add(fact.id)
        for stat in self.statistics:
            missing = [f for f in stat.facts if f not in ids]
            if missing:
                raise ValueError(f"statistic {stat.metric!r} links unknown facts {missing}")
        return self


class Reject(_Model):
    """An input unit that gave no record, and why: nothing is dropped silently."""

    source: str
    reason: str = Field(description="a short machine-readable kind, e.g. bad_json, bad_encoding, no_body")
    error: str = Field(description="what went wrong, for a human")
    content_sha256: Optional[str] = None


def record_json_schema() -> dict:
    """The JSON Schema of one line of records.jsonl."""
    schema = Record.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Record"
    return schema

