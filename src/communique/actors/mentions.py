"""Actor mentions in a parsed paragraph: named people, organisations, states and groups.

The small model's entities are the starting point, corrected by the parse: titles glued to
a name ("Army General Raul Castro", tagged partly ORG) become the person's roles, and
appositions ("Nikolai Patrushev, secretary of the Security Council") add roles and country.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from communique import geo
from communique.actors import sectors

PERSON_LABELS = {"PERSON"}
ORG_LABELS = {"ORG"}
STATE_LABELS = {"GPE"}
NAME_LABELS = {"GPE", "PERSON", "ORG", "LOC", "PRODUCT", "FAC"}
NAME_DEPS = {"compound", "amod", "nmod", "poss"}


@dataclass
class Mention:
    """A named actor in a sentence: its name tokens, roles and what they say of it."""

    span: Span  # the name ("Raul Castro") or the whole description ("Cuban president")
    kind: str  # person | org | state | igo | group
    roles: list[str] = field(default_factory=list)
    country: str | None = None
    sector: str | None = None

    @property
    def text(self) -> str:
        return self.span.text

    @property
    def root(self) -> Token:
        return self.span.root


def find_mentions(doc: Doc) -> list[Mention]:
    """Every named actor of a paragraph, people first so their titles are not taken as orgs."""
    mentions: list[Mention] = []
    used: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in PERSON_LABELS and _looks_like_name(ent):
            mention = person_mention(ent)
            mentions.append(mention)
            used.update(range(_title_start(ent), ent.end))
    for ent in doc.ents:
        if used.intersection(range(ent.start, ent.end)):
            continue
        mention = named_mention(ent)
        if mention is not None:
            mentions.append(mention)
            used.update(range(ent.start, ent.end))
    return sorted(mentions, key=lambda m: m.span.start)


def _looks_like_name(ent: Span) -> bool:
    return any(token.is_title or token.is_upper for token in ent) and not geo.country_code(ent.text)


def _strip_title_words(ent: Span) -> Span:
    """Drop leading title words the model put inside a PERSON ("President Miguel Diaz-Canel")."""
    start = ent.start
    while start < ent.end - 1 and ent.doc[start].lower_ in sectors.TITLE_WORDS:
        start += 1
    return ent.doc[start : ent.end]


def _title_tokens(name: Span) -> list[Token]:
    """Premodifiers of the name that are not part of it: "Russian Foreign Minister"."""
    tokens: list[Token] = []
    for child in name.root.lefts:
        if child.i < name.start and child.dep_ in NAME_DEPS and child.pos_ != "PRON":
            tokens.extend(t for t in child.subtree if t.i < name.start and not t.is_punct)
    for token in name.doc[name.start - 1 : name.start] if name.start else []:
        if token.lower_ in sectors.TITLE_WORDS and token not in tokens:
            tokens.append(token)
    return sorted(tokens, key=lambda t: t.i)


def _title_start(ent: Span) -> int:
    name = _strip_title_words(ent)
    titles = _title_tokens(name)
    return min([ent.start] + [t.i for t in titles])


def person_mention(ent: Span) -> Mention:
    name = _strip_title_words(ent)
    title_words = [t for t in ent.doc[ent.start : name.start]]
    title_words = sorted(set(title_words) | set(_title_tokens(name)), key=lambda t: t.i)
    roles = []
    if title_words:
        roles.append(" ".join(t.text for t in title_words if t.dep_ != "det").strip())
    roles.extend(_appositions(name))
    mention = Mention(span=name, kind="person", roles=[r for r in roles if r])
    mention.country = _country_of_roles(mention.roles)
    mention.sector = sectors.sector_of_roles(mention.roles)
    return mention


def _appositions(name: Span) -> list[str]:
    """Role phrases in apposition to the name, or the description it is in apposition to."""
    roles = []
    for child in name.root.rights:
        if child.dep_ == "appos" and child.pos_ in {"NOUN", "PROPN"} and not child.ent_type_:
            roles.append(_phrase(child))
            roles.extend(_phrase(conj) for conj in child.conjuncts if conj.pos_ == "NOUN")
    if name.root.dep_ == "appos" and name.root.head.pos_ == "NOUN":
        roles.append(_phrase(name.root.head, stop=name.start))
    return roles


def _phrase(head: Token, stop: int | None = None) -> str:
    """The role phrase headed by `head`, up to the next comma or the given token."""
    tokens = [t for t in head.subtree if stop is None or t.i < stop]
    words: list[str] = []
    for token in tokens:
        if token.is_punct and token.text in ",;(" and token.i > head.i:
            break
        if token.dep_ in {"poss", "det"} and token.i < head.i:
            continue
        if token.dep_ in {"relcl", "cc", "conj"} and token.i > head.i:
            break
        words.append(token.text_with_ws)
    return "".join(words).strip(" ,")


def _country_of_roles(roles: list[str]) -> str | None:
    """The country a role names: "Russian ambassador to Cuba" is Russian, so "to" ends it."""
    for role in roles:
        head, _, _ = role.partition(" to ")
        for word_count in (3, 2, 1):
            code = _country_in_words(head.split(), word_count)
            if code:
                return code
    return None


def _country_in_words(words: list[str], size: int) -> str | None:
    for i in range(len(words) - size + 1):
        chunk = " ".join(words[i : i + size]).strip(",.’'s")
        if chunk[:1].isupper():
            code = geo.country_code(chunk.removesuffix("’s").removesuffix("'s"))
            if code:
                return code
    return None


def named_mention(ent: Span) -> Mention | None:
    """An organisation, intergovernmental body or state named by an entity."""
    text = ent.text.removeprefix("the ").removeprefix("The ")
    igo = geo.igo(text)
    if igo:
        return Mention(span=ent, kind="igo", country="IGO", sector="IGO", roles=[])
    code = geo.country_code(text) if ent.label_ in NAME_LABELS else None
    if code:  # the small model tags some countries PERSON or ORG ("Benin", "Mozambique")
        return Mention(span=ent, kind="state", country=code)
    if ent.label_ in STATE_LABELS:
        return None
    if ent.label_ in ORG_LABELS:
        return Mention(
            span=ent,
            kind="org",
            country=_country_of_org(ent),
            sector=sectors.sector_of_org(text),
        )
    if ent.label_ in PERSON_LABELS:
        return Mention(span=ent, kind="person")
    return None


def _country_of_org(ent: Span) -> str | None:
    """ "Indian Air Force", "Security Council of the Russian Federation", "Russia's army"."""
    words = [t.text for t in ent]
    for size in (3, 2, 1):
        code = _country_in_words(words, size)
        if code:
            return code
    for child in ent.root.children:
        if child.dep_ in {"poss", "amod", "compound"} and child.i < ent.start:
            code = geo.country_code(" ".join(t.text for t in child.subtree if not t.is_punct))
            if code:
                return code
    return None
