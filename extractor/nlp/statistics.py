"""Linked statistics: each figure (a rupiah amount and/or a count of people) with what it measures,
its programme and segments, its period, region, organisation and speaker, pointing at its facts.

Within a sentence, an amount and the count it is paid to ('klaim sebesar Rp27,3 miliar kepada 3.732
peserta') form one statistic; a sentence opening with a continuation word ('Sedangkan untuk beasiswa
...') inherits the previous statistic's period, organisation and speaker. Metric keywords are in
models/metrics.json.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..resources import load_json
from .base import FactCandidate, facts_of
from .officials import _lex as _official_lex
from .words import sentences_of, text_of, words_of

SEGMENT_CODES = {"PU", "BPU", "JAKON", "PMI"}
REGION_KINDS = {"Kabupaten", "Kab.", "Kota", "Provinsi", "Prov.", "Kecamatan", "Kec.", "Desa", "Kelurahan", "Pulau"}


@lru_cache(maxsize=1)
def _metrics():
    """Metric keywords as word tuples keyed by their first word (lower case; acronyms as written)."""
    data = load_json("metrics.json")
    by_first: dict[str, list] = {}
    for row in data["metrics"]:
        for kw in row["keywords"]:
            words = tuple(w if kw.isupper() else w.lower() for w in kw.split())
            by_first.setdefault(words[0], []).append((tuple(w.lower() for w in words), row["metric"], row.get("program")))
    return by_first, tuple(data["continuation"])


def _expand(value: str, like: str, end: bool) -> str:
    """Bring a period bound to the other bound's granularity: '2025' beside '2025-02' -> '2025-01'."""
    if len(value) >= len(like):
        return value
    if len(value) == 4:
        value += "-12" if end else "-01"
    if len(value) == 7 and len(like) == 10:
        if end:
            import calendar as _cal
            y, m = int(value[:4]), int(value[5:7])
            value += f"-{_cal.monthrange(y, m)[1]:02d}"
        else:
            value += "-01"
    return value


