"""What the sources stage yields: a Document per input unit, or a SourceError for a unit that could
not be read. Downstream stages see only these two types."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Document:
    source: str                      # path, "path:line", "path@offset"
    url: Optional[str] = None
    html: Optional[str] = None       # a saved or fetched page
    text: Optional[str] = None       # a page saved as text, or a bare article body
    fetched_at: Optional[str] = None
    meta: dict = field(default_factory=dict)   # archive-row fields: title, published, section, ...
    raw_sha256: str = ""             # of the unit's bytes as read
    warnings: list = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.raw_sha256:
            payload = self.html if self.html is not None else (self.text or "")
            self.raw_sha256 = hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class SourceError:
    """An input unit that could not be read; becomes a reject line."""
    source: str
    reason: str
    error: str
    raw_sha256: Optional[str] = None
