"""Coding one article: parse, actors, triggers, arguments, assertion, dates and places.

Each sentence is scanned for triggers (verbs, light verbs with event nouns, nominal events);
each trigger's source and target come from the parse (events/arguments.py); one event is
made per pair of actors. Unasserted events are kept with their flags: the writer and the
exports decide whether to show them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import combinations

from spacy.tokens import Span, Token

from communique import geo, nlp
from communique.actors import sectors
from communique.actors.mentions import Mention, find_mentions
from communique.actors.resolve import (
    ArticleActors,
    apply_gazetteer,
    default_sectors,
    settle_home_country,
)
from communique.clean.metadata import DATELINE, MIXED_DATELINE, place_name
from communique.events import cameo, circumstances
from communique.events.arguments import (
    SPEECH_VERBS,
    Argument,
    ArgumentFinder,
    held_places,
    holders,
    objects_of,
    out_of_the_question,
    reported_clause,
    supported,
)
from communique.events.assertion import Assertion, assess, is_infinitive
from communique.events.circumstances import episode_date
from communique.events.dates import ResolvedDate
from communique.events.lexicon import (
    LIGHT_PAIR_NOUNS,
    NOUNS,
    PHRASAL,
    VERBS,
    Trigger,
    lemma_of,
    light_verb_trigger,
)
from communique.model import Actor, Article, ArticleResult, Event, EventActor, Place
from communique.stories import manners_agree

SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
# Acts that, announced with "will", are commitments: "Finland will give Tanzania a grant"
# is an AGREE now (GUIDELINES: "a stated commitment or offer is itself an AGREE").
COMMITTABLE = {"AID", "CONCEDE", "RETREAT", "COOPERATE", "SUPPORT", "CONSULT"}
# Hostile acts announced for the future, or on a condition, are threats ("said they would
# boycott", "will withdraw its force unless").
HOSTILE = {"SANCTION", "ASSAULT", "COERCE", "MOBILIZE"}
# Acts that, promised on a condition, are an offer rather than a threat.
OFFERABLE = {"AID", "COOPERATE", "SUPPORT", "CONSULT"}
# Diplomatic measures a government takes by announcing them: "said it would expel",
# "said they would pull their diplomats out" report the decision, not a threat.
DECLARED_MODES = {"cut_ties", "expel_diplomats", "recall_ambassador"}
DECISION_VERBS = {"agree", "decide", "vote", "resolve"}
PARTNER_PREPOSITIONS = {"with", "to", "for"}
TOLL_NOUNS = {"people", "person", "civilian", "number", "dozen", "hundred", "thousand", "resident"}
ADDRESSED_IN_CONVERSATION = {"SUPPORT"}  # condolences, thanks and greetings in a call
RECIPIENT_FROM_STORY = {"AID"}  # relief reported without its recipient goes where the story is
# Types whose target may be the doer of an event they react to ("condemned the strike").
# Ordered types two coordinated subjects can do to each other ("froze their relations").
MUTUAL = {"SANCTION", "ACCUSE", "REJECT"}
# "X and Y failed to reach agreement": each rejected the other's terms.
NO_AGREEMENT = Trigger("REJECT", None, ("with",), True)
AGREEMENT_NOUNS = {"agreement", "deal", "accord", "compromise", "settlement", "consensus"}
DOMESTIC_MEASURES = {"curfew", "emergency", "lockdown", "restriction", "ban", "martial"}
GATHERINGS = {"meeting", "summit", "conference", "gathering", "forum", "assembly", "session"}
PRESSURE_NOUNS = {"pressure", "call", "demand", "appeal", "plea", "request"}
REACTIONS = {"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "THREATEN"}
PROTESTED_PREPOSITIONS = {"of", "at", "against", "over"}
OUSTING_VERBS = {"overthrow", "topple", "oust", "unseat", "depose"}
# Crowds the text names by number or not at all: as protesters they are "protesters".
ANONYMOUS_CROWDS = {"people", "crowd", "crowds", "thousands", "hundreds", "dozens", "group",
                    "civilians", "citizens", "protesters", "demonstrators"}  # fmt: skip
# Nouns that count or time an event: "a round of talks", "a series of strikes".
MEASURE_NOUNS = {"round", "series", "wave", "spate", "string", "day", "week", "barrage",
                 "contingent", "shipment", "consignment", "batch", "tonne", "ton"}  # fmt: skip
SIEGES = {"blockade", "siege"}
NEWS_SOURCES = {"source", "witness", "eyewitness", "report", "media", "agency", "radio",
                "television", "newspaper", "correspondent", "journalist", "reporter"}  # fmt: skip
# Acts whose attempt is already the act: a failed assassination is an attack.
ATTEMPTABLE = {"ASSAULT", "COERCE"}
ATTEMPT_VERBS = {"attempt", "try"}
# Types whose target may be the state where the act landed ("air strikes in Pakistan").
LANDING = {"ASSAULT", "AID"}
# Types whose target, unnamed, is the state where they took place, home or abroad: a
# curfew imposed in a town, a protest held in a country, aid suspended in a city.
PLACED = {"COERCE", "CONCEDE", "SANCTION", "PROTEST", "THREATEN"}
# Of these, the types whose act binds the people of a town or region it is placed in.
BINDS_A_PLACE = {"COERCE", "CONCEDE", "THREATEN"}
EVENT_NOUN_TYPES: dict[str, set[str]] = {
    "bombing": {"ASSAULT"}, "shelling": {"ASSAULT"}, "shooting": {"ASSAULT"},
    "killing": {"ASSAULT"}, "invasion": {"ASSAULT"}, "occupation": {"ASSAULT"},
    "raid": {"ASSAULT", "COERCE"}, "airstrike": {"ASSAULT"}, "incursion": {"ASSAULT"},
    "arrest": {"COERCE"}, "detention": {"COERCE"}, "crackdown": {"COERCE"},
    "coup": {"COERCE", "ASSAULT"}, "takeover": {"COERCE", "ASSAULT"},
    "expulsion": {"SANCTION"}, "interception": {"COERCE", "ASSAULT"},
}  # fmt: skip
COUP_NOUNS = {"coup", "putsch", "takeover"}
COUP_MAKERS = {"junta", "coup", "putschists", "putschist", "plotters"}
GENERIC_EVENT_NOUNS = {
    "decision", "move", "step", "act", "action", "measure", "operation", "incident",
}  # fmt: skip
BASE_CONFIDENCE = {"verb": 0.8, "phrasal": 0.8, "light": 0.75, "noun": 0.6}
OBLIGATION = Trigger("REQUEST", "demand", ("ccomp",), True)
ALLEGATION = Trigger("ACCUSE", "allege", ("reported",), True)
HOSTILE_PLEDGE = Trigger("THREATEN", "vow", ("xcomp", "against", "dobj"), True)
RETALIATION = {"retaliate", "respond", "fight", "avenge", "punish", "hit", "strike"}
REPORTING_VERBS = SPEECH_VERBS | {"believe", "suspect", "allege", "claim", "charge", "assert"}
# Acts a report of which accuses their doer, beyond the ASSAULT and COERCE triggers.
HOSTILE_ACTS = {
    "breach", "cross", "violate", "intrude", "involve", "abuse", "commit", "target",
    "infiltrate", "provoke", "sabotage", "interfere", "meddle", "hack", "spy", "mistreat",
}  # fmt: skip
OBLIGATION_AUX = {"must", "should"}
RESPONSIBLE = Trigger("ACCUSE", "blame", ("dobj",), True)
CHARACTERISATION = Trigger("ACCUSE", None, ("dobj",), True)
PHONE_CALL = Trigger("CONSULT", "phone", ("dobj", "oprd"), True)  # oprd: a parse slip
STREET_PROTEST = Trigger("PROTEST", None, ("against",), False)  # its aim: _demanded_of
RULE_VERBS = {"call"}  # verbs only a rule here reads as triggers (the prefilter needs them)
STREET_VERBS = {"take", "pour", "flood", "spill", "throng", "return"}
REFUSAL = Trigger("REJECT", None, ("dobj", "xcomp"), False)
REFUSABLE = {"accept", "allow", "permit", "admit", "tolerate", "recognise", "recognize"}
TAKEN_INTO_CUSTODY = Trigger("COERCE", "detention", ("dobj",), True)
ALTERNATIVE_THREAT = Trigger("THREATEN", "ultimatum", ("addressee",), True)
HELD_CAPTIVE = Trigger("COERCE", "detention", ("captive",), True)
CAPTIVITY = {"captive", "hostage", "hostages", "prisoner", "prisoners", "shield", "shields"}
# "announced that 18 Russian diplomats would have to leave the country": an expulsion.
EXPULSION = Trigger("SANCTION", "expel_diplomats", ("reported",), True)
LEAVING = {"leave", "depart", "quit"}
PERSON_PRONOUNS = {"him", "her", "them"}
# "welcomed the deal" endorses it (its maker); "welcomed the delegation" hosts it.
WELCOMED_ACT = Trigger("SUPPORT", None, ("dobj",), True)
GUEST_NOUNS = {"delegation", "guest", "visitor", "counterpart", "leader", "team", "envoy"}
# Commanding an act ("ordered the strikes") asks one's own side: no request of anyone.
COMMAND_VERBS = {"order", "authorize", "authorise", "approve", "command"}
CHARACTERISING_VERBS = {"call", "brand", "label", "describe", "term", "dub", "deem"}
# Words that make a characterisation a charge: "called the strike an act of aggression",
# "branded the interception a hijacking", "described Putin as a killer".
PEJORATIVES = {
    "aggression", "aggressive", "hijacking", "piracy", "terror", "terrorism", "terrorist",
    "crime", "criminal", "killer", "murderer", "murder", "thug", "dictator", "liar",
    "violation", "illegal", "unlawful", "illegitimate", "provocation", "provocative",
    "betrayal", "stab", "invasion", "genocide", "massacre", "atrocity", "barbaric",
    "outrage", "outrageous", "unacceptable", "irresponsible", "reckless", "hostile",
    "disgrace", "disgraceful", "shameful", "blackmail", "interference", "meddling",
    "sabotage", "lawless", "rogue", "unjustified", "unprovoked", "criminally",
}  # fmt: skip
SUMMONED_IN_PROTEST = Trigger("ACCUSE", "summon", ("dobj",), True)
MILITARY_AID = Trigger("AID", "military", ("supported",), True)
UNTHINKABLE = Trigger("REJECT", None, ("unthinkable",), True)
PERSONNEL_WITHDRAWAL = Trigger("SANCTION", "withdraw", ("from", "of", "dobj"), True)
DIPLOMAT_RECALL = Trigger("SANCTION", "recall_ambassador", ("from", "of", "dobj"), True)
DIPLOMATS = {"ambassador", "diplomat", "envoy", "embassy", "mission"}
PERSONNEL = {
    "ambassador", "diplomat", "envoy", "inspector", "observer", "monitor", "peacekeeper",
    "staff", "worker", "mission", "embassy", "personnel", "volunteer",
}  # fmt: skip
RESOLUTION_PENALTY = {
    "name": 0.0, "group": 0.05, "place": 0.1, "description": 0.1, "pronoun": 0.15, "event": 0.15,
}  # fmt: skip


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


@dataclass(frozen=True)
class Act:
    """A trigger with a known doer, kept even when no event came of it, so that "condemned
    the strike" can name who struck."""

    type: str
    doer: Actor


