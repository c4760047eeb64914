"""Tribun network (all *.tribunnews.com sites) and Bangka Pos article pages, one class per layout.

In the style of Fundus: one module for the publisher family, one class per layout version, the
selectors as named constants on each class, and the version chosen by page evidence (`matches`)
and, when the capture date is known, by the years the layout was in use (`IN_USE`). The known page
structure is in ../shared/corpus/TRIBUN_LAYOUT.md; every version has a derived fixture page with its
expected JSON under corpus/fixtures/tribun/<version>/.

    TribunParserV1          classic desktop layout (www and regional sites, about 2015-2024)
    TribunMobileParser      m.tribunnews.com (no #article_con; byline as a line of text)
    BangkaPosParser         Bangka Pos / Babel News (babel., bangka., belitung.tribunnews.com, bangkapos.com)
    TribunParser2025        the 2025 www/regional redesign ('Ringkasan Berita' box, /<section>/<id>/<slug>)
    TribunBrandSafetyParser pages whose body is only in the `keywordBrandSafety = "...";` script variable

The page is parsed once with lxml (a couple of milliseconds for 200 KB); the body paragraphs are
then cleaned by the shared body cleaner (bodyclean.py), which knows the network's chrome.
"""
from __future__ import annotations

import json
import re
from datetime import date
from typing import Optional
from urllib.parse import parse_qs, urlsplit

from lxml import html as lxml_html

from ..calendar import date_from_url, parse_timestamp
from .article import Article, ParseError
from .bodyclean import clean_body
from .multipage import all_pages_url
from .publishers import publisher_for, site_of

_WS = re.compile(r"\s+")
_PAGE_OF = re.compile(r"Halaman\s+(?P<page>\d+)\s*(?:/|dari)\s*(?P<total>\d+)", re.I)
_CREDIT_IN_CAPTION = re.compile(r"\s*\((?P<credit>[^()]{3,80}/[^()]{2,80})\)\s*$")
_MOBILE_AGENT = re.compile(r"'agent'\s*:\s*'mobile'")
_DATED = re.compile(r"(?:19|20)\d{2}")
_LABELLED = re.compile(r"(Penulis|Editor|Reporter|Laporan Wartawan)\s*:\s*(.+?)(?=\s*(?:\||Penulis\s*:|Editor\s*:|Reporter\s*:)|$)")


def cls(name: str) -> str:
    """XPath test for one class among several: contains(concat(' ', @class, ' '), ' name ')."""
    return f'contains(concat(" ", normalize-space(@class), " "), " {name} ")'


def text_of(node) -> str:
    return _WS.sub(" ", node.text_content()).strip() if node is not None else ""


_XPATHS: dict = {}


def xp(node, xpath: str) -> list:
    """Evaluate an XPath, compiled once per expression."""
    compiled = _XPATHS.get(xpath)
    if compiled is None:
        compiled = _XPATHS[xpath] = lxml_html.etree.XPath(xpath)
    return compiled(node)


def first(tree, xpath: str):
    found = xp(tree, xpath)
    return found[0] if found else None


_META: list = [None, {}]      # the last tree's meta tags (one tree at a time is parsed)


def _metas(tree) -> dict:
    root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree
    if _META[0] is not root:
        table: dict = {}
        for meta in xp(root, "/html/head/meta[@content]") or xp(root, "//meta[@content]"):
            for attr in ("property", "name", "itemprop"):
                key = meta.get(attr)
                if key and key not in table and meta.get("content", "").strip():
                    table[key] = meta.get("content").strip()
        _META[0], _META[1] = root, table
    return _META[1]


def meta_content(tree, *names: str) -> Optional[str]:
    table = _metas(tree)
    for name in names:
        if name in table:
            return table[name]
    return None


def json_ld_articles(tree) -> list[dict]:
    """NewsArticle/Article objects from the page's JSON-LD blocks (tolerating broken JSON)."""
    found: list[dict] = []
    for script in xp(tree, '//script[@type="application/ld+json"]/text()'):
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
        first(tree, '/html/head/link[@rel="canonical"]/@href') or first(tree, '//link[@rel="canonical"]/@href')
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


def split_caption_credit(caption: str) -> tuple[Optional[str], Optional[str]]:
    """'Warga antre di kantor BPJS. (Bangka Pos/Sela Agustika)' -> caption, credit."""
    caption = _WS.sub(" ", caption or "").strip()
    if not caption:
        return None, None
    m = _CREDIT_IN_CAPTION.search(caption)
    if m:
        return caption[: m.start()].strip() or None, m.group("credit").strip()
    return caption, None


