"""Read-only queries behind the HTTP API and the exports: parameterised SQL only.

Every function takes an open connection (a read-only `Store.db`) and returns plain dicts and
lists, ready for JSON. Event filters reuse `sqlite.events_query`, so the API, the CLI and the
exports select exactly the same events for the same filter.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from communique.store import stories as story_tables
from communique.store.sqlite import EventFilter, events_query
from communique.store.stories import with_story_ids

Row = dict[str, Any]


# -- events ------------------------------------------------------------------------------


def filtered_ids_sql(where: EventFilter) -> tuple[str, list[Any]]:
    """A subquery of the ids of the events a filter selects (limit included)."""
    sql, params = events_query(where)
    return f"SELECT json_extract(record, '$.event_id') FROM ({sql})", params


def count_events(db: sqlite3.Connection, where: EventFilter) -> int:
    ids_sql, params = filtered_ids_sql(_without_limit(where))
    return db.execute(f"SELECT COUNT(*) FROM ({ids_sql})", params).fetchone()[0]


def events_page(db: sqlite3.Connection, where: EventFilter, *, offset: int) -> list[Row]:
    """One page of event records, in the order of `Store.events`."""
    sql, params = events_query(where)
    # events_query ends in "LIMIT ?"; OFFSET extends it without copying its clauses.
    assert sql.endswith("LIMIT ?")
    rows = db.execute(sql + " OFFSET ?", [*params, offset])
    return with_story_ids(db, [json.loads(row["record"]) for row in rows])


def event_detail(db: sqlite3.Connection, event_id: str) -> Row | None:
    """An event record with its article's id and where its trigger sits in the sentence."""
    row = db.execute(
        "SELECT record, article_id, trigger, asserted FROM events WHERE event_id = ?", (event_id,)
    ).fetchone()
    if row is None:
        return None
    record = with_story_ids(db, [json.loads(row["record"])])[0]
    return {
        "event": record,
        "article_id": row["article_id"],
        "asserted": bool(row["asserted"]),
        "trigger_span": trigger_span(record["evidence"], row["trigger"]),
    }


def trigger_span(evidence: Row, trigger: str | None) -> list[int] | None:
    """Article offsets of the trigger's first occurrence inside the evidence sentence."""
    if not trigger:
        return None
    at = evidence["sentence"].casefold().find(trigger.casefold())
    if at < 0:
        return None
    start = evidence["start"] + at
    return [start, start + len(trigger)]


def timeline(db: sqlite3.Connection, where: EventFilter) -> list[Row]:
    """Events per month and type; events dated only by year count under "YYYY"."""
    ids_sql, params = filtered_ids_sql(where)
    rows = db.execute(
        "SELECT substr(date, 1, 7) AS period, type, COUNT(*) AS events FROM events"
        f" WHERE date IS NOT NULL AND event_id IN ({ids_sql})"
        " GROUP BY period, type ORDER BY period, type",
        params,
    )
    return [dict(row) for row in rows]


def _without_limit(where: EventFilter) -> EventFilter:
    return EventFilter(**{**vars(where), "limit": None})


# -- articles ----------------------------------------------------------------------------


ARTICLE_COLUMNS = "article_id, document, article, title, published, url, language, dateline"


def article_detail(db: sqlite3.Connection, article_id: str) -> Row | None:
    """An article's text, its events, and the text cut into segments at evidence bounds."""
    row = db.execute(
        f"SELECT {ARTICLE_COLUMNS}, text FROM articles WHERE article_id = ?", (article_id,)
    ).fetchone()
    if row is None:
        return None
    article = dict(row)
    events = article_events(db, article_id)
    return {"article": article, "events": events, "segments": segments(article["text"], events)}


def article_events(db: sqlite3.Connection, article_id: str) -> list[Row]:
    rows = db.execute(
        "SELECT event_id, type, mode, source_name, target_name, sentence_start AS start,"
        " sentence_end AS end, asserted FROM events WHERE article_id = ?"
        " ORDER BY sentence_start, event_id",
        (article_id,),
    )
    return [{**dict(row), "asserted": bool(row["asserted"])} for row in rows]


