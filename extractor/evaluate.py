"""`extractor evaluate`: precision, recall and F1 per fact type against the hand-made gold in
corpus/gold, and token F1 of body cleaning against annotated body boundaries.

The gold points at real texts in ../shared by corpus, row and sha256; the texts are never copied
here. Each text goes through exactly the path `extractor extract` takes for an archive row.

Matching (documented in corpus/gold/ANNOTATION.md): per article and type, facts are compared as
multisets of keys: money, count and date by value; programmes by code (when uncoded, by a name form
they share: name, bracketed acronym, without a leading 'program'), once per article; officials by
normalised name, once per person, with title and organisation scored on the matched persons; quotes
by speaker and overlapping quoted words. Optional gold facts are neither required nor counted as
false hits.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ("tribunnews-2015", "surya-2022")


def shared_dir(explicit: Optional[str] = None) -> Path:
    return Path(explicit or os.environ.get("EXTRACTOR_SHARED") or ROOT.parent / "shared")


def load_corpus_rows(shared: Path, wanted: set[str]) -> dict[str, dict]:
    """Rows of the shared corpora whose text sha256 is wanted, keyed by sha256."""
    found: dict[str, dict] = {}
    for name in CORPORA:
        path = shared / "corpus" / name / "articles.jsonl"
        if not path.exists():
            continue
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                row = json.loads(line)
                sha = hashlib.sha256(row["text"].encode("utf-8")).hexdigest()
                if sha in wanted:
                    row["_corpus"], row["_row"] = name, n
                    found[sha] = row
    return found


def load_gold(folder: Path, pattern: str = "*") -> list[dict]:
    items = []
    for path in sorted(folder.glob("*.jsonl")):
        if not path.match(pattern) and not path.match(pattern + ".jsonl"):
            continue
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    item = json.loads(line)
                    item["_file"] = f"{path.name}:{n}"
                    items.append(item)
    return items


# ---- normalisation and keys ------------------------------------------------------------------

def norm(text: Optional[str]) -> str:
    if not text:
        return ""
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text.lower().replace("\u00a0", " "))).strip()


def _tokens(text: Optional[str]) -> list[str]:
    return re.findall(r"\w+", (text or "").lower())


def fact_key(fact: dict) -> Optional[str]:
    kind = fact["type"]
    if kind in ("money", "count"):
        return str(fact.get("value"))
    if kind == "date":
        return str(fact.get("value"))
    if kind == "program":
        return fact.get("code") or "name:" + norm(re.sub(r"\([^)]*\)", " ", fact.get("name") or ""))
    if kind == "official":
        return norm(fact.get("name"))
    if kind == "quote":
        return norm(fact.get("speaker")) or "<none>"
    return None


def _programme_forms(fact: dict) -> set[str]:
    """The ways one uncoded programme is named: its name without brackets, the acronym in the brackets of
    its name or surface, either without a leading 'program' ('Program Pemulihan Ekonomi Nasional (PEN)' ~
    'Pemulihan Ekonomi Nasional' ~ 'PEN'; 'rumah tidak layak huni (Rutilahu)' ~ 'Rutilahu')."""
    name = fact.get("name") or ""
    brackets = re.findall(r"\(([^)]*)\)", name + " " + (fact.get("surface") or ""))
    forms = {norm(re.sub(r"\([^)]*\)", " ", name))} | {norm(b) for b in brackets}
    forms |= {f[len("program "):] for f in forms if f.startswith("program ")}
    return forms - {""}


def same_fact(gold: dict, pred: dict) -> bool:
    """The match rule behind the keys: equal keys, or (uncoded programmes) one of the names' forms shared."""
    if fact_key(gold) == fact_key(pred):
        return True
    if gold["type"] == "program" and not gold.get("code") and not pred.get("code"):
        return bool(_programme_forms(gold) & _programme_forms(pred))
    return False


