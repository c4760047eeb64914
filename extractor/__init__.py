"""Indonesian regional news (Bangka Pos, the Tribun network) to validated research records.

    from extractor import extract_html, extract_text
    record = extract_html(html, url="https://babel.tribunnews.com/2025/03/23/...")
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "extract_html", "extract_text", "Record", "Reject"]


def __getattr__(name):
    if name in ("Record", "Reject"):
        from . import records
        return getattr(records, name)
    raise AttributeError(name)


_EXTRACTOR = None


def _extractor():
    global _EXTRACTOR
    if _EXTRACTOR is None:
        from .extraction import Extractor
        _EXTRACTOR = Extractor()
    return _EXTRACTOR


def extract_html(html: str, url: str | None = None, published: str | None = None, source: str = "<html>"):
    """A page's HTML -> Record (or Reject, with the reason)."""
    from .sources.document import Document
    return _extractor().process(Document(source=source, url=url, html=html, meta={"published": published} if published else {}))


def extract_text(text: str, url: str | None = None, published: str | None = None, title: str | None = None,
                 source: str = "<text>"):
    """A page saved as text, or a bare article body -> Record (or Reject)."""
    from .sources.document import Document
    meta = {k: v for k, v in (("published", published), ("title", title)) if v}
    return _extractor().process(Document(source=source, url=url, text=text, meta=meta))
