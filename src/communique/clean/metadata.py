"""Publication dates and datelines from an article's furniture lines."""

from __future__ import annotations

import re

from communique.clean.dates import find_date
from communique.clean.lines import words

# Labels that introduce a publication or update date, in several languages.
DATE_LABEL = re.compile(
    r"^(?:fecha(?: de publicaci[oó]n)?|publicad[oa](?: el| em)?|actualizad[oa]|"
    r"published(?: on| at)?|publication date|date published|posted(?: on| by)?|"
    r"(?:last )?updated(?: on| at)?|date|dated|first published|"
    r"publi[ée](?: le)?|mis à jour(?: le)?|mise à jour|"
    r"ver[öo]ffentlicht(?: am)?|aktualisiert(?: am)?|stand|datum|"
    r"data(?: de publica[çc][ãa]o)?|atualizad[oa](?: em)?|pubblicato(?: il)?|aggiornato)\b"
    r"\s*[:|]?",
    re.I,
)
WEEKDAY_OR_TIME = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b\d{1,2}:\d{2}(?::\d{2})?\b|\b(?:am|pm|"
    r"ist|gmt|utc|est|edt|cet|cest|bst|pst|pdt)\b",
    re.I,
)
PLACE = r"(?P<place>[A-Z][A-Z.'’/-]+(?:[ /][A-Z][A-Z.'’/-]+){0,3})"
SEPARATOR = r"\s*(?:[—–:]|\s-{1,2})\s"
DATELINE = re.compile(
    rf"^{PLACE}(?:\s*\[[^\]]{{2,30}}\])?(?:,\s*[^—–:()\n]{{2,40}}?)?\s*(?:\([^)]{{1,40}}\))?"
    rf"{SEPARATOR}"
)
# "Tokyo [Japan], Sept 03 (Agency):" - a mixed-case place needs the agency to be trusted.
MIXED_DATELINE = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?:\s*\[[^\]]{2,30}\])?"
    r"(?:,\s*[^—–:()\n]{2,40}?)?\s*\([A-Z][^)]{1,40}\)\s*[—–:-]\s"
)
STANDALONE_PLACE = re.compile(r"^[A-Z][A-Z.'’-]+(?:[ /,]+[A-Z][A-Z.'’-]+){0,3}$")


def label_date(text: str, following: str | None) -> str | None:
    """The date a label introduces: on the label's line, or on the next line."""
    match = DATE_LABEL.match(text)
    if not match:
        return None
    value = text[match.end() :].strip()
    found = find_date(value) or (find_date(following) if following and not value else None)
    return found[0] if found else None


def is_date_line(text: str) -> bool:
    """A line that is mostly a date: "Friday, June 27, 2025", "12:45, 16 June 2021 | Comments"."""
    found = find_date(text)
    if not found:
        return False
    rest = text[: found[1].start()] + " " + text[found[1].end() :]
    rest = WEEKDAY_OR_TIME.sub(" ", rest)
    return len(words(rest)) <= 6


def line_date(text: str) -> str | None:
    return find_date(text)[0] if is_date_line(text) else None


def place_name(raw: str) -> str:
    """ "NEW DELHI/ISLAMABAD" -> "New Delhi/Islamabad"."""
    return re.sub(r"[A-Za-z]+", lambda word: word.group().capitalize(), raw.strip(" ,.-"))


def dateline(text: str) -> tuple[str, str | None] | None:
    """(place, date or None) of a dateline opening a paragraph, e.g. "GENEVA, June 16 (AP) —"."""
    match = DATELINE.match(text) or MIXED_DATELINE.match(text)
    if not match or len(match["place"].replace(".", "")) < 3:
        return None
    found = find_date(match.group(0))
    return place_name(match["place"]), found[0] if found else None


def standalone_dateline(text: str) -> str | None:
    """A line holding only a place in capitals ("BANGKOK"), as some pages set the dateline."""
    if STANDALONE_PLACE.match(text) and len(text) >= 3 and len(words(text)) <= 3:
        return place_name(text)
    return None
