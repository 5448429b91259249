"""Coding one article: parse, actors, triggers, arguments, assertion, dates and places.

Each sentence is scanned for triggers (verbs, light verbs with event nouns, nominal events);
each trigger's source and target come from the parse (events/arguments.py); one event is
made per pair of actors. Unasserted events are kept with their flags: the writer and the
exports decide whether to show them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import combinations

from spacy.tokens import Span, Token

from communique import nlp
from communique.actors.mentions import find_mentions
from communique.actors.resolve import ArticleActors
from communique.events import cameo, circumstances
from communique.events.arguments import SPEECH_VERBS, Argument, ArgumentFinder
from communique.events.assertion import Assertion, assess
from communique.events.lexicon import (
    LIGHT_PAIR_NOUNS,
    NOUNS,
    PHRASAL,
    VERBS,
    Trigger,
    light_verb_trigger,
)
from communique.model import Actor, Article, ArticleResult, Event

SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
# Acts that, announced with "will", are commitments: "Finland will give Tanzania a grant"
# is an AGREE now (GUIDELINES: "a stated commitment or offer is itself an AGREE").
COMMITTABLE = {"AID", "CONCEDE", "RETREAT", "COOPERATE", "SUPPORT"}
# Hostile acts announced for the future, or on a condition, are threats ("said they would
# boycott", "will withdraw its force unless").
HOSTILE = {"SANCTION", "ASSAULT", "COERCE", "MOBILIZE"}
BASE_CONFIDENCE = {"verb": 0.8, "phrasal": 0.8, "light": 0.75, "noun": 0.6}
OBLIGATION = Trigger("REQUEST", "demand", ("ccomp",), True)
OBLIGATION_AUX = {"must", "should"}
RESOLUTION_PENALTY = {"name": 0.0, "group": 0.05, "description": 0.1, "pronoun": 0.15}


@dataclass
class Match:
    """A trigger found in a sentence: the word, the verb carrying it and how it was found."""

    trigger: Trigger
    word: Token
    verb: Token  # the clause's verb: the word itself, or the light verb carrying a noun
    kind: str  # verb | phrasal | light | noun

    @property
    def rule(self) -> str:
        if self.kind == "light":
            return f"light:{self.verb.lemma_}+{self.word.lemma_}"
        return f"{self.kind}:{self.word.lemma_}"

    @property
    def text(self) -> str:
        if self.kind == "light":
            return f"{self.verb.text} {self.word.text}"
        return self.word.text


@dataclass
class ArticleState:
    """What earlier sentences tell later ones: the person "he" refers to, the episode date."""

    article: Article
    actors: ArticleActors
    last_person: Actor | None = None
    last_pair: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


def code_article(article: Article) -> ArticleResult:
    """Every actor and event of one article (unasserted events flagged, not dropped)."""
    paragraphs = nlp.parse(article.text)
    mentions = [find_mentions(paragraph.doc) for paragraph in paragraphs]
    state = ArticleState(article, ArticleActors())
    state.actors.register([m for found in mentions for m in found])
    for paragraph, found in zip(paragraphs, mentions, strict=True):
        finder = ArgumentFinder(state.actors, found, paragraph.offset)
        for sentence in paragraph.doc.sents:
            finder.last_person, finder.last_pair = state.last_person, state.last_pair
            for event in code_sentence(sentence, finder, state):
                state.events.append(event)
                if event.target is not None:
                    state.last_pair = finder.last_pair = _actors_of(event)
            state.last_person = _subject_person(sentence, finder) or state.last_person
    circumstances.fill_places(state.events, article)
    events = _deduplicate(state.events)
    used = {id(a) for e in events for a in _actors_of(e)}
    return ArticleResult(article, [a for a in state.actors.actors if id(a) in used], events)


def code_sentence(sentence: Span, finder: ArgumentFinder, state: ArticleState) -> Iterator[Event]:
    for token in sentence:
        match = find_trigger(token)
        if match is not None:
            yield from build_events(match, sentence, finder, state)


def find_trigger(token: Token) -> Match | None:
    if token.pos_ == "VERB" and _reports_an_obligation(token):
        return Match(OBLIGATION, token, token, "verb")
    if token.pos_ == "VERB":
        for child in token.children:
            phrasal = PHRASAL.get((token.lemma_, child.lower_))
            if phrasal and child.dep_ in {"prt", "prep", "advmod"}:
                return Match(phrasal, token, token, "phrasal")
        if token.lemma_ in VERBS:
            return Match(VERBS[token.lemma_], token, token, "verb")
    if token.pos_ == "NOUN" and token.lemma_.lower() in NOUNS.keys() | LIGHT_PAIR_NOUNS:
        return _noun_trigger(token)
    return None


def _reports_an_obligation(verb: Token) -> bool:
    """ "Russia said Sudan must return the helicopter": a demand on the clause's subject."""
    if verb.lemma_ not in SPEECH_VERBS:
        return False
    return any(
        c.dep_ == "ccomp" and any(a.lower_ in OBLIGATION_AUX for a in c.children if a.dep_ == "aux")
        for c in verb.children
    )


