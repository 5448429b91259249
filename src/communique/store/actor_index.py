"""One actor per real person or body across articles: the store's actor canonicalisation.

Each article resolves its own actors, so "Sergei Lavrov", "Serguei Lavrov" and "Sergey
Lavrov" reach the store as three actors with three ids. Before an actor is written, it is
looked up here among the stored ones, tier by tier, strictest first:

1. the same folded name (no accents, case, dots or hyphens) or a stored alias of it;
2. for people, the same folded surname and a first name spelled alike (difflib ratio
   >= 0.75: Sergei, Serguei, Sergey);
3. for people of a known country, a close spelling of the whole name (rapidfuzz ratio
   >= 90 within the same country: Zelensky, Zelenskyy) with a first name spelled alike;
4. for people of a known country, the same name with more or fewer words, the first alike
   ("Raul Castro" and "Raul Castro Ruz", "Lazaro Alvarez" and "Lazaro Alberto Alvarez
   Casas"), within the same country.

A person whose first name differs is never merged (Raul and Fidel Castro), nor one whose
middle names disagree, nor anyone of another known country. A tier that finds several
actors and cannot tell them apart by country merges nothing: the incoming actor stays its
own. The first actor stored keeps its id and name; later variants map to it in
`actor_merges` and become its aliases, and events point to it. Lookups read rows in key
order, so the same input in the same order always gives the same database.
"""

from __future__ import annotations

import difflib
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from communique.geo import fold
from communique.model import Actor

GIVEN_NAME_RATIO = 0.75  # difflib: sergei/serguei 0.92, sergei/sergey 0.83, raul/fidel 0.22
SPELLING_RATIO = 90  # rapidfuzz, 0-100, on the whole folded name
# Words inside names that say "of" or "son of" rather than name anyone: "Omar el-Bashir" and
# "Omer al-Bashir" have no middle names to disagree on.
PARTICLES = frozenset({
    "al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ben", "ibn", "bint",
    "de", "del", "della", "da", "di", "do", "dos", "das", "du", "la", "le", "van", "der", "den",
    "von", "y",
})  # fmt: skip
# A father and son share every other word of their names: "Donald Trump Jr." is not Donald.
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

TABLES = """
-- Lookup keys ("name:person:sergei lavrov", "surname:lavrov", "block:RUS:sl") of every
-- stored actor and of every variant merged into it; actor_id is always a canonical actor.
CREATE TABLE IF NOT EXISTS actor_keys (
    key TEXT NOT NULL,
    actor_id TEXT NOT NULL REFERENCES actors(actor_id),
    PRIMARY KEY (key, actor_id)
) WITHOUT ROWID;

-- An actor id an article produced that names an actor already stored under another id.
CREATE TABLE IF NOT EXISTS actor_merges (
    actor_id TEXT PRIMARY KEY,
    canonical_id TEXT NOT NULL REFERENCES actors(actor_id),
    rule TEXT NOT NULL                 -- name | given-name | spelling | more-words
);

CREATE INDEX IF NOT EXISTS actor_merges_canonical ON actor_merges(canonical_id);
"""


def create_tables(db: sqlite3.Connection) -> None:
    db.executescript(TABLES)
    if _needs_backfill(db):
        _backfill_keys(db)


# -- names -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonName:
    """A person's name in folded parts: "Nikolai P. Patrushev" -> nikolai, (p,), patrushev."""

    given: str
    middle: tuple[str, ...]
    surname: str
    folded: str
    suffix: str = ""  # jr, sr, ii, ...

    @classmethod
    def parse(cls, name: str) -> PersonName | None:
        """None for a single word ("Castro", "Diaz-Canel"): too little to tell people apart."""
        words = fold(name).replace("'", "").replace(",", " ").split()
        suffix = words.pop() if len(words) > 2 and words[-1] in SUFFIXES else ""
        if len(name.split()) < 2 or len(words) < 2:
            return None
        middle = tuple(word for word in words[1:-1] if word not in PARTICLES)
        return cls(words[0], middle, words[-1], " ".join(words), suffix)

    @property
    def words(self) -> tuple[str, ...]:
        """The name's words without particles: given, middles, surname."""
        return (self.given, *self.middle, self.surname)

    def same_given_name(self, other: PersonName) -> bool:
        ratio = difflib.SequenceMatcher(None, self.given, other.given).ratio()
        return ratio >= GIVEN_NAME_RATIO

    def middles_agree(self, other: PersonName) -> bool:
        """Middle names agree by initials when both give some ("George W." vs "George H. W."
        disagree; "Viktorovich" and "V." agree); a name without any agrees with all."""
        if not self.middle or not other.middle:
            return True
        return _initials(self.middle) == _initials(other.middle)

    def could_be(self, other: PersonName) -> bool:
        return (
            self.suffix == other.suffix
            and self.same_given_name(other)
            and self.middles_agree(other)
        )

    def is_fuller_or_shorter(self, other: PersonName) -> bool:
        """The same first name, and the shorter name's words all in the longer, in order."""
        if self.given != other.given or self.suffix != other.suffix:
            return False
        shorter, longer = sorted((self.words, other.words), key=len)
        remaining = iter(longer)
        return len(shorter) < len(longer) and all(word in remaining for word in shorter)


