"""The crawl: discovery (sitemaps, index-news pages, RSS) -> frontier -> polite fetches -> WARC, with
records streaming out as pages arrive when asked (`extract=True`).

Threads: one worker per host (at most `max_hosts` at once), each waiting its host's turn in the
shared throttle; a coordinator (the calling thread) starts workers for hosts with due work, draws
the progress line and stops everything on Ctrl-C. Every exchange is archived (WARC group written
and fsynced, then committed in the frontier together with the row it settles, under one lock, so
the committed end of a WARC file only grows and never covers an uncommitted group).

A crawl folder:
    DIR/warc/crawl-<run>-<seq>.warc.gz   the archive (every exchange, each run in new files)
    DIR/frontier.sqlite                  the state (URLs, statuses, WARC offsets, runs)
    DIR/report.json                      the last run's final report
    DIR/records.jsonl, DIR/rejects.jsonl with extract=True (appended across runs, exactly once)
    DIR/crawl.lock                       held while a crawl runs
"""
from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit

from ...progress import StatusLine
from ...urls import article_fetch_url, canonical_url, host_key, normalize_url
from ..archive import CRAWL_MARKER, CRAWL_WARC_DIR
from . import discover
from .frontier import ARTICLE, DONE, FAILED, QUEUED, REDIRECT, SKIPPED, Frontier, NewUrl, Row
from .http import Exchange, Fetcher, HostThrottle, HttpConfig, url_problem
from .robots import Robots
from .warc_writer import CrawlWarcWriter, recover

ROBOTS_AGENT = "tribun-extractor"
TRANSIENT = {"timeout", "connection", "truncated", "too_slow", "retries", "http"}
PRIORITY = {"article": 1, "index": 2, "rss": 3, "sitemap": 3, "listing": 3}


class CrawlError(Exception):
    """Bad settings or an unusable output folder: the crawl cannot start."""


@dataclass
class CrawlSettings:
    sites: list[str]                          # base URLs: https://babel.tribunnews.com
    start: date
    end: date
    out: Path
    sections: list[str] = field(default_factory=list)
    delay: float = 1.0                        # seconds between exchanges with one host
    max_hosts: int = 8                        # hosts crawled at once
    max_attempts: int = 3                     # attempts per URL (across runs) for passing failures
    max_redirects: int = 5
    max_pages: Optional[int] = None           # stop after this many articles archived in this run
    max_index_pages: int = 50                 # index-news pages followed per day (and section)
    sitemaps: bool = True
    index: bool = True
    rss: bool = True
    extract: bool = False
    records: Optional[Path] = None
    rejects: Optional[Path] = None
    progress: Optional[bool] = None           # None: when stderr is a terminal
    warc_max_bytes: int = 1024 ** 3
    http: HttpConfig = field(default_factory=HttpConfig)

    def to_dict(self) -> dict:
        return {"sites": self.sites, "from": self.start.isoformat(), "to": self.end.isoformat(),
                "sections": self.sections, "delay": self.delay, "max_attempts": self.max_attempts,
                "max_pages": self.max_pages, "sitemaps": self.sitemaps, "index": self.index, "rss": self.rss,
                "extract": self.extract, "user_agent": self.http.user_agent,
                "allow_hosts": list(self.http.allow_hosts), "allow_private": self.http.allow_private}


