"""All 2,434 real archive rows: a record each, no reject, every line valid against the schema."""
import json

from conftest import need_shared

from extractor.cli import main
from extractor.records import Record


def test_whole_archive_corpus(tmp_path):
    a = need_shared("corpus", "tribunnews-2015", "articles.jsonl")
    b = need_shared("corpus", "surya-2022", "articles.jsonl")
    out = tmp_path / "records.jsonl"
    code = main(["extract", str(a), str(b), "-o", str(out), "-q"])
    rejects = (tmp_path / "records.rejects.jsonl").read_text(encoding="utf-8").splitlines()
    assert rejects == [] and code == 0
    n = 0
    with open(out, encoding="utf-8") as fh:
        for line in fh:
            Record.model_validate_json(line)
            n += 1
    assert n == 2434
