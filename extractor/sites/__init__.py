"""Pages to Articles: one parser per publisher family and layout version, chosen by the registry."""
from .article import Article, ParseError

__all__ = ["Article", "ParseError"]
