"""Inputs the batch tests share: small WARCs and archives built on the fly, real texts from ../shared
when present, synthetic Indonesian texts otherwise (derived fixtures; nothing is copied from ../shared)."""
from __future__ import annotations

import io
import json
import os
import random
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent


def shared_dir() -> Optional[Path]:
    env = os.environ.get("EXTRACTOR_SHARED")
    path = Path(env) if env else ROOT.parent / "shared"
    return path if path.is_dir() else None


def page(title: str, paragraphs: list[str], url: str, when: str = "Minggu, 23 Maret 2025 10:15") -> str:
    """A minimal derived Tribun article page (TribunParserV1 markup)."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html><head><link rel="canonical" href="{url}"><title>{title}</title></head><body>'
            f'<div id="article"><h1 id="arttitle">{title}</h1><time>{when}</time>'
            f'<div id="penulis">Penulis: Tim Uji | Editor: Redaksi</div>'
            f'<div id="article_con"><div class="side-article txt-article">{body}</div></div></div></body></html>')


def write_warc(path: Path, pages: list[tuple[str, str]], gzip: bool = True, extras: bool = True) -> Path:
    """pages: (url, html). With `extras`, also a warcinfo, a request, a 404 and an image record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    count = iter(range(10_000, 20_000))

    def fixed(record):
        """Fixed dates and record ids, so the file's bytes (and where a test damages them) never vary."""
        record.rec_headers.replace_header("WARC-Date", "2025-03-23T03:00:00Z")
        record.rec_headers.replace_header("WARC-Record-ID", f"<urn:uuid:00000000-0000-0000-0000-{next(count):012d}>")
        return record

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        if extras:
            writer.write_record(fixed(writer.create_warcinfo_record(path.name, {"software": "tests"})))
        for n, (url, html) in enumerate(pages):
            headers = {"WARC-Date": "2025-03-23T03:00:00Z", "WARC-Record-ID": f"<urn:uuid:00000000-0000-0000-0000-{n:012d}>"}
            if extras and n == 1:
                req = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
                writer.write_record(fixed(req))
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=UTF-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")),
                                                          http_headers=http, warc_headers_dict=headers))
            if extras and n == 2:
                gone = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
                writer.write_record(fixed(writer.create_warc_record(url + "/hilang", "response", payload=io.BytesIO(b"<html>404</html>"),
                                                                    http_headers=gone)))
                img = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
                writer.write_record(fixed(writer.create_warc_record(url + ".jpg", "response", payload=io.BytesIO(b"\xff\xd8\xff"),
                                                                    http_headers=img)))
    return path


_PEOPLE = ["Budi Santoso", "Siti Rahmawati", "Agus Salim", "Dewi Lestari", "Rudi Hartono", "Maya Sari"]
_TITLES = ["Kepala Dinas Sosial", "Bupati Bangka", "Kepala BPJS Ketenagakerjaan Cabang Pangkalpinang", "Wali Kota Pangkalpinang"]
_PLACES = ["PANGKALPINANG", "SUNGAILIAT", "TANJUNGPANDAN", "MUNTOK", "KOBA"]


def synthetic_texts(n: int, seed: int = 7) -> list[dict]:
    """Indonesian news-like rows (title, published, text) for when ../shared is absent."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        who, title, place = rng.choice(_PEOPLE), rng.choice(_TITLES), rng.choice(_PLACES)
        amount = rng.randint(2, 900)
        people = rng.randint(10, 5000)
        day = rng.randint(1, 28)
        text = (f"{place}, BANGKA POS - {title} {who} mengatakan anggaran sebesar Rp {amount} juta disiapkan untuk "
                f"{people} peserta pada Senin ({day}/3/2025). \"Kami berharap program ini membantu warga,\" kata {who}. "
                f"Sebanyak {rng.randint(2, 90)} desa menerima bantuan tahun ini, naik dari {rng.randint(1, 50)} desa pada 2024.")
        rows.append({"title": f"Bantuan untuk {people} Warga {place.title()} ke-{i}", "published": f"2025-03-{day:02d}", "text": text})
    return rows


def real_or_synthetic_rows(n: int) -> list[dict]:
    """n archive rows: the real texts of ../shared (repeated if needed) or synthetic ones."""
    shared = shared_dir()
    rows: list[dict] = []
    if shared is not None:
        for name in ("tribunnews-2015", "surya-2022"):
            path = shared / "corpus" / name / "articles.jsonl"
            if path.exists():
                with open(path, encoding="utf-8") as fh:
                    rows.extend(json.loads(line) for line in fh if line.strip())
    if not rows:
        rows = synthetic_texts(n)
    out = []
    for i in range(n):
        row = dict(rows[i % len(rows)])
        if i >= len(rows):
            row["url"] = f"https://babel.tribunnews.com/2025/03/23/copy-{i}"
        out.append(row)
    return out


def write_jsonl(path: Path, rows: list, blank_every: int = 0) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for i, row in enumerate(rows, 1):
            fh.write((row if isinstance(row, str) else json.dumps(row, ensure_ascii=False)) + "\n")
            if blank_every and i % blank_every == 0:
                fh.write("\n")
    return path
