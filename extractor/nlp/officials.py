"""Officials: a person with a position, in every common order.

    Kepala Kantor BPJS Ketenagakerjaan Cabang Pangkalpinang Evi Haliyati Rachmat   (title org name)
    Kapolsek Sawahan, Kompol A. Risky Fardian                                      (title org, rank name)
    kata Kadinkes Bangka, Andri Nurtito                                            (title org, name)
    Abidin selaku Kepala Bidang Pelayanan ...                                      (name selaku title org)
    Budi Santoso, Kepala Desa Sukamaju, mengatakan                                 (name, title org)

The hard part is the boundary between organisation and name. After the title we take the run of
capitalised words up to a comma or a lower-case word; organisation words, acronyms, numbers and
region names (models/org_words.txt, models/regions.jsonl) belong to the organisation, and the name is
the tail of the run that is none of these (person-name tokens in models/person_tokens.txt and
models/given_names.txt win ties). Ranks, honorifics and degrees are not part of a name. Short names
later in the article ("kata Evi") resolve to the fullest form.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..calendar import calendar
from ..resources import load_json, load_jsonl, load_lines, load_words
from .base import FactCandidate, facts_of
from .words import WORD, Tok, Words, glued, headline_spans, in_spans, tokenize, words_of

@dataclass
class Person:
    name: str
    start: int
    end: int
    title: Optional[str] = None
    organization: Optional[str] = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    former: bool = False        # only ever named as a past holder ("mantan Gubernur ..."): no official
    within: tuple[str, ...] = ()  # the bodies the post belongs to, when it is a sub-unit post (titles.jsonl)
    role_end: int = -1          # where 'Name yang sebelumnya menjabat <title org>' ends: a next post may chain on
    chained: bool = False       # this post chains on the one before ('..., diangkat menjadi Kepala ...')
    bracketed: bool = False     # the post is written in brackets right after the name ('Halim, MA (Wakil Ketua ...)')
    nickname: bool = False      # the name is the one the holder goes by ('Kepala BKD yang akrab disapa Yuyun')
    nicknames: list[str] = field(default_factory=list)   # such names, once folded into the full name
    other_posts: list[tuple[str, Optional[str]]] = field(default_factory=list)   # (title, organisation) of a second post
    current: bool = False       # the post is the one held now ('X yang kini menjabat ...', 'Kini, X menjabat sebagai ...')


def _english_titles() -> tuple[list[str], set[str]]:
    """English business titles: every head after every modifier and most heads alone
    (models/english_titles.json), so 'Commercial Director' or 'Chief Marketing Officer' need no line of
    their own; and the heads, which end a run of capitalised words as a title does."""
    data = load_json("english_titles.json")
    heads = data["heads"]
    alone = [h for h in heads if h not in data["after_modifier_only"]]
    return alone + [f"{mod} {head}" for head in heads for mod in data["modifiers"]], set(heads)


class _Lexicon:
    def __init__(self):
        titles = load_jsonl("titles.jsonl")
        self.titles = {t["title"]: t for t in titles}
        english, english_heads = _english_titles()
        # first words of titles end a run of capitalised words; English modifiers ('Corporate', 'Sales') do not
        self.title_first_words = {t.split()[0] for t in self.titles} | english_heads
        self.body_abbreviations = frozenset(load_words("body_abbreviations.txt"))
        for title in english:
            self.titles.setdefault(title, {"title": title, "org_prefix": None, "expects_place": False})
        modifiers = sorted(load_lines("title_modifiers.txt"), key=len, reverse=True)
        self.modifiers = modifiers
        self.ranks = set(load_lines("ranks.txt"))
        # "IPTU Wihandoko", "Mayjen TNI (purn)": ranks are also written in capitals or lower case
        self.rank_words = {v for r in self.ranks for w in r.split()
                           for v in ((w, w.upper(), w.lower()) if len(w.strip("()")) >= 3 and w.strip("()").isalpha() else (w,))}
        # words that close a spelled-out rank and are ranks alone too ("Laksamana Muda", "Kolonel Inf"): away
        # from a rank they are ordinary words ("Kodam Iskandar Muda")
        firsts = {r.split()[0] for r in self.ranks if " " in r}
        self.rank_tails = {r.split()[-1] for r in self.ranks if " " in r and r.split()[-1] in self.ranks} - firsts
        # spelled-out ranks that start with a title word ("Komisaris Jenderal", "Brigadir Jenderal")
        self.rank_phrases_by_first: dict[str, list[tuple[str, ...]]] = {}
        for r in self.ranks:
            if " " in r:
                words = tuple(r.lower().split())
                self.rank_phrases_by_first.setdefault(words[0], []).append(words)
        self.degrees = {d.rstrip(".").replace(".", "").lower() for d in load_lines("degrees.txt")}
        self.org_words = set(load_words("org_words.txt"))
        self.org_heads = set(load_words("org_heads.txt"))
        # universities name themselves like companies, and their name may also be a person's ("Universitas Airlangga")
        self.learning_heads = set(load_words("learning_heads.txt"))
        self.company_heads = set(load_words("company_heads.txt")) | self.learning_heads
        self.business_name_words = set(load_words("business_name_words.txt"))
        self.unit_words = set(load_words("unit_words.txt"))
        self.business_units = business_units = set(load_words("business_unit_words.txt"))
        self.unit_heads = set(load_words("subunit_words.txt"))   # 'Divisi', 'Biro'
        self.subunit_words = self.unit_heads | business_units
        self.balinese_name_words = set(load_words("balinese_name_words.txt"))
        self.body_title_words = set(load_words("body_title_words.txt"))
        self.member_bodies = set(load_words("member_bodies.txt"))
        speech = load_json("speech_verbs.json")
        self.reporting_verbs = {v.split()[0] for v in speech["reporting"]}
        self.pronouns = {p.lower() for p in speech["pronouns"]}
        self.named_after_posts = load_words("named_after_posts.txt")   # 'jalan', 'piala'
        self.role_descriptors = load_words("role_descriptors.txt")   # 'politikus', 'pengamat'
        former = load_json("former_markers.json")
        self.former_markers = set(former["before_title"])
        self.past_connector_words = set(former["in_connector"])
        self.known_nicknames = {row["nickname"]: tuple(row["names"]) for row in load_jsonl("known_nicknames.jsonl")}
        self.connectors = sorted((tuple(c.split()) for c in load_lines("official_connectors.txt")), key=len, reverse=True)
        self.nickname_connectors = {tuple(c.split()) for c in load_lines("official_nickname_connectors.txt")}
        self.second_post_connectors = sorted((tuple(c.split()) for c in load_lines("second_post_connectors.txt")), key=len, reverse=True)
        self.connectors_after = sorted({tuple(c.split()) for c in load_lines("official_connectors_after.txt")}
                                       | self.nickname_connectors, key=len, reverse=True)
        self.connectors_after_first = {c[0] for c in self.connectors_after}
        self.connectors_by_last: dict[str, list[tuple[str, ...]]] = {}
        for connector in self.connectors:          # longest first within each last word, as in the file order
            self.connectors_by_last.setdefault(connector[-1], []).append(connector)
        # programme names ("Prakerja", "Jaminan Kesehatan") are no person names
        self.programme_words = {w for row in load_jsonl("programs.jsonl") for a in row["aliases"] + row.get("short", [])
                                for w in a.split() if w[:1].isupper()}
        self.not_names = set(load_words("not_names.txt")) | business_units
        self.person_tokens = set(load_lines("person_tokens.txt")) | set(load_words("given_names.txt"))
        self.common_words = set(load_lines("common_words.txt"))
        regions = load_jsonl("regions.jsonl")
        names = set()
        for r in regions:
            names.add(r["name"])
            names.update(a for a in r.get("aliases", []) if not a.startswith(("Kabupaten ", "Kab. ", "Kota ", "Kecamatan ", "Kec. ", "Provinsi ", "Prov. ")))
        self.region_phrases = {tuple(n.split()) for n in names}
        # one-word aliases spelled out ('jatim' -> 'jawa timur'), so 'Gubernur Jatim' names 'Provinsi Jawa Timur'
        self.region_spelled = {a.lower(): tuple(r["name"].lower().split()) for r in regions
                               for a in r.get("aliases", []) if " " not in a}
        self.region_max = max(len(p) for p in self.region_phrases)
        # regencies and cities by name, for a Bupati or Wali Kota written without the place
        self.regions_of_kind = {"Kabupaten": {r["name"] for r in regions if r["kind"] == "kabupaten"},
                                "Kota": {r["name"] for r in regions if r["kind"] == "kota"}}
        self.region_kinds: dict[str, set[str]] = {}
        for r in regions:
            for name in [r["name"]] + [a for a in r.get("aliases", []) if " " not in a]:
                self.region_kinds.setdefault(name, set()).add(r["kind"])
        self.region_words = {w for p in self.region_phrases for w in p} | load_words("countries.txt")
        # titles and modifiers as lower-case word tuples keyed by their first word: one dictionary
        # lookup per word of the text instead of a regex alternation of 400 titles
        self.titles_by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for title in self.titles:
            key = tuple(w.lower() for w in WORD.findall(title))
            self.titles_by_first.setdefault(key[0], []).append((key, title))
        for forms in self.titles_by_first.values():
            forms.sort(key=lambda f: len(f[0]), reverse=True)
        self.modifiers_by_first: dict[str, list[tuple[str, ...]]] = {}
        for mod in sorted({tuple(w.lower() for w in WORD.findall(m)) for m in modifiers} | {("wakil",)}, key=len, reverse=True):
            self.modifiers_by_first.setdefault(mod[0], []).append(mod)

    def title_ends_at(self, toks: list[Tok], k: int) -> bool:
        """Is word k the last word of a two- or three-word title ('Hakim Agung', 'Wakil Ketua Umum')?"""
        for n in (2, 3):
            if k - n + 1 >= 0:
                form = tuple(t.text.lower() for t in toks[k - n + 1:k + 1])
                if any(f == form for f, _ in self.titles_by_first.get(form[0], ())):
                    return True
        return False

    def plausible_name(self, words: list[str]) -> bool:
        """A person's name has a word that is a known name part, an initial, or not ordinary vocabulary
        ('Manusia', 'Pamong Praja', 'Top' are not names)."""
        return any(w in self.person_tokens or len(w.rstrip(".")) == 1 or w.lower() not in self.common_words
                   for w in words)

    def is_acronym(self, text: str) -> bool:
        """'BPJS', 'DPRD', 'TPS3R': upper case, two letters or more, digits allowed."""
        return len(text) >= 2 and text.isupper() and sum(c.isalpha() for c in text) >= 2 and text.replace("-", "").isalnum()

    @staticmethod
    def institutional_noun(text: str) -> bool:
        """Indonesian nominalisations name portfolios and units, never persons: 'Perekonomian',
        'Kesehatan', 'Pengeluaran', 'Kebudayaan', 'Koordinasi', 'Informatika'."""
        low = text.lower()
        return len(low) >= 8 and (
            bool(re.match(r"^(?:pe|per|pen|pem|peng|peny|ke|ke[a-z]{0,2})[a-z]+an$", low) and re.match(r"^(?:pe|ke)", low))
            or low.endswith(("asi", "isasi", "atika", "itas"))
            or bool(re.match(r"^ber[a-z]{5,}an$", low))      # "Berkelanjutan", "Berkeadilan": an adjective of a field
        )

    def is_degree(self, tok: Tok) -> bool:
        """'MPd', 'PhD', 'M.Si', 'SH' after a name; two capitals alone may be initials ('TB', 'HM'), so
        only a degree written with dots counts then."""
        t = tok.text
        return t.replace(".", "").lower() in self.degrees and not (len(t) <= 2 and t.isupper())

    def orgish(self, tok: Tok) -> bool:
        t = tok.text
        if "-" in t and len(t) > 3 and any(part in self.org_heads or part in self.org_words or self.is_acronym(part)
                                           for part in t.split("-") if part):
            return True                                # "Kemenpan-RB", "Disdukcapil-KB": a body, not a name
        return (t in self.org_words or self.is_acronym(t) or t.isdigit() or t in "()&/-"
                or (t in self.programme_words and t not in self.person_tokens)
                or (t in self.region_words and t not in self.person_tokens)
                or (self.institutional_noun(t) and t not in self.person_tokens))

    def nameish(self, tok: Tok) -> bool:
        t = tok.text
        if tok.initial:
            return True
        if not t[:1].isupper() or t in self.not_names or t in self.title_first_words or t in self.rank_words \
                or t in self.unit_words or _mixed_case_rank(t, self.rank_words):     # ("Komandan Kompi": a unit)
            return False
        if len(t) >= 7 and t.lower().endswith("nya") and t not in self.person_tokens:
            return False                                   # "Pelapornya": a possessive, not a name
        if re.match(r"^(?:Di|Me[nmy]?|Meng|Ber|Ter|Se)[a-z]{4,}$", t) and t not in self.person_tokens \
                and t.lower() in self.common_words:
            return False                                   # "Digadang", "Menurutnya": a verb form at a heading start
        redup = _VERB_REDUPLICATION.match(t)
        if redup and redup.group(1).endswith(redup.group(2)[-3:]) and t not in self.person_tokens:
            return False                                   # "Digadang-gadang", "Menyebut-nyebut": a verb glued after a name
        if t in self.person_tokens:
            return True
        if self.is_degree(tok):
            return False                                   # "MPd", "PhD", "MSi" after a name
        return not self.orgish(tok)


# a field of the post written after its body: "SMPN 1 Bidang Kesiswaan"
_FIELD_AFTER_BODY = re.compile(r"[ \u00a0]Bidang[ \u00a0]+[A-Z][\w\-]*(?:[ \u00a0]+(?:dan[ \u00a0]+)?[A-Z][\w\-]*)*$")
# bodies of which a regency has one, named by the regency: "Polres Lamongan", "Kodim Tuban", "Kejari Gresik"
_REGENCY_BODIES = frozenset(("Polres", "Kodim", "Kejari"))
# bodies of a village or district, named by the place: "Desa Doudo", "Kelurahan Tambaksari", "Kecamatan Panceng"
_LOCAL_BODIES = frozenset(("Desa", "Kelurahan", "Kecamatan"))
_REGION_KIND_PREFIX = {"kabupaten": "Kabupaten", "kota": "Kota", "provinsi": "Pemprov"}
# the years of a term written with the post: "Menteri Pariwisata RI 2014-2019", "Bupati Lamongan periode 2016-2021"
_TERM_YEARS = re.compile(r"[ \u00a0]*(?:\(|periode[ \u00a0]+)?(?:19|20)\d\d[ \u00a0]*[-–][ \u00a0]*(?P<end>(?:19|20)\d\d)\)?")


# ("yang kini tidak lagi menjabat": a post no longer held is no connector)
_NEGATIONS = frozenset(("tidak", "tak", "bukan"))   # ("belum lama menjabat" is "recently")
# words that make a post the one held now, in the connector or right before the name
_NOW_WORDS = frozenset(("kini", "sekarang"))


def _mixed_case_rank(word: str, rank_words: set[str]) -> bool:
    """'AIptu', 'IPtu': a rank typed with a stray capital (capitals or lower case alone are rank_words)."""
    return len(word) >= 4 and word[:2].isupper() and not word.isupper() and word.capitalize() in rank_words


def _past_term(person: "Person", reference: Optional[date]) -> bool:
    """A post written with the years of its term is past when the term ended before the article's
    year ('Menteri Pariwisata RI 2014-2019' in 2022): no official then. The years leave the post."""
    past = False
    for field_name in ("title", "organization"):
        value = getattr(person, field_name)
        m = _TERM_YEARS.search(value) if value else None
        if m:
            past = past or (reference is not None and int(m.group("end")) < reference.year)
            setattr(person, field_name, (value[:m.start()] + value[m.end():]).strip(" ,") or None)
    return past


# a term written after a post that follows the name: "Azwar Anas selaku gubernur Sumatera Barat selama dua
# periode (1977-1987)"
_TERM_AFTER_POST = re.compile(r"[ \u00a0,]*(?:selama[ \u00a0]+(?:\w+[ \u00a0]+){0,2}?periode[ \u00a0]*|periode[ \u00a0]+)?"
                              r"\(?(?:19|20)\d\d[ \u00a0]*[-–][ \u00a0]*(?P<end>(?:19|20)\d\d)")


def _past_term_after(text: str, person: "Person", reference: Optional[date]) -> bool:
    """A post written after the name whose term, right after it, ended before the article's year."""
    if person.role_end < 0 or reference is None:
        return False
    m = _TERM_AFTER_POST.match(text, person.role_end)
    return bool(m) and int(m.group("end")) < reference.year


