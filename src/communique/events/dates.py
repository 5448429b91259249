"""Time expressions in news text and their dates against the publication date.

Plain `datetime` arithmetic rather than dateparser: the rules below are what the gold
guidelines ask for, and dateparser's settings move weekdays and fill in days that the text
never gave (OFFLINE-NLP.md).

Resolution rules (`resolve`), with `published` the article's YYYY-MM-DD date:

- "Monday", "on Monday": the most recent Monday on or before the publication day; a weekday
  equal to the publication's is the publication day itself (news writes "on Wednesday" for
  today). "last Monday" is strictly before it; "next Monday" strictly after (future).
- "today", "tonight", "this morning": the publication day; "yesterday", "last night": the day
  before; "tomorrow": the day after (future).
- "this week", "earlier this week": the publication month; "last week": the month of
  publication minus 7 days; "next week": of plus 7 days (future). A week is not a day, so
  these have month precision.
- "this month" / "last month" / "next month", "this year" / "last year" / "next year" (and
  "earlier this ..."): month or year precision.
- "March", "in March": the most recent March on or before the publication month; "last March"
  strictly before it; "next March" strictly after (future); "this March": the publication
  year's.
- "March 5" with no year: the March 5 nearest the publication day (of the year before, the
  same year or the year after).
- Dates with a year, ISO dates and bare years ("in 2016") are kept as written.
- Without a publication date, expressions that need one give None.

`future` is set when the date falls after the publication day, so the coder can flag plans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_ABBREVIATIONS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}


@dataclass(frozen=True)
class TimeExpression:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ResolvedDate:
    value: str  # YYYY-MM-DD | YYYY-MM | YYYY
    precision: str  # day | month | year
    text: str
    future: bool = False


# ---------------------------------------------------------------------------
# Finding expressions
# ---------------------------------------------------------------------------

# Month and weekday names only capitalised: "may", "march" and "sun" are common words.
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_MONTH_OR_ABBR = _MONTH[:-1] + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_ORDER = r"(?i:last|this|next|past|coming)"
_COUNT = r"(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
# A bare month or year counts only after one of these words ("in March", "during 2023");
# the word is left out of the expression (group "x"), as "on" is before a weekday.
_PREPOSITION = r"(?<![\w-])(?i:in|during|throughout|since|until|by|early|late|mid|of)[ -]"

_PATTERNS = [
    re.compile(r"\b\d{4}-\d{2}-\d{2}\b"),
    re.compile(rf"\b{_DAY} (?:of )?{_MONTH_OR_ABBR},? {_YEAR}\b"),
    re.compile(rf"\b{_MONTH_OR_ABBR} {_DAY},? {_YEAR}\b"),
    re.compile(rf"\b{_DAY} (?:of )?{_MONTH_OR_ABBR}(?![\w])"),
    re.compile(rf"\b{_MONTH_OR_ABBR} {_DAY}\b(?!,? ?\d)"),
    re.compile(rf"\b{_MONTH},? {_YEAR}\b"),
    re.compile(rf"\b{_ORDER} {_MONTH}\b"),
    re.compile(rf"{_PREPOSITION}(?P<x>{_MONTH})\b"),
    re.compile(rf"\b(?:{_ORDER} )?{_WEEKDAY}\b"),
    re.compile(r"\b(?i:today|tonight|yesterday|tomorrow|last night)\b"),
    re.compile(r"\b(?i:this (?:morning|afternoon|evening))\b"),
    re.compile(
        r"\b(?i:(?:(?:earlier|later) this|last|this|next|past|coming) (?:week|month|year))\b"
    ),
    re.compile(rf"\b{_COUNT} (?i:days?|weeks?|months?|years?) (?i:ago)\b"),
    re.compile(rf"{_PREPOSITION}(?P<x>{_YEAR})\b(?!-)"),
]


def find_time_expressions(text: str) -> list[TimeExpression]:
    """Time expressions in text order; where two overlap, the longer (then earlier) wins."""
    spans = [_span(m) for pattern in _PATTERNS for m in pattern.finditer(text)]
    spans.sort(key=lambda span: (span[0] - span[1], span[0]))
    taken: list[TimeExpression] = []
    for start, end in spans:
        if all(end <= t.start or start >= t.end for t in taken):
            taken.append(TimeExpression(start, end, text[start:end]))
    return sorted(taken, key=lambda t: t.start)


def _span(match: re.Match[str]) -> tuple[int, int]:
    return match.span("x") if "x" in match.re.groupindex else match.span()


# ---------------------------------------------------------------------------
# Resolving one expression
# ---------------------------------------------------------------------------


def _parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _month_number(word: str) -> int | None:
    word = word.lower().rstrip(".")
    if word in MONTHS:
        return MONTHS.index(word) + 1
    return _MONTH_ABBREVIATIONS.get(word)


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def _day(value: date, text: str, base: date | None) -> ResolvedDate:
    return ResolvedDate(value.isoformat(), "day", text, base is not None and value > base)


def _month(year: int, month: int, text: str, base: date | None) -> ResolvedDate:
    future = base is not None and (year, month) > (base.year, base.month)
    return ResolvedDate(f"{year:04d}-{month:02d}", "month", text, future)


def _year(year: int, text: str, base: date | None) -> ResolvedDate:
    return ResolvedDate(f"{year:04d}", "year", text, base is not None and year > base.year)


_LEADING_WORDS = re.compile(r"^(?:on|in|during|throughout|since|until|by|of|the)\s+", re.I)


def resolve(expression: str, published: str | None) -> ResolvedDate | None:
    """The date an expression names, against the publication date (module docstring)."""
    text = expression.strip()
    words = _LEADING_WORDS.sub("", text).lower().replace(",", "")
    base = _parse_published(published)
    for resolver in (_explicit, _relative_day, _relative_period, _ago, _month_name, _weekday):
        resolved = resolver(words, text, base)
        if resolved is not None:
            return resolved
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _explicit(words: str, text: str, base: date | None) -> ResolvedDate | None:
    """ISO dates, dates and months with a year, and bare years: no base needed."""
    if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", words):
        day = _safe_date(*(int(part) for part in match.groups()))
        return _day(day, text, base) if day else None
    day_first = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+\.?) (\d{4})", words)
    month_first = re.fullmatch(r"([a-z]+\.?) (\d{1,2})(?:st|nd|rd|th)? (\d{4})", words)
    if day_first or month_first:
        day_text, month_text, year_text = (
            day_first.groups() if day_first else month_first.group(2, 1, 3)  # type: ignore[union-attr]
        )
        month = _month_number(month_text)
        day = _safe_date(int(year_text), month, int(day_text)) if month else None
        return _day(day, text, base) if day else None
    if (match := re.fullmatch(r"([a-z]+) (\d{4})", words)) and _month_number(match[1]):
        return _month(int(match[2]), _month_number(match[1]) or 0, text, base)
    if re.fullmatch(r"(?:early |late |mid )?\d{4}", words):
        return _year(int(words[-4:]), text, base)
    return None


def _relative_day(words: str, text: str, base: date | None) -> ResolvedDate | None:
    offsets = {
        "today": 0,
        "tonight": 0,
        "this morning": 0,
        "this afternoon": 0,
        "this evening": 0,
        "yesterday": -1,
        "last night": -1,
        "tomorrow": 1,
    }
    if words not in offsets or base is None:
        return None
    return _day(base + timedelta(days=offsets[words]), text, base)


def _relative_period(words: str, text: str, base: date | None) -> ResolvedDate | None:
    """ "last week" (month precision), "this month", "earlier this year", ..."""
    match = re.fullmatch(
        r"(earlier this|later this|last|this|next|past|coming) (week|month|year)", words
    )
    if match is None or base is None:
        return None
    order, unit = match.groups()
    step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(order, 0)
    if unit == "week":
        shifted = base + timedelta(days=7 * step)
        return _month(shifted.year, shifted.month, text, base)
    if unit == "month":
        return _month(*_shift_month(base.year, base.month, step), text, base)
    return _year(base.year + step, text, base)


def count_of(unit: Token) -> int | None:
    """The number counting a unit token: "seven" or "7" in "seven years"."""
    for child in unit.children:
        if child.dep_ == "nummod":
            word = child.lower_
            return _NUMBER_WORDS.get(word) or (int(word) if word.isdigit() else None)
    return None


def _ago(words: str, text: str, base: date | None) -> ResolvedDate | None:
    match = re.fullmatch(r"(\w+) (day|week|month|year)s? ago", words)
    if match is None or base is None:
        return None
    count = _NUMBER_WORDS.get(match[1]) or (int(match[1]) if match[1].isdigit() else 0)
    if match[2] == "day":
        return _day(base - timedelta(days=count), text, base)
    if match[2] == "week":
        shifted = base - timedelta(days=7 * count)
        return _month(shifted.year, shifted.month, text, base)
    if match[2] == "month":
        return _month(*_shift_month(base.year, base.month, -count), text, base)
    return _year(base.year - count, text, base)


def _month_name(words: str, text: str, base: date | None) -> ResolvedDate | None:
    """ "March", "last June", "next May", and "March 5" / "5 March" without a year."""
    if base is None:
        return None
    if match := re.fullmatch(r"(?:(last|this|next|past|coming) )?([a-z]+)", words):
        month = _month_number(match[2]) if match[2] in MONTHS else None
        return _month(_year_of_month(month, match[1], base), month, text, base) if month else None
    day_first = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+\.?)", words)
    month_first = re.fullmatch(r"([a-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?", words)
    if not (day_first or month_first):
        return None
    day_text, month_text = day_first.groups() if day_first else month_first.group(2, 1)  # type: ignore[union-attr]
    month = _month_number(month_text)
    if month is None:
        return None
    candidates = [_safe_date(base.year + shift, month, int(day_text)) for shift in (-1, 0, 1)]
    valid = [day for day in candidates if day is not None]
    nearest = min(valid, key=lambda day: abs((day - base).days), default=None)
    return _day(nearest, text, base) if nearest else None


def _year_of_month(month: int, order: str | None, base: date) -> int:
    if order in ("next", "coming"):
        return base.year if month > base.month else base.year + 1
    if order in ("last", "past"):
        return base.year if month < base.month else base.year - 1
    if order == "this":
        return base.year
    return base.year if month <= base.month else base.year - 1


def _weekday(words: str, text: str, base: date | None) -> ResolvedDate | None:
    match = re.fullmatch(r"(?:(last|this|next|past|coming) )?([a-z]+)", words)
    if match is None or match[2] not in WEEKDAYS or base is None:
        return None
    back = (base.weekday() - WEEKDAYS.index(match[2])) % 7
    if match[1] in ("next", "coming"):
        return _day(base + timedelta(days=(7 - back) % 7 or 7), text, base)
    if match[1] in ("last", "past") and back == 0:
        back = 7
    return _day(base - timedelta(days=back), text, base)
