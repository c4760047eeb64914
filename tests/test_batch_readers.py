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
