"""Every input kind, and broken ones: each unit ends as a Document, a SourceError or a SourceSkip."""
import gzip
import io
import json

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from extractor.sources.archive import SourceSkip, iter_units
from extractor.sources.document import Document, SourceError

PAGE = """<html><head><meta charset="utf-8"><link rel="canonical" href="https://bangka.tribunnews.com/2023/05/02/uji">
<title>Uji</title></head><body><h1 id="arttitle">Judul Uji Coba Halaman</h1><div id="article_con">
<div class="side-article txt-article multi-fontsize"><p>BANGKAPOS.COM, BANGKA - Pemerintah Kabupaten Bangka menyalurkan bantuan sebesar Rp 250 juta kepada 40 nelayan, Selasa (2/5/2023).</p>
<p>Bantuan diserahkan langsung di kantor bupati.</p></div></div></body></html>"""


def units(*paths, **kw):
    return list(iter_units([str(p) for p in paths], **kw))


def test_html_file_and_gz(tmp_path):
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    with gzip.open(tmp_path / "b.htm.gz", "wt", encoding="utf-8") as fh:
        fh.write(PAGE)
    got = units(tmp_path / "a.html", tmp_path / "b.htm.gz")
    assert [type(u) for u in got] == [Document, Document]
    assert all("Rp 250 juta" in u.html for u in got)


def test_text_file(tmp_path):
    (tmp_path / "a.txt").write_text("Isi berita yang cukup panjang.", encoding="utf-8")
    (doc,) = units(tmp_path / "a.txt", url="https://x.tribunnews.com/2024/01/02/a", published="2024-01-02")
    assert doc.text.startswith("Isi") and doc.url.endswith("/a") and doc.meta["published"] == "2024-01-02"


def test_jsonl_rows_with_a_bad_line_in_the_middle(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join([
        json.dumps({"url": "https://a.tribunnews.com/1", "text": "satu"}),
        "{not json",
        json.dumps({"title": "tanpa isi"}),
        json.dumps({"html": PAGE, "published": "2023-05-02"}),
    ]) + "\n", encoding="utf-8")
    got = units(path)
    assert isinstance(got[0], Document) and got[0].source.endswith(":1")
    assert isinstance(got[1], SourceError) and got[1].reason == "bad_json" and got[1].source.endswith(":2")
    assert isinstance(got[2], SourceError) and got[2].reason == "no_content"
    assert isinstance(got[3], Document) and got[3].html and got[3].meta["published"] == "2023-05-02"


def test_jsonl_gz_json_array_and_csv(tmp_path):
    rows = [{"url": f"https://a.tribunnews.com/{i}", "text": f"teks {i}", "title": f"t{i}"} for i in range(3)]
    with gzip.open(tmp_path / "a.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(json.dumps(r) for r in rows))
    (tmp_path / "b.json").write_text(json.dumps(rows), encoding="utf-8")
    (tmp_path / "c.csv").write_text("url,text,title,published\nhttps://x/1,\"isi, dengan koma\",t,2022-01-06\n", encoding="utf-8")
    got = units(tmp_path / "a.jsonl.gz", tmp_path / "b.json", tmp_path / "c.csv")
    assert [type(u) for u in got] == [Document] * 7
    assert got[-1].text == "isi, dengan koma" and got[-1].meta["published"] == "2022-01-06"
    assert got[3].source.endswith("b.json:0")


def test_non_utf8_page_is_decoded_with_a_warning_and_a_bad_jsonl_line_rejected(tmp_path):
    (tmp_path / "latin.html").write_bytes(PAGE.replace('charset="utf-8"', "").replace("nelayan", "nelay\xe0n").encode("latin-1"))
    (doc,) = units(tmp_path / "latin.html")
    assert "nelayàn" in doc.html and any("UTF-8" in w for w in doc.warnings)
    (tmp_path / "bad.jsonl").write_bytes(b'{"text": "ok"}\n{"text": "caf\xe9"}\n')
    good, bad = units(tmp_path / "bad.jsonl")
    assert isinstance(good, Document) and isinstance(bad, SourceError) and bad.reason == "bad_encoding"


def test_empty_files(tmp_path):
    for name in ("e.html", "e.txt", "e.jsonl", "e.csv", "e.json"):
        (tmp_path / name).write_bytes(b"")
    got = units(*(tmp_path / n for n in ("e.html", "e.txt", "e.jsonl", "e.csv", "e.json")))
    assert all(isinstance(u, SourceError) and u.reason == "empty" for u in got), got


def test_truncated_gzip_keeps_what_was_read(tmp_path):
    body = "\n".join(json.dumps({"text": f"baris {i} " * 20}) for i in range(200)).encode()
    data = gzip.compress(body)
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    got = units(tmp_path / "cut.jsonl.gz")
    assert isinstance(got[-1], SourceError) and got[-1].reason == "truncated"
    assert len(got) > 2 and all(isinstance(u, Document) for u in got[:-1])


def _warc(path, pages):
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, status, ctype, body in pages:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))


def test_warc_responses_skips_and_truncation(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    _warc(path, [
        ("https://bangka.tribunnews.com/2023/05/02/uji", "200 OK", "text/html; charset=utf-8", PAGE.encode()),
        ("https://bangka.tribunnews.com/hilang", "404 Not Found", "text/html", b"<html>404</html>"),
        ("https://bangka.tribunnews.com/logo.png", "200 OK", "image/png", b"\x89PNG...."),
        ("https://bangka.tribunnews.com/2023/05/03/dua", "200 OK", "text/html", PAGE.encode()),
    ])
    got = units(path)
    assert [type(u).__name__ for u in got] == ["Document", "SourceSkip", "SourceSkip", "Document"]
    assert got[0].url.endswith("/uji") and got[0].fetched_at
    data = path.read_bytes()
    (tmp_path / "cut.warc.gz").write_bytes(data[: int(len(data) * 0.8)])
    cut = units(tmp_path / "cut.warc.gz")
    assert isinstance(cut[0], Document)
    assert isinstance(cut[-1], SourceError) and cut[-1].reason == "truncated"


def test_directories_recurse_and_skip_expected_outputs(tmp_path):
    (tmp_path / "d" / "e").mkdir(parents=True)
    (tmp_path / "d" / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "d" / "e" / "b.txt").write_text("teks", encoding="utf-8")
    (tmp_path / "d" / "a.expected.json").write_text("{}", encoding="utf-8")
    (tmp_path / "d" / "notes.md").write_text("# not an input", encoding="utf-8")
    got = units(tmp_path / "d")
    assert sorted(u.source.rsplit("/", 1)[-1] for u in got) == ["a.html", "b.txt"]


def test_missing_file_is_a_reject_not_a_crash(tmp_path):
    (err,) = units(tmp_path / "nope.jsonl")
    assert isinstance(err, SourceError) and err.reason == "not_found"


def test_unknown_extension_is_sniffed(tmp_path):
    (tmp_path / "page").write_text(PAGE, encoding="utf-8")
    (doc,) = units(tmp_path / "page")
    assert doc.html is not None
