"""Words and sentences of a text, computed once per Doc and shared by every component.

spaCy's Token objects are costly to iterate from Python (about 3 µs each); the components need plain
(text, start, end) words for dictionary lookups, so one regex pass builds them and the Doc caches
them in `user_data`. Sentence spans come from a regex that knows the abbreviations in
models/abbreviations.txt, so "Kab. Bangka" or "H. Ahmad" does not end a sentence.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional

from ..resources import load_lines, load_words

WORD = re.compile(r"[A-Z]\.(?=[ \u00a0]?[A-Z])|[A-Za-z]\w*(?:['’]\w+)*(?:-\w+(?:['’]\w+)*)*|\d+|\S")


class Tok:
    __slots__ = ("text", "start", "end")

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end = text, start, end

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def initial(self) -> bool:
        t = self.text
        return len(t) <= 2 and t[:1].isupper() and (len(t) == 1 or t[1] == ".")

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.start}, {self.end})"


def glued(a: Tok, b: Tok) -> bool:
    """Two words written with nothing between them ('GunawanNita' split in two): a lost line break, so
    no name runs across them."""
    return b.start == a.end and a.text[-1:].isalpha() and b.text[:1].isalpha()


def tokenize(text: str, offset: int = 0) -> list[Tok]:
    """The words of a short stretch of text, glued words split as in Words."""
    return [Tok(text[a:b], a + offset, b + offset) for a, b in _split_glued(text, [m.span() for m in WORD.finditer(text)])]


class _LazyToks:
    """Tok objects made when asked for: most words are only looked up by their lower-case form."""

    __slots__ = ("text", "spans", "made")

    def __init__(self, text: str, spans: list[tuple[int, int]]):
        self.text, self.spans = text, spans
        self.made: list[Optional[Tok]] = [None] * len(spans)   # each Tok made once: the finders ask again and again

    def __len__(self) -> int:
        return len(self.spans)

    def __getitem__(self, index):
        if isinstance(index, slice):
            # (the making is written out here rather than calling self[k]: slices are asked for often)
            made, spans, text = self.made, self.spans, self.text
            out = []
            for k in range(*index.indices(len(spans))):
                tok = made[k]
                if tok is None:
                    a, b = spans[k]
                    tok = made[k] = Tok(text[a:b], a, b)
                out.append(tok)
            return out
        tok = self.made[index]
        if tok is None:
            a, b = self.spans[index]
            tok = self.made[index] = Tok(self.text[a:b], a, b)
        return tok

    def __iter__(self):
        return iter(self[:])


# a capitalised word glued to the end of a lower-case one where a line break was lost in scraping
# ("Distrik SeradalaKabid Humas Polda Papua", "AkhyarKH Miftachul"): the words split there. Short heads
# ("McDonald", "LaNyalla") and acronym tails ("KemenPUPR") stay whole; a short rank before a name is split off.
_GLUED = re.compile(r"[a-z][A-Z]")          # candidates; the lengths are checked in Python (rare, and faster)
# a capitalised word glued to an acronym or a word in capitals ("lewat DNADuta Besar", "TNITerdakwa"): the
# last capital of the run starts the next word
_GLUED_TO_CAPITALS = re.compile(r"[A-Z]{2}(?=[A-Z][a-z]{2})")
_LOWER3 = re.compile(r"[a-z]{3}$")
_CAP_WORD = re.compile(r"[A-Z][a-z]{2}")


@lru_cache(maxsize=1)
def _glued_ranks():
    """Short ranks and honorifics ('KH', 'Hj', 'AKBP') that may be glued to the word before a name
    ('Miftachul AkhyarKH Miftachul Akhyar'): from models/ranks.txt."""
    ranks = sorted({w for w in load_words("ranks.txt")
                    if 2 <= len(w) <= 4 and w[0].isupper() and sum(c.isupper() for c in w) >= 2 or w in ("Hj", "Dr", "Ir", "Prof")},
                   key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(map(re.escape, ranks)) + r")\.?[ \u00a0]+[A-Z]")


@lru_cache(maxsize=1)
def _camel_case_words() -> tuple[frozenset, tuple[str, ...]]:
    """Brands and media written with an inner capital ('WhatsApp', 'TribunJabar'): models/camel_case_words.txt."""
    lines = load_lines("camel_case_words.txt")
    return frozenset(w for w in lines if not w.endswith("*")), tuple(w[:-1] for w in lines if w.endswith("*"))


def _split_glued(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    ranks = _glued_ranks()
    cuts = [m.start() + 1 for m in _GLUED.finditer(text)
            if _LOWER3.search(text, max(0, m.start() - 2), m.start() + 1)
            and (_CAP_WORD.match(text, m.start() + 1) or ranks.match(text, m.start() + 1))]
    cuts += [m.end() for m in _GLUED_TO_CAPITALS.finditer(text)]
    cuts.sort()
    if not cuts:
        return spans
    starts = [a for a, _ in spans]
    whole, prefixes = _camel_case_words()
    for cut in reversed(cuts):               # from the end, so the indices before stay valid
        k = bisect.bisect_right(starts, cut) - 1
        a, b = spans[k]
        if a < cut < b and text[a:b] not in whole and not text[a:b].startswith(prefixes):
            spans[k:k + 1] = [(a, cut), (cut, b)]
    return spans


class Words:
    """The words of a text with their offsets, and lookups by character position."""

    def __init__(self, text: str):
        self.text = text
        spans = _split_glued(text, [m.span() for m in WORD.finditer(text)])
        low = text.lower()
        self.starts = [a for a, _ in spans]
        self.lower = [low[a:b] for a, b in spans]
        self.toks = _LazyToks(text, spans)

    def index_at(self, pos: int) -> int:
        """Index of the first word starting at or after `pos`."""
        return bisect.bisect_left(self.starts, pos)

    def between(self, start: int, end: int) -> list[Tok]:
        return self.toks[self.index_at(start):self.index_at(end)]


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset:
    return frozenset(a.rstrip(".").lower() for a in load_lines("abbreviations.txt"))


# a candidate sentence end: stops (and closing quotes) before whitespace and a capital, digit or
# opening quote, or before the end; and every line break
_STOP = re.compile(r"[.!?]+[\"”’)]*(?=\s+[\"“‘(]?[A-Z0-9]|\s*$)|\n+")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    abbreviations = _abbreviations()
    for m in _STOP.finditer(text):
        if text[m.start()] == ".":
            w = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
            if w and (w.group(1).lower() in abbreviations or (len(w.group(1)) == 1 and w.group(1).isupper())):
                continue                                  # "Kab. Bangka", "A. Risky"
        end = m.start() if text[m.start()] == "\n" else m.end()
        if text[start:end].strip():
            a = start
            while a < end and text[a].isspace():
                a += 1
            spans.append((a, end))
        start = m.end()
    if text[start:].strip():
        a = start
        while text[a].isspace():
            a += 1
        spans.append((a, len(text)))
    return spans


# a cited headline: "Seperti dilansir dari Kompas.com dalam artikel 'Aturan Usia Pensiun TNI Digugat, ...'",
# "telah tayang di Tribunnews.com dengan judul Dudung Penuhi Panggilan ...". Headlines are written in title
# case, so their verbs look like names and their titles like posts.
_HEADLINE = re.compile(r"(?:dalam artikel|artikel berjudul|dengan judul|berjudul)[:\s\u00a0]*(?:berjudul[:\s\u00a0]*)?"
                       r"(?:(?P<q>['\"“‘])(?P<quoted>[^\n]{5,250}?)(?:['\"”’](?=[\s.,;)]|$))|(?P<bare>[A-Z][^\n]{5,200}?)(?=\.[\s\"]|\.?$|,|[ \u00a0]https?:|\n))")


@lru_cache(maxsize=64)
def headline_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Character spans of the headlines an article cites."""
    if "judul" not in text and "artikel" not in text:
        return ()
    return tuple(m.span("quoted") if m.group("quoted") else m.span("bare") for m in _HEADLINE.finditer(text))


def in_spans(pos: int, spans) -> bool:
    return any(a <= pos < b for a, b in spans)


def text_of(doc) -> str:
    """doc.text joins every token on each access; components read it from here, computed once."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def words_of(doc) -> Words:
    words: Optional[Words] = doc.user_data.get("words")
    if words is None:
        words = doc.user_data["words"] = Words(text_of(doc))
    return words


def sentences_of(doc) -> list[tuple[int, int]]:
    spans = doc.user_data.get("sentences")
    if spans is None:
        spans = doc.user_data["sentences"] = sentence_spans(text_of(doc))
    return spans
