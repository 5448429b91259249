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
from communique.actors.mentions import PLACE_NOUNS, Mention, country_codes_of
from communique.actors.resolve import ArticleActors
from communique.events.lexicon import NOUNS, PHRASAL, VERBS, lemma_of
from communique.model import Actor, EventActor

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
PERSONAL_PRONOUNS = {"he", "she", "him", "her"}
INHERITING_DEPS = {"xcomp", "conj", "advcl", "acl", "pcomp"}
ARGUMENT_POS = {"NOUN", "PROPN", "PRON"}
REPORTED_PRONOUNS = {"it", "they", "he", "she", "we"}
SPEECH_VERBS = {
    "say", "announce", "state", "declare", "tell", "add", "insist", "claim", "report",
    "confirm", "warn", "affirm", "reiterate", "stress", "explain", "note", "conclude",
}  # fmt: skip
OWNER_PREPOSITIONS = {"by", "from", "of", "for"}
# Verbs whose object is parsed as the subject of their complement ("allowed X to run").
CONTROL_VERBS = {"allow", "urge", "ask", "order", "force", "permit", "invite", "press"}
COLLECTIVE_NOUNS = {
    "group", "force", "unit", "movement", "faction", "organization", "organisation", "party",
    "coalition", "alliance", "front", "service", "agency", "body", "committee", "council",
}  # fmt: skip
QUANTITY_NOUNS = {"thousand", "hundred", "dozen", "million", "score", "group"}
CROWD_NOUNS = {
    "people", "crowd", "resident", "villager", "prisoner", "inmate", "detainee", "refugee",
    "migrant",
}  # fmt: skip
ROLE_NOUNS = {
    "counterpart", "leader", "leadership", "delegation", "envoy", "host", "nation", "power",
    "government",
}  # fmt: skip
HOLDING_VERBS = {"hold", "control", "occupy", "run", "seize"}  # "territory controlled by X"
WILLING = {"willing", "ready", "prepared", "able", "unwilling", "unable"}
AUTHORITY_NOUNS = {"order", "orders", "behalf", "instruction", "command", "request", "initiative",
                   "invitation", "urging", "direction", "advice"}  # fmt: skip
