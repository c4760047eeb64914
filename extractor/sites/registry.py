"""Which parser for which document: a Tribun layout by host and page evidence (and the capture date,
when the document has one, to choose among layouts the page could be), the text-dump and
archive-body parsers for text, the generic parser for everything else. The parser that ran is
recorded in `Article.parser` (and so in each record's provenance)."""
from __future__ import annotations

from datetime import date
from typing import Optional

from ..calendar import parse_timestamp
from ..sources.document import Document
from .article import Article, ParseError
from .generic import GenericParser
from .publishers import is_tribun_host, site_of
from .textdump import ArchiveBodyParser, TextDumpParser, looks_like_page_dump
from .tribun import canonical_url, looks_tribun, parse_tree, parse_tribun

MAX_PAGE_CHARS = 15_000_000


def parse_document(doc: Document) -> Article:
    """Document -> Article, or ParseError with a reason."""
    meta = doc.meta or {}
    if doc.html is not None:
        if len(doc.html) > MAX_PAGE_CHARS:
            raise ParseError("too_large", f"page of {len(doc.html)} characters is over the limit")
        tree = parse_tree(doc.html)
        url = canonical_url(tree, doc.url)
        article: Optional[Article] = None
        if is_tribun_host(site_of(url)) or looks_tribun(tree):
            article = parse_tribun(tree, url, capture_date(doc.fetched_at), doc.html)
        if article is None:
            article = GenericParser().parse(tree, doc.html, url)
        _apply_row_meta(article, meta)
        return article
    if doc.text is not None:
        parser = TextDumpParser() if looks_like_page_dump(doc.text) else ArchiveBodyParser()
        return parser.parse(doc.text, doc.url, meta)
    raise ParseError("no_content", "the document has neither HTML nor text")


def capture_date(fetched_at: Optional[str]) -> Optional[date]:
    """The day a page was captured (WARC-Date, a row's scrape time), if known."""
    stamp = parse_timestamp(fetched_at) if fetched_at else None
    if not stamp or len(stamp) < 10:
        return None
    try:
        return date.fromisoformat(stamp[:10])
    except ValueError:
        return None


def _apply_row_meta(article: Article, meta: dict) -> None:
    """Archive-row metadata given beside a page: the row's date is the reference; the rest fills gaps."""
    if meta.get("published"):
        stamp = parse_timestamp(str(meta["published"]))
        if stamp:
            article.published_at = stamp
    for key in ("title", "section", "editor"):
        if not getattr(article, key) and isinstance(meta.get(key), str):
            setattr(article, key, meta[key])