def _initials(words: Iterable[str]) -> str:
    return "".join(word[0] for word in words)


def names_of(actor: Actor) -> list[str]:
    return [actor.name, *actor.aliases]


def keys_of(actor: Actor) -> list[str]:
    """Every key an actor is found by, in a fixed order."""
    keys = name_keys(actor)
    person = PersonName.parse(actor.name) if actor.kind == "person" else None
    if person is not None:
        keys.append(f"surname:{person.surname}")
        keys += [f"word:{word}" for word in person.words[1:]]
        if actor.country:
            keys.append(block_key(actor.country, person))
    return list(dict.fromkeys(keys))


def name_keys(actor: Actor) -> list[str]:
    """Folded names and aliases; a person's one-word aliases ("Castro", "Diaz-Canel") are left
    out, since they name several people."""
    names = names_of(actor)
    if actor.kind == "person":
        names = [name for name in names if PersonName.parse(name) is not None]
    return [f"name:{actor.kind}:{fold(name)}" for name in names if fold(name)]


def block_key(country: str, person: PersonName) -> str:
    """The bucket a close spelling is looked for in: same country, same initials."""
    return f"block:{country}:{person.given[0]}{person.surname[0]}"


# -- matching ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    actor_id: str
    rule: str  # name | given-name | spelling | more-words


def find_match(db: sqlite3.Connection, actor: Actor) -> Match | None:
    """The stored actor this one names, by the first tier that finds any candidate."""
    tiers = [("name", _by_name)]
    person = PersonName.parse(actor.name) if actor.kind == "person" else None
    if person is not None:
        tiers += [
            ("given-name", _by_surname), ("spelling", _by_spelling), ("more-words", _by_words),
        ]  # fmt: skip
    for rule, tier in tiers:
        candidates = [row for row in tier(db, actor, person) if _country_fits(actor, row)]
        if candidates:
            chosen = _decide(actor, candidates)
            return Match(chosen, rule) if chosen else None
    return None


def _by_name(db: sqlite3.Connection, actor: Actor, person: PersonName | None) -> list[Any]:
    return _candidates(db, name_keys(actor), actor.kind)


def _by_surname(db: sqlite3.Connection, actor: Actor, person: PersonName | None) -> list[Any]:
    assert person is not None
    rows = _candidates(db, [f"surname:{person.surname}"], "person")
    return [row for row in rows if _spelled_alike(person, row, exact_surname=True)]


def _by_spelling(db: sqlite3.Connection, actor: Actor, person: PersonName | None) -> list[Any]:
    assert person is not None
    if not actor.country:
        return []  # a close spelling alone is too weak without a country to agree on
    rows = _candidates(db, [block_key(actor.country, person)], "person")
    return [row for row in rows if _spelled_alike(person, row, exact_surname=False)]


def _by_words(db: sqlite3.Connection, actor: Actor, person: PersonName | None) -> list[Any]:
    assert person is not None
    if not actor.country:
        return []  # "Mohammed Ali" in "Mohammed Ali Jinnah" needs a country to agree on
    rows = _candidates(db, [f"word:{word}" for word in person.words[1:]], "person")
    return [row for row in rows if row["country"] == actor.country and _fuller(person, row)]


def _fuller(person: PersonName, row: sqlite3.Row) -> bool:
    stored = PersonName.parse(row["name"])
    return stored is not None and person.is_fuller_or_shorter(stored)


def _spelled_alike(person: PersonName, row: sqlite3.Row, *, exact_surname: bool) -> bool:
    stored = PersonName.parse(row["name"])
    if stored is None or not person.could_be(stored):
        return False
    if exact_surname:
        return stored.surname == person.surname
    return fuzz.ratio(person.folded, stored.folded) >= SPELLING_RATIO