@dataclass
class ArticleState:
    """What earlier sentences tell later ones: the person "he" refers to, the episode date."""

    article: Article
    actors: ArticleActors
    last_person: Actor | None = None
    last_pair: list[Actor] = field(default_factory=list)
    acts: list[Act] = field(default_factory=list)  # every act with a doer, coded or not
    episode: ResolvedDate | None = None
    events: list[Event] = field(default_factory=list)
    # Aid events whose recipient is the story's country, known once every sentence is read:
    # each with the trigger's text and offset, which stand for the unnamed recipient.
    unaddressed: list[tuple[Event, str, int]] = field(default_factory=list)
    # Places the story moves to without an event there ("travelled to New Delhi for the
    # G20 meeting"), by the offset of their sentence: the setting of the events that follow.
    settings: list[tuple[int, Place]] = field(default_factory=list)


def code_article(article: Article) -> ArticleResult:
    """Every actor and event of one article (unasserted events flagged, not dropped)."""
    text, dateline = blank_datelines(article.text)
    paragraphs = nlp.parse(text)
    mentions = [find_mentions(p.doc) for p in paragraphs]
    state = ArticleState(article, ArticleActors())
    state.actors.register([m for found in mentions for m in found])
    apply_gazetteer(state.actors.people)
    for paragraph, found in zip(paragraphs, mentions, strict=True):
        finder = ArgumentFinder(state.actors, found, paragraph.offset)
        for sentence in paragraph.doc.sents:
            finder.last_person, finder.last_pair = state.last_person, state.last_pair
            state.episode = episode_date(sentence, article.reference_date) or state.episode
            for event in code_sentence(sentence, finder, state):
                state.events.append(event)
                if _makes_a_pair(event):
                    state.last_pair = finder.last_pair = _actors_of(event)
            state.last_person = _subject_person(sentence, finder) or state.last_person
    dateline = dateline or _place(article.dateline)
    home, only_country = _home_country(dateline, mentions, _unparsed_countries(paragraphs))
    _address_to_story_country(state, home)
    circumstances.fill_places(state.events, dateline, home, state.settings)
    settle_home_country(state.actors.actors, home, only_country=only_country)
    apply_gazetteer(state.actors.people)  # again: roles met while coding recomputed sectors
    default_sectors(state.actors.actors)
    return ArticleResult(article, state.actors.actors, _deduplicate(state.events))


def _conversation_partner(
    match: Match, finder: ArgumentFinder, sources: list[Argument], events: list[Event]
) -> list[Argument]:
    """Whom a greeting or condolence with no addressee goes to: the other side of the
    speaker's last call or meeting ("spoke with Erdogan ... He offered his condolences")."""
    last = next((e for e in reversed(events) if e.asserted and e.target is not None), None)
    if last is None or last.type != "CONSULT" or len(sources) != 1:
        return []
    speaker = sources[0].actor.actor
    sides = [last.source.actor, last.target.actor]  # type: ignore[union-attr]
    if speaker not in sides:
        return []
    partner = sides[1] if speaker is sides[0] else sides[0]
    return [finder.event_argument(partner, match.word)]


def _makes_a_pair(event: Event) -> bool:
    """Whether the event's two sides are "the two sides" later sentences may mean: asserted,
    no crowd, and not two actors of one country."""
    if event.target is None or not event.asserted or _has_crowd(event):
        return False
    countries = {event.source.actor.country, event.target.actor.country}
    return len(countries) == 2 or None in countries


def _address_to_story_country(state: ArticleState, home: str | None) -> None:
    """Aid whose recipient the sentence leaves out ("China promised $13.8 million and sent
    82 rescue workers") goes where the article's other aid and support go ("India is
    assisting Nepal"), else to the country the story is about, when it came from abroad;
    else it is no event."""
    helped = Counter(
        e.target.actor.country for e in state.events
        if e.type in {"AID", "SUPPORT"} and e.target is not None and e.target.actor.country
    )  # fmt: skip
    recipient_country = helped.most_common(1)[0][0] if helped else home
    for event, text, start in state.unaddressed:
        donor = event.source.actor.country
        if recipient_country and recipient_country != "IGO" and donor != recipient_country:
            recipient = state.actors.state(recipient_country)
            event.target = EventActor(recipient, text, start, start + len(text))
            event.confidence = round(event.confidence - RESOLUTION_PENALTY["place"], 2)
        else:
            state.events.remove(event)


