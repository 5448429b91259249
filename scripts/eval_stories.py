"""Measure story grouping on the shared dev set and on the seed page.

The 40 gold articles of dev-news.jsonl go through the real pipeline (as JSON Lines documents
with their `published`) into a temporary database; its notes (dev-news.md, "Pairs that
report the same event") list the article pairs that report one happening. Prints, for
each listed pair, whether a story joins events of both articles, and whether the two
articles hold a possible match at all (an event of the same type between the same
countries in each); then the share of pairs merged and the false merges (stories joining
articles that are neither one article nor a listed pair). Then checks the seed page:
Patrushev's meeting with Raul Castro, told in both its articles, should be one story.

    python scripts/eval_stories.py [SHARED_DIR]

Reads the shared files at run time; nothing of them is copied into the repository.
"""

from __future__ import annotations

import itertools
import json
import re
import sys
import tempfile
from pathlib import Path

from communique import geo, ingest
from communique.model import stable_id
from communique.pipeline import RunStats
from communique.store import Store
from communique.stories import Side, StoryEvent, group

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"
PAIR_ROW = re.compile(r"^\|\s*(dev-\d+)\s*/\s*(dev-\d+)\s*\|")
SEED_PAGE = "seed/000_3ac60a42ae60264f.txt"


def listed_pairs(notes: Path) -> list[tuple[str, str]]:
    """The article pairs of the notes' table "Pairs that report the same event"."""
    section = notes.read_text(encoding="utf-8").split("## Pairs that report the same event")[1]
    section = section.split("\n## ")[0]
    return [match.groups() for line in section.splitlines() if (match := PAIR_ROW.match(line))]


def as_documents(gold: Path, folder: Path) -> Path:
    """The gold articles as JSON Lines input records: id, url, published, title, text."""
    path = folder / "dev-news-input.jsonl"
    with gold.open(encoding="utf-8") as lines, path.open("w", encoding="utf-8") as out:
        for line in lines:
            record = json.loads(line)
            keys = ("id", "url", "published", "title", "text")
            out.write(json.dumps({key: record.get(key) for key in keys}) + "\n")
    return path


def ingest_into(store: Store, paths: list[str]) -> RunStats:
    """What `communique ingest` does, in this process: every document through the pipeline
    and into the store, stories assigned as each is written."""
    stats = RunStats()
    items = ingest.document_results(
        ingest.read_inputs(paths),
        stats=stats,
        skip_hashes=store.has_document,
        near_duplicates=store.near_duplicate_index(),
    )
    for item in items:
        if isinstance(item, ingest.DocumentResult):
            store.write_document(item.document, item.results)
    return stats


def story_documents(store: Store) -> list[tuple[str, set[str]]]:
    """Per story, the documents whose events it joins."""
    rows = store.db.execute(
        "SELECT s.story_id, a.document FROM story_events s"
        " JOIN events e ON e.event_id = s.event_id JOIN articles a ON a.article_id = e.article_id"
    )
    documents: dict[str, set[str]] = {}
    for row in rows:
        documents.setdefault(row["story_id"], set()).add(row["document"])
    return sorted(documents.items())


def possible_matches(store: Store) -> dict[str, set[tuple[str, tuple[str, ...]]]]:
    """Per document, its asserted events as (type, the sides' countries): two articles can
    only report one happening in a story if they share one of these."""
    rows = store.db.execute(
        "SELECT a.document, e.type, e.source_country, e.target_country FROM events e"
        " JOIN articles a ON a.article_id = e.article_id WHERE e.asserted = 1"
    )
    found: dict[str, set[tuple[str, tuple[str, ...]]]] = {}
    for row in rows:
        countries = tuple(sorted(c or "" for c in (row["source_country"], row["target_country"])))
        found.setdefault(row["document"], set()).add((row["type"], countries))
    return found