# schools named by kind and number, then their place: "SMAN 2 Balige", "SMPN 1 Kediri"
_SCHOOL_HEADS = frozenset("SMAN SMPN SDN SMKN SMA SMP SD SMK MAN MTsN MIN MI MA MTs SLB Negeri".split())   # ("Madrasah Ibtidaiyah Negeri 1")
# a regency or a city named with its kind: "Pemkab Lamongan", "Kabupaten Gresik", "Pemkot Kediri", "Kota Blitar"
_REGENCY_NAMED = re.compile(r"\b(?:Kabupaten|Kab\.|Pemkab|Pemerintah Kabupaten)[ \u00a0]+(?P<place>[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?)")
_CITY_NAMED = re.compile(r"\b(?:Kota|Pemkot|Pemerintah Kota)[ \u00a0]+(?P<place>[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?)")
# the dateline a news text starts with: "SURYA.CO.ID, LAMONGAN - ", "SURYA.co.id | KOTA KEDIRI - "
_DATELINE = re.compile(r"^.{0,80}?\b(?P<kota>KOTA[ \u00a0]+)?(?P<place>[A-Z]{3,}(?:[ \u00a0][A-Z]{3,})?)[ \u00a0]*[-–][ \u00a0]")


# two names paired by a hyphen: "Airlangga Hartarto-Ganjar Pranowo" (a ticket), "Prabowo Subianto-Anies Baswedan"
_PAIRED_NAMES = re.compile(r"^[A-Z][a-z]{2,}-[A-Z][a-z]{2,}$")


def paired_name_end(name_tokens: list[Tok]) -> int:
    """Where a name ends: at the hyphen of a word inside it that pairs two people ('Hartarto-Ganjar' in
    'Airlangga Hartarto-Ganjar Pranowo'), else at its last word. A hyphenated first word ('Jean-Pierre')
    and a repeated word ('Kupu-Kupu') stay whole."""
    for k, t in enumerate(name_tokens[:-1]):
        if k and _PAIRED_NAMES.match(t.text):
            left, right = t.text.split("-")
            if left.lower() != right.lower():
                return t.start + len(left)
    return name_tokens[-1].end


# numbers of bodies ("PTPN X", "Kodam V", "Wakil Menteri BUMN I")
_ROMAN_NUMERALS = frozenset("I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII".split())
# a ministry's short name is a body's name: "Kemenkes", "Kemenag", "KemenPUPR", "Kemenkomarves"
_MINISTRY_SHORT_NAME = re.compile(r"^Kemen[a-zA-Z]{2,}$")
_VERB_REDUPLICATION = re.compile(r"^(?:Di|Me[nmy]?|Meng|Ber|Ter|Se)([a-z]{3,})-([a-z]{3,})$")


@lru_cache(maxsize=1)
def _lex() -> _Lexicon:
    return _Lexicon()


