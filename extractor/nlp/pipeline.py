"""The NLP stage: spacy.blank("id") with our tokenizer fixes and small named components, each doing
one thing, all reading their language data from models/.

    id_numbers -> id_dates -> id_money -> id_counts -> id_programs -> id_officials -> id_quotes -> id_statistics

Later components see earlier facts (a count never takes a number that is already money or a date).
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Optional

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_prefix_regex

from ..resources import load_lines
from . import counts, dates, money, officials, programs, quotes, statistics  # noqa: F401  (register factories)
from .base import facts_of
from .numbers import find_numbers

COMPONENTS = ("id_numbers", "id_dates", "id_money", "id_counts", "id_programs", "id_officials", "id_quotes", "id_statistics")


@Language.factory("id_numbers")
def make_numbers(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        doc._.numbers = find_numbers(doc.text)
        facts_of(doc)
        return doc

    return component


def _fix_tokenizer(nlp: Language) -> None:
    """'Rp.500' -> 'Rp.' '500'; 'Kab.', 'PT.' and other abbreviations stay one token."""
    prefixes = [r"Rp\.(?=\d)", r"Rp(?=\d)", r"RP\.?(?=\d)"] + list(nlp.Defaults.prefixes)
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    for abbreviation in load_lines("abbreviations.txt"):
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])


@lru_cache(maxsize=1)
def build_pipeline() -> Language:
    nlp = spacy.blank("id")
    _fix_tokenizer(nlp)
    nlp.add_pipe("sentencizer")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def analyse(text: str, reference: Optional[date]) -> Doc:
    """Run the pipeline on one article body; `reference` is the publication day for in-text dates."""
    nlp = build_pipeline()
    doc = nlp.make_doc(text)
    doc._.reference_date = reference
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc
