"""Stories in the store: assigned incrementally, inside the transaction that writes an
article, from the events that article may join.

`story_events` holds, per asserted event, its story, its lookup key (type and the sides'
countries or ids, see `stories.lookup_key`) and its date span, indexed together: a new
event's candidates are the events with its key whose spans meet its own. The new events,
their candidates and the other members of the candidates' stories are grouped again by
`stories.group`, and those stories rewritten; nothing else in the database is read.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from communique.stories import Side, Story, StoryEvent, date_span, group, lookup_key, site_of

TABLES = """
CREATE TABLE IF NOT EXISTS stories (
    story_id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    anchor_event_id TEXT NOT NULL,   -- the most precisely dated event; the id derives from it
    actors TEXT NOT NULL,            -- JSON list of the actors' names, the anchor's first
    events INTEGER NOT NULL,
    mentions INTEGER NOT NULL,       -- reports: the events and their repeats in an article
    articles INTEGER NOT NULL,
    sources INTEGER NOT NULL,        -- distinct sites: URL hosts, else input documents
    first_reported TEXT,             -- the earliest publication date of its articles
    date_lo TEXT,                    -- the days all its events' dates agree on
    date_hi TEXT
);

CREATE TABLE IF NOT EXISTS story_events (
    event_id TEXT PRIMARY KEY REFERENCES events(event_id),
    story_id TEXT NOT NULL,
    lookup TEXT NOT NULL,
    date_lo TEXT,
    date_hi TEXT,
    why TEXT NOT NULL DEFAULT '[]'   -- JSON list: why it was joined to the story's anchor
);

CREATE INDEX IF NOT EXISTS story_events_lookup ON story_events(lookup, date_lo, date_hi);
CREATE INDEX IF NOT EXISTS story_events_story ON story_events(story_id);
"""

# Every column grouping needs, from the events, their articles and their actors' kinds.
EVENT_SQL = """
SELECT e.event_id, e.article_id, e.doc_id, e.type, e.mode, e.date, e.date_precision,
       e.place, e.place_country, e.lat, e.lon,
       e.source_actor_id, e.source_name, e.source_country, e.source_sector, sa.kind AS source_kind,
       e.target_actor_id, e.target_name, e.target_country, e.target_sector, ta.kind AS target_kind,
       json_extract(e.record, '$.date_basis') AS date_basis,
       json_extract(e.record, '$.location.basis') AS place_basis,
       coalesce(json_extract(e.record, '$.mentions'), 1) AS mentions, a.published, a.url
FROM events e
JOIN articles a ON a.article_id = e.article_id
LEFT JOIN actors sa ON sa.actor_id = e.source_actor_id
LEFT JOIN actors ta ON ta.actor_id = e.target_actor_id
"""


def create_tables(db: sqlite3.Connection) -> None:
    db.executescript(TABLES)


def has_stories(db: sqlite3.Connection) -> bool:
    row = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'story_events'"
    ).fetchone()
    return row is not None


# -- writing -----------------------------------------------------------------------------


def assign_article(db: sqlite3.Connection, article_id: str) -> None:
    """Put the article's asserted events into stories, regrouping only the stories they
    may join. Call inside the transaction that wrote the events."""
    new = load_events(db, "e.article_id = ? AND e.asserted = 1", [article_id])
    if not new:
        return
    for event in new:
        _upsert_key(db, event)
    neighbours = {e.event_id for event in new for e in candidates(db, event)}
    story_ids = _stories_of(db, neighbours)
    members = _members_of(db, story_ids) | neighbours | {event.event_id for event in new}
    events = load_events(db, f"e.event_id IN ({_marks(members)})", sorted(members))
    _replace_stories(db, story_ids, group(events))


def load_events(db: sqlite3.Connection, where: str, params: list[Any]) -> list[StoryEvent]:
    rows = db.execute(f"{EVENT_SQL} WHERE {where} ORDER BY e.event_id", params)
    return [story_event(row) for row in rows]


def story_event(row: sqlite3.Row) -> StoryEvent:
    return StoryEvent(
        event_id=row["event_id"], article_id=row["article_id"],
        site=site_of(row["url"], row["doc_id"]), type=row["type"],
        source=_side(row, "source"), target=_side(row, "target"), mode=row["mode"],
        date=row["date"], date_precision=row["date_precision"], date_basis=row["date_basis"],
        published=row["published"], place=row["place"], place_country=row["place_country"],
        lat=row["lat"], lon=row["lon"], place_basis=row["place_basis"],
        mentions=int(row["mentions"]),
    )  # fmt: skip


def _side(row: sqlite3.Row, prefix: str) -> Side | None:
    name = row[f"{prefix}_name"]
    if name is None:
        return None
    return Side(
        actor_id=row[f"{prefix}_actor_id"], name=name, kind=row[f"{prefix}_kind"],
        country=row[f"{prefix}_country"], sector=row[f"{prefix}_sector"],
    )  # fmt: skip


def _upsert_key(db: sqlite3.Connection, event: StoryEvent) -> None:
    """The event's lookup row; its story is set when its group is written."""
    span = date_span(event) or (None, None)
    db.execute(
        "INSERT OR REPLACE INTO story_events (event_id, story_id, lookup, date_lo, date_hi)"
        " VALUES (?, '', ?, ?, ?)",
        (event.event_id, lookup_key(event), *span),
    )


