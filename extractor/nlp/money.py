"""Rupiah amounts: 'Rp27,3 miliar', 'Rp.500', 'Rp 4.629. 474. 400', '1,5 T' after Rp, '500 juta
rupiah', and scaled amounts where the sentence makes them money ('anggaran sebesar 2 miliar').
Whole rupiah ints; approximate for hedges ('sekitar', 'lebih dari') and vague plurals; a range gives
two facts. Cue words are in models/money_cues.json."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..resources import load_json
from .words import text_of
from .base import FactCandidate, facts_of, taken
from .counts import counted_noun_at, listed_noun_at
from .numbers import NumberMention, find_numbers, hedge_before, money_scale, parse_digits


# what joins the two ends of a range ("Rp 1-2 juta", "100 hingga 150 juta"); "atau"/"ke" join two amounts
# too, but do not pass the second's scale back to the first
_RANGE_WORDS = r"-|–|—|s/d|s\.d\.?|hingga|sampai(?: dengan)?"


@lru_cache(maxsize=1)
def _data() -> dict:
    data = load_json("money_cues.json")
    cue_alt = "|".join(sorted((re.escape(c) for c in data["cues"]), key=len, reverse=True))
    return {
        "prefix": re.compile(data["rupiah_prefix"] + r"$"),
        "price_cue": re.compile(r"(?:^|[^\w])(?:" + "|".join(map(re.escape, data["price_cues"])) + r")(?:nya)?(?![\w])[^.;!?,]{0,20}$", re.I),
        "cue": re.compile(rf"(?:^|[^\w])(?:{cue_alt})(?![\w])[^.;!?]{{0,40}}$", re.I),
        "after_currency": re.compile(r"^\s*(?:" + "|".join(data["currency_after"]) + r")\b"),
        "foreign": re.compile(r"^\s*(?:" + "|".join(re.escape(f) for f in data["foreign"]) + r")\b", re.I),
        "foreign_before": re.compile(r"(?:US\$|USD|\$|€|SGD|RM)\s*$"),
        "money_scale_after": re.compile(r"^\s?(?P<s>M|T|K|Jt|Rb)(?![\w])"),
        "scaled_range": re.compile(rf"\s*(?:{_RANGE_WORDS})\s*(?:Rp\.?\s*)?", re.I),
        "range": re.compile(rf"^\s*(?:{_RANGE_WORDS}|atau|ke)\s*(?:Rp\.?\s*)?$", re.I),
    }


_PERCENT_AFTER = re.compile(r"[ \u00a0]?(?:%|persen\b)")


def _rupiah_prefix_start(text: str, start: int):
    m = _data()["prefix"].search(text[max(0, start - 6):start])
    return start - (len(text[max(0, start - 6):start]) - m.start()) if m else None


class MoneyFinder:
    def find(self, text: str, numbers: list[NumberMention], doc=None) -> list[FactCandidate]:
        data = _data()
        out: list[FactCandidate] = []
        previous_money = None
        for i, num in enumerate(numbers):
            if doc is not None and taken(doc, num.start, num.end, ("date",)):
                continue
            raw = text[num.start:num.end]
            if num.kind == "digits" and (len(raw) >= 9 and raw.isdigit() and raw[0] == "0" or _PERCENT_AFTER.match(text, num.end)):
                previous_money = None
                continue                       # a phone number ("- 08123461696517"), a share ("atau 11,89 persen")
            value, end = num.value, num.end
            after = text[end:end + 12]
            m = data["money_scale_after"].match(after)
            if m and num.kind == "digits" and not num.scale_word:
                base = parse_digits(raw, before_scale=True)
                if base is not None and _rupiah_prefix_start(text, num.start) is not None:
                    value = base * money_scale(m["s"])
                    end = end + m.end()
            start = _rupiah_prefix_start(text, num.start)
            is_money = start is not None
            surface_start = start if start is not None else num.start
            currency_after = data["after_currency"].match(text[end:end + 10])
            if currency_after:
                end += currency_after.end()
                is_money = True
            if not is_money and data["foreign"].match(text[end:end + 20]) or data["foreign_before"].search(text[max(0, num.start - 5):num.start]):
                previous_money = None
                continue
            if not is_money and previous_money is not None and data["range"].match(text[previous_money.end:num.start]) \
                    and (num.kind == "digits" or num.scale_word):
                is_money = True            # "Rp 100 ribu hingga 200 ribu" ("Rp 80 juta ke seorang berinisial H": a person)
            if not is_money and (num.scale_word in ("juta", "miliar", "milyar", "triliun", "trilyun") or num.kind == "vague" and num.scale_word in ("juta", "miliar", "milyaran", "miliaran", "triliunan")):
                if data["cue"].search(text[max(0, num.start - 60):num.start]) and not _counted_noun_follows(text, end):
                    is_money = True
            if not is_money and num.scale_word == "ribu" and num.kind == "digits" \
                    and data["price_cue"].search(text[max(0, num.start - 40):num.start]) and counted_noun_at(text, end) is None:
                is_money = True            # "seharga 350 ribu per butir"
            if not is_money:
                previous_money = None
                continue
            # "Rp 1-2 juta", "Rp 100 hingga 150 juta": the first number takes the second's scale
            if i + 1 < len(numbers) and end == num.end:
                scaled = _scaled_by_next(text, num, numbers[i + 1])
                if scaled is not None:
                    value = scaled
            # "antara 100 hingga 150 juta rupiah": the bare first number of a range is money too
            if num.scale_word and previous_money is None and i > 0 and start is None:
                first = numbers[i - 1]
                scaled = _scaled_by_next(text, first, num)
                if scaled is not None and not (doc is not None and taken(doc, first.start, first.end, ("date",))):
                    previous_money = _money_fact(first.start, first.end, scaled, hedge_before(text, first.start) is not None)
                    out.append(previous_money)
            fact = _money_fact(surface_start, end, value, num.approximate or hedge_before(text, surface_start) is not None)
            if previous_money is not None and data["range"].match(text[previous_money.end:surface_start] or "x"):
                previous_money.link["range_end"], fact.link["range_start"] = fact, previous_money
            out.append(fact)
            previous_money = fact
        return out


def _money_fact(start: int, end: int, value, approximate: bool) -> FactCandidate:
    return FactCandidate("money", start, end, {
        "value": int(Decimal(value).to_integral_value()), "currency": "IDR", "approximate": approximate})


def _scaled_by_next(text: str, first: NumberMention, second: NumberMention):
    """The first number of a range written once with the scale ('1-2 juta', '100 hingga 150 juta') in
    whole rupiah, or None. Ranges rise: in '500 hingga 1 juta' the 500 is not 500 juta."""
    if first.scale_word or first.kind != "digits" or not second.scale_word \
            or not _data()["scaled_range"].fullmatch(text[first.end:second.start]):
        return None
    base = parse_digits(text[first.start:first.end], before_scale=True)
    if base is None or base >= second.value / money_scale(second.scale_word):
        return None
    return base * money_scale(second.scale_word)


def _counted_noun_follows(text: str, end: int) -> bool:
    """'anggaran ... 187,6 juta sasaran' is a count, not money: after a money cue only a counted noun of
    the list (models/counted_nouns.jsonl) makes the amount a count; 'biaya ratusan juta awalnya', 'uang
    ratusan juta sulit didapat' are money."""
    noun = counted_noun_at(text, end)
    return noun is not None and listed_noun_at(noun[2])


@Language.factory("id_money")
def make_money(nlp: Language, name: str):
    finder = MoneyFinder()

    def component(doc: Doc) -> Doc:
        facts_of(doc).extend(finder.find(text_of(doc), doc._.numbers or [], doc))
        return doc

    return component
