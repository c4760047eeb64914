"""The archive readers the batch engine shards: WARC bodies, and reading a byte range of a file."""
from __future__ import annotations

from batch_support import page, write_warc

from extractor.sources.archive import SourceSkip, iter_units
from extractor.sources.document import Document


def _pages(n: int):
    return [(f"https://babel.tribunnews.com/2025/03/23/berita-{i}",
             page(f"Berita {i}", [f"PANGKALPINANG, BANGKA POS - Warga desa ke-{i} menerima bantuan Rp {i + 1} juta."],
                  f"https://babel.tribunnews.com/2025/03/23/berita-{i}")) for i in range(n)]


def test_warc_response_bodies_are_read(tmp_path):
    # the reader used to ask for the record offset before reading the body, which consumed it
    path = write_warc(tmp_path / "a.warc.gz", _pages(4))
    units = list(iter_units([str(path)]))
    docs = [u for u in units if isinstance(u, Document)]
    skips = [u for u in units if isinstance(u, SourceSkip)]
    assert [d.url for d in docs] == [u for u, _ in _pages(4)]
    assert all("Warga desa" in d.html for d in docs)
    assert all(d.fetched_at == "2025-03-23T03:00:00Z" for d in docs)
    assert sorted(s.reason for s in skips) == ["http_404", "not_html"]
    offsets = [int(d.source.rsplit("@", 1)[1]) for d in docs]
    assert offsets == sorted(offsets) and offsets[0] > 0   # after the warcinfo record


def test_uncompressed_warc(tmp_path):
    path = write_warc(tmp_path / "a.warc", _pages(3), gzip=False)
    docs = [u for u in iter_units([str(path)]) if isinstance(u, Document)]
    assert len(docs) == 3 and all("Warga desa" in d.html for d in docs)


# --- byte ranges: reading every span of a file in order == reading it whole ------------------------

import gzip  # noqa: E402
import json  # noqa: E402

import pytest  # noqa: E402
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from extractor.sources.archive import Span, iter_file_units, split_file  # noqa: E402


def _key(unit):
    d = dict(vars(unit))
    d["kind"] = type(unit).__name__
    return d


def _whole(path):
    return [_key(u) for u in iter_file_units(path)]


def _by_spans(path, per):
    spans = split_file(path, per)
    units = [_key(u) for span in spans for u in iter_file_units(path, span=span)]
    return spans, units


def _jsonl_lines(n):
    lines = []
    for i in range(n):
        if i % 7 == 3:
            lines.append("")                                   # blank: skipped, but counted in line numbers
        elif i % 11 == 5:
            lines.append("{not json")
        else:
            lines.append(json.dumps({"url": f"https://babel.tribunnews.com/2025/03/23/r-{i}", "text": f"Isi berita {i}.",
                                     "title": f"Judul {i}"}, ensure_ascii=False))
    return lines


@pytest.mark.parametrize("per", [1, 2, 3, 5, 8, 40])
def test_jsonl_spans_give_the_whole_file(tmp_path, per):
    path = tmp_path / "rows.jsonl"
    data = ("\n".join(_jsonl_lines(30)) + "\n").encode() + b'{"text": "\xff bad"}\n' + b'{"text": "no newline at end"}'
    path.write_bytes(data)
    spans, units = _by_spans(path, per)
    assert units == _whole(path)
    sources = [u["source"] for u in units]
    assert sources[0] == f"{path}:1" and f"{path}:32" in sources    # line numbers are the file's
    if per < 32:
        assert len(spans) > 1 and spans[0].start == 0 and all(a.end == b.start for a, b in zip(spans, spans[1:]))
        assert spans[-1].end == len(data)
    else:
        assert spans == [Span(units=spans[0].units)]


@settings(max_examples=60, deadline=None)
@given(lines=st.lists(st.one_of(st.just(""), st.just("  "), st.just("[1]"), st.just("{bad"),
                                st.text(alphabet="abc ", max_size=6).map(lambda t: json.dumps({"text": t or "x"}))),
                      min_size=0, max_size=25),
       per=st.integers(1, 6), trailing=st.booleans())
def test_jsonl_spans_property(tmp_path_factory, lines, per, trailing):
    path = tmp_path_factory.mktemp("p") / "rows.jsonl"
    path.write_text("\n".join(lines) + ("\n" if trailing else ""), encoding="utf-8")
    assert _by_spans(path, per)[1] == _whole(path)


def test_gzipped_jsonl_is_one_span(tmp_path):
    path = tmp_path / "rows.jsonl.gz"
    path.write_bytes(gzip.compress(("\n".join(_jsonl_lines(20)) + "\n").encode()))
    spans, units = _by_spans(path, 3)
    assert len(spans) == 1 and spans[0].whole and units == _whole(path)


