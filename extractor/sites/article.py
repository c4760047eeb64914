"""What the sites stage yields: an Article, the page's metadata and clean body."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Article:
    parser: str                                  # e.g. "tribun.TribunParserV1"
    paragraphs: list[str] = field(default_factory=list)
    url: Optional[str] = None
    site: Optional[str] = None
    publisher: Optional[str] = None
    title: Optional[str] = None
    published_at: Optional[str] = None
    authors: list[str] = field(default_factory=list)
    editor: Optional[str] = None
    section: Optional[str] = None
    tags: list[str] = field(default_factory=list)
    dateline: Optional[str] = None
    dateline_text: Optional[str] = None          # the dateline as written, removed from the body
    image_caption: Optional[str] = None
    image_credit: Optional[str] = None
    syndicated_from: Optional[str] = None
    page: Optional[int] = None                   # this page's number in a multi-page article
    page_count: Optional[int] = None
    pages: int = 1                               # pages stitched into this article
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


class ParseError(Exception):
    """The page cannot give an article (no body, not an article page); becomes a reject."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason
