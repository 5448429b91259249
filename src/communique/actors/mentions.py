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
from communique.actors.gazetteer import known_actor
from communique.actors.organisations import known_organisation
from communique.events.lexicon import NOUNS

PERSON_LABELS = {"PERSON"}
ORG_LABELS = {"ORG"}
STATE_LABELS = {"GPE"}
NAME_LABELS = {"GPE", "PERSON", "ORG", "LOC", "PRODUCT", "FAC"}
NAME_DEPS = {"compound", "amod", "nmod", "poss"}
ROLE_WORDS = {"member", "head", "founder", "candidate", "activist", "journalist", "owner"}
ORG_WORDS = {
    "ministry", "council", "party", "army", "force", "forces", "agency", "committee", "court",
    "bank", "union", "league", "office", "department", "assembly", "front", "movement",
}  # fmt: skip
TITLE_ABBREVIATIONS = {
    "gen": "General", "lt": "Lieutenant", "col": "Colonel", "maj": "Major",
    "capt": "Captain", "sgt": "Sergeant", "adm": "Admiral", "brig": "Brigadier",
    "pres": "President", "sen": "Senator", "rep": "Representative", "gov": "Governor",
    "amb": "Ambassador", "cmdr": "Commander", "pm": "Prime Minister", "fm": "Foreign Minister",
}  # fmt: skip
# Capitalised words of titles that are no first names: "Foreign Minister", "Prime Minister".
TITLE_MODIFIERS = {
    "foreign", "defence", "defense", "interior", "prime", "vice", "deputy", "senior", "chief",
    "supreme", "finance", "trade", "health", "external", "home", "state", "acting", "former",
    "federal", "national", "army", "navy", "air", "security", "affairs", "justice",
}  # fmt: skip

QUOTES = "\"'“”‘’«»"
# Nouns of places and things held: "Congolese cities" and "military targets" are no group.
PLACE_NOUNS = {
    "city", "town", "village", "territory", "region", "area", "province", "district", "base",
    "camp", "airfield", "airbase", "border", "site", "target", "position", "airspace", "soil",
}  # fmt: skip

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
        return self.span.text.strip(QUOTES)  # "“Gilets Jaunes”" is the Gilets Jaunes

    @property
    def root(self) -> Token:
        return self.span.root


def find_mentions(doc: Doc) -> list[Mention]:
    """Every named actor of a paragraph, people first so their titles are not taken as orgs."""
    mentions: list[Mention] = []
    used: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in PERSON_LABELS and ent[-1].tag_ == "NNPS":
            mentions.append(_people_mention(ent))  # "Bosnian Serbs", tagged PERSON
            used.update(range(ent.start, ent.end))
        elif ent.label_ in PERSON_LABELS and _looks_like_name(ent) and not _known_body(ent):
            mention = person_mention(ent)
            mentions.append(mention)
            used.update(range(_title_start(ent), max(ent.end, mention.span.end)))
            used.update(_apposition_tokens(mention.span))  # "Minister of the Interior"
    for ent in doc.ents:
        if used.intersection(range(ent.start, ent.end)):
            continue
        mention = named_mention(ent)
        if mention is not None:
            mentions.append(mention)
            used.update(range(ent.start, ent.end))
    for mention in _unnamed_mentions(doc, used):
        mentions.append(mention)
        used.update(range(mention.span.start, mention.span.end))
    return sorted(mentions, key=lambda m: m.span.start)


def _people_mention(ent: Span) -> Mention:
    """A people named by a plural ("Bosnian Serbs"): civilians, of the country its
    modifiers name."""
    codes = country_codes_of(list(ent[:-1]))
    country = codes[0] if len(codes) == 1 else geo.country_code(ent[-1].text)
    return Mention(span=ent, kind="group", country=country, sector="CVL")


