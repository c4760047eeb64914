"""A fake Tribun-network site on 127.0.0.1 for the crawler tests (DERIVED content, written for the
tests in Indonesian after the layout notes in ../shared/corpus/TRIBUN_LAYOUT.md; no real page).

It serves robots.txt, a sitemap index, a news sitemap, index-news pages per day (two pages, with a
"Next" link), an RSS feed, article pages in the markup the Tribun parser expects (h1#arttitle,
div#article_con div.side-article.txt-article, div#penulis, time; page 1 of 2 unless ?page=all), and
fault endpoints: 429 with Retry-After, 500s, slow and stalled bodies, connection resets, a redirect
loop, an off-site redirect, oversized bodies, a wrong charset, a gzip bomb, a truncated response.
Every request is logged with its arrival time.
"""
from __future__ import annotations

import gzip
import socket
import struct
import threading
import time
import zlib
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
TOPICS = [
    ("harga-lada-putih-naik", "Harga Lada Putih di Bangka Naik Jadi Rp 120 Ribu per Kilogram",
     "Harga lada putih di tingkat petani naik menjadi Rp 120.000 per kilogram pada pekan ini."),
    ("banjir-rendam-pangkalpinang", "Banjir Rendam 300 Rumah di Pangkalpinang",
     "Sebanyak 300 rumah warga terendam banjir setelah hujan deras mengguyur sejak Jumat malam."),
    ("nelayan-belitung-melaut-lagi", "Nelayan Belitung Kembali Melaut Setelah Cuaca Membaik",
     "Ratusan nelayan di Tanjungpandan kembali melaut setelah gelombang tinggi mereda."),
    ("pemprov-salurkan-beras", "Pemprov Babel Salurkan 50 Ton Beras untuk Warga Kurang Mampu",
     "Pemerintah Provinsi Kepulauan Bangka Belitung menyalurkan 50 ton beras bantuan pangan."),
]


@dataclass
class Article:
    path: str            # /2025/03/01/<slug>
    title: str
    lead: str
    day: date

    def html(self, base: str, full: bool, charset_meta: str = "utf-8") -> str:
        wd = WEEKDAYS[self.day.weekday()]
        stamp = f"{wd}, {self.day.day} {MONTHS[self.day.month - 1]} {self.day.year} 10:15"
        paras = [f"BANGKAPOS.COM, PANGKALPINANG - {self.lead}",
                 "Kepala dinas terkait mengatakan pihaknya terus memantau perkembangan di lapangan.",
                 "Warga berharap pemerintah daerah segera mengambil langkah yang diperlukan."]
        second = ["Hingga Sabtu (1/3/2025), petugas masih mendata warga yang terdampak.",
                  "Pemerintah menyiapkan anggaran Rp 2,5 miliar untuk penanganan lanjutan."]
        body = paras + (second if full else [])
        pager = "" if full else '<span class="total-page">Halaman 1/2</span>'
        ps = "\n".join(f"<p>{p}</p>" for p in body)
        return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="{charset_meta}"><title>{self.title} - Bangkapos.com</title>