def candidates(db: sqlite3.Connection, event: StoryEvent) -> list[StoryEvent]:
    """Stored events with the event's key whose date spans meet its own (by the index)."""
    span = date_span(event)
    if span is None:
        return []
    # No span is longer than a year, so the index range stops a year before this one.
    earliest = (date.fromisoformat(span[0]) - timedelta(days=366)).isoformat()
    rows = db.execute(
        "SELECT event_id FROM story_events WHERE lookup = ? AND date_lo BETWEEN ? AND ?"
        " AND date_hi >= ? AND event_id != ?",
        (lookup_key(event), earliest, span[1], span[0], event.event_id),
    )
    ids = [row["event_id"] for row in rows]
    return load_events(db, f"e.event_id IN ({_marks(ids)})", ids) if ids else []


def _stories_of(db: sqlite3.Connection, event_ids: Iterable[str]) -> set[str]:
    ids = list(event_ids)
    rows = db.execute(
        f"SELECT DISTINCT story_id FROM story_events WHERE event_id IN ({_marks(ids)})", ids
    )
    return {row["story_id"] for row in rows} - {""}


def _members_of(db: sqlite3.Connection, story_ids: set[str]) -> set[str]:
    ids = sorted(story_ids)
    rows = db.execute(f"SELECT event_id FROM story_events WHERE story_id IN ({_marks(ids)})", ids)
    return {row["event_id"] for row in rows}


def _marks(items: Iterable[Any]) -> str:
    return ", ".join("?" for _ in items)


def _replace_stories(db: sqlite3.Connection, old: set[str], new: list[Story]) -> None:
    ids = sorted(old)
    db.execute(f"DELETE FROM stories WHERE story_id IN ({_marks(ids)})", ids)
    for story in new:
        _write_story(db, story)


def _write_story(db: sqlite3.Connection, story: Story) -> None:
    summary = story.summary()
    summary["actors"] = json.dumps(summary["actors"], ensure_ascii=False)
    columns = ["anchor_event_id", *summary]
    db.execute(
        f"INSERT OR REPLACE INTO stories ({', '.join(columns)}) VALUES ({_marks(columns)})",
        [story.anchor.event_id, *summary.values()],
    )
    db.executemany(
        "UPDATE story_events SET story_id = ?, why = ? WHERE event_id = ?",
        [
            (story.story_id, json.dumps(why, ensure_ascii=False), event.event_id)
            for event, why in story.members
        ],
    )


# -- reading -----------------------------------------------------------------------------


def story_ids(db: sqlite3.Connection, event_ids: list[str]) -> dict[str, str]:
    """The story of each of these events that has one."""
    if not event_ids or not has_stories(db):
        return {}
    found: dict[str, str] = {}
    for start in range(0, len(event_ids), 500):  # SQLite caps the parameters of a query
        chunk = event_ids[start : start + 500]
        rows = db.execute(
            f"SELECT event_id, story_id FROM story_events WHERE event_id IN ({_marks(chunk)})",
            chunk,
        )
        found.update({row["event_id"]: row["story_id"] for row in rows})
    return found


def with_story_ids(db: sqlite3.Connection, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Event records with their `story_id` (None for an unasserted event: no happening)."""
    found = story_ids(db, [record["event_id"] for record in records])
    for record in records:
        record["story_id"] = found.get(record["event_id"])
    return records


def stories(
    db: sqlite3.Connection, *, min_articles: int = 1, limit: int | None = None
) -> list[dict[str, Any]]:
    """Stories, most widely reported first, each with its event ids."""
    if not has_stories(db):
        return []
    rows = db.execute(
        "SELECT * FROM stories WHERE articles >= ?"
        " ORDER BY articles DESC, mentions DESC, first_reported, story_id LIMIT ?",
        (min_articles, -1 if limit is None else limit),
    ).fetchall()
    return [_story_record(db, row) for row in rows]


def _story_record(db: sqlite3.Connection, row: sqlite3.Row) -> dict[str, Any]:
    record = dict(row)
    record["actors"] = json.loads(record["actors"])
    record["event_ids"] = [
        r["event_id"]
        for r in db.execute(
            "SELECT event_id FROM story_events WHERE story_id = ? ORDER BY event_id",
            (row["story_id"],),
        )
    ]
    return record


def story(db: sqlite3.Connection, story_id: str) -> dict[str, Any] | None:
    """A story, and its events as records, each with why it was joined to the anchor."""
    if not has_stories(db):
        return None
    row = db.execute("SELECT * FROM stories WHERE story_id = ?", (story_id,)).fetchone()
    if row is None:
        return None
    members = db.execute(
        "SELECT e.record, s.why FROM story_events s JOIN events e ON e.event_id = s.event_id"
        " WHERE s.story_id = ? ORDER BY e.event_id = ? DESC, e.date, e.event_id",
        (story_id, row["anchor_event_id"]),
    )
    events = [{**json.loads(m["record"]), "why": json.loads(m["why"])} for m in members]
    return {**_story_record(db, row), "members": events}