class OfficialFinder:
    def __init__(self):
        self.lex = _lex()
        self._months = {m.lower() for m in calendar()["full_months"]}

    def find(self, text: str, words: Optional[Words] = None, dateline: Optional[str] = None,
             reference: Optional[date] = None) -> tuple[list[FactCandidate], list[Person]]:
        lex = self.lex
        words = words or Words(text)
        tokens, lower = words.toks, words.lower
        people: list[Person] = []
        i = 0
        n = len(tokens)
        headlines = headline_spans(text)
        while i < n:
            word = lower[i]
            if word not in lex.titles_by_first and word not in lex.modifiers_by_first:
                i += 1
                continue
            in_headline = bool(headlines) and in_spans(tokens[i].start, headlines)
            match = self._title_at(text, tokens, lower, i)
            modified = self._modified_title_at(text, tokens, lower, i)
            if modified is not None and (match is None or modified[0] > match[0]):
                match = modified
            if match is None or (i > 0 and tokens[i - 1].text == "-" and tokens[i - 1].end == tokens[i].start) \
                    or (word in lex.rank_phrases_by_first and self._rank_phrase_at(tokens, i)):
                i += 1                       # ("Komisaris Jenderal Budi Waseso": a rank, not the post)
                continue
            if i > 0 and (lower[i - 1] in lex.named_after_posts or (lower[i - 1] == "." and i > 1 and lower[i - 2] in lex.named_after_posts)):
                i += match[0]                # "Jalan Panglima Sudirman", "Jl. Gubernur Suryo", "Piala Wali Kota": a name, no post
                continue
            if match[0] == 1 and tokens[i].text in lex.person_tokens and i > 0 and tokens[i - 1].cap \
                    and tokens[i - 1].text in lex.person_tokens and tokens[i].start - tokens[i - 1].end == 1:
                i += 1                       # "Abdul Hakim Bafaqih", "Lukmanul Hakim": a given name, not the judge's post
                continue
            first_i, end_i = i, i + match[0]
            unit_named = lex.titles[match[1]].get("org_prefix") == match[1].split()[-1]   # "Ketua RT 10": the RT's number
            if end_i + 1 < n and not unit_named and _TITLE_NUMBER.match(tokens[end_i].text) \
                    and tokens[end_i].start - tokens[end_i - 1].end <= 1 \
                    and (tokens[end_i + 1].cap or (tokens[end_i + 1].text == "," and not tokens[end_i].text.isdigit())):
                end_i += 1                   # "Wakil Direktur 3 Sekolah Pascasarjana", "Asisten II Bidang ...", "Wakil Rektor I, X": the number is the title's
            title_text = re.sub(r"[\s\u00a0]+", " ", text[tokens[first_i].start:tokens[end_i - 1].end])
            i = end_i
            # "Kepala" alone lower-case is a noun ("kepala korban"): titles need a capital or a capitalised follower
            if title_text[0].islower() and not (end_i < n and tokens[end_i].cap) \
                    and not any(w[:1].isupper() for w in title_text.split()[1:]):
                continue                     # ("anggota DPR RI" has its body in it)
            entry = lex.titles.get(match[1], {})
            if entry.get("capitalised_only") and title_text.islower():
                continue                     # "wakil Thailand, Supak Jomkoh": a team's representative, no post
            if end_i < n and lower[end_i] in ("nomor", "no", "nomer"):
                continue                     # "surat Mendagri Nomor X.821/01": a document's number, not a person
            if self._candidacy_at(tokens, lower, end_i):
                continue                     # "Gus Muhaimin Presiden 2024": a candidacy, not a post held
            person = None if self._pronoun_holds(lower, first_i) else self._forward(text, tokens, end_i, title_text, entry)
            if person is None or not any(w in lex.person_tokens for w in person.name.split()):
                # "Franky Welirang, Direktur PT Indofood Sukses Makmur": the name before the title
                # beats a lone unknown word after it
                before = self._backward(text, tokens, first_i, end_i, title_text, entry, people, lower)
                if before is not None and person is not None and " " in person.name and not before.chained \
                        and self._listed_name(tokens, words.index_at(before.start)):
                    before = None            # "..., Samsudin Adlawi, Ketua HIPMI Banyuwangi Dede Ghani": a list
                if before is not None and (person is None or " " in before.name or before.chained) \
                        and (before.chained or before.bracketed or not any(p.start == before.start for p in people)):
                    person = before          # not a name already given to the title before it ("Kepala X, Reza, Camat Y Nadlelah")
            if person is not None and title_text[0].islower() and not self._confident_name(person) \
                    and not (person.organization and self._appositive_post(tokens, person, first_i)) \
                    and not (person.organization and self._subject_of_clause(tokens, words.index_at(person.end))):
                person = None             # "anggota Polsek Merakurak": a lower-case role noun, no named person
            if person is not None and in_headline:
                person = _headline_person(text, person, headlines)
            if person is not None:
                person.former = person.former or self._former(tokens, lower, first_i) or _past_term(person, reference) \
                    or _past_term_after(text, person, reference)
                person.within = tuple(entry.get("within") or ())
                people.append(person)
                if person.start >= tokens[end_i - 1].end:
                    i = max(i, words.index_at(person.end))   # a title word inside the portfolio is no new title

        people.extend(self._described_people(text, tokens, lower, people))
        _name_nicknames(people)
        merged = self._merge(people)
        aliases = {**post_aliases(text, merged), **find_aliases(text)}
        for person in merged:               # 'Jimly' (menjabat sebagai Ketua MK) is 'Jimly Ashiddiqie' elsewhere
            person.name = aliases.get(person.name) or fullest_form(person.name, text)
        merged = self._merge(merged)
        for person in merged:
            if person.organization:
                person.organization = self._fuller_org(person.organization, words)
            elif person.within and person.title:
                person.organization = self._parent_body(words, person.within) or self._regency_police(text, person.within, dateline)
            elif person.title == "Menteri":
                person.organization = self._one_ministry(words)
            elif person.title:
                person.organization = self._implied_region(text, person.title, dateline, words)
        if any(" " not in p.name for p in merged):
            bodies = self._bodies_named_in_brackets(words)
            merged = [p for p in merged if p.name not in bodies]     # "Rektor Ubaya" after "Universitas Surabaya (Ubaya)"
        facts = [FactCandidate("official", p.start, p.end, {"name": p.name, "title": p.title, "organization": p.organization})
                 for p in merged if p.title and not p.former]
        return facts, merged

    def _dateline_place(self, text: str, dateline: Optional[str]) -> Optional[tuple[str, bool]]:
        """The place of the dateline (in the text, or the one the page parser removed): (name, 'KOTA' written)."""
        line = _DATELINE.match(text) or (_DATELINE.match(f"{dateline} - ") if dateline else None)
        return (line.group("place").title(), bool(line.group("kota"))) if line else None

    def _dateline_regency(self, text: str, dateline: Optional[str]) -> Optional[str]:
        """The dateline's place when it is only a regency (a city has a Polresta, not a Polres)."""
        place = self._dateline_place(text, dateline)
        return place[0] if place and not place[1] and self.lex.region_kinds.get(place[0]) == {"kabupaten"} else None

    def _regency_police(self, text: str, within: tuple[str, ...], dateline: Optional[str]) -> Optional[str]:
        """'Kasatlantas, AKP Aristianto' in an article datelined LAMONGAN that names no police body: the
        regency's Polres (a place that is only a regency has one Polres; cities have Polresta or Polrestabes)."""
        regency = self._dateline_regency(text, dateline) if "Polres" in within else None
        return f"Polres {regency}" if regency else None

    def _implied_region(self, text: str, title: str, dateline: Optional[str], words: Words) -> Optional[str]:
        """'Menurut Bupati Yuhronur Efendi' in an article about Lamongan: a regency head (or city head)
        written without the place heads the one regency (city) the article names ('Pemkab Lamongan',
        'Kabupaten Lamongan'), else the one its dateline names ('SURYA.CO.ID, LAMONGAN -', in the text
        or given by the page parser that removed it)."""
        entry = self.lex.titles.get(title, {})
        prefix = entry.get("org_prefix")
        if prefix in _REGENCY_BODIES and entry.get("expects_place"):
            # "ungkap Kapolres AKBP Miko Indrayana" in an article datelined LAMONGAN: the regency's Polres
            regency = self._dateline_regency(text, dateline)
            if regency:
                return f"{prefix} {regency}"
            # "ungkap Kapolres AKBP Miko Indrayana" in an article that names 'Polres Lamongan' and no other Polres
            return self._parent_body(words, (prefix,))
        if prefix in _LOCAL_BODIES and entry.get("expects_place"):
            # "Kepala Desa setempat, Soetomo" in an article about 'desa Doudo': the one village it names
            return self._parent_body(words, (prefix, prefix.lower()))
        if prefix not in ("Kabupaten", "Kota") or not entry.get("expects_place"):
            return None
        known = self.lex.regions_of_kind[prefix]
        pattern = _REGENCY_NAMED if prefix == "Kabupaten" else _CITY_NAMED
        named = set()
        for m in pattern.finditer(text):
            place = re.sub(r"[ \u00a0]+", " ", m.group("place"))
            place = place if place in known else place.split()[0]     # "Kabupaten Gresik Fandi": one word
            if place in known:
                named.add(place)
        if not named:
            line = self._dateline_place(text, dateline)
            place = line[0] if line and not (line[1] and prefix != "Kota") else None
            named = {place} if place in known else set()
        return f"{prefix} {named.pop()}" if len(named) == 1 else None

    def _bodies_named_in_brackets(self, words: Words) -> set[str]:
        """Short names the article gives a body: 'Universitas Surabaya (Ubaya)', 'Badan Pembentukan Peraturan
        Daerah (Bapemperda)' -> {'Ubaya', 'Bapemperda'}: such a word after a title is the body, not a person."""
        tokens, out = words.toks, set()
        if "(" not in words.text:
            return out
        for k in (k for k, w in enumerate(words.lower) if w == "("):
            if k + 2 >= len(tokens) or tokens[k + 2].text != ")" or not tokens[k + 1].cap:
                continue
            if any(tokens[h].text in self.lex.org_heads for h in range(max(0, k - 6), k)):
                out.add(tokens[k + 1].text)
                continue
            # "Taruna Siaga Bencana (Tagana)": a short form cut from the capitalised words before it
            h = k
            while h > 0 and k - h < 6 and tokens[h - 1].cap and tokens[h - 1].text not in self.lex.person_tokens:
                h -= 1
            if k - h >= 2 and tokens[h].text[:1] == tokens[k + 1].text[:1]:
                out.add(tokens[k + 1].text)
        return out

    def _fuller_org(self, org: str, words: Words) -> str:
        """'Ketua Komisi D, Suyono' in an article that wrote 'Komisi D (bidang pembangunan) DPRD Kabupaten
        Magetan' before: a unit named alone is the unit of the body the article names with it."""
        lex = self.lex
        text, tokens = words.text, words.toks
        parts = org.split()
        if parts[0] not in lex.unit_words and parts[0] not in lex.body_title_words:
            return org
        if any(w in lex.org_heads or lex.is_acronym(w) for w in parts[1:]) or len(parts) > 4:
            return org                                   # the body is already there ("Bidang Pelayanan RSUD Sungailiat")
        best = org
        pattern = r"[ \u00a0]+".join(re.escape(w) for w in parts) + r"(?:[ \u00a0]*\([^()\n]{1,40}\))?[ \u00a0]+(?=[A-Z])"
        for m in re.finditer(pattern, text):
            k = words.index_at(m.end())
            if k >= len(tokens) or not (tokens[k].text in lex.org_heads or lex.is_acronym(tokens[k].text)):
                continue
            body_end, _ = self._split(tokens, k, self._run(tokens, k), {})
            if body_end > k:
                form = f"{org} {_spaced(text[tokens[k].start:tokens[body_end - 1].end])}"
                if len(form) > len(best):
                    best = form
        return best

    @staticmethod
    def _one_ministry(words: Words) -> Optional[str]:
        """'Menteri Yasonna' in an article that names 'Kemenkumham' and no other ministry: a minister
        written without the portfolio heads the one ministry the article names by its short name."""
        named = {words.toks[k].text for k, w in enumerate(words.lower)
                 if w.startswith("kemen") and _MINISTRY_SHORT_NAME.match(words.toks[k].text)}
        return named.pop() if len(named) == 1 else None

    def _parent_body(self, words: Words, heads: tuple[str, ...]) -> Optional[str]:
        """'Kasat Reskrim Ipda Rony Samory' in an article about 'Polres Yahukimo': the one body of the kind the
        post belongs to that the article names; None when it names none or several."""
        lower_heads = {h.lower() for h in heads}
        text, tokens = words.text, words.toks
        bodies = set()
        for k in (k for k, w in enumerate(words.lower) if w in lower_heads):
            tok = tokens[k]
            if tok.text not in heads:
                continue
            run_end = self._run(tokens, k + 1)
            if run_end == k + 1:
                continue                                 # "Polres, dan ...": no place named
            body_end, _ = self._split(tokens, k + 1, run_end, {"expects_place": True})
            if body_end > k + 1:
                body = _spaced(text[tok.start:tokens[body_end - 1].end])
                bodies.add(body[0].upper() + body[1:])          # "desa Doudo" is "Desa Doudo"
        if not bodies:
            return None
        shortest = min(bodies, key=len)     # "Desa Doudo" and "Desa Doudo Kecamatan Panceng" name one village
        return shortest if all(b == shortest or b.startswith(shortest + " ") for b in bodies) else None

    def _former(self, tokens: list[Tok], lower: list[str], i: int) -> bool:
        """'mantan Gubernur DKI', 'eks Kapolda', 'eks-Kapolda': the post is a past one."""
        if i >= 2 and tokens[i - 1].text == "-" and tokens[i - 1].start == tokens[i - 2].end:
            i -= 1
        return i >= 1 and lower[i - 1] in self.lex.former_markers

    def _title_at(self, text: str, tokens: list[Tok], lower: list[str], i: int) -> Optional[tuple[int, str]]:
        """The longest title starting at word i: (number of words, title)."""
        forms = self.lex.titles_by_first.get(lower[i]) if i < len(lower) else None
        if not forms:
            return None
        seen_k, words = 0, ()
        for form, title in forms:                 # longest first
            k = len(form)
            if k != seen_k:
                seen_k, words = k, tuple(lower[i:i + k])
            if words == form and self._adjacent(text, tokens, i, i + k):
                return k, title
        return None

    @staticmethod
    def _adjacent(text: str, tokens: list[Tok], a: int, b: int) -> bool:
        """Words a..b-1 are one phrase: separated by a space, or a few spaces of scraping debris
        ('Wakil \u00a0Direktur'), never by a line break."""
        for x in range(a, min(b, len(tokens)) - 1):
            gap = tokens[x + 1].start - tokens[x].end
            if gap > 1 and (gap > 3 or "\n" in text[tokens[x].end:tokens[x + 1].start]):
                return False
        return True

    def _subject_of_clause(self, tokens: list[Tok], k: int) -> bool:
        """'anggota DPD RI Nawardi yang juga ...', '... Nawardi mengatakan': a one-word name after a lower-case
        post and its body that a clause goes on from is a person (not 'anggota Polsek Merakurak.')."""
        if k >= len(tokens):
            return False
        nxt = tokens[k].text
        return nxt == "yang" or nxt in self.lex.reporting_verbs

    def _confident_name(self, person: Person) -> bool:
        words = person.name.split()
        return len(words) >= 2 or words[0] in self.lex.person_tokens

    @staticmethod
    def _index_after(tokens: list[Tok], pos: int) -> int:
        for i, t in enumerate(tokens):
            if t.start >= pos:
                return i
        return len(tokens)

    def _run(self, tokens: list[Tok], i: int, portfolio: bool = False, subunit: bool = False) -> int:
        """Extend over the capitalised run after a title: words, acronyms, numbers, '(Dinkes)', 'dan'
        (after a minister's title, between ordinary or organisation words: 'Menteri Pariwisata dan Ekonomi
        Kreatif'; after a sub-unit's title, inside the unit's name when its body follows: 'Kepala Seksi
        Layanan dan Informasi Arsip Dinas Arpus')."""
        lex = self.lex
        j = i
        while j < len(tokens):
            t = tokens[j]
            gap = tokens[j].start - tokens[j - 1].end if j > i else 0
            if gap > 2:
                break
            if t.text.isdigit() and j > i and j + 1 < len(tokens) and (
                    tokens[j + 1].text in ("persen", "%") or (tokens[j + 1].text in (",", ".") and j + 2 < len(tokens)
                                                              and tokens[j + 2].text.isdigit() and tokens[j + 2].start == tokens[j + 1].end)):
                break                                # "Ketua DPR Puan Maharani 9,2 persen": a figure after the name
            if t.cap or t.text.isdigit() or t.initial:
                if t.text in lex.title_first_words and j > i and t.text not in lex.org_words \
                        and not self._rank_phrase_at(tokens, j) \
                        and not any(w.text in lex.member_bodies for w in tokens[i:j]):
                    break                            # (in "Paguyuban Kepala Desa" the title words name the body)
                j += 1
            elif t.text == "(" and self._short_form_in_brackets(tokens, j):
                j = self._short_form_in_brackets(tokens, j)        # "Dinas Kesehatan (Dinkes) Lamongan", "Air (Kabid SDA) DPU"
            elif t.text == "&" and j > i and j + 1 < len(tokens) and tokens[j + 1].cap:
                j += 1                               # "Politika Research & Consulting": an ampersand joins a body's name
            elif t.text in ("dan", "&") and j + 1 < len(tokens) and tokens[j + 1].cap and (
                    tokens[j + 1].text in lex.org_words or tokens[j + 1].text in lex.business_units
                    or (portfolio and j > i and self._portfolio_word(tokens[j + 1])
                        and all(self._portfolio_word(w) for w in tokens[i:j])
                        and tokens[j + 1].text not in lex.title_first_words)
                    or (j + 2 < len(tokens) and tokens[j + 2].text in lex.org_words and tokens[j + 2].cap
                        and tokens[j + 1].text not in lex.title_first_words and tokens[j + 1].text not in lex.person_tokens)
                    or (subunit and j > i and tokens[j + 1].text not in lex.title_first_words
                        and tokens[j + 1].text not in lex.person_tokens and self._body_ahead(tokens, j + 2))):
                j += 1                               # "Seksi Penyelenggaraan Haji dan Umrah Kantor Kemenag
            elif t.text in ("untuk", "bagi", "dan", "serta") and j > i and self._short_form_ahead(tokens, j + 1):
                j = self._short_form_ahead(tokens, j + 1)   # "Perkumpulan untuk Pemilu dan Demokrasi (Perludem)"
            elif j > i and tokens[j - 1].text in lex.rank_words and t.text.capitalize() in lex.rank_words:
                j += 1                               # "Letkol inf Christian Ireuuw": a corps written in lower case
            elif j > i and t.text in lex.rank_words and t.text.islower() and self._name_after_honorific(tokens, j + 1):
                j += 1                               # "Kepala UPT Puskesmas Kedungkandang dr Husnul Muarif": a lower-case honorific
            elif j > i and t.text == "." and t.start == tokens[j - 1].end and j + 1 < len(tokens) and tokens[j + 1].cap \
                    and (tokens[j - 1].text in lex.rank_words or tokens[j - 1].text in lex.body_abbreviations):
                j += 1                               # "KH. Ali Makki Zaini", "Letkol Kav. Eko", "Dinas Sosial Kab. Bangka"
            elif j > i and tokens[j - 1].text in lex.rank_words and self._bracketed_rank(tokens, j):
                j += 3                               # "Letkol Laut (P) Ansori", "Mayjen TNI (purn) TB Hasanuddin"
            elif t.text in ("-", "/") and j + 1 < len(tokens) and (tokens[j + 1].cap or tokens[j + 1].text.isdigit()) and j > i:
                j += 1                               # "Kodim 0812/Lamongan", "Batalyon Arhanud 10/ ABC"
            elif t.text == "dari" and j + 1 < len(tokens) and tokens[j + 1].text in lex.body_title_words \
                    and tokens[j + 1].text in ("Fraksi", "Partai", "Komisi"):
                j += 1                               # "Anggota Komisi I DPR dari Fraksi PDI Perjuangan", "Anggota DPR RI dari Fraksi ..."
            elif (t.text == "untuk" or (portfolio and t.text == "di" and all(w.text in lex.region_words or lex.is_acronym(w.text) for w in tokens[i:j]))) \
                    and j > i and j + 1 < len(tokens) and tokens[j + 1].text in lex.region_words:
                j += 1                               # "Duta Besar Jepang untuk Indonesia", "Dubes RI di Malaysia"
                                                     # ("Menteri Keuangan Sri Mulyani di Jakarta": a name, then where)
            elif t.text == "di" and j > i and j + 2 < len(tokens) and tokens[j + 1].text in lex.region_words \
                    and tokens[j + 2].text == "," and any(w.text in lex.org_heads for w in tokens[i:j]) \
                    and (tokens[j - 1].text in lex.region_words or tokens[j - 1].text in lex.org_words):
                j += 1                               # "Direktur Kantor Atase Perdagangan Thailand di Jakarta, Bhornbhat ..."
            elif t.text in ("bidang", "of", "cabang", "perwakilan") and j + 1 < len(tokens) and tokens[j + 1].cap \
                    and tokens[j + 1].start - t.end <= 1 and (t.text in ("bidang", "of") or j > i):
                j += 1                               # "Menteri Koordinator bidang Perekonomian", "General Manager of CSR",
                                                     # "Gubernur The Fed cabang Atlanta": a unit word written in lower case
            else:
                break
        return j

    def _name_after_honorific(self, tokens: list[Tok], k: int) -> bool:
        """Does a name follow at k (after the honorific's full stop: 'dr. Husnul')?"""
        if k < len(tokens) and tokens[k].text == "." and tokens[k].start == tokens[k - 1].end:
            k += 1
        return k < len(tokens) and tokens[k].cap and tokens[k].start - tokens[k - 1].end <= 2 and self.lex.nameish(tokens[k])

    def _short_form_ahead(self, tokens: list[Tok], k: int) -> int:
        """After a lower-case connector inside a body's name, the rest of the name up to the body's short
        form in brackets: the index after ')' or 0."""
        for h in range(k, min(k + 7, len(tokens) - 2)):
            t = tokens[h]
            if t.text == "(":
                inner = tokens[h + 1]
                if h > k and tokens[h + 2].text == ")" and inner.cap and len(inner.text) <= 12 \
                        and inner.text not in self.lex.person_tokens:
                    return h + 3
                return 0
            if not (t.cap or t.text in ("dan", "untuk", "bagi", "serta", "&")) or t.text in self.lex.title_first_words:
                return 0
        return 0

    def _body_ahead(self, tokens: list[Tok], k: int) -> bool:
        """Does a body's head word ('Dinas', 'BPBD') come within the next few capitalised words?"""
        for t in tokens[k:k + 4]:
            if not t.cap:
                return False
            if t.text in self.lex.org_heads:
                return True
        return False

    def _rank_phrase_at(self, tokens: list[Tok], j: int) -> int:
        """Words in a spelled-out rank starting at j ('Komisaris Jenderal'), or 0."""
        for phrase in self.lex.rank_phrases_by_first.get(tokens[j].text.lower(), ()):
            if tuple(t.text.lower() for t in tokens[j:j + len(phrase)]) == phrase:
                return len(phrase)
        return 0

    def _described_people(self, text: str, tokens: list[Tok], lower: list[str], people: list[Person]) -> list[Person]:
        """Persons named after a role noun ('Politikus PKB Malik Haramain'): no officials (no title), but
        known to the quotes, which may point back to them ('..., ujar anggota DPR RI ini')."""
        found = []
        taken = [(p.start, p.end) for p in people]
        for k, word in enumerate(lower):
            if word not in self.lex.role_descriptors or k + 1 >= len(tokens) or not tokens[k + 1].cap:
                continue
            person = self._forward_run(text, tokens, k + 1, self._run(tokens, k + 1), tokens[k].text, {})
            if person is None or " " not in person.name or any(a < person.end and person.start < b for a, b in taken) \
                    or not any(w in self.lex.person_tokens for w in person.name.split()):
                continue                             # (a name the lexicon knows: "Kuasa Hukum Sebut ..., Siapkan Bantahan" is a headline)
            person.title = person.organization = None
            found.append(person)
        return found

    def _modified_title_at(self, text: str, tokens: list[Tok], lower: list[str], i: int, depth: int = 0) -> Optional[tuple[int, str]]:
        """A modifier and the title after it ("Plt" + "Kepala", "Wakil" + "Ketua Komisi", "Staf Ahli" +
        "Pembantu" + "Direktur"), which beats a title that has the modifier in it ("Wakil Ketua"): (tokens,
        title key), or None."""
        for mod in self.lex.modifiers_by_first.get(lower[i], ()):
            m = len(mod)
            if tuple(lower[i:i + m]) == mod and self._adjacent(text, tokens, i, i + m + 1):
                after = self._title_at(text, tokens, lower, i + m)
                chained = self._modified_title_at(text, tokens, lower, i + m, depth + 1) if depth < 2 and i + m < len(tokens) else None
                best = max((x for x in (after, chained) if x is not None), key=lambda x: x[0], default=None)
                return (m + best[0], best[1]) if best is not None else None
        return None

    def _connector_before(self, lower: list[str], i: int) -> Optional[tuple[str, ...]]:
        """The longest connector of models/official_connectors.txt ending right before token i, with a word
        before it ('Abidin selaku', 'Ia menjabat sebagai'), or None."""
        for connector in self.lex.connectors_by_last.get(lower[i - 1] if i else "", ()):
            n = len(connector)
            if i - n >= 1 and tuple(lower[i - n:i]) == connector:
                return connector
        return None

    def _pronoun_holds(self, lower: list[str], i: int) -> bool:
        """'Ia menjabat sebagai Panglima Kodap TPNPB Ngalum Gupel': a pronoun holds the post written after the
        connector, so the words after the post are its body, no holder's name."""
        connector = self._connector_before(lower, i)
        return connector is not None and lower[i - len(connector) - 1] in self.lex.pronouns

    def _candidacy_at(self, tokens: list[Tok], lower: list[str], k: int) -> bool:
        """After a title, an election year, maybe after its place or 'tahun' ('Presiden 2024', 'Presiden
        Indonesia 2024', 'Gubernur tahun 2024'), and no term ('Bupati Jember 2016-2021')."""
        for _ in range(3):
            if k < len(tokens) and (tokens[k].cap and tokens[k].text in self.lex.region_words or tokens[k].text == "RI"):
                k += 1
        if k < len(tokens) and lower[k] == "tahun":
            k += 1
        return k < len(tokens) and bool(_ELECTION_YEAR.match(tokens[k].text)) \
            and not (k + 1 < len(tokens) and tokens[k + 1].text in ("-", "–", "/"))

    def _post_run(self, tokens: list[Tok], i: int, entry: dict) -> int:
        """The run after the title `entry`, read as its kind of post reads it (a portfolio, a field, a sub-unit)."""
        return self._run(tokens, i, bool(entry.get("portfolio")) or _field_post(entry), bool(entry.get("subunit")))

    def _portfolio_word(self, t: Tok) -> bool:
        """A word of a minister's portfolio: ordinary vocabulary or an organisation word, no name."""
        lex = self.lex
        return t.text not in lex.person_tokens and (t.text in lex.org_words or t.text.lower() in lex.common_words
                                                    or lex.institutional_noun(t.text))     # 'Pendayagunaan'

    def _short_form_in_brackets(self, tokens: list[Tok], j: int) -> int:
        """'(Dinkes)', '(Kabid SDA)': one to three capitalised words in brackets that are no person's name;
        the index after the closing bracket, or 0."""
        for k in range(j + 2, min(j + 5, len(tokens))):
            if tokens[k].text == ")":
                inside = tokens[j + 1:k]
                if inside and inside[0].cap and inside[-1].cap and all(
                        t.cap and (t.text not in self.lex.person_tokens or t.text.isupper()) or t.text in ("dan", "&")
                        for t in inside):
                    return k + 1                     # ("(PAN dan RB)": a short form of two joined)
                return 0
        return 0

    def _split(self, tokens: list[Tok], i: int, j: int, entry: dict) -> tuple[int, int]:
        """Where the organisation ends and the name starts inside tokens[i:j] (j, j: no name)."""
        lex = self.lex
        j = self._before_degrees(tokens, i, j)   # "... Abdullah Helmy MPd PhD", "Kusnadi SH M.Hum": degrees after the name
        if j - i >= 5 and tokens[j - 1].text == ")" and tokens[j - 3].text == "(" and self._initials_of_name(tokens, j - 3):
            j -= 3                           # "... Agus Harimurti Yudhoyono (AHY)": the name's initials close the run
        # a rank or honorific inside the run starts the name: "Polres Tuban AKP Ahmad Riyadi"
        for r in range(i, j):
            if tokens[r].text in lex.rank_words and tokens[r].text not in lex.org_words \
                    and not (tokens[r].text in lex.rank_tails and not (r > i and tokens[r - 1].text in lex.rank_words)) \
                    and not (r > i and (self._honorific_inside_name(tokens, r) or self._initial_inside_name(tokens, r, j))):
                return r, self._skip_ranks(tokens, r)
        k = j
        inner = self._short_form_inside_name(tokens, i, j)
        if inner is not None:
            # "... Tubagus (TB) Hasanuddin": the bracket is inside the name
            k = inner
            while k > i and j - k < 7 and tokens[k - 1].text in lex.person_tokens:
                k -= 1
            return k, k
        if j - i >= 3 and (self._word_ending_name(tokens, j) or self._place_ending_name(tokens, j)):
            k = j - 1                        # "Direktur Utama AP II Budi Karya, akhir pekan lalu", "... Aldon Samosir bercerita"
        school = next((h for h in range(i, k - 2) if tokens[h].text in _SCHOOL_HEADS and tokens[h + 1].text.isdigit()), None)
        floor = school + 3 if school is not None else i     # "SMAN 2 Balige Aldon Samosir": the school's place
        while k > floor and (lex.nameish(tokens[k - 1]) or self._month_as_given_name(tokens, k - 1, j)
                         or (k < j and self._given_name_not_alone(tokens[k - 1]))
                         or (k < j and self._honorific_inside_name(tokens, k - 1))
                         or (k < j and k - 2 >= floor and self._letters_inside_name(tokens, k - 1))) and j - (k - 1) <= 4 and not (
                tokens[k - 1].text.lower() in lex.common_words and tokens[k - 1].text not in lex.person_tokens):
            k -= 1                       # ordinary words ("Sukses Makmur") belong to the organisation
            if k - 2 >= i and k < j and self._word_inside_name(tokens, k - 1):
                k -= 1                   # "Budi Karya Sumadi": an organisation word between a given name and a name
        # after "PT", "Bank", "Hotel" (and its acronyms: "PT XL Axiata") the first distinctive word is the
        # company's: "PT Semen Tonasa"; a known company word already there is it ("PT Pertamina Arvin Gumilang")
        heads = [h for h in range(i, k) if tokens[h].text in lex.company_heads]
        if heads and heads[-1] == k - 1 and heads[-1] > i and lex.is_acronym(tokens[k - 2].text):
            heads = []                       # "MNC Bank Mahdi Sulistyo": the head closes a name that has its word
        # a university's name may be a person's ("Universitas Airlangga Mohammad Nasih"): its first word is still the body's
        learning = bool(heads) and tokens[heads[-1]].text in lex.learning_heads and j - k >= 3
        if heads and k < j and all(lex.is_acronym(t.text) or t.text.isdigit() for t in tokens[heads[-1] + 1:k]) \
                and (tokens[k].text not in lex.person_tokens or learning) and tokens[k - 1].text not in ("Tbk", ")"):
            k += 1
            if j - k == 1 and tokens[k].text not in lex.person_tokens and tokens[k].text in lex.business_name_words:
                k = j                        # "Perumda Giri Tirta": one business word left is the company's too
        # "PT Maju Jaya Abadi Hendra Wijaya", "Gapoktan Sumber Rejeki Paimin": words business names are made of,
        # first in what looks like the name, are the body's while a name of one word or more is left
        if any(tokens[h].text in lex.company_heads for h in range(i, k)):
            while k < j - 1 and tokens[k].text in lex.business_name_words and tokens[k].text not in lex.person_tokens:
                k += 1
        # a title that names a place ("Bupati Jember Hendy Siswanto") keeps at least the place, a known
        # place's every word ("Bupati Pegunungan Bintang Spei Yan Bidana": 'Bintang' is also a given name)
        if entry.get("expects_place") and i < k < j:
            region = self._region_len(tokens, i, j)
            if i + region > k and i + region < j:
                k = i + region
        if entry.get("expects_place") and k == i and not (
                tokens[i].text in lex.person_tokens and not self._region_len(tokens, i, j)):
            region = self._region_len(tokens, i, j)
            listed = entry.get("org_prefix") in _LISTED_PLACE_BODIES
            if region or not listed or (j - i < 2 and tokens[i].text in lex.region_words):
                k = i + (region or 1)            # ("Wakil Bupati Syahbudin": one unlisted word after it is a name)
            # "Bupati Yuhronur Efendi": regencies, cities and provinces are all in regions.jsonl, so an
            # unknown word after their title starts the name (a village or district may be unlisted)
        # "Rektor Unair Budi Santoso": an unknown word before a known given name and a surname is the
        # body's, not the first word of a three-word name
        if k == i and j - i in (3, 4) and not entry.get("expects_place") and tokens[i].text not in lex.person_tokens \
                and not tokens[i].initial and tokens[i + 1].text in lex.person_tokens and tokens[i + 2].cap \
                and (j - i == 4 or tokens[i + 2].text not in lex.person_tokens):
            k = i + 1                        # ("Ketua Panitia Muswil Muslih Hasyim Sufy")
        # a name needs a person-like start: not a region or org word unless the lexicon knows it
        while k < j and not (tokens[k].initial or tokens[k].text in lex.person_tokens or not lex.orgish(tokens[k])):
            k += 1
        # "Wakil Menteri BUMN I Pahala Nugraha": a roman numeral after the body numbers it ("I Made ..." is a name)
        if i < k < j - 1 and tokens[k].text in _ROMAN_NUMERALS and tokens[k + 1].text not in lex.balinese_name_words:
            k += 1
        # "Komandan Korem 061/Suryakancana", "Kodam V/Brawijaya": the word after a unit's number and slash names it
        if i < k < j and tokens[k - 1].text == "/" and tokens[k].start == tokens[k - 1].end:
            k += 1
        # "Ketua Komisi D Suyono": a letter after a unit word names the unit
        if k < j and len(tokens[k].text) == 1 and tokens[k].text.isupper() and \
                (tokens[k - 1].text in lex.unit_words if k > i else title_last_word(entry) in lex.unit_words):
            k += 1
        if i < k < j and tokens[k - 1].text in ("bidang", "of"):
            k = j                            # "Waasintel Kasad bidang Jemen Intel": a field, no name, follows 'bidang'
        return k, k

    def _initials_of_name(self, tokens: list[Tok], p: int) -> bool:
        """Is the bracket opening at p the initials of the two to four name words before it ('(AHY)',
        '(SBY)')? Nicknames made of initials follow a name; a body's short form follows the body."""
        short = tokens[p + 1].text
        if not (short.isupper() and 2 <= len(short) <= 4 and short.isalpha()):
            return False
        n = len(short)
        words = tokens[p - n:p] if p - n >= 0 else []
        return (len(words) == n and "".join(t.text[0] for t in words) == short
                and all(self.lex.nameish(t) and not self.lex.orgish(t) for t in words))

    def _short_form_inside_name(self, tokens: list[Tok], i: int, j: int) -> Optional[int]:
        """'Tubagus (TB) Hasanuddin', 'Zulfikar (ZA) Arse Sadikin' at the end of tokens[i:j]: the index of the
        name word before the bracket, or None."""
        lex = self.lex
        for tail in (1, 2):
            p = j - tail - 3                 # the "(" position
            if p - 1 <= i or tokens[p].text != "(" or tokens[p + 2].text != ")":
                continue
            short, before = tokens[p + 1].text, tokens[p - 1]
            if short.isupper() and 1 < len(short) <= 3 and short[0] == before.text[:1] and lex.nameish(before) \
                    and all(lex.nameish(t) for t in tokens[p + 3:j]):
                return p - 1
        return None

    def _honorific_inside_name(self, tokens: list[Tok], k: int) -> bool:
        """'Chevy Ning Suyudi', 'Andi Mas Sulaiman': a word of address between two name words is a name word."""
        lex = self.lex
        if not (0 < k < len(tokens) - 1) or tokens[k].text not in _ADDRESS_WORDS:
            return False
        before, after = tokens[k - 1], tokens[k + 1]
        return (before.cap and after.cap and not before.initial and lex.nameish(before) and lex.nameish(after)
                and tokens[k].start - before.end == 1 and after.start - tokens[k].end == 1)

    def _word_inside_name(self, tokens: list[Tok], k: int) -> bool:
        """'Budi Karya Sumadi', 'Adi Negara Putra': an organisation word (no body's head or acronym) right
        between a known given name and a name word."""
        lex = self.lex
        t, before, after = tokens[k], tokens[k - 1], tokens[k + 1]
        return (t.cap and t.text in lex.org_words and t.text not in lex.org_heads and not lex.is_acronym(t.text)
                and before.text in lex.person_tokens and lex.nameish(after)
                and t.start - before.end == 1 and after.start - t.end == 1)

    def _before_degrees(self, tokens: list[Tok], i: int, j: int) -> int:
        """The end of a run without the degrees that close it: 'MPd', 'PhD', 'SH' after another degree, and
        dotted ones split in words ('M.' 'Hum')."""
        degrees = self.lex.degrees
        end = j
        while end > i + 1:
            last = tokens[end - 1]
            if self.lex.is_degree(last) or (last.text.replace(".", "").lower() in degrees
                                            and (end < j or self.lex.nameish(tokens[end - 2])
                                                 or tokens[end - 2].text.replace(".", "").lower() in degrees)):
                end -= 1
            elif end - 2 > i and tokens[end - 2].end == last.start \
                    and (tokens[end - 2].text + last.text).replace(".", "").lower() in degrees:
                end -= 2                             # "M." "Hum"
            else:
                break
        return end

    def _word_ending_name(self, tokens: list[Tok], j: int) -> bool:
        """'... AP II Budi Karya, akhir pekan lalu': an organisation or ordinary word (no body's head or
        acronym) that closes a run right after a known given name, with a comma, a stop or a lower-case
        word after it, is the name's last word."""
        lex = self.lex
        t, before = tokens[j - 1], tokens[j - 2]
        after = tokens[j].text if j < len(tokens) else "."
        ordinary = t.text not in lex.org_words
        return (t.cap and (t.text in lex.org_words or t.text.lower() in lex.common_words)
                and t.text not in lex.org_heads and t.text not in lex.company_heads
                and not lex.is_acronym(t.text) and before.text in lex.person_tokens and t.start - before.end == 1
                and not (j - 3 >= 0 and tokens[j - 3].text in lex.company_heads)
                and (after in (",", ".", ";") or (after.startswith("me") if ordinary else after[:1].islower())))
        # (an ordinary word only before an active verb: "KNPI Haris Pertama melaporkan", not "Ahmad Panjang dilakukan")

    def _place_ending_name(self, tokens: list[Tok], j: int) -> bool:
        """'... Aldon Samosir bercerita': a place word (a Batak or Minang surname) closing a run after a
        name word, with a reporting verb after it, is the name's last word."""
        t, before = tokens[j - 1], tokens[j - 2]
        after = tokens[j].text if j < len(tokens) else ""
        return (t.cap and t.text in self.lex.region_words and t.text not in self.lex.org_heads
                and self.lex.nameish(before) and not self.lex.orgish(before) and t.start - before.end == 1
                and after in self.lex.reporting_verbs)

    def _initial_inside_name(self, tokens: list[Tok], k: int, j: int) -> bool:
        """'Yasonna H Laoly': a one-letter rank ('H' for Haji) between a given name and a surname is the
        name's initial; after a body or place word ('Bupati Lamongan H Yuhronur') it starts the name."""
        lex = self.lex
        before = tokens[k - 1]
        return (len(tokens[k].text.rstrip(".")) == 1 and k + 1 < j and lex.nameish(tokens[k + 1])
                and not before.initial and lex.nameish(before) and not lex.orgish(before)
                and before.text.lower() not in lex.common_words and before.text not in lex.rank_words)

    def _letters_inside_name(self, tokens: list[Tok], k: int) -> bool:
        """'Livia Istania DF Iskandar': two capitals between two name words are the name's initials, not a
        body's acronym (no listed body, degree or programme; the word before is no body, place or rank)."""
        lex = self.lex
        t, before, after = tokens[k], tokens[k - 1], tokens[k + 1]
        return (len(t.text) == 2 and t.text.isupper() and t.text.isalpha() and t.text not in lex.org_heads
                and t.text not in lex.org_words and t.text.lower() not in lex.degrees and t.text not in lex.programme_words
                and t.text not in lex.rank_words and lex.nameish(before) and not lex.orgish(before)
                and before.text not in lex.rank_words and before.text.lower() not in lex.common_words
                and lex.nameish(after) and t.start - before.end == 1 and after.start - t.end == 1)

    def _given_name_not_alone(self, t: Tok) -> bool:
        """'Surya', 'Fitri': words that alone name a newspaper or a feast, not a person, but start a
        name before another name word ('Ketua Umum Partai Nasdem Surya Paloh')."""
        return len(t.text) >= 4 and t.text in self.lex.not_names and t.text in self.lex.person_tokens

    def _month_as_given_name(self, tokens: list[Tok], i: int, j: int) -> bool:
        """'Ketua Dewan Pendidikan Surabaya Juli Poernomo Slamet': a month name followed by more name
        words (not a day or a year) is a given name ('Juli', 'Mei', 'Agustus')."""
        return (tokens[i].text.lower() in self._months and i + 1 < j and tokens[i + 1].cap
                and self.lex.nameish(tokens[i + 1]) and tokens[i + 1].start - tokens[i].end <= 1)

    def _month_as_last_name(self, tokens: list[Tok], j: int) -> bool:
        """'Eko Julianto Ramadhan': a month (or Ramadhan) after name words is a name too, unless a day,
        a year or a time word follows ('... Juli 2022', 'Ramadhan tahun ini')."""
        if tokens[j].text.lower() not in self._months and tokens[j].text not in ("Ramadhan", "Ramadan"):
            return False
        nxt = tokens[j + 1].text.lower() if j + 1 < len(tokens) else ""
        return not (nxt[:1].isdigit() or nxt in ("tahun", "lalu", "ini", "itu", "mendatang", "nanti", "depan", "kemarin"))

    def _region_len(self, tokens: list[Tok], i: int, j: int) -> int:
        for n in range(min(self.lex.region_max, j - i), 0, -1):
            if tuple(t.text for t in tokens[i:i + n]) in self.lex.region_phrases:
                return n
        return 0

    def _name_at(self, text: str, tokens: list[Tok], i: int) -> Optional[tuple[int, int]]:
        """A person's name starting at token i (after skipping ranks/honorifics): token range or None."""
        lex = self.lex
        after_ranks = self._skip_ranks(tokens, i)
        rank_skipped = after_ranks > i
        ranked = rank_skipped or (i > 0 and tokens[i - 1].text.rstrip(".") in lex.rank_words)
        i = after_ranks
        j = i
        skipped = 0                                  # bracket tokens inside the name
        while j < len(tokens) and j - i - skipped < 5:
            t = tokens[j]
            if j > i and (t.start - tokens[j - 1].end > 2 or glued(tokens[j - 1], t)):
                break
            if lex.nameish(t) or (t.text in lex.person_tokens and t.cap) or (j == i and self._month_as_given_name(tokens, j, len(tokens))) \
                    or (j > i and self._honorific_inside_name(tokens, j)):
                j += 1
            elif j > i and t.cap and t.text in lex.org_words and t.text not in lex.org_heads and not lex.is_acronym(t.text) \
                    and j + 1 < len(tokens) and tokens[j + 1].cap and lex.nameish(tokens[j + 1]) \
                    and tokens[j + 1].start - t.end <= 1:
                j += 1                               # "Adewira Negara Siregar": an ordinary word inside a name
            elif t.text in ("bin", "binti", "van", "de", "al", "Al") and j + 1 < len(tokens) and tokens[j + 1].cap:
                j += 1
            elif j == i and ranked and len(t.text) == 2 and t.text.isalpha() and t.text.isupper() \
                    and t.text not in lex.org_heads and j + 1 < len(tokens) and tokens[j + 1].start - t.end == 1 \
                    and tokens[j + 1].cap and lex.nameish(tokens[j + 1]) and not lex.is_acronym(tokens[j + 1].text):
                j += 1                               # "Kombes AM Kamal": two initials after a rank start the name
            elif j > i and t.cap and self._month_as_last_name(tokens, j):
                j += 1                               # "Letkol Kav Eko Julianto Ramadhan, Danlanal ..."
            elif j > i and ranked and t.cap and t.text in lex.region_words and t.text not in lex.org_heads \
                    and j + 1 < len(tokens) and tokens[j + 1].cap and lex.nameish(tokens[j + 1]) \
                    and tokens[j + 1].text not in lex.region_words and tokens[j + 1].start - t.end <= 1 \
                    and t.start - tokens[j - 1].end <= 1:
                j += 1                               # "Irjen Pol Yan Sultra Indrajaya": a place word inside a ranked name
            elif j > i and self._word_ending_name(tokens, j + 1):
                j += 1                               # "Budi Karya, akhir pekan lalu"
            elif j > i and j + 1 < len(tokens) and self._letters_inside_name(tokens, j):
                j += 1                               # "Livia Istania DF Iskandar"
            elif ranked and j > i and t.cap and t.start - tokens[j - 1].end == 1 and t.text not in lex.org_heads \
                    and not lex.is_acronym(t.text) and t.text not in lex.title_first_words and t.text not in lex.not_names \
                    and (j + 1 >= len(tokens) or tokens[j + 1].text in (",", ".", ";")):
                j += 1                               # "AKBP Kristian Air, ...": after a rank, the name runs to the comma
            elif j > i and t.text == "(" and j + 3 < len(tokens) and tokens[j + 2].text == ")" and tokens[j + 1].text.isupper() \
                    and 1 < len(tokens[j + 1].text) <= 3 and tokens[j + 3].cap and lex.nameish(tokens[j + 3]) \
                    and tokens[j + 3].start - tokens[j + 2].end <= 1:
                j += 3                               # "Tubagus (TB) Hasanuddin": the short form inside the name
                skipped += 3
            else:
                break
        while j > i and tokens[j - 1].text in ("bin", "binti", "van", "de", "al"):
            j -= 1
        # a place word ends a name when a verb or a stop follows: "Letkol Arh Syarief Syah Banjar mengapresiasi"
        if j < len(tokens) and tokens[j].cap and tokens[j].text in lex.region_words \
                and tokens[j].text not in lex.org_heads and tokens[j].start - tokens[j - 1].end <= 1 \
                and (j + 1 >= len(tokens) or not tokens[j + 1].cap) \
                and (j - i >= 2 or (j + 1 < len(tokens) and tokens[j + 1].text in lex.reporting_verbs)):
            j += 1                                   # ("Bakir Pasaman mengungkapkan": one name word, then a reporting verb)
        if j == i:
            return None
        if j - i == 1 and j < len(tokens) and tokens[j].text in ("tersebut", "itu", "ini") and not rank_skipped:
            return None                              # "Guru Besar Unair tersebut": a descriptor of someone named, no name
        return i, j

    def _skip_ranks(self, tokens: list[Tok], i: int) -> int:
        lex = self.lex
        while i < len(tokens) and (tokens[i].text in lex.rank_words or tokens[i].text.rstrip(".") in lex.rank_words
                                   or tokens[i].text + "." in lex.ranks
                                   or (i > 0 and tokens[i - 1].text in lex.rank_words
                                       and tokens[i].text.capitalize() in lex.rank_words)   # "Letkol inf"
                                   or _mixed_case_rank(tokens[i].text, lex.rank_words)):
            if tokens[i].text == "(" or tokens[i].text == ")":
                break
            nxt = i + 1
            if nxt < len(tokens) and tokens[nxt].text == ".":
                nxt += 1
            if self._bracketed_rank(tokens, nxt):
                nxt += 3
            i = nxt
        return i

    def _bracketed_rank(self, tokens: list[Tok], k: int) -> bool:
        """A corps or a retirement in brackets after a rank, at token k: "Letkol Laut (P) Ansori",
        "Mayjen TNI (purn) TB Hasanuddin"."""
        return (k + 2 < len(tokens) and tokens[k].text == "(" and tokens[k + 2].text == ")"
                and (len(tokens[k + 1].text) <= 3 or tokens[k + 1].text in self.lex.rank_words))

    def _person(self, text: str, tokens: list[Tok], span: tuple[int, int], title: str, org: Optional[str]) -> Optional[Person]:
        i, j = span
        name_tokens = [t for t in tokens[i:j]]
        while name_tokens and name_tokens[-1].text.replace(".", "").lower() in self.lex.degrees:
            name_tokens.pop()
        if not name_tokens:
            return None                                  # only degrees: no name
        start, end = name_tokens[0].start, paired_name_end(name_tokens)
        name = re.sub(r"[\s\u00a0]+", " ", re.sub(r"[\s\u00a0]*\([^()]*\)", "", text[start:end])).strip()
        if not self.lex.plausible_name(name.split()):
            return None
        return Person(name=name, start=start, end=end, title=title, organization=org, mentions=[(start, end)])

    def _title_and_org(self, text: str, tokens: list[Tok], i: int, k: int, title: str, entry: dict) -> tuple[str, Optional[str]]:
        """Split the words after the title: a portfolio ('Menteri Kesehatan') or a sub-unit ('Kepala
        Seksi SDM Dinkes Sumsel') extends the title; the rest is the organisation. A field written after
        a school or a numbered body ('Wakil Kepala SMPN 1 Bidang Kesiswaan') is the post's too (in
        'Kementerian Koordinator Bidang Perekonomian' it is the body's name)."""
        title, org = self._split_title_and_org(text, tokens, i, k, title, entry)
        if org and org.startswith("bidang "):
            return f"{title} {org}", None                 # "Wakil Rektor bidang Riset": the post's field
        if org and org.startswith("of "):
            first, _, rest = org[3:].partition(" ")
            if rest and (first in self.lex.business_units or self.lex.is_acronym(first)):
                return f"{title} of {first}", rest        # "General Manager of CSR SIG": the field, then the body
            org = org[3:]                                 # "Chief Executive of Astra Peugeot"
        field = _FIELD_AFTER_BODY.search(org) if org else None
        if field and field.start() > 0 and (org.split()[0] in _SCHOOL_HEADS or org[:field.start()].rstrip()[-1:].isdigit()):
            return f"{title} {field.group(0).strip()}", org[:field.start()].strip(" ,") or None
        return title, org

    def _split_title_and_org(self, text: str, tokens: list[Tok], i: int, k: int, title: str, entry: dict) -> tuple[str, Optional[str]]:
        def words(a: int, b: int) -> str:
            # a bracketed short form at the end ('..., (Menkopolhukam)') restates the post
            phrase = _TRAILING_BRACKET.sub("", text[tokens[a].start:tokens[b - 1].end]) if b > a else ""
            return re.sub(r"[\s\u00a0]+", " ", phrase).strip(" ,-")

        if entry.get("portfolio") and k > i:
            head = next((h for h in _outside_brackets(tokens, i, k)
                         if tokens[h].text in ("Kementerian", "Kemenko") or _MINISTRY_SHORT_NAME.match(tokens[h].text)), None)
            if head is not None:
                # "Wakil Menteri II Kementerian BUMN RI": the ministry written after the post is its body
                return f"{title} {words(i, head)}".strip(), self._org(text, tokens, head, k, entry)
            return f"{title} {words(i, k)}", None
        if _field_post(entry) and k > i:
            # "Deputi Bidang Ekonomi Digital dan Produk Kreatif", "Ketua Bidang Hukum DPP Partai X": the field
            # after 'Bidang' is the post's, up to the body's head word or a place ("Sumber Daya": no place)
            lex = self.lex
            head = next((h for h in _outside_brackets(tokens, i, k) if h > i and tokens[h].cap and (
                tokens[h].text in lex.org_heads or tokens[h].text in lex.company_heads or lex.is_acronym(tokens[h].text)
                or _MINISTRY_SHORT_NAME.match(tokens[h].text.split("-")[0]) or self._region_len(tokens, h, k))), None)
            if head is None:
                return f"{title} {words(i, k)}", None
            return f"{title} {words(i, head)}", self._org(text, tokens, head, k, entry)
        if k > i and all(t.text in self.lex.business_units or t.text in ("dan", "&") for t in tokens[i:k]):
            return f"{title} {words(i, k)}", None          # "Manager Cargo dan Ticketing": a department, no body
        # a sub-unit written first, before the body: a portfolio noun ('Direktur Ketenagakerjaan Bappenas') or an
        # acronym that is no body ('Deputi ADPIN BKKBN')
        subunit = entry.get("subunit") or ((self.lex.institutional_noun(tokens[i].text) or self._unit_before_body(tokens, i, k))
                                           and not entry.get("org_prefix") if k > i else False)
        if subunit and k > i and tokens[i].text not in self.lex.org_heads:
            outside = _outside_brackets(tokens, i, k)
            head = next((h for h in outside if (tokens[h].text in self.lex.org_heads
                         or (self.lex.is_acronym(tokens[h].text) and h > i)
                         or (h > i and _MINISTRY_SHORT_NAME.match(tokens[h].text)))), None)
            # a second unit written before the body is the body's ('Kabag Penum Divisi Humas Polri': the
            # division is part of the organisation, the post's own unit is 'Penum')
            unit = next((h for h in outside if h > i and tokens[h].text in self.lex.unit_heads), None)
            if unit is not None and head is not None and unit < head:
                head = unit
            if head is not None and head > i:
                return f"{title} {words(i, head)}", self._org(text, tokens, head, k, entry)
            if head is None and all((self.lex.institutional_noun(t.text) and t.text not in self.lex.region_words)
                                    or t.text in ("dan", "&") for t in tokens[i:k]):
                return f"{title} {words(i, k)}", None     # "Direktur Gratifikasi": the field of the post, no body named
        return title, self._org(text, tokens, i, k, entry)

    def _unit_before_body(self, tokens: list[Tok], i: int, k: int) -> bool:
        """A unit written before the known body it belongs to is part of the post: a unit word ('Direktur
        Eksekutif Departemen Komunikasi BI', 'Ketua Bidang Hukum DPP Partai X') or an unknown acronym ('Deputi
        ADPIN BKKBN'). A company head is no such body ('MNC Bank')."""
        lex = self.lex
        first = tokens[i].text
        if not (first in lex.subunit_words or (lex.is_acronym(first) and first not in lex.org_heads)):
            return False
        return any(t.text in lex.org_heads and (t.text not in lex.company_heads or first in lex.business_units)
                   for t in tokens[i + 1:k])                  # "Vice President Marketing PT Kereta Api"

    def _org(self, text: str, tokens: list[Tok], i: int, k: int, entry: dict) -> Optional[str]:
        if k <= i:
            org = None
        else:
            org = re.sub(r"[\s\u00a0]+", " ", text[tokens[i].start:tokens[k - 1].end]).strip(" ,-")
        prefix = entry.get("org_prefix")
        last = title_last_word(entry)
        if not prefix and last in self.lex.body_title_words and org:
            prefix = last                            # "Ketua Fraksi PKB" -> "Fraksi PKB"
        if prefix == "Pemerintah" and org and len(self.lex.region_kinds.get(org, ())) == 1:
            # "Sekda Trenggalek": the government of a place that is only a regency is 'Kabupaten Trenggalek'
            prefix = _REGION_KIND_PREFIX.get(next(iter(self.lex.region_kinds[org])), prefix)
        fused = self.lex.titles.get(tokens[i].text, {}) if org and k - i >= 2 else {}
        if fused.get("org_prefix") and fused.get("expects_place") and tokens[i].text != fused["org_prefix"] \
                and not prefix:
            org = fused["org_prefix"] + org[len(tokens[i].text):]    # "Kabid Humas Kapolda Papua": Polda Papua
        if prefix in ("Provinsi", "Kabupaten", "Kota") and org and tokens[i].text not in self.lex.region_words \
                and (tokens[i].text in self.lex.org_words or self.lex.is_acronym(tokens[i].text)):
            prefix = None                            # "Gubernur Lemhannas", "Gubernur The Fed": a body's head, no province
        if prefix and org and not org.startswith(prefix) and tokens[i].text not in self.lex.org_heads \
                and not (prefix == last and tokens[i].text in self.lex.unit_heads) \
                and not (tokens[i].text in self.lex.body_abbreviations and tokens[i].text[0] == prefix[0]):   # "Camat Kec. X"
            org = f"{prefix} {org}"
        elif prefix and not org and prefix.isupper():
            org = prefix                                      # "Ketua KPK Firli Bahuri"
        body = entry.get("body")
        if org and body and body.endswith(" " + org):
            return body                                       # "Kabareskrim Polri": Bareskrim Polri
        return org or body or None                           # "Kabareskrim Komjen Budi Waseso": Bareskrim Polri

    def _forward(self, text: str, tokens: list[Tok], i: int, title: str, entry: dict, second: bool = False) -> Optional[Person]:
        if i < len(tokens) and tokens[i].text == "setempat":
            i += 1                                   # "Ketua RT setempat Aris Isnaini", "Kepala Desa setempat, Soetomo"
        if self._title_abbreviation_at(tokens, i, title):
            i += 3                                   # "Wakil Bupati (Wabup) Blitar", "Kepala Staf Angkatan Darat (KSAD)"
        j = self._post_run(tokens, i, entry)
        person = self._forward_run(text, tokens, i, j, title, entry)
        if person is None:
            longer = self._listed_run(tokens, j)
            if longer > j:
                person = self._forward_run(text, tokens, i, longer, title, entry)
        if person is None and not second:
            person = self._holder_after_second_post(text, tokens, i, j, title, entry)
        return person

    def _holder_after_second_post(self, text: str, tokens: list[Tok], i: int, j: int, title: str, entry: dict) -> Optional[Person]:
        """'Kapolres Tulungagung yang juga menjabat Wakil Ketua STPPC, AKBP Handono Subiakto': the holder
        named after the second post holds the first one too, and the sentence gives him the first."""
        lower = [t.text.lower() for t in tokens[j:j + 5]]
        for words in self.lex.second_post_connectors:
            n = len(words)
            if tuple(lower[:n]) != words:
                continue
            match = self._title_at(text, tokens, [t.text.lower() for t in tokens], j + n) if j + n < len(tokens) else None
            if match is None:
                return None
            title2 = re.sub(r"[\s\u00a0]+", " ", text[tokens[j + n].start:tokens[j + n + match[0] - 1].end])
            holder = self._forward(text, tokens, j + n + match[0], title2, self.lex.titles.get(match[1], {}), second=True)
            if holder is None:
                return None
            span = (self._index_after(tokens, holder.start), self._index_after(tokens, holder.end))
            own_title, org = self._title_and_org(text, tokens, i, j, title, entry)
            person = self._person(text, tokens, span, own_title, org)
            if person is not None:
                person.other_posts.append((holder.title, holder.organization))
            return person
        return None

    def _title_abbreviation_at(self, tokens: list[Tok], i: int, title: str) -> bool:
        """'(Wabup)', '(KSAD)' at token i: the title's own short form in brackets (also an acronym with a
        letter per word of the title: 'Kepala Staf Kepresidenan (KSP)')."""
        if not (i + 2 < len(tokens) and tokens[i].text == "(" and tokens[i + 2].text == ")"):
            return False
        short = tokens[i + 1].text
        words = title.split()
        return (short.capitalize() in self.lex.titles or short in self.lex.titles
                or short == "".join(w[0] for w in words if w[0].isupper())
                or (len(words) >= 3 and short.isupper() and len(short) == len(words) and short[0] == words[0][0]))

    def _listed_run(self, tokens: list[Tok], j: int) -> int:
        """'Wakil Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi Budi ...', 'Menteri Koordinator
        Politik Hukum dan Keamanan, (Menkopolhukam), Luhut ...': a portfolio or body written as a list, or an
        acronym in brackets, goes on after the comma."""
        lex = self.lex
        n = len(tokens)
        for _ in range(6):
            if j + 3 < n and tokens[j].text == "(" and tokens[j + 2].text == ")" and lex.is_acronym(tokens[j + 1].text):
                j += 3
                continue
            if not (j + 1 < n and tokens[j].text == ","):
                break
            k = j + 1
            if k + 3 < n and tokens[k].text == "(" and tokens[k + 2].text == ")" and tokens[k + 1].cap:
                j = k + 3
                continue
            if tokens[k].text in ("dan", "serta") and k + 1 < n:
                k += 1
            t = tokens[k]
            if not (t.cap and not t.initial and t.text not in lex.person_tokens and t.text not in lex.title_first_words
                    and t.text not in lex.org_heads and t.text not in lex.rank_words):
                break
            nj = self._run(tokens, k)
            if nj - k <= 3 and all(lex.nameish(x) for x in tokens[k:nj]) and (nj >= n or tokens[nj].text[:1].islower()):
                break                                # "Menteri ... Republik Indonesia, Bintang Puspayoga menyampaikan": the name
            j = nj
        return j

    def _forward_run(self, text: str, tokens: list[Tok], i: int, j: int, title: str, entry: dict) -> Optional[Person]:
        comma = self._name_after_comma(text, tokens, j)
        if comma is not None and j > i and self._in_list_of_posts(tokens, comma[1]) and self._run_ends_in_name(text, tokens, i, j, entry):
            comma = None        # "Ketua DKB Hasan Basri, Samsudin Adlawi, Ketua HIPMI ...": each item is post, body, name
        no_given_name = not any(t.text in self.lex.person_tokens for t in tokens[i:j])
        if comma is not None and j > i and (
                any(self.lex.orgish(t) and t.text not in self.lex.person_tokens for t in tokens[i:j])
                or self._skip_ranks(tokens, j + 1) > j + 1     # "Danlanud Abdulrachman Saleh, Marsma TNI Zulfahmi"
                or (comma[1] - comma[0] >= 2 and no_given_name)
                or (entry.get("expects_place") and comma[1] - comma[0] >= 2 and j - i <= 3)
                or (entry.get("expects_place") and j - i <= 2 and no_given_name)
                or (any(t.text in self.lex.company_heads for t in tokens[i:j - 1])
                    and tokens[j - 1].text not in self.lex.person_tokens)):
            # "Manager TPS3R Bio Mandiri Lestari, Nungky Rosalina menjelaskan", "Direktur Tottenham Hotspur, Fabio
            # Paratici", "Kades Sekar Bagus, Imam Mustaqim" (a post held over a place), "Kepala Satpam Hotel Grand
            # Kemang, Djumin" (a company's name runs to the comma): the whole run is the body
            title, org = self._title_and_org(text, tokens, i, j, title, entry)
            return self._person(text, tokens, comma, title, org)
        org_end, k = self._split(tokens, i, j, entry)
        if k < j:
            span = self._name_at(text, tokens, k)
            if span and span[1] - span[0] == 1 and (self._lone_place(tokens, span, title) or self._field_word(tokens, i, span)):
                span = None
            if span and span[1] <= j:
                title, org = self._title_and_org(text, tokens, i, org_end, title, entry)
                return self._person(text, tokens, span, title, org)
        # "Kapolsek Sawahan, Kompol A. Risky Fardian": the name after a comma
        if comma is not None:
            title, org = self._title_and_org(text, tokens, i, j, title, entry)
            return self._person(text, tokens, comma, title, org)
        # "Plh Sekdaprov Jatim yang saat ini dijabat Heru Tjahjono": the holder after a passive connector;
        # "Bupati yang akrab disapa Mas Ipin": the short name the holder goes by
        first = tokens[j].text.lower() if j < len(tokens) else ""
        for words in (self.lex.connectors_after if first in self.lex.connectors_after_first else ()):
            n = len(words)
            if j + n < len(tokens) and tuple(t.text.lower() for t in tokens[j:j + n]) == words:
                span = self._name_at(text, tokens, j + n)
                nickname = words in self.lex.nickname_connectors
                if span and (span[1] - span[0] >= 2 or tokens[span[0]].text in self.lex.person_tokens or nickname):
                    title, org = self._title_and_org(text, tokens, i, j, title, entry)
                    person = self._person(text, tokens, span, title, org)
                    if person is not None:
                        person.nickname = nickname
                    return person
                break
        return None

    def _field_word(self, tokens: list[Tok], i: int, span: tuple[int, int]) -> bool:
        """'Guru Besar Bidang Pendidikan Biologi juga ...', 'Wakil Rektor Bidang Kemahasiswaan, Alumni ...': a
        lone unknown word at the end of a post's field names the field, not the holder."""
        t = tokens[span[0]]
        return t.text not in self.lex.person_tokens and not t.initial \
            and any(x.text in ("Bidang", "bidang") for x in tokens[i:span[0]])

    def _lone_place(self, tokens: list[Tok], span: tuple[int, int], title: str) -> bool:
        """'Kepala Cabang Cerme, Kepala Cabang Menganti dan ...', 'Ketua Komisi D, Suyono': a single
        unknown word (or letter) right after a unit word, followed by a comma, 'dan' or a bracket,
        names the unit, not a person."""
        t = tokens[span[0]]
        nxt = tokens[span[1]].text if span[1] < len(tokens) else "."
        prev = tokens[span[0] - 1].text if span[0] > 0 else ""
        if t.text in self.lex.person_tokens and not t.initial:
            return False
        unit_before = prev in self.lex.unit_words or (title.split()[-1] in self.lex.unit_words and prev == title.split()[-1])
        # ("Kepala Cabang Driyorejo tidak boleh ...", "Komandan Kompi sekaligus ...": a lower-case word after it too)
        return unit_before and (nxt in (",", "dan", "serta", "(", ")", ";", "/") or nxt[:1].islower())

    def _name_after_comma(self, text: str, tokens: list[Tok], j: int) -> Optional[tuple[int, int]]:
        """', [rank] Name' followed by a verb, a comma or the sentence end."""
        if not (j < len(tokens) and tokens[j].text == "," and j + 1 < len(tokens)):
            return None
        span = self._name_at(text, tokens, j + 1)
        if not span or self._is_org_run(tokens, span):
            return None
        if re.sub(r"[.\s\u00a0]", "", text[tokens[span[0]].start:tokens[span[1] - 1].end]).lower() in self.lex.degrees:
            return None                                  # "..., S.Sos mengatakan": a degree, not a name
        k = span[1]
        while k < len(tokens) and tokens[k].text.replace(".", "").lower() in self.lex.degrees:
            k += 1                                   # "Erry Pudyanto Marwantono SH;"
        after = tokens[k] if k < len(tokens) else None
        if after is None or after.text in (",", ".", ")", '"', "”", ";") or not after.cap or glued(tokens[k - 1], after):
            return span                                  # ("..., AKP Budi SantosoPolisi kemudian": a lost line break)
        if self.lex.is_acronym(after.text) and k + 1 < len(tokens) and tokens[k + 1].text[:1].islower() \
                and after.text not in self.lex.org_heads:
            return span                                  # "..., Dr Ir Benny Lianto MMBAT mengungkapkan": a degree we do not list
        return None

    def _is_org_run(self, tokens: list[Tok], span: tuple[int, int]) -> bool:
        return all(self.lex.orgish(t) and t.text not in self.lex.person_tokens for t in tokens[span[0]:span[1]])

    def _backward(self, text: str, tokens: list[Tok], first_i: int, end_i: int, title: str, entry: dict,
                  people: list[Person], lower: list[str]) -> Optional[Person]:
        """'Budi Santoso, Kepala Desa X' / 'Abidin selaku Kepala ...' / 'X yang juga menjabat Kepala ...'."""
        i = first_i
        connector = None
        words: tuple[str, ...] = ()
        if i >= 1 and tokens[i - 1].text in (",", "("):
            connector = i - 1                        # "Budi, Kepala ..." / "Halim Soebahar, MA (Wakil Ketua ...)"
        else:
            candidate = self._connector_before(lower, i)
            if candidate is not None:
                connector, words = i - len(candidate), candidate
            if words and words[0] == "menjabat":
                for gap in range(1, 4):          # "Suntana yang baru sebulan menjabat sebagai Kapolda": time words inside
                    y = connector - gap - 1
                    if y >= 1 and lower[y] == "yang" and all(t.text.isalpha() and t.text.islower() and t.text not in _NEGATIONS
                                                             for t in tokens[y + 1:connector]):
                        connector, words = y, tuple(lower[y:i])
                        break
        bare = False
        if connector is None and i >= 2 and title[:1].isupper() and tokens[i - 1].cap and self.lex.nameish(tokens[i - 1]) \
                and tokens[i].start - tokens[i - 1].end == 1:
            connector, bare = i, True                # "kata Haru Koesmahargyo Direktur Keuangan BRI": no comma at all
        if connector is None or connector == 0:
            return None
        past = any(w in self.lex.past_connector_words or w in self.lex.former_markers for w in words)
        if self._title_abbreviation_at(tokens, end_i, title):
            end_i += 3                               # "Dudung ... menjadi Kepala Staf Angkatan Darat (KSAD)."
        run_end = self._post_run(tokens, end_i, entry)
        if run_end == end_i and self._body_after_comma(tokens, end_i):
            end_i += 1                               # "Eka Dinata, Regional Head, PT Bank Danamon": the body after a comma
            run_end = self._post_run(tokens, end_i, entry)
        role_end = tokens[run_end - 1].end if run_end > end_i else tokens[end_i - 1].end
        last = connector - 2 if connector >= 2 and tokens[connector - 1].text == "," else connector - 1
        now = any(w in _NOW_WORDS for w in words)
        if words and people and (people[-1].role_end == tokens[last].end or (now and people[-1].end == tokens[last].end)):
            # "Jarwito yang sebelumnya menjabat Sekretaris Satpol PP diangkat menjadi Kepala Satpol PP": the post
            # after the chained verb is the same person's new one
            prev = people[-1]
            title, org = self._title_and_org(text, tokens, end_i, run_end, title, entry)
            return Person(name=prev.name, start=prev.start, end=prev.end, title=title, organization=org,
                          mentions=[(prev.start, prev.end)], former=past, role_end=role_end, chained=True, current=now)
        # "Dr. Affandi Nugroho, SE., MM, Direktur Utama ...", "Halim Soebahar, MA (Wakil ...)": degrees
        # sit between the name and the title
        tail = _DEGREE_TAIL.search(text, max(0, tokens[connector].start - 60), tokens[connector].start)
        if tail and tail.start() > 0:
            while connector > 0 and tokens[connector - 1].start >= tail.start():
                connector -= 1
        while connector >= 2 and (tokens[connector - 1].text.replace(".", "").lower() in self.lex.degrees
                                  or tokens[connector - 1].text == "." or tokens[connector - 1].text == ","):
            connector -= 1
        end = connector
        start = end
        while start > 0 and end - start < 5 and (self.lex.nameish(tokens[start - 1]) or tokens[start - 1].text in self.lex.person_tokens
                                                 or (start < end and self._honorific_inside_name(tokens, start - 1))):
            start -= 1
        while start < end and (tokens[start].text in self.lex.rank_words or tokens[start].text.rstrip(".") in self.lex.rank_words
                               or tokens[start].text + "." in self.lex.ranks):
            start += 1                               # "Prof. Dr. KH Halim": titles of address are no part of the name
            if start < end and tokens[start].text == ".":
                start += 1
        if start == end:
            return None
        # the run must stand at a name boundary: sentence start, a lower-case word, a quote, a comma
        before = tokens[start - 1].text if start > 0 else "."
        if before[:1].isupper() and before not in self.lex.not_names and before not in self.lex.rank_words \
                and before.rstrip(".") not in self.lex.rank_words:
            return None
        if before in self.lex.title_first_words:
            return None                              # "Direktur Utama Siti Aminatus, Direktur Teknik ...": the name is the post's before
        if before in self.lex.company_heads or before in _LOCAL_BODIES or before.lower() in self.lex.named_after_posts:
            return None                              # "Masjid Baiturrahman, Wali Kota Kediri ...": a building's or place's name
        known_looking = all(tokens[x].text.lower() not in self.lex.common_words or tokens[x].text in self.lex.person_tokens
                            for x in range(start, end))
        says = run_end > end_i and run_end < len(tokens) and tokens[run_end].text in self.lex.reporting_verbs
        if bare and not (known_looking and (end - start >= 2 and before[:1].islower()
                                            or says and before in (",", "."))):
            # without a comma only a full, known-looking name after a lower-case word, or one word opening a
            # clause whose post and body are the speaker's ("Sementara itu, Hairil Kepala Dinas Pertanian mengatakan")
            return None
        title, org = self._title_and_org(text, tokens, end_i, run_end, title, entry)
        body = self._body_after_unit(tokens, end_i, run_end) if org else None
        if body is not None:
            # "(Ketua Riset Vaksin Merah Putih, UNAIR)": the unit, then its body
            title, org = _spaced(text[tokens[first_i].start:tokens[run_end - 1].end]), body
        person = self._person(text, tokens, (start, end), title, org)
        if person is not None and words:
            person.former, person.role_end = past, role_end
            lead = [t.text.lower() for t in tokens[max(0, start - 5):start]
                    if t.text != "," and t.text not in self.lex.rank_words and t.text.rstrip(".") not in self.lex.rank_words]
            person.current = now or bool(lead and lead[-1] in _NOW_WORDS) \
                or lead[-2:] == ["saat", "ini"]
        if person is not None and tokens[first_i - 1].text == "(":
            person.bracketed = True
        return person

    @staticmethod
    def _listed_name(tokens: list[Tok], k: int) -> bool:
        """The name at k follows a comma after a capitalised word: one item of a list of names."""
        return k >= 2 and tokens[k - 1].text == "," and tokens[k - 2].cap

    def _in_list_of_posts(self, tokens: list[Tok], k: int) -> bool:
        """After the name at ..k a comma and a new title follow: the sentence lists officials."""
        return k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].cap \
            and tokens[k + 1].text.lower() in self.lex.titles_by_first

    def _run_ends_in_name(self, text: str, tokens: list[Tok], i: int, j: int, entry: dict) -> bool:
        _, k = self._split(tokens, i, j, entry)
        span = self._name_at(text, tokens, k) if k < j else None
        return bool(span) and span[1] == j

    @staticmethod
    def _appositive_post(tokens: list[Tok], person: Person, first_i: int) -> bool:
        """'urainya. Farhan, manajer KPSP Setia Kawan mengaku ...': a post written in lower case after the
        name and a comma, with its body, describes that person even when the name is one unknown word."""
        return first_i >= 2 and tokens[first_i - 1].text == "," and tokens[first_i - 2].end == person.end

    def _body_after_unit(self, tokens: list[Tok], i: int, k: int) -> Optional[str]:
        """A post's run of ordinary words with no body in it, then a comma and one body's acronym closing the
        mention (', UNAIR)', ', ITS,'): the run is the post's unit, the acronym its body."""
        lex = self.lex
        if not (k + 2 < len(tokens) and tokens[k].text == "," and tokens[k + 2].text in (")", ",", ".")
                and lex.is_acronym(tokens[k + 1].text) and tokens[k + 1].text not in lex.rank_words):
            return None
        if any(t.text in lex.org_heads or t.text in lex.company_heads or lex.is_acronym(t.text)
               or t.text in lex.region_words for t in tokens[i:k]):
            return None
        return tokens[k + 1].text

    def _body_after_comma(self, tokens: list[Tok], k: int) -> bool:
        """', PT Bank Danamon', ', Dinas Kesehatan': a comma, then a word that begins a company or a body."""
        lex = self.lex
        return k + 2 < len(tokens) and tokens[k].text == "," and tokens[k + 2].cap \
            and (tokens[k + 1].text in lex.company_heads or tokens[k + 1].text in lex.org_heads)

    @staticmethod
    def _merge(people: list[Person]) -> list[Person]:
        """One person per name; short forms ('Evi') fold into the full name they are part of."""
        merged: list[Person] = []
        for person in sorted(people, key=lambda p: p.start):
            same = next((m for m in merged if _same_person(m.name, person.name)
                         and not _spouse_named_after(m, person)), None)
            if same is None:
                merged.append(person)
                continue
            if len(person.name) > len(same.name):
                same.name = person.name
            if person.current and not same.current and not person.former and person.title:
                # "Kini, Irjen Mohammad Fadil Imran menjabat sebagai Kapolda Metro Jaya": the post held now wins
                same.title, same.organization, same.former, same.current = person.title, person.organization, False, True
            if same.former and not person.former and person.title:
                # a past post named first, the current one later: the person holds the current one
                same.title, same.organization, same.former = person.title, person.organization, False
            if person.bracketed and person.title and not same.bracketed:
                # "Ketua Umum MUI Jatim Prof. Dr. KH Halim Soebahar, MA (Wakil Ketua Umum MUI Jatim)": the post
                # in brackets after the name is the person's own
                same.title, same.organization, same.bracketed = person.title, person.organization, True
            same.title = same.title or person.title
            same.organization = same.organization or person.organization
            same.mentions.append((person.start, person.end))
            same.nicknames.extend(n for n in person.nicknames if n not in same.nicknames)
            same.other_posts.extend(p for p in person.other_posts if p not in same.other_posts)
        return merged


