"""The `extractor` command: crawl, extract, schema, evaluate. Thin: parses options and calls the stages."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__

EPILOG = """exit codes: 0 all units gave records; 1 some units were rejected (see the rejects file);
2 bad usage or unreadable arguments."""


def _cmd_extract(args: argparse.Namespace) -> int:
    from .batch import RunError, default_rejects_path, parts_dir, run_extract
    from .calendar import parse_timestamp

    if args.published and parse_timestamp(args.published) is None:
        print(f"extractor: --published {args.published!r} is not a date", file=sys.stderr)
        return 2
    missing = [p for p in args.inputs if not Path(p).exists()]
    if missing:
        print(f"extractor: no such input: {', '.join(missing)}", file=sys.stderr)
        return 2
    if args.workers is not None and args.workers < 1 or args.shard_size < 1:
        print("extractor: --workers and --shard-size must be at least 1", file=sys.stderr)
        return 2
    if args.scheduler and args.engine != "dask":
        print("extractor: --scheduler needs --engine dask", file=sys.stderr)
        return 2
    rejects = args.rejects or default_rejects_path(args.output)
    try:
        summary = run_extract(args.inputs, args.output, args.parquet, rejects, url=args.url,
                              published=args.published, progress=None if not args.quiet else False,
                              workers=args.workers, engine=args.engine, scheduler=args.scheduler,
                              resume=args.resume, shard_size=args.shard_size)
    except RunError as exc:
        print(f"extractor: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"extractor: interrupted; finished shards are kept in {parts_dir(args.output)}: "
              "re-run with --resume to continue", file=sys.stderr)
        return 130
    print(summary.render())
    print(f"records:  {args.output}" + (f"\nfacts:    {args.parquet}" if args.parquet else "") + f"\nrejects:  {rejects}")
    return 1 if summary.rejects else 0


def _cmd_schema(args: argparse.Namespace) -> int:
    from .records import record_json_schema

    print(json.dumps(record_json_schema(), indent=2, ensure_ascii=False))
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import main as evaluate_main

    return evaluate_main(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="extractor", description=__doc__, epilog=EPILOG,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"extractor {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract records from pages and archives",
                        description="Extract validated records from saved pages (.html), text dumps (.txt), "
                                    "archives (.jsonl/.json/.csv rows with url and html or text) and WARC files, "
                                    "any mix of files and directories (recursive), .gz variants too.",
                        epilog=EPILOG)
    ex.add_argument("inputs", nargs="+", help="files or directories")
    ex.add_argument("-o", "--output", required=True, help="records.jsonl to write")
    ex.add_argument("--parquet", help="also write the flat facts table (one row per fact) to this .parquet file")
    ex.add_argument("--rejects", help="where to write rejected units (default: <output>.rejects.jsonl)")
    ex.add_argument("--url", help="URL of the page, for inputs that do not carry one (a single saved page or text dump)")
    ex.add_argument("--published", help="publication date to resolve in-text dates when the input has none (e.g. 2025-03-23)")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress line")
    from .batch import DEFAULT_SHARD_SIZE
    bt = ex.add_argument_group("batch", "inputs are cut into shards, each written to <output stem>.parts/ with a "
                                        "manifest row, then merged into the output files in input order")
    bt.add_argument("--workers", type=int, default=None, metavar="N", help="worker processes (default: all cores)")
    bt.add_argument("--engine", choices=["local", "dask"], default="local",
                    help="local processes (default), or Dask distributed (pip install 'tribun-extractor[dask]')")
    bt.add_argument("--scheduler", metavar="ADDRESS",
                    help="with --engine dask: a running scheduler, e.g. tcp://10.0.0.5:8786 (default: a LocalCluster of N workers)")
    bt.add_argument("--resume", action="store_true",
                    help="finish an interrupted run started with the same arguments (finished shards are kept)")
    bt.add_argument("--shard-size", type=int, default=DEFAULT_SHARD_SIZE, metavar="UNITS",
                    help=f"units (lines, rows, WARC records, files) per shard (default {DEFAULT_SHARD_SIZE})")
    ex.set_defaults(func=_cmd_extract)

    from .sources.crawl.command import add_crawl_parser   # crawl's options live beside the crawler
    add_crawl_parser(sub)

    sc = sub.add_parser("schema", help="print the JSON Schema of a record")
    sc.set_defaults(func=_cmd_schema)

    ev = sub.add_parser("evaluate", help="score extraction against the gold annotations in corpus/gold")
    ev.add_argument("--gold", default=None, help="gold folder (default: corpus/gold)")
    ev.add_argument("--shared", default=None, help="the shared data folder with the texts (default: ../shared or $EXTRACTOR_SHARED)")
    ev.add_argument("--split", choices=["dev", "test", "all"], default="all", help="which gold split to score")
    ev.add_argument("--files", default="*", help="only gold files whose name matches this glob (e.g. 'batch8*')")
    ev.add_argument("--details", action="store_true", help="list every miss and false hit")
    ev.add_argument("--json", help="also write the scores as JSON to this file")
    ev.set_defaults(func=_cmd_evaluate)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("extractor: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
