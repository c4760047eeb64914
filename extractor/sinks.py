"""Output pipelines: records as JSON Lines, rejects as JSON Lines, facts as a flat Parquet table.

Writers stream: a record is written as soon as it is made, Parquet rows go out in bounded row groups,
so memory stays flat however long the batch. Each writer writes to `<path>.tmp` and renames on
close, so a crash never leaves a half file that looks finished (`tmp_suffix` makes the temporary
name unique when several attempts may write the same part file, as batch shards can).
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Optional

from .records import Record, Reject

FACT_COLUMNS = [
    ("record_id", "string"), ("url", "string"), ("site", "string"), ("published_at", "string"),
    ("fact_id", "string"), ("type", "string"), ("value", "int64"), ("value_date", "string"),
    ("currency", "string"), ("approximate", "bool_"), ("unit", "string"), ("people", "bool_"),
    ("code", "string"), ("name", "string"), ("title", "string"), ("organization", "string"),
    ("speaker", "string"), ("cue", "string"), ("direct", "bool_"), ("quote", "string"),
    ("surface", "string"), ("start", "int64"), ("end", "int64"),
]


class _AtomicText:
    def __init__(self, path: str | os.PathLike, tmp_suffix: str = ".tmp"):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = self.path.with_name(self.path.name + tmp_suffix)
        self.fh = open(self.tmp, "w", encoding="utf-8")
        self.count = 0

    def write_line(self, line: str) -> None:
        self.fh.write(line)
        self.fh.write("\n")
        self.count += 1

    def close(self) -> None:
        if self.fh.closed:
            return
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        if not self.fh.closed:
            self.fh.close()


class RecordSink(_AtomicText):
    def write(self, record: Record) -> None:
        self.write_line(record.model_dump_json())


class RejectSink(_AtomicText):
    def write(self, reject: Reject) -> None:
        self.write_line(reject.model_dump_json())


def fact_rows(record: Record) -> list[dict]:
    """One flat row per fact, the same columns for every type (nulls where a type has no such field)."""
    rows = []
    for fact in record.facts:
        d = fact.model_dump()
        row = {name: None for name, _ in FACT_COLUMNS}
        row.update(record_id=record.id, url=record.url, site=record.site, published_at=record.published_at,
                   fact_id=d["id"], type=d["type"], surface=d["surface"], start=d["start"], end=d["end"])
        if d["type"] in ("money", "count"):
            row["value"] = d["value"]
        if d["type"] == "date":
            row["value_date"] = d["value"]
        for key in ("currency", "approximate", "unit", "people", "code", "name", "title", "organization",
                    "speaker", "cue", "direct", "quote"):
            if key in d:
                row[key] = d[key]
        rows.append(row)
    return rows


class ParquetFactSink:
    """The flat facts table, written in row groups of `batch_rows`."""

    def __init__(self, path: str | os.PathLike, batch_rows: int = 20_000, tmp_suffix: str = ".tmp"):
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._pa, self._pq = pa, pq
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = self.path.with_name(self.path.name + tmp_suffix)
        self.schema = pa.schema([(name, getattr(pa, kind)()) for name, kind in FACT_COLUMNS])
        self.writer = pq.ParquetWriter(self.tmp, self.schema, compression="zstd")
        self.buffer: list[dict] = []
        self.batch_rows = batch_rows
        self.count = 0

    def write(self, record: Record) -> None:
        self.buffer.extend(fact_rows(record))
        if len(self.buffer) >= self.batch_rows:
            self._flush()

    def _flush(self) -> None:
        if self.buffer:
            table = self._pa.Table.from_pylist(self.buffer, schema=self.schema)
            self.writer.write_table(table)
            self.count += len(self.buffer)
            self.buffer = []

    def close(self) -> None:
        if self.writer is None:
            return
        self._flush()
        self.writer.close()
        self.writer = None
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


def read_jsonl(path: str | os.PathLike) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def open_sinks(records: str, parquet: Optional[str], rejects: Optional[str]):
    return RecordSink(records), (ParquetFactSink(parquet) if parquet else None), (RejectSink(rejects) if rejects else None)
