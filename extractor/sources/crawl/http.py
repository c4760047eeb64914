"""HTTP for the crawler, done the well-kept way.

- One `requests.Session` (no proxies or .netrc from the environment), with a urllib3 `Retry`:
  exponential backoff with jitter on 429/5xx and connection errors, `Retry-After` honoured (capped),
  and never a retry sooner than the host's politeness delay.
- Connect and read timeouts, an overall deadline per exchange (a body that trickles forever is cut),
  a maximum body size (checked against Content-Length first, then while streaming), a guard against
  decompression bombs (the body is decoded here, bounded, from the raw wire bytes).
- Safety: http(s) only, an allow-list of hosts (the Tribun network and Bangka Pos by default), and
  no connection to a private, loopback, link-local or otherwise special address unless the test flag
  `allow_private` is set. The address check is made on the connected socket, so DNS answers that
  change between a check and the connect (rebinding) cannot get around it.
- A per-host throttle: one request at a time per host, and at least `delay` seconds between the end
  of one exchange and the start of the next (robots.txt `Crawl-delay` raises it).

Redirects are not followed here: `Fetcher.get` makes one exchange; the crawler follows `Location`
itself so every hop is checked against the allow-list and robots.txt, and archived.
"""
from __future__ import annotations

import ipaddress
import os
import threading
import time
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Iterable, Optional
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.util.retry import Retry

from ... import __version__
from ...urls import TRIBUN_NETWORK, host_key, host_matches

CONTACT_ENV = "EXTRACTOR_CONTACT"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


def user_agent(contact: Optional[str] = None) -> str:
    """`tribun-extractor/<version> (+contact: <contact>)`; the contact from the argument or
    $EXTRACTOR_CONTACT (an e-mail address or a project URL, so a site can reach the operator)."""
    contact = contact or os.environ.get(CONTACT_ENV) or "unset"
    return f"tribun-extractor/{__version__} (+contact: {contact})"


@dataclass
class HttpConfig:
    user_agent: str = field(default_factory=user_agent)
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_seconds: float = 120.0              # one exchange, headers to last byte
    max_body: int = 10 * 1024 * 1024        # bytes on the wire
    max_decoded: int = 20 * 1024 * 1024     # bytes after Content-Encoding is undone
    retries: int = 3                        # urllib3 retries per exchange
    backoff_factor: float = 1.0             # 1 s, 2 s, 4 s ... (plus jitter), at least the host delay
    backoff_jitter: float = 0.5
    backoff_max: float = 60.0
    max_retry_after: float = 120.0          # a longer Retry-After gives up this attempt (the host waits)
    allow_hosts: tuple = TRIBUN_NETWORK
    allow_private: bool = False             # test flag: allow loopback/private addresses


class BlockedAddress(Exception):
    """The host resolved to an address the crawler must not connect to."""


def address_blocked(ip: str) -> bool:
    addr = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return (addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_multicast
            or addr.is_reserved or addr.is_unspecified or not addr.is_global)


def url_problem(url: str, allow_hosts: Iterable[str]) -> Optional[str]:
    """Why the crawler must not request `url` (scheme, allow-list), or None."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return f"scheme {parts.scheme or '(none)'!r} is not http(s)"
    if not parts.hostname:
        return "no host"
    try:
        parts.port
    except ValueError:
        return "bad port"
    if not host_matches(host_key(url), allow_hosts):
        return f"host {host_key(url)} is not in the allow-list"
    return None


# --- the address guard, on the connected socket ----------------------------------------------------

class _GuardMixin:
    allow_private = False
    peer_ip: Optional[str] = None

    def _new_conn(self):
        sock = super()._new_conn()
        try:
            ip = sock.getpeername()[0]
        except OSError:
            ip = None
        if ip is not None and not self.allow_private and address_blocked(ip):
            sock.close()
            raise BlockedAddress(f"{self.host} resolves to {ip}, a non-public address")
        self.peer_ip = ip
        return sock


def _guarded_adapter(allow_private: bool, retry: Retry) -> HTTPAdapter:
    http_conn = type("GuardedHTTPConnection", (_GuardMixin, HTTPConnection), {"allow_private": allow_private})
    https_conn = type("GuardedHTTPSConnection", (_GuardMixin, HTTPSConnection), {"allow_private": allow_private})
    http_pool = type("GuardedHTTPConnectionPool", (HTTPConnectionPool,), {"ConnectionCls": http_conn})
    https_pool = type("GuardedHTTPSConnectionPool", (HTTPSConnectionPool,), {"ConnectionCls": https_conn})
    adapter = HTTPAdapter(max_retries=retry, pool_connections=16, pool_maxsize=4, pool_block=False)
    adapter.poolmanager.pool_classes_by_scheme = {"http": http_pool, "https": https_pool}
    return adapter


# --- retries: exponential backoff with jitter, Retry-After, never sooner than the host delay --------

_local = threading.local()


class PoliteRetry(Retry):
    """urllib3 Retry whose every wait is at least the current host's politeness delay."""

    @staticmethod
    def min_backoff() -> float:
        return getattr(_local, "min_backoff", 0.0)

    def get_backoff_time(self) -> float:
        return max(super().get_backoff_time(), self.min_backoff())

    def sleep_for_retry(self, response) -> bool:
        retry_after = self.get_retry_after(response)
        if retry_after is None:
            return False
        time.sleep(max(retry_after, self.min_backoff()))
        return True


