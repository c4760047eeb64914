"""`extractor crawl`: its options and the step from options to a CrawlSettings. Imports nothing heavy
at module level, so `extractor --help` stays quick."""
from __future__ import annotations

import argparse
import os
import signal
import socket
import sys
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

DESCRIPTION = """Crawl Bangka Pos / Tribun-network sites for a period, politely, into gzipped WARC files.

Article URLs are discovered from news sitemaps (/sitemap-news.xml and sitemap indexes), the
index-news pages of every day in the period (following "Next") and the RSS feed (/rss); each article
is fetched once, as its canonical URL with ?page=all. Every HTTP exchange (responses and errors) is
archived in DIR/warc/. The state is kept in DIR/frontier.sqlite: stop the crawl at any moment (even
kill -9) and run the same command again to finish it, without fetching again what is archived.
`extractor extract DIR -o records.jsonl` reads the archive later; --extract writes records as pages
arrive (DIR/records.jsonl).

Politeness: robots.txt is obeyed (Disallow, Allow, Crawl-delay); one request at a time per host,
at least --delay seconds apart (default 1); hosts are crawled in parallel; the User-Agent names the
crawler and the --contact. Safety: only allow-listed hosts (the Tribun network and Bangka Pos unless
--allow-host adds more), http(s) only, no redirect off the allow-list, no private or loopback
addresses."""

