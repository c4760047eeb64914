"""Batch extraction: every input unit to exactly one record or one reject line.

`run_extract` streams units from the sources, through the Extractor, into the sinks. Nothing is kept
across units, so memory does not grow with the batch, except the pages of multi-page articles not
yet complete (`results_for`, extractor.sites.multipage.PageGroups, bounded by its max_open).
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Iterable, Optional

from .extraction import Extractor
from .progress import Progress, Summary
from .records import Record, Reject
from .sinks import ParquetFactSink, RecordSink, RejectSink
from .sites.multipage import PageGroups
from .sources.archive import SourceSkip, iter_units


def results_for(extractor: Extractor, pages: PageGroups, unit) -> list:
    """One input unit -> the Records/Rejects it completes: usually exactly one; none while it is a
    page of a multi-page article still waiting for its other pages; several when it completes one.
    At the end of the input call `flush_pages` for the articles that never completed."""
    parsed = extractor.parse(unit)
    if isinstance(parsed, Reject):
        return [parsed]
    return [extractor.finish(doc, article) for doc, article in pages.add(unit, parsed)]


def flush_pages(extractor: Extractor, pages: PageGroups) -> list:
    return [extractor.finish(doc, article) for doc, article in pages.flush()]


def default_rejects_path(records_path: str) -> str:
    p = Path(records_path)
    name = p.name[: -len(".jsonl")] if p.name.endswith(".jsonl") else p.name
    return str(p.with_name(name + ".rejects.jsonl"))


def run_extract(inputs: Iterable[str], records_path: str, parquet_path: Optional[str] = None,
                rejects_path: Optional[str] = None, url: Optional[str] = None, published: Optional[str] = None,
                progress: Optional[bool] = None) -> Summary:
    extractor = Extractor()
    records = RecordSink(records_path)
    rejects = RejectSink(rejects_path or default_rejects_path(records_path))
    facts = ParquetFactSink(parquet_path) if parquet_path else None
    summary = Summary()
    bar = Progress(progress)
    started = time.monotonic()
    pages = PageGroups()

    def emit(result) -> None:
        if isinstance(result, Record):
            records.write(result)
            if facts is not None:
                facts.write(result)
            summary.records += 1
            summary.facts.update(f.type for f in result.facts)
            summary.statistics += len(result.statistics)
        else:
            rejects.write(result)
            summary.rejects += 1
            summary.reject_reasons[result.reason] += 1

    try:
        for unit in iter_units(inputs, url=url, published=published):
            if isinstance(unit, SourceSkip):
                summary.skipped += 1
                continue
            summary.units += 1
            for result in results_for(extractor, pages, unit):
                emit(result)
            bar.update(summary)
        for result in flush_pages(extractor, pages):
            emit(result)
    except BaseException:
        records.abort()
        rejects.abort()
        if facts is not None:
            facts.abort()
        raise
    finally:
        bar.close()
    records.close()
    rejects.close()
    if facts is not None:
        facts.close()
    summary.seconds = time.monotonic() - started
    return summary


__all__ = ["run_extract", "Reject", "Summary"]