def _name_nicknames(people: list[Person]) -> None:
    """'Kepala BKD Indah Wahyuni' ... 'Kepala BKD yang akrab disapa Yuyun': the short name a post's holder goes
    by is the holder's, when one other person with a full name holds that post (the nickname's body may be
    written shorter: 'BKD' for 'BKD Jatim'); so is a one-word name cut from the holder's name."""
    titles = _lex().titles

    def post(title: Optional[str]) -> str:             # "Wabup" and "Wakil Bupati" are one post
        return ((titles.get(title or "") or {}).get("alias_of") or title or "").lower()

    def cut_from(short: str, name: str) -> bool:        # "Ji" of "Armuji", "Yono" of "Suyono"
        s = short.lower()
        return len(s) >= 2 and any(x != s and (x.startswith(s) or x.endswith(s)) for x in name.lower().split())

    for person in people:
        # a one-word name cut from the name of the one other holder of the same post ('Wakil Wali Kota
        # Surabaya Armuji' ... 'Wawali Cak Ji') is that holder too
        part_of_name = not person.nickname and " " not in person.name and person.title is not None
        if not person.nickname and not part_of_name:
            continue
        if part_of_name and len({p.name for p in people if p.name != person.name and post(p.title) == post(person.title)}) != 1:
            continue
        holders = [p for p in people if p is not person and not p.nickname and p.title and person.title
                   and post(p.title) == post(person.title)
                   and (" " in p.name if person.nickname else cut_from(person.name, p.name))
                   and (not person.organization or (p.organization is not None
                                                    and set(person.organization.split()) <= set(p.organization.split())))]
        if len({p.name for p in holders}) == 1:
            holders[0].nicknames.append(person.name)       # "ujar Min": the quotes name her too
            person.name = holders[0].name