def segments(text: str, events: list[Row]) -> list[Row]:
    """The text cut at every evidence boundary; each piece lists the events whose evidence
    covers it, so a client marks evidence by setting text, never by parsing markup."""
    bounds = sorted({0, len(text), *(e["start"] for e in events), *(e["end"] for e in events)})
    bounds = [b for b in bounds if 0 <= b <= len(text)]
    pieces = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        covering = [e["event_id"] for e in events if e["start"] <= start and end <= e["end"]]
        pieces.append({"start": start, "end": end, "text": text[start:end], "events": covering})
    return pieces


# -- actors ------------------------------------------------------------------------------


def actors_page(
    db: sqlite3.Connection, *, name: str | None, country: str | None, limit: int, offset: int
) -> tuple[int, list[Row]]:
    """Actors by name part and country, most active first, with their asserted events."""
    clauses, params = ["1 = 1"], []
    if name:
        clauses.append(
            "(a.name LIKE ? OR a.actor_id IN (SELECT actor_id FROM actor_aliases"
            " WHERE alias LIKE ?))"
        )
        params += [f"%{name}%", f"%{name}%"]
    if country:
        clauses.append("a.country = ?")
        params.append(country.upper())
    where = " AND ".join(clauses)
    total = db.execute(f"SELECT COUNT(*) FROM actors a WHERE {where}", params).fetchone()[0]
    rows = db.execute(
        "SELECT a.actor_id, a.name, a.kind, a.country, a.sector,"
        " (SELECT COUNT(*) FROM events e WHERE e.asserted = 1"
        "  AND a.actor_id IN (e.source_actor_id, e.target_actor_id)) AS events"
        f" FROM actors a WHERE {where} ORDER BY events DESC, a.name LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return total, [dict(row) for row in rows]


def actor_detail(db: sqlite3.Connection, actor_id: str) -> Row | None:
    """An actor, its aliases, its roles over time, its counterparts and its events by month."""
    row = db.execute(
        "SELECT actor_id, name, kind, country, sector FROM actors WHERE actor_id = ?",
        (actor_id,),
    ).fetchone()
    if row is None:
        return None
    return {
        "actor": dict(row),
        "aliases": actor_aliases(db, actor_id),
        "roles": actor_roles(db, actor_id),
        "counterparts": counterparts(db, actor_id),
        "timeline": actor_timeline(db, actor_id),
    }


def actor_aliases(db: sqlite3.Connection, actor_id: str) -> list[str]:
    rows = db.execute(
        "SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias", (actor_id,)
    )
    return [row["alias"] for row in rows]


def actor_roles(db: sqlite3.Connection, actor_id: str) -> list[Row]:
    rows = db.execute(
        "SELECT role, first_seen, last_seen, articles FROM actor_role_spans"
        " WHERE actor_id = ? ORDER BY first_seen IS NULL, first_seen, role",
        (actor_id,),
    )
    return [dict(row) for row in rows]


def counterparts(db: sqlite3.Connection, actor_id: str) -> list[Row]:
    """The actors on the other side of this actor's asserted events, most frequent first."""
    rows = db.execute(
        "SELECT other AS actor_id, a.name, a.country, a.sector, COUNT(*) AS events,"
        " SUM(role = 'source') AS as_source, SUM(role = 'target') AS as_target,"
        " group_concat(DISTINCT type) AS types FROM ("
        "  SELECT target_actor_id AS other, 'source' AS role, type FROM events"
        "  WHERE source_actor_id = ? AND target_actor_id IS NOT NULL AND asserted = 1"
        "  UNION ALL"
        "  SELECT source_actor_id, 'target', type FROM events"
        "  WHERE target_actor_id = ? AND asserted = 1"
        ") JOIN actors a ON a.actor_id = other"
        " GROUP BY other ORDER BY events DESC, a.name",
        (actor_id, actor_id),
    )
    return [{**dict(row), "types": sorted(row["types"].split(","))} for row in rows]


def actor_timeline(db: sqlite3.Connection, actor_id: str) -> list[Row]:
    rows = db.execute(
        "SELECT substr(date, 1, 7) AS period, type, COUNT(*) AS events FROM events"
        " WHERE asserted = 1 AND date IS NOT NULL AND ? IN (source_actor_id, target_actor_id)"
        " GROUP BY period, type ORDER BY period, type",
        (actor_id,),
    )
    return [dict(row) for row in rows]


# -- stories -----------------------------------------------------------------------------


def has_table(db: sqlite3.Connection, name: str) -> bool:
    row = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?", (name,)
    ).fetchone()
    return row is not None


