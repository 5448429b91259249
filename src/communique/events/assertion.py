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
TIME_MARKS = {"when", "once", "whenever"}
INTENTION_VERBS = {
    "plan", "intend", "expect", "want", "hope", "aim", "seek", "prepare", "schedule",
    "propose", "wish", "try", "threaten", "vow", "promise", "pledge", "agree",
    "offer", "refuse", "set", "due", "likely", "ready", "able", "going",
}  # fmt: skip
NEGATIONS = {"not", "n't", "never", "no"}
# Words whose "that" clause, in the bare subjunctive, is what is asked for.
DEMANDING = {"demand", "urge", "ask", "request", "insist", "call", "propose", "recommend",
             "suggest", "require", "order", "appeal", "plea", "proposal"}  # fmt: skip
READINESS = {"willing", "ready", "prepared", "committed", "determined"}
SPEECH_LEMMAS = {"say", "announce", "state", "declare", "tell", "add", "warn", "insist"}
# Governors after which an infinitive did happen: "went on to sign", "took the opportunity
# to send greetings". After any other governor, an infinitive is only wanted or asked for.
IMPLICATIVE = {"manage", "go", "proceed", "continue", "begin", "start", "opportunity", "use",
               "decide"}  # "decided to allow": a decision reported is taken  # fmt: skip
INFINITIVE_DEPS = {"xcomp", "acl", "advcl", "ccomp", "relcl"}


@dataclass(frozen=True)
class Assertion:
    negated: bool = False
    hypothetical: bool = False
    planned: bool = False
    future: bool = False  # stated with "will": a commitment when the act is cooperative
    conditional: bool = False  # "if", "unless": with a future act, a threat


def assess(verb: Token) -> Assertion:
    """The assertion status of the clause headed by `verb`, inherited through xcomp chains."""
    negated = hypothetical = planned = future = conditional = False
    for token in _clause_chain(verb):
        children = list(token.children)
        negated |= any(
            c.dep_ == "neg" or c.lower_ in NEGATIONS and c.dep_ == "advmod" for c in children
        )
        auxes = {c.lower_ for c in children if c.dep_ in {"aux", "auxpass"}}
        future |= token is verb and (bool(auxes & FUTURE_AUX) or _reported_would(verb, auxes))
        conditional |= _has_condition(token)
        planned |= bool(auxes & FUTURE_AUX)
        hypothetical |= bool(auxes & MODAL_AUX)
        hypothetical |= any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in children)
        if token is not verb and token.lemma_ in INTENTION_VERBS:
            planned = True
        if token is not verb and token.lemma_ in READINESS:
            future = planned = True  # "is willing to withdraw": a stated commitment
        planned |= _unfulfilled_infinitive(token)
        if token.sent.text.rstrip().endswith("?"):
            hypothetical = True
    hypothetical |= _when_of_a_possibility(verb)
    planned |= _asked_in_the_subjunctive(verb)
    return Assertion(negated, hypothetical, planned, future, conditional)


def _asked_in_the_subjunctive(verb: Token) -> bool:
    """ "demanded that Chile release the fishermen", "its demand that Israel ease
    restrictions": the bare verb of a demand's clause is asked for, not done."""
    governor = verb.head
    carried = {c.lemma_.lower() for c in governor.children if c.dep_ == "dobj"}
    return (
        verb.dep_ in {"ccomp", "acl"}
        and verb.tag_ == "VB"
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        and bool({governor.lemma_.lower(), *carried} & DEMANDING)  # "reiterated its demand"
    )


def _when_of_a_possibility(verb: Token) -> bool:
    """ "could be settled when parties talk": the talks are a condition, not a report."""
    marked = any(c.dep_ == "advmod" and c.lower_ in TIME_MARKS for c in verb.children)
    if verb.dep_ != "advcl" or not marked:
        return False
    return any(c.dep_ == "aux" and c.lower_ in MODAL_AUX | FUTURE_AUX for c in verb.head.children)


def _reported_would(verb: Token, auxes: set[str]) -> bool:
    """ "said they would boycott": a future in reported speech, not a hypothetical."""
    return "would" in auxes and verb.dep_ == "ccomp" and verb.head.lemma_ in SPEECH_LEMMAS


def _has_condition(verb: Token) -> bool:
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in c.children)
        for c in verb.children
    ) or any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in verb.children)


def _unfulfilled_infinitive(verb: Token) -> bool:
    """ "urged X to release", "in order to strike": the act is asked for, not done."""
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "agreed to mend and re-establish ties": the first conjunct says
    if not is_infinitive(verb) or verb.dep_ not in INFINITIVE_DEPS:
        return False
    return verb.head.lemma_ not in IMPLICATIVE


def is_infinitive(verb: Token) -> bool:
    """ "to release": a verb with its "to"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _clause_chain(verb: Token) -> list[Token]:
    """The verb and the verbs it is an infinitive complement of ("plans to visit")."""
    chain = [verb]
    token = verb
    while token.dep_ in {"xcomp", "acomp"} and token.head is not token:
        token = token.head
        chain.append(token)
    return chain
