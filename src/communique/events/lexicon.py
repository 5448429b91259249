"""The PLOVER trigger lexicon: which words state which event type, and where its target is.

A target slot names where the acted-upon actor sits in the parse: "dobj" (the direct
object), "dative", "agent", or a preposition ("with", "to", "on", ...) whose object it is.
Slots are tried in order; the first that holds an actor wins.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Trigger:
    type: str
    mode: str | None
    slots: tuple[str, ...]  # where the target is, in order of preference
    needs_target: bool = True  # no event without a target actor


def _t(type_: str, mode: str | None, *slots: str, needs_target: bool = True) -> Trigger:
    return Trigger(type_, mode, slots, needs_target)


MEET = ("with", "dobj")
OBJ = ("dobj",)

# Verbs whose lemma states the event on its own.
VERBS: dict[str, Trigger] = {
    # CONSULT
    "meet": _t("CONSULT", "meeting", *MEET),
    "visit": _t("CONSULT", "visit", "dobj"),
    "host": _t("CONSULT", "host", "dobj"),
    "receive": _t("CONSULT", "host", "dobj"),
    "talk": _t("CONSULT", "meeting", "with", "to"),
    "negotiate": _t("CONSULT", "meeting", "with"),
    "confer": _t("CONSULT", "meeting", "with"),
    "consult": _t("CONSULT", "meeting", "dobj", "with"),
    "phone": _t("CONSULT", "phone", "dobj"),
    "telephone": _t("CONSULT", "phone", "dobj"),
    "summon": _t("CONSULT", "summon", "dobj"),
    # AGREE
    "agree": _t("AGREE", None, "with", needs_target=False),
    "sign": _t("AGREE", "agreement", "with", needs_target=False),
    "recognize": _t("AGREE", "recognition", "dobj"),
    "recognise": _t("AGREE", "recognition", "dobj"),
    "reconcile": _t("AGREE", None, "with", needs_target=False),
    # SUPPORT
    "thank": _t("SUPPORT", None, "dobj"),
    "praise": _t("SUPPORT", None, "dobj"),
    "commend": _t("SUPPORT", None, "dobj"),
    "hail": _t("SUPPORT", None, "dobj"),
    "congratulate": _t("SUPPORT", None, "dobj"),
    "endorse": _t("SUPPORT", None, "dobj"),
    "back": _t("SUPPORT", None, "dobj"),
    "support": _t("SUPPORT", None, "dobj"),
    "applaud": _t("SUPPORT", None, "dobj"),
    "welcome": _t("SUPPORT", None, "dobj"),
    "greet": _t("SUPPORT", None, "dobj"),
    # COOPERATE
    "cooperate": _t("COOPERATE", None, "with"),
    "collaborate": _t("COOPERATE", None, "with"),
    # AID
    "aid": _t("AID", None, "dobj"),
    "assist": _t("AID", None, "dobj"),
    # RETREAT
    "withdraw": _t("RETREAT", None, "from", needs_target=False),
    "retreat": _t("RETREAT", None, "from", needs_target=False),
    # REQUEST
    "urge": _t("REQUEST", None, "dobj"),
    "ask": _t("REQUEST", None, "dobj"),
    "demand": _t("REQUEST", None, "from", "dobj"),
    "appeal": _t("REQUEST", None, "to"),
    "request": _t("REQUEST", None, "from", "dobj"),
    "implore": _t("REQUEST", None, "dobj"),
    # ACCUSE
    "accuse": _t("ACCUSE", None, "dobj"),
    "blame": _t("ACCUSE", None, "dobj"),
    "criticize": _t("ACCUSE", None, "dobj"),
    "criticise": _t("ACCUSE", None, "dobj"),
    "condemn": _t("ACCUSE", None, "dobj"),
    "denounce": _t("ACCUSE", None, "dobj"),
    "slam": _t("ACCUSE", None, "dobj"),
    "censure": _t("ACCUSE", None, "dobj"),
    "rebuke": _t("ACCUSE", None, "dobj"),
    "mock": _t("ACCUSE", None, "dobj"),
    "charge": _t("ACCUSE", None, "dobj"),
    # REJECT
    "reject": _t("REJECT", None, "dobj"),
    "refuse": _t("REJECT", None, "dobj"),
    "veto": _t("REJECT", None, "dobj"),
    "rebuff": _t("REJECT", None, "dobj"),
    # THREATEN
    "threaten": _t("THREATEN", None, "dobj"),
    "warn": _t("THREATEN", None, "dobj"),
    # PROTEST
    "protest": _t("PROTEST", None, "against", needs_target=False),
    "demonstrate": _t("PROTEST", None, "against", needs_target=False),
    "rally": _t("PROTEST", None, "against", needs_target=False),
    "march": _t("PROTEST", None, "against", needs_target=False),
    "riot": _t("PROTEST", "riot", "against", needs_target=False),
    # SANCTION
    "sanction": _t("SANCTION", "sanctions", "dobj"),
    "expel": _t("SANCTION", "expel_diplomats", "dobj"),
    "embargo": _t("SANCTION", "sanctions", "dobj"),
    "boycott": _t("SANCTION", None, "dobj"),
    # MOBILIZE
    "mobilize": _t("MOBILIZE", None, "against", needs_target=False),
    "mobilise": _t("MOBILIZE", None, "against", needs_target=False),
    "deploy": _t("MOBILIZE", None, "to", needs_target=False),
    # COERCE
    "arrest": _t("COERCE", "arrest", "dobj"),
    "detain": _t("COERCE", "detention", "dobj"),
    "jail": _t("COERCE", "arrest", "dobj"),
    "imprison": _t("COERCE", "arrest", "dobj"),
    "seize": _t("COERCE", "seize", "dobj"),
    "ban": _t("COERCE", "ban", "dobj"),
    "deport": _t("COERCE", "deport", "dobj"),
    "censor": _t("COERCE", "censor", "dobj"),
    "raid": _t("COERCE", "raid", "dobj"),
    # ASSAULT
    "attack": _t("ASSAULT", None, "dobj"),
    "bomb": _t("ASSAULT", "aerial", "dobj"),
    "shell": _t("ASSAULT", "artillery", "dobj"),
    "kill": _t("ASSAULT", None, "dobj"),
    "shoot": _t("ASSAULT", "firearms", "dobj"),
    "invade": _t("ASSAULT", "invasion", "dobj"),
    "assault": _t("ASSAULT", None, "dobj"),
    "ambush": _t("ASSAULT", None, "dobj"),
    "abduct": _t("ASSAULT", "abduct", "dobj"),
    "kidnap": _t("ASSAULT", "abduct", "dobj"),
    "strike": _t("ASSAULT", None, "dobj"),
    "occupy": _t("ASSAULT", "occupation", "dobj"),
    "capture": _t("ASSAULT", "occupation", "dobj"),
    # CONCEDE
    "release": _t("CONCEDE", "release", "dobj"),
    "free": _t("CONCEDE", "release", "dobj"),
    "apologize": _t("CONCEDE", "apology", "to", needs_target=False),
    "apologise": _t("CONCEDE", "apology", "to", needs_target=False),
    "pardon": _t("CONCEDE", "release", "dobj"),
}

# Verb + particle: the particle changes the meaning ("called on", "broke off").
PHRASAL: dict[tuple[str, str], Trigger] = {
    ("call", "on"): _t("REQUEST", None, "on"),
    ("call", "upon"): _t("REQUEST", None, "upon"),
    ("call", "for"): _t("REQUEST", None, "on", needs_target=False),
    ("break", "off"): _t("SANCTION", "cut_ties", "with", needs_target=False),
    ("cut", "off"): _t("SANCTION", "cut_ties", "with", needs_target=False),
    ("pull", "out"): _t("RETREAT", None, "of", "from", needs_target=False),
    ("shoot", "down"): _t("ASSAULT", "shoot_down", "dobj"),
    ("crack", "down"): _t("COERCE", "crackdown", "on"),
    ("speak", "with"): _t("CONSULT", "phone", "with"),
    ("sit", "down"): _t("CONSULT", "meeting", "with"),
}

# Nouns that state an event when a light verb carries them ("held talks with",
# "imposed sanctions on", "sent greetings to") or when they head a nominal event.
NOUNS: dict[str, Trigger] = {
    "talk": _t("CONSULT", "meeting", "with"),
    "meeting": _t("CONSULT", "meeting", "with"),
    "exchange": _t("CONSULT", "meeting", "with"),
    "discussion": _t("CONSULT", "meeting", "with"),
    "consultation": _t("CONSULT", "meeting", "with"),
    "negotiation": _t("CONSULT", "meeting", "with"),
    "conversation": _t("CONSULT", "phone", "with"),
    "call": _t("CONSULT", "phone", "with"),
    "visit": _t("CONSULT", "visit", "to"),
    "trip": _t("CONSULT", "visit", "to"),
    "summit": _t("CONSULT", "meeting", "with"),
    "agreement": _t("AGREE", "agreement", "with", needs_target=False),
    "deal": _t("AGREE", "agreement", "with", needs_target=False),
    "accord": _t("AGREE", "agreement", "with", needs_target=False),
    "treaty": _t("AGREE", "agreement", "with", needs_target=False),
    "pact": _t("AGREE", "agreement", "with", needs_target=False),
    "statement": _t("AGREE", "joint_statement", "with", needs_target=False),
    "greeting": _t("SUPPORT", None, "to", "dative"),
    "congratulation": _t("SUPPORT", None, "to", "dative"),
    "condolence": _t("SUPPORT", None, "to", "dative"),
    "gratitude": _t("SUPPORT", None, "to"),
    "sanction": _t("SANCTION", "sanctions", "on", "against"),
    "embargo": _t("SANCTION", "sanctions", "on", "against"),
    "tie": _t("SANCTION", "cut_ties", "with"),
    "relation": _t("SANCTION", "cut_ties", "with"),
    "aid": _t("AID", None, "to", "dative"),
    "assistance": _t("AID", None, "to", "dative"),
    "weapon": _t("AID", "military", "to", "dative"),
    "troop": _t("MOBILIZE", None, "to", needs_target=False),
    "force": _t("MOBILIZE", None, "to", needs_target=False),
    "strike": _t("ASSAULT", None, "on", "against"),
    "airstrike": _t("ASSAULT", "aerial", "on", "against"),
    "attack": _t("ASSAULT", None, "on", "against"),
    "offensive": _t("ASSAULT", None, "on", "against"),
    "protest": _t("PROTEST", None, "against", needs_target=False),
    "demonstration": _t("PROTEST", None, "against", needs_target=False),
    "rally": _t("PROTEST", None, "against", needs_target=False),
    "warning": _t("THREATEN", None, "to", "dative"),
    "ultimatum": _t("THREATEN", "ultimatum", "to", "dative"),
    "criticism": _t("ACCUSE", None, "of", "at"),
    "curfew": _t("COERCE", "curfew", "on", needs_target=False),
    "emergency": _t("COERCE", "state_of_emergency", "in", needs_target=False),
    "gas": _t("COERCE", "tear_gas", "on", "at", needs_target=False),
    "appeal": _t("REQUEST", None, "to"),
}

# Which light verbs carry which event nouns: "hold talks", "sign a deal", "impose sanctions".
LIGHT_VERBS: dict[str, set[str]] = {
    "CONSULT": {"hold", "have", "pay", "make", "conduct", "begin", "start", "open", "host"},
    "AGREE": {"sign", "strike", "reach", "seal", "conclude", "ink", "issue", "broker"},
    "SUPPORT": {"send", "convey", "express", "extend", "offer", "pass"},
    "SANCTION": {"impose", "slap", "announce", "levy", "break", "cut", "sever", "suspend"},
    "AID": {"send", "provide", "deliver", "give", "supply", "donate", "ship", "grant"},
    "MOBILIZE": {"deploy", "send", "mass", "mobilize", "mobilise", "move"},
    "ASSAULT": {"launch", "carry", "conduct", "mount", "stage"},
    "PROTEST": {"hold", "stage", "organize", "organise"},
    "THREATEN": {"issue", "give", "deliver"},
    "ACCUSE": {"voice", "express", "level"},
    "COERCE": {"impose", "declare", "fire", "use", "order"},
    "REQUEST": {"make", "issue", "launch"},
}


def light_verb_trigger(verb_lemma: str, noun_lemma: str) -> Trigger | None:
    trigger = NOUNS.get(noun_lemma)
    if trigger and verb_lemma in LIGHT_VERBS.get(trigger.type, set()):
        return trigger
    return None
