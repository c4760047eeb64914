"""Indonesian numbers and rupiah, as pure functions (property-tested).

The Indonesian way of writing numbers: a dot groups thousands (`3.732`), a comma marks decimals
(`27,3 miliar`), but scrapes and regional papers also write `190,491 peserta` (a comma followed by
exactly three digits and no scale word is a thousands separator), `Rp 4.629. 474. 400` (stray
spaces), `Rp.11,7 Miliar`, `1,5 T`, and words (`dua`, `lima belas`, `seratus`, `sejuta`), with vague
plurals (`ratusan`, `ribuan`) that give a lower bound. The word lists are in models/numbers.json.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Optional

from ..resources import load_json
from .words import in_spans


@dataclass(frozen=True)
class NumberMention:
    start: int
    end: int
    value: Decimal
    approximate: bool = False
    kind: str = "digits"                 # digits | words | vague
    scale_word: Optional[str] = None     # "juta" in "27,3 juta"
    has_decimal: bool = False

    @property
    def int_value(self) -> int:
        return int(self.value.to_integral_value())

    @property
    def is_whole(self) -> bool:
        return self.value == self.value.to_integral_value()


@lru_cache(maxsize=1)
def _lex() -> "_Lexicon":
    return _Lexicon(load_json("numbers.json"))


class _Lexicon:
    def __init__(self, data: dict):
        self.units: dict[str, int] = data["units"]
        self.special: dict[str, int] = data["special"]
        self.teen, self.tens, self.hundred = data["teen"], data["tens"], data["hundred"]
        self.scales: dict[str, int] = data["scales"]
        self.money_scales: dict[str, int] = data["money_scales"]
        self.vague: dict[str, int] = data["vague"]
        self.hedges = sorted(data["hedges_approximate"], key=len, reverse=True)
        words = set(self.units) - {"se"} | set(self.special) | {self.teen, self.tens, self.hundred} | set(self.scales)
        scale_alt = "|".join(sorted((re.escape(w) for w in self.scales), key=len, reverse=True))
        # a space after a separator: "4.629. 474. 400" (three digits follow), and the typo "Rp 2, 5 miliar"
        # (a decimal comma and one or two digits before a scale word)
        digits = rf"\d+(?:[.,](?:\s(?=\d{{3}}(?!\d))|(?<=,)\s(?=\d{{1,2}}\s?(?i:{scale_alt})(?![\w])))?\d+)*"
        # digits first (the regex engine then skips quickly to the next digit); what may stand before a
        # number is checked in code. Number words are found by dictionary over the text's words.
        # a scale word with -an ("Rp10 jutaan", "3 miliaran rupiah") is a vague amount of that scale; a scale
        # word glued to a capitalised word ("jutaanMenjadi": a lost line break) still ends there, and so do
        # digits ("Rp 250.000.000Uang Jaminan"); a number never ends just before a separator and a digit,
        # so a grouping the text goes on with is never cut short ("250.000" of "250.000.000Uang")
        self.digits = re.compile(rf"(?P<digits2>{digits})\s?(?P<scale2>(?i:{scale_alt}))(?P<plural2>an)?(?=[A-Z])"
                                 rf"|(?P<digits>{digits})(?:\s?(?P<scale>(?i:{scale_alt}))(?P<plural>an)?(?![a-z0-9]))?"
                                 rf"(?:(?![\w])|(?=[A-Z][a-z]))(?![.,]\d)")
        self.number_words = words
        self.vague_first = {w.split()[0] for w in self.vague}
        self.hedge_before = re.compile(
            r"(?:^|\W)(?P<hedge>" + "|".join(re.escape(h) for h in self.hedges) + r")\s*(?:dari\s+)?$", re.I
        )


def parse_digits(text: str, before_scale: bool = False) -> Optional[Decimal]:
    """'3.732' -> 3732; '190,491' -> 190491; '27,3' -> 27.3; '12,875' before a scale -> 12.875;
    '10.000,50' -> 10000.50; '4.629. 474. 400' -> 4629474400; '2.5' -> 2.5."""
    s = re.sub(r"\s+", "", text)
    if not s or not s[0].isdigit():
        return None
    seps = re.findall(r"[.,]", s)
    groups = re.split(r"[.,]", s)
    try:
        if not seps:
            return Decimal(s)
        if "." in seps and "," in seps:
            last = max(s.rfind("."), s.rfind(","))
            whole, frac = s[:last], s[last + 1:]
            return Decimal(re.sub(r"[.,]", "", whole) + "." + frac)
        sep = seps[0]
        tail_groups = groups[1:]
        all_three = all(len(g) == 3 for g in tail_groups) and 1 <= len(groups[0]) <= 3
        if len(seps) > 1:
            # several separators of one kind: thousands grouping ("3.732.000", "1,000,000")
            return Decimal("".join(groups)) if all_three else None
        # one separator
        if sep == ",":
            if before_scale or not all_three:
                return Decimal(groups[0] + "." + groups[1])
            return Decimal(groups[0] + groups[1])
        # a dot: thousands when three digits follow, otherwise a decimal point (English style); more than
        # three digits after it are a grouping glued to the next figure ("Rp 3.9000Mentos"): no number
        if all_three:
            return Decimal(groups[0] + groups[1])
        if len(groups[1]) > 3:
            return None
        return Decimal(groups[0] + "." + groups[1])
    except InvalidOperation:
        return None


def parse_number_words(text: str) -> Optional[int]:
    """'dua' -> 2; 'lima belas' -> 15; 'dua ratus lima puluh' -> 250; 'lima ribu' -> 5000; 'sejuta' -> 10**6."""
    lex = _lex()
    words = text.lower().split()
    if not words:
        return None
    total = group = small = 0
    seen_any = False
    for word in words:
        if word in lex.special:
            v = lex.special[word]
            if v >= 1000:
                if group or small:
                    return None      # "dua seribu" is not one number
                total += v
            else:
                group += v
            seen_any = True
        elif word in lex.units:
            if small:
                return None          # "dua tiga" is not one number
            small = lex.units[word]
            seen_any = True
        elif word == lex.teen:
            if not small:
                return None
            group += small + 10
            small = 0
        elif word == lex.tens:
            if not small:
                return None
            group += small * 10
            small = 0
        elif word == lex.hundred:
            if not small:
                return None
            group += small * 100
            small = 0
        elif word in lex.scales:
            scale = lex.scales[word]
            amount = group + small
            if amount == 0:
                if not seen_any:
                    return None
                amount = 1
            total += amount * scale
            group = small = 0
        else:
            return None
    if not seen_any:
        return None
    return total + group + small


_ALPHA = re.compile(r"[A-Za-z]+")


def _digits_may_start(text: str, start: int) -> bool:
    """'Rp27', 'Rp.500' yes; 'A4', 'x.5', 'U-23' no."""
    if start == 0:
        return True
    c = text[start - 1]
    if not (c.isalnum() or c in "_.,"):
        return True
    return text[max(0, start - 2):start] in ("Rp", "RP", "rp") or text[max(0, start - 3):start] in ("Rp.", "RP.", "rp.")


def find_numbers(text: str, words=None) -> list[NumberMention]:
    """Every number written in digits or words, with its scale word, in text order."""
    lex = _lex()
    found: list[NumberMention] = []
    for m in lex.digits.finditer(text):
        if not _digits_may_start(text, m.start()):
            continue
        scale = m.group("scale") or m.group("scale2")
        value = parse_digits(m.group("digits") or m.group("digits2"), before_scale=bool(scale))
        if value is None:
            continue
        has_decimal = value != value.to_integral_value()
        if scale:
            value = value * lex.scales[scale.lower()]
        vague = bool(m.group("plural") or m.group("plural2"))
        found.append(NumberMention(m.start(), m.end(), value, vague, "digits", scale.lower() if scale else None, has_decimal))
    wanted = lex.number_words | lex.vague_first
    if words is not None:      # the shared word index: (start, end, lower-case form)
        cands = [(st, st + len(w), w) for st, w in zip(words.starts, words.lower) if w in wanted]
    else:
        cands = [(m.start(), m.end(), m.group(0).lower()) for m in _ALPHA.finditer(text) if m.group(0).lower() in wanted]
    if any(f.scale_word and f.approximate for f in found):
        # "3 miliaran": the scale word is part of the digits' amount, not a vague amount of its own
        spans = [(f.start, f.end) for f in found if f.scale_word]
        cands = [c for c in cands if not in_spans(c[0], spans)]
    i = 0
    while i < len(cands):
        start, end, low = cands[i]
        if start > 0 and text[start - 1] in "-_" or end < len(text) and text[end] in "-_":
            i += 1                                   # "Dua-duanya", "satu-satunya"
            continue
        if low in lex.vague_first:
            nxt = cands[i + 1] if i + 1 < len(cands) else None
            two = f"{low} {nxt[2]}" if nxt is not None and text[end:nxt[0]] in (" ", "\u00a0", "\n", "\t") else None
            if two in lex.vague:
                found.append(NumberMention(start, nxt[1], Decimal(lex.vague[two]), True, "vague", two.split()[-1]))
                i += 2
                continue
            if low in lex.vague:
                found.append(NumberMention(start, end, Decimal(lex.vague[low]), True, "vague", low))
                i += 1
                continue
        if low not in lex.number_words:
            i += 1
            continue
        j = i + 1                                    # a run of number words separated by whitespace
        while j < len(cands) and cands[j][2] in lex.number_words and text[cands[j - 1][1]:cands[j][0]].isspace():
            j += 1
        found.extend(_word_numbers(text, start, text[start:cands[j - 1][1]]))
        i = j
    found.sort(key=lambda n: n.start)
    return found


def _word_numbers(text: str, offset: int, phrase: str) -> list[NumberMention]:
    """A run of number words may hold more than one number ('dua tiga'): split greedily."""
    lex = _lex()
    tokens = list(re.finditer(r"\S+", phrase))
    out: list[NumberMention] = []
    i = 0
    while i < len(tokens):
        best = None
        for j in range(len(tokens), i, -1):
            chunk = phrase[tokens[i].start():tokens[j - 1].end()]
            value = parse_number_words(chunk)
            if value is not None:
                best = (j, value)
                break
        if best is None:
            i += 1
            continue
        j, value = best
        words = phrase[tokens[i].start():tokens[j - 1].end()].lower().split()
        if words == [lex.teen] or words == [lex.tens] or words == [lex.hundred] or (len(words) == 1 and words[0] in lex.scales):
            i = j
            continue
        scale = words[-1] if words[-1] in lex.scales else None
        out.append(NumberMention(offset + tokens[i].start(), offset + tokens[j - 1].end(), Decimal(value), False, "words", scale))
        i = j
    return out


def hedge_before(text: str, start: int) -> Optional[str]:
    """The approximation word just before a number ('sekitar', 'lebih dari'), if any."""
    m = _lex().hedge_before.search(text[max(0, start - 30):start])
    return m.group("hedge") if m else None


def money_scale(word: str) -> Optional[int]:
    """Scale abbreviations valid only after Rp: 'M' (miliar), 'T' (triliun), 'K' (ribu)."""
    lex = _lex()
    return lex.money_scales.get(word) or lex.scales.get(word.lower())


_RUPIAH = re.compile(r"^(?:Rp\.?|IDR)\s*", re.I)


def parse_rupiah(text: str) -> Optional[tuple[int, bool]]:
    """A written rupiah amount -> (whole rupiah, approximate). 'Rp27,3 miliar' -> 27300000000;
    'Rp.11,7 Miliar' -> 11700000000; 'Rp 4.629. 474. 400' -> 4629474400; '1,5 T' -> 1.5e12;
    '500 juta rupiah' -> 500000000; 'ratusan juta rupiah' -> (100000000, True)."""
    s = _RUPIAH.sub("", text.strip())
    s = re.sub(r"\s*,?-\s*$", "", s)                       # "Rp 50.000,-"
    s = re.sub(r"\s*(?:rupiah)\s*$", "", s, flags=re.I)
    m = re.match(r"^(?P<digits>\d+(?:[.,]\s?\d+)*)\s*(?P<scale>[A-Za-z]+)?$", s)
    lex = _lex()
    if m:
        scale_word = m.group("scale")
        scale = money_scale(scale_word) if scale_word else 1
        if scale is None:
            return None
        value = parse_digits(m.group("digits"), before_scale=bool(scale_word))
        if value is None:
            return None
        return int((value * scale).to_integral_value()), False
    low = s.lower()
    if low in lex.vague:
        return lex.vague[low], True
    value = parse_number_words(low)
    if value is not None:
        return value, False
    return None


def format_number(n: int, style: str = "dots") -> str:
    """Write a whole number the ways Indonesian text does: 'dots' (3.732), 'plain' (3732),
    'comma' (190,491), 'scaled' (27,3 miliar when exact), 'words' (dua ratus lima puluh)."""
    if style == "plain":
        return str(n)
    if style == "dots":
        return f"{n:,}".replace(",", ".")
    if style == "comma":
        return f"{n:,}"
    if style == "scaled":
        for word, scale in (("triliun", 10**12), ("miliar", 10**9), ("juta", 10**6), ("ribu", 10**3)):
            if n >= scale and (n * 1000) % scale == 0:
                whole, frac = divmod(n, scale)
                if frac == 0:
                    return f"{whole} {word}"
                decimals = f"{Decimal(frac) / scale:f}"[2:].rstrip("0")
                return f"{whole},{decimals} {word}"
        return f"{n:,}".replace(",", ".")
    if style == "words":
        return _to_words(n)
    raise ValueError(f"unknown style {style!r}")


def _to_words(n: int) -> str:
    lex = _lex()
    names = {v: k for k, v in lex.units.items() if k not in ("se", "nol")}
    if n == 0:
        return "nol"

    def below_thousand(x: int) -> list[str]:
        out: list[str] = []
        h, rest = divmod(x, 100)
        if h == 1:
            out.append("seratus")
        elif h:
            out += [names[h], "ratus"]
        t, u = divmod(rest, 10)
        if t == 1 and u == 0:
            out.append("sepuluh")
        elif t == 1 and u == 1:
            out.append("sebelas")
        elif t == 1:
            out += [names[u], "belas"]
        else:
            if t:
                out += [names[t], "puluh"]
            if u:
                out.append(names[u])
        return out

    words: list[str] = []
    for word, scale in (("triliun", 10**12), ("miliar", 10**9), ("juta", 10**6), ("ribu", 10**3)):
        q, n = divmod(n, scale)
        if q:
            if q == 1 and word == "ribu":
                words.append("seribu")
            else:
                words += below_thousand(q) + [word]
    words += below_thousand(n)
    return " ".join(words)
