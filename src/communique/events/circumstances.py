"""When and where an event happened: its own clause first, then the article's context.

The date is the time expression of the event's clause, resolved against the publication
date; without one, the event belongs to the episode the article last dated ("An event
that is part of an explicitly dated episode takes that episode's date"), else to the
publication day. The place is a location named in the clause ("in Geneva", "visit to
Havana"), else the dateline, else the first place the article's events named.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from communique import geo
from communique.events import dates
from communique.model import Article, Event, Place

CLAUSE_BOUNDARIES = {"relcl", "advcl", "ccomp", "acl", "parataxis", "conj", "csubj"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
SETTLEMENT_NOUNS = {"town", "city", "village", "province", "region", "district", "capital"}
PLACE_PREPOSITIONS = {"in", "at", "to", "near", "outside", "from", "inside", "into", "within"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
INHERITING_CLAUSES = {"advcl", "conj", "xcomp", "ccomp", "pcomp"}
# Acts done at home: without a place of their own they happened in the actor's country.
DOMESTIC = {"COERCE", "SANCTION", "MOBILIZE", "PROTEST", "REJECT", "CONCEDE"}


def clause_tokens(verb: Token) -> list[Token]:
    """The verb's clause: its subtree without the finite clauses it governs (those with a
    subject of their own); "negotiating ... starting on Monday" keeps its "starting"."""
    tokens: list[Token] = [verb]
    for child in verb.children:
        if child.dep_ in CLAUSE_BOUNDARIES and _is_finite_clause(child):
            continue
        tokens.extend(child.subtree)
    return tokens


def _is_finite_clause(head: Token) -> bool:
    if head.pos_ not in {"VERB", "AUX"}:
        return False
    return head.dep_ in {"relcl", "ccomp", "parataxis"} or any(
        c.dep_ in SUBJECT_DEPS for c in head.children
    )


def _clauses_up(verb: Token) -> list[Token]:
    """The verb, then the clause it hangs from ("as Biden met Putin" hangs from "got under
    way in Switzerland on Wednesday"): a subordinate clause shares its governor's setting."""
    chain = [verb]
    if verb.dep_ in INHERITING_CLAUSES and verb.head.i != verb.i:
        chain.append(verb.head)
    elif _when_of_a_date(verb):
        chain.append(verb.head)  # "in February 2023, when Raisi travelled": February 2023
    return chain


def _when_of_a_date(verb: Token) -> bool:
    return (
        verb.dep_ == "relcl"
        and verb.head.ent_type_ in {"DATE", "TIME"}
        and any(c.lower_ == "when" for c in verb.children)
    )


def date_event(event: Event, verb: Token, sentence: Span, article: Article,
               episode: dates.ResolvedDate | None) -> None:  # fmt: skip
    """Set the event's date from its clause, its governor's, the episode the article last
    dated, or the publication date."""
    reference = article.reference_date
    years = _years_before_governor(verb)
    if years is not None:  # "seven years after the two countries broke off ties"
        anchor = _governor_date(verb, sentence, reference, episode)
        count = dates.count_of(years)
        if anchor and count:
            event.date, event.date_precision = str(int(anchor[:4]) - count), "year"
            event.date_text = " ".join(t.text for t in years.subtree) + " after"
            event.date_basis = "stated"
            return
    resolved = next(
        (found for clause in _clauses_up(verb) if (found := _clause_date(clause, sentence,
                                                                          reference))),
        None,
    )  # fmt: skip
    if resolved is not None:
        event.date, event.date_precision, event.date_text = (
            resolved.value,
            resolved.precision,
            resolved.text,
        )
        event.date_basis = "stated"
        if resolved.future:
            event.planned = True
    elif episode is not None:
        event.date, event.date_precision = episode.value, episode.precision
        event.date_basis = "episode"
    elif reference:
        event.date, event.date_precision, event.date_basis = reference, "day", "published"


def _years_before_governor(verb: Token) -> Token | None:
    """The "years" of "seven years after they broke off ties": the act came that many
    years before the clause it hangs from (only its year is then known)."""
    marked_after = any(c.dep_ == "mark" and c.lower_ == "after" for c in verb.children)
    if verb.dep_ != "advcl" or not marked_after:
        return None
    return next((c for c in verb.children if c.dep_ == "npadvmod" and c.lemma_ == "year"), None)


def _governor_date(
    verb: Token, sentence: Span, reference: str | None, episode: dates.ResolvedDate | None
) -> str | None:
    for clause in _clauses_up(verb.head):
        found = _clause_date(clause, sentence, reference)
        if found is not None:
            return found.value
    return episode.value if episode is not None else reference


def episode_date(sentence: Span, published: str | None) -> dates.ResolvedDate | None:
    """A recent day the sentence names: the episode later undated sentences belong to.
    Background dates (years back), vague ones ("last week") and future ones open none."""
    if not published:
        return None
    for expression in dates.find_time_expressions(sentence.text):
        resolved = dates.resolve(expression.text, published)
        if (
            resolved
            and resolved.precision == "day"
            and not resolved.future
            and _recent(resolved.value, published)
        ):
            return resolved  # the first: "Monday this afternoon" is Monday
    return None


def _recent(value: str, published: str) -> bool:
    """Within the publication month or the one before it."""
    if len(value) < 7:
        return False
    year, month = int(published[:4]), int(published[5:7])
    previous = f"{year - (month == 1):04d}-{12 if month == 1 else month - 1:02d}"
    return value[:7] in {published[:7], previous}


def _clause_date(verb: Token, sentence: Span, published: str | None) -> dates.ResolvedDate | None:
    inside = {t.i for t in clause_tokens(verb)}
    for expression in dates.find_time_expressions(sentence.text):
        span = sentence.char_span(expression.start, expression.end, alignment_mode="expand")
        if span is None or not inside.intersection(range(span.start, span.end)):
            continue
        if _bounds_a_period(span):
            continue  # "the largest protests since mid-2017": not when these happened
        resolved = dates.resolve(expression.text, published)
        if resolved is not None:
            return resolved
    return None


def _bounds_a_period(span: Span) -> bool:
    """A time that opens or closes a period ("since 2017", "until March"), not a date."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_ in {"since", "until", "till"}


def clause_place(
    verb: Token, word: Token, sentence: Span, *, inherit: bool = True, origin: bool = True
) -> Place | None:
    """A location named in the event's clause (or, with `inherit`, the clause it hangs from),
    introduced by a place preposition or visited; without `origin`, not one it came "from"
    ("jets took off from Ubon and struck" did not strike Ubon)."""
    prepositions = PLACE_PREPOSITIONS if origin else PLACE_PREPOSITIONS - {"from"}
    for clause in _clauses_up(verb) if inherit else [verb]:
        place = _place_in(clause, verb, word, sentence, prepositions)
        if place is not None:
            return place
    return None


def _place_in(
    clause: Token, verb: Token, word: Token, sentence: Span, prepositions: set[str]
) -> Place | None:
    inside = {t.i for t in clause_tokens(clause)} | {t.i for t in clause_tokens(word)}
    found: list[Place] = []
    for ent in sentence.ents:
        if ent.root.i not in inside:
            continue
        if ent.label_ not in PLACE_LABELS and not _named_as_a_settlement(ent):
            continue
        head = ent.root.head
        visited = ent.root.dep_ == "dobj" and verb.lemma_ == "visit"
        if visited or (ent.root.dep_ == "pobj" and _places(head, prepositions)):
            place = geo.place_country(ent.text.removeprefix("the "))
            if place is not None:
                found.append(place)
    # "in the town of Cizre in southeastern Turkey": the town, the narrowest place named
    return next((p for p in found if geo.country_code(p.place) is None), None) or next(
        iter(found), None
    )


def _named_as_a_settlement(ent: Span) -> bool:
    """ "the city of Bordeaux", whatever label the model gave the name."""
    of = ent.root.head
    return ent.root.dep_ == "pobj" and of.lower_ == "of" and (
        of.head.lemma_.lower() in SETTLEMENT_NOUNS
    )


def _places(preposition: Token, prepositions: set[str]) -> bool:
    """A preposition that places: "in Paris", and the "of" of "in the town of Cizre"."""
    if preposition.lower_ in prepositions:
        return True
    named = preposition.head
    return (
        preposition.lower_ == "of"
        and named.lemma_.lower() in SETTLEMENT_NOUNS
        and named.dep_ == "pobj"
        and named.head.lower_ in prepositions
    )


def fill_places(
    events: list[Event],
    dateline: Place | None,
    home: str | None = None,
    settings: list[tuple[int, Place]] | None = None,
) -> None:
    """Where events with no place of their own happened: a cross-border attack where it
    landed, a visit in the visited state, else the episode's last place (an earlier event's,
    or a setting the story moved to), the dateline, or the acting side's own country."""
    last: Place | None = None
    pending = sorted(settings or [], key=lambda setting: setting[0])
    for event in events:
        while pending and pending[0][0] < event.sentence_start:
            last = pending.pop(0)[1]
        if event.location is None:
            event.location = (
                _based(_implied_place(event), "implied")
                or _based(last, "episode")
                or _based(dateline, "dateline")
                or _based(_home_of(event), "home")
            )
        elif event.location.basis is None:
            event.location = _based(event.location, "stated")
        last = event.location or last
    # The lead takes the first place the story names, else the story's country; an actor's
    # own country ("home") says where that actor acted, not where the story is.
    named = next((e.location for e in events if e.location and e.location.basis != "home"), None)
    first = named or (_country_place(home) if home else None)
    first = first or next((e.location for e in events if e.location), None)
    for event in events:  # the lead, told before any place: where the story's first place is
        event.location = event.location or _based(first, "story")


def _based(place: Place | None, basis: str) -> Place | None:
    """A copy of the place that says how the event got it (places are shared by events)."""
    return replace(place, basis=basis) if place is not None else None


def _implied_place(event: Event) -> Place | None:
    target = event.target.actor if event.target else None
    if target is None or not target.country or target.country == "IGO":
        return None
    landed = event.type == "ASSAULT" and target.country != event.source.actor.country
    visited = event.type == "CONSULT" and event.mode == "visit" and target.kind == "state"
    return _country_place(target.country) if landed or visited else None


def _home_of(event: Event) -> Place | None:
    country = event.source.actor.country
    if event.type in DOMESTIC and country and country != "IGO":
        return _country_place(country)
    return None


def _country_place(code: str) -> Place:
    return Place(geo.country_name(code) or code, code)
