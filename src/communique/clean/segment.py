"""Cutting a page's lines into articles, and each article into title, furniture and text.

Position decides what shape alone cannot: a short line without a full stop is the title
when it stands above the first paragraph, a section heading or furniture inside the text,
and the headline of a new article when it follows a double blank line (or is repeated at
once) after body text and has paragraphs of its own below it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from communique.clean.boilerplate import clutter_reason, is_short_label
from communique.clean.lines import Line, is_heading_like, is_prose, normalised, words
from communique.clean.metadata import dateline, label_date, line_date, standalone_dateline

SECTION_HEADING_WORDS = 10  # longer lines without a full stop are cut-off sentences: kept
TITLE_MIN_WORDS = 3
REPEATED_MIN_WORDS = 4  # a repeated two-word line is a widget ("Share Share"), not a headline
LOOKAHEAD = 4
# Ends no headline has: a comma, a trailing "...", a function word; or, in a longer line, a
# lower-case word (a word cut short: "Blinken prom").
CUT_PUNCTUATION = re.compile(r"(?:,|,?\.{2,}|…)$")
CUT_FUNCTION_WORD = re.compile(
    r"\b(?:the|a|an|and|or|but|of|to|in|on|at|by|for|with|from|as|that|which|who|whose|"
    r"his|her|its|their|our|was|were|is|are|has|had|have|be|been|would|will|not)$"
)
CUT_WORD = re.compile(r"\b[a-z]+$")
CUT_MIN_WORDS = 6
# A row of a table as trafilatura writes it: "| cell | cell |".
TABLE_ROW = re.compile(r"^\|.*\|$")


@dataclass
class Cut:
    """One article cut from a page, before it becomes a `model.Article`."""

    title: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    published: str | None = None
    published_from: str | None = None
    dateline: str | None = None


def is_body_start(line: Line) -> bool:
    return is_prose(line.text) and clutter_reason(line.text) is None


def next_text(lines: list[Line], index: int) -> str | None:
    return lines[index + 1].text if index + 1 < len(lines) else None


def has_paragraph_below(lines: list[Line], index: int) -> bool:
    return any(is_body_start(line) for line in lines[index + 1 : index + 1 + LOOKAHEAD])


def is_new_headline(lines: list[Line], index: int) -> bool:
    """A headline opening a further article on the same page."""
    line = lines[index]
    if not is_heading_like(line.text) or len(words(line.text)) < TITLE_MIN_WORDS:
        return False
    if clutter_reason(line.text) or line_date(line.text) or is_short_label(line.text):
        return False
    following = next_text(lines, index)
    repeated = (
        following is not None
        and normalised(following) == normalised(line.text)
        and len(words(line.text)) >= REPEATED_MIN_WORDS
    )
    return (line.blanks_before >= 2 or repeated) and has_paragraph_below(lines, index)


def split_articles(lines: list[Line]) -> list[list[Line]]:
    """The page's lines grouped by article; a new group starts at a headline after body text."""
    groups: list[list[Line]] = [[]]
    seen_body = False
    for index, line in enumerate(lines):
        if seen_body and is_new_headline(lines, index):
            groups.append([])
            seen_body = False
        groups[-1].append(line)
        seen_body = seen_body or is_body_start(line)
    return [group for group in groups if group]


def first_body_index(lines: list[Line]) -> int:
    return next((i for i, line in enumerate(lines) if is_body_start(line)), len(lines))


def caption_pairs(lines: list[Line]) -> set[int]:
    """Lines printed twice in a row (image alt text, then caption): never the title."""
    pairs = {
        i
        for i in range(len(lines) - 1)
        if lines[i + 1].blanks_before == 0
        and normalised(lines[i].text) == normalised(lines[i + 1].text)
    }
    return pairs | {i + 1 for i in pairs}


def is_title_candidate(line: Line) -> bool:
    text = line.text
    return (
        is_heading_like(text)
        and len(words(text)) >= TITLE_MIN_WORDS
        and clutter_reason(text) is None
        and line_date(text) is None
        and label_date(text, None) is None
        and not is_short_label(text)
        and standalone_dateline(text) is None
    )


def choose_title(lines: list[Line], head_end: int) -> int | None:
    """Index of the headline among the lines above the first paragraph.

    A headline printed twice (page title, then article title) wins; else the first
    candidate, since standfirsts and bylines come below the headline.
    """
    captions = caption_pairs(lines)
    candidates = [i for i in range(head_end) if i not in captions and is_title_candidate(lines[i])]
    keys = [normalised(line.text) for line in lines]
    for i in candidates:
        if keys.count(keys[i]) > 1:
            return i
    return candidates[0] if candidates else None


def title_index_of(lines: list[Line], head_end: int, hint: str | None) -> int | None:
    """Where the title stands: the line matching a given title, else the chosen headline."""
    if hint:
        key = normalised(hint)
        return next((i for i, line in enumerate(lines) if normalised(line.text) == key), None)
    return choose_title(lines, head_end)


