"""The PLOVER trigger lexicon: which words state which event type, and where its target is.

A target slot names where the acted-upon actor sits in the parse: "dobj" (the direct
object), "dative", "agent", or a preposition ("with", "to", "on", ...) whose object it is.
Slots are tried in order; the first that holds an actor wins.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token


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
    "agree": _t("AGREE", None, "with", "xcomp", needs_target=False),
    "promise": _t("AGREE", "commitment", "dative", "to", "xcomp"),
    "pledge": _t("AGREE", "commitment", "dative", "to", "xcomp"),
    "vow": _t("AGREE", "commitment", "to", "xcomp"),
    "offer": _t("AGREE", "offer", "dative", "to", "xcomp"),
    "mediate": _t("CONSULT", "mediate", "between", "in"),
    "defend": _t("SUPPORT", None, "dobj"),
    "travel": _t("CONSULT", "visit", "to"),
    "caution": _t("THREATEN", None, "dobj", "against"),
    "scramble": _t("MOBILIZE", None, "to", needs_target=False),
    "forgive": _t("SUPPORT", None, "dobj"),
    "share": _t("COOPERATE", None, "with"),
    "provide": _t("AID", None, "to", "dative", "with"),
    "supply": _t("AID", None, "to", "dative", "with"),
    "donate": _t("AID", None, "to", "dative"),
    "surrender": _t("RETREAT", "surrender", "to", needs_target=False),
    "resign": _t("RETREAT", "resign", "from", needs_target=False),
    "lift": _t("CONCEDE", "ease", "on", "against"),
    "ease": _t("CONCEDE", "ease", "on", "against"),
    "relax": _t("CONCEDE", "ease", "on", "against"),
    "shorten": _t("CONCEDE", "ease", "on", "against"),
    "allow": _t("CONCEDE", None, "dobj"),
    "decline": _t("REJECT", None, "dobj", "xcomp", needs_target=False),
    "dismiss": _t("REJECT", None, "dobj"),
    "oppose": _t("REJECT", None, "dobj"),
    "investigate": _t("ACCUSE", "investigate", "dobj"),
    "sue": _t("ACCUSE", "lawsuit", "dobj"),
    "complain": _t("ACCUSE", None, "about", "to"),
    "order": _t("REQUEST", None, "dobj"),
    "press": _t("REQUEST", None, "dobj"),
    "suspend": _t("SANCTION", "suspend", "with", "to", "dobj"),
    "freeze": _t("SANCTION", None, "with"),
    "storm": _t("ASSAULT", None, "dobj"),
    "wound": _t("ASSAULT", None, "dobj"),
    "retaliate": _t("ASSAULT", "retaliation", "against", needs_target=False),
    "beat": _t("ASSAULT", "beat", "dobj"),
    "destroy": _t("ASSAULT", "destroy", "dobj"),
    "demolish": _t("COERCE", "demolish", "dobj"),
    "hack": _t("COERCE", "cyber", "into", "dobj"),
    "block": _t("PROTEST", "obstruct", "dobj", needs_target=False),
    "evict": _t("COERCE", "expel", "dobj"),
    "clash": _t("ASSAULT", "clash", "with"),
    "execute": _t("ASSAULT", "execute", "dobj"),
    "torture": _t("ASSAULT", "torture", "dobj"),
    "massacre": _t("ASSAULT", "massacre", "dobj"),
    "blockade": _t("COERCE", "blockade", "dobj"),
    "besiege": _t("COERCE", "blockade", "dobj"),
    "disperse": _t("COERCE", "disperse", "dobj"),
    "sentence": _t("COERCE", "sentence", "dobj"),
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
    "welcome": _t("CONSULT", "host", "dobj"),
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
    "urge": _t("REQUEST", None, "dobj", "ccomp"),
    "ask": _t("REQUEST", None, "dobj", "ccomp"),  # "asked for the Council to meet"
    "demand": _t("REQUEST", None, "from", "asked_agent", "ccomp", "dobj"),
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
    "brand": _t("ACCUSE", None, "dobj"),
    "label": _t("ACCUSE", None, "dobj"),
    "decry": _t("ACCUSE", None, "dobj"),
    "deplore": _t("ACCUSE", None, "dobj"),
    "lambast": _t("ACCUSE", None, "dobj"),
    "castigate": _t("ACCUSE", None, "dobj"),
    "blast": _t("ACCUSE", None, "dobj"),
    "charge": _t("ACCUSE", None, "dobj"),
    # REJECT
    "reject": _t("REJECT", None, "dobj"),
    "refuse": _t("REJECT", None, "dobj", "xcomp", needs_target=False),
    "veto": _t("REJECT", None, "dobj"),
    "rebuff": _t("REJECT", None, "dobj"),
    # THREATEN
    "threaten": _t("THREATEN", None, "dobj", "condition", "xcomp", "against"),
    "warn": _t("THREATEN", None, "dobj", "condition", "xcomp", "against"),
    # PROTEST
    "protest": _t("PROTEST", None, "against", "xcomp", needs_target=False),
    "demonstrate": _t("PROTEST", None, "against", "xcomp", needs_target=False),
    "rally": _t("PROTEST", None, "against", "xcomp", needs_target=False),
    "march": _t("PROTEST", None, "against", "xcomp", needs_target=False),
    "riot": _t("PROTEST", "riot", "against", "xcomp", needs_target=False),
    # SANCTION
    "sanction": _t("SANCTION", "sanctions", "dobj"),
    "expel": _t("SANCTION", "expel_diplomats", "dobj"),
    "embargo": _t("SANCTION", "sanctions", "dobj"),
    "boycott": _t("SANCTION", None, "dobj", "with", "against"),
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
    "prohibit": _t("COERCE", "ban", "dobj"),
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
    "assassinate": _t("ASSAULT", "assassination", "dobj"),
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
    ("call", "for"): _t("REQUEST", None, "on", "for"),
    ("break", "off"): _t("SANCTION", "cut_ties", "with"),
    ("break", "up"): _t("COERCE", "disperse", "dobj"),  # "police broke up the rally"
    ("cut", "off"): _t("SANCTION", "cut_ties", "with"),
    ("pull", "out"): _t("RETREAT", None, "of", "from", needs_target=False),
    ("shoot", "down"): _t("ASSAULT", "shoot_down", "dobj"),
    ("crack", "down"): _t("COERCE", "crackdown", "on"),
    ("speak", "with"): _t("CONSULT", "phone", "with"),
    ("speak", "to"): _t("CONSULT", "phone", "to"),
    ("rule", "out"): _t("REJECT", None, "dobj"),
    ("sit", "down"): _t("CONSULT", "meeting", "with"),
    ("spend", "together"): _t("CONSULT", "meeting", "with"),  # "the two leaders spent an hour"
    ("turn", "down"): _t("REJECT", None, "dobj"),
    ("pull", "back"): _t("RETREAT", None, "from", needs_target=False),
    ("renege", "on"): _t("REJECT", None, "on"),
    ("open", "fire"): _t("ASSAULT", "firearms", "on", "at"),
    ("call", "in"): _t("CONSULT", "summon", "dobj"),
    ("beat", "up"): _t("ASSAULT", "beat", "dobj"),
    ("bring", "down"): _t("ASSAULT", "shoot_down", "dobj"),
    ("blow", "up"): _t("ASSAULT", "explosives", "dobj"),
    ("force", "out"): _t("ASSAULT", "expel", "dobj"),
    ("drive", "out"): _t("ASSAULT", "expel", "dobj"),
    ("order", "out"): _t("SANCTION", "expel_diplomats", "dobj"),
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
    "exercise": _t("COOPERATE", "military", "with"),
    "drill": _t("COOPERATE", "military", "with"),
    "game": _t("COOPERATE", "military", "with"),
    "withdrawal": _t("RETREAT", None, "from", needs_target=False),
    "blockade": _t("COERCE", "blockade", "on", "of", needs_target=False),
    "suspension": _t("SANCTION", "suspend", "with", "to", "for"),
    "mediation": _t("CONSULT", "mediate", "between", "in"),
    "agreement": _t("AGREE", "agreement", "with", needs_target=False),
    "deal": _t("AGREE", "agreement", "with", needs_target=False),
    "accord": _t("AGREE", "agreement", "with", needs_target=False),
    "treaty": _t("AGREE", "agreement", "with", needs_target=False),
    "pact": _t("AGREE", "agreement", "with", needs_target=False),
    "statement": _t("AGREE", "joint_statement", "with", needs_target=False),
    "greeting": _t("SUPPORT", None, "to", "dative", "dobj"),
    "congratulation": _t("SUPPORT", None, "to", "dative", "dobj"),
    "condolence": _t("SUPPORT", None, "to", "dative", "dobj"),
    "gratitude": _t("SUPPORT", None, "to"),
    "sanction": _t("SANCTION", "sanctions", "on", "against", "dobj"),
    "embargo": _t("SANCTION", "sanctions", "on", "against"),
    "tie": _t("SANCTION", "cut_ties", "with"),
    "relation": _t("SANCTION", "cut_ties", "with"),
    "aid": _t("AID", None, "to", "dative"),
    "assistance": _t("AID", None, "to", "dative"),
    "weapon": _t("AID", "military", "to", "dative"),
    "arm": _t("AID", "military", "to", "dative"),
    "ammunition": _t("AID", "military", "to", "dative"),
    "equipment": _t("AID", None, "to", "dative"),
    "grant": _t("AID", "economic", "to", "dative"),
    "loan": _t("AID", "economic", "to", "dative"),
    "dollar": _t("AID", "economic", "to", "dative"),
    "fund": _t("AID", "economic", "to", "dative"),
    "funding": _t("AID", "economic", "to", "dative"),
    "food": _t("AID", "humanitarian", "to", "dative"),
    "medicine": _t("AID", "humanitarian", "to", "dative"),
    "asylum": _t("AID", "asylum", "to", "dative"),
    "supply": _t("AID", "humanitarian", "to", "dative"),
    "relief": _t("AID", "humanitarian", "to", "dative"),
    "rescuer": _t("AID", "humanitarian", "to", "dative"),
    "vaccine": _t("AID", "humanitarian", "to", "dative"),
    "package": _t("AID", None, "to", "for", "dative"),
    "deadline": _t("REQUEST", "ultimatum", "dative", "to", "for"),
    "recognition": _t("AGREE", "recognition", "of"),
    "troop": _t("MOBILIZE", None, "to", needs_target=False),
    "force": _t("MOBILIZE", None, "to", needs_target=False),
    "strike": _t("ASSAULT", None, "on", "against"),
    "airstrike": _t("ASSAULT", "aerial", "on", "against"),
    "downing": _t("ASSAULT", "shoot_down", "of"),  # "Turkey's downing of a Russian jet"
    "missile": _t("ASSAULT", "missile", "at", "on", "into"),
    "rocket": _t("ASSAULT", "missile", "at", "on", "into"),
    "shell": _t("ASSAULT", "artillery", "at", "on", "into"),
    "attack": _t("ASSAULT", None, "on", "against"),
    "offensive": _t("ASSAULT", None, "on", "against"),
    "invasion": _t("ASSAULT", "invasion", "of", "into"),
    "incursion": _t("ASSAULT", "invasion", "into"),
    "assassination": _t("ASSAULT", "assassination", "of"),
    "protest": _t("PROTEST", None, "against", "xcomp", needs_target=False),
    "demonstration": _t("PROTEST", None, "against", "xcomp", needs_target=False),
    "rally": _t("PROTEST", None, "against", "xcomp", needs_target=False),
    "riot": _t("PROTEST", "riot", "against", "xcomp", needs_target=False),
    "warning": _t("THREATEN", None, "to", "dative"),
    "ultimatum": _t("THREATEN", "ultimatum", "to", "dative"),
    "criticism": _t("ACCUSE", None, "of", "at"),
    "curfew": _t("COERCE", "curfew", "on", needs_target=False),
    "emergency": _t("COERCE", "state_of_emergency", "in", needs_target=False),
    "gas": _t("COERCE", "tear_gas", "on", "at", "xcomp"),
    "teargas": _t("COERCE", "tear_gas", "on", "at", "xcomp"),
    "appeal": _t("REQUEST", None, "to"),
}

# Light verbs that give an event noun another meaning: "lodge a protest with" is an
# official complaint (ACCUSE), not a street protest; "begin a hunger strike" is no attack.
LIGHT_PAIRS: dict[tuple[str, str], Trigger] = {
    ("seek", "refuge"): _t("REQUEST", "asylum", "in", "from"),
    ("seek", "asylum"): _t("REQUEST", "asylum", "in", "from"),
    ("lodge", "protest"): _t("ACCUSE", "complaint", "with", "to"),
    ("file", "protest"): _t("ACCUSE", "complaint", "with", "to"),
    ("file", "complaint"): _t("ACCUSE", "complaint", "with", "against"),
    ("lodge", "complaint"): _t("ACCUSE", "complaint", "with", "against"),
    ("launch", "investigation"): _t("ACCUSE", "investigate", "into", "against"),
    ("open", "investigation"): _t("ACCUSE", "investigate", "into", "against"),
    ("open", "hearing"): _t("ACCUSE", "investigate", "into", needs_target=False),
    ("begin", "strike"): _t("PROTEST", "strike", "against", "xcomp", needs_target=False),
    ("continue", "strike"): _t("PROTEST", "strike", "against", "xcomp", needs_target=False),
    ("stage", "strike"): _t("PROTEST", "strike", "against", "xcomp", needs_target=False),
    ("hold", "strike"): _t("PROTEST", "strike", "against", "xcomp", needs_target=False),
    ("go", "strike"): _t("PROTEST", "strike", "against", "xcomp", needs_target=False),
    ("establish", "tie"): _t("SUPPORT", "relations", "with"),
    ("establish", "relation"): _t("SUPPORT", "relations", "with"),
    ("restore", "tie"): _t("AGREE", "relations", "with"),
    ("restore", "relation"): _t("AGREE", "relations", "with"),
    ("freeze", "tie"): _t("SANCTION", "cut_ties", "with"),
    ("freeze", "relation"): _t("SANCTION", "cut_ties", "with"),
    ("accept", "demand"): _t("CONCEDE", None, "from", "of"),
    ("reiterate", "demand"): _t("REQUEST", None, "ccomp", "from"),
    ("issue", "demand"): _t("REQUEST", None, "ccomp", "to"),
    ("recall", "ambassador"): _t("SANCTION", "recall_ambassador", "from", needs_target=False),
    ("open", "fire"): _t("ASSAULT", "firearms", "on", "at", "xcomp"),  # "opened fire to disperse"
    ("take", "power"): _t("COERCE", "coup", "from", needs_target=False),  # a coup
    ("send", "troop"): _t("MOBILIZE", None, "to", "into", needs_target=False),
    ("order", "patrol"): _t("MOBILIZE", None, "in", needs_target=False),
    ("step", "patrol"): _t("MOBILIZE", None, "in", needs_target=False),
    ("send", "soldier"): _t("MOBILIZE", None, "to", "into", needs_target=False),
    ("deploy", "soldier"): _t("MOBILIZE", None, "to", "into", needs_target=False),
    ("send", "jet"): _t("MOBILIZE", None, "to", "into", needs_target=False),
    ("seize", "power"): _t("COERCE", "coup", "from", needs_target=False),
    ("grab", "power"): _t("COERCE", "coup", "from", needs_target=False),
    ("chant", "demand"): _t("REQUEST", None, "for", "ccomp"),  # "chanted demands for her to go"
    ("voice", "demand"): _t("REQUEST", None, "for", "ccomp"),
    ("close", "embassy"): _t("SANCTION", "close_embassy", "in", needs_target=False),
}

# Which light verbs carry which event nouns: "hold talks", "sign a deal", "impose sanctions".
LIGHT_VERBS: dict[str, set[str]] = {
    "CONSULT": {
        "hold",
        "have",
        "pay",
        "make",
        "conduct",
        "begin",
        "start",
        "open",
        "host",
        "launch",
    },  # fmt: skip
    "AGREE": {
        "sign",
        "strike",
        "reach",
        "seal",
        "conclude",
        "ink",
        "issue",
        "broker",
        "announce",
        "grant",
        "extend",
    },  # fmt: skip
    # "phoned the president with congratulations": the call carries them
    "SUPPORT": {"send", "convey", "express", "extend", "offer", "pass", "phone", "call"},
    "SANCTION": {
        "impose",
        "slap",
        "announce",
        "levy",
        "break",
        "cut",
        "sever",
        "suspend",
        "hit",
        "tighten",
        "extend",
    },  # fmt: skip
    "AID": {
        "send",
        "provide",
        "deliver",
        "give",
        "supply",
        "donate",
        "ship",
        "grant",
        "extend",
        "approve",
        "allocate",
        "airlift",
        "pledge",
        "promise",
        "offer",
        "unveil",
        "announce",
        "dispatch",
        "rush",
    },  # fmt: skip
    "MOBILIZE": {"deploy", "send", "mass", "mobilize", "mobilise", "move"},
    "ASSAULT": {"launch", "carry", "conduct", "mount", "stage", "fire", "unleash", "drop"},
    "PROTEST": {"hold", "stage", "organize", "organise", "launch", "begin", "continue"},
    "COOPERATE": {"hold", "conduct", "launch", "stage", "begin", "start", "carry"},
    "RETREAT": {"complete", "begin", "start", "announce", "order"},
    "THREATEN": {"issue", "give", "deliver"},
    "ACCUSE": {"voice", "express", "level"},
    "COERCE": {"impose", "declare", "fire", "use", "order", "enforce", "maintain"},
    "REQUEST": {"make", "issue", "launch", "set", "give", "hand", "impose"},
}


LIGHT_PAIR_NOUNS = {noun for _, noun in LIGHT_PAIRS}
KNOWN_VERBS = (
    set(VERBS)
    | {verb for verb, _ in PHRASAL}
    | {verb for verb, _ in LIGHT_PAIRS}
    | {verb for verbs in LIGHT_VERBS.values() for verb in verbs}
)


def lemma_of(token: Token) -> str:
    """The token's lemma, mended where the small model clips an "e" ("staged" -> "stag")."""
    lemma = token.lemma_.lower()
    if token.pos_ in {"VERB", "AUX"} and lemma not in KNOWN_VERBS and lemma + "e" in KNOWN_VERBS:
        return lemma + "e"
    return lemma


def light_verb_trigger(verb_lemma: str, noun_lemma: str) -> Trigger | None:
    if (verb_lemma, noun_lemma) in LIGHT_PAIRS:
        return LIGHT_PAIRS[(verb_lemma, noun_lemma)]
    trigger = NOUNS.get(noun_lemma)
    if trigger and verb_lemma in LIGHT_VERBS.get(trigger.type, set()):
        return trigger
    return None
