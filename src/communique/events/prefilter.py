"""A cheap lexical test run before parsing: can this text hold an event at all?

The coder (events/coder.py) only makes an event from a token whose lemma is in the trigger
lexicon: a verb of VERBS, a verb of PHRASAL with its particle, or a noun of NOUNS carried by
a light verb or owned by a possessor ("Russia's attack"). So a text with no word form of
any of these cannot hold an event, whatever its parse. The test errs one way only: it may
say yes to a text without events (the parse then decides), never no to one with an event.
"""

from __future__ import annotations

import re
from functools import lru_cache

from communique.events.lexicon import LIGHT_VERBS, NOUNS, PHRASAL, VERBS

WORD = re.compile(r"[^\W\d_]+")
POSSESSIVE = re.compile(r"\w['’](?:s\b|(?!\w))|\b(?:his|her|its|their|our|my|your|whose)\b", re.I)

# Forms the suffix rules below do not make, as spaCy's lemmatizer exceptions list them; more
# irregular verbs than the lexicon holds today, so a verb added to it later is covered too.
IRREGULAR: dict[str, tuple[str, ...]] = {
    "meet": ("met",), "hold": ("held",), "have": ("has", "had"), "pay": ("paid",),
    "make": ("made",), "begin": ("began", "begun"), "strike": ("struck", "stricken"),
    "send": ("sent",), "give": ("gave", "given"), "break": ("broke", "broken"),
    "shoot": ("shot",), "speak": ("spoke", "spoken"), "sit": ("sat",),
    "withdraw": ("withdrew", "withdrawn"), "lay": ("laid",), "freeze": ("froze", "frozen"),
    "forgive": ("forgave", "forgiven"), "deal": ("dealt",), "free": ("freer", "freest"),
    "gas": ("gasses",), "ultimatum": ("ultimata",), "ban": ("bani",),
    "fight": ("fought",), "seek": ("sought",), "lead": ("led",), "tell": ("told",),
    "bring": ("brought",), "take": ("took", "taken"), "win": ("won",), "lose": ("lost",),
    "beat": ("beaten",), "sell": ("sold",), "buy": ("bought",), "steal": ("stole", "stolen"),
    "drive": ("drove", "driven"), "throw": ("threw", "thrown"), "blow": ("blew", "blown"),
    "shake": ("shook", "shaken"), "sink": ("sank", "sunk"), "flee": ("fled",),
    "forbid": ("forbade", "forbidden"), "overthrow": ("overthrew", "overthrown"),
    "swear": ("swore", "sworn"), "keep": ("kept",), "leave": ("left",), "hang": ("hung",),
    "bind": ("bound",), "stand": ("stood",), "rise": ("rose", "risen"), "write": ("wrote",
    "written"), "choose": ("chose", "chosen"), "hide": ("hid", "hidden"), "feed": ("fed",),
    "catch": ("caught",), "build": ("built",), "tear": ("tore", "torn"), "wake": ("woke",),
    "withhold": ("withheld",), "uphold": ("upheld",), "overrun": ("overran",), "run": ("ran",),
    "come": ("came",), "go": ("went", "gone"), "see": ("saw", "seen"), "do": ("did", "done"),
    "get": ("got", "gotten"), "say": ("said",), "know": ("knew", "known"), "grow": ("grew",
    "grown"), "draw": ("drew", "drawn"), "fly": ("flew", "flown"), "slay": ("slew", "slain"),
    "undertake": ("undertook", "undertaken"), "sweep": ("swept",), "spend": ("spent",),
    "bid": ("bade",), "dig": ("dug",), "stick": ("stuck",), "strive": ("strove", "striven"),
}  # fmt: skip


def word_forms(lemma: str) -> set[str]:
    """Inflected forms of an English lemma: plural/3rd person, past, participles.

    Generous on purpose: a form that is not a real word costs nothing, a missed one would
    lose an event.
    """
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("ie"):  # tie → tying
        forms.add(lemma[:-2] + "ying")
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][^aeiouwxy]$", lemma):  # plan → planned, level → levelled
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms | set(IRREGULAR.get(lemma, ()))


def forms_of(lemmas: set[str]) -> frozenset[str]:
    return frozenset(form for lemma in lemmas for form in word_forms(lemma))


@lru_cache(maxsize=1)
def lexicon_forms() -> tuple[frozenset[str], dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """(verb forms, phrasal verb form → particles, noun form → light-verb forms of its type)."""
    verbs = forms_of(set(VERBS))
    phrasal: dict[str, set[str]] = {}
    for verb, particle in PHRASAL:
        for form in word_forms(verb):
            phrasal.setdefault(form, set()).add(particle)
    light = {kind: forms_of(lemmas) for kind, lemmas in LIGHT_VERBS.items()}
    nouns = {
        form: light.get(trigger.type, frozenset())
        for lemma, trigger in NOUNS.items()
        for form in word_forms(lemma)
    }
    return verbs, {k: frozenset(v) for k, v in phrasal.items()}, nouns


def may_hold_event(text: str) -> bool:
    """False only when no token of `text` can be a trigger, whatever the parse says."""
    words = {word.lower() for word in WORD.findall(text)}
    verbs, phrasal, nouns = lexicon_forms()
    if words & verbs:
        return True
    if any(particles & words for form, particles in phrasal.items() if form in words):
        return True
    found_nouns = [form for form in words if form in nouns]
    if not found_nouns:
        return False
    # A noun states an event only under a light verb of its type or with a possessor.
    return bool(POSSESSIVE.search(text)) or any(nouns[form] & words for form in found_nouns)