STORY_ORDER = "ORDER BY articles DESC, mentions DESC, first_reported, story_id"


def stories_page(
    db: sqlite3.Connection, *, min_articles: int, limit: int, offset: int
) -> tuple[int, list[Row]]:
    """Stories (store/stories.py), most widely reported first, each with its event ids;
    none in a database written before stories existed."""
    if not story_tables.has_stories(db):
        return 0, []
    total = db.execute(
        "SELECT COUNT(*) FROM stories WHERE articles >= ?", (min_articles,)
    ).fetchone()[0]
    rows = db.execute(
        f"SELECT * FROM stories WHERE articles >= ? {STORY_ORDER} LIMIT ? OFFSET ?",
        (min_articles, limit, offset),
    ).fetchall()
    return total, [story_summary(db, row) for row in rows]


def story_summary(db: sqlite3.Connection, row: sqlite3.Row) -> Row:
    story = {**dict(row), "actors": json.loads(row["actors"])}
    events = db.execute(
        "SELECT event_id FROM story_events WHERE story_id = ? ORDER BY event_id",
        (row["story_id"],),
    )
    return {**story, "event_ids": [event["event_id"] for event in events]}


def story_detail(db: sqlite3.Connection, story_id: str) -> Row | None:
    """A story with its events as records, each with why it was joined."""
    return story_tables.story(db, story_id)


def story_counts(db: sqlite3.Connection) -> dict[str, tuple[int, int, int]]:
    """Per event: its story's (mentions, sources, articles), GDELT's NumMentions,
    NumSources and NumArticles, as store/stories.py counts them."""
    if not story_tables.has_stories(db):
        return {}
    rows = db.execute(
        "SELECT e.event_id, s.mentions, s.sources, s.articles"
        " FROM story_events e JOIN stories s ON s.story_id = e.story_id"
    )
    return {row["event_id"]: (row["mentions"], row["sources"], row["articles"]) for row in rows}


# -- what the exports need beyond the event record -----------------------------------------


def event_context(db: sqlite3.Connection, where: EventFilter) -> dict[str, Row]:
    """Per selected event: when its document was ingested and whether its evidence is in
    the article's first paragraph (GDELT's DATEADDED and IsRootEvent)."""
    ids_sql, params = filtered_ids_sql(where)
    rows = db.execute(
        "SELECT e.event_id, d.ingested_at, e.sentence_start,"
        " instr(a.text, char(10) || char(10)) AS lead_end FROM events e"
        " JOIN articles a ON a.article_id = e.article_id JOIN documents d ON d.doc_id = e.doc_id"
        f" WHERE e.event_id IN ({ids_sql})",
        params,
    )
    return {
        row["event_id"]: {
            "ingested_at": row["ingested_at"],
            "lead": row["lead_end"] == 0 or row["sentence_start"] < row["lead_end"],
        }
        for row in rows
    }


# -- corpus statistics -------------------------------------------------------------------


def statistics(db: sqlite3.Connection) -> Row:
    """What the database holds: counts, events by type and month, dates, countries."""

    def one(sql: str) -> Any:
        return db.execute(sql).fetchone()[0]

    return {
        "documents": one("SELECT COUNT(*) FROM documents"),
        "articles": one("SELECT COUNT(*) FROM articles"),
        "actors": one("SELECT COUNT(*) FROM actors"),
        "events": one("SELECT COUNT(*) FROM events WHERE asserted = 1"),
        "unasserted_events": one("SELECT COUNT(*) FROM events WHERE asserted = 0"),
        "errors": one("SELECT COUNT(*) FROM errors"),
        "stories": one("SELECT COUNT(*) FROM stories") if has_table(db, "stories") else 0,
        "first_date": one("SELECT MIN(date) FROM events WHERE asserted = 1"),
        "last_date": one("SELECT MAX(date) FROM events WHERE asserted = 1"),
        "by_type": grouped(db, "type"),
        "by_country": grouped(db, "source_country"),
    }


def grouped(db: sqlite3.Connection, column: str) -> dict[str, int]:
    # `column` is one of the fixed names above, never a request value.
    rows = db.execute(
        f"SELECT {column} AS key, COUNT(*) AS n FROM events WHERE asserted = 1"
        f" AND {column} IS NOT NULL GROUP BY {column} ORDER BY n DESC, {column}"
    )
    return {row["key"]: row["n"] for row in rows}
