"""When and where an event happened: its own clause first, then the article's context.

The date is the time expression of the event's clause, resolved against the publication
date; without one, the event belongs to the episode the article last dated ("An event
that is part of an explicitly dated episode takes that episode's date"), else to the
publication day. The place is a location named in the clause ("in Geneva", "visit to
Havana"), else the dateline, else the first place the article's events named.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from communique import geo
from communique.events import dates
from communique.model import Article, Event, Place

CLAUSE_BOUNDARIES = {"relcl", "advcl", "ccomp", "acl", "parataxis", "conj", "csubj"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
PLACE_PREPOSITIONS = {"in", "at", "to", "near", "outside", "from"}


def clause_tokens(verb: Token) -> list[Token]:
    """The verb's clause: its subtree without the nested clauses it governs."""
    tokens: list[Token] = [verb]
    for child in verb.children:
        if child.dep_ in CLAUSE_BOUNDARIES and child.pos_ in {"VERB", "AUX"}:
            continue
        tokens.extend(child.subtree)
    return tokens


def date_event(
    event: Event, verb: Token, sentence: Span, article: Article, earlier: list[Event]
) -> None:
    """Set the event's date from its clause, its episode, or the publication date."""
    resolved = _clause_date(verb, sentence, article.published)
    if resolved is not None:
        event.date, event.date_precision, event.date_text = (
            resolved.value,
            resolved.precision,
            resolved.text,
        )
        if resolved.future:
            event.planned = True
        return
    episode = next((e for e in reversed(earlier) if e.date_text and e.asserted), None)
    if episode is not None:
        event.date, event.date_precision = episode.date, episode.date_precision
    elif article.published:
        event.date, event.date_precision = article.published, "day"


def _clause_date(verb: Token, sentence: Span, published: str | None) -> dates.ResolvedDate | None:
    inside = {t.i for t in clause_tokens(verb)}
    for expression in dates.find_time_expressions(sentence.text):
        span = sentence.char_span(expression.start, expression.end, alignment_mode="expand")
        if span is None or not inside.intersection(range(span.start, span.end)):
            continue
        resolved = dates.resolve(expression.text, published)
        if resolved is not None:
            return resolved
    return None


def clause_place(verb: Token, word: Token, sentence: Span) -> Place | None:
    """A location named in the event's clause, introduced by a place preposition or visited."""
    inside = {t.i for t in clause_tokens(verb)} | {t.i for t in word.subtree}
    for ent in sentence.ents:
        if ent.label_ not in PLACE_LABELS or ent.root.i not in inside:
            continue
        head = ent.root.head
        visited = ent.root.dep_ == "dobj" and verb.lemma_ == "visit"
        if visited or (ent.root.dep_ == "pobj" and head.lower_ in PLACE_PREPOSITIONS):
            place = geo.place_country(ent.text.removeprefix("the "))
            if place is not None:
                return place
    return None


def fill_places(events: list[Event], article: Article) -> None:
    """Events with no place of their own take the dateline, else the article's first place."""
    fallback = geo.place_country(article.dateline) if article.dateline else None
    if fallback is None:
        fallback = next((e.location for e in events if e.location), None)
    for event in events:
        if event.location is None and fallback is not None:
            event.location = Place(fallback.place, fallback.country, fallback.lat, fallback.lon)
