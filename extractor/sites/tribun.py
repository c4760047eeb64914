"""Tribun network (all *.tribunnews.com sites) and Bangka Pos article pages, one class per layout.

Selectors are named constants on each class (Fundus style); the version is chosen by page evidence
(`matches`). The known structure is in ../shared/corpus/TRIBUN_LAYOUT.md; each version has a derived
fixture with its expected JSON under corpus/fixtures/tribun/.

The page is parsed once with lxml (a couple of milliseconds for 150 KB); the body paragraphs are
then cleaned by the shared body cleaner, which knows the network's chrome.
"""
from __future__ import annotations

import json
import re
from typing import Optional
from urllib.parse import parse_qs, urlsplit

from lxml import html as lxml_html

from ..calendar import date_from_url, parse_timestamp
from .article import Article, ParseError
from .bodyclean import clean_body
from .publishers import publisher_for, site_of

_WS = re.compile(r"\s+")
_PAGE_OF = re.compile(r"Halaman\s+(?P<page>\d+)\s*/\s*(?P<total>\d+)", re.I)


def text_of(node) -> str:
    return _WS.sub(" ", node.text_content()).strip() if node is not None else ""


def first(tree, xpath: str):
    found = tree.xpath(xpath)
    return found[0] if found else None


def meta_content(tree, *names: str) -> Optional[str]:
    for name in names:
        value = first(tree, f'//meta[@property="{name}" or @name="{name}" or @itemprop="{name}"]/@content')
        if value and value.strip():
            return value.strip()
    return None


def json_ld_articles(tree) -> list[dict]:
    """NewsArticle/Article objects from the page's JSON-LD blocks (tolerating broken JSON)."""
    found: list[dict] = []
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(script.strip())
        except (json.JSONDecodeError, ValueError):
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if not isinstance(item, dict):
                continue
            if "@graph" in item and isinstance(item["@graph"], list):
                stack.extend(item["@graph"])
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(k in ("NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting") for k in kinds if isinstance(k, str)):
                found.append(item)
    return found


def ld_names(value) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip():
            names.append(name.strip())
    return names


def canonical_url(tree, fallback: Optional[str]) -> Optional[str]:
    return (
        first(tree, '//link[@rel="canonical"]/@href')
        or meta_content(tree, "og:url")
        or fallback
    )


def parse_tree(html: str):
    if not html or not html.strip():
        raise ParseError("empty", "the page is empty")
    try:
        tree = lxml_html.fromstring(html.encode("utf-8", "surrogatepass") if "encoding=" in html[:100] else html)
    except (ValueError, lxml_html.etree.ParserError) as exc:
        raise ParseError("bad_html", f"the page cannot be parsed as HTML: {exc}") from exc
    return tree


