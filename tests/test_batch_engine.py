"""The batch engine: shards on 1 or 2 local workers give the same bytes as one plain pass; the
manifest says what each shard read and wrote; an interrupted run resumes only as itself."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from batch_support import page, real_or_synthetic_rows, write_jsonl, write_warc

from extractor import batch
from extractor.batch import RunError, final_manifest_path, parts_dir, plan_shards, run_extract
from extractor.records import Record
from extractor.sources.archive import iter_units


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """A mix: a JSONL archive (with a bad line), a WARC of derived pages, loose pages and a text dump."""
    root = tmp_path_factory.mktemp("inputs")
    rows = real_or_synthetic_rows(150)
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    lines.insert(40, "{broken json")
    write_jsonl(root / "archive.jsonl", lines, blank_every=37)
    pages = []
    for i, row in enumerate(rows[:30]):
        url = f"https://babel.tribunnews.com/2025/03/{1 + i % 28:02d}/berita-uji-{i}"
        paragraphs = [p for p in row["text"].split(". ") if p][:12]
        pages.append((url, page(row.get("title") or f"Judul {i}", paragraphs, url)))
    write_warc(root / "pages.warc.gz", pages)
    loose = root / "loose"
    loose.mkdir()
    for i, (url, html) in enumerate(pages[:7]):
        (loose / f"p{i}.html").write_text(html, encoding="utf-8")
    (loose / "dump.txt").write_text("PANGKALPINANG, BANGKA POS - " + rows[0]["text"], encoding="utf-8")
    (loose / "empty.html").write_text("", encoding="utf-8")
    return [str(root / "archive.jsonl"), str(root / "pages.warc.gz"), str(loose)]


def _run(inputs, out: Path, **kw):
    kw.setdefault("workers", 1)
    kw.setdefault("shard_size", 25)
    records = out / "records.jsonl"
    summary = run_extract(inputs, str(records), parquet_path=str(out / "facts.parquet"), progress=False, **kw)
    return summary, records


def _files(out: Path) -> dict:
    return {name: (out / name).read_bytes() for name in ("records.jsonl", "records.rejects.jsonl", "facts.parquet")}


@pytest.fixture(scope="module")
def reference(inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("ref")
    summary, records = _run(inputs, out)
    return summary, out


def test_sharded_output_equals_one_plain_pass(inputs, reference):
    summary, out = reference
    extractor = batch.worker_extractor()
    records, rejects = [], []
    for unit in iter_units(inputs):
        if type(unit).__name__ == "SourceSkip":
            continue
        result = extractor.process(unit)
        (records if isinstance(result, Record) else rejects).append(result.model_dump_json())
    assert (out / "records.jsonl").read_text(encoding="utf-8").splitlines() == records
    assert (out / "records.rejects.jsonl").read_text(encoding="utf-8").splitlines() == rejects
    assert summary.records == len(records) > 150 and summary.rejects == len(rejects) >= 2
    assert summary.skipped == 2 and summary.shards > 6


def test_two_workers_write_the_same_bytes(inputs, reference, tmp_path):
    summary, out = reference
    summary2, _ = _run(inputs, tmp_path, workers=2)
    assert _files(tmp_path) == _files(out)
    assert summary2.counts() == summary.counts()
    pids = {r["worker"]["pid"] for r in _rows(tmp_path)}
    assert len(pids) == 2                                # both workers took shards


def _rows(out: Path, kind="shard"):
    rows = [json.loads(line) for line in final_manifest_path(str(out / "records.jsonl")).read_text().splitlines()]
    return [r for r in rows if r["kind"] == kind]


def test_manifest_says_what_each_shard_read_and_wrote(inputs, reference):
    summary, out = reference
    assert not parts_dir(str(out / "records.jsonl")).exists()
    run = _rows(out, "run")[0]
    shards = _rows(out)
    assert run["shards"] == len(shards) == summary.shards
    assert [r["shard"] for r in shards] == list(range(len(shards)))
    assert sum(r["counts"]["records"] for r in shards) == summary.records
    assert sum(r["counts"]["rejects"] for r in shards) == summary.rejects
    jsonl = [r for r in shards if r["inputs"][0]["path"].endswith("archive.jsonl")]
    assert len(jsonl) > 3
    assert jsonl[0]["inputs"][0]["start"] == 0 and jsonl[1]["inputs"][0]["first"] == 26
    assert all(a["inputs"][0]["end"] == b["inputs"][0]["start"] for a, b in zip(jsonl, jsonl[1:]))
    for row in shards:
        assert set(row["files"]) == {"records", "rejects", "parquet"}
        assert all(len(f["sha256"]) == 64 for f in row["files"].values())
        assert row["models_version"] == run["models_version"]
        assert set(row["stage_seconds"]) == set(batch.STAGES)
    merged = _rows(out, "merged")[0]
    assert merged["summary"]["records"] == summary.records
    assert batch._outputs_intact(merged["outputs"])


def test_plan_does_not_depend_on_workers_and_groups_small_files(inputs):
    shards = plan_shards(inputs, 25)
    assert plan_shards(inputs, 25) == shards
    loose = [s for s in shards if s["pieces"][0]["path"].endswith((".html", ".txt"))]
    assert len(loose) == 1 and len(loose[0]["pieces"]) == 9


class Boom(Exception):
    pass


def _interrupt_after(monkeypatch, n_ok: int):
    """Make the in-process run die after n_ok shards, as a kill would (the parts dir stays)."""
    real = batch.run_shard
    calls = []

    def flaky(shard, job, on_unit=None):
        calls.append(shard["index"])
        if len(calls) > n_ok:
            raise Boom("killed")
        return real(shard, job, on_unit)

    monkeypatch.setattr(batch, "run_shard", flaky)
    return calls


def test_interrupted_run_resumes_to_the_same_bytes(inputs, reference, tmp_path, monkeypatch):
    _, ref = reference
    _interrupt_after(monkeypatch, 3)
    with pytest.raises(Boom):
        _run(inputs, tmp_path)
    run_dir = parts_dir(str(tmp_path / "records.jsonl"))
    assert len((run_dir / "manifest.jsonl").read_text().splitlines()) == 1 + 3
    assert not (tmp_path / "records.jsonl").exists()
    # without --resume: a clear refusal, nothing mixed
    monkeypatch.undo()
    with pytest.raises(RunError, match="unfinished run.*--resume"):
        _run(inputs, tmp_path)
    # a shard's part damaged since: it runs again; a kill mid-row left a broken last line
    (run_dir / "part-00001.jsonl").write_text("{}\n")
    with open(run_dir / "manifest.jsonl", "a") as fh:
        fh.write('{"kind": "shard", "shard": 3, "na')
    (run_dir / "part-00003.jsonl.123-abc.tmp").write_text("half")
    calls = _interrupt_after(monkeypatch, 10_000)
    summary, _ = _run(inputs, tmp_path, resume=True, workers=1)
    assert calls[:2] == [1, 3]                          # shards 0 and 2 were kept
    assert summary.shards_resumed == 2
    assert _files(tmp_path) == _files(ref)
    assert not run_dir.exists()
    # resuming a finished run does nothing
    calls.clear()
    again, _ = _run(inputs, tmp_path, resume=True)
    assert calls == [] and again.records == summary.records


@pytest.mark.parametrize("change", ["shard_size", "published", "input"])
def test_resume_refuses_a_different_run(inputs, tmp_path, monkeypatch, change):
    sub = [inputs[0]]
    copy = tmp_path / "archive.jsonl"
    copy.write_bytes(Path(sub[0]).read_bytes())
    _interrupt_after(monkeypatch, 1)
    with pytest.raises(Boom):
        _run([str(copy)], tmp_path / "out")
    monkeypatch.undo()
    kw = {"resume": True}
    if change == "shard_size":
        kw["shard_size"] = 30
    elif change == "published":
        kw["published"] = "2025-03-23"
    else:
        with open(copy, "a") as fh:
            fh.write(json.dumps({"text": "Satu baris lagi."}) + "\n")
    with pytest.raises(RunError, match="cannot resume.*" + {"shard_size": "shard_size 25 then, 30 now",
                                                             "published": "published None then",
                                                             "input": "inputs changed"}[change]):
        _run([str(copy)], tmp_path / "out", **kw)


def test_a_run_in_progress_is_not_joined(inputs, tmp_path):
    import fcntl
    run_dir = parts_dir(str(tmp_path / "records.jsonl"))
    run_dir.mkdir(parents=True)
    with open(run_dir / ".lock", "a+") as fh:
        fh.write("pid 4242 on elsewhere")
        fh.flush()
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        with pytest.raises(RunError, match="in use by another extraction"):
            _run([inputs[0]], tmp_path, resume=True)


def test_empty_input(tmp_path):
    empty = tmp_path / "nothing"
    empty.mkdir()
    summary, records = _run([str(empty)], tmp_path / "out")
    assert summary.units == 0 and records.read_text() == ""
    import pyarrow.parquet as pq
    assert pq.read_table(tmp_path / "out" / "facts.parquet").num_rows == 0


def test_memory_zones_do_not_change_records(inputs, reference, tmp_path, monkeypatch):
    """After WARM_UNITS units a worker runs each shard in a spaCy memory zone; zoned or not, same bytes."""
    _, ref = reference
    monkeypatch.setattr(batch, "WARM_UNITS", 0)
    _run(inputs, tmp_path / "zoned")
    assert _files(tmp_path / "zoned") == _files(ref)
    monkeypatch.setattr(batch, "WARM_UNITS", 10**9)
    _run(inputs, tmp_path / "open")
    assert _files(tmp_path / "open") == _files(ref)


def test_multi_page_articles_are_stitched_within_a_shard(tmp_path):
    """The pages of a multi-page article are stitched when one shard holds them (small files are
    grouped, so they usually do); cut apart by the plan, each part is flushed with a warning."""
    fixture = Path(__file__).resolve().parent.parent / "corpus" / "fixtures" / "tribun" / "v1-multipage"
    if not fixture.exists():
        pytest.skip("no multi-page fixture in this checkout")
    together, records = _run([str(fixture)], tmp_path / "together", shard_size=100, workers=2)
    assert together.records == 1 and json.loads(records.read_text())["pages"] == 2
    apart, records = _run([str(fixture)], tmp_path / "apart", shard_size=1, workers=2)
    rows = [json.loads(line) for line in records.read_text().splitlines()]
    assert apart.records == 2 and all(r["pages"] == 1 for r in rows)
    assert all(any("flushed before complete" in w for w in r["provenance"]["warnings"]) for r in rows)
