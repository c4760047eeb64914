"""One input unit end to end: Document -> Article -> facts -> a validated Record, or a Reject.

This is the only place that knows all three stages; each stage knows only its own input type.
Errors are values here: whatever goes wrong with one unit becomes a Reject with a reason.
"""
from __future__ import annotations

import contextlib
import hashlib
from collections import Counter
from datetime import datetime, timezone
from time import perf_counter
from typing import Optional, Union

from pydantic import ValidationError

from . import __version__
from .calendar import reference_date
from .records import FACT_TYPES, Provenance, Record, Reject
from .resources import models_version
from .sites.article import Article, ParseError
from .sites.registry import parse_document
from .sources.document import Document, SourceError
from .urls import canonical_url  # noqa: F401  (re-exported: callers import it from here)


def record_id(url: str | None, text: str) -> str:
    basis = canonical_url(url) if url else "text:" + " ".join(text.split())
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:20]


class _Clock:
    """Charges the time since the last lap to the stage in progress (parse, nlp, validate)."""
    __slots__ = ("timings", "stage", "t")

    def __init__(self, timings: Counter, stage: str):
        self.timings, self.stage, self.t = timings, stage, perf_counter()

    def next(self, stage: str) -> None:
        now = perf_counter()
        self.timings[self.stage] += now - self.t
        self.stage, self.t = stage, now


class Extractor:
    """Holds the loaded NLP pipeline; `process` is safe to call for millions of units.

    `timings` accumulates seconds per stage (parse, nlp, validate) for the batch engine and the bench."""

    def __init__(self):
        from .nlp.pipeline import build_pipeline

        self.nlp = build_pipeline()
        self.models_version = models_version()
        self.timings: Counter = Counter()

    def take_timings(self) -> dict:
        out, self.timings = dict(self.timings), Counter()
        return out

    def memory_zone(self):
        """A block after which the strings and lexemes spaCy added for the texts it saw are freed, so
        a long batch does not grow the vocabulary without bound. Nothing made inside may be used after."""
        zone = getattr(self.nlp, "memory_zone", None)
        return zone() if zone is not None else contextlib.nullcontext()

    def process(self, unit: Union[Document, SourceError]) -> Union[Record, Reject]:
        parsed = self.parse(unit)
        return parsed if isinstance(parsed, Reject) else self.finish(unit, parsed)

    def parse(self, unit: Union[Document, SourceError]) -> Union[Article, Reject]:
        """The sites stage alone: Document -> Article, or a Reject with the reason. (The batch loop
        calls this and `finish` separately, so that the pages of a multi-page article can be stitched
        in between: extractor.sites.multipage.)"""
        if isinstance(unit, SourceError):
            return Reject(source=unit.source, reason=unit.reason, error=unit.error, content_sha256=unit.raw_sha256)
        clock = _Clock(self.timings, "parse")
        try:
            return self._guard(unit, lambda: parse_document(unit))
        finally:
            clock.next("")

    def finish(self, doc: Document, article: Article) -> Union[Record, Reject]:
        """The NLP stage and validation: Article -> Record, or a Reject with the reason."""
        clock = _Clock(self.timings, "nlp")
        try:
            return self._guard(doc, lambda: self.build_record(doc, article, clock))
        finally:
            clock.next("")

    @staticmethod
    def _guard(unit: Document, step):
        try:
            return step()
        except ParseError as exc:
            return Reject(source=unit.source, reason=exc.reason, error=str(exc), content_sha256=unit.raw_sha256)
        except ValidationError as exc:
            return Reject(source=unit.source, reason="invalid_record", error=_short(exc), content_sha256=unit.raw_sha256)
        except RecursionError as exc:
            return Reject(source=unit.source, reason="bad_html", error=f"page nested too deeply: {exc}", content_sha256=unit.raw_sha256)
        except Exception as exc:  # a bug must cost one unit, not the batch; the reason says it is ours
            return Reject(source=unit.source, reason="internal_error", error=f"{type(exc).__name__}: {exc}",
                          content_sha256=unit.raw_sha256)

    def build_record(self, doc: Document, article: Article, clock: Optional[_Clock] = None) -> Record:
        from .nlp.pipeline import analyse

        text = article.text
        published = article.published_at
        if not published and doc.meta.get("published"):
            from .calendar import parse_timestamp
            published = parse_timestamp(str(doc.meta["published"]))
        nlp_doc = analyse(text, reference_date(published), article.dateline)
        candidates = sorted(nlp_doc._.facts or [], key=lambda f: (f.start, FACT_TYPES.index(f.type)))
        # one fact per (type, span): components never emit duplicates, but keep the invariant explicit
        unique, index_of = [], {}
        for cand in candidates:
            key = (cand.type, cand.start, cand.end)
            if key in index_of:
                index_of[id(cand)] = index_of[key]
                continue
            index_of[key] = index_of[id(cand)] = len(unique)
            unique.append(cand)
        facts = []
        for n, cand in enumerate(unique):
            facts.append({"id": f"f{n}", "type": cand.type, "start": cand.start, "end": cand.end,
                          "surface": text[cand.start:cand.end], **cand.fields})
        original = nlp_doc._.facts or []
        statistics = []
        for stat in nlp_doc._.statistics or []:
            linked = [f"f{index_of[id(original[i])]}" for i in stat["facts"]]
            statistics.append({**stat, "facts": list(dict.fromkeys(linked))})
        warnings = list(doc.warnings) + list(article.warnings)
        if not published:
            warnings.append("no publication date: in-text dates without a year are not resolved")
        if clock is not None:
            clock.next("validate")
        return Record(
            id=record_id(article.url or doc.url, text),
            url=article.url or doc.url,
            site=article.site,
            publisher=article.publisher,
            title=article.title,
            published_at=published,
            authors=article.authors,
            editor=article.editor,
            section=article.section,
            tags=article.tags,
            dateline=article.dateline,
            dateline_text=article.dateline_text,
            image_caption=article.image_caption,
            image_credit=article.image_credit,
            syndicated_from=article.syndicated_from,
            pages=article.pages,
            text=text,
            facts=facts,
            statistics=statistics,
            provenance=Provenance(
                source=doc.source,
                content_sha256=doc.raw_sha256,
                parser=article.parser,
                extractor_version=__version__,
                models_version=self.models_version,
                fetched_at=doc.fetched_at,
                warnings=warnings,
            ),
        )


def _short(exc: ValidationError) -> str:
    first = exc.errors()[0]
    return f"{len(exc.errors())} validation error(s); first: {'.'.join(map(str, first['loc']))}: {first['msg']}"


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