def _spouse_named_after(a: Person, b: Person) -> bool:
    """'Bupati Ponorogo Sugiri Sancoko' and 'Ketua TP PKK Susilowati Sugiri Sancoko': a wife is often
    named with her husband's full name after her own; two posts and a full name of two words or
    more ending the longer one make two people."""
    short, long = (a, b) if len(a.name.split()) < len(b.name.split()) else (b, a)
    sw, lw = short.name.split(), long.name.split()
    return (len(sw) >= 2 and len(lw) > len(sw) and lw[-len(sw):] == sw and bool(short.title) and bool(long.title)
            and short.title != long.title)


_DEGREE_TAIL = re.compile(
    r",[ \u00a0]*(?:(?:[SM]|Dr|Ph|Sp|Ir|Drs)\.?[ \u00a0]?[A-Z][A-Za-z]{0,4}\.?|MA|MM|MH|MHi|MHI|SE|SH|ST|MT|MBA|MSi|MPd|MHum|MKes|PhD|Ak|CPA)"
    r"(?:[ \u00a0]*,?[ \u00a0]*(?:(?:[SM]|Dr|Ph|Sp|Ir|Drs)\.?[ \u00a0]?[A-Z][A-Za-z]{0,4}\.?|MA|MM|MH|MHi|MHI|SE|SH|ST|MT|MBA|MSi|MPd|MHum|MKes|PhD|Ak|CPA))*"
    r"[ \u00a0,.]*$")