def labelled_date(lines: list[Line]) -> str | None:
    """A date introduced by a label ("Published:", "Fecha de publicación:") anywhere."""
    for index, line in enumerate(lines):
        if is_prose(line.text):
            continue
        segments = [segment.strip() for segment in line.text.split("|")]
        for position, segment in enumerate(segments):
            following = next_text(lines, index) if position == len(segments) - 1 else None
            value = label_date(segment, following)
            if value:
                return value
    return None


def furniture_date(lines: list[Line], head_end: int, title: int | None) -> str | None:
    """A date line near the top; one below the headline beats a site-header one above it."""
    limit = min(len(lines), head_end + 3)
    dated = [(i, line_date(lines[i].text)) for i in range(limit) if not is_prose(lines[i].text)]
    dated = [(i, value) for i, value in dated if value]
    below = [value for i, value in dated if title is None or i > title]
    above = [value for i, value in dated if title is not None and i < title]
    return (below or above or [None])[0]


def set_published(cut: Cut, lines: list[Line], head_end: int, title: int | None) -> None:
    """Publication date by trust: a label, then a dated dateline, then a date line."""
    value, source = labelled_date(lines), "label"
    if value is None:
        body = [line.text for line in lines[head_end : head_end + 3]]
        value = next((found[1] for text in body if (found := dateline(text)) and found[1]), None)
        source = "text"
    if value is None:
        value = furniture_date(lines, head_end, title)
    if value:
        cut.published, cut.published_from = value, source


def is_cut_sentence(text: str) -> bool:
    """A page's last line stopped mid-sentence ("..., who"), as stored pages often are."""
    if CUT_PUNCTUATION.search(text) or CUT_FUNCTION_WORD.search(text):
        return len(words(text)) >= TITLE_MIN_WORDS
    return len(words(text)) >= CUT_MIN_WORDS and bool(CUT_WORD.search(text))


def structured_reason(text: str, index: int, head_end: int) -> str | None:
    """The drop reason of a line an HTML extractor kept, or "" to judge it as plain text.

    Its table rows are kept whole; a short line below the first paragraph is a section
    heading or a list item there, so only the clutter rules may still drop it.
    """
    if TABLE_ROW.match(text):
        return None
    if index >= head_end and is_heading_like(text) and not line_date(text):
        return clutter_reason(text)
    return ""


def drop_reason(
    line: Line,
    index: int,
    head_end: int,
    title: int | None,
    last: bool = False,
    structured: bool = False,
) -> str | None:
    """Why a line is not article text, or None to keep it.

    `structured` text comes from an HTML extractor, which already judged the page's
    markup: a short line inside its body is a heading or list item, not furniture.
    """
    text = line.text
    if structured and (judged := structured_reason(text, index, head_end)) != "":
        return judged
    reason = clutter_reason(text)
    if reason:
        return reason
    if line_date(text) or label_date(text, None):
        return "date line"
    if index < head_end and standalone_dateline(text):
        return "dateline"
    if not is_heading_like(text):
        return None
    if index < head_end and title is not None and index < title:
        return "page header"
    if last and index >= head_end and is_cut_sentence(text):
        return None
    if len(words(text)) <= SECTION_HEADING_WORDS:
        return "heading"
    return None


def keep_lines(
    lines: list[Line], head_end: int, title: int | None, cut: Cut, structured: bool = False
) -> list[Line]:
    """The article's text lines; the others go to `cut.boilerplate`.

    A line seen before is dropped as repeated, except in structured text, where the
    extractor kept it on purpose (a recipe's "Eat every 2-3 hours" under each meal).
    """
    kept: list[Line] = []
    seen = {normalised(cut.title)} if cut.title else set()
    for index, line in enumerate(lines):
        key = normalised(line.text)
        if index == title:
            continue
        last = index == len(lines) - 1
        repeated = key in seen and (not structured or key == normalised(cut.title or ""))
        reason = (
            "repeated" if repeated else drop_reason(line, index, head_end, title, last, structured)
        )
        if reason:
            cut.boilerplate.append(line.text)
            continue
        seen.add(key)
        kept.append(line)
    return kept


def find_dateline(cut: Cut, kept: list[Line], lines: list[Line], head_end: int) -> None:
    for line in lines[:head_end]:
        place = standalone_dateline(line.text)
        if place:
            cut.dateline = place
            return
    for line in kept[:3]:
        found = dateline(line.text)
        if found:
            cut.dateline = found[0]
            return


def cut_article(lines: list[Line], title_hint: str | None = None, structured: bool = False) -> Cut:
    """Title, text, furniture, date and dateline of one article's lines."""
    head_end = first_body_index(lines)
    title = title_index_of(lines, head_end, title_hint)
    cut = Cut(title=title_hint or (lines[title].text if title is not None else None))
    kept = keep_lines(lines, head_end, title, cut, structured)
    cut.paragraphs = [line.text for line in kept]
    set_published(cut, lines, head_end, title)
    find_dateline(cut, kept, lines, head_end)
    return cut
