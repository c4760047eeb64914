"""Print the README's accuracy table: F1 per fact type on the dev split, the test split, the newest
batch alone (NEWEST, with --newest-blind when its errors have not been read yet), and P/R/F1 on all
gold.  .venv/bin/python scripts/eval_table.py [--newest-blind]"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWEST = "batch38*"
ORDER = ["money", "count", "count.unit", "date", "program", "official", "official.title", "official.organization", "quote"]


def scores(*args: str) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".json") as fh:
        subprocess.run([sys.executable, "-m", "extractor.cli", "evaluate", "--json", fh.name, *args],
                       check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
        return json.loads(Path(fh.name).read_text())


def main() -> int:
    dev, test, blind, full = scores("--split", "dev"), scores("--split", "test"), scores("--files", NEWEST), scores()
    state = "blind" if "--newest-blind" in sys.argv[1:] else "read"
    print(f"| fact type | dev F1 | test F1 | {NEWEST.rstrip('*')} F1 ({state}) | all P | all R | all F1 | gold facts |")
    print("|---|---|---|---|---|---|---|---|")
    for k in ORDER:
        a = full[k]
        b = blind.get(k, {})
        blind_f1 = f"{b['f1']:.3f}" if b and b["tp"] + b["fn"] else "—"
        print(f"| {k} | {dev[k]['f1']:.3f} | {test[k]['f1']:.3f} | {blind_f1} | {a['precision']:.3f} | "
              f"{a['recall']:.3f} | {a['f1']:.3f} | {a['tp'] + a['fn']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
