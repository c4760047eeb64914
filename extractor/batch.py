"""Batch extraction at scale: every input unit to exactly one record or one reject line, on all cores
or on a Dask cluster, resumable after a kill.

The unit of work is a *shard*: a slice of the inputs (a span of a JSONL/CSV/WARC file, or a group of
small files) that one worker turns into its own part files, written `.tmp` then renamed:

    <stem>.parts/part-00007.jsonl            records of shard 7
    <stem>.parts/part-00007.rejects.jsonl    its rejects
    <stem>.parts/part-00007.parquet          its facts (with --parquet)
    <stem>.parts/manifest.jsonl              a run row (arguments, plan hash, versions), then one row
                                             per finished shard: inputs, counts, sha256 of each part

(`<stem>` is the records path without `.jsonl`.) When every shard is done, the parts are merged in
shard order into the -o / --rejects / --parquet files (atomically), the manifest moves beside them as
`<stem>.manifest.jsonl` with a final row holding the outputs' checksums, and the parts go. The plan
depends only on the inputs and --shard-size, so the output is byte-identical whatever the engine and
the number of workers.

A killed run leaves its parts directory; `--resume` with the same arguments checks the plan and the
versions against the manifest, keeps the shards whose part files still match their checksums and runs
the rest. Without --resume an unfinished run is never silently mixed with a new one.

Memory stays flat: readers and writers stream, a worker keeps nothing across units (after its first
WARM_UNITS units, the strings spaCy adds for a shard's texts are freed with the shard), and the
coordinator holds only the plan and counters. The one exception is within a shard: the pages of a
multi-page article wait until the article is complete (`results_for`, PageGroups, bounded by its
max_open). Pages are stitched when they fall in the same shard; a shard's incomplete articles are
flushed at its end with a warning, as a single pass flushes them at the end of the input.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import socket
import sys
import time
import uuid
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from time import perf_counter
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Optional

from . import __version__
from .progress import Progress, Summary
from .records import Record, Reject
from .resources import models_version
from .sinks import ParquetFactSink, RecordSink, RejectSink
from .sites.multipage import PageGroups
from .sources.archive import SourceSkip, Span, iter_file_units, iter_input_files, split_file

if TYPE_CHECKING:
    from .extraction import Extractor

DEFAULT_SHARD_SIZE = 100          # units per shard: 2,000 pages make 20 shards, enough to balance a few cores
MANIFEST = "manifest.jsonl"
STAGES = ("load", "read", "parse", "nlp", "validate", "write")
# The first units a process extracts may grow spaCy's vocabulary and tokenizer cache for good (the
# frequent words); every later shard runs in a memory zone that frees what its texts added. Zoned,
# the tokenizer caches nothing new, so zoning from the first page would cost ~15% (measured).
WARM_UNITS = 500
_warmed = {"units": 0}


class RunError(Exception):
    """A run that cannot start or finish as asked (a mismatched resume, a directory in use, ...)."""


def results_for(extractor: Extractor, pages: PageGroups, unit) -> list:
    """One input unit -> the Records/Rejects it completes: usually exactly one; none while it is a
    page of a multi-page article still waiting for its other pages; several when it completes one.
    At the end of the input call `flush_pages` for the articles that never completed."""
    parsed = extractor.parse(unit)
    if isinstance(parsed, Reject):
        return [parsed]
    return [extractor.finish(doc, article) for doc, article in pages.add(unit, parsed)]


def flush_pages(extractor: Extractor, pages: PageGroups) -> list:
    return [extractor.finish(doc, article) for doc, article in pages.flush()]


def default_rejects_path(records_path: str) -> str:
    return str(_stem(records_path).with_name(_stem(records_path).name + ".rejects.jsonl"))


def _stem(records_path: str) -> Path:
    p = Path(records_path)
    return p.with_name(p.name[: -len(".jsonl")] if p.name.endswith(".jsonl") else p.name)


def parts_dir(records_path: str) -> Path:
    stem = _stem(records_path)
    return stem.with_name(stem.name + ".parts")


def final_manifest_path(records_path: str) -> Path:
    stem = _stem(records_path)
    return stem.with_name(stem.name + ".manifest.jsonl")


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


# --- the plan --------------------------------------------------------------------------------------

def plan_shards(inputs: Iterable[str], shard_size: int = DEFAULT_SHARD_SIZE) -> list[dict]:
    """The inputs cut into shards of about `shard_size` units, in input order. Big files are split
    at unit boundaries (see `split_file`); small files are grouped. A shard is JSON-able: it travels
    to workers and into the manifest."""
    shards: list[dict] = []
    pieces: list[dict] = []
    units = 0

    def flush():
        nonlocal pieces, units
        if pieces:
            shards.append({"index": len(shards), "pieces": pieces, "units": units})
        pieces, units = [], 0

    for path, _explicit in iter_input_files(inputs):
        try:
            st = path.stat()
            identity = {"size": st.st_size, "mtime_ns": st.st_mtime_ns}
        except OSError:
            identity = {"size": -1, "mtime_ns": 0}
        spans = split_file(path, shard_size)
        for span in spans:
            piece = {"path": str(path), **identity, "units": span.units}
            if not span.whole:
                piece.update(start=span.start, end=span.end, first=span.first)
            if len(spans) > 1 or units + span.units > shard_size:
                flush()
            pieces.append(piece)
            units += span.units
            if len(spans) > 1:
                flush()
    flush()
    width = max(5, len(str(len(shards) - 1)))
    for shard in shards:
        shard["name"] = f"part-{shard['index']:0{width}d}"
    return shards


def plan_hash(args: dict, shards: list[dict]) -> str:
    blob = json.dumps({"args": args, "shards": shards}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


# --- the unit of work: one shard, in whatever process runs it --------------------------------------

def worker_extractor():
    """The process's Extractor (spaCy pipeline and data): loaded once per process, not per shard."""
    from . import _extractor
    return _extractor()