# --- the per-host throttle ------------------------------------------------------------------------

class HostThrottle:
    """One exchange at a time per host, `delay` seconds (or the host's Crawl-delay) between them."""

    def __init__(self, delay: float):
        self.delay = delay
        self._cond = threading.Condition()
        self._next: dict[str, float] = {}
        self._busy: set[str] = set()
        self._delays: dict[str, float] = {}
        self._last: dict[str, float] = {}

    def set_delay(self, host: str, delay: Optional[float]) -> None:
        """A host's own delay (robots.txt Crawl-delay); it applies from the last exchange on."""
        with self._cond:
            if delay is not None:
                self._delays[host] = delay
                if host in self._last:
                    self._next[host] = max(self._next.get(host, 0.0), self._last[host] + self.delay_for(host))

    def delay_for(self, host: str) -> float:
        return max(self.delay, self._delays.get(host, 0.0))

    def pause(self, host: str, seconds: float) -> None:
        with self._cond:
            self._next[host] = max(self._next.get(host, 0.0), time.monotonic() + seconds)
            self._cond.notify_all()

    def ready_in(self, host: str) -> float:
        with self._cond:
            return max(0.0, self._next.get(host, 0.0) - time.monotonic())

    def acquire(self, host: str, stop: Optional[threading.Event] = None) -> bool:
        with self._cond:
            while True:
                if stop is not None and stop.is_set():
                    return False
                wait = self._next.get(host, 0.0) - time.monotonic()
                if host not in self._busy and wait <= 0:
                    self._busy.add(host)
                    return True
                self._cond.wait(timeout=min(max(wait, 0.01), 0.25))

    def release(self, host: str) -> None:
        with self._cond:
            self._busy.discard(host)
            self._last[host] = time.monotonic()
            self._next[host] = max(self._next.get(host, 0.0), self._last[host] + self.delay_for(host))
            self._cond.notify_all()


# --- one exchange -----------------------------------------------------------------------------------

@dataclass
class Exchange:
    """One HTTP request and what came back (or why nothing usable did)."""
    url: str
    started_at: str                                  # ISO 8601 UTC, the WARC-Date
    request_line: str = ""
    request_headers: list = field(default_factory=list)
    status: Optional[int] = None
    reason: str = ""
    http_version: str = "HTTP/1.1"
    headers: list = field(default_factory=list)      # response headers as received
    body: bytes = b""                                # the payload as on the wire (Content-Encoding kept)
    content: bytes = b""                             # the payload decoded (Content-Encoding undone)
    error: Optional[str] = None                      # None: a complete HTTP response
    error_kind: Optional[str] = None                 # timeout, connection, too_large, bomb, truncated, ...
    peer_ip: Optional[str] = None
    retries: list = field(default_factory=list)      # what urllib3 retried before this answer
    seconds: float = 0.0

    @property
    def complete(self) -> bool:
        return self.error is None and self.status is not None

    def header(self, name: str) -> Optional[str]:
        name = name.lower()
        for key, value in self.headers:
            if key.lower() == name:
                return value
        return None

    @property
    def content_type(self) -> str:
        return self.header("Content-Type") or ""

    @property
    def location(self) -> Optional[str]:
        loc = self.header("Location")
        return urljoin(self.url, loc.strip()) if loc and loc.strip() else None

    @property
    def retry_after(self) -> Optional[float]:
        raw = self.header("Retry-After")
        if not raw:
            return None
        try:
            return max(0.0, Retry().parse_retry_after(raw))
        except Exception:
            return None


