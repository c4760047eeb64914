"""`extractor crawl` on the command line: clear errors for bad input, a run end to end."""
from __future__ import annotations

import fcntl
from datetime import date

import pytest

from crawl_helpers import CLI_FLAGS, DAYS
from extractor import cli
from fake_tribun import FakeTribun


def run(capsys, *argv):
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_help_lists_the_options(capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["crawl", "--help"])
    assert stop.value.code == 0
    text = capsys.readouterr().out
    for option in ("--site", "--from", "--to", "--section", "--out", "--extract", "--delay", "--contact",
                   "--allow-host", "--allow-private-addresses", "robots.txt", "?page=all"):
        assert option in text


@pytest.mark.parametrize("bad", ["2025-3-1", "kemarin", "2025-02-30"])
def test_bad_dates(capsys, tmp_path, bad):
    with pytest.raises(SystemExit) as stop:
        cli.main(["crawl", "--site", "babel.tribunnews.com", "--from", bad, "--to", "2025-03-31", "--out", str(tmp_path)])
    assert stop.value.code == 2
    assert "is not a date" in capsys.readouterr().err


def test_period_backwards(capsys, tmp_path):
    code, _out, err = run(capsys, "crawl", "--site", "babel.tribunnews.com", "--from", "2025-03-31", "--to", "2025-03-01",
                          "--out", str(tmp_path))
    assert code == 2 and "is after" in err


def test_site_not_in_the_allow_list(capsys, tmp_path):
    code, _out, err = run(capsys, "crawl", "--site", "www.kompas.com", "--from", "2025-03-01", "--to", "2025-03-01",
                          "--out", str(tmp_path))
    assert code == 2 and "not in the allow-list" in err and "--allow-host www.kompas.com" in err
    code, _out, err = run(capsys, "crawl", "--site", "ftp://babel.tribunnews.com", "--from", "2025-03-01",
                          "--to", "2025-03-01", "--out", str(tmp_path))
    assert code == 2 and "not http(s)" in err


def test_loopback_needs_the_test_flag(capsys, tmp_path):
    code, _out, err = run(capsys, "crawl", "--site", "http://127.0.0.1:9", "--allow-host", "127.0.0.1:9",
                          "--from", "2025-03-01", "--to", "2025-03-01", "--out", str(tmp_path))
    assert code == 2 and "non-public address" in err


def test_unwritable_output_folder(capsys, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with FakeTribun(DAYS, faults=False) as site:
        code, _out, err = run(capsys, "crawl", "--site", site.base, "--allow-host", site.hostport,
                              "--from", "2025-03-01", "--to", "2025-03-01", "--out", str(blocker / "crawl"), *CLI_FLAGS)
        assert code == 2 and "cannot write to the output folder" in err
        code, _out, err = run(capsys, "crawl", "--site", site.base, "--allow-host", site.hostport,
                              "--from", "2025-03-01", "--to", "2025-03-01", "--out", str(blocker), *CLI_FLAGS)
        assert code == 2 and "not a folder" in err
        assert site.log == []


def test_end_to_end_and_a_second_crawl_in_the_same_folder_is_refused(capsys, tmp_path):
    days = [date(2025, 3, 1), date(2025, 3, 2), date(2025, 3, 3)]
    out = tmp_path / "crawl"
    with FakeTribun(days, faults=False, per_day=2) as site:
        argv = ["crawl", "--site", site.base, "--allow-host", site.hostport, "--from", "2025-03-01",
                "--to", "2025-03-03", "--out", str(out), "--contact", "riset@contoh.ac.id", *CLI_FLAGS]
        code, stdout, err = run(capsys, *argv)
        assert code == 0, err
        assert "articles:  6 archived (6 this run)" in stdout
        assert len(site.agents) == 1 and next(iter(site.agents)).endswith("(+contact: riset@contoh.ac.id)")
        with open(out / "crawl.lock", "a+") as held:
            fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            code, _stdout, err = run(capsys, *argv)
        assert code == 2 and "another crawl is running" in err


def test_progress_line_and_section_seeds(tmp_path):
    import io

    from crawl_helpers import settings
    from extractor.sources.crawl.crawler import Crawler, crawl

    with FakeTribun(DAYS, faults=False, per_day=1) as site:
        s = settings(tmp_path / "crawl", site)
        s.progress = True
        stream = io.StringIO()
        crawl(s, stream=stream)
        line = stream.getvalue()
        assert "pages 3" in line and "errors 0" in line and "queue 0" in line and "ETA" in line

    s = settings(tmp_path / "other", site)
    s.sites, s.sections = ["https://babel.tribunnews.com"], ["bangka", "belitung"]
    seeds = {u.url for u in Crawler(s).seeds()}
    assert "https://babel.tribunnews.com/bangka/sitemap-news.xml" in seeds
    assert "https://babel.tribunnews.com/index-news/belitung?date=2025-3-2&page=1" in seeds
    assert not any(u.endswith("/rss") for u in seeds)          # the feed has no section filter
    assert len(seeds) == 2 + 3 * 2