@dataclass
class CrawlReport:
    out: str
    run: int = 0
    seconds: float = 0.0
    outcome: str = "complete"
    exchanges: Counter = field(default_factory=Counter)      # per host, this run
    archived: int = 0                                        # article responses archived this run
    errors: Counter = field(default_factory=Counter)         # failed exchanges this run, by kind
    totals: dict = field(default_factory=dict)               # frontier {kind: {status: n}}
    warc_files: list = field(default_factory=list)
    warc_bytes: int = 0
    recovered: list = field(default_factory=list)
    hosts_not_crawled: dict = field(default_factory=dict)
    problems: list = field(default_factory=list)             # failed/skipped URLs (first few)
    records: int = 0
    rejects: int = 0

    @property
    def articles(self) -> dict:
        return self.totals.get(ARTICLE, {})

    @property
    def complete(self) -> bool:
        return not any(s.get(QUEUED) for s in self.totals.values()) and self.outcome == "complete"

    def to_dict(self) -> dict:
        return {"out": self.out, "run": self.run, "outcome": self.outcome, "seconds": round(self.seconds, 2),
                "complete": self.complete, "exchanges_per_host": dict(self.exchanges),
                "articles_archived_this_run": self.archived, "errors_this_run": dict(self.errors),
                "frontier": self.totals, "warc_files_this_run": self.warc_files, "warc_bytes_this_run": self.warc_bytes,
                "recovered": self.recovered, "hosts_not_crawled": self.hosts_not_crawled,
                "problems": [list(p) for p in self.problems], "records": self.records, "rejects": self.rejects}

    def render(self) -> str:
        a = self.articles
        discovery = Counter()
        for kind, statuses in self.totals.items():
            if kind != ARTICLE:
                discovery.update(statuses)
        lines = [
            f"crawl:     run {self.run} {self.outcome} in {self.seconds:.1f} s; {sum(self.exchanges.values())} exchanges"
            + (" (" + ", ".join(f"{h} {n}" for h, n in sorted(self.exchanges.items())) + ")" if self.exchanges else ""),
            f"articles:  {a.get(DONE, 0)} archived ({self.archived} this run), {a.get(FAILED, 0)} failed, "
            f"{a.get(SKIPPED, 0)} disallowed by robots.txt, {a.get(REDIRECT, 0)} redirected, {a.get(QUEUED, 0)} still queued",
            f"discovery: {discovery.get(DONE, 0)} pages read, {discovery.get(FAILED, 0)} failed, {discovery.get(QUEUED, 0)} queued",
            f"errors:    {sum(self.errors.values())} failed exchanges this run"
            + (" (" + ", ".join(f"{k} {v}" for k, v in self.errors.most_common()) + ")" if self.errors else ""),
            f"archive:   {self.out}/{CRAWL_WARC_DIR}/ ({len(self.warc_files)} new file(s), {self.warc_bytes} bytes this run)",
        ]
        for host, why in sorted(self.hosts_not_crawled.items()):
            lines.append(f"not crawled: {host}: {why}")
        for note in self.recovered:
            lines.append(f"recovered: {note}")
        if self.records or self.rejects:
            lines.append(f"extracted: {self.records} records, {self.rejects} rejects this run")
        if not self.complete:
            lines.append(f"resume:    run the same command again to finish ({self.outcome})")
        return "\n".join(lines)


class _AppendJsonl:
    """A JSON Lines file appended across runs; a torn last line (a kill) is cut on open. Knows the
    `source` of every line, so a resumed crawl extracts each archived page exactly once."""

    def __init__(self, path: Path, source_of):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.sources: set[str] = set()
        good = 0
        if self.path.exists():
            with open(self.path, "rb") as fh:
                for line in fh:
                    if not line.endswith(b"\n"):
                        break
                    try:
                        self.sources.add(source_of(json.loads(line)))
                    except (ValueError, KeyError, TypeError):
                        break
                    good += len(line)
            if good < self.path.stat().st_size:
                with open(self.path, "r+b") as fh:
                    fh.truncate(good)
        self.fh = open(self.path, "a", encoding="utf-8")

    def write(self, line: str) -> None:
        self.fh.write(line + "\n")
        self.fh.flush()

    def close(self) -> None:
        self.fh.close()


class _Extraction(threading.Thread):
    """Turns archived article responses into records as they arrive (one thread: the NLP pipeline)."""

    def __init__(self, records: Path, rejects: Path, extractor=None):
        super().__init__(name="extract", daemon=True)
        import queue

        self.queue: "queue.Queue" = queue.Queue()
        self.records = _AppendJsonl(records, lambda d: d["provenance"]["source"])
        self.rejects = _AppendJsonl(rejects, lambda d: d["source"])
        self.extractor = extractor
        self.done_records = 0
        self.done_rejects = 0
        self.error: Optional[BaseException] = None

    def seen(self, source: str) -> bool:
        return source in self.records.sources or source in self.rejects.sources

    def put(self, path: str, offset: int) -> None:
        self.queue.put((path, offset))

    def run(self) -> None:
        from ...records import Record
        from ..archive import SourceSkip, read_warc_record

        try:
            if self.extractor is None:
                from ...extraction import Extractor
                self.extractor = Extractor()
            while True:
                item = self.queue.get()
                if item is None:
                    return
                source = f"{item[0]}@{item[1]}"
                if self.seen(source):
                    continue
                unit = read_warc_record(item[0], item[1])
                if isinstance(unit, SourceSkip):
                    continue
                result = self.extractor.process(unit)
                if isinstance(result, Record):
                    self.records.write(result.model_dump_json())
                    self.records.sources.add(source)
                    self.done_records += 1
                else:
                    self.rejects.write(result.model_dump_json())
                    self.rejects.sources.add(source)
                    self.done_rejects += 1
        except BaseException as exc:   # reported by the crawl; the archive is unaffected
            self.error = exc
        finally:
            self.records.close()
            self.rejects.close()

    def finish(self) -> None:
        self.queue.put(None)
        self.join()


