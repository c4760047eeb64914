"""`extractor extract` and `extractor schema` end to end, in-process."""
import json

from extractor.cli import main
from extractor.records import Record

PAGE = """<html><head><link rel="canonical" href="https://babel.tribunnews.com/2024/06/11/contoh-berita">
</head><body><h1 id="arttitle">Dinsos Salurkan Bantuan untuk Lansia</h1>
<div id="penulis">Penulis: Andi Saputra | Editor: Rina Marlina</div>
<time>Selasa, 11 Juni 2024 14:05</time>
<div id="article_con"><div class="side-article txt-article">
<p>PANGKALPINANG, BABEL NEWS - Dinas Sosial Kota Pangkalpinang menyalurkan bantuan senilai Rp 125 juta kepada 250 lansia, Senin (10/6).</p>
<p>"Bantuan ini kami salurkan setiap tiga bulan," kata Kepala Dinas Sosial Kota Pangkalpinang Budi Hartono.</p>
</div></div></body></html>"""


def test_extract_writes_valid_records_and_exit_code_reflects_rejects(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "in" / "rows.jsonl").write_text(
        json.dumps({"text": "Warga menerima 3 unit motor dari pemerintah desa pada 2023.", "published": "2023-07-01"}) + "\n"
        + "{broken\n", encoding="utf-8")
    out = tmp_path / "out" / "records.jsonl"
    code = main(["extract", str(tmp_path / "in"), "-o", str(out), "--parquet", str(tmp_path / "out" / "f.parquet"), "-q"])
    assert code == 1                                   # one line was rejected
    lines = out.read_text(encoding="utf-8").splitlines()
    records = [Record.model_validate_json(line) for line in lines]
    assert len(records) == 2
    page = next(r for r in records if r.url)
    assert page.title == "Dinsos Salurkan Bantuan untuk Lansia"
    assert page.published_at == "2024-06-11T14:05:00+07:00" and page.editor == "Rina Marlina"
    assert page.dateline == "PANGKALPINANG" and page.text.startswith("Dinas Sosial")
    money = [f for f in page.facts if f.type == "money"]
    assert [m.value for m in money] == [125_000_000]
    rejects = [json.loads(line) for line in (tmp_path / "out" / "records.rejects.jsonl").read_text().splitlines()]
    assert [r["reason"] for r in rejects] == ["bad_json"]
    summary = capsys.readouterr().out
    assert "2 records from 3 input units" in summary and "rejects:  1" in summary

    import pyarrow.parquet as pq
    table = pq.read_table(tmp_path / "out" / "f.parquet")
    assert table.num_rows == sum(len(r.facts) for r in records)
    rows = table.to_pylist()
    assert {"record_id", "type", "value", "surface", "start", "end"} <= set(rows[0])
    assert any(r["type"] == "money" and r["value"] == 125_000_000 for r in rows)


def test_extract_clean_batch_exits_zero(tmp_path):
    (tmp_path / "a.txt").write_text("Sebanyak 12 warga menerima bantuan tunai Rp 600.000.", encoding="utf-8")
    code = main(["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "r.jsonl"), "--published", "2022-02-01", "-q"])
    assert code == 0
    (rec,) = [json.loads(l) for l in (tmp_path / "r.jsonl").read_text().splitlines()]
    assert rec["published_at"] == "2022-02-01"
    assert {f["type"] for f in rec["facts"]} >= {"money", "count"}


def test_bad_arguments_exit_two(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "r.jsonl")]) == 2
    assert main(["extract", str(tmp_path), "-o", str(tmp_path / "r.jsonl"), "--published", "kemarin sore"]) == 2
    assert "not a date" in capsys.readouterr().err


def test_schema_command_prints_json_schema(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Record" and "facts" in schema["properties"]


def test_html_without_body_is_rejected_with_reason(tmp_path):
    (tmp_path / "x.html").write_text("<html><head><title>Kosong</title></head><body><nav>menu</nav></body></html>")
    assert main(["extract", str(tmp_path / "x.html"), "-o", str(tmp_path / "r.jsonl"), "-q"]) == 1
    (rej,) = [json.loads(l) for l in (tmp_path / "r.rejects.jsonl").read_text().splitlines()]
    assert rej["reason"] == "no_body" and rej["source"].endswith("x.html")
