"""Where the language data lives (`models/` at the repository top) and its version.

The NLP stage and the page parsers read gazetteers and patterns from data files, never from literals
in code. `models_version()` hashes every file so each record can say which data produced it.
"""
from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path


def models_dir() -> Path:
    env = os.environ.get("EXTRACTOR_MODELS")
    path = Path(env) if env else Path(__file__).resolve().parent.parent / "models"
    if not path.is_dir():
        raise FileNotFoundError(
            f"language data not found at {path}: install the package from its repository checkout "
            "(pip install -e .) or set EXTRACTOR_MODELS to the models/ folder"
        )
    return path


@lru_cache(maxsize=None)
def load_json(name: str):
    with open(models_dir() / name, encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=None)
def load_jsonl(name: str) -> tuple[dict, ...]:
    rows = []
    with open(models_dir() / name, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if line and not line.startswith("//"):
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{name}:{n}: {exc}") from exc
    return tuple(rows)


@lru_cache(maxsize=None)
def load_words(name: str) -> frozenset[str]:
    """A word set: every whitespace-separated word of every line of a word list (see load_lines)."""
    return frozenset(w for line in load_lines(name) for w in line.split())


@lru_cache(maxsize=None)
def load_lines(name: str) -> tuple[str, ...]:
    """A word list: one entry per line, '#' starts a comment."""
    out = []
    with open(models_dir() / name, encoding="utf-8") as fh:
        for line in fh:
            line = line.split("#", 1)[0].strip()
            if line:
                out.append(line)
    return tuple(out)


@lru_cache(maxsize=1)
def models_version() -> str:
    digest = hashlib.sha256()
    root = models_dir()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
