"""Discovery: which article URLs a site has, from its news sitemaps, `index-news` pages, RSS feed and
listing pages (home and section fronts). Pure parsers: bytes or HTML in, links out; no fetching.

What is known of these pages is in ../shared/corpus/TRIBUN_LAYOUT.md:
- news sitemaps (`/sitemap-news.xml`, `/<section>/sitemap-news.xml`, sitemap index files) with
  `news:publication_date`, `news:title`, `news:keywords`, `news:name`;
- index pages `https://<sub>.tribunnews.com/index-news?date=2020-3-15&page=1`, items
  `ul.lsi > li.ptb15 h3 a`, a "Next" link;
- RSS at `/rss`;
- listing pages: article links with a section label and a time, absolute in
  `time.foot.timeago[title]="2025-01-07 23:14:24"` or relative ("3 menit lalu").
"""
from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Iterable, Optional
from urllib.parse import urlencode, urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html

from ...calendar import date_from_url, parse_timestamp
from ...resources import load_json
from ...urls import TRIBUN_NETWORK, canonical_url, host_matches

MAX_SITEMAP_BYTES = 50 * 1024 * 1024   # the sitemap protocol's own limit, uncompressed

# /<section>/2022/01/28/<slug>, /2025/03/23/<slug>, and the 2025 www layout /<section>/<id>/<slug>
_DATED_PATH = re.compile(r"^/(?:(?P<section>[a-z0-9-]+(?:/[a-z0-9-]+)*)/)?(?P<y>(?:19|20)\d{2})/(?P<m>\d{2})/(?P<d>\d{2})/(?P<slug>[^/]+?)/?$", re.I)
_ID_PATH = re.compile(r"^/(?P<section>[a-z0-9-]+)/(?P<id>\d{5,})/(?P<slug>[a-z0-9-]+)/?$", re.I)
_NOT_SECTIONS = {"topic", "tag", "tags", "search", "author", "index-news", "rss", "amp", "view", "read", "video",
                 "foto", "images", "img", "wiki"}


@dataclass
class Link:
    """An article link found on a discovery page, with what the page says about it."""
    url: str
    title: Optional[str] = None
    published: Optional[str] = None       # ISO 8601 when the page gives it (or a relative time resolved)
    relative_time: Optional[str] = None   # as written: "3 menit lalu"
    section: Optional[str] = None
    keywords: list[str] = field(default_factory=list)
    source: str = ""                      # sitemap | index | rss | listing

    @property
    def key(self) -> str:
        return canonical_url(self.url)

    def day(self) -> Optional[date]:
        """The publication day, from the page's date or the URL's /YYYY/MM/DD/."""
        for raw in (self.published, date_from_url(self.url)):
            if raw:
                try:
                    return date.fromisoformat(raw[:10])
                except ValueError:
                    continue
        return None


@dataclass
class Sitemap:
    links: list[Link] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)   # children of a sitemap index
    is_index: bool = False


@dataclass
class IndexPage:
    links: list[Link] = field(default_factory=list)
    next_url: Optional[str] = None


class DiscoveryError(ValueError):
    """A discovery page that cannot be read (not XML, not a sitemap, ...)."""