POSSESSIVE_PRONOUNS = {"his", "her", "its", "their", "our", "my", "your"}
OFFICE_SUCCESSION = {"predecessor", "successor"}
STATE_NOUNS = {"side", "country", "nation", "state", "delegation", "team", "people"}


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
        self.last_pair: list[Actor] = []
        # "India says its jets struck": the jets, by token, and the speaker who owns them
        self.speakers_of: dict[int, Token] = {}

    # -- slots ---------------------------------------------------------------------------

    def subjects(self, verb: Token) -> list[Token]:
        """The tokens naming who acted; passive subjects are targets and are skipped."""
        agents = [pobj for c in verb.children if c.dep_ == "agent" for pobj in objects_of(c)]
        if agents:
            return agents
        found = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
        found = [_participle_subject(t) or t for t in found]
        if found:
            return [self._antecedent(t, verb) for t in found]
        if _has_passive_subject(verb):
            return []  # "after its embassy was stormed": the doer is not named
        if verb.dep_ == "relcl" and not _has_passive_subject(verb):
            return [verb.head]
        if _acts_on_an_object(verb):
            return [verb.head]  # "Russia, ..., condemned a U.S. attack" parsed as a modifier
        glued = _subject_glued_to_a_date(verb)
        if glued is not None:
            return [glued]
        if verb.dep_ in INHERITING_DEPS and verb.head.i != verb.i:
            governor = verb.head
            if governor.pos_ in {"NOUN", "PROPN"} and verb.dep_ == "acl":
                governor = governor.head  # "took the opportunity to send": the taker
            if governor.pos_ == "ADP" or (governor.pos_ == "ADJ" and governor.dep_ == "acomp"):
                governor = governor.head  # "hit back by cutting", "are willing to forgive"
            if governor.pos_ in {"VERB", "AUX"}:
                return self.subjects(governor)
        return []

    def passive_subjects(self, verb: Token) -> list[Token]:
        """Who was acted on: "X was attacked", "General Y, who was sanctioned" (Y)."""
        found = [c for c in verb.children if c.dep_ == "nsubjpass"]
        return [self._antecedent(t, verb) for t in found]

    def slot(self, heads: list[Token], slot: str) -> list[Token]:
        """Tokens filling a target slot ("dobj", "dative", "with", ...) of any of the heads."""
        if slot == "xcomp":
            return self._promised_act_targets(heads)
        if slot == "condition":  # "threatened to strike unless Baghdad accepted": Baghdad
            return self._condition_subjects(heads)
        if slot == "addressee":  # "handed the junta a deadline ..., or face sanctions"
            governor = heads[0].head
            return [
                o for c in governor.children if c.dep_ in {"dative", "dobj"}
                for o in (objects_of(c) or [c]) if o.lemma_.lower() not in NOUNS
            ]  # fmt: skip
        if slot == "captive":  # "holding two engineers hostage", "whom ... holding captive"
            return self._held(heads[0])
        if slot == "reported":  # "said Indian jets had crossed": who did it
            clause = reported_clause(heads[0])
            return _clause_subjects(clause) if clause is not None else []
        if slot == "unthinkable":  # "said removing the sanctions on Burma is out of the
            return _ruled_out(heads[0])  # question": Burma, whom the act would concern
        if slot == "supported":  # "sent soldiers in support of the rebels"
            return [t for h in heads for t in supported(h)]
        if slot == "asked_agent":  # "demanded an admission by Moscow": Moscow is asked
            return [
                o for h in heads for d in h.children if d.dep_ == "dobj"
                for c in d.children if c.dep_ == "prep" and c.lower_ == "by"
                for o in objects_of(c)
            ]  # fmt: skip
        if slot == "ccomp":  # "demanded that the US cancel": who is asked is the subject
            return [
                c for h in heads for cl in h.children if _asked_clause(cl)
                for c in cl.children if c.dep_ in SUBJECT_DEPS
            ]  # fmt: skip
        for head in heads:
            for child in head.children:
                if slot in {"dobj", "dative", "oprd"} and child.dep_ == slot:
                    return [child] if child.dep_ != "dative" else objects_of(child) or [child]
                if slot == "dative" and _first_of_two_objects(child):
                    return [child]  # "set the junta a deadline": the junta receives it
                if slot == "dobj" and _particle_as_preposition(head, child):
                    return objects_of(child)  # "called in the ambassador"
                if slot == "dobj" and (counted := _counted_object(child)):
                    return counted  # "kidnapped up to 16 advisers"
                if slot == "dobj" and child.dep_ == "ccomp" and head.lemma_ in CONTROL_VERBS:
                    return [c for c in child.children if c.dep_ == "nsubj"]  # "allowed X to"
                if child.dep_ in {"prep", "dative", "agent"} and child.lower_ == slot:
                    found = [o for o in objects_of(child) if not _on_whose_authority(o)]
                    if any(o.ent_type_ not in {"DATE", "TIME"} for o in found):
                        return found  # not "on Friday": a time, the slot may come later
                if child.dep_ == "prep" and (inner := _second_preposition(child, slot)):
                    return objects_of(inner)  # "pull diplomats out of Qatar"
                if child.dep_ == "prt" and child.lower_ == slot:
                    return [c for c in head.children if c.dep_ == "dobj"]
        return []

    def _held(self, verb: Token) -> list[Token]:
        """Who is held: the object, or the nouns the parser compounded with "hostage"; a
        relative "whom" is its antecedent."""
        held = []
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            if obj.lower_ in {"hostage", "hostages"}:
                held += [c for c in obj.children if c.dep_ == "compound"]
            elif obj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                held.append(verb.head)
            else:
                held.append(obj)
        return held

    def _promised_act_targets(self, heads: list[Token]) -> list[Token]:
        """The actor a commitment is made to: "offered to hand over to Britain", "agreed to
        re-open its borders to UN peacekeepers", "promised to give Tanzania aid"."""
        for head in heads:
            acts = [c for c in head.children if c.dep_ in {"xcomp", "advcl"}]
            for act in (a for a in acts if not _is_condition(a)):
                objects = [c for c in act.children if c.dep_ == "dobj"]
                for slot in ("dative", "to", "with", "dobj", "against", "on", "in", "ccomp"):
                    tokens = self.slot([act, *objects], slot)
                    if tokens and self.actors_of(tokens):
                        return tokens  # "marched to demand that X resign": X
        return []

    def _condition_subjects(self, heads: list[Token]) -> list[Token]:
        """Who must act to avert a threat: the subject of its "if" or "unless" clause."""
        verbs = [*heads, *(c for h in heads for c in h.children if c.dep_ == "xcomp")]
        for verb in verbs:
            for clause in (c for c in verb.children if c.dep_ == "advcl"):
                if _is_condition(clause):
                    if _describes_a_state(clause):
                        continue  # "unless Bazoum is back in office": he is not asked to act
                    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
                    if subjects and self.actors_of(subjects):
                        return subjects
        return []

    def _antecedent(self, token: Token, verb: Token) -> Token:
        if token.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return verb.head
        if verb.dep_ == "ccomp" and (token.lower_ in REPORTED_PRONOUNS or _speaker_owned(token)):
            speakers = self.subjects(verb.head) if verb.head.lemma_ in SPEECH_VERBS else []
            if speakers and _speaker_owned(token) and _armed(token):
                self.speakers_of[token.i] = speakers[0]  # "their forces": an arm of theirs
                return token
            if speakers:  # "Switzerland said it had expelled", "India says its jets struck"
                return speakers[0]
        return token

    # -- actors --------------------------------------------------------------------------

    def actors_of(self, tokens: list[Token]) -> list[Argument]:
        """One argument per coordinated actor named by the tokens."""
        found: list[Argument] = []
        for token in _with_conjuncts(tokens):
            for argument in self.actors_at(token):
                if all(a.actor.actor is not argument.actor.actor for a in found):
                    found.append(argument)
        return found

    def actors_at(self, token: Token) -> list[Argument]:
        """The actors a token names: usually one; a pair for "the two leaders"."""
        if _names_a_pair(token) and len(self.last_pair) == 2:
            return [self._argument(actor, token, "pronoun") for actor in self._pair_as(token)]
        argument = self.actor_at(token)
        if argument is not None:
            return [argument]
        if token.ent_type_ in {"FAC", "LOC"}:
            return []  # "stormed the shopping centre": a place, not an actor
        return self._groups(token) or self._possessor(token)

    def _pair_as(self, token: Token) -> list[Actor]:
        """The last pair, as the pronoun names it: "each side", "the two countries" are the
        pair's states ("jets" and "the Cambodian military" fought: Thailand and Cambodia)."""
        countries = [actor.country for actor in self.last_pair]
        names_states = _pair_head(token).lemma_.lower() in STATE_NOUNS
        two_states = len(set(countries)) == 2 and not {None, "IGO"} & set(countries)
        if names_states and two_states:
            return [self.actors.state(code) for code in countries]  # type: ignore[arg-type]
        return self.last_pair

    def actor_at(self, token: Token) -> Argument | None:
        mention = self.by_token.get(token.i)
        if mention is not None and mention.kind == "group":
            person = self.actors.describe(mention.root, self.last_person)
            if person is not None:  # "Cuban head of state": the person it describes
                return self._phrase_argument(person, mention.root, "description")
        if mention is not None:
            return self._named(mention)
        for child in token.children:  # "his Russian counterpart, Vladimir Putin"
            if child.dep_ == "appos" and child.i in self.by_token:
                return self._named(self.by_token[child.i])
        if token.dep_ == "appos" and token.head.i in self.by_token:  # "secretary" of a name
            return self._named(self.by_token[token.head.i])
        for child in token.children:  # "the Taliban faction", "the Hamas movement"
            if child.dep_ in {"compound", "nmod"} and child.i in self.by_token:
                mention = self.by_token[child.i]
                if mention.kind in {"org", "igo"}:
                    return self._named(mention)
        if token.lower_ in PERSONAL_PRONOUNS:
            person = (
                self._governing_person(token)
                or self._named_earlier_in_sentence(token)
                or self.last_person
            )
            return self._argument(person, token, "pronoun") if person else None
        if token.lemma_.lower() in OFFICE_SUCCESSION:
            return self._office_holder(token)
        if token.pos_ == "PROPN":
            person = self.actors.find_person(token.text)
            if person is not None:
                if token.text not in (person.name, *person.aliases):
                    person.aliases.append(token.text)  # "Amina" for Amina Otieno
                return self._argument(person, token, "name")
        if token.pos_ in {"NOUN", "PROPN"}:
            person = self.actors.describe(token, self.last_person)
            if person is not None:
                return self._phrase_argument(person, token, "description")
        return self._city_state(token)

    def _office_holder(self, token: Token) -> Argument | None:
        """ "his predecessor": the one who held the post before him, of his country and
        sector, named after him since the text does not name them."""
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None:
            return None
        if owner.lower_ in POSSESSIVE_PRONOUNS:
            holder = self._governing_person(owner) or self.last_person
        else:
            named = self.actor_at(owner)
            holder = named.actor.actor if named is not None else None
        if holder is None or holder.kind != "person":
            return None
        name = f"{holder.name}'s {token.lemma_.lower()}"
        actor = self.actors.group(name, holder.country, holder.sector or "GOV")
        return self._argument(actor, token, "description")

    def _named_earlier_in_sentence(self, pronoun: Token) -> Actor | None:
        """ "anger at Boluarte united the crowds: protesters chanted demands for her to
        resign": the person last named before the pronoun in its own sentence."""
        for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
            mention = self.by_token.get(token.i)
            if mention is not None and mention.kind in {"person", "org"}:
                actor = self.actors.actor_for(mention)  # a surname tagged ORG is the person
                if actor.kind == "person":
                    return actor
            elif mention is None and token.pos_ == "PROPN":  # a surname left untagged
                person = self.actors.find_person(token.text)
                if person is not None:
                    return person
        return None

    def _governing_person(self, pronoun: Token) -> Actor | None:
        """ "Putin, speaking as he met the King": the subject of an enclosing clause."""
        clause = pronoun.head
        while clause.head.i != clause.i:
            clause = clause.head
            if clause.pos_ not in {"VERB", "AUX"}:
                continue
            for subject in (c for c in clause.children if c.dep_ == "nsubj"):
                if subject.i in self.by_token and self.by_token[subject.i].kind == "person":
                    return self.actors.actor_for(self.by_token[subject.i])
        return None

    def _named(self, mention: Mention) -> Argument:
        actor = self.actors.actor_for(mention)
        span = mention.span
        start = self.offset + span.start_char
        return Argument(EventActor(actor, span.text, start, start + len(span.text)), "name")

    def event_argument(self, actor: Actor, token: Token) -> Argument:
        """The doer of an earlier event, named here by the event ("the strike")."""
        return self._argument(actor, token, "event")

    def crowds(self, tokens: list[Token]) -> list[Argument]:
        """Plural common nouns named as doing what only crowds do (protesting): civilians."""
        found = []
        for token in _with_conjuncts(tokens):
            if token.tag_ == "NNS" and not _is_event_noun(token):
                countries = self._countries_of(token)
                country = countries[0] if len(countries) == 1 else None
                actor = self.actors.group(_phrase_text(token), country, "CVL")
                found.append(self._phrase_argument(actor, token, "group"))
        return found

    def group_argument(self, name: str, country: str | None, sector: str, token: Token) -> Argument:
        """A group the text implies ("prohibited rallies": the protesters), named at `token`."""
        return self._argument(self.actors.group(name, country, sector), token, "group")

    def state_argument(self, code: str, token: Token) -> Argument:
        return self._argument(self.actors.state(code), token, "place")

    def _argument(self, actor: Actor, token: Token, how: str) -> Argument:
        start = self.offset + token.idx
        return Argument(EventActor(actor, token.text, start, start + len(token.text)), how)

    def _speaker_arm(self, token: Token) -> list[Argument]:
        """ "Bosnian Serbs said their forces had withdrawn": the speaker's forces (a state's
        are the state itself)."""
        owner = self.actor_at(self.speakers_of[token.i])
        if owner is None:
            return []
        speaker = owner.actor.actor
        if speaker.kind == "state":  # "India says its jets struck": India struck
            return [owner]
        sector = sectors.sector_of_noun(token.lemma_.lower(), token.lower_)
        name = f"{speaker.name} {token.text}"
        return [self._argument(self.actors.group(name, speaker.country, sector or "MIL"),
                               token, "pronoun")]  # fmt: skip

    def _groups(self, token: Token) -> list[Argument]:
        """Unnamed groups: "police", "Russian officials", one per country in "Hungarian and
        Romanian officials"; a state's "side" or "delegation" stands for the state."""
        if token.pos_ not in {"NOUN", "PROPN"}:
            return []
        if token.i in self.speakers_of:
            return self._speaker_arm(token)
        lemma = token.lemma_.lower()
        sector = sectors.sector_of_noun(lemma, _whole_word_modifiers(token))
        countries = self._countries_of(token)
        of = [o for c in token.children if c.lower_ == "of" for o in objects_of(c)]
        if lemma in QUANTITY_NOUNS and of:  # "thousands of Sudanese"
            return self._groups(of[0])
        is_thing = _is_event_noun(token) or lemma in PLACE_NOUNS
        if sector is None and (lemma in COLLECTIVE_NOUNS or token.tag_ == "NNS") and not is_thing:
            # "opposition groups", "rebel forces", "opposition candidates"
            sector = sectors.sector_of_title(_whole_word_modifiers(token))
        people = geo.country_code(token.text) if token.tag_ in {"NNPS", "NNS", "NNP"} else None
        if people and token.text[:1].isupper():  # "Palestinians", "ethnic Albanians"
            actor = self.actors.group(_phrase_text(token), people, sector or "CVL")
            return [self._phrase_argument(actor, token, "group")]
        if lemma in ROLE_NOUNS and (countries or token.tag_ == "NNS"):  # "Western leaders"
            sector = sector or "GOV"
        if lemma in PLACE_NOUNS and of:  # "positions of the Palestinian security forces"
            holders_named = self.actors_at(of[0])
            if holders_named:
                return holders_named
        if lemma in PLACE_NOUNS and countries:  # "Congolese cities": Congo's
            return [self._owner(countries[0], token, token)]
        national = any(
            t.dep_ in {"amod", "compound"} and geo.country_code(t.text) for t in token.lefts
        )  # "Algerian landowners", not "Algeria's elections"
        plural = token.tag_ in {"NNS", "NNPS"}
        plural_of_a_country = plural and national and not _is_event_noun(token)
        if lemma in CROWD_NOUNS or plural_of_a_country:
            sector = sector or "CVL"  # "people marched", "Algerian landowners": civilians
        if sector is None and not (countries and lemma in STATE_NOUNS):
            return []
        name = _phrase_text(token)
        if len(countries) < 2:
            country = countries[0] if countries else None
            return [self._phrase_argument(self.actors.group(name, country, sector), token, "group")]
        return [
            self._phrase_argument(
                self.actors.group(f"{geo.country_name(code) or code} {token.text}", code, sector),
                token,
                "group",
            )
            for code in countries
        ]

    def _countries_of(self, token: Token) -> list[str]:
        """A group's countries: its nationality words, else the place it is in, else its
        named owner's."""
        return _country_modifiers(token) or _located_in(token) or self._owner_country(token)

    def _owner_country(self, token: Token) -> list[str]:
        """The country of the named person owning a group: "President Bouteflika's
        government" is Algeria's."""
        for child in token.children:
            if child.dep_ == "poss" and child.pos_ == "PROPN":
                person = self.actors.find_person(child.text)
                if person is not None and person.country:
                    return [person.country]
        return []

    def _possessor(self, token: Token) -> list[Argument]:
        """The actor owning a non-actor noun: "praised Haiti's efforts", "rejected an Indian
        proposal", "a US offer", "calls by Belarus's rulers", "leaders of Romania"."""
        for child in token.children:
            if child.dep_ == "poss" and child.lower_ not in POSSESSIVE_PRONOUNS:
                return self.actors_at(child)
            if child.dep_ == "acl" and child.lemma_ in HOLDING_VERBS | {"belong"}:
                found = self.actors_of(holders(child))  # "a base held by rebels"
                if found:
                    return found
            if (
                child.dep_ == "prep"
                and child.lower_ in OWNER_PREPOSITIONS
                and not (child.lower_ in {"of", "for"} and _is_event_noun(token))
            ):  # "the release of X": X is acted on, not the owner
                for owner in objects_of(child):
                    found = self.actors_at(owner)
                    if found:
                        return found
        for child in token.children:  # "the first US military strike": "US" is an nmod
            if child.dep_ in {"amod", "compound", "nmod"} and child.text[:1].isupper():
                if child.dep_ == "nmod" and _in_a_hyphenated_list(child):
                    continue  # "the Japan-India-U.S. exercise" belongs to no one of them
                code = None if _part_of_a_name(child, token) else geo.country_code(child.text)
                if code:
                    return [self._owner(code, child, token)]
        return []

    def _owner(self, code: str, modifier: Token, thing: Token) -> Argument:
        """ "Cambodian military targets" belong to the Cambodian military; "an Indian
        proposal", "the first US military strike" to the state (its act, whichever arm
        carried it out)."""
        if _is_event_noun(thing):
            return self._argument(self.actors.state(code), modifier, "group")
        if thing.lemma_.lower() in PLACE_NOUNS:  # "Congolese cities": Congo
            owner = " ".join(
                t.text
                for t in thing.lefts
                if t.dep_ in {"amod", "compound", "nmod"} and t.ent_type_ != "ORDINAL"
            )
            sector = sectors.sector_of_title(owner) if owner else None
            if sector is None:
                return self._argument(self.actors.state(code), modifier, "group")
            return self._argument(self.actors.group(owner, code, sector), modifier, "group")
        # The sector comes from the noun and its own modifiers: "multi-party elections" are
        # no party, "Belarus's rulers" are its government.
        sector = sectors.sector_of_title(_whole_word_modifiers(thing))
        if sector is None:
            return self._argument(self.actors.state(code), modifier, "group")
        actor = self.actors.group(_phrase_text(thing), code, sector)
        return self._phrase_argument(actor, thing, "group")

    def _city_state(self, token: Token) -> Argument | None:
        """A city where an actor is expected stands for its state: "travelled to Beijing"."""
        if token.ent_type_ != "GPE":
            return None
        ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        place = geo.place_country(ent.text) if ent is not None else None
        if place is None or place.country is None:
            return None
        return self._argument(self.actors.state(place.country), token, "place")

    def _phrase_argument(self, actor: Actor, token: Token, how: str) -> Argument:
        tokens = _phrase_tokens(token)
        start = self.offset + tokens[0].idx
        text = _phrase_text(token)
        return Argument(EventActor(actor, text, start, start + len(text)), how)


