"""Gzipped WARC files (warcio) for the crawl: every exchange as a group of records.

A group is written in one piece, then fsynced; only then does the crawler commit it in the frontier
(with the file's new good end). Groups:
- `request` (the request as sent), `response` (status line, headers and the payload as on the wire,
  Content-Encoding kept) and `metadata` (JSON: what the crawler made of it, urllib3's retries);
- an exchange that gave no complete response (timeout, reset, truncated or oversized body, a
  decompression bomb, a blocked address) is `request` + `metadata` with the error and whatever
  headers came back, so nothing is lost and nothing incomplete looks like a page.

Every response record carries `Crawl-Role` (article, discovery, robots): `extractor extract` reads
article responses and skips the rest. Each crawl run writes new files
`<prefix>-<run>-<seq>.warc.gz`, each beginning with a `warcinfo` record; a file is rolled over at
`max_bytes`.

Recovery (`recover`): a kill can leave bytes after the last committed group (a torn or uncommitted
group). Each file is cut back to its committed end, and files with nothing committed are removed,
so every WARC in the folder reads cleanly to its end.
"""
from __future__ import annotations

import io
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from ... import __version__
from ..archive import CRAWL_ROLE_HEADER
from .http import Exchange

HOP_BY_HOP = {"transfer-encoding"}   # the payload is stored de-chunked


@dataclass
class Written:
    """Where a group went: its file, span, and the response record's offset (None: no response)."""
    file: str
    offset: int
    end: int
    response_offset: Optional[int] = None
    response_length: Optional[int] = None
    payload_digest: Optional[str] = None
    new_file: bool = False


def _warc_date(iso: str) -> str:
    """WARC/1.0 dates are to the second: 2025-03-01T12:00:00Z."""
    return iso[:19] + "Z"


class CrawlWarcWriter:
    """Appends exchange groups to the run's WARC files. Thread-safe; callers commit after `write`."""

    def __init__(self, directory: Path, run_id: int, prefix: str = "crawl", max_bytes: int = 1024 ** 3,
                 info: Optional[dict] = None):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.run_id = run_id
        self.prefix = prefix
        self.max_bytes = max_bytes
        self.info = info or {}
        self.lock = threading.Lock()
        self.seq = -1
        self.fh = None
        self.path: Optional[Path] = None
        self.size = 0
        self.files: list[str] = []

    def _open_next(self) -> None:
        if self.fh is not None:
            self.fh.close()
        self.seq += 1
        self.path = self.directory / f"{self.prefix}-{self.run_id:05d}-{self.seq:03d}.warc.gz"
        self.fh = open(self.path, "ab", buffering=0)
        self.size = self.fh.seek(0, os.SEEK_END)
        self.files.append(self.path.name)

    def _warcinfo(self, writer: WARCWriter):
        fields = {"software": f"tribun-extractor/{__version__} (warcio)", "format": "WARC File Format 1.0",
                  "conformsTo": "http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf",
                  **{k: str(v) for k, v in self.info.items()}}
        return writer.create_warcinfo_record(self.path.name, fields)

    def write(self, ex: Exchange, role: str, meta: dict) -> Written:
        """Write one exchange group and fsync it. The caller commits `Written.end` afterwards."""
        with self.lock:
            new_file = False
            if self.fh is None or self.size >= self.max_bytes:
                self._open_next()
                new_file = True
            buf = io.BytesIO()
            writer = WARCWriter(buf, gzip=True)
            if self.size == 0:
                writer.write_record(self._warcinfo(writer))
            date = _warc_date(ex.started_at)
            request_id = response_id = None
            resp_rel = resp_len = None
            digest = None
            if ex.request_line:
                req = writer.create_warc_record(
                    ex.url, "request", payload=io.BytesIO(b""),
                    http_headers=StatusAndHeaders(ex.request_line, ex.request_headers, is_http_request=True),
                    warc_headers_dict={"WARC-Date": date})
                request_id = req.rec_headers.get_header("WARC-Record-ID")
                writer.write_record(req)
            if ex.complete:
                headers = [(k, v) for k, v in ex.headers if k.lower() not in HOP_BY_HOP]
                warc_headers = {"WARC-Date": date, CRAWL_ROLE_HEADER: role}
                if request_id:
                    warc_headers["WARC-Concurrent-To"] = request_id
                if ex.peer_ip:
                    warc_headers["WARC-IP-Address"] = ex.peer_ip
                resp = writer.create_warc_record(
                    ex.url, "response", payload=io.BytesIO(ex.body),
                    http_headers=StatusAndHeaders(f"{ex.status} {ex.reason}".strip(), headers,
                                                  protocol=ex.http_version),
                    warc_headers_dict=warc_headers)
                response_id = resp.rec_headers.get_header("WARC-Record-ID")
                resp_rel = buf.tell()
                writer.write_record(resp)
                resp_len = buf.tell() - resp_rel
                digest = resp.rec_headers.get_header("WARC-Payload-Digest")
            payload = {"role": role, **meta, "seconds": round(ex.seconds, 3)}
            if ex.retries:
                payload["retries"] = ex.retries
            if not ex.complete:
                payload["error"] = ex.error
                payload["error_kind"] = ex.error_kind
                if ex.status is not None:
                    payload["status"] = ex.status
                    payload["headers"] = ex.headers
            md_headers = {"WARC-Date": date}
            if response_id or request_id:
                md_headers["WARC-Concurrent-To"] = response_id or request_id
            md = writer.create_warc_record(
                ex.url, "metadata", payload=io.BytesIO(json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8")),
                warc_content_type="application/json", warc_headers_dict=md_headers)
            writer.write_record(md)
            data = buf.getvalue()
            offset = self.size
            self.fh.write(data)
            os.fsync(self.fh.fileno())
            self.size += len(data)
            return Written(file=self.path.name, offset=offset, end=self.size,
                           response_offset=offset + resp_rel if resp_rel is not None else None,
                           response_length=resp_len, payload_digest=digest, new_file=new_file)

    def close(self) -> None:
        with self.lock:
            if self.fh is not None:
                self.fh.close()
                self.fh = None


def recover(directory: Path, good_ends: dict[str, int]) -> list[str]:
    """Cut every WARC file back to its committed end; remove files with nothing committed.
    Returns what was done, one line per file touched."""
    notes = []
    directory = Path(directory)
    if not directory.is_dir():
        return notes
    for path in sorted(directory.glob("*.warc.gz")):
        good = good_ends.get(path.name, 0)
        size = path.stat().st_size
        if good <= 0:
            path.unlink()
            notes.append(f"{path.name}: nothing committed, removed ({size} bytes)")
        elif size > good:
            with open(path, "r+b") as fh:
                fh.truncate(good)
                os.fsync(fh.fileno())
            notes.append(f"{path.name}: cut {size - good} uncommitted bytes at {good}")
        elif size < good:
            notes.append(f"{path.name}: shorter ({size}) than committed ({good}); the file was changed outside the crawl")
    return notes
