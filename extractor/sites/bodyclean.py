"""Cleaning an article body the Tribun way, shared by every parser (HTML, text dump, archive body).

The body a page or archive gives still carries the network's chrome: a "Penulis: X | Editor: Y"
line, a rubric ("Berita Surabaya"), a reporter lead ("Laporan Wartawan Tribunnews.com, Nama"), the
dateline ("SURYA.co.id | SURABAYA -", "PANGKALPINANG, BABEL NEWS -"), inserted link headlines
("Baca juga: ..."), a syndication note ("Artikel ini telah tayang di ..."), promos, and a sign-off
code ("(t3)"). `clean_body` takes the raw paragraphs and returns the prose plus what the chrome said.
The phrases live in models/boilerplate.json.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from ..resources import load_json, load_lines


@dataclass
class CleanBody:
    paragraphs: list[str]
    dateline: Optional[str] = None
    dateline_text: Optional[str] = None   # as written: 'PANGKALPINANG, BABEL NEWS -'
    site_label: Optional[str] = None
    authors: list[str] = field(default_factory=list)
    editor: Optional[str] = None
    rubric: Optional[str] = None
    syndicated_from: Optional[str] = None
    removed: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _chrome() -> "_Chrome":
    return _Chrome(load_json("boilerplate.json"), load_lines("abbreviations.txt"))


class _Chrome:
    """The compiled patterns, built once from the data file."""

    def __init__(self, data: dict, abbreviations: tuple[str, ...]):
        labels = sorted(data["site_labels"], key=len, reverse=True)
        label_alt = "|".join(re.escape(x) for x in labels)
        after_alt = "|".join(re.escape(x) for x in sorted(data["site_names_after_place"], key=len, reverse=True))
        # a site label: a known one, or anything shaped like a domain ("TRIBUNNNEWS.COM", "SURYA.CO,ID")
        site = rf"(?:(?i:{label_alt})(?![A-Za-z])|[A-Za-z][A-Za-z\-]{{2,}}(?:[.,][A-Za-z]{{2,4}}){{1,2}}(?![A-Za-z]))"
        upper_word = r"[A-Z][A-Z.'\-]*(?![a-z])"
        title_word = r"[A-Z][A-Za-z.'\-]*"
        upper_place = rf"{upper_word}(?: {upper_word}){{0,3}}"
        title_place = rf"{title_word}(?: {title_word}){{0,3}}"
        dash = r"\s*[-–—]+\s*"
        soft_end = r"(?:\s*[-–—]+\s*|,?\s{2,}(?=[\"“]?[A-Z])|,?\s(?=[\"“]?[A-Z][a-z]))"   # no dash: "JAKARTA  Ribuan"
        pipe = r"(?:\s*[,|]\s*|\s*\.|\s+[Il](?=\s|[A-Z])\s*|\s)"       # "|", and the "I"/"l" scrapes make of it
        self.site_label = re.compile(site)
        self.dateline = re.compile(
            rf"^\s*(?:(?P<site3>{site})\s*(?:[,|]|\s+[Il](?=\s))?{dash}"
            rf"|(?P<site>{site}){pipe}\s*(?:(?P<place>{upper_place}){soft_end}|(?P<placet>{title_place}){dash})"
            rf"|(?P<place2>{upper_place}),\s*(?P<site2>(?i:{after_alt})|[A-Z][A-Z.]+(?: [A-Z][A-Z.]+){{0,2}}){dash}"
            rf"|(?P<site4>{site})\s+[|Il]\s+(?=[A-Z]))"
        )
        self.rubric = re.compile(
            rf"^\s*{re.escape(data['rubric_prefix'])}\s+(?P<rubric>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*(?=(?i:{label_alt}))"
        )
        lead_alt = "|".join(re.escape(x) for x in sorted(data["reporter_lead_words"], key=len, reverse=True))
        self.reporter_lead = re.compile(
            rf"^\s*(?:{lead_alt})\s+(?:(?P<outlet>[^,:]{{2,40}}?)\s*[,:]\s*"
            r"|(?P<outlet2>(?:Tribun|Pos|Bangka|Serambi|Banjarmasin|Warta|Surya)\s+[A-Z][\w\-]*|\S+\.(?i:com|co\.id|id))\s+)"
        )
        self.byline = re.compile(r"^\s*Penulis\s*:\s*(?P<authors>[^|]+?)\s*\|\s*Edit[oi]r\s*:\s*")
        self.name_run = re.compile(r"^(?:[A-Z][\w'’.\-]*\.?\s?){1,5}")
        trailer_alt = "|".join(re.escape(x) for x in sorted(data["trailer"], key=len, reverse=True))
        self.trailer_line = re.compile(rf"^\s*(?:{trailer_alt})|^\s*©|^\s*Copyright\b", re.I)
        self.trailer_inline = re.compile(
            r"(?:Artikel ini (?:telah|sudah) tayang di|Update berita (?:lainnya|terkini)|Simak berita (?:terbaru|lainnya)"
            r"|Baca berita lainnya di Google News|>>\s*Update berita)", re.I)
        self.syndication = re.compile(r"(?:telah|sudah) tayang di\s+(?P<outlet>\S+?)[\s\xa0]+dengan judul", re.I)
        drop_alt = "|".join(re.escape(x) for x in sorted(data["drop_line"], key=len, reverse=True))
        self.drop_line = re.compile(rf"^\s*(?:{drop_alt})\b")
        self.inline_link = re.compile(r"\bBaca\s+[Jj]uga\s*:?|\bBACA JUGA\s*:?")
        self.link_stop = {w.lower() for w in data["link_title_stopwords"]}
        self.signoff = re.compile(
            r"\s*\((?:[a-z0-9]{1,6}(?:/[a-z0-9]{1,6}){0,3}|\*+|advertorial|[A-Za-z.\-]+\.(?:com|co\.id|id)(?:/[^()]{1,60})?"
            r"|[a-z]+(?:/[a-z ]+){1,4})\)\s*$|\s*\*{3,}\s*$"
        )
        self.credit_signoff = re.compile(r"(?<=[.!?\"”])\s*\((?P<name>[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,4})\)\s*$")
        self.abbreviations = {a.lower().rstrip(".") for a in abbreviations}
        self.glued = re.compile(r"(?P<w>[\w)\"”’%]+)(?P<p>[.!?])(?P<q>[\"”“]?)(?=[\"“]?[A-Z][a-z])")


def split_glued_sentences(text: str) -> list[str]:
    """Archive texts often lose paragraph breaks: 'deforestasi.Menanggapi' -> two paragraphs."""
    chrome = _chrome()
    out: list[str] = []
    last = 0
    for m in chrome.glued.finditer(text):
        word = m.group("w")
        if not re.search(r"[a-z0-9)\"”’%]$", word) or word.lower().rstrip(")\"”") in chrome.abbreviations:
            continue
        if re.fullmatch(r"[A-Za-z]", word):          # an initial: "A.Risky"
            continue
        if "." in word and re.search(r"\.(?:com|id|co|net|org)$", word, re.I):
            continue
        cut = m.end("p")
        q = m.group("q")
        if q:
            # a quote mark right after the stop closes the quote if the paragraph so far has an odd count
            so_far = text[last:m.end("p")]
            if (so_far.count('"') + so_far.count("“") + so_far.count("”")) % 2 == 1:
                cut = m.end("q")
        out.append(text[last:cut])
        last = cut
    out.append(text[last:])
    return [p for p in out if p.strip()]


def _normalise(text: str) -> str:
    return re.sub(r"[ \t\r\f\v\u00a0\u200b\u2009]+", " ", text).strip()


def _take_name_before_label(text: str) -> tuple[Optional[str], str]:
    """A name that runs into the dateline's site label: 'Eri Komar Sinaga TRIBUNNEWS.COM, ...'."""
    chrome = _chrome()
    m = chrome.site_label.search(text[:90])
    if m and m.start() > 0:
        return _normalise(text[: m.start()]).strip(" ,|") or None, text[m.start():]
    m = chrome.name_run.match(text)
    if m:
        return _normalise(m.group(0)).strip(" ,") or None, text[m.end():]
    return None, text