def _part_of_a_name(modifier: Token, head: Token) -> bool:
    """ "Sofia" in "Sofia Marquez", untagged: a first name, not Bulgaria's capital."""
    return (
        head.pos_ == "PROPN"
        and modifier.dep_ == "compound"
        and modifier.ent_type_ not in {"GPE", "NORP"}
    )


def reported_clause(verb: Token) -> Token | None:
    """The clause a reporting verb reports: its complement ("said that X did"), or the
    clause it follows ("X did, the minister stated")."""
    for child in verb.children:
        if child.dep_ == "ccomp" and child.pos_ in {"VERB", "AUX"}:
            return child
    for noun in (o for c in verb.children if c.dep_ == "prep" for o in objects_of(c)):
        for clause in noun.children:  # "said in a statement that X had violated", as parsed
            if clause.dep_ == "acl" and any(m.lower_ == "that" for m in clause.children):
                return clause
    head = verb.head
    if verb.dep_ in {"conj", "parataxis", "ccomp"} and head.i < verb.i and head.pos_ == "VERB":
        return head
    return None


def _clause_subjects(clause: Token) -> list[Token]:
    """Who did what a clause reports: its subject, or the agent of a passive."""
    agents = [o for c in clause.children if c.dep_ == "agent" for o in objects_of(c)]
    active = [c for c in clause.children if c.dep_ == "nsubj"]
    passive = [c for c in clause.children if c.dep_ == "nsubjpass"]
    if clause.lemma_ == "involve":  # "services were involved in": the involved did it
        return passive
    return agents or active