def _unnamed_mentions(doc: Doc, used: set[int]) -> list[Mention]:
    """Bodies the model did not tag: an IGO acronym ("ECOWAS"), and groups of one country
    ("Russian diplomats", "Pakistan's army") which are actors of their own."""
    found = _known_people(doc, used) + _hyphenated_organisations(doc, used)
    used = used | {i for m in found for i in range(m.span.start, m.span.end)}
    for token in doc:
        if token.i in used:
            continue
        if (token.is_upper or token.is_title) and len(token) > 1 and geo.igo(token.text):
            found.append(Mention(span=doc[token.i : token.i + 1], kind="igo", country="IGO",
                                 sector="IGO"))  # fmt: skip
        elif token.pos_ == "PROPN" and (known := known_organisation(token.text)):
            found.append(Mention(span=doc[token.i : token.i + 1], kind="org",
                                 country=known.country, sector=known.sector))  # fmt: skip
        elif token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.lower_ in ORG_WORDS):
            group = _group_mention(token, used)  # "Russian diplomats", "Czech Foreign Ministry"
            if group is not None:
                found.append(group)
    return found


def _known_body(ent: Span) -> bool:
    """ "Lashkar-e-Taiba", tagged PERSON: the organisation table names it."""
    return known_organisation(ent.text.removeprefix("the ")) is not None


def _hyphenated_organisations(doc: Doc, used: set[int]) -> list[Mention]:
    """Organisations whose hyphenated names the tokenizer splits ("Jaish-e-Mohammad",
    "Lashkar-e-Taiba"): a run of words joined by hyphens, without spaces, that the
    organisation table knows."""
    if "-" not in doc.text:
        return []
    found: list[Mention] = []
    start = 0
    while start < len(doc):
        end = _hyphenated_run_end(doc, start)
        run = doc[start:end]
        known = known_organisation(run.text) if end - start > 1 and run[0].is_title else None
        if known is not None and not used.intersection(range(start, end)):
            found.append(Mention(span=run, kind="org", country=known.country,
                                 sector=known.sector))  # fmt: skip
        start = end
    return found


def _hyphenated_run_end(doc: Doc, start: int) -> int:
    """The end of the words joined to doc[start] by hyphens ("Jaish" "-" "e" "-" ...)."""
    end = start + 1
    while end + 1 < len(doc) and doc[end].text == "-" and _joins_by_hyphen(
        doc[end - 1], doc[end], doc[end + 1]
    ):
        end += 2
    return end


def _known_people(doc: Doc, used: set[int]) -> list[Mention]:
    """People the model missed: runs of proper nouns the gazetteer knows ("Xi Jinping"), or
    that follow a title ("President Ana Soto")."""
    found = []
    proper = [token.pos_ == "PROPN" and token.i not in used for token in doc]
    start = 0
    while start < len(doc):
        if not proper[start]:
            start += 1
            continue
        end = start
        while end < len(doc) and proper[end]:
            end += 1
        run = doc[start:end]
        if run[-1].tag_ == "NNPS":  # "Iraqi Kurds": a people, not a person
            start = end
            continue
        titled = start > 0 and doc[start - 1].i not in used and _is_title_word(doc[start - 1])
        if (end - start >= 2 and known_actor(run.text)) or (titled and _looks_like_name(run)):
            found.append(person_mention(run))  # "President Ana Soto", left untagged
        start = end
    return found


def _group_mention(noun: Token, used: set[int]) -> Mention | None:
    sector = sectors.sector_of_noun(noun.lemma_.lower(), _lower_phrase(noun))
    if noun.lemma_.lower() in PLACE_NOUNS:
        return None  # "Cambodian military targets": a place to strike, not a group
    if sector is None and noun.lemma_.lower() not in NOUNS:  # "the military strike": an act
        sector = sectors.sector_of_title(_lower_phrase(noun))  # "military intelligence officers"
    modifiers = [
        t for t in noun.lefts
        if t.dep_ in {"amod", "compound", "poss"} and t.text[:1].isupper() and t.i not in used
    ]  # fmt: skip
    codes = set(country_codes_of(sorted(modifiers, key=lambda t: t.i)))
    if sector is None or len(codes) != 1 or any(t.conjuncts for t in modifiers):
        return None
    start = min(t.i for t in modifiers)
    start = min([start, *(t.i for t in noun.lefts if t.dep_ == "amod" and t.i < start)])
    return Mention(span=noun.doc[start : noun.i + 1], kind="group", country=codes.pop(),
                   sector=sector)  # fmt: skip


