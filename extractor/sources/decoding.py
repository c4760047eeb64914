"""Bytes to text for pages and dumps: BOM, then the declared charset (HTTP header or <meta>), then
UTF-8, then cp1252 as a last resort with a warning, so a mis-declared page is read, not lost. A
single-byte label (latin-1, cp1252, ascii) on bytes that are valid, non-ASCII UTF-8 is taken to be
wrong: the page is read as UTF-8, with a warning."""
from __future__ import annotations

import codecs
import re
from typing import Optional

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_SINGLE_BYTE = {"iso8859-1", "iso8859-15", "cp1252", "ascii"}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _known(name: Optional[str]) -> Optional[str]:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def declared_charset(data: bytes, content_type: Optional[str] = None) -> Optional[str]:
    if content_type:
        m = re.search(r"charset\s*=\s*([^\s;]+)", content_type, re.I)
        if m and _known(m.group(1)):
            return _known(m.group(1))
    m = _META_CHARSET.search(data[:4096])
    if m:
        return _known(m.group(1).decode("ascii", "ignore"))
    return None


def decode_bytes(data: bytes, content_type: Optional[str] = None) -> tuple[str, list[str]]:
    """Decode a page; returns the text and any warnings about how it was decoded."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), []
    declared = declared_charset(data, content_type)
    warnings: list[str] = []
    if declared in _SINGLE_BYTE and not data.isascii():
        # a single-byte charset decodes any bytes, so a wrong label would give mojibake silently;
        # valid UTF-8 with non-ASCII bytes is almost never accidental: trust the bytes
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            return text, [f"declared charset {declared}, but the bytes are UTF-8; decoded as UTF-8"]
    if declared:
        try:
            return data.decode(declared), []
        except UnicodeDecodeError:
            warnings.append(f"declared charset {declared} does not fit the bytes")
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError as exc:
        warnings.append(f"not valid UTF-8 (byte {exc.start}); decoded as cp1252")
    return data.decode("cp1252", errors="replace"), warnings