class _Decoder:
    """Undo Content-Encoding (gzip, deflate) incrementally, refusing more than `limit` bytes out."""

    def __init__(self, encoding: str, limit: int):
        enc = (encoding or "identity").strip().lower()
        self.limit = limit
        self.size = 0
        self.parts: list[bytes] = []
        if enc in ("", "identity"):
            self.z = None
        elif enc in ("gzip", "x-gzip"):
            self.z = zlib.decompressobj(wbits=31)
        elif enc == "deflate":
            self.z = zlib.decompressobj(wbits=47)   # zlib-wrapped, as the RFC says (raw tried below)
            self._raw_fallback = True
        else:
            raise ValueError(f"unsupported Content-Encoding {encoding!r}")
        self.encoding = enc

    def feed(self, data: bytes) -> None:
        if self.z is None:
            out = data
        else:
            try:
                out = self.z.decompress(data, self.limit - self.size + 1)
            except zlib.error:
                if self.encoding == "deflate" and self.size == 0 and getattr(self, "_raw_fallback", False):
                    self._raw_fallback = False
                    self.z = zlib.decompressobj(wbits=-15)
                    out = self.z.decompress(data, self.limit - self.size + 1)
                else:
                    raise
            if self.z.unconsumed_tail:
                raise _TooBig("bomb")
        self.size += len(out)
        if self.size > self.limit:
            raise _TooBig("bomb" if self.z is not None else "too_large")
        self.parts.append(out)

    def finish(self) -> bytes:
        if self.z is not None:
            tail = self.z.flush()
            self.size += len(tail)
            if self.size > self.limit:
                raise _TooBig("bomb")
            self.parts.append(tail)
        return b"".join(self.parts)


class _TooBig(Exception):
    def __init__(self, kind: str):
        super().__init__(kind)
        self.kind = kind


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


