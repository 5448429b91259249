"""Lines of a page and their shape: prose, heading-like, repeated.

Clutter and headlines are both short lines without sentence punctuation; what tells them
apart is position (see segment.py) and vocabulary (see boilerplate.py). This module only
measures shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

BULLET = re.compile(r"^[•·▪●◦]\s*")
WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d[\d,.:/-]*", re.UNICODE)
# A sentence ends in . ! ? or … possibly followed by closing quotes or brackets.
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]}]*$")
INNER_SENTENCE_END = re.compile(r"[a-z0-9\"'”’)][.!?][\"'”’]?\s+[A-Z(\"“]")
ELLIPSIS_END = re.compile(r"(?:\.{3,}|…)[\"'”’»)\]]*$")
PROSE_WORDS = 6  # a full sentence shorter than this is rare; a caption or quip is not an event


@dataclass
class Line:
    """One non-blank line of the page: its text and the blank lines just above it."""

    text: str
    blanks_before: int
    number: int  # position among non-blank lines


def split_lines(text: str) -> list[Line]:
    """Non-blank lines; a sentence broken across lines (next line lower-case) is joined first."""
    lines: list[Line] = []
    blanks = 0
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        stripped = BULLET.sub("", raw.strip().replace("\u00a0", " "))
        if not stripped:
            blanks += 1
            continue
        if lines and not blanks and continues(lines[-1].text, stripped):
            lines[-1].text = f"{lines[-1].text} {stripped}"
            continue
        lines.append(Line(text=stripped, blanks_before=blanks, number=len(lines)))
        blanks = 0
    return lines


def continues(previous: str, line: str) -> bool:
    return line[:1].islower() and not ends_sentence(previous)


def words(text: str) -> list[str]:
    return WORD.findall(text)


def ends_sentence(text: str) -> bool:
    """True at a full stop; a trailing run of dots is a headline's flourish, not a stop."""
    text = text.rstrip()
    return bool(SENTENCE_END.search(text)) and not ELLIPSIS_END.search(text)


def is_prose(text: str) -> bool:
    """A line of running text: enough words and a sentence end (inside or at its end).

    Long lines with no sentence end are prose too: stored pages are often cut mid-sentence.
    """
    count = len(words(text))
    if count >= 30:
        return True
    if count < PROSE_WORDS:
        return False
    return ends_sentence(text) or (count >= 12 and bool(INNER_SENTENCE_END.search(text)))


def is_heading_like(text: str) -> bool:
    """Short-ish and without a sentence end: a headline, a section heading, or furniture."""
    return not is_prose(text) and len(words(text)) <= 30


def normalised(text: str) -> str:
    return " ".join(text.casefold().split())
