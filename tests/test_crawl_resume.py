"""Kill the crawl (kill -9) mid-way, run it again: the archive ends with the same content as an
uninterrupted crawl, each article exactly once, and every WARC file reads cleanly to its end."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path
from urllib.parse import urlsplit

from crawl_helpers import CLI_FLAGS, DAYS, archived, ok_articles, python, settings
from extractor.sources.archive import SourceError, iter_units
from extractor.sources.crawl.crawler import crawl
from fake_tribun import FakeTribun


def crawl_command(site: FakeTribun, out: Path) -> list[str]:
    return [python(), "-m", "extractor.cli", "crawl", "--site", site.base, "--allow-host", site.hostport,
            "--from", DAYS[0].isoformat(), "--to", DAYS[-1].isoformat(), "--out", str(out), *CLI_FLAGS]


def served(site: FakeTribun) -> int:
    with site._lock:
        return sum(site.served_ok.values())


def committed(out: Path) -> set[str]:
    db = sqlite3.connect(f"file:{out / 'frontier.sqlite'}?mode=ro", uri=True)
    try:
        return {urlsplit(u).path for (u,) in db.execute(
            "SELECT url FROM urls WHERE kind = 'article' AND status = 'done'")}
    finally:
        db.close()


def ok_set(out: Path) -> set[tuple[str, str]]:
    return {(p, d) for p, d, status in archived(out) if 200 <= status < 300}


def test_killed_and_resumed_crawl_equals_uninterrupted(tmp_path):
    with FakeTribun(DAYS, faults=False, prefix="luar-") as offsite:
        with FakeTribun(DAYS, offsite=offsite.base) as site:
            reference = tmp_path / "reference"
            crawl(settings(reference, site))
            site.reset()     # the same site (same URLs, same pages), its faults armed again
            out = tmp_path / "killed"
            kills = 0
            had: list[tuple[set[str], int]] = []     # (articles committed at a kill, log position)
            for stop_at in (5, 13):
                proc = subprocess.Popen(crawl_command(site, out), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                deadline = time.monotonic() + 30
                while served(site) < stop_at and proc.poll() is None and time.monotonic() < deadline:
                    time.sleep(0.005)
                assert proc.poll() is None, f"the crawl ended before it could be killed: {proc.stderr.read().decode()}"
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
                kills += 1
                had.append((committed(out), len(site.log)))
                assert not ok_articles(out) or max(ok_articles(out).values()) == 1
            done = subprocess.run(crawl_command(site, out), capture_output=True, text=True, timeout=60)
            assert done.returncode == 1, done.stderr       # some articles fail for good (the fault endpoints)
            assert "articles:" in done.stdout

    counts = ok_articles(out)
    assert all(n == 1 for n in counts.values()), {p: n for p, n in counts.items() if n != 1}
    assert ok_set(out) == ok_set(reference)
    assert set(counts) == site.reachable()
    # what a killed run had committed is never requested again
    assert kills == 2 and had[0][0]
    for done, position in had:
        again = {p.split("?")[0] for _t, p in site.log[position:]} & done
        assert not again, again
    # every WARC reads to its end: no truncated record anywhere
    assert not [u for u in iter_units([str(out)]) if isinstance(u, SourceError)]
    db = sqlite3.connect(out / "frontier.sqlite")
    assert db.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 3
    assert db.execute("SELECT COUNT(*) FROM urls WHERE status = 'queued'").fetchone()[0] == 0
    db.close()


def test_uncommitted_and_torn_tail_is_cut_on_restart(tmp_path):
    with FakeTribun(DAYS, faults=False) as site:
        out = tmp_path / "crawl"
        crawl(settings(out, site))
        before = ok_set(out)
        warc = sorted((out / "warc").glob("*.warc.gz"))[-1]
        size = warc.stat().st_size
        data = warc.read_bytes()
        # a kill after the fsync but before the commit leaves a whole group the frontier does not
        # know; a kill inside a write leaves a torn one
        with open(warc, "ab") as fh:
            fh.write(data[-3000:])
            fh.write(data[1000:1500])
        (out / "warc" / "crawl-09999-000.warc.gz").write_bytes(data[:700])   # never committed at all
        report = crawl(settings(out, site))
        assert warc.stat().st_size == size
        assert not (out / "warc" / "crawl-09999-000.warc.gz").exists()
        assert any("uncommitted" in note for note in report.recovered)
        assert ok_set(out) == before
        assert not [u for u in iter_units([str(out)]) if isinstance(u, SourceError)]