def title_match(pred: Optional[str], gold: Optional[str]) -> bool:
    """Equal, or one a word-prefix of the other ('Kepala' ~ 'Kepala Dinas Kesehatan'); a bracketed
    abbreviation is ignored ('Kepala Bidang (Kabid) Humas' ~ 'Kepala Bidang Humas')."""
    strip = lambda s: norm(re.sub(r"\([^)]*\)", " ", s or ""))
    a, b = strip(pred).split(), strip(gold).split()
    if not a or not b:
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return long[: len(short)] == short


# a regional government named by its short form or by its region: "Pemkab OKI" ~ "Kabupaten OKI"
_GOVERNMENT_FORMS = ((re.compile(r"^(?:pemkab|pemerintah kabupaten)\b"), "kabupaten"),
                     (re.compile(r"^(?:pemkot|pemerintah kota)\b"), "kota"),
                     (re.compile(r"^(?:pemprov|pemerintah provinsi)\b"), "provinsi"))


def _government_form(text: str) -> str:
    for pattern, kind in _GOVERNMENT_FORMS:
        text = pattern.sub(kind, text)
    return text


def org_match(pred: Optional[str], gold: Optional[str]) -> bool:
    """Equal after normalising, or equal without parenthesised acronyms, or nearly the same words. A
    regional government and its region are one body ('Pemkab OKI' ~ 'Kabupaten OKI')."""
    strip = lambda s: _government_form(norm(re.sub(r"\([^)]*\)", " ", s or "")))
    if not pred or not gold:
        return False
    if norm(pred) == norm(gold) or strip(pred) == strip(gold):
        return True
    a, b = set(strip(pred).split()), set(strip(gold).split())
    if a and b and len(a & b) / len(a | b) >= 0.75:
        return True
    x, y = strip(pred).split(), strip(gold).split()
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    if len(short) == 1 and len(long) == 2 and long[0] in ("partai", "pt", "bank", "universitas"):
        return long[1] == short[0]                                # "Gerindra" ~ "Partai Gerindra"
    written_short = re.sub(r"\([^)]*\)", " ", pred if len(x) <= len(y) else gold).strip()
    if len(short) == 1 and len(written_short) >= 2 and written_short.isupper():
        return long[-1] == short[0]                               # "Komisi I DPR" ~ "DPR": a unit of a body named by its acronym
    return len(short) >= 2 and long[-len(short):] == short      # a unit of the body, or the body of a unit


def quote_overlap(pred: str, gold: str) -> float:
    a, b = set(_tokens(pred)), set(_tokens(gold))
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


# ---- scoring -------------------------------------------------------------------------------

@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list = field(default_factory=list)
    false_hits: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _match_multiset(gold: list[dict], optional: list[dict], pred: list[dict], score: Score, where: str,
                    same=None) -> list[tuple[dict, dict]]:
    """Greedy one-to-one matching by key (and `same`, when given); returns matched (gold, pred) pairs."""
    same = same or (lambda g, p: True)
    free = list(pred)
    pairs = []
    for g in gold:
        hit = next((p for p in free if same_fact(g, p) and same(g, p)), None)
        if hit is None:
            score.fn += 1
            score.misses.append((where, g.get("surface"), fact_key(g)))
        else:
            free.remove(hit)
            score.tp += 1
            pairs.append((g, hit))
    for o in optional:
        hit = next((p for p in free if same_fact(o, p) and same(o, p)), None)
        if hit is not None:
            free.remove(hit)
    for p in free:
        score.fp += 1
        score.false_hits.append((where, p.get("surface"), fact_key(p)))
    return pairs


def _dedupe(facts: list[dict]) -> list[dict]:
    seen, out = set(), []
    for f in facts:
        k = fact_key(f)
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out


