"""Counts: a number and the noun phrase it counts ('3.732 peserta', '149 anak ahli waris', 'dua
pelaku', 'ribuan warga', 'satu unit motor'), with a `people` flag.

Never years, ages ('(24)'), percentages, ordinals, money, phone numbers, RT/RW, times, dates,
durations, measurements, scores, or numbers inside names ('Liga 1', 'ZN 62'). The counted nouns,
classifiers and exclusions are data (models/counted_nouns.jsonl, models/count_words.json); a
lower-case noun not in the list is still counted when nothing excludes it, so unseen articles are
not limited to our vocabulary.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..calendar import calendar
from ..resources import load_json, load_jsonl, load_lines, load_words
from .words import text_of
from .base import FactCandidate, facts_of, taken
from .numbers import NumberMention, hedge_before, money_scale


class _Lexicon:
    def __init__(self):
        nouns = load_jsonl("counted_nouns.jsonl")
        words = load_json("count_words.json")
        self.people = {row["noun"].lower(): bool(row["people"]) for row in nouns}
        self.classifiers: dict[str, bool] = words["classifiers"]
        currencies = load_json("money_cues.json")       # an amount of any currency is no count ('200.000 poundsterling')
        self.not_units = {w.lower() for w in words["not_units"] + currencies["foreign"] + currencies["currency_after"]} \
            | set(calendar()["months"]) | set(calendar()["weekdays"])
        self.not_before = set(words["not_before"])
        self.allowed_cap = set(words["allowed_capitalised_before"])
        self.verb_prefixes = tuple(words["verb_prefixes"])
        self.modifier_stops = set(words["unit_modifier_stops"])
        self.after_lebih_not_nouns = set(words["after_lebih_not_nouns"])
        self.not_counted_acronyms = {w.upper() for w in words["not_counted_acronyms"]}
        self.bodies = set(load_words("org_heads.txt"))
        self.common_nouns = set(load_lines("common_words.txt")) - self.not_units
        alt = "|".join(sorted((re.escape(n) for n in self.people), key=len, reverse=True))
        self.noun = re.compile(rf"(?:{alt})(?![\w-])", re.I)
        cls_alt = "|".join(sorted((re.escape(c) for c in self.classifiers), key=len, reverse=True))
        self.classifier = re.compile(rf"(?:{cls_alt})(?![\w-])", re.I)


@lru_cache(maxsize=1)
def _lex() -> _Lexicon:
    return _Lexicon()


def counted_noun_at(text: str, pos: int) -> Optional[tuple[int, int, str, bool]]:
    """The counted noun phrase starting after `pos` (one space allowed): (start, end, unit, people)."""
    lex = _lex()
    m = re.match(r"[ \u00a0]{1,2}", text[pos:pos + 3])
    if not m:
        return None
    start = pos + m.end()
    cls = lex.classifier.match(text, start)
    if cls:
        head_people = lex.classifiers[cls.group(0).lower()]
        after = re.match(r"[ \u00a0]", text[cls.end():cls.end() + 1])
        noun = lex.noun.match(text, cls.end() + 1) if after else None
        if noun:
            end = _classified_phrase_end(text, noun.end(), head_people)
            return start, end, _unit_text(text[start:end]), head_people or lex.people[noun.group(0).lower()]
        free = _free_noun(text, cls.end(), after_classifier=True)
        if free and cls.group(0).lower() not in ("orang", "jiwa", "pasangan"):
            end = _classified_phrase_end(text, free[1], head_people)
            return start, end, _unit_text(text[start:end]), head_people
        if free and cls.group(0).lower() == "orang":
            return start, free[1], text[start:free[1]].lower(), True
        return start, cls.end(), cls.group(0).lower(), head_people
    noun = lex.noun.match(text, start)
    if noun:
        # a gazetteer noun may be followed by a known multiword continuation: the longest match won already
        return start, noun.end(), noun.group(0).lower(), lex.people[noun.group(0).lower()]
    free = _free_noun(text, pos)
    if free:
        return free[0], free[1], text[free[0]:free[1]].lower(), False
    return None


_WORD_AFTER = re.compile(r"[ \u00a0]+(?P<w>[a-z]+)")
_DECADE_BEFORE = re.compile(r"(?i:era|tahun|dekade|abad|medio|awal|akhir)[ \u00a0]+$")
# after a number: '-an' (about) or 'lebih' (more than) before the counted noun
_MORE_THAN_AFTER = re.compile(r"(?:-an(?![\w])|[ \u00a0]+lebih(?=[ \u00a0]+[a-z]))")


def _classified_phrase_end(text: str, end: int, head_people: bool) -> int:
    """Where the noun phrase after a classifier and its first noun ends: over a second listed noun
    ("45 unit mesin kapal") and, unless the classifier counts persons, the noun's modifiers."""
    lex = _lex()
    more = lex.noun.match(text, end + 1) if text[end:end + 1] == " " else None
    end = more.end() if more else end
    return end if head_people else _modifiers_end(text, end)


