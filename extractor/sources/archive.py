"""Archives on disk: saved HTML pages, text dumps, JSONL/JSON/CSV rows, WARC files, `.gz` variants,
and directories of them (recursive).

Everything streams: one unit at a time, nothing kept across units, so memory does not grow with the
archive. Every unit becomes a Document, a SourceError (unreadable: it becomes a reject line) or a
SourceSkip (not an article, e.g. a 404 or an image in a WARC; counted, not rejected).

Big files are cut into byte ranges (`Span`s) so several workers can share one archive: JSONL at line
boundaries, CSV at row boundaries, WARC at record (gzip member) boundaries. `split_file` plans the
ranges, `iter_file_units(path, span=...)` reads one; reading every span of a file in order gives
exactly the units (and `source` strings: "path:line", "path:rowN", "path@offset") of reading it whole.
"""
from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import os
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from .decoding import decode_bytes
from .document import Document, SourceError

PAGE_EXTS = {".html", ".htm", ".xhtml"}
TEXT_EXTS = {".txt"}
ROW_EXTS = {".jsonl", ".ndjson", ".json", ".csv"}
WARC_EXTS = {".warc", ".arc"}
KNOWN_EXTS = PAGE_EXTS | TEXT_EXTS | ROW_EXTS | WARC_EXTS
NOT_INPUTS = (".expected.json",)   # expected outputs beside parser fixtures
MAX_UNIT_BYTES = 20 * 1024 * 1024  # a single page/row larger than this is rejected, not parsed
# A crawl folder (`extractor crawl --out DIR`) holds this file; only its warc/ folder is input.
CRAWL_MARKER = "frontier.sqlite"
CRAWL_WARC_DIR = "warc"
# Set by the crawler on WARC response records: only "article" responses are pages to extract.
CRAWL_ROLE_HEADER = "Crawl-Role"

# Row field names archives use, mapped to our names (first one present wins).
ROW_FIELDS = {
    "url": ("url", "link", "article_url", "canonical_url"),
    "html": ("html", "raw_html", "content_html"),
    "text": ("text", "body", "content", "konten", "article_text"),
    "title": ("title", "judul", "headline", "article_title"),
    "published": ("published_at", "published", "date", "datetime", "article_release_date", "tanggal"),
    "section": ("section", "category", "kategori", "rubrik"),
    "authors": ("authors", "author", "penulis"),
    "editor": ("editor",),
    "tags": ("tags", "keywords"),
    "fetched_at": ("fetched_at", "scrape_time", "crawled_at"),
}


@dataclass
class SourceSkip:
    """A unit that is not an article (non-HTML or non-2xx WARC response): counted, not rejected."""
    source: str
    reason: str


Unit = Union[Document, SourceError, SourceSkip]


@dataclass(frozen=True)
class Span:
    """Bytes [start, end) of a file, starting at unit number `first` (line of a JSONL file, data row of
    a CSV file, response record of a WARC file), holding about `units` units. The default is the
    whole file."""
    start: int = 0
    end: Optional[int] = None
    first: int = 1
    units: int = 0

    @property
    def whole(self) -> bool:
        return self.start == 0 and self.end is None


WHOLE = Span()


