"""Quotes, direct and indirect, with the speaker resolved to the full name.

Direct: a quoted passage with a cue after it ('"...," kata Evi') or a reporting verb before it
('Evi mengatakan, "..."'). Indirect: a reporting verb after a person ('Darmawan mengatakan, guna
...'), or a sentence-initial cue ('Menurut Evi, ...', 'Kata Evi, ...'). '-nya' cues and pronouns
('katanya', 'ujarnya', 'kata dia') take the last speaker. The verbs are in models/speech_verbs.json.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..calendar import calendar
from ..resources import load_json, load_lines
from .base import FactCandidate, facts_of
from .officials import NICKNAME_ADDRESS_WORDS, Person, _lex as _official_lex, _spaced, post_holder, resolve_name
from .words import Words, glued, headline_spans, in_spans, text_of, tokenize, words_of

QUOTE_OPEN = "\"“„"
QUOTE_CLOSE = "\"”"


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"[ \u00a0]+") for w in words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict:
    data = load_json("speech_verbs.json")
    name_word = r"(?:[A-Z][\w'’.\-]*|[A-Z]\.)"
    return {
        "after": re.compile(rf"^[\s\u00a0]*,?[\s\u00a0]*(?P<cue>(?i:{_alt(data['after_quote'])}))(?![\w])"),
        # '"...," TB Hasanuddin mengingatkan.': the speaker, then a reporting verb ending the sentence
        "name_then_verb_after": re.compile(
            rf"^[\s\u00a0]*,?[\s\u00a0]*(?P<spk>{name_word}(?:[ \u00a0]+{name_word}){{0,3}})[\s\u00a0]+"
            rf"(?P<cue>{_alt(data['reporting'])})(?=[\s\u00a0]*(?:\.|$))"),
        "reporting_before_quote": re.compile(
            rf"(?P<cue>(?:{_alt(data['reporting'])}))[\s\u00a0]*[,:]?[\s\u00a0]*$"),
        "reporting": re.compile(rf"(?<![\w])(?P<cue>{_alt(data['reporting'])})(?![\w])[\s\u00a0]*(?P<sep>,|:|bahwa\b)?"),
        "initial": re.compile(
            rf"(?P<cue>{_alt(data['initial'])})(?![\w])[\s\u00a0]*(?P<spk>[^,.\"“”]{{0,90}}?)[\s\u00a0]*,"),
        # "Menurutnya cuaca di sana panas.": a '-nya' cue needs no comma ("...SepiMenurutnya": a lost line break)
        # (the cue first, where it may stand checked after: a look-behind first is tried at every position)
        "initial_bare": re.compile(rf"(?P<cue>{_alt(w for w in data['initial'] if w.endswith('nya'))})(?=[\s\u00a0]+[a-z])"),
        # mid-sentence attributions: "Selain diekspor, kata Nungky, ..." / "hal itu menurut Darmin sangat ..."
        "inline": re.compile(
            rf"(?<=[\s,])(?P<cue>(?i:{_alt(data['inline'])}))[\s\u00a0]+(?P<spk>(?:[A-Z][\w'’.\-]*|[A-Z]\.)(?:[ \u00a0]+(?:[A-Z][\w'’.\-]*|[A-Z]\.)){{0,4}}|dia|ia|beliau|[a-z]{{4,}})(?=[\s\u00a0]*[,.]|[\s\u00a0]+[a-z])"),
        "inline_anaphoric": re.compile(rf"(?<=[\s,])(?P<cue>{_alt(data['inline_anaphoric'])})(?![\w])"),
        # "Dijelaskan Kapolres, ...", "Lebih lanjut disampaikan Khofifah, ...", "dikatakan Mentan bahwa ...":
        # a passive cue with its speaker after it
        "passive": re.compile(
            rf"(?<![\w])(?P<cue>(?i:{_alt(data['passive'])}))(?:[\s\u00a0]+oleh)?[\s\u00a0]+"
            rf"(?P<spk>[A-Z][^,.;\"“”\n]{{0,90}}?)[\s\u00a0]*(?P<sep>,|\bbahwa\b)"),
        # "Hal serupa diungkapkan pengamat politik Agus Mahfud Fauzi.": a speaker named, nothing said after
        # ("Hal senada", "Demikian": the words that open such a sentence, written first so the scan is cheap)
        "passive_silent": re.compile(
            rf"(?:Hal|Demikian|Senada|Serupa|Pernyataan|Pendapat)(?:[\s\u00a0]+[a-z]+){{0,3}}?[\s\u00a0]+"
            rf"(?P<cue>(?i:{_alt(data['passive'])}))(?:[\s\u00a0]+oleh)?[\s\u00a0]+"
            rf"(?P<spk>[^,.;\"“”\n]{{0,90}}?)\.(?=[\s\u00a0]|[A-Z]|$)"),
        "lost_close": re.compile(rf",[\s\u00a0]+(?:{_alt(data['lost_close'])})[\s\u00a0]+(?=[A-Z])"),
        # a verb negated, meant, to come or in a clause of time is nothing said (speech_verbs.json unsaid_before)
        "unsaid_before": re.compile(rf"(?<![\w])(?i:{_alt(data['unsaid_before'])})"
                                    rf"(?:[\s\u00a0]+(?:{_alt(data['unsaid_modals'])}))?[\s\u00a0]+$"),
        # ... except a denial denied, which says yes: "tidak menampik, ...", "tak membantah bahwa ..."
        "denials": frozenset(data["denials"]),
        "not_said_object": re.compile(rf"[\s\u00a0]*(?:{_alt(data['not_said_objects'])})(?![\w])"),
        "agentless": set(data["agentless"]),
        # ... or a topic phrase ("Terkait keterbatasan alokasi pupuk, dikatakan Judi, ...")
        "opener_before": re.compile(rf"(?:^|[.!?\"”\n])[\s\u00a0]*(?:(?i:{_alt(data['openers'])}|(?:{_alt(data['topic_openers'])})[^,.!?\"”\n]{{1,60}})"
                                    rf"[\s\u00a0]*,?[\s\u00a0]*)?$"),
        "pronouns": set(data["pronouns"]),
        "stem_ends_in_nya": frozenset(data["stem_ends_in_nya"]),
        "name_run": re.compile(rf"{name_word}(?:[ \u00a0]+(?:{name_word}|bin|binti))*"),
        # ("bertindak.Hal ini": a stop glued to the next sentence, where a line break was lost)
        "sentence_end": re.compile(r"[.!?](?:(?=[\s\"”]|$)|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]))|\n"),
    }


@dataclass
class _Quote:
    cue_start: int
    cue_end: int
    q_start: int
    q_end: int
    direct: bool
    speaker_text: Optional[str]      # as written right by the cue, or None for "-nya"/pronoun cues
    speaker_span: Optional[tuple[int, int]]
    anaphoric: bool


# a capitalised word (not a sentence's last) right before a capitalised inline cue: the cue is a heading's word
_TITLE_CASE_WORD_BEFORE = re.compile(r"(?<![\w])[A-Z][a-z]+[ \u00a0]+$")
_QUOTE_MARK = re.compile(r"[\"“”]")
# where a sentence starts: after a stop and a space, a line break, or a stop glued to a capital ("bertindak.Hal")
_SENTENCE_START = re.compile(r"[.!?](?:[\"”]?\s+|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]))|\n")


_LAST_SENTENCE_END = re.compile(r".*[.!?][\"”’]?[\s\u00a0]+", re.S)


def _quote_spans(text: str, cue_after=None, lost_close=None) -> list[tuple[int, int]]:
    """(start, end) of the words inside quote marks, paragraph by paragraph. A closing mark whose
    opening mark was lost in scraping ('... devisa neto." kata Tirta') is known by the cue after it
    (`cue_after`, a pattern matched right after the mark): the quote is then its sentence. An opening
    mark whose closing mark was lost ('"Tindakan itu merugikan, kata Sekjen API, ...') is known by
    `lost_close`, a comma and a cue inside the quote: the quote ends at that comma (its end is the
    comma, not a mark), and the next mark opens a quote again."""
    spans: list[tuple[int, int]] = []

    def lost(open_at: int, end: int) -> Optional[int]:
        if lost_close is None or end - open_at < 40:
            return None
        m = lost_close.search(text, open_at + 20, end)
        return m.start() if m else None
    for para in re.finditer(r"[^\n]+", text):
        open_at = None
        last_close = para.start()
        for m in _QUOTE_MARK.finditer(text, para.start(), para.end()):
            ch, i = m.group(0), m.start()
            if ch in '"”' and open_at is None and cue_after is not None and i > last_close + 10 \
                    and text[i - 1] in ".,!?" and text[i + 1:i + 2] in (" ", "\u00a0", ",") \
                    and cue_after.match(text[i + 1:i + 160]):
                before = _LAST_SENTENCE_END.match(text, last_close, i - 1)
                start = before.end() if before else last_close
                if i - start > 10:
                    spans.append((start, i))
                last_close = i + 1
                continue
            if ch == "“" or (ch in '"”' and open_at is None):     # ” also opens quotes in some scrapes
                if open_at is None:
                    open_at = i
                continue
            if open_at is not None:
                # (a mark right after a stop or comma closes the quote properly: '..., kata Pak Budi ..., dan ...," ujar X')
                comma = lost(open_at, i) if ch == '"' and text[i - 1:i] not in (",", ".", "!", "?") else None
                if comma is not None:
                    spans.append((open_at + 1, comma))
                    open_at = i                           # the lost closing mark's pair opens the next quote
                    continue
                if i - open_at > 1:
                    spans.append((open_at + 1, i))
                open_at = None
                last_close = i + 1
        if open_at is not None and para.end() - open_at > 20:
            comma = lost(open_at, para.end())
            spans.append((open_at + 1, comma if comma is not None else para.end()))   # or one running on to the next paragraph
    return spans


_ALPHA = re.compile(r"[A-Za-z]+")
# "di Jayapura", "di Gedung Negara Grahadi": where the speaker spoke, between the name and the cue
_PLACE_BEFORE_CUE = re.compile(r"[\s\u00a0]+di[\s\u00a0]+[A-Z][\w\-]*(?:[\s\u00a0]+[A-Z][\w\-]*){0,3}[\s\u00a0,]*")
_ADVERBS = re.compile(r"(?:[\s\u00a0]+(?:juga|pun|telah|sudah|akan|kembali|lantas|kemudian|masih|sempat|tak|tidak|"
                      r"yang|ini|itu|tersebut|saat|pun|lalu|kini|justru|bahkan|sendiri|secara|langsung|tegas|pula|tetap|kerap|"
                      r"sangat|amat|turut|terus|selalu|memang|hanya|berulang[\s\u00a0]+kali|berkali-kali|dengan[\s\u00a0]+[a-z]+)){1,3}[\s\u00a0]*")


# a name between commas right after a post: "..., AKP Imam Subeckhi, ..."
_NAME_AFTER_POST = re.compile(r"[\s\u00a0]*(?P<name>[A-Z][\w'’.\-]*(?:[\s\u00a0]+[A-Z][\w'’.\-]*){1,5})[\s\u00a0]*,")


# a person's age in brackets right after the name: "saksi lain Suharto (43) menyatakan"
_AGE_AFTER_NAME = re.compile(r"^[\s\u00a0]*\(\d{1,3}(?:[\s\u00a0]*(?:tahun|th|thn))?\)")


# words that start an appositive about the speaker, not the speech
_DAY_OR_PLACE_WORDS = frozenset("senin selasa rabu kamis jumat sabtu minggu saat usai seusai ketika di pada kepada dalam "
                                "selaku sebagai yang".split())


def _sentence_start(text: str, pos: int) -> bool:
    """Does a sentence start at pos: after a stop or a quote (with a space or not), a line break, or a
    lower-case letter glued to it (a lost line break)?"""
    before = text[max(0, pos - 2):pos]
    return (not before or before[-1] in '.!?"”\n' or before[-1].islower()
            or (before[-1] in " \u00a0" and (len(before) < 2 or before[0] in '.!?"”')))


# a sentence that opens with a name and a comma and runs to the verb without another: the name, then a post
_NAME_THEN_APPOSITIVE = re.compile(
    r"(?:^|(?<=[.!?\"”])|\n)[\s\u00a0]*(?P<name>(?:[A-Z][\w'’\-]*|[A-Z]\.)(?:[ \u00a0]+(?:[A-Z][\w'’\-]*|[A-Z]\.)){0,4})"
    r"[\s\u00a0]*,[\s\u00a0]*(?P<post>[^,.;:!?\"“”\n]{3,120})$")
# between a speaker and the reporting verb, how or where they said it: "X yang dikonfirmasi SURYA mengatakan",
# "X saat ditemui di kantornya menjelaskan", "X dalam suratnya menyebutkan", "X kepada wartawan mengatakan",
# "X selaku Ketua Panitia menuturkan", "Adi yang juga Ketua DPRD Surabaya menyebutkan"
_ASIDE_BEFORE_CUE = re.compile(
    r"[\s\u00a0,]+(?:(?:yang|saat|ketika|sewaktu|usai|seusai|kala)[\s\u00a0]+di[a-z]{3,}(?:[\s\u00a0]+[^\s,.;\"“”]+){0,4}?"
    r"|(?:dalam|melalui|lewat|via)(?:[\s\u00a0]+[^\s,.;\"“”]+){0,3}?[\s\u00a0]+[^\s,.;\"“”]+nya"
    r"|(?:dalam|saat|ketika|pada)[\s\u00a0]+(?:sambutan|amanat|pidato|arahan|keterangan|kesempatan)[a-z]*(?:[\s\u00a0]+[a-z]+){0,3}?"
    r"|kepada[\s\u00a0]+(?:awak[\s\u00a0]+)?(?:wartawan|media|jurnalis|[A-Z][\w.]+)"
    r"|(?:selaku|sebagai|yang[\s\u00a0]+juga(?:[\s\u00a0]+(?:menjabat|sebagai|merupakan))?)(?:[\s\u00a0]+[^\s,.;\"“”]+){1,10}?"
    r"(?<![\s\u00a0]itu)(?<![\s\u00a0]ini)(?<![\s\u00a0]tersebut))"      # ("Pria yang juga Ketua DPD Golkar itu": a descriptor)
    r"[\s\u00a0,]*$")


# the same aside ending in a demonstrative, taken only after a name ("Pria yang juga Ketua DPD Golkar itu" is a
# descriptor, "Sandi yang juga bercita-cita menjadi Taruna ini," an aside after the speaker's name)
# (and "Mulyo Aji dari Forum Komunikasi Masyarakat Sidorejo Bersatu menuturkan": the body a person speaks for)
_NAMED_ASIDE_BEFORE_CUE = re.compile(
    r"[\s\u00a0]+yang[\s\u00a0]+juga(?:[\s\u00a0]+[^\s,.;\"“”]+){1,10}?[\s\u00a0]+(?:ini|itu|tersebut)[\s\u00a0,]*$"
    r"|[\s\u00a0]+dari(?:[\s\u00a0]+(?:[A-Z][\w-]*|\([A-Z][\w-]*\)|dan)){1,8}[\s\u00a0,]*$")


# after a cue, a lower-case description of the speaker that points back: "pungkas perwira pertama
# tersebut", "tutur orang nomor satu di Jatim itu", "kata mantan Kepala Staf Angkatan Darat (KSAD) itu"
# "... itu juga", "... tersebut pun": a descriptor's end, then an adverb, right before a reporting verb
_DESCRIPTOR_THEN_ADVERB = re.compile(r"[\s\u00a0](?:itu|tersebut|ini)(?:[\s\u00a0]+(?:juga|pun|pula|tetap|kembali|lantas|kemudian|sempat))+$")
# "... Mantan Mensos RI itu,": the end of a descriptor written where a name would be
_DESCRIPTOR_END = re.compile(r"[\s\u00a0]+(?:itu|tersebut|ini)(?=[\s\u00a0]*[,.])")
# (the descriptor's closing word, then the clause's end or where it was said: "... tersebut dalam sambutan")
_DESCRIPTOR_CLOSE = (r"[\s\u00a0]+(?:itu|tersebut|ini)"
                     r"(?=[\s\u00a0]*(?:[.,;!?\n]|$)|[\s\u00a0]+(?:dalam|saat|ketika|kepada|usai|seusai)[\s\u00a0])")
_DESCRIPTOR_AFTER_CUE = re.compile(r"[\s\u00a0]+[a-z][\w\-]*(?:[\s\u00a0]+[\w()\-/.']+){0,8}?" + _DESCRIPTOR_CLOSE)
# "pungkas Guru Besar Universitas Indonesia tersebut.": a capitalised descriptor (checked for a person noun or post)
_CAPITALISED_DESCRIPTOR_AFTER_CUE = re.compile(
    r"[\s\u00a0]+[A-Z][\w\-]*(?:[\s\u00a0]+(?:[A-Z(][\w()\-/']*|dan)){0,8}?" + _DESCRIPTOR_CLOSE)


# a name written between commas after a post: "Menurut Bupati Bangka, Mulkan, ..."
_APPOSED_NAME = re.compile(r"[ \u00a0]*(?P<name>(?:[A-Z][\w'’.-]*[ \u00a0]+){0,4}[A-Z][\w'’-]*)[ \u00a0]*,[ \u00a0]*")


class QuoteFinder:
    def __init__(self):
        self.p = _patterns()
        self.lex = _official_lex()
        data = load_json("speech_verbs.json")
        self.given_names: set[str] = set()
        self.organizations: set[str] = set()          # the bodies of the current article's officials
        self.person_descriptors = set(load_lines("person_descriptors.txt"))
        self.months = {m.lower() for m in calendar()["full_months"]}
        self._month_after_name = re.compile(
            rf"[\s\u00a0](?:{'|'.join(m.capitalize() for m in sorted(self.months))})(?=[\s\u00a0]+(?:lalu|\d))")
        self.cue_words = {phrase.split()[0].lower() for key in ("reporting", "initial", "inline", "inline_anaphoric", "agentless",
                                                                "passive") for phrase in data[key]}

    def _cue_windows(self, text: str) -> list[tuple[int, int]]:
        """Stretches around the words a cue can start with: the cue patterns run only there."""
        windows: list[list[int]] = []
        words = self.words
        cue_words = self.cue_words
        for i, w in enumerate(words.lower):
            if w in cue_words or ("-" in w and w.split("-")[0] in cue_words):
                lo, hi = max(0, words.starts[i] - 2), min(len(text), words.starts[i] + len(w) + 160)
                if windows and lo <= windows[-1][1]:
                    windows[-1][1] = hi
                else:
                    windows.append([lo, hi])
        return [(a, b) for a, b in windows]

    def _scan(self, pattern, text: str):
        seen = set()
        for a, b in self.windows:
            for m in pattern.finditer(text, a, b):
                if m.start() not in seen:
                    seen.add(m.start())
                    yield m

    def find(self, text: str, people: list[Person], words: Optional[Words] = None) -> list[FactCandidate]:
        p = self.p
        self.words = words or Words(text)
        self.organizations = {re.sub(r"[\s\u00a0]+", " ", org) for p in people
                              for org in [p.organization, *(o for _, o in p.other_posts)] if org}
        self.windows = self._cue_windows(text)
        # a month that is the given name of an official of the article ('Juli Poernomo Slamet') is a
        # name after a cue too: "kata Juli", "Juli menegaskan"
        self.given_names = {p.name.split()[0] for p in people if " " in p.name and p.title and not p.former
                            and p.name.split()[0].lower() in self.months}
        quotes: list[_Quote] = []
        spans = _quote_spans(text, p["after"], p["lost_close"])
        inside = list(spans) + list(headline_spans(text))   # no cue inside a cited headline
        for start, end in spans:
            close = end
            after = text[close + 1: close + 160] if close < len(text) and (text[close] in QUOTE_CLOSE or text[close] == ",") else ""
            m = p["after"].match(after) if after else None
            if m:
                cue_s, cue_e = close + 1 + m.start("cue"), close + 1 + m.end("cue")
                spk, span, anaphoric = self._speaker_after(text, cue_e, m.group("cue"))
                quotes.append(_Quote(cue_s, cue_e, start, end, True, spk, span, anaphoric))
                continue
            m = p["name_then_verb_after"].match(after) if after else None
            if m:
                a, b = close + 1 + m.start("spk"), close + 1 + m.end("spk")
                spk, span = self._person_in_window(text, (a, b))
                if spk is not None:
                    quotes.append(_Quote(close + 1 + m.start("cue"), close + 1 + m.end("cue"), start, end, True, spk, span, False))
                    continue
            before = text[max(0, start - 1 - 160): max(0, start - 1)]
            m = p["reporting_before_quote"].search(before)
            if m:
                offset = max(0, start - 1 - 160)
                cue_s, cue_e = offset + m.start("cue"), offset + m.end("cue")
                spk, span, anaphoric = self._speaker_before(text, cue_s)
                quotes.append(_Quote(cue_s, cue_e, start, end, True, spk, span, anaphoric))
        taken_cues = {(q.cue_start, q.cue_end) for q in quotes}
        silent: list[Person] = []          # speakers named by a cue with nothing said after it
        for m in self._scan(p["passive"], text):
            if in_spans(m.start(), inside):
                continue
            q_start, q_end = self._said_after(text, m.end())
            window = (m.start("spk"), m.end("spk"))
            named = _NAME_AFTER_POST.match(text, m.end()) if m.group("sep") == "," else None
            if named:
                # "Dituturkan Kapolsek Talun, AKP Imam Subeckhi, dapur ...": the post, then its holder's name;
                # "Dijelaskan Budi, Kepala Gudang Bulog, ...": the name, then the post
                if named.group("name").split()[0] not in self.lex.title_first_words:
                    window = (named.start("name"), named.end("name"))
                q_start, q_end = self._said_after(text, named.end())
            if m.group("sep") == "," and not p["opener_before"].search(text, max(0, m.start() - 100), m.start()):
                continue                                   # "hal itu disampaikan Hadi, anggota Komisi C, ...": the words before are the quote
            if m.group("sep") == "," and self._not_content(text, q_start):
                continue                                   # "Dijelaskan Kapolres, Senin (1/5), ...", "..., Kepala Dinas X"
            spk, span = self._person_in_window(text, window, first=True)
            if spk is None or q_end - q_start < 10:
                continue                                   # "Disampaikan dalam rapat itu, ...": no speaker named
            quotes.append(_Quote(m.start("cue"), m.end("cue"), q_start, q_end, False, spk, span, False))
            taken_cues.add((m.start("cue"), m.end("cue")))
        for m in p["passive_silent"].finditer(text):
            spk, span = self._person_in_window(text, (m.start("spk"), m.end("spk")))
            if spk is not None and span is not None and " " in spk and spk.split()[0] in self.lex.person_tokens:
                # "Hal serupa diungkapkan pengamat Agus Mahfud Fauzi. Dia menilai ...": no quote, but the
                # person a next '-nya' or 'dia' points back to
                silent.append(Person(name=spk, start=span[0], end=span[1], mentions=[span]))
        for m in self._scan(p["initial"], text):
            if (m.start("cue"), m.end("cue")) in taken_cues or not _sentence_start(text, m.start()):
                continue
            if in_spans(m.start(), inside):
                continue
            cue = m.group("cue")
            spk_text = m.group("spk").strip()
            q_start = m.end()
            q_end = self._sentence_end(text, q_start)
            if q_end - q_start < 10:
                continue
            if cue in p["agentless"] or not spk_text:
                quotes.append(_Quote(m.start("cue"), m.end("cue"), q_start, q_end, False, None, None, True))
                continue
            name = self._person_in(text, m.start("spk"), m.end("spk"), people)
            post = spk_text.split()[0] in self.lex.title_first_words or spk_text in self.lex.titles
            apposed = _APPOSED_NAME.match(text, q_start) if post else None
            if apposed:
                # "Menurut Kepala Dinas Sosial Bangka, Ahmad Rizal, bantuan ...": the post, then its holder's
                # name between commas; what was said starts after the name
                held = self._person_in(text, apposed.start("name"), apposed.end("name"), people)
                if held is not None:
                    name, q_start = held, apposed.end()
            described = self._descriptor(spk_text)
            if described and spk_text[0].islower() and spk_text.split()[0] in self.person_descriptors:
                name = None                          # "Menurut putra alumni Akpol 1988 itu": a name inside is no speaker
            if name is None and (spk_text.split()[0] in p["pronouns"] or spk_text in ("dia", "ia", "beliau") or described):
                # ("Menurut mantan Menteri Sosial RI itu, ...": a descriptor of the last person named)
                quotes.append(_Quote(m.start("cue"), m.end("cue"), q_start, q_end, False, None, None, True))
            elif name is not None:
                quotes.append(_Quote(m.start("cue"), m.end("cue"), q_start, q_end, False, name[0], name[1], False))
        for m in p["initial_bare"].finditer(text):
            if (m.start("cue"), m.end("cue")) in taken_cues or in_spans(m.start(), inside) or not _sentence_start(text, m.start()):
                continue
            q_start = m.end()
            q_end = self._sentence_end(text, q_start)
            if q_end - q_start >= 10:
                quotes.append(_Quote(m.start("cue"), m.end("cue"), q_start, q_end, False, None, None, True))
        for pattern in ("inline", "inline_anaphoric"):
            for m in self._scan(p[pattern], text):
                if in_spans(m.start(), inside) or (m.start("cue"), m.end("cue")) in taken_cues:
                    continue
                before = text[max(0, m.start() - 4):m.start()]
                if re.search(r"[\"”][\s,]*$", before):
                    continue                               # right after a closing quote: a direct quote's cue
                if m.group("cue")[:1].isupper() and _TITLE_CASE_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                    continue                               # "Polisi Maraton Ungkap Pelakunya": a heading in title case
                s_start, s_end = self._sentence_around(text, m.start())
                if s_end - s_start < 20:
                    continue
                spk = m.groupdict().get("spk")
                if spk and self._reporting_verb_at(text, m.end("spk")):
                    continue                               # "Lebih lanjut Saiful menjelaskan, ...": the verb after the name is the cue
                if spk and spk not in p["pronouns"] and self._inline_descriptor(text, m):
                    # "Saat ini, lanjut perwira menengah itu, ...", "lanjut Mantan Mensos RI itu, ...": a
                    # descriptor of the person just named
                    quotes.append(_Quote(m.start("cue"), m.end("cue"), s_start, s_end, False, None, None, True))
                elif spk and spk[0].islower() and spk not in p["pronouns"]:
                    if spk.capitalize() not in self.lex.titles or not re.match(r"[\s\u00a0]*,", text[m.end("spk"):]):
                        continue                           # "..., kata kapolres, ...": a post in lower case, its holder
                    quotes.append(_Quote(m.start("cue"), m.end("cue"), s_start, s_end, False, spk.capitalize(),
                                         (m.start("spk"), m.end("spk")), False))
                elif spk and spk not in p["pronouns"]:
                    spk, span = self._person_in_window(text, (m.start("spk"), m.end("spk")), first=True)
                    if spk is None:
                        continue
                    quotes.append(_Quote(m.start("cue"), m.end("cue"), s_start, s_end, False, spk, span, False))
                else:
                    quotes.append(_Quote(m.start("cue"), m.end("cue"), s_start, s_end, False, None, None, True))
                taken_cues.add((m.start("cue"), m.end("cue")))
        for m in self._scan(p["reporting"], text):
            if (m.start("cue"), m.end("cue")) in taken_cues or in_spans(m.start(), inside):
                continue
            if (p["unsaid_before"].search(text, max(0, m.start() - 30), m.start()) and m.group("cue").lower() not in p["denials"]) \
                    or (not m.group("sep") and p["not_said_object"].match(text, m.end())):
                continue                                   # "Djumin tidak menjelaskan ...", "Untuk memastikan ...",
                                                           # "menyampaikan terima kasih": nothing said
            rest = text[m.end():m.end() + 4]
            if re.match(r"^[\s\u00a0]*[\"“]", rest):
                continue                                   # handled as a direct quote
            spk, span, anaphoric = self._speaker_before(text, m.start("cue"))
            if spk is None and not anaphoric:
                continue
            q_start, q_end = self._said_after(text, m.end())
            if q_end - q_start < 10:
                continue
            quotes.append(_Quote(m.start("cue"), m.end("cue"), q_start, q_end, False, spk, span, anaphoric))
        return self._resolve(text, quotes, people + [s for s in silent if not any(p.name == s.name for p in people)])

    def _no_holder_in(self, text: str, a: int, b: int, run: str) -> bool:
        """Does the run before a verb name no one ('Kepala SDN Jagalan 1': a post and its body, its last word
        no known name part)?"""
        spk, _ = self._person_in_window(text, (a, b))
        return spk is None or (run.split()[0] in self.lex.titles and " " not in spk and spk not in self.lex.person_tokens)

    def _inline_descriptor(self, text: str, m: re.Match) -> bool:
        """Is the 'speaker' after an inline cue a descriptor of someone already named: lower case up to
        'itu'/'tersebut'/'ini' ('lanjut perwira menengah itu'), or a capitalised run closed by one
        ('lanjut Mantan Mensos RI itu,')?"""
        if m.group("spk")[0].islower():
            described = _DESCRIPTOR_AFTER_CUE.match(text, m.end("cue"))
            return bool(described) and self._descriptor(described.group(0))
        end = _DESCRIPTOR_END.match(text, m.end("spk"))
        return bool(end) and self._descriptor(text[m.start("spk"):end.end()])

    def _reporting_verb_at(self, text: str, pos: int) -> bool:
        m = re.match(r"[\s\u00a0]+(?:juga[\s\u00a0]+)?(?P<w>[a-z]+)", text[pos:pos + 40])
        return bool(m) and m.group("w") in self.lex.reporting_verbs

    def _descriptor(self, phrase: str) -> bool:
        """'mantan Menteri Sosial RI itu', 'pria kelahiran Blitar tersebut': a person already named, described
        by a person noun or a post (not 'undang-undang saat ini', 'data BPS itu')."""
        words = phrase.split()
        lex = self.lex
        return len(words) >= 2 and words[-1] in ("itu", "tersebut", "ini") and (
            words[0].lower() in self.person_descriptors
            or any(w in lex.titles or w in lex.title_first_words or w.capitalize() in lex.title_first_words
                   for w in words[:-1]))

    def _not_content(self, text: str, pos: int) -> bool:
        """Does the text after a speaker's comma go on about the speaker (a day, a post, where they spoke)
        rather than give what was said?"""
        m = re.match(r"[A-Za-z]+", text[pos:pos + 30])
        if not m:
            return True
        w = m.group(0)
        return (w.lower() in _DAY_OR_PLACE_WORDS or w in self.lex.title_first_words or w in self.lex.titles
                or w.capitalize() in self.lex.title_first_words)

    def _sentence_around(self, text: str, pos: int) -> tuple[int, int]:
        starts = [m.end() for m in _SENTENCE_START.finditer(text, 0, pos)]
        start = starts[-1] if starts else 0
        return start, self._sentence_end(text, pos)

    def _said_after(self, text: str, pos: int) -> tuple[int, int]:
        """What follows a cue and its separator (' ', ',', ':') to the end of the sentence: (start, end)."""
        while pos < len(text) and text[pos] in " \u00a0,:":
            pos += 1
        return pos, self._sentence_end(text, pos)

    def _sentence_end(self, text: str, start: int) -> int:
        m = self.p["sentence_end"].search(text, start)
        end = m.start() if m else len(text)
        return end

    def _speaker_after(self, text: str, pos: int, cue: str) -> tuple[Optional[str], Optional[tuple[int, int]], bool]:
        """The speaker written after an after-quote cue: 'kata Evi', 'ujar Kepala Dinas X, Budi', 'katanya'."""
        low = cue.lower()
        if (low.endswith(("nya", " dia", " ia", "nya lagi")) and low not in self.p["stem_ends_in_nya"]) \
                or re.search(r"nya[ \u00a0]+(?:lagi|kepada)$", low):
            return None, None, True                 # ('tanya Feni Rose': the verb's stem ends in -nya)
        tail = text[pos:pos + 200]
        m = re.match(r"[\s\u00a0]+(?P<w>\w+)", tail)
        if m and m.group("w") in self.p["pronouns"]:
            return None, None, True
        if _DESCRIPTOR_AFTER_CUE.match(tail):
            return None, None, True                 # "pungkas perwira pertama tersebut": the person just named
        described = _CAPITALISED_DESCRIPTOR_AFTER_CUE.match(tail)
        if described and self._descriptor(described.group(0).strip()) \
                and not any(w in self.lex.person_tokens for w in described.group(0).split()):
            return None, None, True
        end = re.search(r"[.;!?\n]|,[\s\u00a0]+(?:[A-Z][a-z]+[\s\u00a0]*\(|\w+\s+\(\d)|\([\d]"
                        r"|[\s\u00a0](?:di|kepada|saat|usai|seusai|ketika|dalam|pada|melalui|dilansir|dari|yang|seperti)[\s\u00a0]", tail)
        stop = end.start() if end else len(tail)
        lone = re.fullmatch(r"[\s\u00a0]*(?P<w>[a-z]+)[\s\u00a0]*", tail[:stop])
        if lone and lone.group("w").capitalize() in self.lex.titles:
            a = pos + lone.start("w")              # '..." duga kapolsek.': the post in lower case, its holder
            return lone.group("w").capitalize(), (a, a + len(lone.group("w"))), False
        when = self._month_after_name.search(tail, 0, stop)
        if when:
            stop = when.start()                      # "kata Tjahjo Januari lalu": when it was said
        return (*self._person_in_window(text, (pos, pos + stop), first=True), False)

    def _speaker_before(self, text: str, cue_start: int) -> tuple[Optional[str], Optional[tuple[int, int]], bool]:
        """The subject right before a reporting verb: a name, a title phrase ending in a name, or a pronoun."""
        head = text[max(0, cue_start - 160):cue_start].rstrip(" \u00a0,")
        offset = max(0, cue_start - 160)
        aside = _ASIDE_BEFORE_CUE.search(head)
        if aside and aside.start() > 0:
            head = head[:aside.start()]              # "Mochammad Wahyudi yang dikonfirmasi SURYA mengatakan"
        else:
            aside = _NAMED_ASIDE_BEFORE_CUE.search(head)
            named = aside and re.search(r"(?P<w>[A-Z][a-z]+)$", head[:aside.start()])
            if named and (named.group("w") in self.lex.person_tokens or named.group("w").lower() not in self.lex.common_words):
                head = head[:aside.start()]          # "Sandi yang juga bercita-cita menjadi Taruna Akademi Militer ini, mengungkapkan"
        m = re.search(r"(?:^|(?<=[\s.!?\"”]))(?P<w>\w+)$", head)
        if m and (m.group("w") in self.p["pronouns"] or (m.group("w").endswith("pun") and m.group("w")[:-3] in self.p["pronouns"])):
            return None, None, True                 # ("...," tegas Achmad.Dirinya memaparkan", "Diapun berjanji")
        if m and m.group("w") in ("itu", "tersebut", "ini"):
            return None, None, True                 # "Legislator dari dapil Lumajang-Jember itu berharap", "Politisi PKB ini menyebut"
        if m and _DESCRIPTOR_THEN_ADVERB.search(head):
            return None, None, True                 # "Perwira asal Surabaya itu juga menyebutkan"
        # ", ..., mengatakan": the subject may stand before an appositive between commas
        runs = list(self.p["name_run"].finditer(head))
        while len(runs) > 1 and _PLACE_BEFORE_CUE.fullmatch(head, runs[-2].end()):
            runs.pop()                               # "... Ahmad Mustofa Kamal di Jayapura, mengungkapkan": a place
        if not runs:
            return None, None, False
        last = runs[-1]
        appositive = _NAME_THEN_APPOSITIVE.search(head)
        if appositive and last.start() > appositive.start("name") and re.fullmatch(r"[\s\u00a0\d]*", head[last.end():]) \
                and appositive.group("name").split()[0] not in self.lex.title_first_words \
                and self._no_holder_in(text, offset + last.start(), offset + last.end(), last.group(0)) \
                and (" " in appositive.group("name").strip() or appositive.group("name") in self.lex.person_tokens
                     or appositive.group("name").lower() not in self.lex.common_words):   # (not "Terbaru, Kabid ...")
            # "Ali Mahmud, pedagang Pasar Legi Kota Blitar mengatakan", "Ning Suyudi, Kepala Bappeda Kota Kediri
            # mengatakan": the sentence's subject, then a post or role written after it without a closing comma
            a, b = offset + appositive.start("name"), offset + appositive.end("name")
            spk, spk_span = self._person_in_window(text, (a, b))
            if spk is not None and spk_span is not None and spk_span[1] == b:
                return spk, spk_span, False
        if re.split(r"[.\s\u00a0]+", last.group(0))[-1] in self.p["pronouns"] \
                and (last.end() == len(head) or _ADVERBS.fullmatch(head[last.end():])):
            return None, None, True                 # "Dirinya juga mengajak", "...wabah Corona.Dirinya bahkan menyebut"
        if last.end() != len(head):
            # "Evi, Kepala Kantor ..., mengatakan": take the person whose mention ends closest before the verb;
            # "Yuhronur Efendi juga mengakui": adverbs may stand between the subject and the verb;
            # "Suharto (43) menyatakan": the speaker's age in brackets
            between = _AGE_AFTER_NAME.sub("", head[last.end():], count=1)
            if not (re.fullmatch(r"[\s\u00a0]*(?:,.*)?", between) or _ADVERBS.fullmatch(between)
                    or _PLACE_BEFORE_CUE.fullmatch(between)):
                return None, None, False
        span = (offset + last.start(), offset + last.end())
        spk, spk_span = self._person_in_window(text, span)
        if spk is None and len(runs) >= 2 and last.group(0).split()[0] in self.lex.title_first_words \
                and re.fullmatch(r"[\s\u00a0]*,[\s\u00a0]*", head[runs[-2].end():last.start()]):
            # "Franky Welirang, Direktur PT Indofood Sukses Makmur, mengatakan": the name before the appositive
            spk, spk_span = self._person_in_window(text, (offset + runs[-2].start(), offset + runs[-2].end()))
        return spk, spk_span, False

    def _inside_organization(self, text: str, a: int, b: int) -> bool:
        """The words text[a:b] are part of the organisation of an official of the article."""
        if not self.organizations:
            return False
        phrase = re.sub(r"[\s\u00a0]+", " ", text[a:b])
        return any(phrase in org and re.search(rf"(?<![\w]){re.escape(phrase)}(?![\w])", org) for org in self.organizations)

    def _person_in(self, text: str, start: int, end: int, people: list[Person]):
        spk, span = self._person_in_window(text, (start, end))
        return (spk, span) if spk else None

    def _person_in_window(self, text: str, window: tuple[int, int], first: bool = False) -> tuple[Optional[str], Optional[tuple[int, int]]]:
        """The person named inside a window: the last run of capitalised words, with titles, ranks,
        organisation and region words stripped from its front ('Kepala Dinas X Budi' -> 'Budi')."""
        lex = self.lex
        start, end = window
        toks = [t for t in tokenize(text[start:end])]
        runs: list[list] = []
        for t in toks:
            if t.cap or t.initial:
                if runs and runs[-1] and t.start - runs[-1][-1].end <= 2 and not glued(runs[-1][-1], t):
                    runs[-1].append(t)
                else:
                    runs.append([t])
            elif runs and runs[-1]:
                runs.append([])
        runs = [r for r in runs if r]
        post = None
        for n_run, run in (enumerate(runs) if first else reversed(list(enumerate(runs)))):
            # degrees end a name ("Hayuning Purnama Dewi SSos MMed Kom MM CPM"): the run stops at the first
            words = run[:next((k for k, w in enumerate(run) if k and w.text.replace(".", "").lower() in lex.degrees), None)]

            def not_name(w) -> bool:
                x = w.text
                # ("kata Juli" for 'Juli Poernomo Slamet': a month, and the name of an official of the article)
                return (x in lex.title_first_words or x in lex.titles or x in lex.rank_words
                        or (x in lex.not_names and x not in self.given_names)
                        or (len(x) >= 6 and x.endswith("nya") and x not in lex.person_tokens)   # "Hasilnya, ..."
                        or (lex.orgish(w) and x not in lex.person_tokens))

            cut = 0
            for idx, w in enumerate(words):
                if not_name(w) and not w.initial and not (
                        idx and w.text in lex.not_names and w.text in lex.person_tokens and not not_name(words[idx - 1])):
                    cut = idx + 1                       # ("Henri Surya": a name word that alone is no name, after a name word)
            if cut and any(w.text in lex.company_heads for w in words[:cut]) and not (
                    cut < len(words) and words[cut].text in lex.person_tokens):
                continue                                # "PT Indofood Sukses Makmur": the company's name
                                                        # ("Gubernur Bank Indonesia Agus Martowardojo" names Agus)
            tail = words[cut:]
            if tail and self._inside_organization(text, start + tail[0].start, start + tail[-1].end):
                continue                                # "ujar Ketua Gapoktan Sido Makmur, Suparno": the body an official has
            while tail and tail[-1].text.replace(".", "").lower() in lex.degrees:
                tail = tail[:-1]                        # a run that is a degree alone
            if not tail and words[0].text in lex.titles:
                # "kata Wapres", "ungkap Gubernur Jatim": the post, resolved to its holder later, when no
                # name follows in the window ("kata Kepala Dinas Sosial (Dinsos) Budi")
                if post is None:
                    a, b = start + words[0].start, start + words[-1].end
                    post = (re.sub(r"[\s\u00a0]+", " ", text[a:b]), (a, b))
                continue
            if not tail or len(tail) > 5:
                continue
            if first and n_run > 0 and tail[0].text not in lex.person_tokens and runs[0][0].text in lex.titles \
                    and text[start + runs[n_run - 1][-1].end:start + run[0].start].strip(" \u00a0") in ("dan", "serta", "&"):
                continue                                # "Kepala Dinas Koperasi Usaha Kecil dan Menengah serta ...": the post goes on
            if first and len(tail) == 1 and text[start + tail[0].start - 1:start + tail[0].start] == "(" \
                    and text[start + tail[0].end:start + tail[0].end + 1] == ")" and n_run + 1 < len(runs):
                continue                                # "(Dinkopdag)": the body's short form, the name comes after
            if first and cut and len(tail) == 1 and tail[0].text not in lex.person_tokens and n_run + 1 < len(runs):
                after = runs[n_run + 1]
                if text[start + tail[0].end:start + after[0].start].strip(" \u00a0") == "," and (
                        after[0].text in lex.rank_words or after[0].text in lex.person_tokens):
                    continue                            # "kata Kapolsek Selopuro, AKP Suhartono": the place, then the name
            a, b = start + tail[0].start, start + tail[-1].end
            if len(tail) == 1 and cut and words[cut - 1].text in NICKNAME_ADDRESS_WORDS:
                a = start + words[cut - 1].start      # "imbuh Cak Eri": the nickname with its word of address
            return re.sub(r"[\s\u00a0]+", " ", text[a:b]), (a, b)
        return post if post else (None, None)

    def _without_address(self, name: str) -> str:
        """'H Marhaen Djumadi' -> 'Marhaen Djumadi': titles of address are no part of a name."""
        words = name.split()
        if len(words) == 2 and words[0] in NICKNAME_ADDRESS_WORDS:
            return name                                 # "Cak Eri", "Gus Miftah": a nickname, the only name given
        while len(words) > 1 and (words[0] in self.lex.rank_words or words[0].rstrip(".") in self.lex.rank_words):
            words.pop(0)
        return " ".join(words)

    def _named(self, speaker: str, people: list[Person], text: str) -> Optional[str]:
        """A speaker as written -> the full name: a title alone ('kata Wapres') names the official
        holding it; an acronym or organisation word names no person."""
        words = speaker.split()
        if len(words) == 1 and words[0] in self.lex.person_tokens \
                and len({p.name for p in people if words[0] in p.name.split()}) == 1:
            return resolve_name(speaker, people, text)             # "kata Hakim" for 'Hakim Sisworo', no judge
        if len(words) > 1 and words[0] in self.lex.titles:
            first_name = next((n for n, w in enumerate(words[1:], 1) if w in self.lex.person_tokens), None)
            if first_name is None:
                return post_holder(speaker, people)               # "Gubernur Jatim"
            words = words[first_name:]                            # "Direktur Utama AP II Budi Karya" -> "Budi Karya"
            speaker = " ".join(words)
        if len(words) == 1 and (words[0] in self.lex.titles or words[0] in self.lex.title_first_words):
            entry = self.lex.titles.get(words[0], {})
            forms = {words[0].lower(), (entry.get("alias_of") or "").lower()} - {""}
            holders = [p for p in people if p.title and (p.title.lower() in forms or p.title.split()[-1].lower() in forms
                       or any(p.title.lower().startswith(f) for f in forms if " " in f)
                       or any(f"{p.title} {p.organization or ''}".lower().startswith(f) for f in forms if " " in f))]
            # ("ujar Kasau" for "Kepala Staf Angkatan Udara (KSAU) Marsekal Fadjar Prasetyo": the post with its body)
            return holders[0].name if len({h.name for h in holders}) == 1 else None
        if len(words) == 1 and self.lex.is_acronym(words[0]):
            by_initials = self._name_by_initials(words[0], people, text)
            if by_initials:
                return by_initials
        if all(self.lex.is_acronym(w) or w in self.lex.org_words for w in words):
            return None
        return resolve_name(speaker, people, text)

    def _name_by_initials(self, acronym: str, people: list[Person], text: str) -> Optional[str]:
        """'tulis SBY' for 'Susilo Bambang Yudhoyono', 'kata JK' for 'Jusuf Kalla': a person known by the
        initials of the name the article gives; a body's acronym ('KPK') spells no person's name."""
        if not (2 <= len(acronym) <= 4 and acronym.isalpha()):
            return None
        known = {p.name for p in people if "".join(w[0] for w in p.name.split()) == acronym}
        if known:
            return known.pop() if len(known) == 1 else None
        spelled = re.compile(r"(?<![\w])" + r"[\s\u00a0]+".join(f"{c}[a-z]+" for c in acronym) + r"(?![\w])")
        found = {_spaced(m.group()) for m in spelled.finditer(text)}
        found = {f for f in found if any(w in self.lex.person_tokens for w in f.split())
                 and not any(w in self.lex.org_words or (w.lower() in self.lex.common_words and w not in self.lex.person_tokens)
                         for w in f.split())}
        return found.pop() if len(found) == 1 else None

    def _mentions(self, text: str, people: list[Person]) -> list[tuple[int, str]]:
        """Where each known person is named in the text (by any word of the name), in text order."""
        owners: dict[str, str] = {}
        for person in people:
            for w in person.name.split():
                if len(w) >= 3 and w[0].isupper():
                    owners.setdefault(w.lower(), person.name)
        words = self.words
        return [(start, owners[w]) for start, w in zip(words.starts, words.lower) if w in owners]

    @staticmethod
    def _latest_namesake(written: str, people: list[Person], before: int) -> Optional[str]:
        """'kata Agus' with 'I Made Agus Mahayastra' and 'Agus Mahfud Fauzi' in the article: the one whose
        given name it is ('Sugiri Sancoko', not his wife 'Susilowati Sugiri Sancoko'), else the one named
        last before the cue."""
        if " " in written:
            return None
        namesakes = {p.name: p for p in people if written in p.name.split()}
        if len(namesakes) < 2:
            return None
        given = [p for n, p in namesakes.items() if n.split()[0] == written]
        if len(given) == 1:
            return given[0].name
        at, name = max((max((a for a, _ in p.mentions if a < before), default=-1), p.name) for p in given or namesakes.values())
        return name if at >= 0 else None

    def _resolve(self, text: str, quotes: list[_Quote], people: list[Person]) -> list[FactCandidate]:
        out: list[FactCandidate] = []
        last_speaker: Optional[str] = None
        known = list(people)
        seen = set()
        resolved: list[tuple[int, str]] = []        # (position, speaker) of quotes already resolved
        said: list[tuple[int, int]] = []            # what those speakers said
        said_indirect: list[tuple[int, int]] = []   # the reported (not quoted) part of it
        mentions: Optional[list[tuple[int, str]]] = None
        for q in sorted(quotes, key=lambda q: q.cue_start):
            key = (q.cue_start, q.cue_end)
            if key in seen:
                continue
            seen.add(key)
            if not q.direct and any(a <= q.cue_start < b for a, b in said_indirect):
                continue                        # "Apalagi, tambahnya, ..., Andika berjanji akan ...": speech inside speech
            if q.anaphoric:
                # "-nya", "dia": the person named last before the quote (a known person's mention or an
                # earlier quote's speaker), else the last speaker
                anchor = min(q.q_start, q.cue_start)
                if mentions is None:
                    mentions = self._mentions(text, known)
                # (a name inside what an earlier speaker said is no new speaker: "Dirinya menjelaskan, kegiatan
                # itu dipimpin Kabag Ops, Kompol Supiyan. '...,' jelasnya" is still the first speaker)
                named = [(a, n) for a, n in mentions if a < anchor and not in_spans(a, said)] \
                    + [r for r in resolved if r[0] < anchor]
                speaker = max(named)[1] if named else last_speaker
            else:
                written = q.speaker_text
                parts = written.split() if written else []
                bare = parts[1] if len(parts) == 2 and parts[0] in NICKNAME_ADDRESS_WORDS else written
                speaker = self._named(self._latest_namesake(bare, known, q.cue_start) or bare,
                                      known, text) if bare else None
                if speaker is not None and speaker == bare and bare != written:
                    speaker = written                   # "Cak Eri", known by no fuller name: the nickname as written
                if speaker is None and not q.direct:
                    continue                    # an institution or a descriptor is not a speaker we can name
            if speaker:
                speaker = self._without_address(speaker)
                last_speaker = speaker
                said.append((q.q_start, q.q_end))
                if not q.direct:
                    said_indirect.append((q.q_start, q.q_end))
                resolved.append((q.speaker_span[0] if q.speaker_span else q.cue_start, speaker))
                if " " in speaker and not any(p.name == speaker for p in known):
                    newcomer = Person(name=speaker, start=q.cue_start, end=q.cue_end)
                    known.append(newcomer)
                    if mentions is not None:
                        mentions = sorted(mentions + self._mentions(text, [newcomer]))
            cue = re.sub(r"[\s\u00a0]+", " ", text[q.cue_start:q.cue_end])
            quote = text[q.q_start:q.q_end].strip().rstrip(",")
            if not quote:
                continue
            out.append(FactCandidate("quote", q.cue_start, q.cue_end, {
                "speaker": speaker, "cue": cue, "quote": quote, "direct": q.direct,
                "quote_start": q.q_start, "quote_end": q.q_end}))
        return out


@Language.factory("id_quotes")
def make_quotes(nlp: Language, name: str):
    finder = QuoteFinder()

    def component(doc: Doc) -> Doc:
        facts_of(doc).extend(finder.find(text_of(doc), doc._.persons or [], words_of(doc)))
        return doc

    return component
