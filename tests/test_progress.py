"""The progress lines drawn on a terminal: the batch's and the crawler's."""
import io

from extractor.progress import Progress, StatusLine, Summary
from extractor.sources.crawl.crawler import _Progress


def test_batch_progress_shows_counts_rate_and_eta():
    out = io.StringIO()
    bar = Progress(enabled=True, stream=out)
    summary = Summary(units=40, records=38, rejects=2)
    bar.update(summary, total=100, force=True)
    line = out.getvalue()
    assert line.startswith("\r40/100 units | 38 records | 2 rejects |")
    assert "units/s" in line and "ETA" in line
    bar.update(summary, total=100)              # within the interval: no redraw
    assert out.getvalue() == line
    bar.close()
    assert out.getvalue().endswith("\n")


def test_silent_when_not_a_terminal():
    out = io.StringIO()                          # StringIO.isatty() is False
    bar = Progress(stream=out)
    bar.update(Summary(units=1, records=1), force=True)
    bar.close()
    crawl = _Progress(None, out)
    crawl.update(3, 0, 5, 1, force=True)
    crawl.close()
    assert out.getvalue() == ""


def test_a_shorter_line_pads_over_the_longer_one_before_it():
    out = io.StringIO()
    line = StatusLine(enabled=True, stream=out)
    line.show("a long first line")
    line.show("short")
    assert out.getvalue().split("\r")[-1] == "short".ljust(len("a long first line"))


def test_crawl_progress_shows_pages_errors_queue():
    out = io.StringIO()
    bar = _Progress(True, out)
    bar.update(pages=12, errors=1, queued=30, hosts=2, force=True)
    text = out.getvalue()
    assert text.startswith("\rpages 12 | errors 1 | queue 30 |")
    assert "pages/min" in text and "hosts 2" in text
