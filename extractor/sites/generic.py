"""Any other news page: JSON-LD NewsArticle, Open Graph and meta tags for the metadata, and
trafilatura (the field's reference main-text extractor) for the body."""
from __future__ import annotations

from typing import Optional

from ..calendar import date_from_url, parse_timestamp
from .article import Article, ParseError
from .bodyclean import clean_body
from .publishers import publisher_for, site_of
from .tribun import canonical_url, first, json_ld_articles, ld_names, meta_content, text_of


MIN_WORDS = 20   # less main text than this is a navigation or index page, not an article


class GenericParser:
    name = "generic.GenericParser"

    def parse(self, tree, html: str, url: Optional[str] = None) -> Article:
        import trafilatura

        url = canonical_url(tree, url)
        ld = (json_ld_articles(tree) or [{}])[0]
        body_text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False,
                                        favor_precision=True, deduplicate=False)
        if not body_text and isinstance(ld.get("articleBody"), str):
            body_text = ld["articleBody"]
        if not body_text or not body_text.strip():
            raise ParseError("no_body", "no article text found on the page")
        cleaned = clean_body([p for p in body_text.split("\n") if p.strip()])
        if not cleaned.paragraphs:
            raise ParseError("no_body", "the article text is empty after removing boilerplate")
        words = sum(len(p.split()) for p in cleaned.paragraphs)
        if words < MIN_WORDS:
            raise ParseError("no_body", f"only {words} words of main text: not an article page")
        title = ld.get("headline") or meta_content(tree, "og:title", "twitter:title") or text_of(first(tree, "//h1")) or text_of(first(tree, "//title"))
        published = None
        for raw in (ld.get("datePublished"), meta_content(tree, "article:published_time", "pubdate", "publishdate", "date", "datePublished")):
            if isinstance(raw, str) and (published := parse_timestamp(raw)):
                break
        keywords = meta_content(tree, "news_keywords", "keywords") or ld.get("keywords") or []
        if isinstance(keywords, str):
            keywords = [k.strip() for k in keywords.split(",") if k.strip()]
        section = ld.get("articleSection") or meta_content(tree, "article:section")
        if isinstance(section, list):
            section = section[0] if section else None
        ld_publisher = ld.get("publisher")
        publisher = publisher_for(url, cleaned.site_label) or (
            ld_publisher.get("name") if isinstance(ld_publisher, dict) else None)
        author = meta_content(tree, "author")
        return Article(
            parser=self.name, url=url, site=site_of(url), paragraphs=cleaned.paragraphs,
            title=title or None, published_at=published or date_from_url(url),
            authors=ld_names(ld.get("author")) or ([author] if author else []) or cleaned.authors,
            editor=cleaned.editor, section=section, tags=[str(k) for k in keywords],
            dateline=cleaned.dateline, dateline_text=cleaned.dateline_text, syndicated_from=cleaned.syndicated_from, publisher=publisher,
        )