def _peak_rss_mb() -> Optional[float]:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    try:
        import resource
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)
    except Exception:
        return None


def _file_info(path: Path) -> dict:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return {"name": path.name, "sha256": digest.hexdigest(), "bytes": path.stat().st_size}


def part_paths(run_dir: Path, name: str, parquet: bool) -> dict[str, Path]:
    paths = {"records": run_dir / f"{name}.jsonl", "rejects": run_dir / f"{name}.rejects.jsonl"}
    if parquet:
        paths["parquet"] = run_dir / f"{name}.parquet"
    return paths


def iter_shard_units(shard: dict, job: dict):
    cwd = job.get("cwd") or os.getcwd()
    for piece in shard["pieces"]:
        path = Path(piece["path"])
        where = path if path.is_absolute() else Path(cwd) / path
        span = Span(piece["start"], piece["end"], piece["first"], piece["units"]) if "start" in piece else Span()
        yield from iter_file_units(where, url=job.get("url"), published=job.get("published"), span=span,
                                   name=piece["path"])


def run_shard(shard: dict, job: dict, on_unit: Optional[Callable[[Summary], None]] = None) -> dict:
    """Extract one shard into its part files; return its manifest row. Safe to run twice (the second
    attempt's files replace the first's, byte for byte the same)."""
    started = perf_counter()
    stages: Counter = Counter()
    t = perf_counter()
    extractor = worker_extractor()
    stages["load"] = perf_counter() - t
    extractor.take_timings()
    run_dir = Path(job["run_dir"])
    paths = part_paths(run_dir, shard["name"], job.get("parquet", False))
    suffix = f".{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp"
    records = RecordSink(paths["records"], tmp_suffix=suffix)
    rejects = RejectSink(paths["rejects"], tmp_suffix=suffix)
    facts = ParquetFactSink(paths["parquet"], tmp_suffix=suffix) if "parquet" in paths else None
    summary = Summary()
    zoned = _warmed["units"] >= WARM_UNITS

    def emit(result) -> None:
        if isinstance(result, Record):
            records.write(result)
            if facts is not None:
                facts.write(result)
            summary.records += 1
            summary.facts.update(f.type for f in result.facts)
            summary.statistics += len(result.statistics)
        else:
            rejects.write(result)
            summary.rejects += 1
            summary.reject_reasons[result.reason] += 1

    try:
        with extractor.memory_zone() if zoned else contextlib.nullcontext():
            pages = PageGroups()
            units = iter_shard_units(shard, job)
            while True:
                t = perf_counter()
                unit = next(units, None)
                stages["read"] += perf_counter() - t
                if unit is None:
                    break
                if isinstance(unit, SourceSkip):
                    summary.skipped += 1
                    continue
                summary.units += 1
                results = results_for(extractor, pages, unit)
                t = perf_counter()
                for result in results:
                    emit(result)
                stages["write"] += perf_counter() - t
                if on_unit is not None:
                    on_unit(summary)
            results = flush_pages(extractor, pages)
            t = perf_counter()
            for result in results:
                emit(result)
            stages["write"] += perf_counter() - t
        t = perf_counter()
        records.close()
        rejects.close()
        if facts is not None:
            facts.close()
        stages["write"] += perf_counter() - t
    except BaseException:
        for sink in (records, rejects, facts):
            if sink is not None:
                sink.abort()
                Path(sink.tmp).unlink(missing_ok=True)
        raise
    if not zoned:
        _warmed["units"] += summary.units
    stages.update(extractor.take_timings())
    files = {kind: _file_info(path) for kind, path in paths.items()}
    return {
        "kind": "shard", "shard": shard["index"], "name": shard["name"], "inputs": shard["pieces"],
        "counts": summary.counts(), "files": files,
        "extractor_version": __version__, "models_version": extractor.models_version,
        "seconds": round(perf_counter() - started, 3),
        "stage_seconds": {k: round(stages.get(k, 0.0), 4) for k in STAGES},
        "worker": {"host": socket.gethostname(), "pid": os.getpid(), "peak_rss_mb": _peak_rss_mb()},
    }


