"""Pages saved as text from a browser (the seed's form), and bare article bodies from archives.

A Tribun page saved as text has this shape, page chrome included:

    Kabar Pangkalpinang                 <- rubric / section
    Kepesertaan Jamsostek Turun, ...    <- title
    BPJS Ketenagakerjaan ... peserta.   <- lead (the page's summary)
    Editor: Rusaidah
    Bangka Pos/Sela Agustika            <- photo credit
    MENUNGGU PELAYANAN -Masyarakat ...  <- photo caption
    PANGKALPINANG, BABEL NEWS - ...     <- body, from the dateline on
    ... katanya. (t3)
    Sumber: Bangka Pos                  <- trailer: source, recommendations, copyright

`TextDumpParser` recognises the header block and the trailer and gives the record a parsed page
would. `ArchiveBodyParser` handles a body with no page chrome (a `text` field of an archive row).
"""
from __future__ import annotations

import re
from typing import Optional

from ..calendar import date_from_url, parse_timestamp
from .article import Article, ParseError
from .bodyclean import clean_body
from .publishers import publisher_for, site_of

EDITOR_LINE = re.compile(r"^\s*Editor\s*:\s*(?P<name>.+?)\s*$")
AUTHOR_LINE = re.compile(r"^\s*(?:Penulis|Reporter|Laporan Wartawan)\s*:\s*(?P<name>.+?)\s*$")
CREDIT_LINE = re.compile(r"^\s*(?P<credit>[A-Z][\w.&' -]{1,40}/[A-Z][\w.' -]{1,60}?)\s*$")
CAPTION_LINE = re.compile(r"^\s*[A-Z0-9][A-Z0-9 ,.'\"&/-]{3,}\s?[-–—]\s?\S")
SOURCE_LINE = re.compile(r"^\s*Sumber\s*:\s*(?P<source>.+?)\s*$")
TIME_LINE = re.compile(r"^\s*(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu),\s+\d{1,2}\s+\w+\s+\d{4}(?:\s+\d{1,2}[:.]\d{2})?(?:\s*WI[BT]A?)?\s*$")
TRAILER_LINE = re.compile(
    r"^\s*(?:Sumber\s*:|Rekomendasi untuk Anda|Ikuti kami di|Berita Terkini|Berita Terkait|Berita Populer|©|All Rights? Reserved|Artikel ini telah tayang|AA\s*$)",
    re.I,
)


