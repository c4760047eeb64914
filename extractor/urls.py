"""URL identity, one place for every stage: what makes two URLs the same article, and the URL the
crawler fetches for it.

`canonical_url` is the article's identity (record ids, crawl dedup): https, lower-case host
(m.tribunnews.com -> www.tribunnews.com), no fragment, no tracking or `page` parameters (every page
of a multi-page article is one article), no trailing slash. `article_fetch_url` is the one URL the
crawler requests for an article: the same, with `?page=all` (the whole article on one page).
"""
from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING = ("utm_", "fbclid", "gclid", "_ga", "ref", "src")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_HOST_ALIASES = {"m.tribunnews.com": "www.tribunnews.com"}


def _netloc(host: str, port, scheme: str) -> str:
    if ":" in host and not host.startswith("["):   # an IPv6 literal
        host = f"[{host}]"
    if port is not None and _DEFAULT_PORTS.get(scheme) != port:
        return f"{host}:{port}"
    return host


def canonical_url(url: str, keep_scheme: bool = False) -> str:
    """The identity of an article's URL (see the module doc). `keep_scheme` keeps http as http (for
    fetching from a server that only speaks http); identity comparisons use the default."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    host = _HOST_ALIASES.get(host, host)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if k != "page" and not k.startswith(_TRACKING)]
    path = parts.path or "/"
    if len(path) > 1:
        path = path.rstrip("/")
    original = (parts.scheme or "").lower()
    scheme = "https" if original in ("http", "https", "") else original
    if keep_scheme and original == "http":
        scheme = "http"
    try:
        port = parts.port
    except ValueError:
        port = None
    if port is not None and _DEFAULT_PORTS.get(original or "https") == port:
        port = None   # an explicit default port is no port
    netloc = _netloc(host, port, "")
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


def article_fetch_url(url: str) -> str:
    """The URL to request for an article: canonical (scheme kept) with `page=all`."""
    canon = canonical_url(url, keep_scheme=True)
    parts = urlsplit(canon)
    query = parse_qsl(parts.query, keep_blank_values=True) + [("page", "all")]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def normalize_url(url: str) -> str:
    """A light normalisation for non-article URLs (sitemaps, index and listing pages), whose query
    is meaningful: lower-case scheme and host, default port and fragment dropped."""
    parts = urlsplit(url.strip())
    scheme = (parts.scheme or "https").lower()
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    return urlunsplit((scheme, _netloc(host, port, scheme), parts.path or "/", parts.query, ""))


def host_key(url: str) -> str:
    """The politeness unit: host and non-default port, lower-case (`babel.tribunnews.com`)."""
    parts = urlsplit(url)
    scheme = (parts.scheme or "https").lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    return _netloc((parts.hostname or "").lower(), port, scheme)


# The Tribun network and Bangka Pos: the crawler's default allow-list, and what listing parsers keep.
TRIBUN_NETWORK = ("tribunnews.com", "*.tribunnews.com", "bangkapos.com", "*.bangkapos.com")


def host_matches(host: str, patterns) -> bool:
    """Whether `host` (optionally with :port) matches one of `patterns`: an exact host[:port], or
    `*.example.com` for any subdomain (not the bare domain)."""
    host = (host or "").lower().rstrip(".")
    bare = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    for pattern in patterns:
        pattern = pattern.lower().rstrip(".")
        if pattern.startswith("*."):
            if bare.endswith(pattern[1:]) and bare != pattern[2:]:
                return True
        elif pattern == host or (":" not in pattern and pattern == bare):
            return True
    return False