def country_codes_of(words: list[Token]) -> list[str]:
    """Countries the words name, two adjacent words together first ("South Korean")."""
    codes, skip = [], -1
    for index, token in enumerate(words):
        if token.i <= skip:
            continue
        after = words[index + 1] if index + 1 < len(words) else None
        pair = geo.country_code(f"{token.text} {after.text}") if after is not None else None
        if pair and after is not None and after.i == token.i + 1:
            codes.append(pair)
            skip = after.i
        elif code := geo.country_code(token.text):
            codes.append(code)
    return codes


def _lower_phrase(noun: Token) -> str:
    """The noun with the lower-case words right before it that modify it."""
    words = [noun.lower_]
    for token in reversed(noun.doc[max(0, noun.i - 3) : noun.i]):
        if not (token.is_lower and token.head.i == noun.i and token.dep_ in {"amod", "compound"}):
            break
        words.insert(0, token.lower_)
    return " ".join(words)


def _looks_like_name(ent: Span) -> bool:
    return any(token.is_title or token.is_upper for token in ent) and not geo.country_code(ent.text)


def _strip_title_words(ent: Span) -> Span:
    """The name alone: leading title words the model put inside a PERSON dropped ("President
    Miguel Diaz-Canel"), a trailing possessive dropped ("Maduro's"), and a first name the
    model left out taken in ("Therese Kayikwamba Wagner", tagged NORP + PERSON)."""
    doc, start, end = ent.doc, ent.start, ent.end
    while start < end - 1 and (_is_title_word(doc[start]) or _heads_a_title(doc[start])):
        start += 1  # "President", and "Jordanian" in "Jordanian King Abdullah II"
    while end - 1 > start and doc[end - 1].lower_ in {"'s", "’s", "'", "’"}:
        end -= 1
    if start == ent.start and start > 0 and _is_lost_first_name(doc[start - 1]):
        start -= 1
    return doc[start : _name_end(doc, start, end)]


