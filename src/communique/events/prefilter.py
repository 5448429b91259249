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

from communique.actors.resolve import DESCRIBING_NOUNS
from communique.events.arguments import SPEECH_VERBS
from communique.events.lexicon import LIGHT_PAIRS, LIGHT_VERBS, NOUNS, PHRASAL, VERBS

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
    nouns: dict[str, frozenset[str]] = {
        form: light.get(trigger.type, frozenset())
        for lemma, trigger in NOUNS.items()
        for form in word_forms(lemma)
    }
    for verb, noun in LIGHT_PAIRS:  # "lodged a protest", "opened a hearing"
        for form in word_forms(noun):
            nouns[form] = nouns.get(form, frozenset()) | forms_of({verb})
    return verbs, {k: frozenset(v) for k, v in phrasal.items()}, nouns


CURRENCY = re.compile(r"[$€£¥]")


@lru_cache(maxsize=1)
def rule_forms() -> frozenset[str]:
    """Verbs the coder reads as triggers by a rule of its own, not the lexicon (coder.py)."""
    from communique.events import coder  # the coder imports the parser, which imports this

    return forms_of(coder.RULE_VERBS)


@lru_cache(maxsize=1)
def pattern_forms() -> list[tuple[frozenset[str], frozenset[str]]]:
    """The coder's triggers made of two words rather than one lexicon entry (coder.py): a
    text holding one of each pair's forms may hold the event."""
    from communique.events import coder  # the coder imports the parser, which imports this

    money = frozenset({"million", "billion", "dollars", "euros", "pounds", "money", "$"})
    return [
        (forms_of({"withdraw", "pull", "recall"}), forms_of(coder.PERSONNEL)),
        (forms_of(SPEECH_VERBS), frozenset(coder.OBLIGATION_AUX)),  # "said Sudan must"
        (forms_of(SPEECH_VERBS), forms_of(coder.LEAVING)),  # "said diplomats must leave"
        (forms_of(SPEECH_VERBS), frozenset({"question"})),  # "said X is out of the question"
        (forms_of({"hold", "keep"}), frozenset(coder.CAPTIVITY)),  # "holding them hostage"
        (forms_of(coder.STREET_VERBS), frozenset({"street", "streets"})),  # "took to the streets"
        (forms_of({"take", "place", "put"}), frozenset({"custody"})),  # "took X into custody"
        (forms_of({"face"}), frozenset({"or"})),  # "..., or face sanctions"
        (forms_of(coder.REFUSABLE), frozenset({"not", "n't", "never"})),  # "will not accept"
        (forms_of({"fail"}), forms_of(coder.AGREEMENT_NOUNS | {"agree"})),  # "failed to agree"
        (forms_of(coder.REPORTING_VERBS), forms_of(coder.HOSTILE_ACTS)),
        (forms_of({"pledge", "vow", "promise", "swear"}), forms_of(coder.RETALIATION)),
        (forms_of({"hold"}), frozenset({"responsible", "accountable"})),
        (forms_of(coder.CHARACTERISING_VERBS), forms_of(coder.PEJORATIVES)),
        (forms_of(LIGHT_VERBS.get("AID", set())), money),  # "pledged $12.9 million"
    ]


def may_hold_event(text: str) -> bool:
    """False only when no token of `text` can be a trigger, whatever the parse says."""
    words = {word.lower() for word in WORD.findall(text)}
    if CURRENCY.search(text):
        words.add("$")
    verbs, phrasal, nouns = lexicon_forms()
    if words & verbs or words & rule_forms():
        return True
    if any(words & first and words & second for first, second in pattern_forms()):
        return True
    if any(particles & words for form, particles in phrasal.items() if form in words):
        return True
    found_nouns = [form for form in words if form in nouns]
    if not found_nouns:
        return False
    # A noun states an event only under a light verb of its type or with a possessor.
    return bool(POSSESSIVE.search(text)) or any(nouns[form] & words for form in found_nouns)


# -- which sentences of an article need the parse -------------------------------------------

