"""The crawl's state in SQLite (`DIR/frontier.sqlite`): every URL the crawl knows, what became of
it, and where its archived exchange is.

`urls` has one row per key: an article's canonical URL (so the same article found in a sitemap, an
index page and the RSS feed, with tracking or `page` parameters, over http or https, on m. or www.,
is one row) or a discovery page's normalised URL. Status:
  queued   to fetch (again, after `not_before`, when an attempt failed for a passing reason)
  done     fetched; an article's response is at (warc_file, warc_offset)
  redirect an article URL that redirected to another article URL (`final_url`, its own row)
  failed   permanently (404, too large, a decompression bomb, a redirect loop or off-site redirect,
           or every attempt failed)
  skipped  never requested: robots.txt disallows it
`warc_files` holds each WARC file's committed end. A WARC group is written and fsynced first, then
committed here in one transaction with the row it settles, so after a kill a row is either settled
with its record on disk, or still queued with its bytes (if any) past the committed end, to be cut.
"""
from __future__ import annotations

import json
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

SCHEMA = """
CREATE TABLE IF NOT EXISTS urls (
    key TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    kind TEXT NOT NULL,
    host TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'queued',
    priority INTEGER NOT NULL DEFAULT 5,
    attempts INTEGER NOT NULL DEFAULT 0,
    not_before REAL NOT NULL DEFAULT 0,
    last_error TEXT,
    http_status INTEGER,
    warc_file TEXT,
    warc_offset INTEGER,
    warc_length INTEGER,
    payload_digest TEXT,
    final_url TEXT,
    found_via TEXT,
    published TEXT,
    title TEXT,
    section TEXT,
    run INTEGER,
    updated_at REAL
);
CREATE INDEX IF NOT EXISTS urls_queue ON urls(host, status, priority);
CREATE TABLE IF NOT EXISTS warc_files (name TEXT PRIMARY KEY, run INTEGER NOT NULL, good_end INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY, started_at TEXT, finished_at TEXT, settings TEXT, outcome TEXT);
"""

QUEUED, DONE, REDIRECT, FAILED, SKIPPED = "queued", "done", "redirect", "failed", "skipped"
ARTICLE = "article"
DISCOVERY_KINDS = ("sitemap", "rss", "index", "listing")


@dataclass
class Row:
    key: str
    url: str
    kind: str
    host: str
    status: str
    attempts: int
    published: Optional[str] = None
    title: Optional[str] = None
    section: Optional[str] = None
    found_via: Optional[str] = None


@dataclass
class NewUrl:
    key: str
    url: str
    kind: str
    host: str
    priority: int = 5
    found_via: Optional[str] = None
    published: Optional[str] = None
    title: Optional[str] = None
    section: Optional[str] = None


