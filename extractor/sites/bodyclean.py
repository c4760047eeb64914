"""Cleaning an article body the Tribun way, shared by every parser (HTML, text dump, archive body).

The body a page or archive gives still carries the network's chrome: a "Penulis: X | Editor: Y"
line, a rubric ("Berita Surabaya"), a reporter lead ("Laporan Wartawan Tribunnews.com, Nama"), an
opinion byline ("Oleh: Nama"), a writer credit ("Nama/Juara.net"), the dateline ("SURYA.co.id |
SURABAYA -", "PANGKALPINANG, BABEL NEWS -"), inserted link headlines ("Baca juga: ...", "• ..."),
a summary box ("Ringkasan Berita"), photo captions with their credit ("... (Tribunnews/Nama)"), a
syndication note ("Artikel ini telah tayang di ..."), promos, a trailing byline ("Penulis : Nama")
and a sign-off code ("(t3)", "(frh/fsr)", "(*)", "(Kompas.com/Nama)").

`clean_body` takes the raw paragraphs and returns the prose plus what the chrome said. Everything
before the dateline is chrome: the dateline is the start of the body. The phrases live in
models/boilerplate.json; this module holds only the logic.
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
    captions: list[str] = field(default_factory=list)   # photo captions found inside the text
    removed: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _chrome() -> "_Chrome":
    return _Chrome(load_json("boilerplate.json"), load_lines("abbreviations.txt"))


def _alt(items) -> str:
    return "|".join(re.escape(x) for x in sorted(items, key=len, reverse=True))


class _Chrome:
    """The compiled patterns, built once from the data file."""

    def __init__(self, data: dict, abbreviations: tuple[str, ...]):
        label_alt = _alt(data["site_labels"])
        after_alt = _alt(data["site_names_after_place"])
        # a site label: a known one, or anything shaped like a domain ("TRIBUNNNEWS.COM", "SURYA.CO,ID")
        site = rf"(?:(?i:{label_alt})(?![A-Za-z])|[A-Za-z][A-Za-z\-]{{2,}}(?:[.,][A-Za-z]{{2,4}}){{1,2}}(?![A-Za-z]))"
        # the same, strict enough to be searched for inside a string: a known label, or an upper-case domain
        self.strict_label = re.compile(rf"(?i:{label_alt})(?![A-Za-z])|[A-Z][A-Z\-]{{2,}}\.(?:COM|CO\.ID|ID|CO)(?![A-Za-z])")
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
            rf"^\s*{re.escape(data['rubric_prefix'])}\s+(?P<rubric>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*(?=(?i:{label_alt})|Penulis\s*:)"
        )
        lead_alt = _alt(data["reporter_lead_words"])
        self.reporter_lead = re.compile(
            rf"^\s*(?:{lead_alt})\s+(?:(?P<outlet>[^,:]{{2,40}}?)\s*[,:]\s*"
            r"|(?P<outlet2>(?:Tribun|Pos|Bangka|Serambi|Banjarmasin|Warta|Surya)\s+[A-Z][\w\-]*|\S+\.(?i:com|co\.id|id))\s+)"
        )
        self.byline = re.compile(r"^\s*Penulis\s*:\s*(?P<authors>[^|]+?)\s*\|\s*Edit[oi]r\s*:\s*")
        self.oleh = re.compile(r"^\s*Oleh\s*:\s*")
        self.name_run = re.compile(r"^(?:[A-Z][\w'’.\-]*\.?\s?){1,5}")
        self.trailer_line = re.compile(rf"^\s*(?:{_alt(data['trailer'])})|^\s*©|^\s*Copyright\b", re.I)
        self.trailer_inline = re.compile("|".join(f"(?:{x})" for x in data["trailer_inline"]))
        self.syndication = re.compile(r"(?:telah|sudah) tayang di[\s\xa0]+(?P<outlet>\S+?)[\s\xa0]+dengan judul", re.I)
        self.drop_line = re.compile(rf"^\s*(?:{_alt(data['drop_line'])})\b")
        self.box_head = re.compile(rf"^\s*(?:{_alt(data['box_heads'])})\b")
        self.bullet_line = re.compile(r"^\s*(?:[•▪●◦►▶*\-–]|\d{1,2}[.)])\s*")
        self.inline_link = re.compile(rf"(?:{_alt(data['inline_link'])})(?![a-z])>*\s*:?")
        self.link_bullet = re.compile(rf"(?<=[.!?\"”’)])\s+(?:{_alt(data['link_bullets'])})\s+(?=[A-Z])")
        self.link_stop = {w.lower() for w in data["link_title_stopwords"]}
        self.starters = set(data["sentence_start_words"])
        self.openers = set(data["sentence_openers"])
        byline_alt = _alt(data["byline_labels"])
        self.trailing_byline = re.compile(
            rf"(?:^|(?<=[.!?\"”’)]))\s*(?P<label>{byline_alt})\s*:\s*(?P<name>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){{0,4}})\s*$")
        self.dangling = {w.lower() for w in data["dangling_labels"]}
        # a glue point: a word that runs into the next sentence's first word ("DisiplinDinkes selalu",
        # "SMA/SMKCara ini", "Kota BlitarNiat Pemerintah", 'Periode II 2021"Alhamdulillah'), or into a
        # list number ("Bocorannya2. Sistem"); camel-case names ("BolaSport", "TribunJabar") are not glue
        self.glue = re.compile(r"(?<=[a-z0-9%])(?=[A-Z][a-z]+[\s,]+[a-z(\"“])|(?<=[A-Z0-9][A-Z])(?=[A-Z][a-z]{2,}\b)"
                               r"|(?<=[a-z]{3})(?=[A-Z][a-z]{2,}|[A-Z]\s+[a-z])|(?<=[\w)?!])(?=[\"“][A-Z])"
                               r"|(?<=[a-z])(?=\d{1,2}\.\s?[A-Z])")
        self.camel_names = re.compile(rf"(?:{_alt(data['camel_case_names'])})|(?:{_alt(data['camel_case_prefixes'])})(?=[A-Z])")
        outlets = _alt(data["credit_outlets"])
        credit = rf"(?:{outlets})[\w.\-]*(?:\s[A-Z][\w.\-]*){{0,3}}(?:\s*/\s*[^()/]{{1,40}}){{0,2}}"
        self.credit = re.compile(rf"\((?P<credit>{credit})\)")
        self.signoff = re.compile(
            r"\s*\((?:(?=[a-z0-9/]*[a-z])[a-z0-9]{1,6}(?:/[a-z0-9]{1,6}){0,3}|\*+|advertorial"
            r"|[A-Za-z.\-]+\.(?:com|co\.id|id)(?:/[^()]{1,60})?|[a-z][a-z ]{0,30}(?:/[a-z ]{1,30}){1,4})\)\s*$|\s*\*{3,}\s*$"
        )
        self.credit_signoff = re.compile(
            rf"(?<=[.!?\"”’])\s*\((?P<name>[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){{0,4}}|{credit})\)\s*$")
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


def _find_label(text: str):
    """The first site label in `text` written in capitals ('MusahadahSURYA.co.id' -> 'SURYA.co.id')."""
    for m in _chrome().strict_label.finditer(text):
        if m.group(0)[:3].isupper():
            return m
    return None


def _take_name_before_label(text: str) -> tuple[Optional[str], str]:
    """A name that runs into the dateline's site label: 'Eri Komar Sinaga TRIBUNNEWS.COM, ...'."""
    chrome = _chrome()
    m = _find_label(text[:90])
    if m and m.start() > 0:
        return _normalise(text[: m.start()]).strip(" ,|") or None, text[m.start():]
    m = chrome.name_run.match(text)
    if m:
        return _normalise(m.group(0)).strip(" ,") or None, text[m.end():]
    return None, text


