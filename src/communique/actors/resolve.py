"""One actor per person or body within an article: full names, surnames, first names and
descriptions ("the Cuban president") resolve to the same Actor.
"""

from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher

from spacy.tokens import Token

from communique import geo
from communique.actors import sectors
from communique.actors.gazetteer import known_actor, known_titled, titled_country
from communique.actors.mentions import QUOTES, Mention
from communique.actors.organisations import known_organisation
from communique.model import Actor

TRANSLITERATION_SIMILARITY = 0.75
MAX_ROLE_WORDS = 12  # a longer description is a clause, not a title
# Singular nouns that describe one person: titles, ranks, "head (of state)", "leader".
DESCRIBING_NOUNS = sectors.TITLE_WORDS | {"head", "counterpart", "premier", "monarch"}
REGIONAL_WORDS = {
    "western", "arab", "african", "european", "asian", "gulf", "international", "foreign",
    "world", "regional", "global", "muslim", "latin", "nordic", "baltic", "unnamed", "allied",
}  # fmt: skip


# A region's leaders or states, and the body they meet in; longer regions first.
REGIONAL_BODIES = {
    "west african": "ECOWAS", "southern african": "SADC", "east african": "East African Community",
    "southeast asian": "ASEAN", "gulf": "Gulf Cooperation Council", "arab": "Arab League",
    "african": "African Union", "european": "European Union",
}  # fmt: skip


