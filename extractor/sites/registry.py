"""Which parser for which document: Tribun layouts by host and page evidence, the text-dump and
archive-body parsers for text, the generic parser for everything else."""
from __future__ import annotations

from typing import Optional

from ..calendar import parse_timestamp
from ..sources.document import Document
from .article import Article, ParseError
from .generic import GenericParser
from .publishers import is_tribun_host, site_of
from .textdump import ArchiveBodyParser, TextDumpParser, looks_like_page_dump
from .tribun import canonical_url, parse_tree, parse_tribun

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
        if is_tribun_host(site_of(url)) or tree.xpath('//h1[@id="arttitle"]'):
            article = parse_tribun(tree, url)
        if article is None:
            article = GenericParser().parse(tree, doc.html, url)
        _apply_row_meta(article, meta)
        return article
    if doc.text is not None:
        parser = TextDumpParser() if looks_like_page_dump(doc.text) else ArchiveBodyParser()
        return parser.parse(doc.text, doc.url, meta)
    raise ParseError("no_content", "the document has neither HTML nor text")


def _apply_row_meta(article: Article, meta: dict) -> None:
    """Archive-row metadata given beside a page: the row's date is the reference; the rest fills gaps."""
    if meta.get("published"):
        stamp = parse_timestamp(str(meta["published"]))
        if stamp:
            article.published_at = stamp
    for key in ("title", "section", "editor"):
        if not getattr(article, key) and isinstance(meta.get(key), str):
            setattr(article, key, meta[key])