def _particle_as_preposition(verb: Token, child: Token) -> bool:
    """A phrasal verb's particle parsed as a preposition, its object as the particle's
    (so the verb has none of its own)."""
    return (
        child.dep_ == "prep"
        and (lemma_of(verb), child.lower_) in PHRASAL
        and not any(c.dep_ == "dobj" for c in verb.children)
    )


def out_of_the_question(clause: Token) -> bool:
    """ "[X] is out of the question": "out" and "of the question" under the clause."""
    return any(
        o.lemma_ == "question"
        for out in clause.children if out.dep_ == "prep" and out.lower_ == "out"
        for of in out.children if of.lower_ == "of"
        for o in objects_of(of)
    )  # fmt: skip


def _ruled_out(speech: Token) -> list[Token]:
    """What is said to be out of the question, read for whom it concerns: the objects of
    the act ("removing the sanctions on Burma": Burma, then the sanctions)."""
    found = []
    for clause in (c for c in speech.children if c.dep_ == "ccomp" and out_of_the_question(c)):
        for act in (c for c in clause.children if c.dep_ in {"csubj", "nsubj"}):
            for thing in (c for c in act.children if c.dep_ == "dobj"):
                found += [o for p in thing.children if p.dep_ == "prep" for o in objects_of(p)]
                found.append(thing)
    return found