def _modifiers_end(text: str, end: int) -> int:
    """After a classifier and its noun, the lower-case words that modify the noun belong to the phrase
    ('2 botol plastik kosong', '2.500 ekor ayam potong', '13 paket protein hewani'), up to two of them,
    until a function word, a predicate, a verb form or a '-nya' word; a capital letter after such a word
    names the kind ('900 butir pil dobel L')."""
    lex = _lex()
    added = 0
    while added < 2:
        m = _MODIFIER.match(text, end)
        if not m:
            break
        word = m.group("w")
        if word in lex.modifier_stops or word in lex.not_units or word.startswith(lex.verb_prefixes) \
                or (word.endswith("nya") and len(word) > 5):
            break
        end, added = m.end(), added + 1
    letter = _LETTER_AFTER.match(text, end) if added else None
    return letter.end() if letter else end


def _unit_text(phrase: str) -> str:
    return re.sub(r"[ \u00a0]+", " ", phrase).lower()


_LETTER_AFTER = re.compile(r"[ \u00a0](?P<l>[A-Z])(?![\w])")
_MODIFIER = re.compile(r"[ \u00a0](?P<w>[a-z][a-z\-]{1,20})(?![\w-])")   # not a prefix before a name: "se-Surabaya"


def listed_noun_at(text: str, pos: int = 0, classifiers: bool = False) -> bool:
    """Does a counted noun of models/counted_nouns.jsonl (or, with `classifiers`, a classifier such as
    'unit' or 'orang') start at `pos`? Unlike counted_noun_at, an unlisted lower-case word does not count."""
    lex = _lex()
    return bool(lex.noun.match(text, pos) or (classifiers and lex.classifier.match(text, pos)))


def _free_noun(text: str, pos: int, after_classifier: bool = False) -> Optional[tuple[int, int]]:
    """A lower-case word that can be a counted noun: not a unit of time or measure, not a function
    word, not a verb form (me-/di-/ber-/ter-)."""
    lex = _lex()
    m = re.match(r"[ \u00a0](?P<w>[a-z][a-z\-]{2,24})(?![\w])", text[pos:pos + 28])
    if not m:
        # a capitalised ordinary noun starting a named list or programme ("delapan Sasaran Strategis",
        # "126 Target Kinerja"): counted as written, in lower case
        m = None if after_classifier else re.match(r"[ \u00a0](?P<w>[A-Z][a-z]{2,24})(?![\w-])", text[pos:pos + 28])
        if not m or m.group("w").lower() not in lex.common_nouns:
            return None                      # (not "Pasal 111 Undang-Undang", nor "227 orang Akademi")
    word = m.group("w").lower()
    if word in lex.not_units or word.startswith(lex.verb_prefixes) or word.endswith("nya") and word[:-3] in lex.not_units \
            or (after_classifier and word in lex.modifier_stops):
        return None                          # ("24 botol seharga ...", "20 orang setiap hari": no noun after the classifier)
    return pos + m.start("w"), pos + m.end("w")


# an acronym the article spells out before it in brackets: "tempat Rekreasi Hiburan Umum (RHU)"
_BRACKETED_ACRONYM = re.compile(r"\((?P<acr>[A-Z][A-Za-z]{1,7})\)")
_ACRONYM_AFTER = re.compile(r"[ \u00a0]{1,2}(?P<acr>[A-Z][A-Za-z]{1,7})(?![\w\-])")
_LONG_FORM_WORD = re.compile(r"[A-Za-z][\w\-]*")


def defined_acronyms(text: str) -> frozenset:
    """Acronyms the article defines by the words before or after them, one initial a word ('dan' may give
    none): 'tempat Rekreasi Hiburan Umum (RHU)', 'UPP (Unit Pelayanan Publik)'. A body's or a law's name ('Dewan
    Perwakilan Rakyat (DPR)', 'Kitab Undang-Undang Hukum Pidana (KUHP)') is no countable thing."""
    found = set()
    for m in _BRACKETED_ACRONYM.finditer(text):
        acr = m.group("acr")
        if sum(c.isupper() for c in acr) >= 2 and _spells(_initial_words(text[max(0, m.start() - 120):m.start()])[-len(acr):], acr):
            found.add(acr)
    for m in _ACRONYM_THEN_LONG_FORM.finditer(text):         # "34 UPP (Unit Pelayanan Publik)"
        if _spells(_initial_words(m.group("long")), m.group("acr")):
            found.add(m.group("acr"))
    return frozenset(found)


