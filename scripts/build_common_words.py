"""Build models/common_words.txt: Indonesian words that are ordinary vocabulary (seen in lower case
at least 3 times) in NER-UI (IndoLEM, CC BY 4.0) and the tribunnews-2015 texts of the Indonesian
News Corpus (CC BY 4.0), both read from ../shared. A capitalised word that is common vocabulary
('Manusia', 'Damai', 'Top') is a weak sign of a person's name. Re-run: python scripts/build_common_words.py"""
from __future__ import annotations

import collections
import glob
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("EXTRACTOR_SHARED", ROOT.parent / "shared"))


def main() -> int:
    counts: collections.Counter = collections.Counter()
    files = sorted(glob.glob(str(SHARED / "ner" / "nerui" / "*.tsv")))
    corpus = SHARED / "corpus" / "tribunnews-2015" / "articles.jsonl"
    if not files or not corpus.exists():
        print(f"inputs not found under {SHARED}", file=sys.stderr)
        return 1
    for path in files:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                tok = line.split("\t", 1)[0]
                if tok.isalpha() and tok.islower():
                    counts[tok] += 1
    with open(corpus, encoding="utf-8") as fh:
        for line in fh:
            for tok in re.findall(r"(?<=[a-z,] )[a-z]+(?=[ ,.])", json.loads(line)["text"]):
                counts[tok] += 1
    words = sorted(w for w, n in counts.items() if n >= 3 and len(w) >= 3)
    out = ROOT / "models" / "common_words.txt"
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# Ordinary Indonesian vocabulary, learnt by scripts/build_common_words.py from NER-UI and tribunnews-2015 (CC BY 4.0).\n")
        fh.write("\n".join(words) + "\n")
    print(f"{len(words)} words -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