def supported(verb: Token) -> list[Token]:
    """Whom an act is "in support of": "sent soldiers in support of the M23 rebels"."""
    return [
        o for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
        for s in objects_of(c) if s.lemma_.lower() == "support"
        for p in s.children if p.lower_ == "of" for o in objects_of(p)
    ]  # fmt: skip


def _participle_subject(subject: Token) -> Token | None:
    """The noun a participle modifies, when the parser made the participle the subject: in
    "The Red Cross operating in Iraq said", the Red Cross said it."""
    if subject.tag_ != "VBG" or any(c.dep_ in {"aux", "auxpass"} for c in subject.children):
        return None
    return next((c for c in subject.children if c.dep_ == "nsubj"), None)


def _counted_object(particle: Token) -> list[Token]:
    """The object the parser hid behind "up to" read as a particle and a preposition: in
    "kidnapped up to 16 advisers", the advisers."""
    if particle.dep_ != "prt" or particle.lower_ != "up":
        return []
    to = next((c for c in particle.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    if to is None:
        return []
    return [o for o in objects_of(to) if any(c.dep_ == "nummod" for c in o.children)]


def _second_preposition(first: Token, word: str) -> Token | None:
    """The "of" of "out of", "from" of "away from": a two-word preposition parsed as two."""
    if objects_of(first):
        return None
    return next((c for c in first.children if c.dep_ == "prep" and c.lower_ == word), None)


def _armed(token: Token) -> bool:
    """An armed force: "forces", "troops", "jets"."""
    return sectors.sector_of_noun(token.lemma_.lower(), token.lower_) in {"MIL", "COP"}


def _speaker_owned(token: Token) -> bool:
    """ "its jets", "their forces": in reported speech, the speaker's own."""
    return any(c.dep_ == "poss" and c.lower_ in {"its", "their", "our"} for c in token.children)


def holders(participle: Token) -> list[Token]:
    """Who holds a place: the agent of "held by", "controlled by"; the owner of
    "belonging to"."""
    owners = {"agent"} if participle.lemma_ != "belong" else {"prep"}
    return [
        o for a in participle.children if a.dep_ in owners and a.lower_ in {"by", "to"}
        for o in objects_of(a)
    ]  # fmt: skip


def held_places(tokens: list[Token]) -> list[Token]:
    """The participles that say who holds a place among the tokens ("territory controlled
    by Pakistan")."""
    return [
        t for t in tokens
        if t.dep_ == "acl" and t.lemma_ in HOLDING_VERBS and t.head.lemma_.lower() in PLACE_NOUNS
    ]  # fmt: skip


def _in_a_hyphenated_list(token: Token) -> bool:
    doc = token.doc
    return any(0 <= i < len(doc) and doc[i].text == "-" for i in (token.i - 1, token.i + 1))


def _asked_clause(clause: Token) -> bool:
    """What a demand asks: "that the US cancel", "for her to resign"."""
    if clause.dep_ in {"ccomp", "acl"}:
        return True
    return clause.dep_ == "advcl" and any(m.lower_ == "for" for m in clause.children)


def _is_condition(clause: Token) -> bool:
    return clause.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in clause.children
    )


def _first_of_two_objects(token: Token) -> bool:
    """The recipient of a double-object verb the parser gave two objects ("set the junta a
    seven-day deadline"): the first of them."""
    if token.dep_ != "dobj":
        return False
    return any(c.dep_ == "dobj" and c.i > token.i for c in token.head.children)


def _describes_a_state(clause: Token) -> bool:
    """A condition that says how someone is, not what they must do: "unless Bazoum is back
    in office" (but "unless Iran is willing to talk" asks Iran to act)."""
    if clause.lemma_ != "be":
        return False
    return not any(c.dep_ == "acomp" and c.lemma_ in WILLING for c in clause.children)


def _on_whose_authority(noun: Token) -> bool:
    """ "On President Trump's orders", "at Kenya's request": who asked for the act, not
    whom it was done to."""
    return noun.lemma_.lower() in AUTHORITY_NOUNS and noun.head.lower_ in {"on", "at", "upon"}


def _acts_on_an_object(verb: Token) -> bool:
    """A participle modifying a noun, with an object of its own, is that noun's act: "the
    soldiers firing rockets", or a main clause the parser attached to its subject ("Russia,
    the most important supporter of Syria, condemned a U.S. attack"). Infinitives ("a plan
    to strike Iran") and objectless participles ("the attack launched on Friday") are not."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ in {"VBD", "VBN", "VBG"}
        and verb.head.pos_ in {"NOUN", "PROPN"}
        and any(c.dep_ == "dobj" for c in verb.children)
    )


def _subject_glued_to_a_date(verb: Token) -> Token | None:
    """The subject the parser read as part of an opening date: "On Sunday ECOWAS handed the
    junta a deadline" has "ECOWAS" as the object of "On", compounded with "Sunday"."""
    for prep in (c for c in verb.lefts if c.dep_ == "prep"):
        for noun in objects_of(prep):
            dated = any(c.dep_ == "compound" and c.ent_type_ in {"DATE", "TIME"}
                        for c in noun.children)  # fmt: skip
            if dated and noun.pos_ == "PROPN" and noun.ent_type_ not in {"DATE", "TIME"}:
                return noun
    return None


def objects_of(preposition: Token) -> list[Token]:
    return [c for c in preposition.children if c.dep_ in {"pobj", "pcomp"}]


def _has_passive_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubjpass" for c in verb.children)


def _with_conjuncts(tokens: list[Token]) -> Iterator[Token]:
    """The tokens and those coordinated with them, also inside an apposition: "Rwanda's
    Foreign Minister [Olivier Nduhungirehe and Therese Wagner], his Congolese counterpart"."""
    seen: set[int] = set()
    for token in tokens:
        named = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        inside = [conjunct for name in named for conjunct in name.conjuncts]
        items = (token, *token.conjuncts, *inside)
        # "Neighbours and partners, among them the US and France": the members act
        listing = [c.i for t in items for c in t.children if _lists_members(c)]
        members_from = min(listing, default=-1)
        for item in items:
            argument_like = item.pos_ in ARGUMENT_POS or item.lower_ == "other"  # often ADJ
            if item.i < members_from:
                continue
            if item.i not in seen and argument_like:
                seen.add(item.i)
                yield item


def _lists_members(preposition: Token) -> bool:
    """ "among them", "including": what follows names the members of a group before it."""
    if preposition.dep_ != "prep":
        return False
    members = objects_of(preposition)
    if preposition.lower_ == "including":  # not "sanction Belarus, including by barring"
        return any(m.pos_ in {"PROPN", "NOUN"} for m in members)
    return preposition.lower_ == "among" and any(m.lower_ == "them" for m in members)


def _phrase_text(head: Token) -> str:
    tokens = _phrase_tokens(head)
    return head.doc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]


