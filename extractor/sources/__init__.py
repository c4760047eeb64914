"""Getting documents in: archives on disk (files, directories, WARC) and live crawls."""
from .document import Document, SourceError

__all__ = ["Document", "SourceError"]
