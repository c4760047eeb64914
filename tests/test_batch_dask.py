"""--engine dask: the same shard function on a Dask LocalCluster bound to 127.0.0.1 gives the bytes of
a local run."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from batch_support import ROOT, real_or_synthetic_rows, write_jsonl

from extractor.batch import final_manifest_path, run_extract

pytest.importorskip("dask.distributed", reason="the dask extra is not installed (pip install '.[dask]')")


def test_dask_localcluster_equals_local_run(tmp_path):
    source = write_jsonl(tmp_path / "archive.jsonl", [json.dumps(r, ensure_ascii=False) for r in real_or_synthetic_rows(80)])
    out = tmp_path / "dask" / "records.jsonl"
    done = subprocess.run([sys.executable, "-m", "extractor.cli", "extract", str(source), "-o", str(out),
                           "--parquet", str(tmp_path / "dask" / "facts.parquet"), "--engine", "dask",
                           "--workers", "2", "--shard-size", "10", "-q"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode in (0, 1), done.stderr
    assert "2 workers (dask)" in done.stdout
    reference = tmp_path / "local" / "records.jsonl"
    run_extract([str(source)], str(reference), parquet_path=str(tmp_path / "local" / "facts.parquet"),
                workers=1, shard_size=10, progress=False)
    assert out.read_bytes() == reference.read_bytes()
    assert (tmp_path / "dask" / "facts.parquet").read_bytes() == (tmp_path / "local" / "facts.parquet").read_bytes()
    rows = [json.loads(line) for line in final_manifest_path(str(out)).read_text().splitlines()]
    pids = {r["worker"]["pid"] for r in rows if r["kind"] == "shard"}
    assert len(rows) == 1 + 8 + 1 and len(pids) == 2


def test_scheduler_needs_the_dask_engine(tmp_path):
    done = subprocess.run([sys.executable, "-m", "extractor.cli", "extract", str(tmp_path), "-o", str(tmp_path / "r.jsonl"),
                           "--scheduler", "tcp://127.0.0.1:8786"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "--engine dask" in done.stderr
