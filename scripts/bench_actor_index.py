"""Cost of the store's actor index: writing articles whose people come in several spellings,
and reading actors back (`communique actors`, `communique actor NAME`).

    .venv/bin/python scripts/bench_actor_index.py                 # 5,000 articles
    .venv/bin/python scripts/bench_actor_index.py --articles 20000

Synthetic people (a seeded generator: the same figures' inputs on every run) are named in
three spellings each (Sergei, Sergey, Serguei), each article names 8 of them and codes 4
events between them. Prints one JSON object: actor mentions written per second with the
index and without it (the plain INSERTs it replaced), the stored actors against the real
people, merges by rule, and the seconds a listing and a lookup take.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from communique.cli import actor_records
from communique.model import Actor, Article, ArticleResult, Document, Event, EventActor
from communique.store import Store, actor_index

SYLLABLES = ("ka", "lo", "mi", "sa", "ren", "dor", "vik", "tan", "pe", "lu", "shi", "gor", "zan",
             "mar", "el", "bo", "ra", "nis", "tov")  # fmt: skip
COUNTRIES = ("RUS", "UKR", "CUB", "USA", "FRA", "DEU", "CHN", "IND", "PAK", "BRA", "NGA", "EGY",
             "IRN", "TUR", "JPN")  # fmt: skip
ENDINGS = ("ei", "ey", "uei")  # one given name, three spellings: Sergei, Sergey, Serguei


def people(count: int, rng: random.Random) -> list[tuple[str, str, str]]:
    """(given stem, surname, country) for `count` different people."""

    def word(n: int) -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(n)).capitalize()

    found: dict[tuple[str, str], str] = {}
    while len(found) < count:
        found.setdefault((word(2), word(3)), rng.choice(COUNTRIES))
    return [(given, surname, country) for (given, surname), country in found.items()]


def mention(person: tuple[str, str, str], rng: random.Random) -> Actor:
    given, surname, country = person
    ending = rng.choice(ENDINGS)
    name = f"{given}{ending} {surname}"
    return Actor(name, "person", country, "GOV", [surname], ["Minister"])


def result(index: int, actors: list[Actor]) -> tuple[Document, ArticleResult]:
    text = " ".join(actor.name + " met." for actor in actors)
    doc = Document(f"{index}.txt", "txt", f"{index:064x}", text=text)
    day = f"2024-{1 + index % 12:02d}-{1 + index % 28:02d}"
    article = Article(doc.doc_id, doc.name, 0, text, published=day)
    events = [event(text, actors[i], actors[i + 1]) for i in range(0, len(actors), 2)]
    return doc, ArticleResult(article, actors, events)


def event(text: str, source: Actor, target: Actor) -> Event:
    start = text.index(source.name)
    end = text.index(target.name)
    return Event(
        "CONSULT", "meeting", EventActor(source, source.name, start, start + len(source.name)),
        EventActor(target, target.name, end, end + len(target.name)),
        text[start:end], start, end, trigger="met", rule="bench",
    )  # fmt: skip


def corpus(articles: int, seed: int = 0) -> tuple[list[tuple[Document, ArticleResult]], int]:
    """The articles, and how many different people they name."""
    rng = random.Random(seed)
    everyone = people(max(50, articles // 2), rng)
    items, named = [], set()
    for index in range(articles):
        chosen = rng.sample(everyone, 8)
        named.update(chosen)
        items.append(result(index, [mention(person, rng) for person in chosen]))
    return items, len(named)


def write_all(path: Path, items: list[tuple[Document, ArticleResult]]) -> float:
    started = time.perf_counter()
    with Store(path) as store:
        for doc, coded in items:
            store.write_document(doc, [coded])
    return time.perf_counter() - started


def without_index(path: Path, items: list[tuple[Document, ArticleResult]]) -> float:
    """The same writes with the plain per-article INSERTs the index replaced."""
    indexed = actor_index.store_actor, actor_index.point_to_canonical
    actor_index.store_actor = _plain_insert
    actor_index.point_to_canonical = lambda db, row: row
    try:
        return write_all(path, items)
    finally:
        actor_index.store_actor, actor_index.point_to_canonical = indexed


def _plain_insert(db: sqlite3.Connection, actor: Actor) -> str:
    db.execute(
        "INSERT OR IGNORE INTO actors (actor_id, name, kind, country, sector)"
        " VALUES (?, ?, ?, ?, ?)",
        (actor.actor_id, actor.name, actor.kind, actor.country, actor.sector),
    )
    db.executemany(
        "INSERT OR IGNORE INTO actor_aliases (actor_id, alias) VALUES (?, ?)",
        [(actor.actor_id, alias) for alias in actor.aliases],
    )
    return actor.actor_id


def reads(path: Path) -> dict[str, float]:
    with Store(path, read_only=True) as store:
        started = time.perf_counter()
        actor_records(store.db, country=None, sector=None, name=None, limit=50)
        listed = time.perf_counter() - started
        name = store.db.execute("SELECT name FROM actors LIMIT 1").fetchone()[0]
        started = time.perf_counter()
        actor_index.find_actors(store.db, name)
        found = time.perf_counter() - started
        merges = dict(store.db.execute("SELECT rule, COUNT(*) FROM actor_merges GROUP BY rule"))
        actors = store.db.execute("SELECT COUNT(*) FROM actors").fetchone()[0]
    return {"actors_stored": actors, "merges": merges, "list_50_s": listed, "lookup_s": found}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    args = parser.parse_args()
    items, people_named = corpus(args.articles)
    mentions = sum(len(coded.actors) for _, coded in items)
    with tempfile.TemporaryDirectory() as folder:
        indexed = write_all(Path(folder) / "indexed.db", items)
        plain = without_index(Path(folder) / "plain.db", items)
        figures = reads(Path(folder) / "indexed.db")
    report = {
        "articles": args.articles,
        "actor_mentions": mentions,
        "people": people_named,
        **figures,
        "mentions_per_s_indexed": round(mentions / indexed),
        "mentions_per_s_plain": round(mentions / plain),
    }
    print(json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in report.items()}))


if __name__ == "__main__":
    main()