class TribunParserV1:
    """The classic Tribun article layout (about 2015-2024): h1#arttitle, div#article_con, div#penulis.

    Selectors: BODY and TITLE are searched in the whole page; the others are relative ('.//') to the
    article block (the nearest ancestor of the body matching SCOPE), and to the whole page only when
    the block has no match: on a 200 KB page of listings and ad slots this keeps a parse to a few ms.
    `EVIDENCE` are strings the page source must contain before `matches` looks at the tree."""

    name = "tribun.TribunParserV1"
    IN_USE = (date(2012, 1, 1), date(2024, 12, 31))
    EVIDENCE = ("arttitle", "article_con")
    TITLE = './/h1[@id="arttitle"]'
    BODY = '//div[@id="article_con"]//div[contains(@class, "txt-article")]'
    SCOPE = lambda node: node.get("id") == "article"
    PARAGRAPHS = f'.//p[not(ancestor::figure) and not({cls("baca")})]'
    DROP = ('.//script | .//style | .//noscript | .//iframe | .//ins | .//figure | .//figcaption'
            ' | .//*[contains(@class, "ads")] | .//*[contains(@class, "baca")] | .//*[@id="artimg"]'
            ' | .//*[contains(@class, "ringkasan")] | .//*[contains(@class, "share")] | .//*[contains(@class, "rekomendasi")]')
    BYLINE = f'.//div[@id="penulis"] | .//*[{cls("author")}]'
    TIME = '(.//time)[1]'
    IMAGE_CAPTION = './/div[@id="artimg"]//div[contains(@class, "arial") and contains(@class, "f12")]'
    IMAGE_CREDIT = './/div[@id="artimg"]//*[contains(@class, "credit")]'
    SECTION = '(.//ul[@id="breadcrumbs"]//li | .//div[contains(@class, "breadcrumb")]//li)[last()]'
    TAGS = './/div[contains(@class, "tagcloud")]//a | .//ul[contains(@class, "tags")]//a'
    TOTAL_PAGE = './/span[contains(@class, "total-page")]'

    @classmethod
    def matches(cls_, tree, html: Optional[str] = None) -> bool:
        if html is not None and not all(e in html for e in cls_.EVIDENCE):
            return False
        if html is not None:     # the container as markup, not a script's mention of it
            return 'id="article_con"' in html or "id='article_con'" in html
        return bool(xp(tree, '//h1[@id="arttitle"]')) and bool(xp(tree, '//div[@id="article_con"]'))

    def parse(self, tree, url: Optional[str] = None) -> Article:
        url = canonical_url(tree, url)
        ld = (json_ld_articles(tree) or [{}])[0]
        container = self.container(tree)
        self.scope = self.scope_of(container, tree)
        raw_paragraphs = self.raw_body(container)
        cleaned = clean_body(raw_paragraphs)
        if not cleaned.paragraphs:
            raise ParseError("no_body", f"{self.name}: the article body is empty")
        authors, editor = self.byline(tree)
        article = Article(
            parser=self.name, url=url, site=site_of(url), paragraphs=cleaned.paragraphs,
            title=self.title(tree, ld),
            authors=_unique(authors or cleaned.authors or ld_names(ld.get("author"))),
            editor=editor or cleaned.editor or (ld_names(ld.get("editor")) or [None])[0],
            dateline=cleaned.dateline, dateline_text=cleaned.dateline_text, syndicated_from=cleaned.syndicated_from,
        )
        article.published_at = self.published(tree, ld, url)
        article.section = self.section(tree, ld)
        article.tags = self.tags(tree, ld)
        article.image_caption, article.image_credit = self.image(tree)
        if cleaned.captions and not article.image_caption:
            article.image_caption, article.image_credit = split_caption_credit(cleaned.captions[0])
        article.publisher = publisher_for(url, cleaned.site_label)
        article.page, article.page_count = self.pagination(tree, url)
        if article.page_count and article.page_count > 1:
            article.url = all_pages_url(url)
        return article

    # -- finding things ------------------------------------------------------------------------

    def container(self, tree):
        container = first(tree, self.BODY)
        if container is None:
            raise ParseError("no_body", f"{self.name}: no article body container")
        return container

    def scope_of(self, container, tree):
        for ancestor in container.iterancestors():
            if type(self).SCOPE(ancestor):
                return ancestor
        return tree

    def find(self, tree, xpath: str, page_wide: bool = False) -> list:
        """Matches of a relative selector in the article block; with `page_wide`, in the whole page
        when the block has none (breadcrumbs and tag lists may sit outside it)."""
        found = xp(self.scope, xpath)
        if not found and page_wide and self.scope is not tree:
            found = xp(tree, xpath)
        return found

    def find_one(self, tree, xpath: str, page_wide: bool = False):
        found = self.find(tree, xpath, page_wide)
        return found[0] if found else None

    # -- the parts, each overridable by a later layout -----------------------------------------

    def raw_body(self, container) -> list[str]:
        return self.body_paragraphs(container)

    def body_paragraphs(self, container) -> list[str]:
        for bad in xp(container, self.DROP):
            bad.drop_tree()
        paragraphs = [text_of(p) for p in xp(container, self.PARAGRAPHS)]
        if not any(paragraphs):   # bodies written as text with <br> instead of <p>
            paragraphs = [t.strip() for t in xp(container, ".//text()") if t.strip()]
        return [p for p in paragraphs if p]

    def title(self, tree, ld: dict) -> Optional[str]:
        return (text_of(self.find_one(tree, self.TITLE, page_wide=True)) or meta_content(tree, "og:title")
                or ld.get("headline") or None)

    def byline(self, tree) -> tuple[list[str], Optional[str]]:
        authors: list[str] = []
        editor = None
        for node in self.find(tree, self.BYLINE):
            for label, value in _LABELLED.findall(text_of(node)):
                value = value.strip(" |,")
                if not value:
                    continue
                if label == "Editor":
                    editor = editor or value
                elif value not in authors:
                    authors.append(value)
        return authors, editor

    def published(self, tree, ld: dict, url: Optional[str]) -> Optional[str]:
        node = self.find_one(tree, self.TIME)
        if node is not None:
            first_text = (node.text or "").strip() or text_of(node)
            stamp = parse_timestamp(first_text) if _DATED.search(first_text) else None   # not '3 menit lalu'
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

    def section(self, tree, ld: dict) -> Optional[str]:
        section = text_of(self.find_one(tree, self.SECTION, page_wide=True)) or meta_content(tree, "article:section") or ld.get("articleSection") or None
        if isinstance(section, list):
            section = section[0] if section else None
        return section

    def tags(self, tree, ld: dict) -> list[str]:
        tags = [text_of(a) for a in self.find(tree, self.TAGS, page_wide=True) if text_of(a)]
        if not tags:
            raw = meta_content(tree, "news_keywords", "keywords") or ld.get("keywords")
            if isinstance(raw, list):
                tags = [str(t).strip() for t in raw if str(t).strip()]
            elif isinstance(raw, str):
                tags = [t.strip() for t in raw.split(",") if t.strip()]
        return _unique(tags)

    def image(self, tree) -> tuple[Optional[str], Optional[str]]:
        caption, credit = split_caption_credit(text_of(self.find_one(tree, self.IMAGE_CAPTION)))
        return caption, text_of(self.find_one(tree, self.IMAGE_CREDIT)) or credit

    def pagination(self, tree, url: Optional[str]) -> tuple[Optional[int], Optional[int]]:
        page = total = None
        m = _PAGE_OF.search(text_of(self.find_one(tree, self.TOTAL_PAGE)))
        if m:
            page, total = int(m.group("page")), int(m.group("total"))
        if url:
            query = parse_qs(urlsplit(url).query)
            value = (query.get("page") or [None])[0]
            if value and value.isdigit():
                page = int(value)
            elif value == "all":
                page, total = None, None
        if total is not None and total <= 1:
            page = total = None
        return page, total