def fold(text: str) -> str:
    """Case, accents, dots and hyphens folded away: "Díaz-Canel" and "Diaz Canel" agree."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’s", "").replace("'s", "")
    return " ".join(text.casefold().replace(".", "").replace("-", " ").split())


def name_parts(name: str) -> list[str]:
    return fold(name).split()


def same_person(short: str, long: str) -> bool:
    """Whether a name form refers to a fuller one: surname, first name, subset, spelling."""
    a, b = name_parts(short), name_parts(long)
    if not a or not b:
        return False
    if a == b or (len(a) >= 2 and set(a) <= set(b)):
        return True
    if len(a) == 1:
        return a[0] == b[-1] or a[0] == b[0] or a == b[-len(a) :]
    if len(a) == len(b) and a[-1] == b[-1]:
        return SequenceMatcher(None, a[0], b[0]).ratio() >= TRANSLITERATION_SIMILARITY
    if len(a) == 2 and a[-1] in b:  # "Lazaro Alvarez" / "Lazaro Alberto Alvarez Casas"
        return a[0] == b[0]
    return False


class ArticleActors:
    """The actors of one article, merged as their mentions are added."""

    def __init__(self) -> None:
        self.actors: list[Actor] = []
        self.people: list[Actor] = []
        # Where in the text each person was first named, by their actor's id.
        self.first_named: dict[int, int] = {}

    def register(self, mentions: list[Mention]) -> None:
        """Add mentions fullest names first, so a bare surname finds its person."""
        fullest_first = sorted(
            enumerate(mentions), key=lambda m: (m[1].kind != "person", -len(m[1].span))
        )
        for position, mention in fullest_first:
            actor = self.actor_for(mention)
            self.first_named[id(actor)] = min(position, self.first_named.get(id(actor), position))

    def actor_for(self, mention: Mention) -> Actor:
        person = self.find_person(mention.text)
        if mention.kind == "person" or person is not None:
            return self._add_person(mention, person)
        if mention.kind == "org" and known_actor(mention.text):  # "Serguei Lavrov" as ORG
            return self._add_person(mention, None)
        if mention.kind == "group" and mention.root.tag_ == "NN":
            described = self.describe(mention.root)  # "the Cuban president": a person
            if described is not None:
                return described
        return self._add_body(mention)

    def find_person(self, text: str) -> Actor | None:
        """The person a name form refers to; of several ("Trump": Donald or Melania), the one
        with a title, and of several titled, the one the text named first."""
        candidates = [p for p in self.people if any(same_person(text, n) for n in _names(p))]
        if len(candidates) > 1:
            candidates = [p for p in candidates if p.roles]
        if len(candidates) > 1:  # "President Donald Trump", then "first lady Melania Trump":
            candidates = sorted(candidates, key=self._first_named)[:1]  # "Trump" is the first
        return candidates[0] if len(candidates) == 1 else None

    def _first_named(self, person: Actor) -> int:
        return self.first_named.get(id(person), len(self.first_named))

    def _add_person(self, mention: Mention, known: Actor | None) -> Actor:
        if known is None:
            known = Actor(name=mention.text, kind="person")
            self.people.append(known)
            self.actors.append(known)
        elif mention.text != known.name and mention.text not in known.aliases:
            if len(name_parts(mention.text)) > len(name_parts(known.name)):
                known.aliases.append(known.name)
                known.name = mention.text
            else:
                known.aliases.append(mention.text)
        _merge_roles(known, mention.roles, mention.country)
        return known

    def _add_body(self, mention: Mention) -> Actor:
        name = _body_name(mention)
        for actor in self.actors:
            if actor.kind == mention.kind and fold(actor.name) == fold(name):
                return actor
        actor = Actor(name=name, kind=mention.kind, country=mention.country, sector=mention.sector)
        actor.aliases.extend(_body_aliases(mention, name))
        self.actors.append(actor)
        return actor

    def group(self, name: str, country: str | None, sector: str) -> Actor:
        """An unnamed group ("police", "Russian officials"), one actor per name and country."""
        name = name.strip(QUOTES)
        for actor in self.actors:
            if (
                actor.kind == "group"
                and fold(actor.name) == fold(name)
                and actor.country == country
            ):
                return actor
        fuller = self._fuller_group(name) if country is None else None
        if fuller is not None:
            return fuller
        body = self._regional_body(name) if country is None else None
        if body is not None:
            return body
        actor = Actor(name=name, kind="group", country=country, sector=sector)
        self.actors.append(actor)
        return actor

    def _regional_body(self, name: str) -> Actor | None:
        """ "West African leaders" in a story that names ECOWAS act as ECOWAS: the region's
        body, when the article names it."""
        words = fold(name)
        region = next((r for r in REGIONAL_BODIES if words.startswith(r + " ")), None)
        if region is None:
            return None
        body = REGIONAL_BODIES[region]
        return next((a for a in self.actors if a.kind == "igo" and a.name == body), None)

    def _fuller_group(self, name: str) -> Actor | None:
        """ "the ambassador" after "the Russian ambassador": the one group named so far
        whose name ends with this one, when all such groups are of one country."""
        ending = " " + fold(name)
        named = [a for a in self.actors if a.kind == "group" and a.country
                 and fold(a.name).endswith(ending)]  # fmt: skip
        return named[0] if len({a.country for a in named}) == 1 else None

    def state(self, code: str) -> Actor:
        """The state itself, acting as a whole ("rejected an Indian proposal": India)."""
        name = geo.country_name(code) or code
        for actor in self.actors:
            if actor.kind == "state" and actor.country == code:
                return actor
        actor = Actor(name=name, kind="state", country=code)
        self.actors.append(actor)
        return actor

    def describe(self, head: Token, topic: Actor | None = None) -> Actor | None:
        """The person a description refers to ("Cuban president", "the Russian general").

        A person holding the described role comes first; failing that, the person the text
        is about (`topic`, the last subject) when the description's country fits them.
        """
        if head.tag_ != "NN" or head.lower_ not in DESCRIBING_NOUNS:
            return None  # "American diplomats", "the statement": no one person
        words = _description_tokens(head)
        country = _country_of_words(words)
        role = head.lemma_.lower()
        matches = [p for p in self.people if _fits(p, country) and _holds_role(p, role)]
        if role == "counterpart" and country:  # "his Kuwaiti counterpart": Kuwait's one official
            matches = [p for p in self.people if p.country == country and p.roles]
        if not matches and topic is not None and country and topic.country == country:
            matches = [topic]
        if len(matches) > 1 and topic in matches:
            matches = [topic]  # two foreign ministers: "the foreign minister" is the one in view
        if len(matches) != 1:
            return None
        person = matches[0]
        if len(words) <= MAX_ROLE_WORDS and not any(t.ent_type_ == "PERSON" for t in words):
            _merge_roles(person, [" ".join(t.text for t in words)], country)
        return person


def _description_tokens(head: Token) -> list[Token]:
    """The description's words: premodifiers, the head and its "of" complements."""
    tokens = [t for t in head.subtree if t.i <= head.i and t.dep_ not in {"det", "poss"}]
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            tokens.extend(child.subtree)
    return sorted(tokens, key=lambda t: t.i)


def _fits(person: Actor, country: str | None) -> bool:
    return country is None or person.country in (None, country)


def _holds_role(person: Actor, role: str) -> bool:
    return any(role in fold(r).split() for r in person.roles)