def report_pairs(
    stories: list[tuple[str, set[str]]],
    matches: dict[str, set[tuple[str, tuple[str, ...]]]],
    pairs: list[tuple[str, str]],
) -> None:
    merged = coded = 0
    for a, b in pairs:
        joined = [story for story, docs in stories if {a, b} <= docs]
        both = bool(matches.get(a, set()) & matches.get(b, set()))
        merged, coded = merged + bool(joined), coded + both
        merged_word, both_word = ("yes" if joined else "no "), ("yes" if both else "no")
        print(f"{a} / {b}  merged={merged_word}  match coded in both={both_word}  {joined}")
    listed = {frozenset(pair) for pair in pairs}
    false = [
        (story, sorted(docs))
        for story, docs in stories
        if any(frozenset(two) not in listed for two in itertools.combinations(sorted(docs), 2))
    ]
    for story, docs in false:
        print(f"false merge: story {story} joins {docs}")
    print(f"pairs merged {merged}/{len(pairs)} = {merged / len(pairs):.0%} · pairs with a possible"
          f" match coded in both {coded}/{len(pairs)} · false merges {len(false)}"
          f" · stories joining 2+ articles {sum(len(d) > 1 for _, d in stories)}")  # fmt: skip


# -- the same grouping over the gold events: what perfect coding would let it merge --------


def gold_side(actor: dict | None) -> Side | None:
    """A gold actor as grouping sees it; a state is a country named as itself."""
    if not actor:
        return None
    name, country = actor["name"], actor.get("country")
    is_state = actor.get("sector") is None and country and geo.country_code(name) == country
    kind = "state" if is_state else "igo" if country == "IGO" else "other"
    actor_id = stable_id("actor", kind, country, name.casefold())
    return Side(actor_id, name, kind, country, actor.get("sector"))


def gold_events(gold: Path) -> list[StoryEvent]:
    events = []
    for line in gold.open(encoding="utf-8"):
        record = json.loads(line)
        for n, event in enumerate(record["events"]):
            events.append(gold_event(record, n, event))
    return events


def gold_event(record: dict, n: int, event: dict) -> StoryEvent:
    location = event.get("location") or {}
    place = geo.place_country(location["place"]) if location.get("place") else None
    when = event.get("date")
    return StoryEvent(
        event_id=f"{record['id']}#{n}", article_id=record["id"], site=record["id"],
        type=event["type"], source=gold_side(event["source"]), target=gold_side(event["target"]),
        mode=event.get("mode"), date=when, published=record["published"],
        date_precision={4: "year", 7: "month", 10: "day"}.get(len(when or "")),
        place=location.get("place") or location.get("country"),
        place_country=location.get("country"),
        lat=place.lat if place else None, lon=place.lon if place else None,
    )  # fmt: skip


def gold_stories(events: list[StoryEvent]) -> list[tuple[str, set[str]]]:
    return [(story.story_id, {e.article_id for e in story.events}) for story in group(events)]


def gold_matches(events: list[StoryEvent]) -> dict[str, set[tuple[str, tuple[str, ...]]]]:
    found: dict[str, set[tuple[str, tuple[str, ...]]]] = {}
    for event in events:
        sides = (event.source, event.target)
        countries = tuple(sorted((side.country or "") if side else "" for side in sides))
        found.setdefault(event.article_id, set()).add((event.type, countries))
    return found


def report_seed(store: Store) -> None:
    """Patrushev's meeting with Raul Castro, in both articles of the seed page."""
    for story in store.stories():
        names = " ".join(story["actors"])
        if story["type"] == "CONSULT" and "Patrushev" in names and "Castro" in names:
            print(f"seed: Patrushev-Castro CONSULT story {story['story_id']}: "
                  f"{story['events']} events, {story['mentions']} mentions, "
                  f"{story['articles']} articles")  # fmt: skip
            return
    print("seed: no Patrushev-Castro CONSULT story")


def main(shared: Path) -> None:
    eval_dir = shared / "eval"
    pairs = listed_pairs(eval_dir / "dev-news.md")
    events = gold_events(eval_dir / "dev-news.jsonl")
    print(f"gold events grouped ({len(events)} events; the grouping alone, coding perfect):")
    report_pairs(gold_stories(events), gold_matches(events), pairs)
    with tempfile.TemporaryDirectory() as folder:
        documents = as_documents(eval_dir / "dev-news.jsonl", Path(folder))
        with Store(Path(folder) / "dev.db") as store:
            stats = ingest_into(store, [str(documents)])
            counts = stats.counts
            print(
                f"pipeline on dev-news ({counts['articles']} articles, {counts['events']} events):"
            )
            report_pairs(story_documents(store), possible_matches(store), pairs)
        with Store(Path(folder) / "seed.db") as store:
            ingest_into(store, [str(shared / SEED_PAGE)])
            report_seed(store)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SHARED)