def _match_dateline(text: str, body: CleanBody) -> Optional[str]:
    m = _chrome().dateline.match(text)
    if not m:
        return None
    place = m.group("place") or m.group("placet") or m.group("place2")
    body.dateline = place.strip(" .,").upper() if place else None
    body.dateline_text = re.sub(r"[\s\u00a0]+", " ", m.group(0)).strip()
    body.site_label = m.group("site") or m.group("site2") or m.group("site3") or m.group("site4")
    body.removed.append("dateline")
    return text[m.end():]


def _strip_prefix_before_dateline(text: str, body: CleanBody) -> Optional[str]:
    """A few words of chrome before a dateline ('Pipit Puspita Rini/Juara.net TRIBUNNEWS.COM - ',
    'Link SURYA.co.id, - '): the dateline starts the body, what precedes it is not prose."""
    m = _find_label(text[:110])
    if not m or m.start() == 0:
        return None
    prefix = text[: m.start()]
    if re.search(r"[.!?][\"”]?\s", prefix) or len(prefix.split()) > 16 or not prefix.strip():
        return None
    rest = _match_dateline(text[m.start():], body)
    if rest is None:
        return None
    credit = re.match(r"\s*(?P<name>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,4})\s*/\s*\S+\s*$", prefix)
    if credit:
        body.authors.append(_normalise(credit.group("name")))
        body.removed.append("credit")
    else:
        body.removed.append("prefix")
    return rest


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
        m = chrome.reporter_lead.match(text) or chrome.oleh.match(text)
        if m:
            name, text = _take_name_before_label(text[m.end():])
            if name:
                body.authors.append(name)
            body.removed.append("reporter_lead")
            continue
        rest = _match_dateline(text, body)
        if rest is None and not body.dateline_text:
            rest = _strip_prefix_before_dateline(text, body)
        if rest is not None:
            text = rest
            continue
        break
    return text