<link rel="canonical" href="{base}{self.path}">
<meta property="og:title" content="{self.title}">
</head><body><!-- derived test page, not a real Tribun article -->
<div id="article"><h1 id="arttitle">{self.title}</h1>
<time>{stamp} <span>WIB</span></time>
<div id="penulis">Penulis: Sela Agustika | Editor: Dedy Qurniawan</div>
<div id="article_con"><div class="side-article txt-article multi-fontsize">
{ps}
<p class="baca">Baca juga: Berita lain yang tidak perlu</p>
</div>{pager}</div></div></body></html>"""


class FakeTribun:
    """One fake site. `faults=False` serves only regular articles and discovery pages."""

    def __init__(self, days: list[date], per_day: int = 4, faults: bool = True, crawl_delay: float | None = None,
                 offsite: str | None = None, prefix: str = ""):
        self.days = days
        self.faults = faults
        self.crawl_delay = crawl_delay
        self.offsite = offsite            # base URL of a server the crawler must never reach
        self.prefix = prefix              # slug prefix, so two sites have distinct articles
        self.log: list[tuple[float, str]] = []
        self.hits: Counter = Counter()
        self.agents: set[str] = set()
        self.served_ok: Counter = Counter()
        self._lock = threading.Lock()
        self.articles: dict[str, Article] = {}
        for day in days:
            for i in range(per_day):
                slug, title, lead = TOPICS[i % len(TOPICS)]
                path = f"/{day.year}/{day.month:02d}/{day.day:02d}/{prefix}{slug}-{day.day}-{i}"
                self.articles[path] = Article(path, f"{title} ({prefix}{day.day}-{i})", lead, day)
        self.faulty: dict[str, str] = {}
        if faults:
            d2, d3 = days[1], days[2]
            p2, p3 = f"/{d2.year}/{d2.month:02d}/{d2.day:02d}/", f"/{d3.year}/{d3.month:02d}/{d3.day:02d}/"
            for name, kind in [(p2 + "antre-429", "429"), (p2 + "server-sibuk", "500x2"),
                               (p2 + "selalu-gagal", "503"), (p2 + "lambat", "slow"), (p2 + "macet", "stall"),
                               (p3 + "putus", "reset"), (p3 + "putar-putar", "loop"),
                               (p3 + "pindah-situs", "offsite"), (p3 + "pindah-alamat", "moved"),
                               (p3 + "alamat-baru", "ok"), (p3 + "raksasa", "huge"), (p3 + "raksasa-cl", "huge_cl"),
                               (p3 + "salah-charset", "charset"), (p3 + "bom-gzip", "bomb"),
                               (p3 + "gzip-biasa", "gzip"), (p3 + "terpotong", "truncated")]:
                self.faulty[name] = kind
                day = d2 if name.startswith(p2) else d3
                self.articles.setdefault(name, Article(name, f"Berita Uji {name.rsplit('/', 1)[1].replace('-', ' ').title()}",
                                                       "Ini halaman uji dengan gangguan — kafé “Pangkalpinang”.", day))
        self.disallowed = f"/rahasia/{days[0].year}/{days[0].month:02d}/{days[0].day:02d}/dokumen-rahasia"
        self.out_of_range = f"/{(days[0] - timedelta(days=5)).year}/{(days[0] - timedelta(days=5)).month:02d}/" \
                            f"{(days[0] - timedelta(days=5)).day:02d}/berita-lama"
        self.missing = f"/{days[0].year}/{days[0].month:02d}/{days[0].day:02d}/{prefix}hilang"
        self._bomb = self._make_bomb() if faults else b""
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    # --- what the tests expect -------------------------------------------------------------------
    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def hostport(self) -> str:
        return f"127.0.0.1:{self.server.server_address[1]}"

    def reachable(self) -> set[str]:
        """Article paths the crawler can and must archive (the fault endpoints that recover)."""
        bad = {"503", "loop", "offsite", "moved", "huge", "huge_cl", "bomb"}
        return {p for p in self.articles if self.faulty.get(p) not in bad}

    def unreachable(self) -> set[str]:
        return {p for p, k in self.faulty.items() if k in {"503", "loop", "offsite", "huge", "huge_cl", "bomb"}}

    def requests_for(self, prefix: str) -> list[tuple[float, str]]:
        with self._lock:
            return [(t, p) for t, p in self.log if p.startswith(prefix)]

    def times(self) -> list[float]:
        with self._lock:
            return [t for t, _ in self.log]

    def reset(self) -> None:
        """Forget every request: the faults that happen on a first request happen again."""
        with self._lock:
            self.log.clear()
            self.hits.clear()
            self.served_ok.clear()

    def start(self) -> "FakeTribun":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    @staticmethod
    def _make_bomb() -> bytes:
        z = zlib.compressobj(9, zlib.DEFLATED, 31)
        chunk = b"\0" * (1024 * 1024)
        parts = [z.compress(b"<html><body>")]
        for _ in range(64):                       # 64 MB of zeros in about 64 KB
            parts.append(z.compress(chunk))
        parts.append(z.flush())
        return b"".join(parts)

    # --- pages ----------------------------------------------------------------------------------
    def day_paths(self, day: date) -> list[str]:
        return [p for p, a in self.articles.items() if a.day == day]

    def sitemap_index(self) -> bytes:
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{self.base}/sitemap-news.xml</loc></sitemap>
</sitemapindex>""".encode()

    def news_sitemap(self) -> bytes:
        entries = []
        paths = [p for p in self.articles if p not in self.faulty][::2]
        paths += [self.disallowed, self.out_of_range]
        for p in paths:
            day = self.articles[p].day if p in self.articles else date.fromisoformat(
                "-".join(p.split("/")[-4:-1]) if not p.startswith("/rahasia") else "-".join(p.split("/")[2:5]))
            title = self.articles[p].title if p in self.articles else "Dokumen"
            loc = f"{self.base}{p}" + ("?utm_source=sitemap" if len(entries) % 3 == 1 else "")
            entries.append(f"""<url><loc>{loc.replace('&', '&amp;')}</loc><news:news>
<news:publication><news:name>Bangkapos.com</news:name><news:language>id</news:language></news:publication>
<news:publication_date>{day.isoformat()}T10:15:00+07:00</news:publication_date>
<news:title>{title}</news:title><news:keywords>bangka, berita</news:keywords></news:news></url>""")
        return ("""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
""" + "\n".join(entries) + "\n</urlset>").encode()

    def rss(self) -> bytes:
        items = []
        for p in list(self.articles)[:6] + ([self.missing] if self.faults else []):
            a = self.articles.get(p)
            day = a.day if a else self.days[0]
            items.append(f"""<item><title>{a.title if a else 'Hilang'}</title><link>{self.base}{p}?utm_source=rss&amp;utm_medium=feed</link>
<pubDate>{WEEKDAYS[day.weekday()][:3]}, {day.day:02d} {['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][day.month-1]} {day.year} 10:15:00 +0700</pubDate></item>""")
        items[0] = items[0].replace("<pubDate>", "<category>Bangka</category><pubDate>")
        return ("""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bangkapos.com</title>
""" + "\n".join(items) + "</channel></rss>").encode()

    def index_page(self, day: date, page: int) -> str:
        paths = self.day_paths(day)
        half = (len(paths) + 1) // 2
        chunk = paths[:half] if page == 1 else paths[half:] if page == 2 else []
        lis = "\n".join(f'<li class="ptb15"><h3><a href="{self.base}{p}" class="f16">{self.articles[p].title}</a></h3>'
                        f'<div class="grey"><time class="foot timeago" title="{day.isoformat()} 10:15:00">'
                        f'{day.day} {MONTHS[day.month - 1]} {day.year}</time></div></li>' for p in chunk)
        nxt = (f'<a href="/index-news?date={day.year}-{day.month}-{day.day}&amp;page={page + 1}">Next</a>'
               if page == 1 else "")
        return f"""<html><head><meta charset="utf-8"><title>Index Berita</title></head><body>
<div id="dayindex"></div><ul class="lsi">{lis}</ul><div class="paging">{nxt}</div></body></html>"""

    # --- the handler ----------------------------------------------------------------------------
    def _handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, *args):
                pass

            def do_GET(self):
                path = urlsplit(self.path).path
                with site._lock:
                    site.log.append((time.monotonic(), self.path))
                    site.hits[path] += 1
                    site.agents.add(self.headers.get("User-Agent", ""))
                    n = site.hits[path]
                try:
                    site._serve(self, n)
                except (BrokenPipeError, ConnectionResetError, socket.timeout):
                    pass

        return Handler

    def _send(self, h, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", headers=()):
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(body)
        if status == 200 and urlsplit(h.path).path in self.articles:
            with self._lock:
                self.served_ok[urlsplit(h.path).path] += 1

    def _serve(self, h, n: int) -> None:
        parts = urlsplit(h.path)
        path, query = parts.path, parse_qs(parts.query)
        if path == "/robots.txt":
            body = "User-agent: BadBot\nDisallow: /\n\nUser-agent: *\nDisallow: /rahasia/\nDisallow: /*?cetak=\n"
            if self.crawl_delay is not None:
                body += f"Crawl-delay: {self.crawl_delay}\n"
            body += f"\nSitemap: {self.base}/sitemap.xml\n"
            return self._send(h, 200, body.encode(), "text/plain")
        if path == "/sitemap.xml":
            return self._send(h, 200, self.sitemap_index(), "application/xml")
        if path == "/sitemap-news.xml":
            return self._send(h, 200, self.news_sitemap(), "application/xml")
        if path == "/rss":
            return self._send(h, 200, self.rss(), "application/rss+xml")
        if path == "/index-news":
            try:
                y, m, d = (int(x) for x in query["date"][0].split("-"))
                day, page = date(y, m, d), int(query.get("page", ["1"])[0])
            except (KeyError, ValueError):
                return self._send(h, 400, b"bad date")
            return self._send(h, 200, self.index_page(day, page).encode())
        if path == "/putar-b":
            return self._send(h, 301, b"", headers=[("Location", self.faulty_path("loop") + "?page=all")])
        article = self.articles.get(path.rstrip("/"))
        if article is None:
            return self._send(h, 404, b"<html><body>Halaman tidak ditemukan</body></html>")
        full = query.get("page") == ["all"]
        kind = self.faulty.get(path)
        body = article.html(self.base, full).encode("utf-8")
        if kind == "429" and n == 1:
            return self._send(h, 429, b"terlalu banyak", headers=[("Retry-After", "1")])
        if kind == "500x2" and n <= 2:
            return self._send(h, 500, b"galat server")
        if kind == "503":
            return self._send(h, 503, b"tidak tersedia")
        if kind == "slow":
            h.send_response(200)
            h.send_header("Content-Type", "text/html; charset=utf-8")
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            step = len(body) // 5 + 1
            for i in range(0, len(body), step):
                h.wfile.write(body[i:i + step])
                h.wfile.flush()
                time.sleep(0.12)
            with self._lock:
                self.served_ok[path] += 1
            return
        if kind == "stall" and n == 1:
            h.send_response(200)
            h.send_header("Content-Type", "text/html; charset=utf-8")
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            h.wfile.write(body[:200])
            h.wfile.flush()
            time.sleep(1.5)
            return
        if kind == "reset" and n == 1:
            h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            h.connection.close()
            return
        if kind == "loop":
            return self._send(h, 301, b"", headers=[("Location", "/putar-b")])
        if kind == "offsite":
            return self._send(h, 302, b"", headers=[("Location", f"{self.offsite}{path}")])
        if kind == "moved":
            return self._send(h, 301, b"", headers=[("Location", self.faulty_path("ok") + "?page=all")])
        if kind == "huge":
            h.send_response(200)
            h.send_header("Content-Type", "text/html; charset=utf-8")
            h.end_headers()
            block = b"<p>" + b"x" * 65530 + b"</p>"
            for _ in range(40):                  # 2.6 MB, no Content-Length
                h.wfile.write(block)
            return
        if kind == "huge_cl":
            h.send_response(200)
            h.send_header("Content-Type", "text/html; charset=utf-8")
            h.send_header("Content-Length", str(50 * 1024 * 1024))
            h.end_headers()
            h.wfile.write(b"<html>")
            return
        if kind == "charset":
            return self._send(h, 200, body, "text/html; charset=iso-8859-1")
        if kind == "bomb":
            return self._send(h, 200, self._bomb, headers=[("Content-Encoding", "gzip")])
        if kind == "gzip":
            return self._send(h, 200, gzip.compress(body, mtime=0), headers=[("Content-Encoding", "gzip")])
        if kind == "truncated" and n == 1:
            h.send_response(200)
            h.send_header("Content-Type", "text/html; charset=utf-8")
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            h.wfile.write(body[: len(body) // 3])
            h.wfile.flush()
            h.connection.shutdown(socket.SHUT_RDWR)
            return
        return self._send(h, 200, body)

    def faulty_path(self, kind: str) -> str:
        return next(p for p, k in self.faulty.items() if k == kind)