def _heads_a_title(token: Token) -> bool:
    """A nationality before a title, both inside a PERSON entity: "Jordanian King"."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        following is not None
        and _is_title_word(following)
        and token.is_title
        and geo.country_code(token.text) is not None
    )


def _name_end(doc: Doc, start: int, end: int) -> int:
    """The end of a name the model cut short: the rest of a hyphenated given name ("Moon
    Jae-in", tagged "Moon Jae"), or a surname it tagged apart ("Shah Mahmood" + "Qureshi",
    parsed as one noun phrase)."""
    if end + 1 < len(doc) and _joins_by_hyphen(doc[end - 1], doc[end], doc[end + 1]):
        return end + 2
    if end < len(doc) and _is_lost_surname(doc[end], doc[start:end]):
        return end + 1
    return end


def _joins_by_hyphen(before: Token, hyphen: Token, after: Token) -> bool:
    return hyphen.text == "-" and not (before.whitespace_ or hyphen.whitespace_) and after.is_alpha


def _is_lost_surname(token: Token, name: Span) -> bool:
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.is_alpha
        and name.root.head.i == token.i
        and name.root.dep_ == "compound"
        and token.ent_type_ in {"", "PERSON", "ORG", "GPE"}
        and not _is_title_word(token)
        and geo.country_code(token.text) is None
        and geo.igo(token.text) is None
        and known_organisation(token.text) is None
    )


def _is_title_word(token: Token) -> bool:
    """A rank, title, abbreviation ("Gen.") or nationality heading a name."""
    word = token.lower_.rstrip(".")
    if word in sectors.TITLE_WORDS or word in TITLE_ABBREVIATIONS:
        return True
    return token.ent_type_ in {"NORP", "GPE"} and geo.country_code(token.text) is not None


def _is_lost_first_name(token: Token) -> bool:
    before = token.nbor(-1).lower_ if token.i > 0 else ""
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.ent_type_ in {"", "PERSON", "NORP"}
        and not _is_title_word(token)  # "Gen." before "Abdourahmane Tchiani"
        and token.lower_ not in TITLE_MODIFIERS
        and before not in {"of", "'s", "’s"}
        and geo.country_code(token.text) is None
    )


def _title_tokens(name: Span) -> list[Token]:
    """Premodifiers of the name that are not part of it: "Russian Foreign Minister"."""
    tokens: list[Token] = []
    line_start = max((t.i for t in name.doc[: name.start] if "\n" in t.text), default=-1)
    for child in name.root.lefts:
        if child.i < name.start and child.dep_ in NAME_DEPS and child.pos_ != "PRON":
            # a title stays on the name's line: a byline above is no part of it
            tokens.extend(
                t for t in child.subtree if line_start < t.i < name.start and not t.is_punct
            )
    for token in name.doc[name.start - 1 : name.start] if name.start else []:
        if token.lower_ in sectors.TITLE_WORDS and token not in tokens:
            tokens.append(token)
    if tokens and tokens[-1].i == name.start - 1:  # the parse may split a title's words
        tokens.extend(t for t in _title_run(name.doc, name.start) if t not in tokens)
    return sorted(tokens, key=lambda t: t.i)


def _title_run(doc: Doc, end: int) -> list[Token]:
    """The capitalised title words right before token `end`: "Deputy Prime Minister"."""
    start = end
    while start > 0 and _in_title(doc[start - 1]):
        start -= 1
    return list(doc[start:end])


def _title_start(ent: Span) -> int:
    name = _strip_title_words(ent)
    titles = _title_tokens(name)
    titles += _coordinated_title(titles or list(ent.doc[ent.start : name.start]))
    return min([ent.start] + [t.i for t in titles])


def person_mention(ent: Span) -> Mention:
    name = _strip_title_words(ent)
    title_words = [t for t in ent.doc[ent.start : name.start]]  # inside the entity
    title_words = sorted(set(title_words) | set(_title_tokens(name)), key=lambda t: t.i)
    roles = [_title_text(words) for words in (_coordinated_title(title_words), title_words)]
    roles = [role for role in roles if role]
    roles.extend(_appositions(name))
    mention = Mention(span=name, kind="person", roles=[r for r in roles if is_role(r)])
    mention.country = _country_of_roles(mention.roles)
    mention.sector = sectors.sector_of_roles(mention.roles)
    if mention.sector == "IGO" and mention.country is None:
        mention.country = "IGO"  # "U.N. mediator Diego Cordovez" serves no one state
    return mention


def _title_text(words: list[Token]) -> str:
    """ "Gen." reads "General": the role is stored, and its sector found, spelled out."""
    kept = [
        TITLE_ABBREVIATIONS.get(t.lower_.rstrip("."), t.text) if t.text.endswith(".") else t.text
        for t in words
        if t.dep_ != "det" and not t.is_space
    ]
    return " ".join(kept).replace(" 's", "'s").strip()


def _coordinated_title(title: list[Token]) -> list[Token]:
    """The first of two titles joined by "and" before a name: "Kuwaiti Foreign Minister" in
    "Kuwaiti Foreign Minister and Deputy Prime Minister Sabah Al Khalid Al Sabah"."""
    if not title or title[0].i < 2 or title[0].nbor(-1).lower_ != "and":
        return []
    words, index = [], title[0].i - 2
    while index >= 0 and _in_title(title[0].doc[index]):
        words.insert(0, title[0].doc[index])
        index -= 1
    return words if any(_is_title_word(t) for t in words) else []


def _in_title(token: Token) -> bool:
    return token.is_title and (
        _is_title_word(token)
        or token.lower_ in TITLE_MODIFIERS
        or geo.country_code(token.text) is not None
    )


def _appositions(name: Span) -> list[str]:
    """Role phrases in apposition to the name, or the description it is in apposition to."""
    roles = []
    for child in name.root.rights:
        if child.dep_ == "appos" and child.pos_ in {"NOUN", "PROPN"} and not child.ent_type_:
            roles.append(_phrase(child))
            roles.extend(_phrase(c) for c in child.conjuncts if c.pos_ in {"NOUN", "PROPN"})
    head = name.root.head
    if name.root.dep_ == "appos" and head.pos_ in {"NOUN", "PROPN"} and head.i < name.start:
        roles.append(_phrase(head, stop=name.start))  # "Rwanda's Foreign Minister, X"
    return roles


def is_role(phrase: str) -> bool:
    """Whether a phrase is a role title ("leader of the Cuban Revolution", "member of the
    Politburo"), not just any apposed noun ("statement")."""
    words = {w.strip(".,").lower() for w in phrase.split()}
    return bool(words & (sectors.TITLE_WORDS | ROLE_WORDS)) or bool(sectors.sector_of_title(phrase))


def _apposition_tokens(name: Span) -> set[int]:
    """Tokens of the role phrases in apposition to a name: titles, not organisations."""
    found: set[int] = set()
    for child in name.root.rights:
        if child.dep_ == "appos" and not child.ent_type_:
            for head in (child, *child.conjuncts):
                found.update(t.i for t in head.subtree if t.ent_type_ not in {"PERSON", "GPE"})
    return found


def _phrase(head: Token, stop: int | None = None) -> str:
    """The role phrase headed by `head`, up to the next comma or the given token."""
    tokens = [t for t in head.subtree if stop is None or t.i < stop]
    words: list[str] = []
    for token in tokens:
        if token.is_punct and token.text in ",;(" and token.i > head.i:
            break
        if (token.dep_ == "det" and token.i < head.i) or (
            token.dep_ == "poss" and token.pos_ == "PRON"
        ):
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
    known = known_organisation(text)
    if known is not None:  # "Hamas", "the Houthis", tagged ORG, NORP or PERSON
        return Mention(span=ent, kind="org", country=known.country, sector=known.sector)
    if ent.label_ in STATE_LABELS and geo.is_seat_of_government(text):
        code = geo.country_code(text)  # "Moscow said": the government, not the country
        return Mention(span=ent, kind="government", country=code, sector="GOV")
    code = geo.country_code(text) if ent.label_ in NAME_LABELS else None
    if code:  # the small model tags some countries PERSON or ORG ("Benin", "Mozambique")
        return Mention(span=ent, kind="state", country=code)
    if ent.label_ in STATE_LABELS:
        return None
    if ent.label_ in ORG_LABELS | STATE_LABELS and _titled_name(ent):
        return person_mention(ent)  # "Gen. Abdourahmane Tchiani" tagged ORG
    if ent.label_ in ORG_LABELS:
        whole = _completed(ent)  # "Umma (Nation) party"
        span = _with_owner(whole)  # "Pakistan's Foreign Affairs Ministry"
        return Mention(
            span=span,
            kind="org",
            country=_country_of_org(ent),
            sector=sectors.sector_of_org(whole.text),
        )
    if ent.label_ in PERSON_LABELS:
        return Mention(span=ent, kind="person")
    return None


def _titled_name(ent: Span) -> bool:
    """A title, then a name: "Gen. Abdourahmane Tchiani", "Jordanian King Abdullah II"."""
    name = _strip_title_words(ent)
    return (
        name.start > ent.start
        and any(_is_title_word(t) and t.ent_type_ not in {"NORP", "GPE"} or
                t.lower_.rstrip(".") in TITLE_ABBREVIATIONS for t in ent[: name.start - ent.start])
        and all(t.is_title or t.is_upper or t.text in {"-", "'"} for t in name)
        and not any(t.lower_ in ORG_WORDS for t in name)
    )  # fmt: skip


def _completed(ent: Span) -> Span:
    """The name the model cut short: through a bracket it left open, and on to the kind of
    body the name heads ("the Umma (Nation) party", tagged "Umma (Nation")."""
    doc, end = ent.doc, ent.end
    opened = sum(t.text == "(" for t in ent) - sum(t.text == ")" for t in ent)
    if opened > 0 and end < len(doc) and doc[end].text == ")":
        end += 1
    if end < len(doc) and doc[end].lower_ in ORG_WORDS and ent.root.head.i == end:
        end += 1
    return doc[ent.start : end]


def _with_owner(ent: Span) -> Span:
    """The organisation with the state that owns it: "Pakistan's Foreign Affairs Ministry",
    "the Czech Foreign Ministry" (the model leaves the nationality out of the name)."""
    before = ent.doc[ent.start - 1] if ent.start else None
    if before is not None and before.text[:1].isupper() and geo.country_code(before.text):
        return ent.doc[before.i : ent.end]
    if ent.start < 2 or ent.doc[ent.start - 1].lower_ not in {"'s", "’s"}:
        return ent
    owner = ent.doc[ent.start - 2]
    if owner.ent_type_ == "GPE" and geo.country_code(owner.text):
        return ent.doc[owner.i : ent.end]
    return ent


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