class StatisticLinker:
    def __init__(self):
        self.metrics, self.continuation = _metrics()
        self.lex = _official_lex()

    def link(self, doc: Doc) -> list[dict]:
        text = text_of(doc)
        words = self.words = words_of(doc)
        facts = facts_of(doc)
        ids = {id(f): i for i, f in enumerate(facts)}
        stats: list[dict] = []
        previous: Optional[dict] = None
        for s_start, s_end in sentences_of(doc):
            inside = [f for f in facts if s_start <= f.start < s_end]
            money = [f for f in inside if f.type == "money"]
            counts = [f for f in inside if f.type == "count" and f.fields["people"]]
            if not money and not counts:
                continue
            sentence = text[s_start:s_end]
            continues = sentence.lstrip(' "“').startswith(self.continuation)
            dates = [f for f in inside if f.type == "date"]
            programs = [f for f in inside if f.type == "program"]
            speaker = self._speaker(facts, s_start, s_end)
            period = self._period(dates)
            organization = self._organization(text, s_start, s_end, facts)
            region = self._region(text, s_start, s_end)
            if continues and previous is not None:
                period = period or previous["period"]
                organization = organization or previous["organization"]
                speaker = speaker or previous["speaker"]
            anchors = money or counts
            used_counts: set[int] = set()
            cues = self._metric_cues(words, s_start, s_end)
            for anchor in anchors:
                metric, metric_program = self._metric(cues, anchor.start)
                count = None
                if anchor.type == "money":
                    count = next((c for c in counts if c.start > anchor.end and id(c) not in used_counts
                                  and re.search(r"\b(?:kepada|untuk|bagi|ke|terhadap|dari)\b", text[anchor.end:c.start])
                                  and c.start - anchor.end < 60), None)
                    if count is not None:
                        used_counts.add(id(count))
                else:
                    count = anchor
                    if id(anchor) in used_counts:
                        continue
                if metric is None:
                    continue
                codes = [p.fields["code"] for p in programs if p.fields["code"]]
                program = next((c for c in codes if c not in SEGMENT_CODES), None) or metric_program \
                    or next((p.fields["name"] for p in programs if not p.fields["code"]), None)
                linked = [anchor] + ([count] if count is not None and count is not anchor else []) + dates + programs
                stat = {
                    "metric": metric,
                    "amount_idr": anchor.fields["value"] if anchor.type == "money" else None,
                    "count": count.fields["value"] if count is not None else None,
                    "count_unit": count.fields["unit"] if count is not None else None,
                    "approximate": bool(anchor.fields.get("approximate") or (count is not None and count.fields.get("approximate"))),
                    "program": program,
                    "segments": [c for c in codes if c in SEGMENT_CODES],
                    "period": period,
                    "region": region,
                    "organization": organization,
                    "speaker": speaker,
                    "facts": [ids[id(f)] for f in linked],
                    "sentence_start": s_start,
                    "sentence_end": s_end,
                }
                stats.append(stat)
                previous = stat
        return stats

    def _metric_cues(self, words, s_start: int, s_end: int) -> list[tuple[int, str, Optional[str]]]:
        """(position, metric, programme) of every metric keyword in the sentence."""
        lo, hi = words.index_at(s_start), words.index_at(s_end)
        lower, spans, text = words.lower, words.toks.spans, words.text
        cues = []
        for n in range(lo, hi):
            low = lower[n]
            a, b = spans[n]
            written = text[a:b]
            forms = self.metrics.get(low, ())
            if written != low and written in self.metrics:
                forms = list(forms) + self.metrics[written]               # acronyms are keyed as written
            for form, metric, program in forms:
                if len(form) > 1 and tuple(lower[n:min(hi, n + len(form))]) != form:
                    continue
                cues.append((a, metric, program))
        return cues

    @staticmethod
    def _metric(cues: list[tuple[int, str, Optional[str]]], anchor: int) -> tuple[Optional[str], Optional[str]]:
        """The metric keyword nearest the figure (before it preferred)."""
        best = None
        for start, metric, program in cues:
            distance = abs(anchor - start) + (0 if start < anchor else 15)
            if best is None or distance < best[0]:
                best = (distance, metric, program)
        return (best[1], best[2]) if best else (None, None)

    @staticmethod
    def _period(dates: list[FactCandidate]) -> Optional[dict]:
        for d in dates:
            end = d.link.get("range_end")
            if end is not None and end in dates:
                a, b = d.fields["value"], end.fields["value"]
                return {"start": _expand(a, b, False), "end": _expand(b, a, True)}
        if dates:
            return {"start": dates[0].fields["value"], "end": dates[0].fields["value"]}
        return None

    @staticmethod
    def _speaker(facts: list[FactCandidate], s_start: int, s_end: int) -> Optional[str]:
        for f in facts:
            if f.type != "quote" or not f.fields.get("speaker"):
                continue
            q0, q1 = f.fields["quote_start"], f.fields["quote_end"]
            if (q0 <= s_start < q1) or (s_start <= q0 < s_end) or (s_start <= f.start < s_end):
                return f.fields["speaker"]
        return None

    def _organization(self, text: str, s_start: int, s_end: int, facts: list[FactCandidate]) -> Optional[str]:
        for f in facts:
            if f.type == "official" and s_start <= f.start < s_end and f.fields.get("organization"):
                return f.fields["organization"]
        lex = self.lex
        run: list = []
        for tok in self.words.between(s_start, s_end) + [None]:
            if tok is not None and (tok.cap or tok.text.isdigit()) and (not run or tok.start - run[-1].end <= 1):
                run.append(tok)
                continue
            words = [t.text for t in run]
            if len(words) >= 2 and any(w in lex.org_words and w not in lex.region_words for w in words) \
                    and words[0] not in lex.not_names and words[0] not in lex.title_first_words:
                return re.sub(r"[\s\u00a0]+", " ", text[run[0].start:run[-1].end])
            run = [tok] if tok is not None and tok.cap else []
        return None

    def _region(self, text: str, s_start: int, s_end: int) -> Optional[str]:
        lex = self.lex
        toks = self.words.between(s_start, s_end)
        for i, tok in enumerate(toks):
            if tok.text.lower() not in ("di", "se", "wilayah", "daerah", "seluruh"):
                continue
            first = i + 1
            if first < len(toks) and toks[first].text in REGION_KINDS:
                first += 1                           # "di Kabupaten Belitung": the kind belongs to the region
            for n in range(min(lex.region_max, len(toks) - first), 0, -1):
                phrase = tuple(t.text for t in toks[first:first + n])
                if phrase in lex.region_phrases:
                    return " ".join(t.text for t in toks[i + 1:first + n])
        return None


@Language.factory("id_statistics")
def make_statistics(nlp: Language, name: str):
    linker = StatisticLinker()

    def component(doc: Doc) -> Doc:
        doc._.statistics = linker.link(doc)
        return doc

    return component
