"""Build models/person_tokens.txt: capitalised tokens that name persons, learnt from NER-UI
(IndoLEM, CC BY 4.0; ../shared/ner/nerui) and NERGrit (IndoNLU; ../shared/ner/nergrit), beside the
common Indonesian given names we list in models/given_names.txt. A token is kept when the two
corpora tags it PERSON at least twice as often as anything else (NERGrit's only when it is no
ordinary word of models/common_words.txt or business_name_words.txt and not all capitals).
Re-run after changing the inputs:  python scripts/build_person_lexicon.py"""
from __future__ import annotations

import collections
import glob
import os
import sys
from pathlib import Path

from extractor.resources import load_lines, load_words

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("EXTRACTOR_SHARED", ROOT.parent / "shared"))


def main() -> int:
    files = sorted(glob.glob(str(SHARED / "ner" / "nerui" / "*.tsv"))) \
        + sorted(glob.glob(str(SHARED / "ner" / "nergrit" / "*.txt")))
    if not files:
        print(f"NER-UI and NERGrit not found under {SHARED}/ner", file=sys.stderr)
        return 1
    common, business = set(load_lines("common_words.txt")), load_words("business_name_words.txt")
    learnt: set[str] = set()
    for corpus in ("nerui", "nergrit"):
        person, other = collections.Counter(), collections.Counter()
        for path in (f for f in files if f"/{corpus}/" in f):
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    parts = line.rstrip("\n").split("\t")
                    if len(parts) < 2 or not parts[0][:1].isupper() or not parts[0].isalpha():
                        continue
                    (person if parts[1].endswith("PERSON") else other)[parts[0]] += 1
        kept = {t for t, n in person.items() if len(t) > 1 and n >= 2 * other[t]}
        if corpus == "nergrit":
            # NERGrit is the second source: its tokens that are also ordinary words ('Naik'), words
            # business names are made of ('Kencana') or all capitals ('HM', an honorific) are left out
            kept = {t for t in kept if t.lower() not in common and t not in business and not t.isupper()}
        learnt |= kept
    out = ROOT / "models" / "person_tokens.txt"
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# Person-name tokens learnt from NER-UI (IndoLEM, CC BY 4.0) and NERGrit (IndoNLU) by scripts/build_person_lexicon.py.\n")
        for token in sorted(learnt):
            fh.write(token + "\n")
    print(f"{len(learnt)} tokens -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