def _strip_leading_chrome(text: str, body: CleanBody) -> str:
    chrome = _chrome()
    for _ in range(6):
        m = chrome.byline.match(text)
        if m:
            body.authors = [a.strip() for a in re.split(r"\s*(?:,|&|\bdan\b)\s*", m.group("authors")) if a.strip()]
            body.editor, text = _take_name_before_label(text[m.end():])
            body.removed.append("byline")
            continue
        m = chrome.rubric.match(text)
        if m:
            body.rubric = m.group("rubric")
            text = text[m.end():]
            body.removed.append("rubric")
            continue
        m = chrome.reporter_lead.match(text)
        if m:
            name, text = _take_name_before_label(text[m.end():])
            if name:
                body.authors.append(name)
            body.removed.append("reporter_lead")
            continue
        m = chrome.dateline.match(text)
        if m:
            place = m.group("place") or m.group("placet") or m.group("place2")
            body.dateline = place.strip(" .,").upper() if place else None
            body.dateline_text = re.sub(r"[\s\u00a0]+", " ", m.group(0)).strip()
            body.site_label = m.group("site") or m.group("site2") or m.group("site3") or m.group("site4")
            text = text[m.end():]
            body.removed.append("dateline")
            continue
        break
    return text


def _remove_inline_links(paragraph: str, body: CleanBody) -> str:
    """Drop 'Baca juga: <linked headline>' inserted inside running text."""
    chrome = _chrome()
    while True:
        m = chrome.inline_link.search(paragraph)
        if not m:
            return paragraph
        rest = paragraph[m.end():]
        tokens = list(re.finditer(r"\S+", rest))
        resume = len(rest)
        last_cap = None
        gap = re.search(r"\s{3,}", rest)
        for i, tok in enumerate(tokens):
            if gap and tok.start() >= gap.end():
                resume = gap.end()
                break
            word = tok.group(0).strip("\"“”'’,.:;?!()")
            if not word:
                continue
            if word[0].isupper():
                last_cap = tok.start()
            elif word[0].isdigit():
                continue
            elif word.lower() not in chrome.link_stop:
                resume = last_cap if last_cap is not None and last_cap > (tokens[0].start() if tokens else 0) else tok.start()
                break
        body.removed.append("baca_juga")
        paragraph = (paragraph[: m.start()].rstrip() + " " + rest[resume:].lstrip()).strip()


def clean_body(raw_paragraphs: list[str], split_glued: bool = False) -> CleanBody:
    """Raw body paragraphs (from <p> tags, text blocks or one archive string) -> clean prose."""
    chrome = _chrome()
    body = CleanBody(paragraphs=[])
    paragraphs = [p for p in raw_paragraphs if p and p.strip()]
    # leading chrome sits in the first paragraphs (a lone "Laporan Wartawan" line, then the dateline)
    while paragraphs:
        first = _strip_leading_chrome(paragraphs[0], body)
        if first.strip():
            paragraphs[0] = first
            break
        paragraphs.pop(0)
    out: list[str] = []
    for index, raw in enumerate(paragraphs):
        if index and chrome.trailer_line.match(raw):
            _note_syndication(raw, body)
            body.removed.append("trailer")
            break
        if chrome.drop_line.match(raw) and not (split_glued and index == 0):
            body.removed.append("link_line" if "baca" in raw[:12].lower() else "chrome_line")
            continue
        cut = chrome.trailer_inline.search(raw)
        stop = False
        if cut and cut.start() > 0:
            _note_syndication(raw[cut.start():], body)
            raw = raw[: cut.start()]
            body.removed.append("trailer")
            stop = True
        elif cut:
            _note_syndication(raw, body)
            body.removed.append("trailer")
            break
        raw = _remove_inline_links(raw, body)
        pieces = split_glued_sentences(raw) if split_glued else [raw]
        out.extend(p for p in (_normalise(x) for x in pieces) if p)
        if stop:
            break
    # sign-off codes and credit lines at the very end
    while out:
        last = out[-1]
        stripped = chrome.signoff.sub("", last)
        stripped = chrome.credit_signoff.sub("", stripped)
        if stripped != last:
            body.removed.append("signoff")
            last = stripped.rstrip()
        if not last:
            out.pop()
            continue
        out[-1] = last
        break
    body.paragraphs = out
    return body


def _note_syndication(text: str, body: CleanBody) -> None:
    m = _chrome().syndication.search(text)
    if m and not body.syndicated_from:
        body.syndicated_from = m.group("outlet").strip(" .,\xa0")
