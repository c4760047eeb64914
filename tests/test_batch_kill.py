"""kill -9 a two-worker run mid-way, resume it with the same arguments, and get exactly the records of
an uninterrupted run: none lost, none duplicated, same order.

The runs are `extractor extract` (cli.main) in forked child processes, each the leader of its own
process group with its own worker pool, so `killpg(SIGKILL)` kills the run and its workers at once,
as a kill -9 of a job would. Forking from the test process spares each run the pipeline load."""
from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

from batch_support import real_or_synthetic_rows, write_jsonl

from extractor import batch, cli
from extractor.batch import parts_dir, run_extract


def _fork_cli(args: list[str], log: Path) -> int:
    pid = os.fork()
    if pid == 0:                                    # the child: a run of its own
        code = 99
        try:
            os.setsid()
            import sys
            sys.stdout = sys.stderr = open(log, "w", buffering=1, encoding="utf-8")   # not pytest's capture
            code = cli.main(["extract", *args])
        except BaseException:
            import traceback
            traceback.print_exc()
        finally:
            sys.stdout.flush()
            os._exit(code)
    return pid


def _exit_code(pid: int) -> int:
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def test_kill_9_then_resume_equals_an_uninterrupted_run(tmp_path):
    source = write_jsonl(tmp_path / "archive.jsonl", [json.dumps(r, ensure_ascii=False) for r in real_or_synthetic_rows(600)])
    reference = tmp_path / "ref" / "records.jsonl"
    run_extract([str(source)], str(reference), parquet_path=str(tmp_path / "ref" / "facts.parquet"),
                workers=1, shard_size=10, progress=False)     # also loads the pipeline the children inherit
    batch.worker_extractor()

    out = tmp_path / "out" / "records.jsonl"
    args = [str(source), "-o", str(out), "--parquet", str(tmp_path / "out" / "facts.parquet"),
            "--workers", "2", "--shard-size", "10", "-q"]
    run_dir = parts_dir(str(out))
    manifest = run_dir / "manifest.jsonl"

    pid = _fork_cli(args, tmp_path / "killed.log")
    deadline = time.monotonic() + 240
    finished = 0
    while time.monotonic() < deadline:
        if manifest.exists():
            finished = sum('"kind": "shard"' in line for line in manifest.read_text().splitlines())
            if finished >= 4:
                break
        assert os.waitpid(pid, os.WNOHANG) == (0, 0), (tmp_path / "killed.log").read_text()
        time.sleep(0.02)
    os.killpg(pid, signal.SIGKILL)
    assert _exit_code(pid) == -signal.SIGKILL
    assert finished >= 4
    assert not out.exists(), "a killed run must not leave a records file that looks finished"
    done = [json.loads(line) for line in manifest.read_text().splitlines()[1:] if line.strip().endswith("}")]
    assert 4 <= len(done) < 60                           # 60 shards planned: some, not all, were done

    pid = _fork_cli(args + ["--resume"], tmp_path / "resumed.log")
    code = _exit_code(pid)
    log = (tmp_path / "resumed.log").read_text()
    assert code in (0, 1), log
    assert "done by the earlier run" in log
    assert not run_dir.exists()

    got = out.read_text(encoding="utf-8").splitlines()
    want = reference.read_text(encoding="utf-8").splitlines()
    assert len(got) == len(want) > 550
    assert len({json.loads(line)["provenance"]["source"] for line in got}) == len(got)     # none duplicated
    for a, b in zip(got, want):                                              # none lost, record for record
        assert a == b
    assert (tmp_path / "out" / "facts.parquet").read_bytes() == (tmp_path / "ref" / "facts.parquet").read_bytes()
    assert (tmp_path / "out" / "records.rejects.jsonl").read_bytes() == (tmp_path / "ref" / "records.rejects.jsonl").read_bytes()