def iter_input_files(paths: Iterable[str]) -> Iterator[tuple[Path, bool]]:
    """Expand files and directories (recursive, sorted). Yields (path, explicit)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                if CRAWL_MARKER in files:   # a crawl folder: its WARCs, not its state and outputs
                    dirs[:] = [d for d in dirs if d == CRAWL_WARC_DIR]
                    continue
                for name in sorted(files):
                    if name.startswith(".") or name.endswith(NOT_INPUTS):
                        continue
                    p = Path(root) / name
                    if _kind_from_name(p) is not None:
                        yield p, False
        else:
            yield path, True


def _kind_from_name(path: Path) -> Optional[str]:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    ext = suffixes[-1] if suffixes else ""
    if ext in PAGE_EXTS:
        return "html"
    if ext in TEXT_EXTS:
        return "text"
    if ext in (".jsonl", ".ndjson"):
        return "jsonl"
    if ext == ".json":
        return "json"
    if ext == ".csv":
        return "csv"
    if ext in WARC_EXTS:
        return "warc"
    return None


def _sniff(head: bytes) -> str:
    stripped = head.lstrip()
    if head.startswith(b"WARC/"):
        return "warc"
    if stripped[:1] in (b"{", b"["):
        return "jsonl" if stripped[:1] == b"{" else "json"
    if stripped[:1] == b"<":
        return "html"
    return "text"


def _is_gzip(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(2) == b"\x1f\x8b"


def _open_binary(path: Path):
    return gzip.open(path, "rb") if _is_gzip(path) else open(path, "rb")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def iter_units(paths: Iterable[str], url: Optional[str] = None, published: Optional[str] = None) -> Iterator[Unit]:
    """Every unit of every input, in order. `url`/`published` fill in what a unit lacks."""
    for path, explicit in iter_input_files(paths):
        yield from iter_file_units(path, explicit=explicit, url=url, published=published)


def file_kind(path: Path) -> str:
    """html, text, jsonl, json, csv or warc: by the name, else by the first bytes."""
    kind = _kind_from_name(path)
    if kind is None:
        with _open_binary(path) as fh:
            kind = _sniff(fh.read(512))
    return kind


def iter_file_units(path: Path, explicit: bool = True, url: Optional[str] = None,
                    published: Optional[str] = None, span: Span = WHOLE, name: Optional[str] = None) -> Iterator[Unit]:
    """The units of one file, or of one `span` of it. `name` is the path to report in `source`
    (the path as the user gave it, when `path` is where this process opens it)."""
    source = name or str(path)
    if not path.exists():
        yield SourceError(source, "not_found", f"no such file or directory: {path}")
        return
    try:
        kind = file_kind(path)
        readers = {"html": _read_page, "text": _read_page, "jsonl": _read_jsonl, "json": _read_json,
                   "csv": _read_csv, "warc": _read_warc}
        if not span.whole and kind not in ("jsonl", "csv", "warc"):
            raise ValueError(f"{kind} files are read whole, not by byte range")
        for unit in readers[kind](path, kind, span, source):
            if isinstance(unit, Document):
                if url and not unit.url:
                    unit.url = url
                if published and not unit.meta.get("published"):
                    unit.meta["published"] = published
            yield unit
    except PermissionError as exc:
        yield SourceError(source, "unreadable", str(exc))
    except OSError as exc:
        yield SourceError(source, "unreadable", f"{type(exc).__name__}: {exc}")


def _lines(fh, start: int, end: Optional[int]) -> Iterator[tuple[int, bytes]]:
    """(offset, line) for the lines of a binary file from `start` up to `end`; `end` is a line boundary."""
    fh.seek(start)
    pos = start
    for raw in fh:
        if end is not None and pos >= end:
            return
        yield pos, raw
        pos += len(raw)


class _Window(io.RawIOBase):
    """A read-only view of bytes [start, end) of a file, with absolute tell() (for WARC offsets)."""

    def __init__(self, fh, start: int, end: Optional[int]):
        super().__init__()
        self.fh, self.end = fh, end
        fh.seek(start)

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.fh.tell()

    def read(self, size: int = -1) -> bytes:
        if self.end is not None:
            left = self.end - self.fh.tell()
            if left <= 0:
                return b""
            size = left if size is None or size < 0 else min(size, left)
        return self.fh.read(size)

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _read_page(path: Path, kind: str, span: Span = WHOLE, source: Optional[str] = None) -> Iterator[Unit]:
    source = source or str(path)
    try:
        with _open_binary(path) as fh:
            data = fh.read(MAX_UNIT_BYTES + 1)
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield SourceError(source, "truncated", f"compressed file is truncated or corrupt: {exc}")
        return
    if len(data) > MAX_UNIT_BYTES:
        yield SourceError(source, "too_large", f"page larger than {MAX_UNIT_BYTES} bytes")
        return
    if not data.strip():
        yield SourceError(source, "empty", "the file is empty", _sha(data))
        return
    text, warnings = decode_bytes(data)
    if kind == "html":
        yield Document(source=source, html=text, raw_sha256=_sha(data), warnings=warnings)
    else:
        yield Document(source=source, text=text, raw_sha256=_sha(data), warnings=warnings)


def _pick(row: dict, names: tuple[str, ...]):
    for name in names:
        if name in row and row[name] not in (None, ""):
            return row[name]
    return None


def row_document(row: dict, source: str, raw: bytes) -> Unit:
    """An archive row (`url` and `html` or `text`, optional metadata) -> Document."""
    if not isinstance(row, dict):
        return SourceError(source, "bad_row", f"expected a JSON object, got {type(row).__name__}", _sha(raw))
    fields = {key: _pick(row, names) for key, names in ROW_FIELDS.items()}
    html, text = fields.pop("html"), fields.pop("text")
    if html is None and text is None:
        return SourceError(source, "no_content", "row has neither 'html' nor 'text'", _sha(raw))
    if (html is not None and not isinstance(html, str)) or (text is not None and not isinstance(text, str)):
        return SourceError(source, "bad_row", "'html'/'text' must be strings", _sha(raw))
    if not (html or text or "").strip():
        return SourceError(source, "empty", "the row's html/text is empty", _sha(raw))
    url = fields.pop("url")
    fetched_at = fields.pop("fetched_at")
    meta = {k: v for k, v in fields.items() if v is not None}
    return Document(source=source, url=str(url) if url else None, html=html, text=None if html else text,
                    fetched_at=str(fetched_at) if fetched_at else None, meta=meta, raw_sha256=_sha(raw))


def _read_jsonl(path: Path, kind: str, span: Span = WHOLE, source: Optional[str] = None) -> Iterator[Unit]:
    source = source or str(path)
    n = span.first - 1
    seen_any = False
    try:
        with (_open_binary(path) if span.whole else open(path, "rb")) as fh:
            lines = enumerate(fh, 1) if span.whole else ((n, raw) for n, (_, raw) in enumerate(_lines(fh, span.start, span.end), span.first))
            for n, raw in lines:
                if not raw.strip():
                    continue
                seen_any = True
                where = f"{source}:{n}"
                if len(raw) > MAX_UNIT_BYTES:
                    yield SourceError(where, "too_large", f"line longer than {MAX_UNIT_BYTES} bytes", _sha(raw))
                    continue
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    yield SourceError(where, "bad_encoding", f"line is not valid UTF-8 (byte {exc.start})", _sha(raw))
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield SourceError(where, "bad_json", f"invalid JSON: {exc.msg} at column {exc.colno}", _sha(raw))
                    continue
                yield row_document(row, where, raw)
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield SourceError(f"{source}:{n + 1}", "truncated", f"compressed file ends early after line {n}: {exc}")
        return
    if not seen_any and span.whole:
        yield SourceError(source, "empty", "the file has no rows")


def _read_json(path: Path, kind: str, span: Span = WHOLE, source: Optional[str] = None) -> Iterator[Unit]:
    """A .json file: an array of rows, one row object, or (commonly mislabelled) JSON Lines."""
    source = source or str(path)
    try:
        with _open_binary(path) as fh:
            data = fh.read()
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield SourceError(source, "truncated", f"compressed file is truncated or corrupt: {exc}")
        return
    if not data.strip():
        yield SourceError(source, "empty", "the file is empty")
        return
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        yield SourceError(source, "bad_encoding", f"not valid UTF-8 (byte {exc.start})", _sha(data))
        return
    except json.JSONDecodeError as exc:
        if data.lstrip().startswith(b"{") and b"\n" in data.strip():
            yield from _read_jsonl(path, "jsonl", WHOLE, source)
        else:
            yield SourceError(source, "bad_json", f"invalid JSON: {exc.msg} at line {exc.lineno}", _sha(data))
        return
    rows = doc if isinstance(doc, list) else [doc]
    if not rows:
        yield SourceError(source, "empty", "the JSON array is empty")
    for i, row in enumerate(rows):
        raw = json.dumps(row, ensure_ascii=False, sort_keys=True).encode("utf-8")
        yield row_document(row, f"{source}:{i}" if isinstance(doc, list) else source, raw)


class _TextLines:
    """The decoded lines of a binary file (split at b"\\n" only), tracking the byte offset reached, so
    the csv module can say where each row ends."""

    def __init__(self, lines: Iterator[tuple[int, bytes]], bom: bool):
        self.lines, self.bom, self.pos = lines, bom, None

    def __iter__(self):
        return self

    def __next__(self) -> str:
        offset, raw = next(self.lines)
        self.pos = offset + len(raw)
        if self.bom:
            self.bom = False
            return raw.decode("utf-8-sig")
        return raw.decode("utf-8")


def _csv_header(fh) -> Optional[list]:
    return csv.DictReader(_TextLines(_lines(fh, 0, None), bom=True)).fieldnames


def _read_csv(path: Path, kind: str, span: Span = WHOLE, source: Optional[str] = None) -> Iterator[Unit]:
    source = source or str(path)
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    n = span.first - 1
    try:
        with (_open_binary(path) if span.whole else open(path, "rb")) as fb:
            if span.whole:
                fh = io.TextIOWrapper(fb, encoding="utf-8-sig", errors="strict", newline="")
                reader = csv.DictReader(fh)
            else:
                header = _csv_header(fb)
                reader = csv.DictReader(_TextLines(_lines(fb, span.start, span.end), bom=False), fieldnames=header)
            try:
                for n, row in enumerate(reader, span.first):
                    where = f"{source}:row{n}"
                    if None in row:
                        yield SourceError(where, "bad_row", "row has more fields than the header")
                        continue
                    raw = json.dumps(row, ensure_ascii=False, sort_keys=True).encode("utf-8")
                    yield row_document({k: v for k, v in row.items() if k is not None}, where, raw)
            except UnicodeDecodeError as exc:
                yield SourceError(f"{source}:row{n + 1}", "bad_encoding", f"not valid UTF-8 (byte {exc.start}); rest of file skipped")
                return
            except csv.Error as exc:
                yield SourceError(f"{source}:row{n + 1}", "bad_csv", f"{exc}; rest of file skipped")
                return
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield SourceError(f"{source}:row{n + 1}", "truncated", f"compressed file ends early after row {n}: {exc}")
        return
    if n == 0 and span.whole:
        yield SourceError(source, "empty", "the CSV file has no rows")


def _read_warc(path: Path, kind: str, span: Span = WHOLE, source: Optional[str] = None) -> Iterator[Unit]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    source = source or str(path)
    count = span.first - 1          # response/resource records before this span
    offset = last_end = span.start
    size = path.stat().st_size if span.end is None else span.end     # where the last record must end
    with open(path, "rb") as raw_fh:
        fh = raw_fh if span.whole else _Window(raw_fh, span.start, span.end)
        try:
            iterator = ArchiveIterator(fh, arc2warc=True)
            for record in iterator:
                # the record's start; get_record_offset() would read the record to its end first,
                # leaving its content stream empty
                offset = iterator.offset
                where = f"{source}@{offset}"
                if record.rec_type not in ("response", "resource"):
                    continue
                count += 1
                unit = warc_record_unit(record, where)
                if isinstance(unit, Document) and getattr(record.raw_stream, "limit", 0) > 0:
                    # warcio hands out a cut-off record silently: the block is shorter than its Content-Length
                    yield SourceError(where, "truncated", f"WARC record is truncated ({record.raw_stream.limit} "
                                                          f"bytes missing) after {count - 1} records")
                    return
                yield unit
            last_end = iterator.offset
        except (ArchiveLoadFailed, EOFError, zlib.error, gzip.BadGzipFile, ValueError) as exc:
            yield SourceError(f"{source}@{offset}", "truncated",
                              f"WARC is truncated or corrupt after {count} records: {exc}")
            return
    if last_end < size:
        # warcio stops quietly at a final record cut off inside its gzip member
        yield SourceError(f"{source}@{last_end}", "truncated",
                          f"WARC ends with {size - last_end} bytes that are not a complete record (after {count} records)")
    elif count == 0 and span.whole:
        yield SourceError(source, "empty", "the WARC file has no response records")


def warc_record_unit(record, where: str) -> Unit:
    """A WARC response or resource record -> Document, or SourceSkip/SourceError."""
    uri = record.rec_headers.get_header("WARC-Target-URI")
    fetched_at = record.rec_headers.get_header("WARC-Date")
    content_type = ""
    role = record.rec_headers.get_header(CRAWL_ROLE_HEADER)
    if role and role != "article":
        return SourceSkip(where, f"crawl_{role}")
    if record.rec_type == "response":
        if record.http_headers is None:
            if "application/http" in (record.rec_headers.get_header("Content-Type") or "").lower():
                # the record says it holds an HTTP response, but its headers cannot be read: damaged data
                return SourceError(where, "truncated", "WARC response record is corrupt: its HTTP headers cannot be read")
            return SourceSkip(where, "no_http_headers")
        status = record.http_headers.get_statuscode()
        content_type = record.http_headers.get_header("Content-Type") or ""
        if not status or not status.startswith("2"):
            return SourceSkip(where, f"http_{status}")
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    if content_type and "html" not in content_type.lower():
        return SourceSkip(where, "not_html")
    data = record.content_stream().read(MAX_UNIT_BYTES + 1)
    if len(data) > MAX_UNIT_BYTES:
        return SourceError(where, "too_large", f"response body larger than {MAX_UNIT_BYTES} bytes")
    if not data.strip():
        return SourceError(where, "empty", "the response body is empty", _sha(data))
    html, warnings = decode_bytes(data, content_type)
    return Document(source=where, url=uri, html=html, fetched_at=fetched_at, raw_sha256=_sha(data), warnings=warnings)


def read_warc_record(path: Union[str, Path], offset: int) -> Unit:
    """The unit of the response record at `offset` of a WARC file (as `extract` would read it)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    where = f"{path}@{offset}"
    try:
        with open(path, "rb") as fh:
            fh.seek(offset)
            for record in ArchiveIterator(fh, arc2warc=True):
                if record.rec_type not in ("response", "resource"):
                    return SourceError(where, "not_a_response", f"the record at {offset} is a {record.rec_type} record")
                return warc_record_unit(record, where)
    except (ArchiveLoadFailed, EOFError, zlib.error, gzip.BadGzipFile, ValueError, OSError) as exc:
        return SourceError(where, "truncated", f"WARC record at {offset} cannot be read: {exc}")
    return SourceError(where, "truncated", f"no WARC record at {offset}")