def _initial_words(text: str) -> list[str]:
    """The words of a long form that give an initial ('dan' and '&' may give none)."""
    return [w for w in _LONG_FORM_WORD.findall(text) if w.lower() not in ("dan", "&")]


def _spells(words: list[str], acronym: str) -> bool:
    """Do the words' initials spell the acronym, the first word naming no body or law?"""
    return (len(words) == len(acronym) and "".join(w[0] for w in words).lower() == acronym.lower()
            and words[0].capitalize() not in _uncounted_heads())


@lru_cache(maxsize=1)
def _uncounted_heads() -> frozenset:
    """First words of long forms that name a body, a law or a rule, not things one counts."""
    from .officials import _lex as _official_lex          # (officials does not import counts)
    return frozenset(_official_lex().org_heads | _official_lex().body_title_words | _NOT_COUNTED_HEADS)


_ACRONYM_THEN_LONG_FORM = re.compile(r"(?<![\w\-])(?P<acr>[A-Z][A-Za-z]{1,7})[ \u00a0]*\((?P<long>[A-Za-z][^()]{3,80})\)")


def _acronym_counted_at(text: str, pos: int, defined: frozenset) -> Optional[tuple[int, int, str, bool]]:
    """'514 IKK', '180 TKP': an acronym of two to five capitals after a number is what is counted, unless it
    is a law, a time zone or a measure (count_words.json) or a body (org_heads.txt) the article does not
    spell out ('Komisi 1 DPR')."""
    m = _ACRONYM_AFTER.match(text, pos)
    if not m:
        return None
    acr = m.group("acr")
    lex = _lex()
    if acr in defined or (acr.isupper() and 2 <= len(acr) <= 5 and acr.lower() not in lex.not_units
                          and acr.upper() not in lex.not_counted_acronyms and acr not in lex.bodies):
        return m.start("acr"), m.end("acr"), acr.lower(), False
    return None


# long forms that name a law, a rule or a body rather than things one counts
_NOT_COUNTED_HEADS = frozenset("Kitab Undang Peraturan Keputusan Instruksi Partai Persatuan Gerakan".split())

# formal writing repeats a number in words: "1 (satu) sekolah", "2 (dua) orang saksi"
_IN_WORDS_AFTER = re.compile(r"[ \u00a0]*\([ \u00a0]*[a-z]+(?:[ \u00a0][a-z]+){0,3}[ \u00a0]*\)")
_PERCENT_AFTER = re.compile(r"^\s*(?:%|persen\b|per\s?sen\b)", re.I)
_RANGE_AHEAD = re.compile(r"^\s*[-–]\s*(\d+)")
_NOT_A_COUNT_AFTER = re.compile(r"^[/:.,]\d|^-\d|^-an\b|^\s*[-–]\s*\d+\s*(?:\)|$)")
_ORDINAL_OR_PART_BEFORE = re.compile(r"(?:[/:]|ke-|ke\s)$|\d[.,]\s$")
_NAME_HYPHEN_BEFORE = re.compile(r"(?:^|[^A-Za-z])(?![Kk]e-)[A-Za-z]+-$")      # not "Ke-24 desa"
_SCORE_BEFORE = re.compile(r"\d\s*[-–]\s*$")
_OPEN_BEFORE = re.compile(r"\(\s*$")
_CLOSE_AFTER = re.compile(r"^\s*\)")
_WORD_BEFORE = re.compile(r"([\w.:]+)\s*$")
# a name's short form in brackets right before the number: "Kelompok Penerbangan (Kloter) 5"
_SHORT_FORM_BEFORE = re.compile(r"[A-Z][\w-]*[ \u00a0]*\([ \u00a0]*[A-Z][A-Za-z]{1,10}[ \u00a0]*\)[ \u00a0]*$")
_RANGE_START_BEFORE = re.compile(r"([\w.:]+)[ \u00a0]+\d+(?:[ \u00a0]*(?:,|[-–]|dan|atau|hingga|sampai)[ \u00a0]*\d+)*"
                                 r"[ \u00a0]*(?:,|[-–]|dan|atau|hingga|sampai)[ \u00a0]*$")
