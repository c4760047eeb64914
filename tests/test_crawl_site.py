"""The crawler against a fake Tribun site on 127.0.0.1 (two hosts, one full of faults, and an
off-site server that must never be reached)."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from crawl_helpers import DAYS, DELAY, ok_articles, settings
from extractor.sources.crawl.crawler import crawl
from fake_tribun import FakeTribun

TOLERANCE = 0.01


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    out = tmp_path_factory.mktemp("crawl")
    with FakeTribun(DAYS, faults=False, prefix="luar-") as offsite, \
            FakeTribun(DAYS, offsite=offsite.base) as babel, \
            FakeTribun(DAYS, faults=False, crawl_delay=0.15, prefix="bel-") as belitung:
        report = crawl(settings(out, babel, belitung))
        yield {"out": out, "report": report, "babel": babel, "belitung": belitung, "offsite": offsite}


def rows(out: Path) -> dict[str, tuple]:
    db = sqlite3.connect(out / "frontier.sqlite")
    try:
        return {url.split("?")[0].split("/", 3)[3]: (status, error, attempts)
                for url, status, error, attempts in db.execute("SELECT url, status, last_error, attempts FROM urls WHERE kind = 'article'")}
    finally:
        db.close()


def test_every_reachable_article_is_archived_exactly_once(crawled):
    counts = ok_articles(crawled["out"])
    expected = crawled["babel"].reachable() | crawled["belitung"].reachable()
    assert set(counts) == expected
    assert all(n == 1 for n in counts.values()), {p: n for p, n in counts.items() if n != 1}
    assert crawled["report"].complete
    assert crawled["report"].archived == len(expected)


def test_unreachable_articles_fail_for_the_right_reason(crawled):
    babel = crawled["babel"]
    state = rows(crawled["out"])
    assert not set(ok_articles(crawled["out"])) & babel.unreachable()

    def row(kind):
        return state[babel.faulty_path(kind).lstrip("/")]

    assert row("503")[0] == "failed" and "after 3 attempts" in row("503")[1]
    assert row("loop")[0] == "failed" and "redirect loop" in row("loop")[1]
    assert row("offsite")[0] == "failed" and "not in the allow-list" in row("offsite")[1]
    assert row("huge")[0] == "failed" and "limit" in row("huge")[1]
    assert row("huge_cl")[0] == "failed" and "Content-Length" in row("huge_cl")[1]
    assert row("bomb")[0] == "failed" and "decompression bomb" in row("bomb")[1]
    assert row("moved")[0] == "redirect"            # its target is archived once, under its own URL
    assert state[babel.missing.lstrip("/")][0] == "failed"   # a 404 from the RSS feed
    assert state[babel.disallowed.lstrip("/")][0] == "skipped"


def test_faults_that_recover_are_archived_after_retrying(crawled):
    babel = crawled["babel"]
    for kind, least in (("429", 2), ("500x2", 3), ("stall", 2), ("reset", 2), ("truncated", 2)):
        assert babel.hits[babel.faulty_path(kind)] >= least, kind
    t429 = [t for t, p in babel.requests_for(babel.faulty_path("429"))]
    assert t429[1] - t429[0] >= 1.0 - TOLERANCE     # Retry-After: 1 honoured


def test_failed_exchanges_are_archived_as_metadata(crawled):
    kinds = set()
    for warc in (crawled["out"] / "warc").glob("*.warc.gz"):
        with open(warc, "rb") as fh:
            for rec in ArchiveIterator(fh):
                if rec.rec_type == "metadata":
                    info = json.loads(rec.content_stream().read())
                    if info.get("error_kind"):
                        kinds.add(info["error_kind"])
    assert {"bomb", "too_large", "truncated", "timeout"} <= kinds


def test_offsite_server_is_never_contacted(crawled):
    assert crawled["offsite"].log == []


def test_disallowed_and_out_of_range_paths_are_never_requested(crawled):
    for site in (crawled["babel"], crawled["belitung"]):
        paths = [p for _t, p in site.log]
        assert not [p for p in paths if p.startswith("/rahasia/") or "cetak=" in p]
        assert not [p for p in paths if p.startswith(site.out_of_range)]
        assert paths[0] == "/robots.txt"


def test_articles_are_fetched_once_as_page_all(crawled):
    for site in (crawled["babel"], crawled["belitung"]):
        for _t, p in site.log:
            if p.split("?")[0] in site.articles:
                assert p.endswith("?page=all"), p
        for path, n in site.served_ok.items():
            assert n == 1, (path, n)


def gaps(times):
    return [b - a for a, b in zip(times, times[1:])]


def test_per_host_delay_holds(crawled):
    babel, belitung = crawled["babel"].times(), crawled["belitung"].times()
    assert len(babel) > 30 and len(belitung) > 10
    assert min(gaps(babel)) >= DELAY - TOLERANCE
    assert min(gaps(belitung)) >= 0.15 - TOLERANCE       # robots.txt Crawl-delay: 0.15 raises it


def test_hosts_are_crawled_concurrently(crawled):
    babel, belitung = crawled["babel"].times(), crawled["belitung"].times()
    assert max(babel[0], belitung[0]) < min(babel[-1], belitung[-1])


def test_report_is_written(crawled):
    report = json.loads((crawled["out"] / "report.json").read_text())
    assert report["complete"] is True
    assert report["articles_archived_this_run"] == crawled["report"].archived
    text = crawled["report"].render()
    assert "articles:" in text and "failed" in text


def test_a_second_run_fetches_no_article_again(crawled):
    babel = crawled["babel"]
    before = len(babel.log)
    report = crawl(settings(crawled["out"], babel, crawled["belitung"]))
    new = [p for _t, p in babel.log[before:]]
    assert report.archived == 0
    assert all(p == "/robots.txt" for p in new), new
    assert all(n == 1 for n in ok_articles(crawled["out"]).values())