_TRAILING_BRACKET = re.compile(r"[ \u00a0]*,?[ \u00a0]*\([^()]{1,30}\)$")


def _outside_brackets(tokens: list[Tok], i: int, k: int) -> list[int]:
    """Indices i..k-1 of the words not inside brackets ('Air (Kabid SDA) DPU' -> Air, DPU)."""
    out, depth = [], 0
    for h in range(i, k):
        t = tokens[h].text
        if t == "(":
            depth += 1
        elif t == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(h)
    return out


def _spaced(phrase: str) -> str:
    return re.sub(r"[\s\u00a0]+", " ", phrase).strip(" ,-")


def _field_post(entry: dict) -> bool:
    """A post over a field ('Ketua Bidang', 'Deputi Bidang'): the field's words after it belong to the
    title. (A unit's head, 'Kepala Bidang', is a sub-unit post: see _title_and_org.)"""
    return title_last_word(entry) == "Bidang" and not entry.get("subunit")


def title_last_word(entry: dict) -> str:
    title = entry.get("title") or ""
    return title.split()[-1] if title else ""


def _same_person(a: str, b: str) -> bool:
    ta, tb = a.lower().replace(".", "").split(), b.lower().replace(".", "").split()
    if ta == tb:
        return True
    if not ta or not tb:
        return False
    if len(ta) == len(tb) >= 2:
        differ = [(x, y) for x, y in zip(ta, tb) if x != y]
        if len(differ) == 1 and min(len(differ[0][0]), len(differ[0][1])) >= 5 and _one_edit(*differ[0]):
            return True                      # "Yubronur Efendi" is "Yuhronur Efendi": one letter mistyped
    for short, long in ((ta, tb), (tb, ta)) if len(ta) == len(tb) else (((ta, tb),) if len(ta) < len(tb) else ((tb, ta),)):
        if all(w in long or (len(w) == 1 and any(x.startswith(w) for x in long)) for w in short):
            return True                      # "E Zulpan" is "Endra Zulpan"
        if len(short) == 1 and len(short[0]) >= 4:
            w = short[0]
            # a nickname written as part of a name ("Ubed" for "Ubedilah", "Lindra" for "Halindra"),
            # or the same name spelt with one letter more or less ("Sirojuddin", "Sirojudin")
            if any(x.startswith(w) or (x.endswith(w) and len(w) >= 5) or (len(w) >= 6 and _one_edit(w, x)) for x in long):
                return True
    return False


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return a == b
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