def score_facts(items: list[dict], rows: dict[str, dict], extractor) -> dict[str, Score]:
    from .sources.archive import row_document

    scores: dict[str, Score] = defaultdict(Score)
    for item in items:
        row = rows.get(item["sha256"])
        where = f"{item['corpus']}:{item['row']}"
        if row is None:
            continue
        unit = row_document({k: v for k, v in row.items() if not k.startswith("_")}, where, row["text"].encode())
        record = extractor.process(unit)
        pred = [f.model_dump() for f in getattr(record, "facts", [])]
        for kind in ("money", "count", "date", "program", "official", "quote"):
            g_all = [f for f in item["facts"] if f["type"] == kind]
            p_all = [f for f in pred if f["type"] == kind]
            gold = [f for f in g_all if not f.get("optional")]
            optional = [f for f in g_all if f.get("optional")]
            if kind in ("program", "official"):
                gold, p_all = _dedupe(gold), _dedupe(p_all)
                optional = [o for o in _dedupe(optional) if fact_key(o) not in {fact_key(g) for g in gold}]
            same = (lambda g, p: quote_overlap(p.get("quote", ""), g.get("quote", "")) >= 0.5) if kind == "quote" else None
            pairs = _match_multiset(gold, optional, p_all, scores[kind], where, same)
            if kind == "count":
                for g, p in pairs:
                    sc = scores["count.unit"]
                    if norm(g.get("unit")) == norm(p.get("unit")) or norm(g.get("unit")).split()[:1] == norm(p.get("unit")).split()[-1:]:
                        sc.tp += 1
                    else:
                        sc.fp += 1
                        sc.fn += 1
                        sc.misses.append((where, g.get("surface"), f"unit {g.get('unit')!r} vs {p.get('unit')!r}"))
            if kind == "official":
                named = {fact_key(g): g for g in gold}
                for attr, match in (("title", title_match), ("organization", org_match)):
                    sc = scores[f"official.{attr}"]
                    for p in p_all:
                        g = named.get(fact_key(p))
                        if g is None:
                            if p.get(attr) and fact_key(p) not in {fact_key(o) for o in optional}:
                                sc.fp += 1
                                sc.false_hits.append((where, p.get("name"), f"{attr} {p.get(attr)!r} (no such official)"))
                            continue
                        if g.get(attr) and p.get(attr) and match(p[attr], g[attr]):
                            sc.tp += 1
                        else:
                            if p.get(attr):
                                sc.fp += 1
                                sc.false_hits.append((where, p.get("name"), f"{attr} {p.get(attr)!r}, gold {g.get(attr)!r}"))
                            if g.get(attr):
                                sc.fn += 1
                                sc.misses.append((where, g.get("name"), f"{attr} {g.get(attr)!r}, got {p.get(attr)!r}"))
                    matched = {fact_key(p) for p in p_all}
                    for g in gold:
                        if fact_key(g) not in matched and g.get(attr):
                            sc.fn += 1
    return scores


def score_bodies(items: list[dict], rows: dict[str, dict]) -> dict:
    """Token precision/recall/F1 of the cleaned body against the annotated boundaries, overall and
    per gold file and split (`groups`, keyed 'bodies-hard/test'), so the hard set's held-out split
    is reported on its own."""
    from .sites.article import ParseError
    from .sites.registry import parse_document
    from .sources.archive import row_document

    totals: dict[str, list] = defaultdict(lambda: [0, 0, 0, 0, 0])   # tp fp fn dateline_ok texts
    worst = []
    for item in items:
        row = rows.get(item["sha256"])
        if row is None:
            continue
        text = row["text"]
        start = text.find(item["body_start"])
        end = text.rfind(item["body_end"])
        if start < 0 or end < 0:
            continue
        gold_body = text[start:end + len(item["body_end"])]
        for piece in item.get("remove", []):
            gold_body = gold_body.replace(piece, " ")
        try:
            article = parse_document(row_document({k: v for k, v in row.items() if not k.startswith("_")}, "gold", text.encode()))
            body = article.text
            dateline = article.dateline
        except ParseError:
            body, dateline = "", None
        g, p = Counter(_tokens(gold_body)), Counter(_tokens(body))
        overlap = sum((g & p).values())
        f1 = 2 * overlap / (sum(g.values()) + sum(p.values())) if (g or p) else 1.0
        where = f"{item['corpus']}:{item['row']}"
        worst.append((f1, where, item.get("split")))
        group = f"{item.get('_file', 'gold').split('.jsonl')[0]}/{item.get('split') or '-'}"
        for key in ("all", group):
            t = totals[key]
            t[0] += overlap
            t[1] += sum(p.values()) - overlap
            t[2] += sum(g.values()) - overlap
            t[3] += norm(dateline) == norm(item.get("dateline"))
            t[4] += 1

    def summary(t: list) -> dict:
        tp, fp, fn, ok, n = t
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"texts": n, "precision": precision, "recall": recall, "f1": f1,
                "dateline_accuracy": ok / n if n else 1.0}

    out = summary(totals["all"])
    out["groups"] = {k: summary(v) for k, v in sorted(totals.items()) if k != "all"}
    out["worst"] = sorted(worst)[:8]
    return out