# --- engines: where shards run ---------------------------------------------------------------------

def _worker_init() -> None:
    """Local pool workers die with the coordinator (Linux), so a killed run leaves no orphan writing."""
    try:
        import ctypes
        import signal
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)          # PR_SET_PDEATHSIG
    except Exception:
        pass
    try:
        import signal
        signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the coordinator's to handle
    except Exception:
        pass


def run_local(shards: list[dict], job: dict, workers: int, on_unit: Optional[Callable[[Summary], None]] = None,
              stats: Optional[dict] = None) -> Iterator[dict]:
    """Shards in `workers` local processes (forked where the platform allows: workers inherit the
    Extractor loaded here once, `stats["load"]` seconds); one worker runs them in this process.
    Rows come back as shards finish."""
    if workers <= 1 or len(shards) <= 1:
        for shard in shards:
            yield run_shard(shard, job, on_unit)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    ctx = None
    if "fork" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("fork")
        t = perf_counter()
        worker_extractor()           # load once here: every forked worker starts with it (copy-on-write)
        if stats is not None:
            stats["load"] = stats.get("load", 0.0) + perf_counter() - t
        import gc
        gc.freeze()                  # the workers' collector then never walks (and so copies) the inherited heap
    pool = ProcessPoolExecutor(max_workers=min(workers, len(shards)), mp_context=ctx, initializer=_worker_init)
    futures = [pool.submit(run_shard, shard, job) for shard in shards]
    finished = False
    try:
        for future in as_completed(futures):
            yield future.result()
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:
            for future in futures:
                future.cancel()
            processes = list(getattr(pool, "_processes", {}).values())
            pool.shutdown(wait=False, cancel_futures=True)
            for process in processes:
                process.terminate()
            for process in processes:
                process.join(5)


