"""Draw a blind gold batch: unannotated texts of ../shared/corpus, at random with a fixed seed, among
those of 150-1,100 words that carry an 'Rp' amount or at least two title words (models/titles.jsonl).
Prints one line per text (corpus, row, sha256, published, words); the gold annotators get only these.

    python scripts/draw_batch.py --seed 20261203 --n 24
"""
from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import random
import re
import sys
from pathlib import Path

from extractor.resources import load_jsonl

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("EXTRACTOR_SHARED", ROOT.parent / "shared"))


def annotated() -> set[str]:
    shas = set()
    for path in glob.glob(str(ROOT / "corpus" / "gold" / "**" / "*.jsonl"), recursive=True):
        with open(path, encoding="utf-8") as fh:
            shas.update(json.loads(line)["sha256"] for line in fh if line.strip())
    return shas


def title_pattern() -> re.Pattern:
    titles = {row["title"] for row in load_jsonl("titles.jsonl")}
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, titles), key=len, reverse=True)) + r")\b")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=24)
    args = ap.parse_args()
    done, titles = annotated(), title_pattern()
    pool = []
    for path in sorted(glob.glob(str(SHARED / "corpus" / "*" / "articles.jsonl"))):
        corpus = Path(path).parent.name
        with open(path, encoding="utf-8") as fh:
            for row, line in enumerate(fh):
                doc = json.loads(line)
                text = doc.get("text") or ""
                sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
                words = len(text.split())
                if sha in done or not 150 <= words <= 1100:
                    continue
                if "Rp" in text or len(titles.findall(text)) >= 2:
                    pool.append((corpus, row, sha, doc.get("published"), words))
    if not pool:
        print(f"no unannotated texts under {SHARED}/corpus", file=sys.stderr)
        return 1
    for item in sorted(random.Random(args.seed).sample(pool, min(args.n, len(pool)))):
        print(json.dumps(dict(zip(("corpus", "row", "sha256", "published", "words"), item)), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