# --- planning: where a file may be cut ------------------------------------------------------------

_GZIP_MEMBER = b"\x1f\x8b\x08"


def split_file(path: Path, units_per_span: int) -> list[Span]:
    """Cut a file into spans of about `units_per_span` units at unit boundaries; [whole file] when it
    cannot be cut (compressed JSONL/CSV, JSON arrays, single pages, ARC files, or anything odd: a file
    the planner does not fully understand is read whole, never cut in the wrong place).

    Reading all spans in order gives the units of reading the file whole, with one difference: a
    damaged gzip member of a WARC costs the rest of its span, not the rest of the file."""
    units_per_span = max(1, int(units_per_span))
    try:
        kind = file_kind(path)
        size = path.stat().st_size
        gz = _is_gzip(path)
        if kind in ("html", "text"):
            return [Span(units=1)]
        if kind in ("jsonl", "csv") and not gz:
            spans = (_jsonl_spans if kind == "jsonl" else _csv_spans)(path, units_per_span)
        elif kind == "warc" and path.suffix.lower() not in (".arc",) and not path.name.lower().endswith(".arc.gz"):
            spans = _warc_spans(path, units_per_span, gz)
        else:
            spans = None
        if spans and len(spans) > 1:
            return spans
        if spans:
            return [Span(units=spans[0].units)]
        # an estimate of the unit count, for progress only
        per_unit = {"warc": 150_000, "json": 2_500, "jsonl": 2_500, "csv": 2_500}.get(kind, 2_500)
        return [Span(units=max(1, size * (5 if gz else 1) // per_unit))]
    except (OSError, ValueError, UnicodeDecodeError, csv.Error, EOFError, zlib.error):
        return [Span(units=1)]


def _jsonl_spans(path: Path, per: int) -> list[Span]:
    spans: list[Span] = []
    start, first, lines, pos = 0, 1, 0, 0
    content = False
    with open(path, "rb") as fh:
        while True:
            chunk = fh.read(1 << 22)
            if not chunk:
                break
            content = content or bool(chunk.strip())
            i = 0
            while True:
                j = chunk.find(b"\n", i)
                if j < 0:
                    break
                i = j + 1
                lines += 1
                if lines == per:
                    spans.append(Span(start, pos + i, first, lines))
                    start, first, lines = pos + i, first + lines, 0
            pos += len(chunk)
    if pos > start:
        spans.append(Span(start, pos, first, lines + 1 if lines == 0 else lines))
    return spans if content else []


def _csv_spans(path: Path, per: int) -> list[Span]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    spans: list[Span] = []
    with open(path, "rb") as fh:
        lines = _TextLines(_lines(fh, 0, None), bom=True)
        reader = csv.DictReader(lines)
        if reader.fieldnames is None:
            return []
        start, first, rows, n = lines.pos, 1, 0, 0
        for n, _row in enumerate(reader, 1):
            rows += 1
            if rows == per:
                spans.append(Span(start, lines.pos, first, rows))
                start, first, rows = lines.pos, n + 1, 0
        size = fh.seek(0, os.SEEK_END)
    if n == 0:
        return []
    if rows or size > start:
        spans.append(Span(start, size, first, rows))
    if spans and spans[-1].units == 0 and len(spans) > 1:   # only blank lines after the last full span
        last = spans.pop()
        spans[-1] = Span(spans[-1].start, last.end, spans[-1].first, spans[-1].units)
    return spans


def _warc_spans(path: Path, per: int, gz: bool) -> list[Span]:
    spans: list[Span] = []
    start, first, units, seen = 0, 1, 0, 0
    for n, (offset, rec_type) in enumerate(_gzip_record_starts(path) if gz else _plain_record_starts(path)):
        if n == 0 and offset != 0:
            raise ValueError("the first WARC record does not start the file")
        is_unit = rec_type in (None, "response", "resource")
        if is_unit and units == per:
            spans.append(Span(start, offset, first, units))
            start, first, units = offset, seen + 1, 0
        if is_unit:
            units += 1
            seen += 1
    if seen == 0:
        return []
    spans.append(Span(start, path.stat().st_size, first, units))
    return spans


def _warc_type(head: bytes) -> Optional[str]:
    for line in head.split(b"\r\n")[1:]:
        if not line:
            break
        key, _, value = line.partition(b":")
        if key.strip().lower() == b"warc-type":
            return value.strip().decode("ascii", "replace").lower()
    return None


def _gzip_record_starts(path: Path) -> Iterator[tuple[int, Optional[str]]]:
    """Offsets of the gzip members that begin a WARC record (one record per member, as the standard
    asks), found without inflating whole members: look for the gzip magic, inflate a few KB there."""
    with open(path, "rb") as fh:
        fd = fh.fileno()
        pos, carry = 0, b""
        while True:
            chunk = fh.read(1 << 22)
            if not chunk:
                break
            data, base = carry + chunk, pos - len(carry)
            i = data.find(_GZIP_MEMBER)
            while i >= 0:
                head = _member_head(fd, base + i)
                if head is not None and head.startswith(b"WARC/"):
                    yield base + i, _warc_type(head)
                i = data.find(_GZIP_MEMBER, i + 1)
            carry, pos = data[-2:], pos + len(chunk)


def _member_head(fd: int, offset: int) -> Optional[bytes]:
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(os.pread(fd, 8192, offset), 4096)
    except zlib.error:
        return None


def _plain_record_starts(path: Path) -> Iterator[tuple[int, Optional[str]]]:
    with open(path, "rb") as fh:
        pos = 0
        while True:
            fh.seek(pos)
            line = fh.readline()
            while line in (b"\r\n", b"\n"):
                pos += len(line)
                line = fh.readline()
            if not line:
                return
            if not line.startswith(b"WARC/"):
                raise ValueError(f"no WARC record at offset {pos}")
            head, length = [line], None
            while True:
                h = fh.readline()
                if not h:
                    raise ValueError("truncated WARC header")
                head.append(h)
                if h in (b"\r\n", b"\n"):
                    break
                key, _, value = h.partition(b":")
                if key.strip().lower() == b"content-length":
                    length = int(value.strip())
            if length is None:
                raise ValueError("WARC record without Content-Length")
            yield pos, _warc_type(b"".join(head))
            pos += sum(map(len, head)) + length