def _home_country(
    dateline: Place | None, mentions: list[list[Mention]], unparsed: list[str]
) -> tuple[str | None, bool]:
    """The country a story is about (its dateline's, else the one named in at least half of
    its country mentions), and whether it is the only country the story names."""
    counts = Counter(m.country for found in mentions for m in found if m.country)
    counts.update(unparsed)
    counts.pop("IGO", None)
    if dateline is not None and dateline.country:
        return dateline.country, set(counts) <= {dateline.country}
    if not counts:
        return None, False
    country, count = counts.most_common(1)[0]
    home = country if count * 2 >= sum(counts.values()) else None
    return home, len(counts) == 1


def _unparsed_countries(paragraphs: list[nlp.Paragraph]) -> list[str]:
    """Countries named in the sentences the parser skipped (nlp.gated_parse)."""
    return [
        code
        for paragraph in paragraphs
        for ent in paragraph.doc.ents
        if ent.label_ == nlp.GAZETTEER_COUNTRY and (code := geo.country_code(ent.text))
    ]


def blank_datelines(text: str) -> tuple[str, Place | None]:
    """The text with paragraph-opening datelines ("LIMA, Peru —") blanked out, offsets kept,
    and the first dateline's place: a dateline says where the story was filed; parsed, its
    place becomes a subject."""
    first: Place | None = None
    for start, end in nlp.paragraph_spans(text):
        paragraph = text[start:end]
        match = DATELINE.match(paragraph) or MIXED_DATELINE.match(paragraph)
        if match is not None:
            first = first or _dateline_place(match.group(0), match["place"])
            text = text[:start] + " " * match.end() + text[start + match.end() :]
    return text, first


def _dateline_place(dateline: str, place: str) -> Place | None:
    """ "PALM BEACH, United States:" is the Palm Beach of the United States."""
    name = place_name(place).split("/")[0]
    for part in dateline.split(",")[1:]:
        code = geo.country_code(part.strip(" :—–-"))
        if code:
            return Place(name, code)
    return _place(name)


def _place(name: str | None) -> Place | None:
    return geo.place_country(name) if name else None


def code_sentence(sentence: Span, finder: ArgumentFinder, state: ArticleState) -> Iterator[Event]:
    matches = [m for m in map(find_trigger, sentence) if m is not None]
    matches += [  # troops sent "in support of" X: a deployment, and military aid to X
        replace(m, trigger=MILITARY_AID)
        for m in matches
        if m.trigger.type == "MOBILIZE" and supported(m.verb)
    ]
    for trip in (t for t in sentence if t.pos_ == "VERB" and _travels_to_a_gathering(t)):
        place = circumstances.clause_place(trip, trip, sentence)
        if place is not None:  # no visit, but where the next events happen
            state.settings.append((finder.offset + sentence.start_char, place))
    carriers = {m.verb.i for m in matches if m.kind == "light"}
    attacks = {m.verb.i for m in matches if m.trigger.type == "ASSAULT"}
    for match in matches:
        if match.kind == "verb" and match.word.i in carriers and match.trigger.type != "CONSULT":
            continue  # "pledged $2bn in aid" is AID: the noun says more than the verb (but
            # "phoned him with congratulations" is both a call and the support it carried)
        if _toll_of(match, attacks):
            continue  # "carried out strikes ..., killing eight people": one attack
        yield from build_events(match, sentence, finder, state)


def _toll_of(match: Match, attacks: set[int]) -> bool:
    """ "killing eight people" after an attack is that attack's toll, not another attack
    (one that kills someone named is still coded: it says whom the attack hit)."""
    verb = match.verb
    if match.trigger.type != "ASSAULT" or verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return False
    victims = [c for c in verb.children if c.dep_ == "dobj"]
    anonymous = all(v.lemma_.lower() in TOLL_NOUNS for v in victims)
    return verb.head.i in attacks and anonymous


def find_trigger(token: Token) -> Match | None:
    match = _find_trigger(token)
    if match is not None and match.trigger.mode == "summon" and _summoned_to_protest(token):
        return Match(SUMMONED_IN_PROTEST, token, token, match.kind)
    return match


def _takes_to_the_streets(verb: Token) -> bool:
    """ "took to the streets", "poured into the streets": a demonstration."""
    if lemma_of(verb) not in STREET_VERBS:
        return False
    places = [o for c in verb.children if c.lower_ in {"to", "into", "onto"} for o in objects_of(c)]
    return any(p.lemma_.lower() == "street" for p in places)


def _travels_to_a_gathering(verb: Token) -> bool:
    """A trip made for a multilateral gathering is no visit to its host: the meetings held
    there are the events ("travelled to New Delhi for the G20 meeting")."""
    if lemma_of(verb) not in {"travel", "fly", "arrive", "go", "head"}:
        return False
    purposes = [o for c in verb.children if c.lower_ == "for" for o in objects_of(c)]
    return any(p.lemma_.lower() in GATHERINGS for p in purposes)


def _refuses(verb: Token) -> bool:
    """ "Syria says it will not accept any more refugees", "would not allow inspectors": a
    refusal stated, which is a rejection (not a negated acceptance)."""
    if lemma_of(verb) not in REFUSABLE:
        return False
    negated = any(c.dep_ == "neg" for c in verb.children)
    stated = any(c.dep_ == "aux" and c.lower_ in {"will", "would", "wo"} for c in verb.children)
    return negated and stated  # a condition ("if war starts") states the policy, still a no


def _takes_into_custody(verb: Token) -> bool:
    """ "taking Suu Kyi into custody", "took them into detention"."""
    if lemma_of(verb) not in {"take", "place", "put"}:
        return False
    places = [o for c in verb.children if c.lower_ == "into" for o in objects_of(c)]
    return any(p.lemma_.lower() in {"custody", "detention"} for p in places)


def _threatens_as_alternative(verb: Token) -> bool:
    """ "handed the junta a deadline to restore Bazoum, or else face sanctions": what the
    demand's addressee will face is threatened."""
    if lemma_of(verb) != "face" or verb.dep_ != "conj":
        return False
    before = {t.lower_ for t in verb.doc[max(verb.i - 3, 0) : verb.i]}
    return "or" in before and any(c.dep_ == "dobj" for c in verb.children)


def _holds_captive(verb: Token) -> bool:
    """ "holding two engineers hostage", "held refugees as human shields", "whom the guards
    are holding captive": a detention."""
    if lemma_of(verb) not in {"hold", "keep"}:
        return False
    return bool(_captivity_words(verb))


def _captivity_words(verb: Token) -> list[Token]:
    near = [c for c in verb.children if c.dep_ in {"oprd", "advmod", "acomp", "xcomp", "dobj"}]
    near += [o for c in verb.children if c.lower_ == "as" for o in objects_of(c)]
    return [t for t in near if t.lower_ in CAPTIVITY]


def _fails_to_agree(verb: Token) -> bool:
    """ "failed to reach agreement", "failed to agree on a deal"."""
    if lemma_of(verb) != "fail":
        return False
    for act in (c for c in verb.children if c.dep_ == "xcomp"):
        if lemma_of(act) == "agree":
            return True
        if lemma_of(act) in {"reach", "strike", "conclude"} and any(
            o.dep_ == "dobj" and o.lemma_.lower() in AGREEMENT_NOUNS for o in act.children
        ):
            return True
    return False


def _is_time(preposition: Token) -> bool:
    """ "called Otieno on Monday": "on" introduces a day, not the one called upon."""
    return any(o.ent_type_ in {"DATE", "TIME"} for o in objects_of(preposition))


def _phones_someone(verb: Token) -> bool:
    """ "Modi called Sharif to ask whether", "Biden called Netanyahu on Sunday": a call to
    someone named, with no second complement ("called him a liar" names, "called the
    elections" announces)."""
    if lemma_of(verb) != "call":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:  # "called Otieno on Monday", parsed as naming someone "Otieno"
        objects = [c for c in verb.children if c.dep_ == "oprd" and c.ent_type_ == "PERSON"]
    complements = [c for c in verb.children if c.dep_ in {"oprd", "attr", "ccomp", "prt"}]
    if any(c not in objects for c in complements):
        return False
    if any(c.dep_ == "xcomp" and not is_infinitive(c) for c in verb.children):
        return False  # "called the move illegal"
    return any(
        o.ent_type_ in {"PERSON", "GPE", "ORG"} or o.lower_ in PERSON_PRONOUNS
        or sectors.sector_of_title(o.text) is not None
        for o in objects
    ) and not any(o.dep_ == "appos" for obj in objects for o in obj.children)  # fmt: skip


