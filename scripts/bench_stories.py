"""How story assignment scales: write synthetic articles into a fresh database and time the
writes in blocks, with stories assigned (the store's write path) as usual.

Each article holds three events between random pairs of 20 countries on random days of
one year, so the database fills with many dyads and many candidate stories. If assignment
only reads what an article may join (indexed look-ups), the time per article stays flat
as the database grows; a scan would grow with it.

    python scripts/bench_stories.py [ARTICLES]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from communique.model import (
    Actor,
    Article,
    ArticleResult,
    Document,
    Event,
    EventActor,
    content_hash,
)
from communique.store import Store

COUNTRIES = ["USA", "RUS", "CHN", "IND", "PAK", "IRN", "SAU", "TUR", "FRA", "DEU",
             "GBR", "UKR", "ISR", "EGY", "BRA", "NGA", "ZAF", "JPN", "KOR", "MEX"]  # fmt: skip
TYPES = ["CONSULT", "ACCUSE", "AGREE", "ASSAULT", "SANCTION"]
BLOCK = 1000


def state(code: str) -> EventActor:
    return EventActor(Actor(code, "state", code), code, 0, len(code))


def synthetic(n: int, rng: random.Random) -> tuple[Document, ArticleResult]:
    text = f"Synthetic article {n}."
    published = date(2024, 1, 1) + timedelta(days=rng.randrange(366))
    doc = Document(f"bench-{n}.txt", "txt", content_hash(text), text=text, record_id=f"b{n}")
    article = Article(doc.doc_id, doc.name, 0, text, published=published.isoformat())
    events = [synthetic_event(i, published, rng) for i in range(3)]
    return doc, ArticleResult(article, events=events)


def synthetic_event(i: int, published: date, rng: random.Random) -> Event:
    source, target = rng.sample(COUNTRIES, 2)
    day = published - timedelta(days=rng.randrange(3))
    return Event(
        rng.choice(TYPES), None, state(source), state(target), "s.", i, i + 1,
        trigger="t", rule="bench", date=day.isoformat(), date_precision="day",
    )  # fmt: skip


def main(articles: int) -> None:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "bench.db") as store:
        started = time.perf_counter()
        for n in range(articles):
            doc, result = synthetic(n, rng)
            store.write_document(doc, [result])
            if (n + 1) % BLOCK == 0:
                per_article = (time.perf_counter() - started) / BLOCK * 1000
                stories = store.db.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
                print(f"articles {n + 1:>6}  stories {stories:>6}  {per_article:.2f} ms/article")
                started = time.perf_counter()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