class _Progress(StatusLine):
    """pages | errors | queue | rate | ETA of a crawl."""

    def update(self, pages: int, errors: int, queued: int, hosts: int, force: bool = False) -> None:
        elapsed = self.due(force)
        if elapsed is None:
            return
        elapsed = max(elapsed, 1e-6)
        rate = pages / elapsed
        eta = _duration(queued / rate) if rate > 0 and queued else ("-" if queued else "0s")
        self.show(f"pages {pages} | errors {errors} | queue {queued} | {rate * 60:.1f} pages/min | ETA {eta}"
                  f" | hosts {hosts} | {_duration(elapsed)}")


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    if seconds >= 60:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds}s"


class Crawler:
    def __init__(self, settings: CrawlSettings, extractor=None, stream=sys.stderr):
        self.s = settings
        self.out = Path(settings.out)
        self.stream = stream
        self.extractor = extractor
        self.stop = threading.Event()
        self.throttle = HostThrottle(settings.delay)
        self.fetcher: Optional[Fetcher] = None
        self.frontier: Optional[Frontier] = None
        self.writer: Optional[CrawlWarcWriter] = None
        self.extraction: Optional[_Extraction] = None
        self.run_id = 0
        self._archive_lock = threading.Lock()
        self._robots: dict[str, Robots] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self._robots_guard = threading.Lock()
        self._stats_lock = threading.Lock()
        self.report = CrawlReport(out=str(self.out))
        self._blocked_hosts: dict[str, str] = {}
        self._worker_errors: list[str] = []

    # --- setup --------------------------------------------------------------------------------
    def _prepare_out(self):
        try:
            self.out.mkdir(parents=True, exist_ok=True)
            (self.out / CRAWL_WARC_DIR).mkdir(exist_ok=True)
            lock = open(self.out / "crawl.lock", "a+")
        except OSError as exc:
            raise CrawlError(f"cannot write to the output folder {self.out}: {exc.strerror or exc}") from exc
        try:
            fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            lock.close()
            raise CrawlError(f"another crawl is running in {self.out} (crawl.lock is held)") from exc
        if not os.access(self.out / CRAWL_WARC_DIR, os.W_OK):
            lock.close()
            raise CrawlError(f"cannot write to {self.out / CRAWL_WARC_DIR}")
        return lock

    def seeds(self) -> list[NewUrl]:
        s = self.s
        urls: list[NewUrl] = []

        def add(url: str, kind: str):
            urls.append(NewUrl(key=normalize_url(url), url=url, kind=kind, host=host_key(url),
                               priority=PRIORITY[kind], found_via="seed"))

        for site in s.sites:
            base = site.rstrip("/")
            if s.sitemaps:
                for section in s.sections or [None]:
                    add(f"{base}/{section.strip('/')}/sitemap-news.xml" if section else f"{base}/sitemap-news.xml", "sitemap")
            if s.rss and not s.sections:
                add(f"{base}/rss", "rss")
            if s.index:
                day = s.start
                while day <= s.end:
                    for section in s.sections or [None]:
                        add(discover.index_news_url(base, day, 1, section), "index")
                    day += timedelta(days=1)
        return urls

    # --- the run ------------------------------------------------------------------------------
    def run(self) -> CrawlReport:
        lock = self._prepare_out()
        started = time.monotonic()
        try:
            self.frontier = Frontier(self.out / CRAWL_MARKER)
        except sqlite3.DatabaseError as exc:
            lock.close()
            raise CrawlError(f"{self.out / CRAWL_MARKER} is not a usable crawl state file: {exc}") from exc
        try:
            warc_dir = self.out / CRAWL_WARC_DIR
            self.report.recovered = recover(warc_dir, self.frontier.good_ends())
            self.frontier.drop_missing_files(p.name for p in warc_dir.glob("*.warc.gz"))
            self.frontier.requeue_skipped()
            self.run_id = self.frontier.start_run(self.s.to_dict())
            self.report.run = self.run_id
            self.writer = CrawlWarcWriter(warc_dir, self.run_id, max_bytes=self.s.warc_max_bytes, info={
                "isPartOf": f"{self.out.name} run {self.run_id}", "http-header-user-agent": self.s.http.user_agent,
                "robots": "obey", "operator": self.s.http.user_agent.split("+contact:", 1)[-1].strip(" )"),
                "description": f"tribun-extractor crawl of {', '.join(self.s.sites)} {self.s.start}..{self.s.end}"})
            self.fetcher = Fetcher(self.s.http, self.throttle)
            self.frontier.add(self.seeds())
            if self.s.extract:
                self._start_extraction()
            outcome = self._coordinate()
        except KeyboardInterrupt:
            self.stop.set()
            outcome = "interrupted"
        finally:
            self._shutdown()
            lock.close()
        self.report.outcome = outcome if not self._worker_errors else "worker error"
        self.report.seconds = time.monotonic() - started
        self.report.totals = self.frontier.counts()
        if self.report.outcome == "complete" and any(st.get(QUEUED) for st in self.report.totals.values()):
            self.report.outcome = "unfinished"   # hosts left for a later run (robots.txt unreachable)
        self.report.problems = self.frontier.errors()
        self.report.hosts_not_crawled = dict(self._blocked_hosts)
        if self._worker_errors:
            self.report.problems = [("(crawler)", "error", e) for e in self._worker_errors] + self.report.problems
        if self.writer is not None:
            self.report.warc_files = list(self.writer.files)
            self.report.warc_bytes = sum((self.out / CRAWL_WARC_DIR / f).stat().st_size
                                         for f in self.writer.files if (self.out / CRAWL_WARC_DIR / f).exists())
        self.frontier.finish_run(self.run_id, self.report.outcome)
        self.frontier.close()
        tmp = self.out / "report.json.tmp"
        tmp.write_text(json.dumps(self.report.to_dict(), indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.out / "report.json")
        return self.report

    def _start_extraction(self) -> None:
        records = self.s.records or self.out / "records.jsonl"
        rejects = self.s.rejects or self.out / "rejects.jsonl"
        self.extraction = _Extraction(records, rejects, self.extractor)
        self.extraction.start()
        # pages archived by earlier runs whose records a kill kept from being written
        for _url, file, offset in self.frontier.archived_articles():
            path = str(self.out / CRAWL_WARC_DIR / file)
            if not self.extraction.seen(f"{path}@{offset}"):
                self.extraction.put(path, offset)

    def _shutdown(self) -> None:
        if self.extraction is not None:
            self.extraction.finish()
            self.report.records = self.extraction.done_records
            self.report.rejects = self.extraction.done_rejects
            if self.extraction.error is not None:
                self._worker_errors.append(f"extraction stopped: {type(self.extraction.error).__name__}: {self.extraction.error}")
        if self.writer is not None:
            self.writer.close()
        if self.fetcher is not None:
            self.fetcher.close()

    def _coordinate(self) -> str:
        progress = _Progress(self.s.progress, self.stream)
        workers: dict[str, threading.Thread] = {}
        outcome = "complete"
        try:
            while True:
                for host, t in list(workers.items()):
                    if not t.is_alive():
                        del workers[host]
                if self.stop.is_set():
                    if not workers:
                        break
                elif self._page_limit_reached():
                    self.stop.set()
                    outcome = "page limit reached"
                else:
                    hosts = [h for h in self.frontier.hosts_with_work() if h not in self._blocked_hosts]
                    for host in hosts:
                        if host not in workers and len(workers) < self.s.max_hosts:
                            t = threading.Thread(target=self._worker, args=(host,), name=f"host {host}", daemon=True)
                            workers[host] = t
                            t.start()
                    if not workers and not hosts:
                        break
                self._draw(progress, len(workers))
                time.sleep(0.05)
        except KeyboardInterrupt:
            self.stop.set()
            outcome = "interrupted"
            for t in workers.values():
                t.join()
        finally:
            self._draw(progress, 0, force=True)
            progress.close()
        return outcome

    def _draw(self, progress: _Progress, hosts: int, force: bool = False) -> None:
        if not progress.enabled or (not force and time.monotonic() - progress.last < 0.5):
            return
        counts = self.frontier.counts()
        queued = sum(s.get(QUEUED, 0) for s in counts.values())
        progress.update(self.report.archived, sum(self.report.errors.values()), queued, hosts, force=force)

    def _page_limit_reached(self) -> bool:
        return self.s.max_pages is not None and self.report.archived >= self.s.max_pages

    # --- one host -----------------------------------------------------------------------------
    def _worker(self, host: str) -> None:
        try:
            while not self.stop.is_set() and not self._page_limit_reached():
                row = self.frontier.claim(host)
                if row is None:
                    due = self.frontier.next_due(host)
                    if due is None:
                        return
                    self.stop.wait(min(max(due, 0.01), 0.25))
                    continue
                try:
                    robots = self._robots_for(row.url)
                    if robots is None:
                        return   # robots.txt unreachable: the host is left for another run
                    self._process(row, robots)
                finally:
                    self.frontier.release(row.key)
        except Exception as exc:   # a bug must not hang the crawl: report it, stop this host
            import traceback
            self._worker_errors.append(f"{host}: {type(exc).__name__}: {exc}\n{traceback.format_exc(limit=6)}")

    def _robots_for(self, url: str) -> Optional[Robots]:
        """The host's robots.txt for this run (fetched once, archived); None when it is unreachable."""
        parts = urlsplit(url)
        host = host_key(url)
        with self._robots_guard:
            lock = self._robots_locks.setdefault(host, threading.Lock())
        with lock:
            if host in self._robots:
                return None if host in self._blocked_hosts else self._robots[host]
            robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
            final = None
            seen = {robots_url}
            current = robots_url
            for _hop in range(self.s.max_redirects + 1):
                ex = self.fetcher.get(current, self.stop)
                if ex.error_kind == "stopped":
                    return None
                self._archive(ex, "robots", {"host": host})
                final = ex
                nxt = ex.location if ex.complete and 300 <= (ex.status or 0) < 400 else None
                if not nxt or nxt in seen or url_problem(nxt, self.s.http.allow_hosts):
                    break
                seen.add(nxt)
                current = nxt
            status = final.status if final is not None and final.complete else None
            robots = Robots.from_fetch(status, final.content if final is not None else b"", ROBOTS_AGENT)
            self._robots[host] = robots
            if robots.unreachable:
                why = f" ({final.error})" if final is not None and final.error else ""
                self._blocked_hosts[host] = robots.note + why
                return None
            self.throttle.set_delay(host, robots.crawl_delay)
            if self.s.sitemaps and not self.s.sections and robots.sitemaps:
                self.frontier.add(
                    NewUrl(key=normalize_url(u), url=u, kind="sitemap", host=host_key(u), priority=PRIORITY["sitemap"],
                           found_via="robots.txt")
                    for u in robots.sitemaps if not url_problem(u, self.s.http.allow_hosts))
            return robots

    def _archive(self, ex: Exchange, role: str, meta: dict, updates=(), new_urls=()):
        """Write the exchange's WARC group, then commit it with the row updates, as one step."""
        with self._archive_lock:
            written = self.writer.write(ex, role, meta)
            self.frontier.settle(self.run_id, written, updates, new_urls)
        with self._stats_lock:
            self.report.exchanges[host_key(ex.url)] += 1
            if not ex.complete:
                self.report.errors[ex.error_kind or "error"] += 1
            elif ex.status and ex.status >= 400:
                self.report.errors[f"http_{ex.status}"] += 1
        return written

    def _settle(self, updates=(), new_urls=()) -> None:
        with self._archive_lock:
            self.frontier.settle(self.run_id, None, updates, new_urls)

    def _process(self, row: Row, robots: Robots) -> None:
        if not robots.allowed(row.url):
            self._settle([(row.key, {"status": SKIPPED, "last_error": "robots.txt disallows this URL"})])
            return
        role = "article" if row.kind == ARTICLE else "discovery"
        url, key = row.url, row.key
        seen = {normalize_url(url)}
        claimed: list[str] = []
        meta = {"kind": row.kind, "key": row.key, "found_via": row.found_via}
        try:
            for _hop in range(self.s.max_redirects + 1):
                ex = self.fetcher.get(url, self.stop)
                if ex.error_kind == "stopped":
                    return
                target = ex.location if ex.complete and 300 <= ex.status < 400 else None
                if not (ex.complete and 300 <= ex.status < 400):
                    self._finish(row, key, ex, role, meta)
                    return
                if target is None:
                    self._fail(row, ex, role, meta, f"HTTP {ex.status} redirect without a Location")
                    return
                problem = url_problem(target, self.s.http.allow_hosts)
                if problem:
                    self._fail(row, ex, role, meta, f"redirect to {target} refused: {problem}")
                    return
                if normalize_url(target) in seen:
                    self._fail(row, ex, role, meta, f"redirect loop at {target}")
                    return
                seen.add(normalize_url(target))
                target_robots = self._robots_for(target)
                if target_robots is None or not target_robots.allowed(target):
                    self._archive(ex, role, meta, [(row.key, {"status": SKIPPED, "http_status": ex.status,
                                                              "last_error": f"redirect to {target}, which robots.txt disallows"})])
                    return
                if row.kind == ARTICLE and canonical_url(target) != key:
                    tkey = canonical_url(target)
                    st = self.frontier.status_of(tkey)
                    if st in (DONE, REDIRECT) or not self.frontier.claim_key(tkey):
                        # the target is archived already, or being fetched by another worker
                        self._archive(ex, role, meta, [(row.key, {"status": REDIRECT, "final_url": target,
                                                                  "http_status": ex.status, "last_error": None})])
                        return
                    claimed.append(tkey)
                    key = tkey
                self._archive(ex, role, {**meta, "redirect_to": target})
                url = target
            self._fail(row, None, role, meta, f"more than {self.s.max_redirects} redirects")
        finally:
            for k in claimed:
                self.frontier.release(k)

    def _fail(self, row: Row, ex: Optional[Exchange], role: str, meta: dict, why: str) -> None:
        updates = [(row.key, {"status": FAILED, "last_error": why, "attempts": row.attempts + 1,
                              "http_status": ex.status if ex is not None else None})]
        if ex is not None:
            self._archive(ex, role, {**meta, "verdict": why}, updates)
        else:
            self._settle(updates)

    def _finish(self, row: Row, key: str, ex: Exchange, role: str, meta: dict) -> None:
        """The last exchange of a URL's chain: settle the row (and the redirect target's)."""
        if ex.complete and 200 <= ex.status < 300:
            if row.kind == ARTICLE:
                self._finish_article(row, key, ex, meta)
            else:
                self._finish_discovery(row, ex, meta)
            return
        permanent = (ex.complete and 400 <= ex.status < 500 and ex.status != 429) or \
                    (not ex.complete and ex.error_kind not in TRANSIENT) or \
                    (ex.complete and ex.status < 200)
        why = ex.error if not ex.complete else f"HTTP {ex.status} {ex.reason}".strip()
        attempts = row.attempts + 1
        fields = {"attempts": attempts, "last_error": why, "http_status": ex.status}
        if permanent or attempts >= self.s.max_attempts:
            fields["status"] = FAILED
            if not permanent:
                fields["last_error"] = f"{why} (after {attempts} attempts)"
        else:
            wait = max(ex.retry_after or 0.0, min(self.s.http.backoff_max, self.s.http.backoff_factor * 2 ** attempts))
            fields["not_before"] = time.time() + wait
            if ex.status in (429, 503) and ex.retry_after:
                self.throttle.pause(host_key(ex.url), ex.retry_after)
        self._archive(ex, "article" if row.kind == ARTICLE else "discovery", {**meta, "verdict": fields.get("status", "retry")},
                      [(row.key, fields)])

    def _finish_article(self, row: Row, key: str, ex: Exchange, meta: dict) -> None:
        done = {"status": DONE, "http_status": ex.status, "last_error": None, "attempts": row.attempts + 1}
        updates = []
        if key != row.key:   # redirected to another article URL: that row holds the page
            updates.append((key, {**done, "url": article_fetch_url(ex.url), "kind": ARTICLE, "host": host_key(ex.url),
                                  "priority": PRIORITY["article"], "found_via": f"redirect from {row.url}"}))
            updates.append((row.key, {"status": REDIRECT, "final_url": ex.url, "http_status": ex.status, "last_error": None}))
        with self._archive_lock:
            written = self.writer.write(ex, "article", meta)
            fields = {"warc_file": written.file, "warc_offset": written.response_offset,
                      "warc_length": written.response_length, "payload_digest": written.payload_digest,
                      "final_url": ex.url if ex.url != row.url else None}
            if key != row.key:
                updates[0] = (key, {**updates[0][1], **fields, "final_url": None})
            else:
                updates.append((row.key, {**done, **fields}))
            self.frontier.settle(self.run_id, written, updates)
        with self._stats_lock:
            self.report.exchanges[host_key(ex.url)] += 1
            self.report.archived += 1
        if self.extraction is not None:
            self.extraction.put(str(self.out / CRAWL_WARC_DIR / written.file), written.response_offset)

    def _finish_discovery(self, row: Row, ex: Exchange, meta: dict) -> None:
        try:
            links, more = self._discover(row, ex)
        except discover.DiscoveryError as exc:
            self._archive(ex, "discovery", {**meta, "verdict": "unreadable"},
                          [(row.key, {"status": FAILED, "http_status": ex.status, "attempts": row.attempts + 1,
                                      "last_error": str(exc)})])
            return
        new = self._article_urls(links, from_index=(row.kind == "index"))
        if row.kind == "index" and not (self.frontier.known(u.key for u in new) ^ {u.key for u in new}):
            more = [m for m in more if m.kind != "index"]   # nothing new here: do not follow "Next"
        new.extend(more)
        self._archive(ex, "discovery", {**meta, "links": len(links), "queued": len(new)},
                      [(row.key, {"status": DONE, "http_status": ex.status, "attempts": row.attempts + 1,
                                  "last_error": None})], new)

    def _discover(self, row: Row, ex: Exchange):
        """Links on a discovery page, and further discovery pages (sitemap children, next index page)."""
        from ..decoding import decode_bytes

        more: list[NewUrl] = []
        if row.kind == "sitemap":
            sm = discover.parse_sitemap(ex.content, ex.url)
            for child in sm.sitemaps[:1000]:
                if not url_problem(child, self.s.http.allow_hosts):
                    more.append(NewUrl(key=normalize_url(child), url=child, kind="sitemap", host=host_key(child),
                                       priority=PRIORITY["sitemap"], found_via=row.url))
            return sm.links, more
        if row.kind == "rss":
            return discover.parse_rss(ex.content, ex.url), more
        html, _ = decode_bytes(ex.content, ex.content_type)
        if row.kind == "index":
            page = discover.parse_index_page(html, ex.url)
            page_no = _page_number(ex.url)
            if page.links and page.next_url and page_no < self.s.max_index_pages \
                    and not url_problem(page.next_url, self.s.http.allow_hosts) \
                    and host_key(page.next_url) == host_key(ex.url):
                more.append(NewUrl(key=normalize_url(page.next_url), url=page.next_url, kind="index",
                                   host=host_key(page.next_url), priority=PRIORITY["index"], found_via=row.url))
            return page.links, more
        return discover.parse_listing(html, ex.url), more

    def _article_urls(self, links, from_index: bool) -> list[NewUrl]:
        out = []
        for link in discover.dedupe(links):
            inside = discover.in_range(link, self.s.start, self.s.end)
            if inside is False or (inside is None and not from_index):
                continue
            url = article_fetch_url(link.url)
            if url_problem(url, self.s.http.allow_hosts):
                continue
            out.append(NewUrl(key=link.key, url=url, kind=ARTICLE, host=host_key(url), priority=PRIORITY["article"],
                              found_via=link.source, published=link.published, title=link.title, section=link.section))
        return out


def _page_number(url: str) -> int:
    from urllib.parse import parse_qs

    value = (parse_qs(urlsplit(url).query).get("page") or ["1"])[0]
    return int(value) if value.isdigit() else 1


def crawl(settings: CrawlSettings, extractor=None, stream=sys.stderr) -> CrawlReport:
    return Crawler(settings, extractor=extractor, stream=stream).run()


__all__ = ["CrawlSettings", "CrawlReport", "CrawlError", "Crawler", "crawl"]
