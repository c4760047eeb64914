"""Indonesian calendar words and publication timestamps.

Used by every stage that meets a date in page metadata or archive rows: `parse_timestamp` turns
"Kamis, 10 Februari 2022 23:28", "2015/08/25", "2025-01-07 23:14:24", "Maret 2025" or "2024" into
ISO 8601 (WIB, +07:00, when a time is given without a zone; Tribun pages are in WIB). In-text date
expressions are the NLP stage's concern (`extractor.nlp.dates`).
"""
from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Optional

from .resources import load_json


@lru_cache(maxsize=1)
def calendar() -> dict:
    return load_json("calendar.json")


def month_number(word: str) -> Optional[int]:
    return calendar()["months"].get(word.lower().rstrip("."))


def weekday_number(word: str) -> Optional[int]:
    return calendar()["weekdays"].get(word.lower().replace("’", "'"))


_CHAR_SPLIT = re.compile(r"^(?:[^|]\|)+[^|]$")


def repair_char_split(text: str) -> str:
    """Undo scrapes that put '|' between every character: 'K|a|m|i|s' -> 'Kamis'."""
    if text and len(text) >= 5 and _CHAR_SPLIT.match(text):
        return text[::2]
    return text


def _zone(label: Optional[str]) -> str:
    if not label:
        return calendar()["default_zone"]
    label = label.strip()
    zones = calendar()["zones"]
    if label.lower() in zones:
        return zones[label.lower()]
    if label.upper() in ("Z", "UTC", "GMT"):
        return "+00:00"
    m = re.fullmatch(r"([+-])(\d{2}):?(\d{2})", label)
    if m:
        return f"{m.group(1)}{m.group(2)}:{m.group(3)}"
    return calendar()["default_zone"]


_TIME = r"(?:[,\s]+(?:pukul\s+)?(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?::(?P<s>\d{2}))?)?\s*(?P<tz>WIB|WITA|WIT|Z|UTC|GMT|[+-]\d{2}:?\d{2})?"
_ISO_LIKE = re.compile(r"^(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?:[T\s]+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?\s*(?P<tz>Z|[+-]\d{2}:?\d{2}|WIB|WITA|WIT)?)?$", re.I)
_DMY_NUMERIC = re.compile(r"^(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})" + _TIME + "$", re.I)
_DMY_WORDS = re.compile(r"^(?:(?P<wd>[A-Za-z']+),?\s+)?(?P<d>\d{1,2})\s+(?P<mon>[A-Za-z]+\.?)\s+(?P<y>\d{4})" + _TIME + "$", re.I)
_MY = re.compile(r"^(?P<mon>[A-Za-z]+\.?)\s+(?P<y>\d{4})$")
_YM = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})$")
_Y = re.compile(r"^(?P<y>\d{4})$")


def _assemble(y: int, m: int, d: int, h, mi, s, tz) -> Optional[str]:
    try:
        date(y, m, d)
    except ValueError:
        return None
    if h is None:
        return f"{y:04d}-{m:02d}-{d:02d}"
    h, mi, s = int(h), int(mi), int(s or 0)
    if not (0 <= h < 24 and 0 <= mi < 60 and 0 <= s < 60):
        return f"{y:04d}-{m:02d}-{d:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}{_zone(tz)}"


def parse_timestamp(raw: Optional[str]) -> Optional[str]:
    """A publication timestamp in any form archives and pages use -> ISO 8601, or None."""
    if raw is None:
        return None
    text = repair_char_split(str(raw).strip())
    text = re.sub(r"\s+", " ", text).strip().rstrip(",")
    if not text:
        return None
    for pattern in (_ISO_LIKE, _DMY_NUMERIC):
        m = pattern.match(text)
        if m:
            g = m.groupdict()
            return _assemble(int(g["y"]), int(g["m"]), int(g["d"]), g.get("h"), g.get("mi"), g.get("s"), g.get("tz"))
    m = _DMY_WORDS.match(text)
    if m and month_number(m.group("mon")):
        g = m.groupdict()
        return _assemble(int(g["y"]), month_number(g["mon"]), int(g["d"]), g["h"], g["mi"], g["s"], g["tz"])
    m = _MY.match(text)
    if m and month_number(m.group("mon")):
        return f"{int(m.group('y')):04d}-{month_number(m.group('mon')):02d}"
    if _YM.match(text) and 1 <= int(text[5:]) <= 12:
        return text
    if _Y.match(text):
        return text
    return _parse_with_dateparser(text)


def _parse_with_dateparser(text: str) -> Optional[str]:
    """The slow general fallback (about 2 ms a call), only for forms our patterns do not know."""
    import dateparser

    parsed = dateparser.parse(
        text, languages=["id", "en"],
        settings={"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first"},
    )
    if parsed is None:
        return None
    if parsed.hour or parsed.minute:
        return parsed.strftime("%Y-%m-%dT%H:%M:%S") + calendar()["default_zone"]
    return parsed.strftime("%Y-%m-%d")


def reference_date(published_at: Optional[str]) -> Optional[date]:
    """The calendar day a record was published, for resolving in-text dates; None if unknown."""
    if not published_at:
        return None
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", published_at)
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)
    if not mo:
        return None
    try:
        return date(y, mo, d or 1) if d else None
    except ValueError:
        return None


def year_of(published_at: Optional[str]) -> Optional[int]:
    if published_at and re.match(r"^\d{4}", published_at):
        return int(published_at[:4])
    return None


_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{2})/(?P<d>\d{2})/")


def date_from_url(url: Optional[str]) -> Optional[str]:
    """Tribun article URLs carry the publication day: /2025/03/23/<slug>."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    if not m:
        return None
    return _assemble(int(m["y"]), int(m["m"]), int(m["d"]), None, None, None, None)


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")