def _welcomes_a_thing(verb: Token) -> bool:
    """ "welcomed the holding of the exercise", "welcomed the decision": support, not a
    visit hosted. Whoever is welcomed is named, a pronoun, a title or a guest."""
    if lemma_of(verb) != "welcome":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        o.pos_ == "NOUN" and not o.ent_type_ and o.lemma_.lower() not in GUEST_NOUNS
        and sectors.sector_of_title(o.text) is None
        for o in objects
    )  # fmt: skip


def _withdraws_personnel(verb: Token, kinds: set[str] = PERSONNEL) -> bool:
    """ "withdrew its ambassador", "will pull inspectors out": a cut in relations."""
    if lemma_of(verb) not in {"withdraw", "pull", "recall"}:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in kinds for c in verb.children)


def _summoned_to(match: Match, finder: ArgumentFinder) -> list[Argument]:
    """Who summoned, when a passive names only where to: the ministry one is called to."""
    if match.trigger.mode != "summon":
        return []
    places = [o for c in match.verb.children if c.lower_ == "to" for o in objects_of(c)]
    bodies = finder.actors_of(places)
    return [b for b in bodies if b.actor.actor.sector == "GOV"]


def _summoned_to_protest(verb: Token) -> bool:
    """ "summoned the ambassador to complain": an official protest, not a consultation."""
    return any(
        c.dep_ in {"xcomp", "advcl"} and c.lemma_ in {"complain", "protest", "condemn"}
        for c in verb.children
    )


def _find_trigger(token: Token) -> Match | None:
    if token.pos_ == "VERB":
        for holds, trigger in _verb_rules():
            if holds(token):  # a rule that holds decides: its trigger, or no event here
                return Match(trigger, token, token, "verb") if trigger else None
    if token.pos_ == "VERB":
        for child in token.children:
            phrasal = PHRASAL.get((lemma_of(token), child.lower_))
            if phrasal and child.dep_ in {"prt", "prep", "advmod"} and not _is_time(child):
                return Match(phrasal, token, token, "phrasal")
        if lemma_of(token) in VERBS:
            return Match(VERBS[lemma_of(token)], token, token, "verb")
    if token.pos_ == "VERB" and _holds_responsible(token):
        return Match(RESPONSIBLE, token, token, "verb")
    if token.pos_ == "NOUN" and is_infinitive(token) and lemma_of(token) in VERBS:
        return Match(VERBS[lemma_of(token)], token, token, "verb")  # "agreed to sanction" as NN
    if token.pos_ == "NOUN" and lemma_of(token) in VERBS and _infinitive_as_object(token):
        # "agreed [to [sanction]] Belarus": the verb's object is the infinitive's
        return Match(VERBS[lemma_of(token)], token, token.head.head, "verb")
    if token.pos_ == "NUM" and token.ent_type_ == "MONEY" and token.dep_ == "dobj":
        return _noun_trigger(token)  # "pledged $12.9 million"
    if token.pos_ == "NOUN" and token.lemma_.lower() in NOUNS.keys() | LIGHT_PAIR_NOUNS:
        return _noun_trigger(token)
    return None


@cache
def _verb_rules() -> tuple[tuple[Callable[[Token], bool], Trigger | None], ...]:
    """The coder's own verb rules, in order, before the lexicon: the first that holds gives
    the verb's trigger, or None where the verb states no event of its own."""
    return (
        (_characterises_as_wrong, CHARACTERISATION),
        (_decides_a_sanction, None),  # the sanction is the event (see _decided)
        (_takes_to_the_streets, STREET_PROTEST),
        (_travels_to_a_gathering, None),  # "travelled to New Delhi for the G20": no visit
        (_refuses, REFUSAL),
        (_takes_into_custody, TAKEN_INTO_CUSTODY),
        (_threatens_as_alternative, ALTERNATIVE_THREAT),
        (_holds_captive, HELD_CAPTIVE),
        (_fails_to_agree, NO_AGREEMENT),
        (_phones_someone, PHONE_CALL),
        (_welcomes_a_thing, WELCOMED_ACT),
        (_recalls_diplomats, DIPLOMAT_RECALL),  # a cut in relations, CAMEO 161
        (_withdraws_personnel, PERSONNEL_WITHDRAWAL),
        (_orders_personnel_out, EXPULSION),
        (_reports_an_obligation, OBLIGATION),
        (_says_out_of_the_question, UNTHINKABLE),
        (_reports_a_hostile_act, ALLEGATION),
        (_pledges_harm, HOSTILE_PLEDGE),
    )


def _says_out_of_the_question(verb: Token) -> bool:
    """ "said that removing the sanctions on Burma is out of the question": a refusal."""
    if lemma_of(verb) not in SPEECH_VERBS:
        return False
    return any(out_of_the_question(c) for c in verb.children if c.dep_ == "ccomp")


def _recalls_diplomats(verb: Token) -> bool:
    return _withdraws_personnel(verb, DIPLOMATS)


def _between(noun: Token) -> list[Token]:
    """ "talks between X and Y", "the meeting between the two leaders": the parties."""
    return [o for c in noun.children if c.lower_ == "between" for o in c.children
            if o.dep_ == "pobj"]  # fmt: skip


def _doers_by(noun: Token) -> list[Token]:
    """Who did what an event noun names: "the visit ... by President Xi"."""
    return [o for c in noun.children if c.lower_ == "by" for o in objects_of(c)]


def _pledges_harm(verb: Token) -> bool:
    """ "vowed to retaliate", "pledged that his country would strike back": a threat, the
    dark side of a commitment."""
    if lemma_of(verb) not in {"pledge", "vow", "promise", "swear"}:
        return False
    return any(
        (c.dep_ in {"xcomp", "ccomp"} or c.dep_ == "advcl" and is_infinitive(c))
        and (_is_hostile(c) or lemma_of(c) in RETALIATION)
        for c in verb.children
    )  # "sworn to fight" is at times parsed as a clause of purpose


def _national_owner(noun: Token) -> tuple[Token, str] | None:
    """The nationality adjective of an attack or protest noun: "Indian air strikes" are
    India's, "Kurdish protests" Kurds'."""
    trigger = NOUNS.get(noun.lemma_.lower())
    if trigger is None or trigger.type not in {"ASSAULT", "SANCTION", "PROTEST"}:
        return None  # "Indian forces" name an actor, not an event
    for child in noun.lefts:  # "the first US military strike": "US" is an nmod
        if child.dep_ in {"amod", "compound", "nmod"} and child.text[:1].isupper():
            code = geo.country_code(child.text)
            if code:
                return child, code
    return None


def _national_doer(match: Match, owner: tuple[Token, str], finder: ArgumentFinder) -> Argument:
    """ "Indian air strikes" are the state's; "Kurdish protests" its people's."""
    modifier, code = owner
    if match.trigger.type == "PROTEST":
        return finder.group_argument(f"{modifier.text} protesters", code, "CVL", modifier)
    return finder.state_argument(code, modifier)


def _reports_a_hostile_act(verb: Token) -> bool:
    """ "Ghafoor said Indian jets had crossed the LoC", "the authorities believe Russian
    services were involved": saying that someone did harm is an accusation."""
    if lemma_of(verb) not in REPORTING_VERBS or _told_by_news_sources(verb):
        return False
    reported = reported_clause(verb)
    return reported is not None and _is_hostile(reported) and not _own_act(reported)


def _told_by_news_sources(verb: Token) -> bool:
    """ "..., witnesses said", "western diplomatic sources said": the news is attributed,
    nobody is accused."""
    return any(
        c.dep_ == "nsubj" and c.lemma_.lower() in NEWS_SOURCES for c in verb.children
    )