class TribunMobileParser(TribunParserV1):
    """m.tribunnews.com article pages (derived from the real 2022 mobile home page's chrome and the
    layout notes): the body is `div.txt-article` without the desktop `#article_con` wrapper, the
    byline is a plain 'Penulis: X | Editor: Y' line under the title, tags are `div.tagcload`."""

    name = "tribun.TribunMobileParser"
    IN_USE = (date(2015, 1, 1), date(2024, 12, 31))
    EVIDENCE = ("txt-article",)
    BODY = '//div[@id="article"]//div[contains(@class, "txt-article")]'
    BYLINE = f'.//div[{cls("penulis")}] | .//div[{cls("author")}]'
    IMAGE_CAPTION = f'.//div[@id="artimg"]//div[{cls("caption")}]'
    IMAGE_CREDIT = f'.//div[@id="artimg"]//*[{cls("credit")}]'
    SECTION = f'(.//ul[{cls("breadcrumb")}]//li)[last()]'
    TAGS = f'.//div[{cls("tagcload")}]//a'
    TOTAL_PAGE = f'.//div[{cls("paging")}]//span[{cls("total-page")}]'

    @classmethod
    def matches(cls_, tree, html: Optional[str] = None) -> bool:
        if html is not None:
            at = html.find("'agent'", 0, 60000)
            if "m_tnews_article" not in html and not (at >= 0 and _MOBILE_AGENT.match(html, at)):
                return False
        else:
            mobile = bool(xp(tree, '//link[contains(@href, "m_tnews_article")]')) or any(
                "'agent':'mobile'" in s.replace(" ", "") for s in xp(tree, "//head/script/text()"))
            if not mobile:
                return False
        return bool(xp(tree, cls_.BODY))