def _noun_trigger(noun: Token) -> Match | None:
    lemma = noun.lemma_.lower()
    if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.pos_ == "VERB":
        trigger = light_verb_trigger(noun.head.lemma_, lemma)
        return Match(trigger, noun, noun.head, "light") if trigger else None
    has_owner = any(c.dep_ == "poss" for c in noun.children)
    if has_owner and lemma in NOUNS and noun.dep_ not in {"dobj", "pobj"}:
        return Match(NOUNS[lemma], noun, noun, "noun")
    return None


def build_events(
    match: Match, sentence: Span, finder: ArgumentFinder, state: ArticleState
) -> Iterator[Event]:
    sources, targets = _arguments(match, finder)
    if not sources:
        return
    for source, target in _pairs(match.trigger, sources, targets):
        yield _event(match, sentence, finder, state, source, target)


def _arguments(match: Match, finder: ArgumentFinder) -> tuple[list[Argument], list[Argument]]:
    verb, word = match.verb, match.word
    if match.kind == "noun":
        source_tokens = [c for c in word.children if c.dep_ == "poss"]
    else:
        source_tokens = finder.subjects(verb)
    heads = [word, verb] if word is not verb else [verb]
    sources = finder.actors_of(source_tokens)
    slots = match.trigger.slots
    if match.trigger.type in SYMMETRIC and len(sources) > 1:
        slots = tuple(s for s in slots if s != "xcomp")  # "A and B agreed to ...": a joint act
    target_tokens: list[Token] = []
    for slot in slots:
        target_tokens = finder.slot(heads, slot)
        if target_tokens:
            break
    if match.kind == "verb" and not source_tokens and finder.passive_subjects(verb):
        return [], []  # a passive with no agent: the doer is not named
    if match.kind == "verb" and any(c.dep_ == "agent" for c in verb.children):
        target_tokens = finder.passive_subjects(verb) or target_tokens
    return sources, finder.actors_of(target_tokens)


def _pairs(
    trigger: Trigger, sources: list[Argument], targets: list[Argument]
) -> Iterator[tuple[Argument, Argument | None]]:
    if targets:
        for source in sources:
            for target in targets:
                if source.actor.actor is not target.actor.actor:
                    yield source, target
    elif trigger.type in SYMMETRIC:
        yield from combinations(sources, 2)  # "Iran and Saudi Arabia agreed": a joint act
    elif not trigger.needs_target:
        for source in sources:
            yield source, None


def _event(
    match: Match,
    sentence: Span,
    finder: ArgumentFinder,
    state: ArticleState,
    source: Argument,
    target: Argument | None,
) -> Event:
    assertion = assess(match.verb)
    plover_type, mode = match.trigger.type, match.trigger.mode
    announced = _announced_type(plover_type, assertion)
    if announced is not None:
        plover_type, mode = announced
        assertion = Assertion()
    start = finder.offset + sentence.start_char
    event = Event(
        type=plover_type,
        mode=mode,
        source=source.actor,
        target=target.actor if target else None,
        sentence=sentence.text,
        sentence_start=start,
        sentence_end=start + len(sentence.text),
        trigger=match.text,
        rule=match.rule,
        negated=assertion.negated,
        hypothetical=assertion.hypothetical,
        planned=assertion.planned,
        confidence=_confidence(match, source, target),
    )
    event.cameo = cameo.code_for(event.type, event.mode)
    circumstances.date_event(event, match.verb, sentence, state.article, state.events)
    event.location = circumstances.clause_place(match.verb, match.word, sentence)
    return event


def _announced_type(plover_type: str, assertion: Assertion) -> tuple[str, str] | None:
    """What a future act stated now is: a threat, a commitment, or nothing yet."""
    if not assertion.future or assertion.negated:
        return None
    if assertion.conditional or plover_type in HOSTILE:
        return "THREATEN", "future_act"
    if plover_type in COMMITTABLE:
        return "AGREE", "commitment"
    return None


def _confidence(match: Match, source: Argument, target: Argument | None) -> float:
    score = BASE_CONFIDENCE[match.kind] - RESOLUTION_PENALTY[source.resolved_by]
    if target is not None:
        score -= RESOLUTION_PENALTY[target.resolved_by]
    return max(0.1, score)


def _subject_person(sentence: Span, finder: ArgumentFinder) -> Actor | None:
    """The person the sentence is about, for a "he" in the next one."""
    root = sentence.root
    for argument in finder.actors_of(finder.subjects(root)):
        if argument.actor.actor.kind == "person":
            return argument.actor.actor
    return None


def _actors_of(event: Event) -> list[Actor]:
    return [event.source.actor] + ([event.target.actor] if event.target else [])


def _deduplicate(events: list[Event]) -> list[Event]:
    """One event per type, actor pair and sentence; a joint act is not coded twice."""
    kept: dict[tuple, Event] = {}
    for event in events:
        ids = [id(a) for a in _actors_of(event)]
        if event.type in SYMMETRIC:
            ids.sort()
        key = (event.type, *ids, event.sentence_start)
        kept.setdefault(key, event)
    return list(kept.values())
