"""Shared helpers for the crawl tests: fast HTTP settings against the fake site, reading a crawl's
archive back."""
from __future__ import annotations

import sys
from collections import Counter
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator

from extractor.sources.crawl.crawler import CrawlSettings
from extractor.sources.crawl.http import HttpConfig

DAYS = [date(2025, 3, 1), date(2025, 3, 2), date(2025, 3, 3)]
DELAY = 0.05

# the same limits as command-line flags, for the subprocess tests
CLI_FLAGS = ["--delay", str(DELAY), "--retries", "2", "--backoff", "0.05", "--connect-timeout", "1",
             "--read-timeout", "0.5", "--max-seconds", "3", "--max-body-mb", "1", "--allow-private-addresses", "-q"]


def http_config(*sites, **kw) -> HttpConfig:
    base = dict(connect_timeout=1.0, read_timeout=0.5, max_seconds=3.0, max_body=1024 * 1024,
                max_decoded=2 * 1024 * 1024, retries=2, backoff_factor=0.05, backoff_jitter=0.02,
                allow_hosts=tuple(s.hostport for s in sites), allow_private=True)
    base.update(kw)
    return HttpConfig(**base)


def settings(out: Path, *sites, delay: float = DELAY, **kw) -> CrawlSettings:
    http = kw.pop("http", None) or http_config(*sites)
    return CrawlSettings(sites=[s.base for s in sites], start=DAYS[0], end=DAYS[-1], out=Path(out),
                         delay=delay, http=http, progress=False, **kw)


def archived(out: Path, role: str = "article") -> list[tuple[str, str, int]]:
    """(path?query, payload digest, status) of every response record of `role` in the crawl folder."""
    found = []
    for warc in sorted((Path(out) / "warc").glob("*.warc.gz")):
        with open(warc, "rb") as fh:
            for rec in ArchiveIterator(fh):
                if rec.rec_type != "response" or rec.rec_headers.get_header("Crawl-Role") != role:
                    continue
                uri = urlsplit(rec.rec_headers.get_header("WARC-Target-URI"))
                found.append((uri.path + ("?" + uri.query if uri.query else ""),
                              rec.rec_headers.get_header("WARC-Payload-Digest"),
                              int(rec.http_headers.get_statuscode())))
    return found


def ok_articles(out: Path) -> Counter:
    """How many times each article path was archived with a 2xx response."""
    return Counter(p.split("?")[0] for p, _d, status in archived(out) if 200 <= status < 300)


def python() -> str:
    return sys.executable