class BangkaPosParser(TribunParserV1):
    """Bangka Pos / Babel News pages (babel.tribunnews.com, earlier bangka.tribunnews.com; Pos
    Belitung; bangkapos.com redirects here). The page shows, in order (the seed text dump is one):
    the rubric ('Kabar Pangkalpinang'), the title, a lead, 'Editor: X', the photo credit ('Bangka
    Pos/Sela Agustika') and caption, the body from 'PANGKALPINANG, BABEL NEWS -', 'Sumber: Bangka Pos',
    recommendations, 'Ikuti kami di', the font-size switch 'AA', 'Berita Terkini' and the copyright."""

    name = "tribun.BangkaPosParser"
    IN_USE = (date(2019, 1, 1), date(2099, 12, 31))
    EVIDENCE = ("arttitle", "article_con")
    SITE_NAMES = ("bangkapos.com", "babel news", "posbelitung.co", "pos belitung", "bangka pos")
    RUBRIC = f'.//div[{cls("rubrik")}]//a'
    BYLINE = f'.//div[@id="penulis"] | .//div[{cls("editor")}]'
    SOURCE = f'.//div[{cls("sumber")}]'
    IMAGE_CAPTION = f'.//div[@id="artimg"]//div[{cls("caption")}]'
    IMAGE_CREDIT = f'.//div[@id="artimg"]//div[{cls("credit")}]'

    @classmethod
    def matches(cls_, tree, html: Optional[str] = None) -> bool:
        site = (meta_content(tree, "og:site_name") or "").strip().lower()
        return site in cls_.SITE_NAMES and super().matches(tree, html)

    def section(self, tree, ld: dict) -> Optional[str]:
        return text_of(self.find_one(tree, self.RUBRIC)) or super().section(tree, ld)

    def parse(self, tree, url: Optional[str] = None) -> Article:
        article = super().parse(tree, url)
        source = re.sub(r"^\s*Sumber\s*:\s*", "", text_of(self.find_one(tree, self.SOURCE)))
        if source:
            article.publisher = source
        return article


class TribunParser2025(TribunParserV1):
    """The 2025 www/regional redesign (derived from the layout notes: the 'Ringkasan Berita' bullet
    box above the body, www URLs /<section>/<numeric id>/<slug> with no date): `article.read`,
    `h1.read__title`, `div.read__time time[datetime]`, `div.read__author`, `figure.read__photo`,
    `div.read__content`, `div.read__tags`, `div.read__paging`."""

    name = "tribun.TribunParser2025"
    IN_USE = (date(2025, 1, 1), date(2099, 12, 31))
    EVIDENCE = ("read__content", "read__title")
    TITLE = './/h1[contains(@class, "read__title")]'
    BODY = f'//div[{cls("read__content")}]'
    SCOPE = lambda node: node.tag == "article"
    BYLINE = f'.//div[{cls("read__author")}]'
    TIME = f'(.//div[{cls("read__time")}]//time)[1]'
    IMAGE_CAPTION = f'.//figure[{cls("read__photo")}]//figcaption'
    IMAGE_CREDIT = f'.//figure[{cls("read__photo")}]//*[{cls("read__photo__credit")}]'
    SECTION = f'(.//nav[{cls("breadcrumb")}]//li)[last()]'
    TAGS = f'.//div[{cls("read__tags")}]//a'
    TOTAL_PAGE = f'.//div[{cls("read__paging")}]//span[{cls("total-page")}]'

    @classmethod
    def matches(cls_, tree, html: Optional[str] = None) -> bool:
        if html is not None and not all(e in html for e in cls_.EVIDENCE):
            return False
        return bool(xp(tree, cls_.BODY)) and bool(xp(tree, "/" + cls_.TITLE.lstrip(".")))

    def image(self, tree) -> tuple[Optional[str], Optional[str]]:
        figcaption = self.find_one(tree, self.IMAGE_CAPTION)
        credit = text_of(self.find_one(tree, self.IMAGE_CREDIT)) or None
        if figcaption is None:
            return None, credit
        caption = " ".join(t.strip() for t in xp(figcaption, f'./text() | ./*[not({cls("read__photo__credit")})]//text()') if t.strip())
        caption, inline_credit = split_caption_credit(caption)
        return caption, credit or inline_credit


