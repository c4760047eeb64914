"""Social-security and aid programmes and participant segments, from the registry in
models/programs.jsonl: one fact per programme per article (its first mention). Ambiguous acronyms
(PU is also Pekerjaan Umum, PMI also Palang Merah Indonesia) count only beside a context word
(models/program_context.txt) or when the programme's long form is in the article."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..resources import load_jsonl, load_lines
from .base import FactCandidate, facts_of


@lru_cache(maxsize=1)
def _registry():
    entries = load_jsonl("programs.jsonl")
    context = load_lines("program_context.txt")
    forms = []
    for entry in entries:
        for alias in entry["aliases"]:
            forms.append((alias, entry, False))
        for alias in entry.get("short", []):
            forms.append((alias, entry, True))
    forms.sort(key=lambda f: len(f[0]), reverse=True)

    def pattern(alias: str) -> str:
        # acronyms match case-sensitively; word forms ignore case
        body = re.escape(alias).replace(r"\ ", r"[\s\u00a0]+")
        return body if alias.isupper() else f"(?i:{body})"

    alt = "|".join(f"(?P<f{i}>{pattern(a)})" for i, (a, _, _) in enumerate(forms))
    regex = re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])")
    ctx = re.compile("|".join(re.escape(c) for c in context), re.I)
    return forms, regex, ctx


class ProgramFinder:
    def find(self, text: str) -> list[FactCandidate]:
        forms, regex, ctx = _registry()
        out: list[FactCandidate] = []
        seen: set[str] = set()
        for m in regex.finditer(text):
            index = int(m.lastgroup[1:])
            alias, entry, short = forms[index]
            key = entry["code"] or entry["name"]
            if key in seen:
                continue
            if short:
                sentence = text[max(0, text.rfind(".", 0, m.start()) + 1): (text.find(".", m.end()) + 1) or len(text)]
                long_form_here = any(a.lower() in text.lower() for a in entry["aliases"] if len(a) > 4)
                if not ctx.search(sentence) and not long_form_here:
                    continue
            end = m.end()
            paren = re.match(r"\s*\((?P<abbr>[A-Za-z]{2,8})\)", text[end:end + 12])
            if paren and paren.group("abbr").upper() in {a.upper() for a in entry["aliases"] + entry.get("short", [])}:
                end += paren.end()                 # "Penerima Upah (PU)"
            seen.add(key)
            out.append(FactCandidate("program", m.start(), end, {"code": entry["code"], "name": entry["name"] if entry["code"] else text[m.start():m.end()]}))
        return out


@Language.factory("id_programs")
def make_programs(nlp: Language, name: str):
    finder = ProgramFinder()

    def component(doc: Doc) -> Doc:
        facts_of(doc).extend(finder.find(doc.text))
        return doc

    return component