CSV = ('\ufeffurl,title,text\r\n'
       'https://a.tribunnews.com/1,Satu,"Baris pertama, dengan koma"\r\n'
       '\r\n'
       'https://a.tribunnews.com/2,Dua,"Baris kedua\r\nmemakai dua baris dan ""kutip"""\r\n'
       'https://a.tribunnews.com/3,Tiga,Tiga,kolom lebih\r\n'
       'https://a.tribunnews.com/4,Empat,Baris keempat\r\n'
       'https://a.tribunnews.com/5,Lima,"Baris\nkelima"\r\n'
       'https://a.tribunnews.com/6,Enam,Baris keenam\r\n')


@pytest.mark.parametrize("per", [1, 2, 3, 10])
def test_csv_spans_give_the_whole_file(tmp_path, per):
    path = tmp_path / "rows.csv"
    path.write_bytes(CSV.encode("utf-8"))
    spans, units = _by_spans(path, per)
    whole = _whole(path)
    assert units == whole and len(whole) == 6
    assert [u["source"].rsplit(":", 1)[1] for u in whole] == [f"row{i}" for i in range(1, 7)]
    assert (len(spans) > 1) == (per < 6)


def test_csv_the_planner_does_not_understand_is_one_span(tmp_path):
    path = tmp_path / "old-mac.csv"
    path.write_bytes(CSV.replace("\r\n", "\r").encode("utf-8"))     # bare CR line ends
    spans, units = _by_spans(path, 1)
    assert len(spans) == 1 and units == _whole(path)
    bad = tmp_path / "latin1.csv"
    bad.write_bytes("url,text\nhttps://x/1,satu\nhttps://x/2,caf\xe9\nhttps://x/3,tiga\n".encode("latin-1"))
    spans, units = _by_spans(bad, 1)
    assert len(spans) == 1 and units == _whole(bad) and units[-1]["reason"] == "bad_encoding"


@pytest.mark.parametrize("gz", [True, False])
@pytest.mark.parametrize("per", [1, 2, 4])
def test_warc_spans_give_the_whole_file(tmp_path, gz, per):
    path = write_warc(tmp_path / ("a.warc.gz" if gz else "a.warc"), _pages(7), gzip=gz)
    spans, units = _by_spans(path, per)
    assert units == _whole(path)
    assert sum(u["kind"] == "Document" for u in units) == 7
    assert len(spans) == -(-9 // per)       # 7 pages + the 404 and the image are response records
    assert [s.first for s in spans] == [1 + per * i for i in range(len(spans))]
    data = path.read_bytes()
    for span in spans[1:]:                  # every cut is at the start of a record
        head = gzip.decompress(data[span.start:span.end])[:5] if gz else data[span.start:span.start + 5]
        assert head == b"WARC/"


@pytest.mark.parametrize("cut", [40, 400, 2000])
def test_truncated_warc_reads_the_same_by_spans(tmp_path, cut):
    path = write_warc(tmp_path / "a.warc.gz", _pages(6))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - cut])
    spans, units = _by_spans(path, 2)
    assert len(spans) > 1 and units == _whole(path)


def test_pages_are_one_unit_spans(tmp_path):
    path = tmp_path / "a.html"
    path.write_text(_pages(1)[0][1], encoding="utf-8")
    assert split_file(path, 10) == [Span(units=1)]
    with pytest.raises(ValueError):
        list(iter_file_units(path, span=Span(0, 10)))


def test_damaged_warc_member_costs_only_the_rest_of_its_span(tmp_path):
    """Read whole, the file stops at the damage; read by spans, the damaged span reports it and the
    later spans' pages still come back. Nothing before the damage differs."""
    path = write_warc(tmp_path / "a.warc.gz", _pages(8))
    data = bytearray(path.read_bytes())
    for at in range(len(data) // 3, 2 * len(data) // 3, 97):        # damage at many places, one at a time
        damaged = bytearray(data)
        damaged[at: at + 30] = b"x" * 30
        path.write_bytes(bytes(damaged))
        whole = _whole(path)
        spans, units = _by_spans(path, 2)
        assert whole[-1]["kind"] == "SourceError" and whole[-1]["reason"] == "truncated", at
        first_error = next(n for n, u in enumerate(whole) if u["kind"] == "SourceError")
        assert units[:first_error] == whole[:first_error], at            # the same up to the damage
        assert units[first_error]["kind"] == "SourceError", at          # which the spans report too
        assert sum(u["kind"] == "Document" for u in units) > sum(u["kind"] == "Document" for u in whole), at