def article_url_parts(url: str) -> Optional[dict]:
    """The parts of an article URL (section, date, slug), or None when the URL is not an article's."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    m = _DATED_PATH.match(parts.path)
    if m:
        try:
            day = date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            return None
        section = m["section"]
        if section and section.split("/")[0].lower() in _NOT_SECTIONS:
            return None
        return {"section": section, "date": day.isoformat(), "slug": m["slug"]}
    m = _ID_PATH.match(parts.path)
    if m and m["section"].lower() not in _NOT_SECTIONS:
        return {"section": m["section"], "date": None, "slug": m["slug"]}
    return None


def is_article_url(url: str) -> bool:
    return article_url_parts(url) is not None


# --- sitemaps --------------------------------------------------------------------------------

def _xml_root(data: bytes, what: str):
    if data[:2] == b"\x1f\x8b":   # a .xml.gz sitemap served without Content-Encoding
        try:
            data = zlib.decompressobj(wbits=47).decompress(data, MAX_SITEMAP_BYTES + 1)
        except zlib.error as exc:
            raise DiscoveryError(f"{what}: bad gzip data: {exc}") from exc
        if len(data) > MAX_SITEMAP_BYTES:
            raise DiscoveryError(f"{what}: larger than {MAX_SITEMAP_BYTES} bytes uncompressed")
    data = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not data:
        raise DiscoveryError(f"{what}: empty")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False,
                             load_dtd=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise DiscoveryError(f"{what}: not XML: {exc}") from exc
    if root is None:
        raise DiscoveryError(f"{what}: not XML")
    return root


def _local(tag) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _child_text(node, *names: str) -> Optional[str]:
    """Text of the first descendant whose local name is one of `names` (namespace-agnostic)."""
    for el in node.iter():
        if _local(el.tag) in names and el.text and el.text.strip():
            return el.text.strip()
    return None


def parse_sitemap(data: bytes, base_url: str = "") -> Sitemap:
    """A sitemap (`urlset`, news extension included) or a sitemap index (`sitemapindex`)."""
    root = _xml_root(data, "sitemap")
    kind = _local(root.tag)
    result = Sitemap(is_index=(kind == "sitemapindex"))
    if kind == "sitemapindex":
        for sm in root:
            if _local(sm.tag) == "sitemap":
                loc = _child_text(sm, "loc")
                if loc:
                    result.sitemaps.append(urljoin(base_url, loc))
        return result
    if kind != "urlset":
        raise DiscoveryError(f"sitemap: root element is <{kind}>, not <urlset> or <sitemapindex>")
    for entry in root:
        if _local(entry.tag) != "url":
            continue
        loc = None
        for el in entry:
            if _local(el.tag) == "loc" and el.text:
                loc = el.text.strip()
        if not loc:
            continue
        published = _child_text(entry, "publication_date") or _child_text(entry, "lastmod")
        keywords = _child_text(entry, "keywords")
        result.links.append(Link(
            url=urljoin(base_url, loc), title=_child_text(entry, "title"),
            published=parse_timestamp(published) if published else None,
            keywords=[k.strip() for k in keywords.split(",") if k.strip()] if keywords else [],
            section=_section_from_url(urljoin(base_url, loc)), source="sitemap"))
    return result


# --- RSS / Atom -------------------------------------------------------------------------------

def _rss_date(raw: Optional[str]) -> Optional[str]:
    if not raw:
        return None
    try:
        return parsedate_to_datetime(raw).isoformat()
    except (TypeError, ValueError, IndexError):
        return parse_timestamp(raw)


def parse_rss(data: bytes, base_url: str = "") -> list[Link]:
    """RSS 2.0 items (link, title, pubDate, category) or Atom entries."""
    root = _xml_root(data, "feed")
    links: list[Link] = []
    for item in root.iter():
        name = _local(item.tag)
        if name == "item":
            url = None
            for el in item:
                if _local(el.tag) == "link" and el.text and el.text.strip():
                    url = el.text.strip()
            url = url or _child_text(item, "guid")
            if not url:
                continue
            links.append(Link(url=urljoin(base_url, url), title=_child_text(item, "title"),
                              published=_rss_date(_child_text(item, "pubDate", "date")),
                              section=_child_text(item, "category") or _section_from_url(url), source="rss"))
        elif name == "entry":
            href = None
            for el in item:
                if _local(el.tag) == "link" and el.get("rel", "alternate") == "alternate" and el.get("href"):
                    href = el.get("href")
            if not href:
                continue
            stamp = _child_text(item, "published", "updated")
            links.append(Link(url=urljoin(base_url, href), title=_child_text(item, "title"),
                              published=parse_timestamp(stamp) if stamp else None,
                              section=_section_from_url(href), source="rss"))
    return links


# --- index-news pages -------------------------------------------------------------------------

def index_news_url(site: str, day: date, page: int = 1, section: Optional[str] = None) -> str:
    """`https://<sub>.tribunnews.com/index-news?date=2020-3-15&page=1` (or `/index-news/<section>`)."""
    path = "/index-news" + (f"/{section.strip('/')}" if section else "")
    query = urlencode({"date": f"{day.year}-{day.month}-{day.day}", "page": page})
    return f"{site.rstrip('/')}{path}?{query}"


def _tree(html: str):
    if not html or not html.strip():
        raise DiscoveryError("page is empty")
    try:
        return lxml_html.fromstring(html)
    except (ValueError, etree.ParserError) as exc:
        raise DiscoveryError(f"page cannot be parsed as HTML: {exc}") from exc


def _cls(name: str) -> str:
    return f'contains(concat(" ", normalize-space(@class), " "), " {name} ")'


_INDEX_ITEMS = f'//ul[{_cls("lsi")}]/li[{_cls("ptb15")}]'
_NEXT = re.compile(r"^\s*(next|berikutnya|selanjutnya|›|»|>)\s*$", re.I)


def parse_index_page(html: str, base_url: str) -> IndexPage:
    """An `index-news` page: its article items (`ul.lsi > li.ptb15 h3 a`) and the "Next" link."""
    tree = _tree(html)
    result = IndexPage()
    for li in tree.xpath(_INDEX_ITEMS):
        anchors = li.xpath(".//h3//a[@href]")
        if not anchors:
            continue
        a = anchors[0]
        url = urljoin(base_url, a.get("href").strip())
        link = Link(url=url, title=_text(a) or a.get("title"), source="index")
        _fill_time(link, li)
        link.section = _section_label(li) or _section_from_url(url)
        result.links.append(link)
    for a in tree.xpath("//a[@href]"):
        if a.get("rel", "").lower() == "next" or _NEXT.match(_text(a)):
            href = a.get("href").strip()
            if href and not href.startswith(("#", "javascript:")):
                result.next_url = urljoin(base_url, href)
                break
    return result


# --- listing pages (home, section fronts) -------------------------------------------------------

def parse_listing(html: str, base_url: str, reference: Optional[datetime] = None,
                  hosts: Optional[Iterable[str]] = TRIBUN_NETWORK) -> list[Link]:
    """Every distinct article link on a listing page, with its title, section and time.

    `reference` is when the page was captured: relative times ("3 menit lalu") are resolved
    against it; without it they are kept as written only. Only links on `hosts` (host patterns,
    default the Tribun network; None for any host) are kept: the classifieds and partner sites a
    home page links to are not the network's news."""
    hosts = tuple(hosts) if hosts is not None else None
    tree = _tree(html)
    found: dict[str, Link] = {}
    for a in tree.xpath("//a[@href]"):
        href = a.get("href", "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = urljoin(base_url, href)
        if not is_article_url(url):
            continue
        if hosts is not None and not host_matches(urlsplit(url).hostname or "", hosts):
            continue
        key = canonical_url(url)
        link = found.get(key)
        if link is None:
            link = found[key] = Link(url=url, source="listing")
        title = (a.get("title") or _text(a)).strip()
        if title and (not link.title or len(title) > len(link.title)):
            link.title = title
        item = _item_of(a)
        if item is not None:
            if not link.section:
                link.section = _section_label(item)
            if not link.published and not link.relative_time:
                _fill_time(link, item, reference)
    for link in found.values():
        link.section = link.section or _section_from_url(link.url)
    return list(found.values())


def _item_of(a):
    """The listing item around a link: the nearest enclosing <li> or <article>."""
    for anc in a.iterancestors():
        if anc.tag in ("li", "article"):
            return anc
        if anc.tag in ("ul", "body"):
            return None
    return None


def _section_label(item) -> Optional[str]:
    for a in item.xpath(".//h4//a | .//*[" + _cls("section") + "]//a | .//a[" + _cls("red") + "]"):
        text = _text(a)
        href = a.get("href") or ""
        if text and not is_article_url(href) and "/topic/" not in href:
            return text
    return None


def _section_from_url(url: str) -> Optional[str]:
    parts = article_url_parts(url)
    return parts["section"] if parts and parts["section"] else None


_ABSOLUTE = re.compile(r"^\s*(?:[A-Za-z']+,?\s+)?\d{1,4}[-/ .]")


def _fill_time(link: Link, item, reference: Optional[datetime] = None) -> None:
    for node in item.xpath(".//time | .//*[" + _cls("timeago") + "]"):
        stamp = node.get("title") or node.get("datetime")
        if stamp and parse_timestamp(stamp.strip()):
            link.published = parse_timestamp(stamp.strip())
        written = _text(node)
        if written:
            ago = relative_seconds(written)
            if ago is not None:
                link.relative_time = written
                if reference is not None and not link.published:
                    link.published = (reference - timedelta(seconds=ago)).isoformat(timespec="seconds")
            elif not link.published and _ABSOLUTE.match(written):
                link.published = parse_timestamp(written)
        if link.published or link.relative_time:
            return


@lru_cache(maxsize=1)
def _relative_words() -> dict:
    return load_json("relative_times.json")


def relative_seconds(text: str) -> Optional[int]:
    """'3 menit lalu' -> 180, '1 jam yang lalu' -> 3600, 'baru saja' -> 0; None when not relative."""
    words = _relative_words()
    t = " ".join(text.lower().split())
    if t in words["now"]:
        return 0
    past = "|".join(re.escape(p) for p in sorted(words["past"], key=len, reverse=True))
    units = "|".join(re.escape(u) for u in sorted(words["units"], key=len, reverse=True))
    m = re.fullmatch(rf"(\d+)\s*({units})\s+(?:{past})", t)
    if not m:
        return None
    return int(m.group(1)) * int(words["units"][m.group(2)])


def _text(node) -> str:
    return " ".join(node.text_content().split()) if node is not None else ""


def in_range(link: Link, start: date, end: date) -> Optional[bool]:
    """Whether the link's publication day is in [start, end]; None when the day is unknown."""
    day = link.day()
    if day is None:
        return None
    return start <= day <= end


def dedupe(links: Iterable[Link]) -> list[Link]:
    """One link per article (canonical URL), keeping the first seen and filling its gaps."""
    out: dict[str, Link] = {}
    for link in links:
        have = out.get(link.key)
        if have is None:
            out[link.key] = link
            continue
        for name in ("title", "published", "section"):
            if not getattr(have, name) and getattr(link, name):
                setattr(have, name, getattr(link, name))
    return list(out.values())


__all__ = ["Link", "Sitemap", "IndexPage", "DiscoveryError", "parse_sitemap", "parse_rss", "parse_index_page",
           "parse_listing", "index_news_url", "article_url_parts", "is_article_url", "relative_seconds",
           "in_range", "dedupe"]