def _own_act(clause: Token) -> bool:
    """ "India says its jets struck": reporting one's own act accuses nobody."""
    return any(
        c.dep_ == "poss" and c.lower_ in {"its", "their", "our", "his", "her", "my"}
        for subject in clause.children
        if subject.dep_ == "nsubj"
        for c in subject.children
    )


def _is_hostile(verb: Token) -> bool:
    lemma = lemma_of(verb)
    if lemma in HOSTILE_ACTS or (lemma in VERBS and VERBS[lemma].type in {"ASSAULT", "COERCE"}):
        return True
    return any(
        (light := light_verb_trigger(lemma, c.lemma_.lower())) and light.type == "ASSAULT"
        for c in verb.children
        if c.dep_ == "dobj"
    )


def _characterises_as_wrong(verb: Token) -> bool:
    """ "branded the interception a hijacking", "described Putin as a killer": to call
    someone's act or person by a damning name is to accuse them (not to phone them)."""
    if lemma_of(verb) not in CHARACTERISING_VERBS:
        return False
    complements = [c for c in verb.children if c.dep_ in {"oprd", "xcomp", "ccomp", "attr"}]
    complements += [o for c in verb.children if c.lower_ == "as" for o in objects_of(c)]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # parse slips: the name as an apposition of the object, or of its last word
    complements += [t for o in objects for t in o.subtree if t.dep_ == "appos"]
    return any(
        t.lemma_.lower() in PEJORATIVES or t.lower_ in PEJORATIVES
        for complement in complements
        for t in complement.subtree
    )


def _holds_responsible(verb: Token) -> bool:
    """ "held the regime responsible", "holds Moscow accountable": an accusation."""
    if verb.lemma_ != "hold":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(  # "held the regime responsible", also parsed as "[the regime responsible]"
        c.lower_ in {"responsible", "accountable"}
        for token in [verb, *objects]
        for c in token.children
    )


def _orders_personnel_out(verb: Token) -> bool:
    """ "announced that 18 Russian diplomats would have to leave the country", "said the
    ambassador must leave within 72 hours": the sayer expels them."""
    if lemma_of(verb) not in SPEECH_VERBS:
        return False
    clause = reported_clause(verb)
    if clause is None:
        return False
    if lemma_of(clause) in LEAVING:
        obliged = any(a.dep_ == "aux" and a.lower_ in OBLIGATION_AUX for a in clause.children)
    else:  # "would have to leave", "need to leave"
        obliged = lemma_of(clause) in {"have", "need"} and any(
            c.dep_ == "xcomp" and lemma_of(c) in LEAVING for c in clause.children
        )
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return obliged and any(
        s.lemma_.lower() in PERSONNEL and not _owned_by_a_pronoun(s) for s in subjects
    )


def _owned_by_a_pronoun(noun: Token) -> bool:
    """ "its diplomats must leave": the speaker's own staff, called home."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def _reports_an_obligation(verb: Token) -> bool:
    """ "Russia said Sudan must return the helicopter": a demand on the clause's subject."""
    if lemma_of(verb) not in SPEECH_VERBS:
        return False
    return any(
        c.dep_ == "ccomp" and any(a.lower_ in OBLIGATION_AUX for a in c.children if a.dep_ == "aux")
        for c in verb.children
    )


def _noun_trigger(noun: Token) -> Match | None:
    lemma = "fund" if noun.ent_type_ == "MONEY" else noun.lemma_.lower()
    if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.pos_ == "VERB":
        trigger = light_verb_trigger(lemma_of(noun.head), lemma)
        return Match(trigger, noun, noun.head, "light") if trigger else None
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and lemma_of(noun.head.head) == "go":
        trigger = light_verb_trigger("go", lemma)  # "went on strike"
        return Match(trigger, noun, noun.head.head, "light") if trigger else None
    measure = _measured_by(noun)  # "held a new round of talks", "sent 157 tonnes of supplies"
    carried = measure is not None and measure.dep_ in {"dobj", "nsubjpass"}
    if carried and measure.head.pos_ == "VERB":
        trigger = light_verb_trigger(lemma_of(measure.head), lemma)
        return Match(trigger, noun, measure.head, "light") if trigger else None
    giver = _giver_of_a_stolen_object(noun)
    if giver is not None and (trigger := light_verb_trigger(lemma_of(giver), lemma)):
        return Match(trigger, noun, giver, "light")
    carrier = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and carrier.lemma_ == "state":
        verb = carrier.head  # "imposed a state of emergency": the verb carries the emergency
        trigger = light_verb_trigger(lemma_of(verb), lemma) if verb.pos_ == "VERB" else None
        return Match(trigger, noun, verb, "light") if trigger else None
    if carrier.dep_ == "dobj" and carrier.head.pos_ == "VERB":
        carrier = carrier.head  # "hit [the junta with sanctions]": the parse's attachment
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and carrier.pos_ == "VERB":
        trigger = light_verb_trigger(lemma_of(carrier), lemma)  # "hit the junta with sanctions"
        return Match(trigger, noun, carrier, "light") if trigger else None
    has_owner = (
        any(c.dep_ == "poss" for c in noun.children)
        or bool(_doers_by(noun))  # "the December visit to Riyadh by President Xi"
        or _national_owner(noun) is not None
        or (lemma in NOUNS and NOUNS[lemma].type in SYMMETRIC and _between(noun))
    )
    # not a modifier: in "Peruvian riot police" the police are Peru's, and there is no riot
    if has_owner and lemma in NOUNS and noun.dep_ not in {"dobj", "pobj", "compound"}:
        return Match(NOUNS[lemma], noun, noun, "noun")
    return None