def _headline_end(rest: str, text: str, min_caps: int = 0, promo: bool = False) -> Optional[int]:
    """Where an inserted link headline ends in `rest` (the text after 'Baca juga:'), or None when
    `rest` does not start with one. Headlines are Title Case (lower case only for the small words in
    `link_title_stopwords`); the sentence after them starts with a capitalised word and soon turns to
    lower-case prose. The end is, in order of evidence: a glue point ('AborsiDari hasil'); within the
    capitalised run just before the first prose word (or before a gap of two spaces, which a scrape
    leaves round in-text keyword links, never inside a headline): the last word that usually opens a
    sentence ('... Jelang Laga Pelatih  Manchester United'), the start of a name the article repeats
    elsewhere ('... Gaji 2 Minggu Jesse Lingard tidak'), else the last capitalised word."""
    chrome = _chrome()
    window = rest[:300]
    limit = len(window)
    gap = re.search(r"\S(\s{2,})\S", window[2:])
    if gap:
        limit = gap.start(1) + 2
    marker = chrome.inline_link.search(window, 1)
    if marker and marker.start() < limit:
        limit = marker.start()
    else:
        marker = None
    tokens = [t for t in re.finditer(r"\S+", window) if t.start() < limit]
    kinds = []
    for tok in tokens:
        word = tok.group(0).strip("\"“”'’,.:;?!()")
        if not word or word[0].isdigit() or word in ("&", "-", "–", "|", "/"):
            kinds.append("num")
        elif word[0].isupper():
            kinds.append("cap")
        elif word.lower() in chrome.link_stop:
            kinds.append("stop")
        else:
            kinds.append("low")
    prose = kinds.index("low") if "low" in kinds else None
    if marker and (prose is None or not re.search(r"[a-z0-9][.!][\"”]?\s", window[:limit])):
        return limit if kinds.count("cap") >= min_caps else None   # another inserted link follows this one
    stop_at = tokens[prose].start() if prose is not None else limit
    glue = _glue_point(window, limit if promo else stop_at)   # '>>>Berikut video selengkapnyaSebelumnya, ...'
    if glue is not None:
        caps = kinds[: next(i for i, t in enumerate(tokens) if t.end() > glue) + 1].count("cap")
        return glue if caps >= min_caps else None
    if prose is None and not gap:
        return None
    j = (prose if prose is not None else len(tokens)) - 1
    while prose is not None and j >= 0 and kinds[j] in ("stop", "num"):
        j -= 1                          # small words of the sentence's opening ('Hal itu seperti yang ...')
    run_end = j
    while j >= 0 and kinds[j] in ("cap", "num"):
        j -= 1
    run = [tokens[i] for i in range(j + 1, run_end + 1) if kinds[i] == "cap"]
    if kinds[: run_end + 1].count("cap") < max(min_caps, 1) or not run:
        return None
    return _cut_in_run(run, text, gap_end=None if prose is not None else limit)