def _blocks(text: str) -> list[str]:
    return [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def looks_like_page_dump(text: str) -> bool:
    """Does this text carry page chrome (an Editor line, a trailer) rather than a bare body?"""
    head = text[:3000]
    tail = text[-1500:]
    return bool(re.search(r"(?m)^\s*Editor\s*:", head)) or bool(
        re.search(r"(?m)^\s*(?:Sumber\s*:|Rekomendasi untuk Anda|©\s*\d{4}|All Rights? Reserved)", tail)
    )


class TextDumpParser:
    """A Tribun page saved as text, chrome included (the seed's form)."""

    name = "textdump.TextDumpParser"

    def parse(self, text: str, url: Optional[str] = None, meta: Optional[dict] = None) -> Article:
        meta = meta or {}
        lines = _blocks(text)
        body_start = self._find_body_start(lines)
        if body_start is None:
            raise ParseError("no_body", "no article body found in the text dump")
        header = [line for line in lines[:body_start] if line]
        article = Article(parser=self.name, url=url)
        self._read_header(header, article)
        body_lines, trailer = self._split_trailer(lines[body_start:])
        for line in trailer:
            m = SOURCE_LINE.match(line)
            if m:
                article.publisher = m.group("source")
                break
        paragraphs = [line for line in body_lines if line]
        cleaned = clean_body(paragraphs)
        if not cleaned.paragraphs:
            raise ParseError("no_body", "the text dump's body is empty after removing page chrome")
        article.paragraphs = cleaned.paragraphs
        article.dateline = cleaned.dateline
        article.dateline_text = cleaned.dateline_text
        article.authors = article.authors or cleaned.authors
        article.editor = article.editor or cleaned.editor
        article.syndicated_from = cleaned.syndicated_from
        article.site = site_of(url)
        article.publisher = article.publisher or publisher_for(url, cleaned.site_label)
        article.title = meta.get("title") or article.title
        article.section = meta.get("section") or article.section
        article.published_at = (
            parse_timestamp(meta.get("published")) or article.published_at or date_from_url(url)
        )
        return article

    @staticmethod
    def _find_body_start(lines: list[str]) -> Optional[int]:
        from .bodyclean import _chrome  # the dateline pattern is the body cleaner's

        dateline = _chrome().dateline
        for i, line in enumerate(lines):
            if line and dateline.match(line) and len(line) > 60:
                return i
        # no dateline: the first long paragraph after an Editor/credit/caption line, else the first long one
        after = 0
        for i, line in enumerate(lines[:40]):
            if EDITOR_LINE.match(line) or CREDIT_LINE.match(line) or CAPTION_LINE.match(line):
                after = i + 1
        for i in range(after, len(lines)):
            if len(lines[i]) > 120 and not TRAILER_LINE.match(lines[i]):
                return i
        return None

    @staticmethod
    def _read_header(header: list[str], article: Article) -> None:
        rest: list[str] = []
        after_credit = False
        in_box = False
        for line in header:
            if re.match(r"^\s*Ringkasan Berita\s*:?\s*$", line):
                in_box = True                      # the 2025 summary box: its bullet lines are chrome
                continue
            if in_box and not (EDITOR_LINE.match(line) or CREDIT_LINE.match(line) or AUTHOR_LINE.match(line)):
                continue
            in_box = False
            if after_credit and not article.image_caption and len(line.split()) >= 4:
                after_credit = False
                article.image_caption = line       # the photo caption follows its credit line
                continue
            after_credit = False
            m = EDITOR_LINE.match(line)
            if m:
                article.editor = m.group("name")
                continue
            m = AUTHOR_LINE.match(line)
            if m:
                article.authors.append(m.group("name"))
                continue
            if TIME_LINE.match(line):
                article.published_at = parse_timestamp(line)
                continue
            m = CREDIT_LINE.match(line)
            if m and not article.image_credit:
                article.image_credit = m.group("credit")
                after_credit = True
                continue
            if CAPTION_LINE.match(line) and article.image_credit and not article.image_caption:
                article.image_caption = line
                continue
            rest.append(line)
        # what remains: [section], title, [lead]. The title is the first line of 4+ words not ending a sentence.
        title_index = next(
            (i for i, line in enumerate(rest) if len(line.split()) >= 4 and not line.endswith((".", "!", "?\""))),
            None,
        )
        if title_index is None and rest:
            title_index = 0 if len(rest) == 1 or len(rest[0].split()) >= 4 else 1
        if title_index is not None and title_index < len(rest):
            article.title = rest[title_index]
            before = rest[:title_index]
            if before and len(before[-1].split()) <= 6:
                article.section = before[-1]

    @staticmethod
    def _split_trailer(lines: list[str]) -> tuple[list[str], list[str]]:
        for i, line in enumerate(lines):
            if i and TRAILER_LINE.match(line):
                return lines[:i], lines[i:]
        return lines, []


class ArchiveBodyParser:
    """A bare article body from an archive row: the row gives the metadata, the text the body."""

    name = "textdump.ArchiveBodyParser"

    def parse(self, text: str, url: Optional[str] = None, meta: Optional[dict] = None) -> Article:
        meta = meta or {}
        blocks = [b for b in re.split(r"\n\s*\n|\n", text) if b.strip()]
        cleaned = clean_body(blocks, split_glued=True)
        if not cleaned.paragraphs:
            raise ParseError("no_body", "the text is empty after removing page chrome")
        title = meta.get("title")
        article = Article(
            parser=self.name,
            url=url,
            site=site_of(url),
            paragraphs=cleaned.paragraphs,
            title=_clean_title(title) if isinstance(title, str) else None,
            section=meta.get("section") if isinstance(meta.get("section"), str) else None,
            dateline=cleaned.dateline, dateline_text=cleaned.dateline_text,
            authors=_as_list(meta.get("authors")) or cleaned.authors,
            editor=meta.get("editor") if isinstance(meta.get("editor"), str) else cleaned.editor,
            tags=_as_list(meta.get("tags")),
            syndicated_from=cleaned.syndicated_from,
        )
        article.publisher = publisher_for(url, cleaned.site_label)
        article.published_at = parse_timestamp(meta.get("published")) if meta.get("published") else None
        if article.published_at is None:
            article.published_at = date_from_url(url)
        return article


def _clean_title(title: str) -> Optional[str]:
    from ..calendar import repair_char_split

    title = re.sub(r"\s+", " ", repair_char_split(title.strip())).strip()
    return title or None


def _as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    return [v.strip() for v in re.split(r"\s*[,;]\s*", str(value)) if v.strip()]