def _measured_by(noun: Token) -> Token | None:
    """The noun that counts or times the event noun: "a round of talks", "days of drills"."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in MEASURE_NOUNS:
        return None
    return of.head


def _giver_of_a_stolen_object(noun: Token) -> Token | None:
    """The verb whose object the parser gave another role: in "handed the coup leaders a
    deadline to ..., or face sanctions" the deadline became the subject of "face". The
    verb is the nearest before the noun, and has a recipient but no object."""
    if noun.dep_ in {"dobj", "pobj"}:
        return None
    verb = next((t for t in reversed(noun.doc[noun.sent.start : noun.i]) if t.pos_ == "VERB"), None)
    if verb is None or any(c.dep_ == "dobj" for c in verb.children):
        return None
    recipients = [c for c in verb.children if c.dep_ == "dative" and c.i < noun.i]
    return verb if recipients else None


def build_events(
    match: Match, sentence: Span, finder: ArgumentFinder, state: ArticleState
) -> Iterator[Event]:
    sources, targets, filled = _arguments(match, finder, state.acts)
    if not sources:
        return
    if not targets and match.trigger.type in ADDRESSED_IN_CONVERSATION:
        targets = _conversation_partner(match, finder, sources, state.events)
    state.acts += [Act(match.trigger.type, s.actor.actor) for s in sources]
    if match.trigger.type in REACTIONS:
        state.acts += _acts_reacted_to(match, finder)
    for source, target in _pairs(match.trigger, sources, targets, filled=bool(filled)):
        event = _event(match, sentence, finder, state, source, target)
        if event.mode == "commitment" and event.target is None:
            continue  # a commitment is made to someone
        if match.trigger is EXPULSION and _same_country(event):
            continue  # "Kenyan diplomats must leave Uganda", said Kenya: called home
        if event.type == "CONSULT" and event.target and event.target.actor.sector == "MED":
            continue  # "spoke to reporters": a statement, not a consultation
        if event.mode == "clash" and event.source.actor.sector == "CVL":
            continue  # "marched ... and clashed with police": the protest, not an attack
        if event.target is None and event.type in RECIPIENT_FROM_STORY:
            start = finder.offset + match.word.idx
            state.unaddressed.append((event, match.word.text, start))
        yield event


def _arguments(
    match: Match, finder: ArgumentFinder, earlier: list[Act]
) -> tuple[list[Argument], list[Argument], list[Token]]:
    """Sources, targets, and the tokens that filled a target slot but named no actor."""
    verb, word = match.verb, match.word
    national: list[Argument] = []
    if match.kind == "noun":
        source_tokens = (
            [c for c in word.children if c.dep_ == "poss"] or _between(word) or _doers_by(word)
        )
        if not source_tokens and (owner := _national_owner(word)) is not None:
            national = [_national_doer(match, owner, finder)]
    elif match.trigger is ALTERNATIVE_THREAT:
        source_tokens = finder.subjects(verb.head)  # who set the demand threatens
    else:
        source_tokens = finder.subjects(verb)
    heads = [word, verb] if word is not verb else [verb]
    if match.kind in {"phrasal", "verb"}:  # "threatened action against Russia": the object
        heads += [c for c in verb.children if c.dep_ == "dobj"]  # holds the slot
    sources = finder.actors_of(source_tokens) or national
    if not sources and match.trigger.type == "PROTEST":  # "fundamentalists continued their
        sources = finder.crowds(source_tokens)  # hunger strike": whoever protests is a crowd
    if match.kind == "verb" and not source_tokens and finder.passive_subjects(verb):
        summoners = _summoned_to(match, finder)
        summoned = finder.actors_of(finder.passive_subjects(verb))
        countries = {a.actor.actor.country for a in summoners}
        if summoners and all(a.actor.actor.country not in countries for a in summoned):
            # "the ambassador was summoned to the foreign ministry" (one summoned to his
            # own capital is called home, no consultation)
            return summoners, summoned, []
        return [], [], []  # a passive with no agent: the doer is not named
    if match.kind == "verb" and any(c.dep_ == "agent" for c in verb.children):
        if not match.trigger.needs_target:
            return sources, [], []  # "jets were scrambled by the military": no target
        return sources, finder.actors_of(finder.passive_subjects(verb)), []
    slots = match.trigger.slots
    if match.trigger.type in SYMMETRIC and len(sources) > 1:
        slots = tuple(s for s in slots if s != "xcomp")  # "A and B agreed to ...": a joint act
    filled: list[Token] = []
    for slot in slots:
        tokens = finder.slot(heads, slot)
        targets = finder.actors_of(tokens)
        if targets:
            return sources, targets, []
        filled = filled or tokens
    return sources, _implied_targets(match, finder, filled, sources, earlier), filled


def _implied_targets(
    match: Match,
    finder: ArgumentFinder,
    filled: list[Token],
    sources: list[Argument],
    earlier: list[Act],
) -> list[Argument]:
    """Targets the text implies: the doer of an event it reacts to ("condemned the strike"),
    or the state where a foreign attack or aid landed ("air strikes in Pakistan")."""
    doers = {a.actor.actor.name for a in sources}
    shared = _coordinated_object(match, finder, earlier, doers) if not filled else []
    if shared:
        return shared
    if match.trigger.mode == "suspend" or match.trigger.type == "REJECT":
        partner = _partner_of_the_suspended(match, finder)  # "ruled out talks with India"
        if partner:
            return partner
    if match.trigger.mode == "ease" and _lifts_a_domestic_measure(match):
        place = circumstances.clause_place(match.verb, match.word, match.verb.sent, inherit=False)
        if place is not None and place.country:  # "eased the curfew in Juliaca": its people
            return [_placed_target(place, match, finder)]
        country = next((a.actor.actor.country for a in sources), None)
        if country and country != "IGO":  # "lifted the curfew": for the country under it
            return [finder.state_argument(country, match.word)]
    if match.trigger.type == "MOBILIZE":  # "mobilised reservists for a war against Iraq"
        opposed = [o for t in match.verb.subtree if t.lower_ == "against" for o in objects_of(t)]
        found = finder.actors_of(opposed)
        if found:
            return found
    if match.trigger.type == "REJECT":  # "declined to resign despite pressure by X": X
        pressing = _pressure_from(match, finder)
        if pressing:
            return pressing
    if match.trigger.type == "COERCE" and any(_names_a_protest(t) for t in filled):
        # "prohibited rallies": those who would rally
        return [finder.group_argument("protesters", None, "CVL", filled[0])]
    if match.trigger.type == "PROTEST":  # "marched, calling for Otieno to resign": Otieno
        demanded = _demanded_of(match, finder)
        if demanded:
            return demanded
    if match.trigger is HOSTILE_PLEDGE:  # "vowed to strike back": at whoever struck
        struck = next((a for a in reversed(earlier) if a.type == "ASSAULT"
                       and a.doer.name not in doers), None)  # fmt: skip
        return [finder.event_argument(struck.doer, match.word)] if struck else []
    if match.trigger.type in REACTIONS and lemma_of(match.verb) not in COMMAND_VERBS:
        for token in filled:
            act = _referred_act(token, earlier, doers)
            if act is not None:
                return [finder.event_argument(act.doer, token)]
            plotters = _coup_makers(token, finder, doers)
            if plotters is not None:
                return [finder.event_argument(plotters, token)]
    if match.trigger.mode == "tear_gas" and sources:  # "police fired tear gas": at a crowd
        country = sources[0].actor.actor.country
        return [finder.group_argument("protesters", country, "CVL", match.word)]
    if match.trigger.type == "ASSAULT":  # "strikes at places in territory held by Pakistan"
        reach = {*match.word.subtree, *circumstances.clause_tokens(match.verb)}
        for participle in held_places(sorted(reach, key=lambda t: t.i)):
            found = finder.actors_of(holders(participle))
            if found:
                return found
    if match.trigger.type in LANDING | PLACED:
        place = circumstances.clause_place(
            match.verb, match.word, match.verb.sent, inherit=False, origin=False
        )
        source_countries = {a.actor.actor.country for a in sources}
        abroad = place is not None and place.country not in source_countries
        if place is not None and place.country and (abroad or match.trigger.type in PLACED):
            return [_placed_target(place, match, finder)]
    return []


def _placed_target(place: Place, match: Match, finder: ArgumentFinder) -> Argument:
    """Whom an act placed somewhere acts on: a curfew "in Cizre" binds the people of Cizre;
    one "in Turkey", or an air strike in Pakistan, the state."""
    if match.trigger.type in BINDS_A_PLACE and _names_a_town(place.place):
        return finder.group_argument(place.place, place.country, "CVL", match.word)
    return finder.state_argument(place.country, match.word)


def _partner_of_the_suspended(match: Match, finder: ArgumentFinder) -> list[Argument]:
    """Who loses what was suspended or refused, named inside it: "a suspension of air links
    with Serbia", "suspended part of a military aid programme for Bosnia", "ruled out any
    approach to the Indian side"."""
    heads = {match.word, match.verb}
    suspended = [c for head in heads for c in head.children if c.dep_ == "dobj"]
    suspended += [o for c in match.word.children if c.lower_ in {"of", "on"} for o in objects_of(c)]
    for thing in suspended:
        for token in thing.subtree:
            if token.dep_ == "prep" and token.lower_ in PARTNER_PREPOSITIONS:
                found = finder.actors_of(objects_of(token))
                if found:
                    return found
    return []


def _lifts_a_domestic_measure(match: Match) -> bool:
    """ "lifted the curfew", "ended the state of emergency": restrictions on a country."""
    objects = [c for c in match.verb.children if c.dep_ == "dobj"]
    words = {t.lemma_.lower() for o in objects for t in o.subtree}
    return bool(words & DOMESTIC_MEASURES)


def _pressure_from(match: Match, finder: ArgumentFinder) -> list[Argument]:
    """Who pressed for what was refused: "declined to resign despite pressure by the
    commission", "rejected despite calls from the opposition"."""
    for token in match.verb.subtree:
        if token.dep_ != "prep" or token.lower_ not in {"despite", "after", "amid"}:
            continue
        for noun in objects_of(token):
            if noun.lemma_.lower() not in PRESSURE_NOUNS:
                continue
            owners = [o for c in noun.children if c.lower_ in {"by", "from"} for o in objects_of(c)]
            owners += [c for c in noun.children if c.dep_ == "poss"]
            found = finder.actors_of(owners)
            if found:
                return found
    return []