def _glue_point(window: str, before: int) -> Optional[int]:
    chrome = _chrome()
    for m in chrome.glue.finditer(window, 3):
        if m.start() >= before:
            return None
        word_start = max(window.rfind(" ", 0, m.start()), window.rfind("\xa0", 0, m.start())) + 1
        if chrome.camel_names.match(window, word_start):
            continue
        return m.start()
    return None


def _cut_in_run(run: list, text: str, gap_end: Optional[int] = None) -> int:
    """The sentence's first word in the capitalised run that ends an inserted headline."""
    chrome = _chrome()
    words = [tok.group(0).strip("\"“,.:;") for tok in run]

    def title_before(r: int, reach: int) -> int:
        """The rightmost sentence-opening title or connective within `reach` words before run[r], else r."""
        for i in range(r - 1, max(0, r - reach) - 1, -1):
            if i and words[i] in chrome.starters:
                return i
        return r

    # an opening quote mark starts the sentence: '... Pada Kapolda Jatim "Setiap kali ...'
    quoted = [i for i, tok in enumerate(run) if i and tok.group(0)[0] in "\"“"]
    if quoted:
        return run[quoted[-1]].start()
    # a name the article uses elsewhere, with its title: '... Gaji 2 Minggu Jesse Lingard tidak'
    flat = re.sub(r"[\s\u00a0]+", " ", text)
    for size in range(min(len(run) - 1, 4), 1, -1):
        if flat.count(" ".join(words[-size:])) >= 2:
            return run[title_before(len(run) - size, 4)].start()
    # an appositive ('Pelatih Manchester United, Ralf Rangnick, dilaporkan'), or a run cut by a keyword link:
    # the sentence opens with a title or connective among the last words
    if gap_end is not None or run[-1].group(0).endswith(","):
        for i in range(len(run) - 1, max(0, len(run) - 7), -1):
            if words[i] in chrome.starters:
                return run[i].start()
        if gap_end is not None:
            return gap_end
    last = len(run) - 1
    if words[last] in chrome.starters or words[last] in chrome.openers:
        return run[last].start()       # 'Bukan hanya itu', 'Penyerang 21 tahun ini'
    if words[last].isupper() and len(words[last]) > 1:
        return run[title_before(last, 3)].start()   # an organisation after its title: 'Petugas BPBD mendirikan'
    return run[last].start()


def _remove_inline_links(paragraph: str, body: CleanBody) -> str:
    """Drop 'Baca juga: <linked headline>' and '• <linked headline>' inserted inside running text."""
    chrome = _chrome()
    pos = 0
    while True:
        m = chrome.inline_link.search(paragraph, pos)
        bullet = chrome.link_bullet.search(paragraph, pos)
        if bullet and (not m or bullet.start() < m.start()):
            m, min_caps = bullet, 4
        elif m:
            min_caps = 0
        else:
            return paragraph
        rest = paragraph[m.end():]
        end = _headline_end(rest, paragraph, min_caps, promo=m.group(0).startswith(">"))
        if end is None:
            if min_caps:               # a bullet list, not a link
                pos = m.end()
                continue
            if len(rest) > 300:        # cannot tell where it ends: drop the marker only
                end = 0
            else:
                end = len(rest)        # 'Baca juga' with nothing after it but the headline
        body.removed.append("baca_juga")
        head = paragraph[: m.start()].rstrip()
        tail = rest[end:].lstrip()
        paragraph = (head + " " + tail).strip() if head and tail else (head or tail)
        pos = len(head)