def _whole_word_modifiers(head: Token) -> str:
    """The head noun with the compound and adjective words before it that are not part of
    a hyphenated word ("multi-party" modifies, but names no party)."""
    words = [
        t.text for t in head.lefts
        if t.dep_ in {"amod", "compound"} and t.text != "-" and not _in_a_hyphenated_list(t)
    ]  # fmt: skip
    return " ".join([*words, head.text])


def _is_event_noun(token: Token) -> bool:
    return token.lemma_.lower() in NOUNS or token.lemma_.lower() in VERBS


def _names_a_pair(token: Token) -> bool:
    """ "the two leaders", "both sides", "the pair": the two actors of the last event."""
    if token.lemma_.lower() == "pair" or token.lower_ in {"both", "each"}:
        return True
    if any(c.dep_ == "det" and c.lower_ == "each" for c in token.children):
        return True  # "each side accused the other"
    if token.lower_ == "other" and any(c.lower_ == "the" for c in token.children):
        return _each_in_clause(token)  # "... accused the other": the other of the pair
    if token.lemma_.lower() in PLACE_NOUNS or _is_event_noun(token):
        return False  # "struck two ground targets", "the two attacks": not the two sides
    if token.lower_ == "two" and token.dep_ in SUBJECT_DEPS:
        return True  # "after the two held a summit"
    owners = [c for c in token.children if c.dep_ == "poss"]  # "the two countries' leaders"
    return token.tag_ == "NNS" and any(
        c.lower_ in {"two", "both"} for t in [token, *owners] for c in t.children
    )