# A period after these does not end a sentence ("Mr. Verdi", "Gen. Castro", "U.S. troops").
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "cmdr", "adm", "sgt",
    "gov", "sen", "rep", "pres", "st", "sr", "jr", "rev", "hon", "no", "vs", "etc", "inc",
    "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "mt", "ft", "approx", "dept", "univ", "ave",
}  # fmt: skip
SENTENCE_END = re.compile(r"""[.!?]+["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9])""")
LAST_WORD = re.compile(r"(\w+)\W*$")
CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*[a-z][\w’'-]*|\b[A-Z]{2,}\b")
LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
DETERMINERS = {"the", "his", "her", "its", "their", "our", "this", "that"}
PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|his|her)\b", re.I)
# Capitalised words that name no actor: they link no two sentences.
NOT_NAMES = {
    "The", "A", "An", "In", "On", "At", "But", "And", "Or", "It", "He", "She", "They", "We",
    "This", "That", "These", "Those", "There", "His", "Her", "Their", "Its", "Our", "After",
    "Before", "When", "While", "As", "If", "For", "With", "By", "From", "Mr", "Mrs", "Ms",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
}  # fmt: skip


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph, cut at end punctuation followed by a
    capital; each span runs to the next one's start, so the spans tile the text."""
    starts = [0]
    for match in SENTENCE_END.finditer(text):
        word = LAST_WORD.search(text[: match.start() + 1])
        before = word.group(1) if word else ""
        if text[match.start()] == "." and (before.lower() in ABBREVIATIONS or len(before) == 1):
            continue  # "Mr. Verdi", "U.S. troops", "J. Smith"
        starts.append(match.end())
    ends = starts[1:] + [len(text)]
    return [(start, end) for start, end in zip(starts, ends, strict=True) if start < end]


def names_in(sentence: str) -> set[str]:
    return {word for word in CAPITALISED.findall(sentence) if word not in NOT_NAMES}


def names_anyone(sentence: str) -> bool:
    """A capitalised word past the first ("Markets were calm" names nobody)."""
    first = re.match(r"\W*\w+", sentence)
    return bool(names_in(sentence[first.end() if first else 0 :]))


def sentences_to_parse(sentences: list[str]) -> list[bool]:
    """Which sentences of an article the coder needs parsed: those that may hold an event,
    and those that can tell it who an event's actors are.

    A sentence without a trigger word still matters when it names someone an event sentence
    names again (the full name and title before "Verdi met"), and when an event sentence
    refers back to a person ("he", "the minister"): then every sentence back to the last
    one that names anyone is parsed, since its subject is who "he" means. Any other sentence
    is only tokenised: whatever it says, no event can come of it.
    """
    triggers = [may_hold_event(sentence) for sentence in sentences]
    pairs = list(zip(sentences, triggers, strict=True))
    event_names = set().union(*(names_in(sentence) for sentence, trigger in pairs if trigger))
    chosen = [trigger or bool(names_in(sentence) & event_names) for sentence, trigger in pairs]
    for index, trigger in enumerate(triggers):
        if trigger and refers_back(sentences[index]):
            _choose_antecedent(sentences, chosen, index)
            _choose_titled(sentences, chosen, index)
    return chosen


def _choose_titled(sentences: list[str], chosen: list[bool], index: int) -> None:
    """Earlier sentences that give someone the title an event sentence describes them by:
    "the foreign minister" is whoever "Foreign Minister Ali Raza" was, however far back."""
    titles = _capitalised_titles(sentences[index])
    for earlier in range(index):
        if any(title in sentences[earlier] for title in titles):
            chosen[earlier] = True


def refers_back(sentence: str) -> bool:
    """A personal pronoun, or a title in lower case ("the minister", "the Cuban president"):
    someone named earlier."""
    if PERSON_PRONOUN.search(sentence):
        return True
    return any(word in DESCRIBING_NOUNS for word in LOWER_WORD.findall(sentence))


def _capitalised_titles(sentence: str) -> list[str]:
    """The lower-case titles of a sentence as they stand before a name: "the foreign
    minister" -> "Foreign Minister", "the minister" -> "Minister"."""
    words = WORD.findall(sentence)
    titles = []
    for position, word in enumerate(words):
        if word not in DESCRIBING_NOUNS:
            continue
        before = words[position - 1] if position else ""
        title = word.capitalize()
        qualified = before.islower() and before not in DETERMINERS
        titles.append(f"{before.capitalize()} {title}" if qualified else title)
    return titles


def _choose_antecedent(sentences: list[str], chosen: list[bool], index: int) -> None:
    """Back from sentence `index` to the nearest earlier one that names anyone."""
    for earlier in range(index - 1, -1, -1):
        chosen[earlier] = True
        if names_anyone(sentences[earlier]):
            return