def _pressed(clause: Token) -> list[Token]:
    """Whom a clause puts pressure on: "piling pressure on Maduro" (the "on" may hang from
    the verb or from "pressure"), or presses demands on ("press their demands from X")."""
    pressure = [c for c in clause.children if c.dep_ == "dobj" and c.lemma_ == "pressure"]
    if pressure:
        holders = [clause, *pressure]
        return [o for h in holders for p in h.children if p.lower_ == "on" for o in objects_of(p)]
    # "to press their demands for greater freedom from President X"
    demands = [c for c in clause.children if c.dep_ == "dobj" and c.lemma_ == "demand"]
    if lemma_of(clause) != "press" or not demands:
        return []
    asked = [t for d in demands for t in d.subtree if t.dep_ == "prep" and t.lower_ == "from"]
    asked += [p for p in clause.children if p.dep_ == "prep" and p.lower_ == "from"]
    return [o for p in asked for o in objects_of(p)]


def _names_a_protest(token: Token) -> bool:
    trigger = NOUNS.get(token.lemma_.lower())
    return trigger is not None and trigger.type == "PROTEST"


def _demanded_of(match: Match, finder: ArgumentFinder) -> list[Argument]:
    """Whom a protest makes its demand of: the target of the request that goes with it
    ("demonstrated, calling for the president to step down", "marched to demand ..."), or
    whom it puts pressure on ("piling pressure on Maduro")."""
    protested = finder.actors_of(_protested(match.verb) or _ousted(match.verb))
    if protested:
        return protested
    clauses = [c for c in match.verb.children if c.dep_ in {"advcl", "xcomp", "conj"}]
    for clause in [*clauses, *(conjunct for c in clauses for conjunct in c.conjuncts)]:
        pressed = finder.actors_of(_pressed(clause))
        if pressed:
            return pressed
        request = find_trigger(clause)
        if request is None or request.trigger.type != "REQUEST":
            continue
        for slot in request.trigger.slots:
            targets = finder.actors_of(finder.slot([clause], slot))
            if targets:
                return targets
    return []


def _ousted(verb: Token) -> list[Token]:
    """Whom a protest seeks to bring down: "... in their effort to overthrow the
    government of President X"."""
    return [
        o for t in verb.subtree if t.pos_ == "VERB" and lemma_of(t) in OUSTING_VERBS
        for o in t.children if o.dep_ == "dobj"
    ]  # fmt: skip


def _protested(verb: Token) -> list[Token]:
    """What a protest is "in protest of" or "at": "a hunger strike in protest of the
    government's refusal" (its owner, the government, is then the target)."""
    for token in verb.subtree:
        if token.lemma_.lower() != "protest" or token.dep_ != "pobj" or token.head.lower_ != "in":
            continue
        return [o for c in token.children if c.lower_ in PROTESTED_PREPOSITIONS
                for o in objects_of(c)]  # fmt: skip
    return []


def _coordinated_object(
    match: Match, finder: ArgumentFinder, earlier: list[Act], doers: set[str]
) -> list[Argument]:
    """The object of the verb this one is coordinated with, when this one has none: "hit
    the junta with sanctions and warned of military action" warns the junta; "calling the
    incident a stab in the back, warning of consequences" warns whoever did it."""
    verb = match.verb
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB" or match.kind == "noun":
        return []
    if any(c.dep_ == "dobj" for c in verb.children):
        return []  # "detaining X and declaring a state of emergency": its own object
    objects = [c for c in verb.head.children if c.dep_ == "dobj"]
    found = finder.actors_of(objects)
    if found or match.trigger.type not in REACTIONS:
        return found
    acts = [act for o in objects if (act := _referred_act(o, earlier, doers))]
    return [finder.event_argument(acts[0].doer, objects[0])] if acts else []


def _same_country(event: Event) -> bool:
    country = event.source.actor.country
    target = event.target.actor.country if event.target else None
    return country is not None and target == country


def _acts_reacted_to(match: Match, finder: ArgumentFinder) -> list[Act]:
    """The acts a reaction names with their doers ("denounced the US strike"), so that a
    later "the strike" knows who struck."""
    acts: list[Act] = []
    for slot in match.trigger.slots:
        for token in finder.slot([match.verb], slot):
            trigger = NOUNS.get(token.lemma_.lower())
            if trigger is not None and trigger.type not in REACTIONS:
                acts += [Act(trigger.type, owner.actor.actor) for owner in finder.actors_at(token)]
    return acts


def _coup_makers(token: Token, finder: ArgumentFinder, doers: set[str]) -> Actor | None:
    """Who made "the coup" when the article told no act of theirs: the body it names as
    the coup's makers ("Niger coup leaders", "the junta")."""
    if token.lemma_.lower() not in COUP_NOUNS:
        return None
    return next(
        (a for a in finder.actors.actors
         if a.name not in doers and COUP_MAKERS & set(a.name.casefold().split())),
        None,
    )  # fmt: skip


def _referred_act(token: Token, earlier: list[Act], doers: set[str]) -> Act | None:
    """The latest earlier act an event noun refers to ("the strike", "the decision")."""
    lemma = token.lemma_.lower()
    wanted = EVENT_NOUN_TYPES.get(lemma) or ({NOUNS[lemma].type} if lemma in NOUNS else None)
    if wanted is None and lemma not in GENERIC_EVENT_NOUNS:
        return None
    for act in reversed(earlier):
        if act.doer.name in doers:
            continue
        if wanted is None or act.type in wanted:
            return act
    return None


def _pairs(
    trigger: Trigger, sources: list[Argument], targets: list[Argument], *, filled: bool
) -> Iterator[tuple[Argument, Argument | None]]:
    if targets:
        for source in sources:
            for target in targets:
                if source.actor.actor is not target.actor.actor:
                    yield source, target
    elif trigger.type in SYMMETRIC:
        yield from combinations(sources, 2)  # "Iran and Saudi Arabia agreed": a joint act
    elif trigger.needs_target and len(sources) == 2 and trigger.type in MUTUAL and not filled:
        yield sources[0], sources[1]  # "Iran and Saudi Arabia froze relations": a mutual act
    elif not trigger.needs_target or trigger.type in RECIPIENT_FROM_STORY:
        for source in sources:
            yield source, None  # aid with no recipient named: the story's country (below)


def _event(
    match: Match,
    sentence: Span,
    finder: ArgumentFinder,
    state: ArticleState,
    source: Argument,
    target: Argument | None,
) -> Event:
    assertion = assess(match.verb)
    if match.trigger is REFUSAL:
        assertion = Assertion()  # "will not accept": the refusal is what is reported
    plover_type, mode = match.trigger.type, match.trigger.mode
    if plover_type == "SANCTION" and _decided(match.verb) and not assertion.negated:
        assertion = Assertion()  # "the EU agreed to sanction Belarus": decided is done
    if plover_type in ATTEMPTABLE and _attempted(match.verb):
        assertion = Assertion()  # "attempted to assassinate": the attempt was an attack
    if mode == "ease" and _eases_a_blockade(match.verb):
        plover_type, mode = "RETREAT", "ease_blockade"  # CAMEO 0872: a military de-escalation
    if mode == "obstruct" and source.actor.actor.sector in {"GOV", "COP", "MIL"}:
        plover_type, mode = "COERCE", "blockade"  # roads blocked by police restrict others
    announced = _announced_type(plover_type, mode, assertion)
    if announced is not None:
        plover_type, mode = announced
        assertion = Assertion()
    text = sentence.text.strip()
    start = finder.offset + sentence.start_char + len(sentence.text) - len(sentence.text.lstrip())
    if plover_type == "PROTEST":
        source = _as_protesters(source, state.actors)
    event = Event(
        type=plover_type,
        mode=mode,
        source=source.actor,
        target=target.actor if target else None,
        sentence=text,
        sentence_start=start,
        sentence_end=start + len(text),
        trigger=match.text,
        rule=match.rule,
        negated=assertion.negated,
        hypothetical=assertion.hypothetical,
        planned=assertion.planned,
        confidence=_confidence(match, source, target),
    )
    event.cameo = cameo.code_for(event.type, event.mode)
    circumstances.date_event(event, match.verb, sentence, state.article, state.episode)
    event.location = circumstances.clause_place(match.verb, match.word, sentence)
    return event


