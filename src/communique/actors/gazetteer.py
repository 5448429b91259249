"""Well-known political actors by name: "Vladimir Putin" -> Russia, government.

News often names a leader with no nationality ("Mugabe accused Britain"); the gazetteer in
`data/actors.tsv` supplies the country, sector and role. Matching is deliberately strict:
a mention must spell out a listed name or alias, up to accents, case, dots and hyphens, or
be a full name with extra middle names or a transliterated first name ("Serguei Lavrov").
Surnames alone are never matched here: resolving them within an article is the coder's job.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from importlib import resources
from pathlib import Path

from communique import geo

ACTORS_FILE = "actors.tsv"
COLUMNS = ("name", "aliases", "country", "sector", "role", "from", "to")
SECTORS = frozenset({"GOV", "MIL", "LEG", "OPP", "REB", "PTY", "JUD", "IGO", "NGO", "MED"})
IGO = "IGO"
FIRST_NAME_SIMILARITY = 0.75  # "Serguei" ~ "Sergey", "Mohammad" ~ "Mohammed"
MIN_FUZZY_LENGTH = 4  # below this one letter is a different name: "Li" vs "Lin"
# A leading title says nothing about which person is meant ("King Abdulaziz" is not King Salman
# bin Abdulaziz), so forms and mentions that start with one are matched exactly or not at all.
_TITLE_WORDS = """king queen prince princess crown emperor empress sultan emir sheikh shaikh pope
    president dr sir lord lady mullah ayatollah sayyed sayyid archbishop daw begum colonel general
    mr mrs ms"""
TITLES = frozenset(_TITLE_WORDS.split())


@dataclass(frozen=True)
class KnownActor:
    name: str
    country: str
    sector: str
    role: str


@dataclass(frozen=True)
class ActorRow:
    """One line of the gazetteer."""

    name: str
    aliases: tuple[str, ...]
    country: str
    sector: str
    role: str
    start: int | None
    end: int | None

    @property
    def actor(self) -> KnownActor:
        return KnownActor(self.name, self.country, self.sector, self.role)

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def key(text: str) -> str:
    """The comparable form of a name: `geo.fold` without possessives or apostrophes."""
    folded = geo.fold(text)
    folded = re.sub(r"'s$", "", folded)
    return " ".join(folded.replace("'", "").replace("`", "").split())


# ---------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------

Source = str | Path | Iterable[str]


def _lines(source: Source | None) -> Iterator[str]:
    if source is None:
        text = resources.files("communique.data").joinpath(ACTORS_FILE).read_text("utf-8")
        yield from io.StringIO(text)
    elif isinstance(source, str | Path):
        with open(source, encoding="utf-8") as handle:
            yield from handle
    else:
        yield from source


def _year(text: str) -> int | None:
    text = text.strip()
    return int(text) if text else None


def load_rows(source: Source | None = None) -> tuple[ActorRow, ...]:
    """The rows of a gazetteer TSV (the packaged one by default; a path or lines for tests)."""
    reader = csv.DictReader(_lines(source), delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for record in reader:
        aliases = tuple(a.strip() for a in (record.get("aliases") or "").split("|") if a.strip())
        rows.append(
            ActorRow(
                name=record["name"].strip(),
                aliases=aliases,
                country=record["country"].strip().upper(),
                sector=record["sector"].strip().upper(),
                role=(record.get("role") or "").strip(),
                start=_year(record.get("from") or ""),
                end=_year(record.get("to") or ""),
            )
        )
    return tuple(rows)


# ---------------------------------------------------------------------------
# Matching
# ---------------------------------------------------------------------------


def _similar(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < MIN_FUZZY_LENGTH:
        return False
    return SequenceMatcher(None, a, b).ratio() >= FIRST_NAME_SIMILARITY


def _initial_of(short: str, full: str) -> bool:
    return short == full or (len(short) == 1 and full.startswith(short))


def _middles_agree(shorter: list[str], longer: list[str]) -> bool:
    """Every middle name of `shorter` appears, in order, in `longer` ("W" stands for "Walker")."""
    rest = iter(longer)
    return all(any(_initial_of(word, other) for other in rest) for word in shorter)


def _same_person(mention: list[str], form: list[str]) -> bool:
    """Same surname, similar first name, and the middle names of one contained in the other."""
    if len(mention) < 2 or len(form) < 2 or mention[-1] != form[-1]:
        return False
    if mention[0] in TITLES or form[0] in TITLES:
        return False
    if not _similar(mention[0], form[0]):
        return False
    inner_mention, inner_form = mention[1:-1], form[1:-1]
    if len(inner_mention) >= len(inner_form):
        return _middles_agree(inner_form, inner_mention)
    return _middles_agree(inner_mention, inner_form)


class Gazetteer:
    """Exact keys for names and aliases; full names indexed by surname for the fuzzy pass."""

    def __init__(self, rows: Iterable[ActorRow]) -> None:
        self.rows = tuple(rows)
        self._exact: dict[str, set[int]] = {}
        self._by_surname: dict[str, list[tuple[list[str], int]]] = {}
        for index, row in enumerate(self.rows):
            for form in row.forms:
                folded = key(form)
                self._exact.setdefault(folded, set()).add(index)
                words = folded.split()
                if len(words) >= 2:
                    self._by_surname.setdefault(words[-1], []).append((words, index))

    def _person(self, indices: Iterable[int]) -> KnownActor | None:
        """The one actor behind these rows, or None when they are different people."""
        actors = {self.rows[i].actor for i in indices}
        return actors.pop() if len(actors) == 1 else None

    def lookup(self, mention: str) -> KnownActor | None:
        folded = key(mention)
        if not folded:
            return None
        if folded in self._exact:
            # An ambiguous exact key is refused outright: a looser match would only guess.
            return self._person(self._exact[folded])
        words = folded.split()
        if len(words) < 2:
            return None  # never a surname alone
        hits = {i for form, i in self._by_surname.get(words[-1], ()) if _same_person(words, form)}
        return self._person(hits) if hits else None

    def lookup_titled(self, surname: str, sector: str) -> KnownActor | None:
        """The one actor of this surname holding a post of this sector: "President Trump".
        A surname borne by two known people ("President Castro") stays unresolved."""
        words = key(surname).split()
        if len(words) != 1:
            return None
        person = self._person(i for _, i in self._by_surname.get(words[0], ()))
        return person if person is not None and person.sector == sector else None

    def titled_country(self, surname: str, sector: str) -> str | None:
        """The country every known bearer of this surname served in a post of this sector:
        "President Bush" is one of two presidents, both of the United States."""
        words = key(surname).split()
        if len(words) != 1:
            return None
        bearers = {self.rows[i].actor for _, i in self._by_surname.get(words[0], ())}
        if not bearers or any(b.sector != sector for b in bearers):
            return None
        countries = {b.country for b in bearers}
        return countries.pop() if len(countries) == 1 else None


@cache
def _default() -> Gazetteer:
    return Gazetteer(load_rows())


def known_actor(name: str, gazetteer: Gazetteer | None = None) -> KnownActor | None:
    """The well-known actor a mention names, or None (unknown, surname-only or ambiguous)."""
    return (gazetteer or _default()).lookup(name)


def known_titled(
    surname: str, sector: str, gazetteer: Gazetteer | None = None
) -> KnownActor | None:
    """The well-known holder of a post of `sector` named by surname and title alone."""
    return (gazetteer or _default()).lookup_titled(surname, sector)


def titled_country(surname: str, sector: str, gazetteer: Gazetteer | None = None) -> str | None:
    """The country of a surname and title whose well-known bearers all served one country."""
    return (gazetteer or _default()).titled_country(surname, sector)


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------


def validate(rows: Iterable[ActorRow] | None = None) -> list[str]:
    """Problems with the gazetteer: bad codes or sectors, duplicate names, shared aliases."""
    rows = load_rows() if rows is None else tuple(rows)
    problems: list[str] = []
    owners: dict[str, str] = {}
    names: set[str] = set()
    for row in rows:
        if row.country != IGO and geo.country_name(row.country) is None:
            problems.append(f"{row.name}: unknown country code {row.country!r}")
        if row.sector not in SECTORS:
            problems.append(f"{row.name}: unknown sector {row.sector!r}")
        if not row.name or not row.role:
            problems.append(f"{row.name!r}: missing name or role")
        if row.start and row.end and row.end < row.start:
            problems.append(f"{row.name}: ends ({row.end}) before it starts ({row.start})")
        if key(row.name) in names:
            problems.append(f"{row.name}: duplicate name")
        names.add(key(row.name))
        for form in set(map(key, row.forms)):
            if owners.setdefault(form, row.name) != row.name:
                problems.append(f"{row.name}: {form!r} is also {owners[form]}")
    return problems