class TribunBrandSafetyParser(TribunParserV1):
    """Pages whose article body is not in the markup but only in the brand-safety script variable
    (`keywordBrandSafety = "...";`, TRIBUN_LAYOUT.md): the metadata come from the header, the meta
    tags and JSON-LD; the body from the JavaScript string."""

    name = "tribun.TribunBrandSafetyParser"
    IN_USE = (date(2018, 1, 1), date(2099, 12, 31))
    EVIDENCE = ("keywordBrandSafety",)
    VARIABLE = re.compile(r"keywordBrandSafety\s*=\s*(?P<q>[\"'])(?P<body>(?:\\.|(?!(?P=q)).)*)(?P=q)", re.S)
    SCRIPTS = '//script[contains(text(), "keywordBrandSafety")]/text()'
    MARKUP_BODY = ('//div[contains(@class, "txt-article") or contains(@class, "read__content")]'
                   '[.//p[string-length(normalize-space()) > 40]]')

    @classmethod
    def matches(cls_, tree, html: Optional[str] = None) -> bool:
        if html is not None and "keywordBrandSafety" not in html:
            return False
        return bool(xp(tree, cls_.SCRIPTS)) and not xp(tree, cls_.MARKUP_BODY)

    def container(self, tree):
        heading = first(tree, '//h1[@id="arttitle"] | //h1')
        return heading if heading is not None else tree

    def raw_body(self, container) -> list[str]:
        for script in xp(container.getroottree().getroot(), self.SCRIPTS):
            m = self.VARIABLE.search(script)
            if not m:
                continue
            text = _js_string(m.group("body"))
            if len(text.split()) >= 20:
                text = re.sub(r"<[^>]+>", "\n", text)          # some pages keep the markup in the string
                return [p.strip() for p in re.split(r"\n+", text) if p.strip()]
        raise ParseError("no_body", f"{self.name}: the keywordBrandSafety variable holds no article text")

    def parse(self, tree, url: Optional[str] = None) -> Article:
        article = super().parse(tree, url)
        if len(article.paragraphs) == 1 and len(article.paragraphs[0]) > 600:
            # one run of text: paragraphs glued where a sentence end meets the next capital
            from .bodyclean import split_glued_sentences
            article.paragraphs = split_glued_sentences(article.paragraphs[0])
        return article


def _js_string(body: str) -> str:
    """The value of a JavaScript string literal's body (escapes: \\n \\" \\' \\/ \\uXXXX \\xXX)."""
    def unescape(m: re.Match) -> str:
        s = m.group(0)
        if s[1] == "u":
            return chr(int(s[2:], 16))
        if s[1] == "x":
            return chr(int(s[2:], 16))
        return {"n": "\n", "r": "", "t": " ", "b": "", "f": "", "v": "", "0": ""}.get(s[1], s[1])
    return re.sub(r"\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", unescape, body, flags=re.S)


def _unique(items: list[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen


# The order is the order of evidence: more specific layouts first, the classic layout last.
LAYOUTS = (TribunParser2025, BangkaPosParser, TribunMobileParser, TribunBrandSafetyParser, TribunParserV1)


def looks_tribun(tree) -> bool:
    """Page evidence of the Tribun network when the host does not say it (a saved page without URL):
    the article title id, assets on *.tstatic.net, or the site name."""
    if xp(tree, '//h1[@id="arttitle"]') or xp(tree, '//link[contains(@href, "tstatic.net")]'):
        return True
    site = (meta_content(tree, "og:site_name") or "").lower()
    return any(name in site for name in ("tribun", "bangkapos", "posbelitung", "babel news"))


def choose_layout(tree, captured: Optional[date] = None, html: Optional[str] = None):
    """The layout class for a page: the first whose evidence the page shows; among several, the one
    in use at the capture date when that is known. None when no Tribun layout matches. `html`, the
    page source, lets each layout rule itself out with a substring test before querying the tree."""
    candidates = [layout for layout in LAYOUTS if layout.matches(tree, html)]
    if not candidates:
        return None
    if captured is not None and len(candidates) > 1:
        in_use = [layout for layout in candidates if layout.IN_USE[0] <= captured <= layout.IN_USE[1]]
        if in_use:
            return in_use[0]
    return candidates[0]


def parse_tribun(tree, url: Optional[str], captured: Optional[date] = None,
                 html: Optional[str] = None) -> Optional[Article]:
    """Parse with the layout the page shows; None when no Tribun layout matches."""
    layout = choose_layout(tree, captured, html)
    return layout().parse(tree, url) if layout else None