def _eases_a_blockade(verb: Token) -> bool:
    """ "lifted a day-old blockade", "eased the siege": a military measure undone."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in SIEGES for c in verb.children)


def _attempted(verb: Token) -> bool:
    """ "tried to storm", "attempted to assassinate": an attempt that was itself made."""
    governor = verb.head
    if verb.dep_ != "xcomp" or lemma_of(governor) not in ATTEMPT_VERBS:
        return False
    made = assess(governor)
    return not (made.negated or made.hypothetical or made.planned)


def _as_protesters(source: Argument, actors: ArticleActors) -> Argument:
    """A crowd that protests is protesters ("thousands of Sudanese marched": "Sudanese
    protesters"), the name analysts and ICEWS give such actors."""
    actor = source.actor.actor
    if actor.kind != "group" or actor.sector != "CVL" or "protest" in actor.name.lower():
        return source
    if _a_people(actor.name):
        return source  # "Venezuelans poured into the streets": the text's name is the name
    head = actor.name.split()[-1]
    if head.lower() not in ANONYMOUS_CROWDS and geo.country_code(head) is None:
        return source  # "refinery workers", "miners": a crowd named by its trade keeps it
    demonym = next((w for w in actor.name.split() if geo.country_code(w) == actor.country), None)
    name = f"{demonym} protesters" if demonym and actor.country else "protesters"
    protesters = actors.group(name, actor.country, "CVL")
    return Argument(replace(source.actor, actor=protesters), source.resolved_by)


def _a_people(name: str) -> bool:
    """ "Venezuelans", "ethnic Albanians": a people named by its plural demonym."""
    last = name.split()[-1]
    return last.endswith("s") and last[:1].isupper() and geo.country_code(last) is not None


def _decided(verb: Token) -> bool:
    """An act a body decided or voted for: "agreed to sanction", "voted to expel"."""
    return verb.dep_ == "xcomp" and lemma_of(verb.head) in DECISION_VERBS


def _decides_a_sanction(verb: Token) -> bool:
    """ "agreed to sanction Belarus" is the sanction decided, no agreement with Belarus."""
    if lemma_of(verb) not in DECISION_VERBS:
        return False
    acts = [c for c in verb.children if c.dep_ == "xcomp"]
    acts += [o for c in verb.children if c.lower_ == "to" for o in objects_of(c)
             if _infinitive_as_object(o)]  # fmt: skip
    return any(_sanctions(act) for act in acts)


def _infinitive_as_object(noun: Token) -> bool:
    """An infinitive the parser read as "to" and a noun, handing its object to the verb
    before: "agreed [to sanction] Belarus" parsed as "agreed to (sanction) Belarus"."""
    to, governor = noun.head, noun.head.head
    return (
        noun.dep_ == "pobj"
        and to.lower_ == "to"
        and governor.pos_ == "VERB"
        and not any(c.dep_ in {"det", "poss", "amod"} for c in noun.children)
        and any(c.dep_ == "dobj" and c.i > noun.i for c in governor.children)
    )


def _sanctions(act: Token) -> bool:
    """A verb that imposes a sanction itself ("sanction", "expel") or by its object
    ("impose sanctions")."""
    match = _find_trigger(act)
    if match is not None and match.trigger.type == "SANCTION":
        return True
    return any(
        (light := light_verb_trigger(lemma_of(act), o.lemma_.lower())) is not None
        and light.type == "SANCTION"
        for o in act.children
        if o.dep_ == "dobj"
    )


def _announced_type(
    plover_type: str, mode: str | None, assertion: Assertion
) -> tuple[str, str | None] | None:
    """What a future act stated now is: a threat, a commitment, or nothing yet."""
    if not assertion.future or assertion.negated:
        return None
    if plover_type == "SANCTION" and mode in DECLARED_MODES and not assertion.conditional:
        return plover_type, mode  # "said they would pull their diplomats out": done by saying
    if assertion.conditional and plover_type in OFFERABLE:
        return "AGREE", "commitment"  # "would meet the mediator if he gave them a veto"
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


def _has_crowd(event: Event) -> bool:
    """Whether a crowd takes part: "the two sides" are seldom a state and its civilians."""
    return any(a.kind == "group" and a.sector == "CVL" for a in _actors_of(event))


def _actors_of(event: Event) -> list[Actor]:
    return [event.source.actor] + ([event.target.actor] if event.target else [])


def _deduplicate(events: list[Event]) -> list[Event]:
    """Repeated reports of one occurrence in an article are coded once (GUIDELINES): the
    first report stays; a later one with the same type and actors and an agreeing date goes.
    """
    kept: list[Event] = []
    for event in events:
        earlier = next((e for e in kept if _same_occurrence(event, e)), None)
        if earlier is None:
            kept.append(event)
        else:
            earlier.mentions += 1  # a story counts its mentions, GDELT's NumMentions too
    return kept


def _same_occurrence(a: Event, b: Event) -> bool:
    if a.type != b.type or a.asserted != b.asserted:
        return False
    if not manners_agree(a.type, a.mode, b.mode):
        return False  # the phone call that set up a meeting is not the meeting
    if a.type == "COERCE" and not _same_coercion(a.mode, b.mode):
        return False  # a ban on rallies and the tear gas fired at one are two acts
    if _placed_apart(a, b):
        return False  # tear gas in Paris and in Bordeaux the same night: two acts
    pair_a, pair_b = _identities(a), _identities(b)
    if a.type in SYMMETRIC:
        pair_a, pair_b = sorted(pair_a), sorted(pair_b)
    return pair_a == pair_b and _dates_agree(a.date, b.date)


def _placed_apart(a: Event, b: Event) -> bool:
    """Two events placed apart by their own clauses or the article's episodes: other
    countries, or two towns (a country named beside a town in it is no conflict)."""
    places = [e.location for e in (a, b)]
    if any(p is None or p.basis not in {"stated", "episode"} for p in places):
        return False
    first, second = places[0], places[1]  # type: ignore[index]
    if first.country != second.country:
        return True
    local = all(_names_a_town(p.place) for p in (first, second))
    return local and first.place.casefold() != second.place.casefold()


def _names_a_town(place: str) -> bool:
    """ "Cizre", "Algiers" (a capital named as a place is the city), not "Turkey"."""
    return geo.country_code(place) is None or geo.is_seat_of_government(place)


STATE_ARMS = {None, "GOV", "MIL", "COP"}
# Coercions told in other words: an arrest is a detention, tear gas fired breaks up a crowd.
COERCION_KIND = {"arrest": "custody", "detention": "custody", "tear_gas": "dispersal",
                 "disperse": "dispersal"}  # fmt: skip
UMBRELLAS = {"coup", "crackdown", "raid"}  # acts that take in the others told with them


def _same_coercion(mode_a: str | None, mode_b: str | None) -> bool:
    kinds = {COERCION_KIND.get(m, m) for m in (mode_a, mode_b) if m and m not in UMBRELLAS}
    return len(kinds) <= 1


def _identities(event: Event) -> list[tuple[str, str]]:
    """Who an actor is, for merging: a person by identity, others by country or name.

    The state's arms are one ("Russia" and "the Russian military" struck once); a country's
    rebels, opposition or civilians are not its government."""
    found = []
    for actor in _actors_of(event):
        if actor.kind == "person":
            found.append(("person", str(id(actor))))
        elif actor.country in {None, "IGO"}:  # the UN and the EU are two bodies
            found.append(("name", actor.name))
        else:
            side = "state" if actor.sector in STATE_ARMS else str(actor.sector)
            found.append((side, actor.country))
    return found


def _dates_agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)