def run_dask(shards: list[dict], job: dict, workers: int, scheduler: Optional[str] = None) -> Iterator[dict]:
    """The same shards on Dask distributed: a scheduler at `scheduler` (a cluster, SLURM via
    dask-jobqueue, ...), or a LocalCluster of `workers` single-threaded processes on 127.0.0.1.
    Workers need the package installed and the inputs and the parts directory at the same paths
    (a shared file system)."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError as exc:
        raise RunError("--engine dask needs the dask extra: pip install 'tribun-extractor[dask]'") from exc
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None)
        client = Client(cluster)
    token = uuid.uuid4().hex[:8]
    futures = []
    try:
        futures = [client.submit(run_shard, shard, job, key=f"extract-{shard['name']}-{token}", pure=False,
                                 priority=-shard["index"]) for shard in shards]
        for future in as_completed(futures):
            yield future.result()
    finally:
        for future in futures:
            future.cancel()
        client.close()
        if cluster is not None:
            cluster.close()


# --- the run directory: lock, manifest, resume -----------------------------------------------------

@contextmanager
def _locked(directory: Path):
    directory.mkdir(parents=True, exist_ok=True)
    lock_path = directory / ".lock"
    fh = open(lock_path, "a+")
    try:
        try:
            import fcntl
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:
            pass
        except OSError:
            fh.seek(0)
            holder = fh.read().strip()
            raise RunError(f"{directory} is in use by another extraction ({holder or 'a running process'}); "
                           "wait for it to finish") from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()} on {socket.gethostname()}")
        fh.flush()
        yield
    finally:
        fh.close()


def _read_rows(path: Path) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue          # a row cut short by a kill: that shard simply runs again
            if isinstance(row, dict):
                rows.append(row)
    return rows


def _write_rows(path: Path, rows: list[dict]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _differences(old: dict, new: dict) -> list[str]:
    out = []
    for key in ("extractor_version", "models_version"):
        if old.get(key) != new.get(key):
            out.append(f"{key} {old.get(key)} then, {new.get(key)} now")
    for key, value in new["args"].items():
        if old.get("args", {}).get(key) != value:
            out.append(f"{key} {old.get('args', {}).get(key)!r} then, {value!r} now")
    if not out and old.get("plan") != new.get("plan"):
        out.append("the inputs changed since (a file added, removed or modified)")
    return out


def _prepare(run_dir: Path, header: dict, shards: list[dict], resume: bool, parquet: bool) -> dict[int, dict]:
    """Start or resume the run in `run_dir` (locked by the caller); the valid finished shard rows."""
    manifest = run_dir / MANIFEST
    done: dict[int, dict] = {}
    if manifest.exists():
        rows = _read_rows(manifest)
        old = rows[0] if rows and rows[0].get("kind") == "run" else None
        finished = sum(1 for r in rows if r.get("kind") == "shard")
        if not resume:
            raise RunError(f"{run_dir} holds an unfinished run ({finished} of {old['shards'] if old else '?'} shards done): "
                           "re-run with --resume to finish it, or remove the directory to start over")
        if old is None:
            raise RunError(f"{manifest} has no run row: remove {run_dir} to start over")
        diffs = _differences(old, header)
        if diffs:
            raise RunError(f"cannot resume the run in {run_dir}: it was started differently ({'; '.join(diffs)}). "
                           "Re-run with the original arguments, or remove the directory to start over")
        for row in rows[1:]:
            index = row.get("shard")
            if row.get("kind") != "shard" or not isinstance(index, int) or not 0 <= index < len(shards):
                continue
            if row.get("name") != shards[index]["name"] or row.get("inputs") != shards[index]["pieces"]:
                continue
            paths = part_paths(run_dir, row["name"], parquet)
            if set(row.get("files", {})) != set(paths):
                continue
            if all(path.exists() and _file_info(path)["sha256"] == row["files"][kind]["sha256"]
                   for kind, path in paths.items()):
                done[index] = row
    for leftover in run_dir.iterdir():    # temporary files of attempts that were killed
        if leftover.name.endswith(".tmp"):
            leftover.unlink(missing_ok=True)
    _write_rows(manifest, [header] + [done[i] for i in sorted(done)])
    return done


def _merge(shards: list[dict], run_dir: Path, rows: dict[int, dict], records_path: str, rejects_path: str,
           parquet_path: Optional[str]) -> dict:
    outputs = {}
    for kind, dest in (("records", records_path), ("rejects", rejects_path)):
        dest_path = Path(dest)
        dest_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest_path.with_name(dest_path.name + ".tmp")
        total = hashlib.sha256()
        with open(tmp, "wb") as out:
            for shard in shards:
                part = run_dir / rows[shard["index"]]["files"][kind]["name"]
                digest = hashlib.sha256()
                with open(part, "rb") as fh:
                    for block in iter(lambda: fh.read(1 << 20), b""):
                        digest.update(block)
                        total.update(block)
                        out.write(block)
                if digest.hexdigest() != rows[shard["index"]]["files"][kind]["sha256"]:
                    out.close()
                    tmp.unlink(missing_ok=True)
                    raise RunError(f"{part} changed after its shard finished: re-run with --resume to redo it")
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, dest_path)
        outputs[kind] = {"path": str(dest_path), "sha256": total.hexdigest(), "bytes": dest_path.stat().st_size}
    if parquet_path:
        import pyarrow as pa
        import pyarrow.parquet as pq

        sink = ParquetFactSink(parquet_path)
        pending, count = [], 0
        for shard in shards:
            info = rows[shard["index"]]["files"]["parquet"]
            part = run_dir / info["name"]
            if _file_info(part)["sha256"] != info["sha256"]:
                sink.abort()
                raise RunError(f"{part} changed after its shard finished: re-run with --resume to redo it")
            table = pq.read_table(part, schema=sink.schema)
            if table.num_rows:
                pending.append(table)
                count += table.num_rows
            if count >= sink.batch_rows:
                sink.writer.write_table(pa.concat_tables(pending))
                pending, count = [], 0
        if pending:
            sink.writer.write_table(pa.concat_tables(pending))
        sink.close()
        outputs["parquet"] = {"path": str(parquet_path), **{k: v for k, v in _file_info(Path(parquet_path)).items() if k != "name"}}
    return outputs


def _outputs_intact(outputs: dict) -> bool:
    try:
        return all(_file_info(Path(info["path"]))["sha256"] == info["sha256"] for info in outputs.values())
    except OSError:
        return False


# --- the coordinator -------------------------------------------------------------------------------

def run_extract(inputs: Iterable[str], records_path: str, parquet_path: Optional[str] = None,
                rejects_path: Optional[str] = None, url: Optional[str] = None, published: Optional[str] = None,
                progress: Optional[bool] = None, workers: Optional[int] = None, engine: str = "local",
                scheduler: Optional[str] = None, resume: bool = False,
                shard_size: int = DEFAULT_SHARD_SIZE) -> Summary:
    """Extract `inputs` into records_path (+ rejects, + parquet facts) through shards; see the module
    docstring for the layout. Raises RunError for a run that cannot start as asked."""
    started = time.monotonic()
    inputs = list(inputs)
    workers = workers or default_workers()
    if engine not in ("local", "dask"):
        raise RunError(f"unknown engine {engine!r} (local or dask)")
    rejects_path = rejects_path or default_rejects_path(records_path)
    run_dir = parts_dir(records_path)
    shards = plan_shards(inputs, shard_size)
    args = {"inputs": inputs, "url": url, "published": published, "shard_size": shard_size,
            "parquet": bool(parquet_path)}
    header = {"kind": "run", "plan": plan_hash(args, shards), "shards": len(shards),
              "units": sum(s["units"] for s in shards), "args": args,
              "extractor_version": __version__, "models_version": models_version()}
    final = final_manifest_path(records_path)
    summary = Summary(workers=workers, engine=engine, shards=len(shards))

    if resume and not run_dir.exists() and final.exists():       # finished already?
        rows = _read_rows(final)
        merged = next((r for r in rows if r.get("kind") == "merged"), None)
        if rows and not _differences(rows[0], header) and merged and _outputs_intact(merged["outputs"]):
            for row in rows:
                if row.get("kind") == "shard":
                    summary.add(Summary.from_counts(row["counts"]))
            summary.shards_resumed, summary.records_resumed = len(shards), summary.records
            summary.seconds = time.monotonic() - started
            return summary

    with _locked(run_dir):
        done = _prepare(run_dir, {**header, "started": _now()}, shards, resume, bool(parquet_path))
        rows = dict(done)
        for row in done.values():
            summary.add(Summary.from_counts(row["counts"]))
        summary.shards_resumed, summary.records_resumed = len(done), summary.records
        units_before = summary.units
        todo = [s for s in shards if s["index"] not in done]
        coordinator: dict = {}           # seconds the coordinator spent on its own (loading for forked workers)
        job = {"run_dir": str(run_dir.resolve()), "cwd": os.getcwd(), "url": url, "published": published,
               "parquet": bool(parquet_path)}
        bar = Progress(progress)
        bar.update(summary, total=header["units"], done_before=units_before, force=True)
        manifest = open(run_dir / MANIFEST, "a", encoding="utf-8")
        try:
            def on_unit(shard_summary: Summary) -> None:    # in-process runs: a live count within the shard
                live = Summary()
                live.add(summary)
                live.add(shard_summary)
                bar.update(live, total=header["units"], done_before=units_before)

            if engine == "dask":
                results = run_dask(todo, job, workers, scheduler)
            else:
                results = run_local(todo, job, workers, on_unit=on_unit if bar.enabled else None, stats=coordinator)
            for row in results:
                if row["models_version"] != header["models_version"] or row["extractor_version"] != __version__:
                    raise RunError(f"worker {row['worker']['host']} runs extractor {row['extractor_version']} with "
                                   f"models {row['models_version']}, not {__version__} / {header['models_version']}: "
                                   "install the same version everywhere")
                manifest.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
                manifest.flush()
                os.fsync(manifest.fileno())
                rows[row["shard"]] = row
                summary.add(Summary.from_counts(row["counts"]))
                bar.update(summary, total=header["units"], done_before=units_before, force=True)
        finally:
            manifest.close()
            bar.close()
        outputs = _merge(shards, run_dir, rows, records_path, rejects_path, parquet_path)
        stage_seconds = Counter(coordinator)
        for row in rows.values():
            stage_seconds.update(row.get("stage_seconds", {}))
        summary.seconds = time.monotonic() - started
        merged = {"kind": "merged", "outputs": outputs, "summary": summary.to_dict(),
                  "stage_seconds": {k: round(v, 3) for k, v in stage_seconds.items()}, "finished": _now()}
        _write_rows(final, [header] + [rows[i] for i in sorted(rows)] + [merged])
        shutil.rmtree(run_dir, ignore_errors=True)
    summary.seconds = time.monotonic() - started
    return summary


def _now() -> str:
    from datetime import datetime, timezone
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


__all__ = ["run_extract", "run_shard", "plan_shards", "RunError", "Reject", "Summary", "DEFAULT_SHARD_SIZE"]