def _names(actor: Actor) -> list[str]:
    return [actor.name, *actor.aliases]


def _merge_roles(actor: Actor, roles: list[str], country: str | None) -> None:
    for role in roles:
        if role and role not in actor.roles:
            actor.roles.append(role)
    if actor.country is None:
        actor.country = country
    actor.sector = sectors.sector_of_roles(actor.roles) or actor.sector


def _country_of_words(words: list[Token]) -> str | None:
    for token in words:
        if token.ent_type_ in {"NORP", "GPE"} or token.is_title:
            code = geo.country_code(token.text)
            if code:
                return code
    return None


def settle_home_country(actors: list[Actor], home: str | None, *, only_country: bool) -> None:
    """Groups the article gives no country ("police", "protesters") belong to the story's
    country; officials ("President X") and bodies ("the Umma party") only when the story
    names no other country, since a wrong country vetoes a match where a missing one does
    not."""
    if home is None:
        return
    for actor in actors:
        if actor.country is not None or not actor.sector or _international(actor):
            continue
        is_local_group = actor.kind == "group" and not _regional(actor.name)
        if is_local_group or (actor.kind in {"person", "org"} and only_country):
            actor.country = home


def _international(actor: Actor) -> bool:
    """A body known to belong to no one country: the Red Cross, Amnesty International."""
    known = known_organisation(actor.name) if actor.kind == "org" else None
    return known is not None and not known.country


def _regional(name: str) -> bool:
    """ "Western leaders", "Arab states": a region's, not a country's."""
    return bool(set(fold(name).split()) & REGIONAL_WORDS)


def apply_gazetteer(actors: list[Actor]) -> None:
    """Well-known people get their country and sector from the gazetteer (the text often
    names "President Trump" without a country, or only a rank); the text's roles stay."""
    for actor in actors:
        if actor.kind != "person":
            continue
        known = next(filter(None, (known_actor(n) for n in [actor.name, *actor.aliases])), None)
        if known is None and actor.sector and actor.roles and " " not in actor.name:
            known = known_titled(actor.name, actor.sector)  # "President Trump"
        if known is None:
            _country_of_titled_surname(actor)
            continue
        actor.country = known.country
        if actor.sector is None or (actor.sector == "MIL" and known.sector == "GOV"):
            actor.sector = known.sector  # a rank ("Army General") is not the job
        if fold(known.name) in {fold(n) for n in [actor.name, *actor.aliases]}:
            continue
        if " " in actor.name:
            actor.aliases.append(known.name)
        else:  # "Lula", "President Trump": a one-word name goes by the person's full name
            actor.aliases.append(actor.name)
            actor.name = known.name


def _country_of_titled_surname(actor: Actor) -> None:
    """ "President Bush" names one of two presidents of one country: the country is known
    even though the person is not. It overrides a country the story lent the person."""
    if actor.sector and actor.roles and " " not in actor.name:
        actor.country = titled_country(actor.name, actor.sector) or actor.country


def default_sectors(actors: list[Actor]) -> None:
    """A titled person of unknown sector ("Russian leader X") is taken as government."""
    for actor in actors:
        if actor.kind == "person" and actor.sector is None and actor.roles:
            actor.sector = "GOV"


def _body_aliases(mention: Mention, name: str) -> list[str]:
    """Other names of a body: the text's, when the actor is named otherwise ("Myanmar" for
    a name kept as "Burma"), and those the organisation table lists ("Pentagon")."""
    written = mention.text.removeprefix("the ").removeprefix("The ")
    known = known_organisation(written) if mention.kind == "org" else None
    aliases = [written] if mention.kind in {"org", "igo", "state"} else []
    aliases += list(known.aliases) if known else []
    unique: dict[str, str] = {}
    for alias in aliases:
        if fold(alias) != fold(name):
            unique.setdefault(fold(alias), alias)
    return list(unique.values())


def _body_name(mention: Mention) -> str:
    if mention.kind == "igo":
        return geo.igo(mention.text) or mention.text
    if mention.kind == "state" and mention.country:
        return geo.country_name(mention.country) or mention.text
    if mention.kind == "government" and mention.country:
        return f"{geo.country_name(mention.country) or mention.country} government"
    if mention.kind == "org" and (known := known_organisation(mention.text)):
        return known.name
    return mention.text.removeprefix("the ").removeprefix("The ").strip(QUOTES)