def _pair_head(token: Token) -> Token:
    """The noun "the other" stands for: "each side ... the other" names sides."""
    if token.lower_ != "other":
        return token
    subjects = [c for c in token.head.children if c.dep_ in SUBJECT_DEPS]
    return subjects[0] if subjects else token


def _each_in_clause(token: Token) -> bool:
    """Whether "the other" answers an "each" subject of its clause ("each side ... the
    other"), and so names the pair's other side."""
    verb = token.head
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return any(
        s.lower_ == "each" or any(c.lower_ == "each" for c in s.children) for s in subjects
    )


def _phrase_tokens(head: Token) -> list[Token]:
    """The head noun with its premodifiers and "of"-complements: "senior Russian officials"."""
    tokens = [t for t in head.lefts if t.dep_ in {"amod", "compound", "poss", "nmod"}]
    expanded = [t for left in tokens for t in left.subtree]
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            expanded.extend(child.subtree)
    return sorted({*expanded, head}, key=lambda t: t.i)


def _located_in(head: Token) -> list[str]:
    """The country of the place a group is "in" or "of": "the rebels in Darfur" are Sudan's,
    "the government of Sindh province" Pakistan's."""
    for child in head.children:
        if child.dep_ != "prep" or child.lower_ not in {"in", "of"}:
            continue
        for place in objects_of(child):
            words = {t.i for t in place.subtree if t.dep_ == "compound"} | {place.i}
            name = next((e for e in place.doc.ents if words & set(range(e.start, e.end))), None)
            if name is not None and name.label_ in {"GPE", "LOC"}:  # "the Ivory Coast", whole
                found = geo.place_country(name.text)  # "Sindh province": Sindh's
                return [found.country] if found is not None and found.country else []
    return []


def _country_modifiers(head: Token) -> list[str]:
    """Countries named by the phrase's modifiers, in order: "Hungarian and Romanian"."""
    codes: list[str] = []
    words = [
        t for t in _phrase_tokens(head)
        if t.i != head.i and t.pos_ in {"PROPN", "ADJ", "NOUN"}
        and t.text[:1].isupper()  # "island" is Iceland's own name for itself
    ]  # fmt: skip
    for code in country_codes_of(words):
        if code not in codes:
            codes.append(code)
    return codes
