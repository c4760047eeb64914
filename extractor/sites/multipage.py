"""Multi-page articles: 'Halaman 1/3', '?page=N'. A page that says it is one of several gets the
article's whole-article URL (`?page=all`, which Tribun serves as one page); when an archive holds the
separate pages, `PageGroups` stitches them into one Article (pages=N) in page order.

`PageGroups` is what a batch loop calls (extractor/batch.py): `add(item, article)` returns the
(item, article) pairs ready for the next stage, at once for ordinary articles and when the last
missing page arrives for multi-page ones; `flush()` at the end of the input returns the incomplete
groups, stitched from the pages that came, with a warning. Only pages of incomplete multi-page
articles are held, and at most `max_open` articles at a time (the oldest is flushed beyond that),
so memory stays bounded however long the batch.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import Any, Optional
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .article import Article


def article_key(url: Optional[str]) -> Optional[str]:
    """The identity of an article across its pages: host (m. = www. on tribunnews.com) and path,
    without the page parameter, fragment or tracking."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if host == "m.tribunnews.com":
        host = "www.tribunnews.com"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if k != "page" and not k.startswith(("utm_", "fbclid", "gclid"))]
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("https", host, path, urlencode(query), ""))


def all_pages_url(url: Optional[str]) -> Optional[str]:
    """The URL that returns the whole article on one page: '...?page=all'."""
    if not url:
        return None
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "page"]
    query.append(("page", "all"))
    return urlunsplit((parts.scheme or "https", parts.netloc, parts.path, urlencode(query), ""))


def is_partial(article: Article) -> bool:
    """One page of several (not the ?page=all view)."""
    return bool(article.page_count and article.page_count > 1 and article.page)


def stitch(pages: list[Article]) -> Article:
    """Pages of one article (any order, possibly incomplete) -> one Article, bodies in page order.
    The metadata are the first page's; authors and tags are the union; the sign-off and trailer
    belong to the last page and were already cleaned per page."""
    ordered = sorted(pages, key=lambda a: a.page or 0)
    head = ordered[0]
    total = max((a.page_count or 0) for a in ordered) or len(ordered)
    merged = replace(head, paragraphs=[p for a in ordered for p in a.paragraphs], page=None, page_count=total,
                     pages=len(ordered), authors=list(head.authors), tags=list(head.tags),
                     warnings=list(head.warnings))
    for other in ordered[1:]:
        merged.authors += [x for x in other.authors if x not in merged.authors]
        merged.tags += [x for x in other.tags if x not in merged.tags]
        for field in ("title", "published_at", "editor", "section", "dateline", "dateline_text",
                      "image_caption", "image_credit", "syndicated_from", "publisher"):
            if getattr(merged, field) is None and getattr(other, field) is not None:
                setattr(merged, field, getattr(other, field))
        merged.warnings += [w for w in other.warnings if w not in merged.warnings]
    merged.url = all_pages_url(head.url) if head.url else None
    have = [a.page for a in ordered]
    missing = [n for n in range(1, total + 1) if n not in have]
    if missing:
        merged.warnings.append(f"multi-page article incomplete: pages {have} of {total} (missing {missing})")
    return merged


class PageGroups:
    """Buffers the pages of multi-page articles until each article is complete (see module doc)."""

    def __init__(self, max_open: int = 1000):
        self.max_open = max_open
        self.open: "OrderedDict[str, dict[int, tuple[Any, Article]]]" = OrderedDict()
        self.stitched = 0          # articles stitched from more than one page

    def add(self, item: Any, article: Article) -> list[tuple[Any, Article]]:
        key = article_key(article.url)
        if not is_partial(article) or key is None:
            return [(item, article)]
        group = self.open.setdefault(key, {})
        if article.page in group:
            article.warnings.append(f"page {article.page} of this article seen twice; the first copy is kept")
        else:
            group[article.page] = (item, article)
        ready: list[tuple[Any, Article]] = []
        if len(group) >= max(a.page_count or 0 for _, a in group.values()):
            ready.append(self._close(key))
        while len(self.open) > self.max_open:
            oldest = next(iter(self.open))
            ready.append(self._close(oldest, reason="too many open multi-page articles"))
        return ready

    def flush(self) -> list[tuple[Any, Article]]:
        """The incomplete articles at the end of the input, stitched from the pages that came."""
        return [self._close(key, reason="end of input") for key in list(self.open)]

    def _close(self, key: str, reason: Optional[str] = None) -> tuple[Any, Article]:
        group = self.open.pop(key)
        pages = [group[n] for n in sorted(group)]
        article = stitch([a for _, a in pages])
        if len(pages) > 1:
            self.stitched += 1
            article.warnings.append("stitched from " + ", ".join(getattr(item, "source", "?") for item, _ in pages))
        if reason and any(w.startswith("multi-page article incomplete") for w in article.warnings):
            article.warnings.append(f"flushed before complete: {reason}")
        return pages[0][0], article
