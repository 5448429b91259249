"""Whether a trigger asserts an event: negated, hypothetical and planned acts are not coded.

"did not meet" is negated; "would meet if", "could meet" hypothetical; "will visit next
week", "plans to visit" planned. Commitments themselves ("agreed to expand") are events
of their own: the AGREE is asserted, the expansion it promises is planned.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

FUTURE_AUX = {"will", "shall", "'ll", "wo"}
MODAL_AUX = {"would", "could", "may", "might", "should", "must", "can", "ca"}
CONDITIONAL_MARKS = {"if", "unless", "whether"}
INTENTION_VERBS = {
    "plan", "intend", "expect", "want", "hope", "aim", "seek", "prepare", "schedule",
    "propose", "wish", "try", "threaten", "vow", "promise", "pledge", "agree", "decide",
    "offer", "refuse", "set", "due", "likely", "ready", "able", "going",
}  # fmt: skip
NEGATIONS = {"not", "n't", "never", "no"}


@dataclass(frozen=True)
class Assertion:
    negated: bool = False
    hypothetical: bool = False
    planned: bool = False


def assess(verb: Token) -> Assertion:
    """The assertion status of the clause headed by `verb`, inherited through xcomp chains."""
    negated = hypothetical = planned = False
    for token in _clause_chain(verb):
        children = list(token.children)
        negated |= any(
            c.dep_ == "neg" or c.lower_ in NEGATIONS and c.dep_ == "advmod" for c in children
        )
        auxes = {c.lower_ for c in children if c.dep_ in {"aux", "auxpass"}}
        planned |= bool(auxes & FUTURE_AUX)
        hypothetical |= bool(auxes & MODAL_AUX)
        hypothetical |= any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in children)
        if token is not verb and token.lemma_ in INTENTION_VERBS:
            planned = True
        if token.sent.text.rstrip().endswith("?"):
            hypothetical = True
    return Assertion(negated, hypothetical, planned)


def _clause_chain(verb: Token) -> list[Token]:
    """The verb and the verbs it is an infinitive complement of ("plans to visit")."""
    chain = [verb]
    token = verb
    while token.dep_ in {"xcomp", "acomp"} and token.head is not token:
        token = token.head
        chain.append(token)
    return chain