def _candidates(db: sqlite3.Connection, keys: list[str], kind: str) -> list[sqlite3.Row]:
    if not keys:
        return []
    marks = ", ".join("?" for _ in keys)
    return db.execute(
        "SELECT DISTINCT a.actor_id, a.name, a.country FROM actor_keys k"
        " JOIN actors a ON a.actor_id = k.actor_id"
        f" WHERE k.key IN ({marks}) AND a.kind = ? ORDER BY a.actor_id",
        [*keys, kind],
    ).fetchall()


def _country_fits(actor: Actor, row: sqlite3.Row) -> bool:
    """Countries agree when equal or when one is unknown; an unnamed group ("police") is no
    one body across countries, so its country must be the same, known or not."""
    if actor.kind == "group":
        return actor.country == row["country"]
    return actor.country is None or row["country"] is None or actor.country == row["country"]


def _decide(actor: Actor, candidates: list[sqlite3.Row]) -> str | None:
    """The one candidate; of several, the one of the actor's country; else none at all."""
    if len(candidates) > 1:
        candidates = [row for row in candidates if row["country"] == actor.country]
    return candidates[0]["actor_id"] if len(candidates) == 1 else None


# -- writing -----------------------------------------------------------------------------


def store_actor(db: sqlite3.Connection, actor: Actor) -> str:
    """Write an actor (or merge it into the stored one it names); its canonical id."""
    canonical = canonical_id(db, actor.actor_id)
    if canonical is None:
        canonical = _insert_or_merge(db, actor)
    _insert_keys(db, canonical, keys_of(actor))
    _insert_aliases(db, canonical, actor)
    # A variant may know what the first report did not (its country, its sector).
    db.execute(
        "UPDATE actors SET country = COALESCE(country, ?), sector = COALESCE(sector, ?)"
        " WHERE actor_id = ? AND (country IS NULL OR sector IS NULL)",
        (actor.country, actor.sector, canonical),
    )
    return canonical


def canonical_id(db: sqlite3.Connection, actor_id: str) -> str | None:
    """The stored actor an id stands for; None for an id never stored."""
    row = db.execute(
        "SELECT canonical_id FROM actor_merges WHERE actor_id = ?", (actor_id,)
    ).fetchone()
    if row is not None:
        return row[0]
    row = db.execute("SELECT 1 FROM actors WHERE actor_id = ?", (actor_id,)).fetchone()
    return actor_id if row is not None else None


def _insert_or_merge(db: sqlite3.Connection, actor: Actor) -> str:
    match = find_match(db, actor)
    if match is None:
        db.execute(
            "INSERT INTO actors (actor_id, name, kind, country, sector) VALUES (?, ?, ?, ?, ?)",
            (actor.actor_id, actor.name, actor.kind, actor.country, actor.sector),
        )
        return actor.actor_id
    db.execute(
        "INSERT INTO actor_merges (actor_id, canonical_id, rule) VALUES (?, ?, ?)",
        (actor.actor_id, match.actor_id, match.rule),
    )
    return match.actor_id


def _insert_keys(db: sqlite3.Connection, actor_id: str, keys: list[str]) -> None:
    db.executemany(
        "INSERT OR IGNORE INTO actor_keys (key, actor_id) VALUES (?, ?)",
        [(key, actor_id) for key in keys],
    )


def _insert_aliases(db: sqlite3.Connection, actor_id: str, actor: Actor) -> None:
    """The actor's aliases, and its own name when it is a variant of the stored one."""
    row = db.execute("SELECT name FROM actors WHERE actor_id = ?", (actor_id,)).fetchone()
    aliases = [name for name in names_of(actor) if name != row["name"]]
    db.executemany(
        "INSERT OR IGNORE INTO actor_aliases (actor_id, alias) VALUES (?, ?)",
        [(actor_id, alias) for alias in dict.fromkeys(aliases)],
    )


def point_to_canonical(db: sqlite3.Connection, row: dict[str, Any]) -> dict[str, Any]:
    """An events-table row whose source and target ids (columns and record) are canonical."""
    record = None
    for side in ("source", "target"):
        actor_id = row[f"{side}_actor_id"]
        canonical = canonical_id(db, actor_id) if actor_id else None
        if canonical and canonical != actor_id:
            record = record or json.loads(row["record"])
            record[side]["actor_id"] = row[f"{side}_actor_id"] = canonical
    if record is not None:
        row["record"] = json.dumps(record, ensure_ascii=False)
    return row


# -- databases written before this index -------------------------------------------------