class Fetcher:
    """The crawler's HTTP client: `get(url)` -> Exchange, never raising for network trouble."""

    ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml;q=0.9,*/*;q=0.5"

    def __init__(self, config: HttpConfig, throttle: HostThrottle):
        self.config = config
        self.throttle = throttle
        self.retry = PoliteRetry(
            total=config.retries, connect=config.retries, read=config.retries, status=config.retries,
            other=0, redirect=0, allowed_methods=frozenset({"GET", "HEAD"}), status_forcelist=RETRY_STATUSES,
            backoff_factor=config.backoff_factor, backoff_jitter=config.backoff_jitter,
            backoff_max=config.backoff_max, retry_after_max=config.max_retry_after,
            respect_retry_after_header=True, raise_on_status=False, raise_on_redirect=False)
        self.session = requests.Session()
        self.session.trust_env = False       # no proxies, no .netrc credentials from the environment
        self.session.headers.clear()
        self.session.headers.update({"User-Agent": config.user_agent, "Accept": self.ACCEPT,
                                     "Accept-Encoding": "gzip, deflate", "Accept-Language": "id,en;q=0.5"})
        adapter = _guarded_adapter(config.allow_private, self.retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)

    def close(self) -> None:
        self.session.close()

    def get(self, url: str, stop: Optional[threading.Event] = None) -> Exchange:
        """One polite GET: waits for the host's turn, then fetches (with urllib3's retries)."""
        problem = url_problem(url, self.config.allow_hosts)
        if problem:
            return Exchange(url=url, started_at=utc_now(), error=problem, error_kind="not_allowed")
        host = host_key(url)
        if not self.throttle.acquire(host, stop):
            return Exchange(url=url, started_at=utc_now(), error="crawl stopped", error_kind="stopped")
        try:
            _local.min_backoff = self.throttle.delay_for(host)
            return self._get(url)
        finally:
            self.throttle.release(host)

    def _get(self, url: str) -> Exchange:
        cfg = self.config
        ex = Exchange(url=url, started_at=utc_now())
        began = time.monotonic()
        try:
            prep = self.session.prepare_request(requests.Request("GET", url))
        except (requests.RequestException, ValueError) as exc:
            ex.error, ex.error_kind = f"bad URL: {exc}", "bad_url"
            return ex
        parts = urlsplit(prep.url)
        ex.request_line = f"GET {parts.path or '/'}{'?' + parts.query if parts.query else ''} HTTP/1.1"
        ex.request_headers = [("Host", parts.netloc)] + list(prep.headers.items())
        resp = None
        try:
            resp = self.session.send(prep, stream=True, allow_redirects=False,
                                     timeout=(cfg.connect_timeout, cfg.read_timeout))
            raw = resp.raw
            ex.status, ex.reason = resp.status_code, resp.reason or ""
            ex.http_version = {10: "HTTP/1.0", 11: "HTTP/1.1", 20: "HTTP/2"}.get(getattr(raw, "version", 11), "HTTP/1.1")
            ex.headers = list(raw.headers.items())
            ex.peer_ip = getattr(getattr(raw, "connection", None), "peer_ip", None)
            history = getattr(getattr(raw, "retries", None), "history", ()) or ()
            ex.retries = [{"url": h.url, "status": h.status, "error": repr(h.error) if h.error else None}
                          for h in history]
            self._read_body(ex, raw, began)
        except BlockedAddress as exc:
            ex.error, ex.error_kind = str(exc), "blocked_address"
        except requests.exceptions.ConnectTimeout as exc:
            ex.error, ex.error_kind = f"connect timeout: {_why(exc)}", "timeout"
        except requests.exceptions.ReadTimeout as exc:
            ex.error, ex.error_kind = f"read timeout: {_why(exc)}", "timeout"
        except requests.exceptions.RetryError as exc:
            ex.error, ex.error_kind = f"retries exhausted: {_why(exc)}", "retries"
        except requests.exceptions.ConnectionError as exc:
            blocked = _find(exc, BlockedAddress)
            if blocked is not None:
                ex.error, ex.error_kind = str(blocked), "blocked_address"
            else:
                ex.error, ex.error_kind = f"connection error: {_why(exc)}", "connection"
        except requests.RequestException as exc:
            ex.error, ex.error_kind = f"{type(exc).__name__}: {_why(exc)}", "http"
        finally:
            if resp is not None:
                resp.close()
            ex.seconds = time.monotonic() - began
        return ex

    def _read_body(self, ex: Exchange, raw, began: float) -> None:
        cfg = self.config
        length = ex.header("Content-Length")
        if length and length.strip().isdigit() and int(length) > cfg.max_body:
            ex.error, ex.error_kind = f"Content-Length {int(length)} is over the {cfg.max_body}-byte limit", "too_large"
            return
        try:
            decoder = _Decoder(ex.header("Content-Encoding") or "", cfg.max_decoded)
        except ValueError as exc:
            ex.error, ex.error_kind = str(exc), "encoding"
            return
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in raw.stream(64 * 1024, decode_content=False):
                size += len(chunk)
                if size > cfg.max_body:
                    ex.error, ex.error_kind = f"body over the {cfg.max_body}-byte limit", "too_large"
                    return
                if time.monotonic() - began > cfg.max_seconds:
                    ex.error, ex.error_kind = f"body not complete after {cfg.max_seconds:g} s", "too_slow"
                    return
                decoder.feed(chunk)
                chunks.append(chunk)
            ex.content = decoder.finish()
        except _TooBig as exc:
            if exc.kind == "bomb":
                ex.error = f"decompression bomb: {ex.header('Content-Encoding')} body decodes to more than {cfg.max_decoded} bytes"
            else:
                ex.error = f"body over the {cfg.max_decoded}-byte limit"
            ex.error_kind = exc.kind
            return
        except zlib.error as exc:
            ex.error, ex.error_kind = f"corrupt {ex.header('Content-Encoding')} body: {exc}", "encoding"
            return
        except urllib3.exceptions.ReadTimeoutError as exc:
            ex.error, ex.error_kind = f"read timeout in the body after {size} bytes: {exc}", "timeout"
            return
        except (urllib3.exceptions.ProtocolError, urllib3.exceptions.IncompleteRead) as exc:
            ex.error, ex.error_kind = f"truncated body after {size} bytes: {_why(exc)}", "truncated"
            return
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            ex.error, ex.error_kind = f"body read failed after {size} bytes: {type(exc).__name__}: {exc}", "connection"
            return
        ex.body = b"".join(chunks)


def _find(exc: BaseException, kind):
    seen = set()
    stack = [exc]
    while stack:
        e = stack.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, kind):
            return e
        stack.extend([e.__cause__, e.__context__, getattr(e, "reason", None)] + [a for a in getattr(e, "args", ()) if isinstance(a, BaseException)])
    return None


def _why(exc: BaseException) -> str:
    text = str(exc)
    return text if len(text) < 300 else text[:297] + "..."