# bodies whose places are all listed in models/regions.jsonl (provinces, regencies, cities)
_LISTED_PLACE_BODIES = frozenset(("Kabupaten", "Kota", "Provinsi", "Pemkab", "Pemkot", "Pemprov", "Pemerintah"))
_ELECTION_YEAR = re.compile(r"^(?:19|20)\d\d$")
_TITLE_NUMBER = re.compile(r"^(?:[1-9]|1[0-9]|I{1,3}|IV|VI{0,3}|IX|X)$")
NICKNAME_ADDRESS_WORDS = frozenset(load_lines("address_words.txt"))
_ADDRESS_WORDS = tuple(load_lines("address_words.txt")) + tuple(load_lines("polite_address_words.txt"))
_HONORIFIC = "(?:" + "|".join(_ADDRESS_WORDS) + ")"
# "... tutur Mas Ipin, sapaan akrabnya": the nickname of the person just named
_ALIAS_AFTER = re.compile(rf"(?:{_HONORIFIC}[ \u00a0]+)?(?P<alias>[A-Z][\w'’\-]+)[ \u00a0]*,?[ \u00a0]*\(?(?:sapaan|panggilan)[ \u00a0]+(?:akrab|karib)")

_FULL_NAME_AFTER_SAPAAN = re.compile(r"(?:nya)?[ \u00a0]+(?P<full>[A-Z][a-z'’\-]+(?:[ \u00a0]+[A-Z][a-z'’\-]+){1,3})")

