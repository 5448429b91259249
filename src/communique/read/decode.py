"""Bytes to text: UTF-8 first, then what the page declares, then detection.

Invalid bytes never lose the rest of a page: the last resort replaces them.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
WEB_DEFAULT = "cp1252"  # what browsers assume for undeclared legacy pages (WHATWG)
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def bom_encoding(data: bytes) -> str | None:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding
    return None


def declared_encoding(data: bytes) -> str | None:
    """The charset an HTML page declares in its first few kilobytes, if Python knows it."""
    match = META_CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def mostly_utf8(data: bytes) -> bool:
    """True when a few stray bytes spoil otherwise valid UTF-8 (keep UTF-8, replace them).

    Text in a legacy single-byte encoding almost never forms valid multi-byte sequences, so
    as many valid non-ASCII characters as invalid bytes is strong evidence for UTF-8.
    """
    text = data.decode("utf-8", errors="replace")
    errors = text.count("\ufffd")
    valid = sum(1 for char in text if ord(char) > 0x7F) - errors
    return valid > 0 and valid >= errors


def detect(data: bytes) -> str | None:
    """Detected decoding; among equally good guesses, windows-1252 (the web's legacy default)."""
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    for match in matches:
        tied = (match.chaos, match.coherence) == (best.chaos, best.coherence)
        if tied and match.encoding == WEB_DEFAULT:
            return str(match)
    return str(best)


def known_encoding(name: str | None) -> str | None:
    try:
        return codecs.lookup(name).name if name else None
    except LookupError:
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode a page: BOM, strict UTF-8, the declared charset (an HTTP header's, else the
    meta tag's), detection, then UTF-8 with invalid bytes replaced."""
    encoding = bom_encoding(data)
    if encoding:
        return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = known_encoding(declared) or declared_encoding(data)
    if declared and not declared.startswith("utf"):
        return data.decode(declared, errors="replace")
    if mostly_utf8(data):
        return data.decode("utf-8", errors="replace")
    return detect(data) or data.decode("utf-8", errors="replace")


def looks_binary(data: bytes) -> bool:
    """NUL bytes (outside UTF-16/32 text) or many control characters mean not a text page."""
    sample = data[:8192]
    if bom_encoding(sample):
        return False
    if b"\x00" in sample:
        return True
    text = sample.decode("latin-1")
    return len(CONTROL.findall(text)) > len(text) * 0.05
