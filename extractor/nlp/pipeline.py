"""The NLP stage: spacy.blank("id") with our tokenizer fixes and small named components, each doing
one thing, all reading their language data from models/.

    tokenizer -> id_sentences -> id_numbers -> id_dates -> id_money -> id_counts -> id_programs
              -> id_officials -> id_quotes -> id_statistics

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
from spacy.tokenizer import Tokenizer

from ..resources import load_json, load_lines
from . import counts, dates, money, officials, programs, quotes, statistics  # noqa: F401  (register factories)
from .base import facts_of
from .numbers import find_numbers
from .words import headline_spans, sentences_of, text_of, words_of

COMPONENTS = ("id_sentences", "id_numbers", "id_dates", "id_money", "id_counts", "id_programs", "id_officials", "id_quotes", "id_statistics")


@Language.factory("id_numbers")
def make_numbers(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        doc._.numbers = find_numbers(text_of(doc), words_of(doc))
        facts_of(doc)
        return doc

    return component


class IndonesianTokenizer(Tokenizer):
    """spaCy's rule tokenizer with our rules, which also keeps the text it was given on the Doc: the
    components read it from there (doc.text rebuilds it from every token, ~0.4 ms an article)."""

    def __call__(self, text: str) -> Doc:
        doc = super().__call__(text)
        doc.user_data["text"] = text
        return doc


# spaCy caches the tokens of each space-separated chunk it has split, up to 10,000 chunks by default: a
# news batch fills that within a few hundred articles, and every later unseen chunk then goes through
# the affix regexes again (about 0.76 ms an article instead of 0.50). 100,000 chunks hold the common
# vocabulary of the whole bundled corpus (77,000 distinct chunks over 2,434 articles) for about 20 MB.
TOKENIZER_CACHE_CHUNKS = 100_000


def make_tokenizer(nlp: Language) -> Tokenizer:
    """'Rp27,3' -> 'Rp' '27,3'; 'Rp.500' -> 'Rp.' '500'; 'Kab.', 'PT.' stay one token; '3.732' and
    '190,491' stay one number. Rules in models/tokenizer.json."""
    rules = load_json("tokenizer.json")
    special = {a: [{ORTH: a}] for a in load_lines("abbreviations.txt")}
    return IndonesianTokenizer(
        nlp.vocab, rules=special,
        prefix_search=re.compile(rules["prefix"]).search,
        suffix_search=re.compile(rules["suffix"]).search,
        infix_finditer=re.compile(rules["infix"]).finditer,
        token_match=re.compile(rules["token_match"]).match,
        max_cache_size=TOKENIZER_CACHE_CHUNKS,
    )


@Language.factory("id_sentences")
def make_sentences(nlp: Language, name: str):
    """Sentence spans (character offsets) for the components that work sentence by sentence."""
    def component(doc: Doc) -> Doc:
        sentences_of(doc)
        return doc

    return component


@lru_cache(maxsize=1)
def build_pipeline() -> Language:
    nlp = spacy.blank("id")
    nlp.tokenizer = make_tokenizer(nlp)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def forget_articles() -> None:
    """Drop what the pipeline remembers of articles it has seen (the tokenizer's chunk cache, the
    per-article caches of the officials' and headlines' lookups), so that a timing over texts it has
    already processed measures unseen articles: the benchmark calls this between passes."""
    build_pipeline().tokenizer._flush_cache()
    officials.fullest_form.cache_clear()
    headline_spans.cache_clear()


def analyse(text: str, reference: Optional[date], dateline: Optional[str] = None) -> Doc:
    """Run the pipeline on one article body; `reference` is the publication day for in-text dates,
    `dateline` the place of a dateline the page parser removed from the body ('LAMONGAN')."""
    nlp = build_pipeline()
    doc = nlp.make_doc(text)
    doc._.reference_date = reference
    doc._.dateline = dateline
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc
