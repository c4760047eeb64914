"""Which publisher a page belongs to, from its host or its body's dateline label."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional
from urllib.parse import urlsplit

from ..resources import load_json


@lru_cache(maxsize=1)
def _table() -> dict:
    return load_json("publishers.json")


def site_of(url: Optional[str]) -> Optional[str]:
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host or None


def is_tribun_host(host: Optional[str]) -> bool:
    host = (host or "").lower()
    return host == "tribunnews.com" or host.endswith(".tribunnews.com") or host in ("bangkapos.com", "www.bangkapos.com")


def publisher_for(url: Optional[str], site_label: Optional[str] = None) -> Optional[str]:
    hosts = _table()["hosts"]
    host = site_of(url)
    if host:
        if host in hosts:
            return hosts[host]
        if is_tribun_host(host):
            return hosts["tribunnews.com*"]
    if site_label:
        return _table()["labels"].get(site_label.strip().lower())
    return None