def _remove_captions(paragraph: str, body: CleanBody) -> str:
    """A photo caption left inside the text: a short sentence followed by its credit
    ('Wisatawan menikmati ... Pulau Perak. (Tribunnews/Reynas)'), not at the very end."""
    chrome = _chrome()
    for m in list(chrome.credit.finditer(paragraph))[::-1]:
        if not paragraph[m.end():].strip():
            continue                    # a credit at the end is a sign-off, handled later
        before = paragraph[: m.start()].rstrip()
        if not before.endswith((".", "!", "?")):
            continue
        start = max((x.end() for x in re.finditer(r"[.!?][\"”’]?\s+|[.!?](?=[A-Z])", before[:-1])), default=0)
        caption = before[start:].strip()
        if not caption or len(caption.split()) > 40 or '"' in caption or "“" in caption:
            continue
        body.captions.append(_normalise(caption + " (" + m.group("credit") + ")"))
        body.removed.append("caption")
        paragraph = (paragraph[:start].rstrip() + " " + paragraph[m.end():].lstrip()).strip()
    return paragraph


def _drop_box(paragraphs: list[str], index: int) -> int:
    """A summary box ('Ringkasan Berita:' and its bullets): the index of the first paragraph after it."""
    chrome = _chrome()
    j = index + 1
    while j < len(paragraphs) and chrome.bullet_line.match(paragraphs[j]) and len(paragraphs[j]) < 400:
        j += 1
    return j


def clean_body(raw_paragraphs: list[str], split_glued: bool = False) -> CleanBody:
    """Raw body paragraphs (from <p> tags, text blocks or one archive string) -> clean prose."""
    chrome = _chrome()
    body = CleanBody(paragraphs=[])
    paragraphs = [p for p in raw_paragraphs if p and p.strip()]
    # a summary box before the first paragraph of prose
    while paragraphs and chrome.box_head.match(paragraphs[0]):
        paragraphs = paragraphs[_drop_box(paragraphs, 0):]
        body.removed.append("summary_box")
    # leading chrome sits in the first paragraphs (a lone "Laporan Wartawan" line, then the dateline)
    while paragraphs:
        first = _strip_leading_chrome(paragraphs[0], body)
        if first.strip():
            paragraphs[0] = first
            break
        paragraphs.pop(0)
    out: list[str] = []
    index = 0
    while index < len(paragraphs):
        raw = paragraphs[index]
        if index and chrome.trailer_line.match(raw):
            _note_syndication(raw, body)
            body.removed.append("trailer")
            break
        if chrome.box_head.match(raw):
            index = _drop_box(paragraphs, index)
            body.removed.append("summary_box")
            continue
        index += 1
        if chrome.drop_line.match(raw) and not (split_glued and index == 1):
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
        raw = _remove_captions(raw, body)
        pieces = split_glued_sentences(raw) if split_glued else [raw]
        out.extend(p for p in (_normalise(x) for x in pieces) if p)
        if stop:
            break
    _strip_trailing_chrome(out, body, split_glued)
    body.paragraphs = out
    return body


def _strip_trailing_chrome(out: list[str], body: CleanBody, split_glued: bool) -> None:
    """Sign-off codes, credit lines, a trailing byline and a dangling embed label at the very end."""
    chrome = _chrome()
    while out:
        last = out[-1]
        if split_glued and len(out) > 1 and last.lower().strip(" .:") in chrome.dangling:
            out.pop()
            body.removed.append("dangling_label")
            continue
        m = chrome.trailing_byline.search(last)
        if m:
            if m.group("label").startswith("Edit"):
                body.editor = body.editor or m.group("name")
            elif m.group("name") not in body.authors:
                body.authors.append(m.group("name"))
            body.removed.append("trailing_byline")
            last = last[: m.start()].rstrip()
        stripped = chrome.signoff.sub("", last)
        stripped = chrome.credit_signoff.sub("", stripped)
        if stripped != last:
            body.removed.append("signoff")
            last = stripped.rstrip()
        if not last:
            out.pop()
            continue
        changed = last != out[-1]
        out[-1] = last
        if not changed:
            break


def _note_syndication(text: str, body: CleanBody) -> None:
    m = _chrome().syndication.search(text)
    if m and not body.syndicated_from:
        body.syndicated_from = m.group("outlet").strip(" .,\xa0")