EPILOG = """exit codes: 0 the crawl is complete and every article was archived; 1 some articles failed
or work is left (run again to resume); 2 bad usage or an unusable output folder; 130 interrupted
(run again to resume)."""


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _positive(kind):
    def parse(value: str):
        try:
            number = kind(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
        if number < 0:
            raise argparse.ArgumentTypeError(f"{value!r} must not be negative")
        return number
    return parse


def add_crawl_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser("crawl", help="crawl sites for a period into WARC files (resumable, polite)",
                       description=DESCRIPTION, epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--site", action="append", required=True, metavar="HOST",
                   help="a site to crawl, e.g. babel.tribunnews.com (https assumed) or a URL; repeatable")
    p.add_argument("--from", dest="start", type=_day, required=True, metavar="YYYY-MM-DD", help="first day of the period")
    p.add_argument("--to", dest="end", type=_day, required=True, metavar="YYYY-MM-DD", help="last day of the period (inclusive)")
    p.add_argument("--section", action="append", default=[], metavar="NAME",
                   help="only this section (index-news/<section>, <section>/sitemap-news.xml; RSS is not used); repeatable")
    p.add_argument("--out", required=True, metavar="DIR", help="the crawl folder (created; an existing crawl there is resumed)")
    p.add_argument("--extract", action="store_true", help="also extract records as pages arrive (DIR/records.jsonl, DIR/rejects.jsonl)")
    p.add_argument("--records", metavar="PATH", help="with --extract: records file (default DIR/records.jsonl)")
    p.add_argument("--rejects", metavar="PATH", help="with --extract: rejects file (default DIR/rejects.jsonl)")
    p.add_argument("--contact", default=None, metavar="EMAIL_OR_URL",
                   help="how a site can reach you, put in the User-Agent (default $EXTRACTOR_CONTACT)")
    p.add_argument("--delay", type=_positive(float), default=1.0, metavar="SECONDS",
                   help="least time between two requests to one host (default 1; robots.txt Crawl-delay can raise it)")
    p.add_argument("--max-hosts", type=_positive(int), default=8, metavar="N", help="hosts crawled at once (default 8)")
    p.add_argument("--max-pages", type=_positive(int), default=None, metavar="N",
                   help="stop after archiving N articles in this run (resume later)")
    p.add_argument("--max-attempts", type=_positive(int), default=3, metavar="N",
                   help="attempts per URL for passing failures (timeouts, resets, 5xx, 429), across runs (default 3)")
    p.add_argument("--retries", type=_positive(int), default=3, metavar="N",
                   help="HTTP retries within one attempt, with exponential backoff and jitter (default 3)")
    p.add_argument("--backoff", type=_positive(float), default=1.0, metavar="SECONDS",
                   help="backoff factor: waits of about 1x, 2x, 4x this (default 1)")
    p.add_argument("--connect-timeout", type=_positive(float), default=10.0, metavar="SECONDS", help="default 10")
    p.add_argument("--read-timeout", type=_positive(float), default=30.0, metavar="SECONDS", help="default 30")
    p.add_argument("--max-seconds", type=_positive(float), default=120.0, metavar="SECONDS",
                   help="longest one exchange may take, headers to last byte (default 120)")
    p.add_argument("--max-body-mb", type=_positive(float), default=10.0, metavar="MB",
                   help="largest response body, on the wire and (x2) decoded (default 10)")
    p.add_argument("--max-index-pages", type=_positive(int), default=50, metavar="N",
                   help="index-news pages followed per day (default 50)")
    p.add_argument("--no-sitemaps", action="store_true", help="do not read news sitemaps")
    p.add_argument("--no-index", action="store_true", help="do not read index-news pages")
    p.add_argument("--no-rss", action="store_true", help="do not read the RSS feed")
    p.add_argument("--allow-host", action="append", default=[], metavar="PATTERN",
                   help="also allow this host (host[:port], or *.example.com); repeatable")
    p.add_argument("--allow-private-addresses", action="store_true",
                   help="for tests: allow loopback and private addresses (never for real crawls)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress line")
    p.set_defaults(func=run_crawl)
    return p


def _fail(message: str) -> int:
    print(f"extractor crawl: {message}", file=sys.stderr)
    return 2


def site_base(value: str) -> str:
    """babel.tribunnews.com -> https://babel.tribunnews.com; a URL keeps its scheme and port."""
    value = value.strip()
    if "://" not in value:
        value = "https://" + value
    parts = urlsplit(value)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def run_crawl(args: argparse.Namespace) -> int:
    from .crawler import CrawlError, CrawlSettings, crawl
    from .http import HttpConfig, address_blocked, url_problem, user_agent
    from ...urls import TRIBUN_NETWORK

    if args.start > args.end:
        return _fail(f"--from {args.start} is after --to {args.end}")
    if (args.end - args.start).days > 3660:
        return _fail("the period is longer than ten years; crawl it in parts")
    allow = tuple(TRIBUN_NETWORK) + tuple(h.strip().lower() for h in args.allow_host if h.strip())
    sites = []
    for raw in args.site:
        base = site_base(raw)
        problem = url_problem(base + "/", allow)
        if problem:
            hint = f"; add --allow-host {urlsplit(base).netloc} to crawl it" if "allow-list" in problem else ""
            return _fail(f"site {raw!r}: {problem} (default allow-list: {', '.join(TRIBUN_NETWORK)}){hint}")
        if not args.allow_private_addresses:
            try:
                addresses = {a[4][0] for a in socket.getaddrinfo(urlsplit(base).hostname, None)}
            except (socket.gaierror, UnicodeError):
                addresses = set()   # unresolvable now: the fetches will say so
            blocked = sorted(a for a in addresses if address_blocked(a))
            if blocked:
                return _fail(f"site {raw!r} resolves to a non-public address ({', '.join(blocked)}); "
                             "only --allow-private-addresses (for tests) allows that")
        sites.append(base)
    if args.extract is False and (args.records or args.rejects):
        return _fail("--records/--rejects need --extract")
    contact = args.contact or os.environ.get("EXTRACTOR_CONTACT")
    if not contact and not args.quiet:
        print("extractor crawl: no --contact (or $EXTRACTOR_CONTACT) given; sites cannot reach you about this crawl",
              file=sys.stderr)
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        return _fail(f"--out {out} exists and is not a folder")
    max_body = int(args.max_body_mb * 1024 * 1024)
    http = HttpConfig(user_agent=user_agent(contact), connect_timeout=args.connect_timeout,
                      read_timeout=args.read_timeout, max_seconds=args.max_seconds, max_body=max_body,
                      max_decoded=2 * max_body, retries=args.retries, backoff_factor=args.backoff,
                      backoff_jitter=args.backoff / 2, allow_hosts=allow, allow_private=args.allow_private_addresses)
    settings = CrawlSettings(
        sites=sites, start=args.start, end=args.end, out=out, sections=[s.strip("/") for s in args.section],
        delay=args.delay, max_hosts=max(1, args.max_hosts), max_attempts=max(1, args.max_attempts),
        max_pages=args.max_pages, max_index_pages=max(1, args.max_index_pages), sitemaps=not args.no_sitemaps,
        index=not args.no_index, rss=not args.no_rss, extract=args.extract,
        records=Path(args.records) if args.records else None, rejects=Path(args.rejects) if args.rejects else None,
        progress=False if args.quiet else None, http=http)

    def terminate(signum, frame):   # SIGTERM: stop like Ctrl-C, keeping what is archived
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        report = crawl(settings)
    except CrawlError as exc:
        return _fail(str(exc))
    finally:
        signal.signal(signal.SIGTERM, previous)
    print(report.render())
    if report.outcome == "interrupted":
        return 130
    return 0 if report.complete and not report.articles.get("failed") else 1