def _needs_backfill(db: sqlite3.Connection) -> bool:
    has_keys = db.execute("SELECT 1 FROM actor_keys LIMIT 1").fetchone()
    has_actors = db.execute("SELECT 1 FROM actors LIMIT 1").fetchone()
    return has_actors is not None and has_keys is None


def _backfill_keys(db: sqlite3.Connection) -> None:
    """Keys for the actors of an older database, so new articles find them; what it stored
    twice stays twice (merging would change the ids its events already point to)."""
    rows = db.execute("SELECT actor_id, name, kind, country FROM actors ORDER BY rowid")
    for row in rows.fetchall():
        aliases = db.execute(
            "SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias", (row[0],)
        )
        actor = Actor(row[1], row[2], row[3], aliases=[a[0] for a in aliases])
        _insert_keys(db, row[0], keys_of(actor))


# -- reading: actors by name, with their roles and events ---------------------------------


def find_actors(db: sqlite3.Connection, query: str) -> list[dict[str, Any]]:
    """Actors an id or a name names, by the first way that finds any: the id, the folded
    name, whole words of a name or alias ("Castro": both Castros, even if one report gave
    Raul the alias), then any part of one ("lavr")."""
    actors = _actors_with_names(db)
    key = fold(query)
    tests = (
        lambda a, names: a["actor_id"] == query,
        lambda a, names: fold(a["name"]) == key,
        lambda a, names: any(f" {key} " in f" {fold(n)} " for n in names),
        lambda a, names: any(key in fold(n) for n in names),
    )
    for test in tests:
        found = [actor for actor, names in actors if test(actor, names)]
        if found:
            return found
    return []


def _actors_with_names(db: sqlite3.Connection) -> list[tuple[dict[str, Any], list[str]]]:
    rows = db.execute(
        "SELECT a.actor_id, a.name, a.kind, a.country, a.sector, group_concat(l.alias, char(31))"
        " AS aliases FROM actors a LEFT JOIN actor_aliases l USING (actor_id)"
        " GROUP BY a.actor_id ORDER BY a.rowid"
    )
    actors = []
    for row in rows:
        actor = {key: row[key] for key in ("actor_id", "name", "kind", "country", "sector")}
        aliases = row["aliases"].split("\x1f") if row["aliases"] else []
        actors.append((actor, [actor["name"], *aliases]))
    return actors


def name_matches(query: str, names: list[str]) -> bool:
    """Whether a folded query is part of any of the names: accents and case do not count."""
    key = fold(query)
    return any(key in fold(name) for name in names)


def event_counts(db: sqlite3.Connection, actor_id: str) -> list[dict[str, Any]]:
    """The actor's asserted events by type, as source and as target."""
    rows = db.execute(
        "SELECT type, SUM(source_actor_id = ?1) AS as_source,"
        " SUM(target_actor_id IS ?1) AS as_target FROM events"
        " WHERE asserted = 1 AND ?1 IN (source_actor_id, target_actor_id)"
        " GROUP BY type ORDER BY as_source + as_target DESC, type",
        (actor_id,),
    )
    return [dict(row) for row in rows]


def listed_actors(
    db: sqlite3.Connection, *, country: str | None = None, sector: str | None = None
) -> list[dict[str, Any]]:
    """Actors of a country and sector, most active first, each with its asserted events.

    The counts come from one pass over the events: a count per actor by subquery reads the
    whole events table once per actor (16 s for 1,000 actors and 8,000 events)."""
    clauses, params = ["1 = 1"], []
    for column, value in (("country", country), ("sector", sector)):
        if value:
            clauses.append(f"{column} = ?")
            params.append(value.upper())
    rows = db.execute(
        "SELECT actor_id, name, kind, country, sector FROM actors"
        f" WHERE {' AND '.join(clauses)} ORDER BY rowid",
        params,
    )
    counts = activity(db)
    actors = [{**dict(row), "events": counts.get(row["actor_id"], 0)} for row in rows]
    return sorted(actors, key=lambda actor: (-actor["events"], actor["name"]))


def activity(db: sqlite3.Connection) -> dict[str, int]:
    """Asserted events per actor as source or target (once when it is both)."""
    rows = db.execute(
        "SELECT actor_id, COUNT(*) FROM ("
        " SELECT source_actor_id AS actor_id FROM events WHERE asserted = 1"
        " UNION ALL SELECT target_actor_id FROM events WHERE asserted = 1"
        "  AND target_actor_id IS NOT source_actor_id"
        ") WHERE actor_id IS NOT NULL GROUP BY actor_id"
    )
    return {actor_id: count for actor_id, count in rows}
