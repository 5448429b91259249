"""General rules for page clutter: forms, prompts, share and related links, credits, bylines.

No list of one site's phrases: each rule names a kind of furniture by what makes it
furniture (user-interface verbs, addressing the reader, label lines without a value,
machine tokens). A rule that would fire inside running prose is limited to short lines.
"""

from __future__ import annotations

import re

from communique.clean.lines import ends_sentence, words

# Verbs a page uses to ask the reader to act on its interface.
UI_VERBS = (
    r"add|post|leave|write|enter|type|sign|log|subscribe|register|click|tap|download|share|"
    r"follow|get|read|see|view|watch|listen|catch|print|join|like|email|e-mail|send|continue|"
    r"skip|load|sort|please|reply|switch|choose|select|submit|accept|install|check|find|tweet|"
    r"pin|save|copy|rate|vote|jump|go|back|return|show|hide|close|open|start|try|learn|discover|explore"
)
IMPERATIVE = re.compile(rf"^(?:{UI_VERBS})\b(?![-’'])", re.I)
READER = re.compile(r"\b(?:you|your|yours|our|us|here)\b", re.I)
# Words about the page or the site itself rather than about the world.
SITE_WORDS = re.compile(
    r"\b(?:comments?|captcha|spam|robot|human visitor|sign[ -]?(?:in|up|out)|log[ -]?(?:in|out)|"
    r"newsletter|subscri\w+|cookies?|javascript|browser|website|web site|homepage|this site|"
    r"app store|google play|our app|free app|(?:your|an|my) account|password|username|"
    r"e-?mail address|"
    r"notifications?|bookmark|font size|text size|print(?:er)?[- ]friendly)\b",
    re.I,
)
LINK_LABELS = re.compile(
    r"^(?:related(?: articles?| stories| news| content| links?)?|also read|read also|read more|"
    r"more from|see also|also see|recommended|trending|most read|most popular|more stories|"
    r"further reading|in focus|top stories|latest news|editor'?s picks?|you may also like|"
    r"advertisement|advertising|sponsored(?: content)?|ad)\b",
    re.I,
)
ERROR_MESSAGE = re.compile(
    r"\b(?:something went wrong|an error (?:has )?occurred|please try again|try again later|"
    r"page not found|could not be loaded|failed to load|enable javascript|"
    r"this (?:story|article|page|post) (?:is being|has been|was) updated|"
    r"all rights reserved|copyright ©?|©)",
    re.I,
)
CREDIT_LABEL = re.compile(
    r"^(?:photo|photos|image|images|picture|pictures|video|gallery|graphic|source|credit|"
    r"credits|caption|file photo|illustration|virin|download|filed under|tags?|topics?|"
    r"categor(?:y|ies)|keywords?|section|author|editor|edited by|reporting by|writing by|"
    r"photo by|photos by|image by|image credit|photo credit)\s*(?:by)?\s*[:|]",
    re.I,
)
BYLINE_START = re.compile(
    r"^(?:by|posted by|written by|reported by|reporting from|report by)\b", re.I
)
# Words that name who wrote a story; in a byline they stand first or last ("Web Desk").
BYLINE_WORDS = re.compile(
    r"^(?:desk|staff|reporters?|correspondents?|agency|agencies|wire|reports?|service|"
    r"writers?|editors?|bureau|contributors?|newsroom)$",
    re.I,
)
MACHINE_TOKEN = re.compile(
    r"^\d+\s*/\s*\d+$|\b(?:jpe?g|png|gif|webp|mp4|pdf)\b\s*-?\s*[\d.]+\s*[kmg]b\b|"
    r"^\[[a-z _-]+\]$|%s|\{\{|\}\}|^[-–—|•·\s]*$",
    re.I,
)
SHORT_WORDS = 10  # rules that could fire inside running prose only judge lines this short
# Forms, prompts and site messages are a sentence or two; a longer paragraph that mentions
# an account or a subscription is an article about one (a deals page, an interview).
PROMPT_MAX_WORDS = 30
# "Nepal quake photo", "Twitter picture": a few words naming a picture, not a sentence.
MEDIA_LABEL = re.compile(
    r"\b(?:photos?|pictures?|images?|videos?|gallery|graphics?|infographic)$", re.I
)
PIPES = re.compile(r"\s[|]\s|\s[|]$")
RATING = re.compile(
    r"\b(?:rate|rating|how (?:\w+ )?(?:useful|informative|helpful)|"
    r"was this (?:\w+ )?helpful|stars?)\b",
    re.I,
)


def is_empty_label(text: str) -> bool:
    """ "Imagen principal:" - a label whose value is missing (an image, a widget) ."""
    return text.endswith(":") and len(words(text)) <= 5


def is_short_label(text: str) -> bool:
    """ "Photo: Courtesy", "In Focus: Aid to Ukraine" - label, colon, a few words, no sentence.

    Headlines can look like this ("Geneva summit: leaders open talks"): callers keep the
    title apart before asking.
    """
    label, colon, value = text.partition(":")
    return (
        bool(colon)
        and len(words(label)) <= 3
        and len(words(value)) <= 4
        and not ends_sentence(text)
    )


def is_byline(text: str) -> bool:
    """ "By John Smith", "Web Desk", "Staff and wire reports": who wrote it, not what."""
    tokens = [word.strip(".,") for word in words(text)]
    if not tokens or len(tokens) > 8:
        return False
    return bool(BYLINE_START.match(text)) or any(
        BYLINE_WORDS.match(token) for token in (tokens[0], tokens[-1])
    )


def ui_reason(text: str, short: bool) -> str | None:
    if len(words(text)) > PROMPT_MAX_WORDS:
        return None
    if IMPERATIVE.match(text) and (short or READER.search(text)):
        return "interface prompt"
    if SITE_WORDS.search(text) and (short or READER.search(text)):
        return "site or form text"
    if ERROR_MESSAGE.search(text) and (short or len(words(text)) <= 12):
        return "site message"
    return None


def label_reason(text: str, short: bool) -> str | None:
    if LINK_LABELS.match(text) and (short or ":" in text[:25]):
        return "related or promoted link"
    if CREDIT_LABEL.match(text) and short:
        return "credit or label"
    if is_empty_label(text):
        return "label without value"
    if RATING.search(text) and short and "?" in text:
        return "rating widget"
    return None


def shape_reason(text: str, short: bool) -> str | None:
    if MACHINE_TOKEN.search(text):
        return "media or machine token"
    if len(words(text)) <= 4 and MEDIA_LABEL.search(text):
        return "media label"
    if short and is_byline(text):
        return "byline"
    if short and PIPES.search(text):
        return "menu or metadata bar"
    return None


def clutter_reason(text: str) -> str | None:
    """Why a line is page furniture, or None when it may be article text."""
    short = len(words(text)) <= SHORT_WORDS
    return ui_reason(text, short) or label_reason(text, short) or shape_reason(text, short)
