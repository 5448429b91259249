"""Who acted and on whom: the source and target of a trigger, from the dependency parse.

The subject of the clause is the source (the agent of a passive); the target sits in the
slot the trigger names. Relative pronouns take their antecedent ("Patrushev, who held"),
infinitives and conjoined verbs inherit their governor's subject, coordinated arguments
give one actor each ("X met Y and Z" is two events).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from communique import geo
from communique.actors import sectors
from communique.actors.mentions import Mention
from communique.actors.resolve import ArticleActors
from communique.model import Actor, EventActor

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
PERSONAL_PRONOUNS = {"he", "she", "him", "her"}
INHERITING_DEPS = {"xcomp", "conj", "advcl", "acl", "pcomp"}
ARGUMENT_POS = {"NOUN", "PROPN", "PRON"}


@dataclass
class Argument:
    """An actor found in a slot: how sure the resolution is goes into the confidence."""

    actor: EventActor
    resolved_by: str  # name | pronoun | description | group


class ArgumentFinder:
    """Maps parse tokens of one paragraph to the article's actors."""

    def __init__(self, actors: ArticleActors, mentions: list[Mention], offset: int) -> None:
        self.actors = actors
        self.offset = offset
        self.by_token: dict[int, Mention] = {}
        for mention in mentions:
            for i in range(mention.span.start, mention.span.end):
                self.by_token[i] = mention
        self.last_person: Actor | None = None

    # -- slots ---------------------------------------------------------------------------

    def subjects(self, verb: Token) -> list[Token]:
        """The tokens naming who acted; passive subjects are targets and are skipped."""
        agents = [pobj for c in verb.children if c.dep_ == "agent" for pobj in _objects(c)]
        if agents:
            return agents
        found = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
        if found:
            return [self._antecedent(t, verb) for t in found]
        if verb.dep_ == "relcl" and not _has_passive_subject(verb):
            return [verb.head]
        if verb.dep_ in INHERITING_DEPS and verb.head is not verb:
            governor = verb.head
            if governor.pos_ in {"NOUN", "PROPN"} and verb.dep_ == "acl":
                governor = governor.head  # "took the opportunity to send": the taker
            if governor.pos_ in {"VERB", "AUX"}:
                return self.subjects(governor)
        return []

    def passive_subjects(self, verb: Token) -> list[Token]:
        return [c for c in verb.children if c.dep_ == "nsubjpass"]

    def slot(self, heads: list[Token], slot: str) -> list[Token]:
        """Tokens filling a target slot ("dobj", "dative", "with", ...) of any of the heads."""
        for head in heads:
            for child in head.children:
                if slot in {"dobj", "dative"} and child.dep_ == slot:
                    return [child] if child.dep_ == "dobj" else _objects(child) or [child]
                if child.dep_ in {"prep", "dative", "agent"} and child.lower_ == slot:
                    return _objects(child)
                if child.dep_ == "prt" and child.lower_ == slot:
                    return [c for c in head.children if c.dep_ == "dobj"]
        return []

    def _antecedent(self, token: Token, verb: Token) -> Token:
        if token.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return verb.head
        return token

    # -- actors --------------------------------------------------------------------------

    def actors_of(self, tokens: list[Token]) -> list[Argument]:
        """One argument per coordinated actor named by the tokens."""
        found: list[Argument] = []
        for token in _with_conjuncts(tokens):
            argument = self.actor_at(token)
            if argument and all(a.actor.actor is not argument.actor.actor for a in found):
                found.append(argument)
        return found

    def actor_at(self, token: Token) -> Argument | None:
        mention = self.by_token.get(token.i)
        if mention is not None:
            return self._named(mention)
        for child in token.children:  # "his Russian counterpart, Vladimir Putin"
            if child.dep_ == "appos" and child.i in self.by_token:
                return self._named(self.by_token[child.i])
        if token.dep_ == "appos" and token.head.i in self.by_token:  # "secretary" of a name
            return self._named(self.by_token[token.head.i])
        if token.lower_ in PERSONAL_PRONOUNS and self.last_person is not None:
            return self._argument(self.last_person, token, "pronoun")
        if token.pos_ == "PROPN":
            person = self.actors.find_person(token.text)
            if person is not None:
                return self._argument(person, token, "name")
        return self._described(token)

    def _named(self, mention: Mention) -> Argument:
        actor = self.actors.actor_for(mention)
        span = mention.span
        return Argument(
            EventActor(
                actor, span.text, self.offset + span.start_char, self.offset + span.end_char
            ),
            "name",
        )

    def _argument(self, actor: Actor, token: Token, how: str) -> Argument:
        start = self.offset + token.idx
        return Argument(EventActor(actor, token.text, start, start + len(token.text)), how)

    def _described(self, token: Token) -> Argument | None:
        if token.pos_ not in {"NOUN", "PROPN"}:
            return None
        person = self.actors.describe(token, self.last_person)
        if person is not None:
            return self._phrase_argument(person, token, "description")
        group = self._group(token)
        return self._phrase_argument(group, token, "group") if group else None

    def _group(self, token: Token) -> Actor | None:
        """An unnamed group or body: "Russian officials", "police", "the Cuban government"."""
        sector = sectors.sector_of_title(token.lemma_.lower())
        if sector is None:
            return None
        country = _country_modifier(token)
        words = [t.text for t in _phrase_tokens(token)]
        name = " ".join(words)
        return self.actors.group(name, country, sector)

    def _phrase_argument(self, actor: Actor, token: Token, how: str) -> Argument:
        tokens = _phrase_tokens(token)
        start = self.offset + tokens[0].idx
        end = self.offset + tokens[-1].idx + len(tokens[-1].text)
        text = token.doc.text[tokens[0].idx - 0 : tokens[-1].idx + len(tokens[-1].text)]
        return Argument(EventActor(actor, text, start, end), how)


def _objects(preposition: Token) -> list[Token]:
    return [c for c in preposition.children if c.dep_ in {"pobj", "pcomp"}]


def _has_passive_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubjpass" for c in verb.children)


def _with_conjuncts(tokens: list[Token]) -> Iterator[Token]:
    seen: set[int] = set()
    for token in tokens:
        for item in (token, *token.conjuncts):
            if item.i not in seen and item.pos_ in ARGUMENT_POS:
                seen.add(item.i)
                yield item


def _phrase_tokens(head: Token) -> list[Token]:
    """The head noun with its premodifiers and "of"-complements: "senior Russian officials"."""
    tokens = [t for t in head.lefts if t.dep_ in {"amod", "compound", "poss", "nmod"}]
    expanded = [t for left in tokens for t in left.subtree]
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            expanded.extend(child.subtree)
    return sorted({*expanded, head}, key=lambda t: t.i)


def _country_modifier(head: Token) -> str | None:
    for token in _phrase_tokens(head):
        if token is head or token.pos_ not in {"PROPN", "ADJ", "NOUN"}:
            continue
        code = geo.country_code(token.text)
        if code:
            return code
    return None