_NOUN_BEFORE_COUNT_CUE = re.compile(r"(?<![\w\-])(?P<noun>[a-z][a-z\-]{2,}(?:[ \u00a0]+[a-z][a-z\-]{2,}){0,2})[ \u00a0]+"
                                    r"(?:sebanyak|berjumlah|sejumlah)[ \u00a0]+")
_NOT_NOUN_START = frozenset(("jumlah", "total", "yang", "para", "seluruh", "semua", "adapun", "sedangkan", "sementara"))


class CountFinder:
    def __init__(self):
        self.lex = _lex()

    def excluded(self, text: str, num: NumberMention) -> bool:
        lex = self.lex
        raw = text[num.start:num.end]
        before = text[max(0, num.start - 25):num.start]
        after = text[num.end:num.end + 6]
        if num.kind == "words" and raw.lower() in ("satu", "se", "seorang", "sebuah", "seekor"):
            return not lex.classifier.match(text, num.end + 1) or raw.lower() != "satu"
        if _PERCENT_AFTER.match(text[num.end:num.end + 12]):     # (" persen" is longer than the 6 characters of `after`)
            return True
        range_ahead = _RANGE_AHEAD.match(text[num.end:num.end + 12])
        if range_ahead and counted_noun_at(text, num.end + range_ahead.end()) is not None:
            pass                                                                 # "2-3 ekor kambing": a range
        elif after.startswith("-an") and counted_noun_at(text, num.end + 3) is not None \
                and not _DECADE_BEFORE.search(before):
            pass                                                                 # "600-an orang" (not "era 90-an anak muda")
        elif _NOT_A_COUNT_AFTER.match(after):                                   # 20/3, 10:30, 2-1, 90-an
            return True
        if _ORDINAL_OR_PART_BEFORE.search(before):
            return True
        if num.kind == "digits" and _NAME_HYPHEN_BEFORE.search(before):
            return True                                                          # "Covid-19 varian", "KTT G-20": a name
        if num.kind == "digits" and _SHORT_FORM_BEFORE.search(before) and not lex.noun.match(text, num.end + 1):
            return True                                                          # "Kelompok Penerbangan (Kloter) 5 asal ..."
        if _SCORE_BEFORE.search(before) and (counted_noun_at(text, num.end) is None or text[num.end + 1:num.end + 2].isupper()):
            return True                                                          # the second half of a score
        if _OPEN_BEFORE.search(before) and _CLOSE_AFTER.match(after):          # ages: "Indra (24)"
            return True
        if num.kind == "digits" and len(raw) >= 7 and raw.isdigit():          # phone and id numbers
            return True
        if num.kind == "digits" and len(raw) >= 2 and raw[0] == "0" and raw.isdigit():   # "08123..." "05"
            return True
        range_start = _RANGE_START_BEFORE.search(text, max(0, num.start - 40), num.start)
        if range_start and num.kind == "digits" and range_start.group(1) in lex.not_before:
            return True                                  # "kelas 1-5 SD", "kelas 7, 8 dan 9": a range or list is what its start is
        prev = _WORD_BEFORE.search(text[max(0, num.start - 40):num.start])
        if prev:
            word = prev.group(1)
            if word in lex.not_before:
                return True
            bare = word.rstrip(".:")
            if word.endswith(".") and bare.islower() and len(bare) > 3:
                return False                              # "... dini hari. Tujuh pekerja": a sentence ends there
            if bare in lex.not_before:
                return True                                                      # "No.", "Jl.", "Rp."
            if word.endswith((".", ":")):
                return False                                                     # the number starts a sentence
            word_start = num.start - (len(text[max(0, num.start - 40):num.start]) - prev.start(1))
            k = word_start - 1
            while k >= 0 and text[k].isspace():
                k -= 1                                   # (the last character before the word; no copy of the text)
            sentence_start = k < 0 or text[k] in ".!?\"”:\n"
            if word[:1].isupper() and word not in lex.allowed_cap and not sentence_start and num.kind == "digits":
                # part of a name ("Fasti 1", "ZN 62", "Liga 1"), unless a counted noun follows ("Lamongan 2 kasus")
                noun = counted_noun_at(text, num.end)
                if noun is None or noun[2] not in lex.people and lex.noun.fullmatch(noun[2]) is None \
                        or (text[noun[0]].isupper() and sum(c.isupper() for c in bare) >= 2):
                    return True              # ("SMPN 1 Kota Kediri": after a body's code, a capitalised noun is the name's too)
        return False

    def _noun_before_cue(self, text: str, num: NumberMention) -> Optional[tuple[int, int, str, bool]]:
        """'pendamping keluarga sebanyak 93 ribu.': the counted noun written before 'sebanyak'/'berjumlah'/
        'sejumlah' when nothing is counted after the number. (start, end, unit, people) with end = the number's end."""
        after = text[num.end:num.end + 3]
        if after[:1].isalnum() or re.match(r"[ \u00a0]+[a-z]", after):
            return None                                  # something is written after the number: not this form
        m = _NOUN_BEFORE_COUNT_CUE.search(text, max(0, num.start - 70), num.start)
        if not m or m.end() != num.start:
            return None
        words = [w for w in re.split(r"[ \u00a0]+", m.group("noun")) if w]
        while words and (words[0] in self.lex.not_units or words[0] in _NOT_NOUN_START
                         or words[0].startswith(self.lex.verb_prefixes)):
            words.pop(0)                                 # "jumlah pemegang mandat": the noun, not 'jumlah'
        if not words or words[-1] in self.lex.not_units or words[-1].startswith(self.lex.verb_prefixes) \
                or words[-1].endswith("nya"):
            return None
        unit = " ".join(words)
        people = any(self.lex.people.get(w, False) or self.lex.classifiers.get(w, False) for w in words)
        return num.start, num.end, unit, people

    def find(self, text: str, numbers: list[NumberMention], doc=None) -> list[FactCandidate]:
        out: list[FactCandidate] = []
        pending_range: list[NumberMention] = []
        repeated_until = -1
        defined: Optional[frozenset] = None
        for i, num in enumerate(numbers):
            if num.start < repeated_until:
                continue                                  # the number again in words: "1 (satu) sekolah"
            if doc is not None and taken(doc, num.start, num.end, ("money", "date")):
                pending_range = []
                continue
            if self.excluded(text, num):
                pending_range = []
                continue
            in_words = _IN_WORDS_AFTER.match(text, num.end) if num.kind == "digits" else None
            if in_words:
                repeated_until = in_words.end()
            after = in_words.end() if in_words else num.end
            more_than = _MORE_THAN_AFTER.match(text, after)
            if more_than and more_than.group(0).strip() == "lebih" \
                    and _WORD_AFTER.match(text, more_than.end()).group("w") in self.lex.after_lebih_not_nouns:
                more_than = None                          # "3 lebih dulu pulang", "5 lebih murah": a comparison
            if more_than:
                after = more_than.end()                   # "600-an orang", "seratus lebih saksi": about, or more than
            noun = counted_noun_at(text, after)
            if noun is None:
                noun = self._noun_before_cue(text, num)   # "tim pendamping keluarga sebanyak 93 ribu"
            if noun is None:
                if defined is None:
                    defined = defined_acronyms(text)
                noun = _acronym_counted_at(text, in_words.end() if in_words else num.end, defined)
            if noun is None:
                # "150 sampai 200 peserta", "2-3 ekor kambing": remember it for the next number's noun
                if i + 1 < len(numbers) and re.fullmatch(r"\s*(?:-|–|hingga|sampai|s/d|atau)\s*", text[num.end:numbers[i + 1].start]):
                    pending_range.append(num)
                else:
                    pending_range = []
                continue
            start, end, unit, people = noun
            if num.kind == "digits" and not num.scale_word and re.fullmatch(r"(?:19|20)\d{2}", text[num.start:num.end]) \
                    and unit not in self.lex.people and not people:
                continue                                                          # a year ("2016 orang" is people)
            value = int(Decimal(num.value).to_integral_value())
            if value == 0:
                continue
            approximate = num.approximate or hedge_before(text, num.start) is not None or bool(more_than)
            fact = FactCandidate("count", num.start, end, {"value": value, "unit": unit, "people": people,
                                                           "approximate": approximate})
            for first in pending_range:
                first_value = Decimal(first.value)
                if num.scale_word and not first.scale_word and first.kind == "digits":
                    first_value *= money_scale(num.scale_word)                   # "1-2 juta orang"
                partner = FactCandidate("count", first.start, first.end, {
                    "value": int(first_value.to_integral_value()), "unit": unit, "people": people,
                    "approximate": approximate or first.approximate})
                partner.link["range_end"], fact.link["range_start"] = fact, partner
                out.append(partner)
            pending_range = []
            out.append(fact)
        return out


@Language.factory("id_counts")
def make_counts(nlp: Language, name: str):
    finder = CountFinder()

    def component(doc: Doc) -> Doc:
        facts_of(doc).extend(finder.find(text_of(doc), doc._.numbers or [], doc))
        return doc

    return component