class TribunParserV1:
    """The classic Tribun article layout (about 2015-2024): h1#arttitle, div#article_con, div#penulis."""

    name = "tribun.TribunParserV1"
    TITLE = '//h1[@id="arttitle"]'
    BODY = ('//div[@id="article_con"]//div[contains(concat(" ", normalize-space(@class), " "), " txt-article ")]'
            ' | //div[contains(concat(" ", normalize-space(@class), " "), " side-article ") and'
            ' contains(concat(" ", normalize-space(@class), " "), " txt-article ")]')
    PARAGRAPHS = './/p[not(ancestor::figure) and not(contains(concat(" ", normalize-space(@class), " "), " baca "))]'
    DROP = ('.//script | .//style | .//noscript | .//iframe | .//ins | .//figure | .//figcaption'
            ' | .//*[contains(@class, "ads")] | .//*[contains(@class, "baca")] | .//*[@id="artimg"]')
    BYLINE = '//div[@id="penulis"] | //*[contains(concat(" ", normalize-space(@class), " "), " author ")]'
    TIME = '(//div[@id="article"]//time | //time)[1]'
    IMAGE_CAPTION = '//div[@id="artimg"]//div[contains(@class, "arial") and contains(@class, "f12")]'
    IMAGE_CREDIT = '//div[@id="artimg"]//*[contains(@class, "credit")]'
    SECTION = '(//ul[@id="breadcrumbs"]//li | //div[contains(@class, "breadcrumb")]//li)[last()]'
    TAGS = '//div[contains(@class, "tagcloud")]//a | //ul[contains(@class, "tags")]//a'
    TOTAL_PAGE = '//span[contains(@class, "total-page")]'

    @classmethod
    def matches(cls, tree) -> bool:
        return bool(tree.xpath('//h1[@id="arttitle"]')) and bool(tree.xpath('//div[@id="article_con"]'))

    def parse(self, tree, url: Optional[str] = None) -> Article:
        url = canonical_url(tree, url)
        ld = (json_ld_articles(tree) or [{}])[0]
        container = first(tree, self.BODY)
        if container is None:
            raise ParseError("no_body", f"{self.name}: no article body container")
        raw_paragraphs = self.body_paragraphs(container)
        cleaned = clean_body(raw_paragraphs)
        if not cleaned.paragraphs:
            raise ParseError("no_body", f"{self.name}: the article body is empty")
        authors, editor = self.byline(tree)
        article = Article(
            parser=self.name, url=url, site=site_of(url), paragraphs=cleaned.paragraphs,
            title=text_of(first(tree, self.TITLE)) or meta_content(tree, "og:title") or ld.get("headline"),
            authors=authors or cleaned.authors or ld_names(ld.get("author")),
            editor=editor or cleaned.editor or (ld_names(ld.get("editor")) or [None])[0],
            dateline=cleaned.dateline, dateline_text=cleaned.dateline_text, syndicated_from=cleaned.syndicated_from,
        )
        article.published_at = self.published(tree, ld, url)
        article.section = text_of(first(tree, self.SECTION)) or meta_content(tree, "article:section") or ld.get("articleSection") or None
        if isinstance(article.section, list):
            article.section = article.section[0] if article.section else None
        article.tags = self.tags(tree, ld)
        article.image_caption = text_of(first(tree, self.IMAGE_CAPTION)) or None
        article.image_credit = text_of(first(tree, self.IMAGE_CREDIT)) or None
        article.publisher = publisher_for(url, cleaned.site_label)
        article.page, article.page_count = self.pagination(tree, url)
        return article

    def body_paragraphs(self, container) -> list[str]:
        for bad in container.xpath(self.DROP):
            bad.drop_tree()
        paragraphs = [text_of(p) for p in container.xpath(self.PARAGRAPHS)]
        if not any(paragraphs):   # bodies written as text with <br> instead of <p>
            paragraphs = [t.strip() for t in container.xpath(".//text()") if t.strip()]
        return [p for p in paragraphs if p]

    def byline(self, tree) -> tuple[list[str], Optional[str]]:
        authors: list[str] = []
        editor = None
        for node in tree.xpath(self.BYLINE):
            text = text_of(node)
            for label, value in re.findall(r"(Penulis|Editor|Reporter)\s*:\s*(.+?)(?=\s*(?:Penulis|Editor|Reporter)\s*:|$)", text):
                value = value.strip(" |")
                if label == "Editor":
                    editor = editor or value
                elif value and value not in authors:
                    authors.append(value)
        return authors, editor

    def published(self, tree, ld: dict, url: Optional[str]) -> Optional[str]:
        node = first(tree, self.TIME)
        if node is not None:
            first_text = (node.text or "").strip() or text_of(node)
            stamp = parse_timestamp(first_text)
            if stamp:
                return stamp
            if node.get("datetime"):
                stamp = parse_timestamp(node.get("datetime"))
                if stamp:
                    return stamp
        for raw in (meta_content(tree, "article:published_time", "datePublished"), ld.get("datePublished")):
            stamp = parse_timestamp(raw) if isinstance(raw, str) else None
            if stamp:
                return stamp
        return date_from_url(url)

    def tags(self, tree, ld: dict) -> list[str]:
        tags = [text_of(a) for a in tree.xpath(self.TAGS) if text_of(a)]
        if not tags:
            raw = meta_content(tree, "news_keywords", "keywords") or ld.get("keywords")
            if isinstance(raw, list):
                tags = [str(t).strip() for t in raw if str(t).strip()]
            elif isinstance(raw, str):
                tags = [t.strip() for t in raw.split(",") if t.strip()]
        seen: list[str] = []
        for tag in tags:
            if tag not in seen:
                seen.append(tag)
        return seen

    def pagination(self, tree, url: Optional[str]) -> tuple[Optional[int], Optional[int]]:
        page = total = None
        m = _PAGE_OF.search(text_of(first(tree, self.TOTAL_PAGE)))
        if m:
            page, total = int(m.group("page")), int(m.group("total"))
        if url:
            query = parse_qs(urlsplit(url).query)
            value = (query.get("page") or [None])[0]
            if value and value.isdigit():
                page = int(value)
            elif value == "all":
                page, total = None, None
        return page, total


LAYOUTS = (TribunParserV1,)


def parse_tribun(tree, url: Optional[str]) -> Optional[Article]:
    """Parse with the first layout whose evidence the page shows; None when none does."""
    for layout in LAYOUTS:
        if layout.matches(tree):
            return layout().parse(tree, url)
    return None
