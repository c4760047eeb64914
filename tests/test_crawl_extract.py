"""--extract streams records as pages arrive, exactly once across a resume; `extractor extract DIR`
reads the crawl's WARCs later and gives the same records (and not the crawl's own outputs)."""
from __future__ import annotations

import json
import sqlite3

import pytest

from crawl_helpers import DAYS, settings
from extractor import cli
from extractor.sources.crawl.crawler import crawl
from fake_tribun import FakeTribun


@pytest.fixture(scope="module")
def extractor():
    from extractor.extraction import Extractor
    return Extractor()


def lines(path):
    return [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]


def test_records_stream_out_and_extract_dir_agrees(tmp_path, extractor):
    out = tmp_path / "crawl"
    with FakeTribun(DAYS, offsite="http://127.0.0.1:9") as site:
        report = crawl(settings(out, site, extract=True), extractor=extractor)
        records = lines(out / "records.jsonl")
        assert report.records == len(records) == len(site.reachable())
        assert not lines(out / "rejects.jsonl")
        db = sqlite3.connect(out / "frontier.sqlite")
        expected = {f"{out}/warc/{f}@{o}" for f, o in db.execute(
            "SELECT warc_file, warc_offset FROM urls WHERE kind = 'article' AND status = 'done'")}
        db.close()
        assert {r["provenance"]["source"] for r in records} == expected

        by_title = {r["title"]: r for r in records}
        wrong_charset = by_title["Berita Uji Salah Charset"]
        assert "kafé “Pangkalpinang”" in wrong_charset["text"]
        assert "kafé “Pangkalpinang”" in by_title["Berita Uji Gzip Biasa"]["text"]
        assert all(r["authors"] == ["Sela Agustika"] and r["editor"] == "Dedy Qurniawan" for r in records)
        assert all(r["published_at"].startswith("2025-03-0") for r in records)
        # a whole article: ?page=all gave both halves
        assert all("Rp 2,5 miliar" in r["text"] for r in records)

        # later: extract the folder; the crawl's records/rejects/report are not inputs
        again = tmp_path / "again.jsonl"
        code = cli.main(["extract", str(out), "-o", str(again), "-q"])
        assert code == 0
        assert sorted(r["id"] for r in lines(again)) == sorted(r["id"] for r in records)

        # a kill after pages were archived but before their records were written, mid-line
        kept = (out / "records.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
        (out / "records.jsonl").write_text("".join(kept[:-3]) + kept[-3][:40], encoding="utf-8")
        report = crawl(settings(out, site, extract=True), extractor=extractor)
        resumed = lines(out / "records.jsonl")
        assert report.archived == 0 and report.records == 3
        assert sorted(r["provenance"]["source"] for r in resumed) == sorted(expected)