ORDER = ("money", "count", "count.unit", "date", "program", "official", "official.title", "official.organization", "quote")


def render(scores: dict[str, Score], details: bool) -> str:
    lines = [f"{'type':24} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for kind in ORDER:
        s = scores.get(kind)
        if s is None:
            continue
        lines.append(f"{kind:24} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}")
    if details:
        for kind in ORDER:
            s = scores.get(kind)
            if s is None or not (s.misses or s.false_hits):
                continue
            lines.append(f"\n## {kind}: misses")
            lines += [f"  {w}  {surf!r}  [{key}]" for w, surf, key in s.misses]
            lines.append(f"## {kind}: false hits")
            lines += [f"  {w}  {surf!r}  [{key}]" for w, surf, key in s.false_hits]
    return "\n".join(lines)


def main(args) -> int:
    from .extraction import Extractor

    gold_root = Path(args.gold) if args.gold else ROOT / "corpus" / "gold"
    shared = shared_dir(args.shared)
    if not (shared / "corpus").is_dir():
        print(f"extractor evaluate: the gold texts live in {shared}/corpus, which is not here "
              "(set --shared or EXTRACTOR_SHARED)", file=sys.stderr)
        return 2
    pattern = getattr(args, "files", "*") or "*"
    fact_items = [i for i in load_gold(gold_root / "facts", pattern) if args.split == "all" or i.get("split") == args.split]
    body_items = [i for i in load_gold(gold_root / "bodies", pattern) if args.split == "all" or i.get("split") == args.split]
    rows = load_corpus_rows(shared, {i["sha256"] for i in fact_items + body_items})
    missing = [i["_file"] for i in fact_items + body_items if i["sha256"] not in rows]
    if missing:
        print(f"warning: {len(missing)} gold items point at texts not found (changed corpus?): {missing[:5]}", file=sys.stderr)
    scores = score_facts(fact_items, rows, Extractor())
    bodies = score_bodies(body_items, rows)
    print(f"Facts: {len(fact_items)} gold articles (split: {args.split})")
    print(render(scores, args.details))
    print(f"\nBody cleaning: {bodies['texts']} texts: token P {bodies['precision']:.4f} R {bodies['recall']:.4f} "
          f"F1 {bodies['f1']:.4f}; dateline accuracy {bodies['dateline_accuracy']:.3f}")
    for group, g in bodies["groups"].items():
        print(f"  {group:22} {g['texts']:3d} texts: P {g['precision']:.4f} R {g['recall']:.4f} F1 {g['f1']:.4f}; "
              f"dateline {g['dateline_accuracy']:.3f}")
    if args.details:
        print("  lowest F1: " + ", ".join(f"{w} ({s}) {f:.3f}" for f, w, s in bodies["worst"]))
    if args.json:
        out = {k: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "tp": s.tp, "fp": s.fp, "fn": s.fn}
               for k, s in scores.items()}
        out["bodies"] = {k: v for k, v in bodies.items() if k != "worst"}
        Path(args.json).write_text(json.dumps(out, indent=2))
    return 0
