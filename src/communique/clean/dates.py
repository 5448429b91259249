"""Calendar dates written in page furniture, in several languages, to YYYY-MM-DD.

Our own small parser rather than dateparser: furniture dates are few formats, and a strict
parser cannot invent a day or a year (dateparser fills missing parts from today).
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10,
    "dezember": 12,
    # Portuguese and Italian
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12, "gennaio": 1,
    "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "dicembre": 12,
}  # fmt: skip
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|º)?\.?"
YEAR = r"(?P<year>(?:19|20)\d{2})"
PATTERNS = [
    re.compile(rf"\b{YEAR}-(?P<month_number>\d{{1,2}})-{DAY}(?!\d)"),
    re.compile(rf"\b{DAY}\s+(?:de\s+)?{MONTH},?\s+(?:de\s+)?{YEAR}\b", re.I),
    re.compile(rf"\b{MONTH}\s+{DAY},?\s+{YEAR}\b", re.I),
    re.compile(rf"\b{DAY}[./](?P<month_number>\d{{1,2}})[./]{YEAR}\b"),
]


def make_date(year: str, month: int, day: str) -> str | None:
    try:
        return date(int(year), month, int(day)).isoformat()
    except ValueError:
        return None


def month_of(match: re.Match[str]) -> int:
    groups = match.groupdict()
    if groups.get("month_number"):
        return int(groups["month_number"])
    return MONTHS[groups["month"].lower()]


def find_date(text: str) -> tuple[str, re.Match[str]] | None:
    """The first full calendar date (day, month and year) in `text`, as YYYY-MM-DD."""
    found: list[tuple[int, str, re.Match[str]]] = []
    for pattern in PATTERNS:
        for match in pattern.finditer(text):
            value = make_date(match["year"], month_of(match), match["day"])
            if value:
                found.append((match.start(), value, match))
                break
    if not found:
        return None
    _, value, match = min(found, key=lambda item: item[0])
    return value, match


def normalise_date(text: str | None) -> str | None:
    """An input's `published` value (ISO date or datetime, or a written date) as YYYY-MM-DD."""
    if not text:
        return None
    found = find_date(text.strip())
    return found[0] if found else None