class Frontier:
    """Thread-safe: one connection behind a lock (each call is a short transaction)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.RLock()
        self.db = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None, timeout=30)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.executescript(SCHEMA)
        self._inflight: set[str] = set()

    def close(self) -> None:
        with self._lock:
            self.db.close()

    # --- runs -------------------------------------------------------------------------------
    def start_run(self, settings: dict) -> int:
        with self._lock:
            cur = self.db.execute("INSERT INTO runs (started_at, settings) VALUES (datetime('now'), ?)",
                                  (json.dumps(settings, sort_keys=True, default=str),))
            return int(cur.lastrowid)

    def finish_run(self, run_id: int, outcome: str) -> None:
        with self._lock:
            self.db.execute("UPDATE runs SET finished_at = datetime('now'), outcome = ? WHERE id = ?", (outcome, run_id))

    def runs(self) -> int:
        with self._lock:
            return int(self.db.execute("SELECT COUNT(*) FROM runs").fetchone()[0])

    # --- WARC files -----------------------------------------------------------------------------
    def good_ends(self) -> dict[str, int]:
        with self._lock:
            return {name: end for name, end in self.db.execute("SELECT name, good_end FROM warc_files")}

    def _commit_file(self, file: str, end: int, run: int) -> None:
        self.db.execute("INSERT INTO warc_files (name, run, good_end) VALUES (?, ?, ?) "
                        "ON CONFLICT(name) DO UPDATE SET good_end = excluded.good_end", (file, run, end))

    def drop_missing_files(self, existing: Iterable[str]) -> None:
        existing = set(existing)
        with self._lock:
            for name in list(self.good_ends()):
                if name not in existing:
                    self.db.execute("DELETE FROM warc_files WHERE name = ?", (name,))

    # --- adding URLs ---------------------------------------------------------------------------
    def add(self, urls: Iterable[NewUrl]) -> int:
        """Insert what is new (by key); returns how many were new."""
        with self._lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                n = self._add(urls)
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            return n

    def _add(self, urls: Iterable[NewUrl]) -> int:
        n = 0
        now = time.time()
        for u in urls:
            cur = self.db.execute(
                "INSERT OR IGNORE INTO urls (key, url, kind, host, priority, found_via, published, title, section, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (u.key, u.url, u.kind, u.host, u.priority, u.found_via, u.published, u.title, u.section, now))
            if cur.rowcount:
                n += 1
            elif u.kind == ARTICLE and (u.published or u.title or u.section):
                self.db.execute("UPDATE urls SET published = COALESCE(published, ?), title = COALESCE(title, ?),"
                                " section = COALESCE(section, ?) WHERE key = ?",
                                (u.published, u.title, u.section, u.key))
        return n

    # --- the queue -----------------------------------------------------------------------------
    def claim(self, host: str) -> Optional[Row]:
        """The next queued row of `host` that is due and not being fetched; marks it in flight."""
        with self._lock:
            rows = self.db.execute(
                "SELECT key, url, kind, host, status, attempts, published, title, section, found_via FROM urls"
                " WHERE host = ? AND status = 'queued' AND not_before <= ? ORDER BY priority, rowid LIMIT 64",
                (host, time.time())).fetchall()
            for r in rows:
                if r[0] not in self._inflight:
                    self._inflight.add(r[0])
                    return Row(*r)
            return None

    def requeue_skipped(self) -> None:
        """robots.txt is read afresh each run: what it disallowed before is looked at again."""
        with self._lock:
            self.db.execute("UPDATE urls SET status = 'queued' WHERE status = 'skipped'")

    def claim_key(self, key: str) -> bool:
        """Mark a key in flight (a redirect target); False when another worker has it."""
        with self._lock:
            if key in self._inflight:
                return False
            self._inflight.add(key)
            return True

    def release(self, key: str) -> None:
        with self._lock:
            self._inflight.discard(key)

    def next_due(self, host: str) -> Optional[float]:
        """Seconds until the host's next queued row is due (0: now); None when it has none."""
        with self._lock:
            row = self.db.execute("SELECT MIN(not_before) FROM urls WHERE host = ? AND status = 'queued'",
                                  (host,)).fetchone()
            if row[0] is None:
                return None
            return max(0.0, row[0] - time.time())

    def hosts_with_work(self) -> list[str]:
        with self._lock:
            return [h for (h,) in self.db.execute("SELECT DISTINCT host FROM urls WHERE status = 'queued'")]

    def known(self, keys: Iterable[str]) -> set[str]:
        """Which of these keys the frontier has already."""
        with self._lock:
            return {k for k in keys if self.db.execute("SELECT 1 FROM urls WHERE key = ?", (k,)).fetchone()}

    def status_of(self, key: str) -> Optional[str]:
        with self._lock:
            row = self.db.execute("SELECT status FROM urls WHERE key = ?", (key,)).fetchone()
            return row[0] if row else None

    # --- settling a row, with its WARC group ------------------------------------------------------
    def settle(self, run: int, written=None, updates: Iterable[tuple[str, dict]] = (),
               new_urls: Iterable[NewUrl] = ()) -> None:
        """One transaction: the WARC file's new committed end, row updates (key, fields) and newly
        discovered URLs."""
        with self._lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                if written is not None:
                    self._commit_file(written.file, written.end, run)
                now = time.time()
                for key, fields in updates:
                    fields = {**fields, "updated_at": now, "run": run}
                    cols = ", ".join(f"{c} = ?" for c in fields)
                    cur = self.db.execute(f"UPDATE urls SET {cols} WHERE key = ?", (*fields.values(), key))
                    if cur.rowcount == 0 and "url" in fields:
                        names = ", ".join(["key", *fields])
                        marks = ", ".join("?" * (len(fields) + 1))
                        self.db.execute(f"INSERT INTO urls ({names}) VALUES ({marks})", (key, *fields.values()))
                self._add(new_urls)
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise

    # --- reporting ------------------------------------------------------------------------------
    def counts(self) -> dict[str, dict[str, int]]:
        """{kind: {status: n}}"""
        with self._lock:
            out: dict[str, dict[str, int]] = {}
            for kind, status, n in self.db.execute("SELECT kind, status, COUNT(*) FROM urls GROUP BY kind, status"):
                out.setdefault(kind, {})[status] = n
            return out

    def errors(self, limit: int = 20) -> list[tuple[str, str, str]]:
        with self._lock:
            return list(self.db.execute(
                "SELECT url, status, last_error FROM urls WHERE status IN ('failed', 'skipped') OR"
                " (status = 'queued' AND last_error IS NOT NULL) ORDER BY rowid LIMIT ?", (limit,)))

    def archived_articles(self) -> list[tuple[str, str, int]]:
        """(url, warc_file, warc_offset) of every archived article, in archive order."""
        with self._lock:
            return list(self.db.execute(
                "SELECT COALESCE(final_url, url), warc_file, warc_offset FROM urls WHERE kind = 'article'"
                " AND status = 'done' AND warc_file IS NOT NULL ORDER BY warc_file, warc_offset"))