_ALIAS_PAREN = re.compile(rf"\((?:{_HONORIFIC}[ \u00a0]+)?(?P<alias>[A-Z][\w'’\-]+)\)")
_ALIAS_CALLED = re.compile(rf"(?:(?:disapa|dipanggil|disebut)[ \u00a0]+|atau[ \u00a0]+(?={_HONORIFIC}[ \u00a0]))(?:{_HONORIFIC}[ \u00a0]+)?(?P<alias>[A-Z][\w'’\-]+)")
# "Haikal Hassan alias Babe Haikal", "Muhammad Ramdanu alias Danu": the name the article goes on to use
_ALIAS_NAMED = re.compile(r"(?<=[\w.])[ \u00a0]+alias[ \u00a0]+(?P<alias>[A-Z][\w'’\-]+(?:[ \u00a0][A-Z][a-z'’\-]+)?)(?![\w])")
_POST_BEFORE_ALIAS = re.compile(r"(?<![\w])(?P<post>[A-Za-z][a-z]+(?:[ \u00a0](?!yang\b)[a-z]+)?)[ \u00a0]+"
                                r"(?:yang[ \u00a0]+(?:(?:akrab|biasa|karib|kerap)[ \u00a0]+)?|(?:akrab|biasa|karib|kerap)[ \u00a0]+)$")
_NAME_BEFORE = re.compile(r"(?P<full>(?:[A-Z][\w'’.\-]*[ \u00a0]+){1,4}[A-Z][\w'’.\-]*)[ \u00a0]*,?[ \u00a0]*"
                          r"(?:atau[ \u00a0]+)?(?:yang[ \u00a0]+)?(?:(?:akrab|biasa|karib|kerap)[ \u00a0]+)?$")


@lru_cache(maxsize=8)
def find_aliases(text: str) -> dict[str, str]:
    """Nicknames the article introduces: 'Mochamad Nur Arifin atau akrab disapa Mas Ipin',
    'Aditya Halindra Faridzky (Lindra)', 'Yuhronur Efendi atau Pak Yes', 'Mas Ipin, sapaan akrabnya'."""
    lex = _lex()
    out: dict[str, str] = {}
    for pattern in (_ALIAS_PAREN, _ALIAS_CALLED, _ALIAS_NAMED):
        if pattern is _ALIAS_NAMED and "alias" not in text:
            continue                         # (the pattern starts with a look-behind: costly to try everywhere)
        for m in pattern.finditer(text):
            alias = m.group("alias")
            before = _NAME_BEFORE.search(text, max(0, m.start() - 90), m.start())
            if before is None or lex.is_acronym(alias):
                continue
            words = [w for w in re.split(r"[ \u00a0]+", before.group("full")) if w]
            while words and not lex.nameish(Tok(words[0], 0, 0)):
                words.pop(0)                 # titles and organisation words before the name
            if any(w in lex.org_heads or (w in lex.org_words and w not in lex.person_tokens) for w in words):
                continue                     # "Universitas Bangka Belitung (Ubabel)": a body's short name
            if len(words) >= 2 and alias not in out:
                out[alias] = " ".join(words)
    for nickname, names in lex.known_nicknames.items():       # "Presiden Jokowi" and "Joko Widodo" in one article
        if nickname not in out and nickname in text and re.search(rf"(?<!\w){re.escape(nickname)}(?!\w)", text):
            full = next((n for n in names if n in text), None)
            if full:
                out[nickname] = full.split(". ")[-1]
    if "sapaan" in text or "panggilan" in text:
        for m in _ALIAS_AFTER.finditer(text):
            alias = m.group("alias")
            if alias in out:
                continue
            after = _FULL_NAME_AFTER_SAPAAN.match(text, m.end())
            if after and all(lex.nameish(Tok(w, 0, 0)) and w not in lex.titles for w in after.group("full").split()):
                out[alias] = re.sub(r"[\s\u00a0]+", " ", after.group("full"))
                continue                     # "Yuyun, sapaan akrab Indah Wahyuni": the name comes after
            # the fullest person name written before the nickname: a run of two or more name words
            # ("Bupati Madiun Ahmad Dawami": the post and place before it are no part of it)
            names = []
            for n in re.finditer(r"(?:[A-Z][a-z'’\-]+[ \u00a0]+){1,5}[A-Z][a-z'’\-]+", text[:m.start()]):
                words = n.group(0).split()
                while words and not lex.nameish(Tok(words[0], 0, 0)):
                    words.pop(0)
                if len(words) >= 2 and all(lex.nameish(Tok(w, 0, 0)) for w in words):
                    names.append(" ".join(words))
            if names:
                out[alias] = names[-1]
    return out


def post_aliases(text: str, people: list[Person]) -> dict[str, str]:
    """Nicknames the article gives a post's holder: 'bupati yang akrab disapa Mas Ipin' -> the one
    official whose title is Bupati."""
    out: dict[str, str] = {}
    if "disapa" not in text and "dipanggil" not in text:
        return out
    for m in _ALIAS_CALLED.finditer(text):
        post = _POST_BEFORE_ALIAS.search(text, max(0, m.start() - 40), m.start())
        phrase = post.group("post") if post else ""
        # ("yang disinggung bupati yang disapa Kang Giri": the post is the phrase's last word)
        holder = next((h for h in (post_holder(p.capitalize(), people) for p in dict.fromkeys((phrase, phrase.split()[-1])))
                       if h), None) if post else None
        if holder:
            out.setdefault(m.group("alias"), holder)
    return out


def resolve_name(name: str, people: list[Person], text: str = "") -> str:
    """'Evi' -> 'Evi Haliyati Rachmat': the known person carrying that name, a nickname the article
    introduced ('Ipin'), else the fullest form of the name written anywhere in the article."""
    if text:
        alias = find_aliases(text).get(name) or post_aliases(text, people).get(name)
        if alias:
            name = alias
    if any(p.name == name for p in people):
        return name                          # "Sugiri Sancoko" beside "Susilowati Sugiri Sancoko"
    nicknamed = {p.name for p in people if name in p.nicknames}
    if len(nicknamed) == 1:
        return nicknamed.pop()               # "Wabup Gresik yang akrab disapa Bu Min" ... "ujar Min"
    matches = [p for p in people if _same_person(name, p.name)]
    if len(matches) > 1:
        # "Miftachul" with "Miftachul Akhyar" and "Miftachus Sunnah" in the article: the one that has the word as written
        written = {w.lower() for w in name.split()}
        exact = [p for p in matches if written <= {w.lower() for w in p.name.split()}]
        matches = exact if len({p.name for p in exact}) == 1 else matches
    if len({p.name for p in matches}) == 1:
        return matches[0].name if len(matches[0].name) >= len(name) else name
    if len(matches) > 1 or not text:
        return name
    if " " not in name:
        holder = title_alias_holder(name, people, text)
        if holder:
            return holder
        longer = name_starting_with(name, text)
        if longer:
            return longer
    return fullest_form(name, text)


_SAPAAN_TITLE = re.compile(rf"(?:{_HONORIFIC}[ \u00a0]+)?(?P<alias>[A-Z][\w'’\-]+)[ \u00a0]*,?[ \u00a0]*\(?(?:sapaan|panggilan)"
                           rf"(?:[ \u00a0]+(?:akrab|karib))?[ \u00a0]+(?P<role>[A-Z][\w\-]*(?:[ \u00a0]+[A-Z][\w\-]*){{0,5}})")


def title_alias_holder(alias: str, people: list[Person], text: str) -> Optional[str]:
    """'Mas Ipin, sapaan Bupati Trenggalek': the nickname of the official holding that post."""
    if "sapaan" not in text and "panggilan" not in text:
        return None
    for m in _SAPAAN_TITLE.finditer(text):
        if m.group("alias") != alias:
            continue
        holder = post_holder(re.sub(r"[\s\u00a0]+", " ", m.group("role")), people)
        if holder:
            return holder
    return None


def post_holder(post: str, people: list[Person]) -> Optional[str]:
    """'Bupati Trenggalek', 'Gubernur Jatim' -> the one official whose title starts the phrase and whose
    organisation the rest of it names; None when that is not one person."""
    low = post.lower()
    holders = set()
    for p in people:
        if p.former:
            continue
        for title, organization in [(p.title, p.organization), *p.other_posts]:
            if not title or not low.startswith(title.lower()):
                continue
            rest = post[len(title):].strip()
            if not rest or (organization and _org_named(organization, rest)):
                holders.add(p.name)
    return holders.pop() if len(holders) == 1 else None


def _org_named(organization: str, phrase: str) -> bool:
    """Do the capitalised words of `phrase` name `organization` ('Jatim' in 'Provinsi Jatim', and in
    'Provinsi Jawa Timur': a region's one-word alias stands for its name)?"""
    spelled = _lex().region_spelled

    def words(ws):
        return [x for w in ws for x in spelled.get(w.lower(), (w.lower(),))]

    org = set(words(organization.split()))
    named = words(w for w in phrase.split() if w[:1].isupper())
    return bool(named) and all(w in org for w in named)


def name_starting_with(short: str, text: str) -> Optional[str]:
    """'Ubed' -> 'Ubedilah Badrun': the one longer name in the article whose first word starts with
    the short form (a nickname cut from the given name)."""
    if len(short) < 4:
        return None
    lex = _lex()
    found = set()
    for m in re.finditer(rf"(?<![\w]){re.escape(short)}[a-z]+(?:[ \u00a0]+[A-Z][\w'’\-]+){{1,3}}", text):
        words = re.split(r"[ \u00a0]+", m.group(0))
        while len(words) > 1 and not lex.nameish(Tok(words[-1], 0, 0)):
            words.pop()
        if len(words) >= 2:
            found.add(" ".join(words))
    return found.pop() if len(found) == 1 else None


def _headline_person(text: str, person: Person, headlines) -> Optional[Person]:
    """A post's holder in a cited headline, where every word is capitalised: the longest start of the
    run that the article also writes outside its headlines ('KSAD Dudung Abdurachman Penuhi Panggilan',
    'Panglima Andika: Saya Akan Pelajari' beside 'Jenderal Andika Perkasa'); else no one."""
    words = person.name.split()
    for k in range(len(words), 0, -1):
        form = " ".join(words[:k])
        at = text.find(form)
        while at >= 0 and in_spans(at, headlines):
            at = text.find(form, at + 1)
        if at >= 0 and (k > 1 or len(words) == 1):
            if k < len(words):
                written = re.match(r"[\s\u00a0]*".join(map(re.escape, words[:k])), text[person.start:])
                if written is None:
                    return None
                person.name, person.end = form, person.start + written.end()
            return person
    return None


def _heading_word(toks: list[Tok], j: int) -> bool:
    """Is word j ordinary vocabulary followed by another capitalised word, as in a heading written in
    title case ('TB Hasanuddin Minta Pemerintah', 'Aji Santoso Rekrut Taisei')? Such a word ends a name."""
    lex = _lex()
    t = toks[j]
    # "Andika Perkasa Serukan Tak Boleh ...": a verb's suffix before an ordinary word ("Ahmad Rizkan Maulana" is a name)
    verb = len(t.text) >= 6 and t.text.endswith("kan") and j + 1 < len(toks) \
        and (toks[j + 1].text.lower() in lex.common_words or toks[j + 1].text in lex.not_names)
    return (j + 1 < len(toks) and toks[j + 1].cap and (t.text.lower() in lex.common_words or verb)
            and t.text not in lex.person_tokens and (toks[j + 1].start - t.end <= 1))


@lru_cache(maxsize=512)
def fullest_form(name: str, text: str) -> str:
    """The longest run of name-like words around any occurrence of `name` in the text."""
    lex = _lex()
    best = name
    at = text.find(name)
    headlines = headline_spans(text)
    while at >= 0:
        m_start, m_end = at, at + len(name)
        at = text.find(name, at + 1)
        if headlines and in_spans(m_start, headlines):
            continue                          # "'TB Hasanuddin Minta Pemerintah ...'": a cited headline
        if (m_start > 0 and (text[m_start - 1].isalnum() or text[m_start - 1] == "_")) or \
                (m_end < len(text) and (text[m_end].isalnum() or text[m_end] == "_")):
            continue                          # part of a longer word
        toks = tokenize(text[max(0, m_start - 60): m_end + 60])
        offset = max(0, m_start - 60)
        idx = [i for i, t in enumerate(toks) if offset + t.start >= m_start and offset + t.end <= m_end]
        if not idx:
            continue
        i, j = idx[0], idx[-1] + 1
        while i > 0 and toks[i - 1].cap and lex.nameish(toks[i - 1]) and toks[i].start - toks[i - 1].end <= 1 \
                and not glued(toks[i - 1], toks[i]) and not lex.title_ends_at(toks, i - 1) \
                and toks[i - 1].text not in lex.rank_words and j - i < 5 \
                and not (i >= 2 and toks[i - 2].text in lex.company_heads) \
                and not (toks[i - 1].text.lower() in lex.common_words and toks[i - 1].text not in lex.person_tokens) \
                and not (toks[i - 1].text in lex.region_words and i >= 2 and toks[i - 2].text in lex.region_words
                         and toks[i - 2].start - toks[i - 1].end <= 1 and toks[i - 2].text not in lex.person_tokens) \
                and ((toks[i - 1].text in lex.person_tokens)
                     or (toks[i - 1].initial and not (i >= 2 and toks[i - 2].text in lex.unit_words)
                         and not (toks[i - 1].text in _ROMAN_NUMERALS and i >= 2 and lex.is_acronym(toks[i - 2].text))
                         and not (toks[i - 1].text in ("I", "V") and toks[i].text not in lex.balinese_name_words))
                     or (i >= 2 and (toks[i - 2].text[:1].islower() or toks[i - 2].text in ",(")
                         and toks[i - 1].start - toks[i - 2].end <= 1)):
            # leftwards over known name parts, or mid-sentence words ("papar Tubagus Hasanuddin");
            # not over a heading's first word ("Karier Sutarman")
            i -= 1
        while j < len(toks) and toks[j].cap and lex.nameish(toks[j]) and toks[j].start - toks[j - 1].end <= 1 and j - i < 5 \
                and not glued(toks[j - 1], toks[j]) and not _heading_word(toks, j):
            j += 1
        form = re.sub(r"[\s\u00a0]+", " ", text[offset + toks[i].start: offset + paired_name_end(toks[i:j])])
        if (len(form.split()), len(form)) > (len(best.split()), len(best)):
            best = form                      # "Endra Zulpan" beats "E Zulpan"
    return best


@Language.factory("id_officials")
def make_officials(nlp: Language, name: str):
    finder = OfficialFinder()

    def component(doc: Doc) -> Doc:
        words = words_of(doc)
        facts, people = finder.find(words.text, words, doc._.dateline, doc._.reference_date)
        facts_of(doc).extend(facts)
        doc._.persons = people
        return doc

    return component
