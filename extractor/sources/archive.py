"""Archives on disk: saved HTML pages, text dumps, JSONL/JSON/CSV rows, WARC files, `.gz` variants,
and directories of them (recursive).

Everything streams: one unit at a time, nothing kept across units, so memory does not grow with the
archive. Every unit becomes a Document, a SourceError (unreadable: it becomes a reject line) or a
SourceSkip (not an article, e.g. a 404 or an image in a WARC; counted, not rejected).
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


def iter_input_files(paths: Iterable[str]) -> Iterator[tuple[Path, bool]]:
    """Expand files and directories (recursive, sorted). Yields (path, explicit)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
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


def iter_file_units(path: Path, explicit: bool = True, url: Optional[str] = None,
                    published: Optional[str] = None) -> Iterator[Unit]:
    source = str(path)
    if not path.exists():
        yield SourceError(source, "not_found", f"no such file or directory: {path}")
        return
    try:
        kind = _kind_from_name(path)
        if kind is None:
            with _open_binary(path) as fh:
                kind = _sniff(fh.read(512))
        readers = {"html": _read_page, "text": _read_page, "jsonl": _read_jsonl, "json": _read_json,
                   "csv": _read_csv, "warc": _read_warc}
        for unit in readers[kind](path, kind):
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


def _read_page(path: Path, kind: str) -> Iterator[Unit]:
    source = str(path)
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


def _read_jsonl(path: Path, kind: str) -> Iterator[Unit]:
    source = str(path)
    n = 0
    seen_any = False
    try:
        with _open_binary(path) as fh:
            for n, raw in enumerate(fh, 1):
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
    if not seen_any:
        yield SourceError(source, "empty", "the file has no rows")


def _read_json(path: Path, kind: str) -> Iterator[Unit]:
    """A .json file: an array of rows, one row object, or (commonly mislabelled) JSON Lines."""
    source = str(path)
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
            yield from _read_jsonl(path, "jsonl")
        else:
            yield SourceError(source, "bad_json", f"invalid JSON: {exc.msg} at line {exc.lineno}", _sha(data))
        return
    rows = doc if isinstance(doc, list) else [doc]
    if not rows:
        yield SourceError(source, "empty", "the JSON array is empty")
    for i, row in enumerate(rows):
        raw = json.dumps(row, ensure_ascii=False, sort_keys=True).encode("utf-8")
        yield row_document(row, f"{source}:{i}" if isinstance(doc, list) else source, raw)


def _read_csv(path: Path, kind: str) -> Iterator[Unit]:
    source = str(path)
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    n = 0
    try:
        with _open_binary(path) as fb:
            fh = io.TextIOWrapper(fb, encoding="utf-8-sig", errors="strict", newline="")
            reader = csv.DictReader(fh)
            try:
                for n, row in enumerate(reader, 1):
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
    if n == 0:
        yield SourceError(source, "empty", "the CSV file has no rows")


def _read_warc(path: Path, kind: str) -> Iterator[Unit]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    source = str(path)
    count = 0
    offset = 0
    with open(path, "rb") as fh:
        try:
            iterator = ArchiveIterator(fh, arc2warc=True)
            for record in iterator:
                # get_record_offset() reads the record to its end: ask only once its body has been read
                if record.rec_type not in ("response", "resource"):
                    offset = iterator.get_record_offset()
                    continue
                count += 1
                uri = record.rec_headers.get_header("WARC-Target-URI")
                fetched_at = record.rec_headers.get_header("WARC-Date")
                content_type = ""
                skip = None
                if record.rec_type == "response":
                    if record.http_headers is None:
                        skip = "no_http_headers"
                    else:
                        status = record.http_headers.get_statuscode()
                        content_type = record.http_headers.get_header("Content-Type") or ""
                        if not status or not status.startswith("2"):
                            skip = f"http_{status}"
                else:
                    content_type = record.rec_headers.get_header("Content-Type") or ""
                if skip is None and content_type and "html" not in content_type.lower():
                    skip = "not_html"
                if skip is not None:
                    offset = iterator.get_record_offset()
                    yield SourceSkip(f"{source}@{offset}", skip)
                    continue
                data = record.content_stream().read(MAX_UNIT_BYTES + 1)
                offset = iterator.get_record_offset()
                where = f"{source}@{offset}"
                if len(data) > MAX_UNIT_BYTES:
                    yield SourceError(where, "too_large", f"response body larger than {MAX_UNIT_BYTES} bytes")
                    continue
                if not data.strip():
                    yield SourceError(where, "empty", "the response body is empty", _sha(data))
                    continue
                html, warnings = decode_bytes(data, content_type)
                yield Document(source=where, url=uri, html=html, fetched_at=fetched_at,
                               raw_sha256=_sha(data), warnings=warnings)
        except (ArchiveLoadFailed, EOFError, zlib.error, gzip.BadGzipFile, ValueError) as exc:
            yield SourceError(f"{source}@{offset}", "truncated",
                              f"WARC is truncated or corrupt after {count} records: {exc}")
            return
    if count == 0:
        yield SourceError(source, "empty", "the WARC file has no response records")
