"""The crawler's HTTP client on its own: limits, the decompression-bomb guard, the address guard,
the allow-list, the throttle, and the identifying User-Agent."""
from __future__ import annotations

import threading
import time

import pytest

from crawl_helpers import DAYS, http_config
from extractor.sources.crawl.http import (Fetcher, HostThrottle, HttpConfig, address_blocked, url_problem,
                                          user_agent)
from extractor.urls import TRIBUN_NETWORK, host_matches
from fake_tribun import FakeTribun


@pytest.fixture(scope="module")
def site():
    with FakeTribun(DAYS, offsite="http://127.0.0.1:9") as s:
        yield s


def fetch(site, path, **kw):
    fetcher = Fetcher(http_config(site, **kw), HostThrottle(0.0))
    try:
        return fetcher.get(site.base + path)
    finally:
        fetcher.close()


def test_a_page_is_fetched_with_an_identifying_user_agent(site):
    path = next(iter(site.articles))
    ex = fetch(site, path + "?page=all")
    assert ex.complete and ex.status == 200 and b'id="arttitle"' in ex.content
    assert ex.body == ex.content          # no Content-Encoding
    ua = dict(ex.request_headers)["User-Agent"]
    assert ua.startswith("tribun-extractor/") and "+contact:" in ua
    assert user_agent("riset@contoh.ac.id").endswith("(+contact: riset@contoh.ac.id)")


def test_gzip_is_decoded_but_kept_raw_and_bombs_are_refused(site):
    ok = fetch(site, site.faulty_path("gzip") + "?page=all")
    assert ok.complete and ok.body[:2] == b"\x1f\x8b" and b"arttitle" in ok.content
    bomb = fetch(site, site.faulty_path("bomb"))
    assert not bomb.complete and bomb.error_kind == "bomb"
    assert bomb.status == 200          # the headers came: they are kept for the archive


def test_size_limits(site):
    huge = fetch(site, site.faulty_path("huge"))
    assert huge.error_kind == "too_large"
    declared = fetch(site, site.faulty_path("huge_cl"))
    assert declared.error_kind == "too_large" and "Content-Length" in declared.error


def test_stalled_truncated_and_slow_bodies(site):
    site.reset()
    stalled = fetch(site, site.faulty_path("stall"))
    assert stalled.error_kind == "timeout"
    truncated = fetch(site, site.faulty_path("truncated"))
    assert truncated.error_kind == "truncated"
    slow = fetch(site, site.faulty_path("slow"))          # trickles for ~0.6 s, each gap under the read timeout
    assert slow.complete
    too_slow = fetch(site, site.faulty_path("slow"), max_seconds=0.2)
    assert too_slow.error_kind == "too_slow"


def test_retries_429_then_succeeds_and_records_history(site):
    site.reset()
    began = time.monotonic()
    ex = fetch(site, site.faulty_path("429"))
    assert ex.complete and ex.status == 200
    assert time.monotonic() - began >= 1.0                 # Retry-After: 1
    assert [h["status"] for h in ex.retries] == [429]
    reset = fetch(site, site.faulty_path("reset"))
    assert reset.complete and reset.status == 200 and reset.retries


def test_loopback_is_refused_without_the_test_flag(site):
    before = len(site.log)
    ex = fetch(site, "/robots.txt", allow_private=False)
    assert ex.error_kind == "blocked_address" and "127.0.0.1" in ex.error
    assert len(site.log) == before                        # no request was sent
    assert address_blocked("10.1.2.3") and address_blocked("::1") and address_blocked("::ffff:192.168.0.1")
    assert address_blocked("169.254.169.254") and not address_blocked("8.8.8.8")


def test_allow_list_and_schemes():
    assert url_problem("https://babel.tribunnews.com/2025/03/01/x", TRIBUN_NETWORK) is None
    assert url_problem("https://bangkapos.com/", TRIBUN_NETWORK) is None
    assert "allow-list" in url_problem("https://tribunnews.com.evil.example/", TRIBUN_NETWORK)
    assert "allow-list" in url_problem("https://evil-tribunnews.com/", TRIBUN_NETWORK)
    assert "scheme" in url_problem("ftp://babel.tribunnews.com/x", TRIBUN_NETWORK)
    assert "scheme" in url_problem("file:///etc/passwd", TRIBUN_NETWORK)
    assert host_matches("127.0.0.1:8080", ["127.0.0.1:8080"]) and not host_matches("127.0.0.1:8081", ["127.0.0.1:8080"])
    fetcher = Fetcher(HttpConfig(), HostThrottle(0.0))
    ex = fetcher.get("https://evil.example.com/")
    assert ex.error_kind == "not_allowed"
    fetcher.close()


def test_throttle_spaces_one_host_and_not_two():
    throttle = HostThrottle(0.1)
    starts: dict[str, list[float]] = {"a": [], "b": []}

    def use(host):
        for _ in range(3):
            throttle.acquire(host)
            starts[host].append(time.monotonic())
            throttle.release(host)

    threads = [threading.Thread(target=use, args=(h,)) for h in ("a", "a", "b")]
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    a = sorted(starts["a"])
    assert all(y - x >= 0.1 - 0.005 for x, y in zip(a, a[1:]))
    assert starts["b"][0] - began < 0.05                  # another host does not wait for host a
