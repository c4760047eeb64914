"""Social-security and aid programmes and participant segments, from the registry in
models/programs.jsonl: one fact per programme per article (its first mention). Ambiguous acronyms
(PU is also Pekerjaan Umum, PMI also Palang Merah Indonesia) count only beside a context word
(models/program_context.txt) or when the programme's long form is in the article."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..resources import load_jsonl, load_lines, load_words
from .base import FactCandidate, facts_of
from .officials import _lex as _official_lex
from .words import WORD, Words, sentences_of, words_of, text_of


@lru_cache(maxsize=1)
def _registry():
    """Aliases as word tuples keyed by their first word (lower case), longest first, so matching is
    one dictionary lookup per word of the text."""
    entries = load_jsonl("programs.jsonl")
    by_first: dict[str, list] = {}
    for entry in entries:
        for alias, short in [(a, False) for a in entry["aliases"]] + [(a, True) for a in entry.get("short", [])]:
            words = tuple(WORD.findall(alias))
            by_first.setdefault(words[0].lower(), []).append((tuple(w.lower() for w in words), alias, entry, short))
    for forms in by_first.values():
        forms.sort(key=lambda f: len(f[0]), reverse=True)
    context = re.compile("|".join(re.escape(c) for c in load_lines("program_context.txt")), re.I)
    return by_first, context


@lru_cache(maxsize=1)
def _institution_heads() -> frozenset:
    """'Badan', 'Kementerian', 'Dinas', ...: a programme's words right after these name an institution
    ('Badan Perlindungan Pekerja Migran Indonesia'), not the programme."""
    return frozenset(w for w in _official_lex().org_heads if not w.isupper())   # "BPJS KIS" is a programme


@lru_cache(maxsize=1)
def _programme_heads() -> frozenset:
    """'Kartu', 'Bantuan', 'Program', ... in lower case (models/program_heads.txt)."""
    return frozenset(h.lower() for h in load_lines("program_heads.txt"))


@lru_cache(maxsize=1)
def _not_programme_tails() -> frozenset:
    return load_words("program_not_tails.txt")


@lru_cache(maxsize=1)
def _transfer_words() -> frozenset:
    return load_words("program_transfer_words.txt")


@lru_cache(maxsize=1)
def _connectors() -> frozenset:
    return frozenset(load_lines("program_connectors.txt"))


@lru_cache(maxsize=1)
def _aid_heads() -> frozenset:
    return frozenset(load_lines("program_aid_heads.txt"))


def spells_acronym(words: list[str], acronym: str, initials_only: bool = False) -> bool:
    """Do the words spell the acronym, in order, each giving its first letter or the first letters of
    a syllable run ('rumah tidak layak huni' -> 'Rutilahu'), an acronym word giving its letters ('PKL'),
    connectors ('dan', '&') giving a letter or none? A programme head may give none ('Program Pemulihan
    Ekonomi Nasional (PEN)'). With `initials_only`, each word gives one letter (or an acronym word its own)."""
    letters = acronym.replace("-", "").lower()
    connectors = _connectors()
    heads = _programme_heads()
    lows = [w.lower() for w in words]

    @lru_cache(maxsize=None)
    def fits(i: int, j: int) -> bool:
        if i == len(lows):
            return j == len(letters)
        w = lows[i]
        if w in connectors and fits(i + 1, j):
            return True
        if words[i].isupper() and len(w) > 1 and letters.startswith(w, j) and fits(i + 1, j + len(w)):
            return True
        longest = 1 if initials_only else 4
        for n in range(1, longest + 1):
            if j + n > len(letters) or w[:n] != letters[j:j + n]:
                break
            if fits(i + 1, j + n):
                return True
        return False

    return fits(0, 0) or (lows[0] in heads and len(lows) > 2 and fits(1, 0))


# an acronym in brackets, where an unregistered programme's spelled-out name may end
_BRACKETED_ACRONYM = re.compile(r"\((?P<acr>[A-Z][A-Za-z\-]{1,11})\)")
# an acronym with the name in brackets after it: "JKMM (Jaminan Kesehatan Masyarakat Miskin)"
_ACRONYM_THEN_NAME = re.compile(r"(?<![\w\-])(?P<acr>[A-Z][A-Z\-]{2,11})[ \u00a0]*\((?P<name>[^()]{8,90})\)")
_NAME_WORD = re.compile(r"[A-Za-z][\w\-]*|&")


def _unregistered(text: str, words: Words) -> list[tuple[int, int, str, str]]:
    """Programmes outside the registry, recognised by a programme word starting a name that spells
    the acronym beside it: (start, end, name as written first, acronym). A lower-case name
    ('bantuan tunai untuk PKL Warung dan Nelayan (BT-PKLWN)') needs an all-capitals acronym spelled
    by initials; a capitalised one takes capitalised words and connectors only."""
    heads, connectors, aid_heads = _programme_heads(), _connectors(), _aid_heads()
    found = []
    for m in _BRACKETED_ACRONYM.finditer(text):
        acr = m.group("acr")
        before = m.start()
        while before > 0 and text[before - 1] in " \u00a0":
            before -= 1                            # the name ends before the spaces
        run = []                                   # the name words right before the bracket, nearest last
        for tok in reversed(words.between(max(0, before - 140), before)):
            if not _NAME_WORD.fullmatch(tok.text) or (run and run[0].start - tok.end > 2) or len(run) == 9:
                break
            run.insert(0, tok)
        for k, head in enumerate(run):
            if head.text.lower() not in heads or len(run) - k < 2:
                continue
            name_words = [t.text for t in run[k:]]
            if head.cap:
                if not all(w[:1].isupper() or w in connectors for w in name_words):
                    continue
                if not spells_acronym(name_words, acr):
                    continue
            elif not (head.text in aid_heads and acr.replace("-", "").isupper()
                      and spells_acronym(name_words, acr, initials_only=True)):
                continue
            found.append((head.start, m.end(), text[head.start:run[-1].end], acr))
            break
    capitalised_heads = {h.capitalize() for h in heads}
    for m in _ACRONYM_THEN_NAME.finditer(text):
        name_words = _NAME_WORD.findall(m.group("name"))
        if name_words and name_words[0] in capitalised_heads \
                and all(w[:1].isupper() or w in connectors for w in name_words) and spells_acronym(name_words, m.group("acr")):
            found.append((m.start(), m.end(), m.group("acr"), m.group("acr")))
    return sorted(found)


def _inside_institution_name(toks, i: int, heads: frozenset) -> bool:
    j = i
    while j > 0 and i - j < 4 and toks[j - 1].cap and toks[j].start - toks[j - 1].end <= 1:
        j -= 1
        if toks[j].text in heads:
            return True
    return False


def _defined_otherwise(text: str, acronym: str, entry: dict) -> bool:
    """Does the article spell the acronym out as something other than the programme ('Kawasan Industri
    Sidoarjo (KIS)', 'KIS (Kawasan Industri Sidoarjo)')? The capitals of the spelled-out words give the acronym."""
    if f"({acronym})" not in text.replace(" ", "") and f"{acronym} (" not in text:
        return False
    known = {a.lower() for a in entry["aliases"]}
    heads = _programme_heads()
    words = r"((?:[A-Z][\w\-]*[ \u00a0]+(?:dan[ \u00a0]+)?){1,6})"
    for m in re.finditer(rf"{words}\([ \u00a0]*{re.escape(acronym)}[ \u00a0]*\)"
                         rf"|(?<![\w]){re.escape(acronym)}[ \u00a0]*\((?P<inside>[^()]{{3,60}})\)", text):
        spelled = (m.group(1) or m.group("inside") or "").strip()
        capitalised = [w for w in spelled.split() if w[:1].isupper()]
        own = capitalised[-len(acronym):] if m.group(1) else capitalised[:len(acronym)]
        if own and own[0].lower() in heads:
            continue                                    # "Bantuan Pangan(dara)n Non(ton) Tunai (BPNT)": still a programme
        capitals = "".join(w[0] for w in capitalised)
        if (capitals.endswith(acronym.upper()) if m.group(1) else capitals.startswith(acronym.upper())) \
                and not any(k in spelled.lower() for k in known):
            return True
    return False


@lru_cache(maxsize=1)
def _health_insurance_cues() -> tuple[frozenset, frozenset]:
    cues = {}
    for line in load_lines("health_insurance_cues.txt"):
        side, _, words = line.partition(":")
        cues[side.strip()] = frozenset(words.split())
    return cues["before"], cues["after"]


# words right before "BPJS" that make it the agency: "Kantor BPJS", "pihak BPJS", "Direktur BPJS"
_AGENCY_BEFORE = frozenset("kantor pihak oleh dari direktur dirut kepala deputi ketua petugas pegawai karyawan cabang".split())


def _health_insurance_use(words: Words) -> Optional[tuple[int, int]]:
    """'untuk bayar BPJS', 'kartu BPJS Kesehatan', 'BPJS Pak Ogah telah menunggak': a bare 'BPJS' or 'BPJS
    Kesehatan' that a person has, pays or uses is the health insurance (JKN): the span of its first such
    mention. 'BPJS Ketenagakerjaan' and the agency ('Kantor BPJS Kesehatan') are not."""
    before, after = _health_insurance_cues()
    toks, lower = words.toks, words.lower
    for i, w in enumerate(lower):
        if w != "bpjs" or toks[i].text != "BPJS":
            continue
        nxt = lower[i + 1] if i + 1 < len(lower) else ""
        if nxt in ("ketenagakerjaan", "tk", "naker", "jamsostek"):
            continue
        end_i = i + 1 if nxt == "kesehatan" else i
        if i > 0 and lower[i - 1] in _AGENCY_BEFORE:
            continue
        if any(x in before for x in lower[max(0, i - 3):i]) or any(x in after for x in lower[end_i + 1:end_i + 5]):
            return toks[i].start, toks[end_i].end
    return None


class ProgramFinder:
    @staticmethod
    def _common_phrase(text: str, toks, lower: list[str], i: int, k: int, alias: str) -> bool:
        """A programme whose registered name is capitalised and starts with no programme word ('Pemulihan
        Ekonomi Nasional', 'Kredit Usaha Rakyat'), written all in lower case with neither 'program' before
        it nor its acronym in brackets after it, is the plain phrase, not the programme."""
        if alias == alias.lower() or alias.isupper() or alias.split()[0].lower() in _programme_heads():
            return False
        written = text[toks[i].start:toks[i + k - 1].end]
        if written != written.lower():
            return False
        if i > 0 and lower[i - 1] == "program":
            return False
        return not re.match(r"[ \u00a0]*\(", text[toks[i + k - 1].end:toks[i + k - 1].end + 3])

    def find(self, text: str, words: Words, sentences: list[tuple[int, int]]) -> list[FactCandidate]:
        by_first, ctx = _registry()
        out: list[FactCandidate] = []
        seen: set[str] = set()
        toks, lower = words.toks, words.lower
        heads = _institution_heads()
        not_tails = _not_programme_tails()
        n = len(toks)
        spelled = _unregistered(text, words)
        # most articles name no registered programme: one set test instead of a lookup per word
        for i, first in enumerate(lower if not by_first.keys().isdisjoint(lower) else ()):
            forms = by_first.get(first)
            if not forms:
                continue
            if i > 0 and toks[i - 1].text == "-" and toks[i - 1].end == toks[i].start:
                continue
            for form, alias, entry, short in forms:
                k = len(form)
                if i + k > n or tuple(lower[i:i + k]) != form:
                    continue
                if alias.isupper() and toks[i].text != alias.split()[0]:
                    continue                            # acronyms are case-sensitive ("Pu" is no PU)
                if alias.isupper() and k == 1 and _defined_otherwise(text, alias, entry):
                    break                               # "Kawasan Industri Sidoarjo (KIS)": not the health card
                if i + k < n and toks[i + k].text == "-" and toks[i + k].start == toks[i + k - 1].end:
                    continue                            # part of a hyphenated word
                if _inside_institution_name(toks, i, heads):
                    break
                if self._common_phrase(text, toks, lower, i, k, alias):
                    break                               # "penanganan Covid-19 dan pemulihan ekonomi nasional": the aim
                key = entry["code"] or entry["name"]
                if key in seen:
                    break
                start, end = toks[i].start, toks[i + k - 1].end
                if short:
                    sentence = next(((a, b) for a, b in sentences if a <= start < b), (0, len(text)))
                    long_form_here = any(a.lower() in text.lower() for a in entry["aliases"] if len(a) > 4)
                    around = text[sentence[0]:start] + " " + text[end:sentence[1]]     # the alias itself is no context
                    if not ctx.search(around) and not long_form_here:
                        break
                paren = re.match(r"\s*\((?P<abbr>[A-Za-z]{2,8})\)", text[end:end + 12])
                if paren and paren.group("abbr").upper() in {a.upper() for a in entry["aliases"] + entry.get("short", [])}:
                    end += paren.end()                  # "Penerima Upah (PU)"
                seen.add(key)
                name = entry["name"] if entry["code"] else text[start:toks[i + k - 1].end]
                long_form = next((u for u in spelled if u[0] < start < u[1]), None)
                if long_form and not entry["code"]:
                    start, end, name = long_form[0], long_form[1], re.sub(r"\s+", " ", long_form[2])   # as written first
                out.append(FactCandidate("program", start, end, {"code": entry["code"], "name": name}))
                break
        if "JKN" not in seen and "bpjs" in lower:
            used = _health_insurance_use(words)
            if used:
                seen.add("JKN")
                out.append(FactCandidate("program", used[0], used[1], {"code": "JKN", "name": "Jaminan Kesehatan Nasional"}))
        # programmes outside the registry, recognised by a programme word and the acronym they spell
        for start, end, written, acr in spelled:
            parts = written.split()
            if any(f.overlaps(start, end) for f in out) or parts[-1] in not_tails \
                    or (len(parts) > 1 and parts[1].lower() in _transfer_words()):
                continue                                # "Program Management Office (PMO)": an office; "bantuan daerah bawahan": a transfer
            key = re.sub(r"\s+", " ", written)
            if key in seen or acr in seen:
                continue
            seen.update((key, acr))
            out.append(FactCandidate("program", start, end, {"code": None, "name": key}))
        out.sort(key=lambda f: f.start)
        return out


@Language.factory("id_programs")
def make_programs(nlp: Language, name: str):
    finder = ProgramFinder()

    def component(doc: Doc) -> Doc:
        facts_of(doc).extend(finder.find(text_of(doc), words_of(doc), sentences_of(doc)))
        return doc

    return component
