"""The embedded store: one SQLite file in WAL mode, so a server can read while an ingest writes.

Writes are idempotent (stable ids, `INSERT OR IGNORE`) and one transaction holds one whole
document, so a crash never leaves half a document behind and a re-run simply redoes it.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from communique.model import (
    Actor,
    Article,
    ArticleResult,
    Document,
    Event,
    EventActor,
    Failure,
    event_record,
)
from communique.store import actor_index, near_duplicates
from communique.store import stories as story_tables
from communique.store.schema import SCHEMA_VERSION, TABLES

BUSY_TIMEOUT_MS = 10_000  # an ingest and a server share the file; wait rather than fail


class StoreError(Exception):
    """The database cannot be opened or read as asked."""


@dataclass
class EventFilter:
    """Which events a query returns; every field left at its default selects everything."""

    type: str | None = None
    actor: str | None = None  # substring of the source's or target's name or text
    country: str | None = None  # ISO alpha-3 of the source, target or place
    since: str | None = None  # YYYY[-MM[-DD]]; the event's date overlaps [since, until]
    until: str | None = None
    query: str | None = None  # full-text words, all required, in the evidence sentence
    limit: int | None = None
    include_unasserted: bool = False


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def connect(path: str | Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection with the settings every use needs; read-only opens never create a file."""
    if read_only:
        if not Path(path).exists():
            raise StoreError(f"no database at {path}")
        uri = Path(path).absolute().as_uri() + "?mode=ro"
        connection = sqlite3.connect(uri, uri=True, isolation_level=None)
    else:
        connection = sqlite3.connect(str(path), isolation_level=None)
        connection.execute("PRAGMA journal_mode=WAL")
        # Safe with WAL: a power cut may lose the last commits, never consistency.
        connection.execute("PRAGMA synchronous=NORMAL")
    connection.row_factory = sqlite3.Row
    connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA foreign_keys=ON")
    return connection


def fts_phrase(query: str) -> str:
    """Free text as an FTS5 query of quoted words, so "Lavrov's" or "AND" cannot break it."""
    words = [word.replace('"', '""') for word in query.split()]
    return " ".join(f'"{word}"' for word in words)


class Store:
    """Reads and writes one communique database. Use as a context manager."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        try:
            self.db = connect(path, read_only=read_only)
            if read_only:
                self.check_schema()
            else:
                self.create_tables()
        except sqlite3.DatabaseError as error:  # not a database, or a locked/corrupt one
            raise StoreError(f"{path}: {error}") from error

    def check_schema(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version != SCHEMA_VERSION:
            raise StoreError(f"{self.path} is no communique database (schema {version})")

    def create_tables(self) -> None:
        """The schema, on a new file; an old or foreign file is refused, not changed."""
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version not in (0, SCHEMA_VERSION):
            raise StoreError(f"{self.path} has schema {version}, not {SCHEMA_VERSION}")
        self.db.executescript(TABLES)
        near_duplicates.create_tables(self.db)
        actor_index.create_tables(self.db)
        story_tables.create_tables(self.db)
        self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    # -- writing ---------------------------------------------------------------------------

    def has_document(self, content_hash: str) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM documents WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        return row is not None

    def write_document(self, document: Document, results: list[ArticleResult]) -> None:
        """A document and everything coded from it, in one transaction."""
        with self.transaction():
            self._insert_document(document, len(results))
            for result in results:
                self._insert_result(result)

    def write_result(self, result: ArticleResult, document: Document) -> None:
        """One article's result (and its document row), in one transaction."""
        with self.transaction():
            self._insert_document(document, 1)
            self._insert_result(result)

    def near_duplicate_index(self) -> near_duplicates.StoreIndex:
        """Where ingest looks up an article's first copy among those already stored."""
        return near_duplicates.StoreIndex(self.db)

    def write_failure(self, failure: Failure) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT OR IGNORE INTO errors (stage, source, reason, time) VALUES (?, ?, ?, ?)",
                (failure.stage, failure.source, failure.reason, now()),
            )

    def transaction(self) -> _Transaction:
        return _Transaction(self.db)

    def _insert_document(self, document: Document, articles: int) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO documents (doc_id, content_hash, name, source, format, url,"
            " published, title, articles, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                document.doc_id, document.content_hash, document.name, document.source,
                document.format, document.url, document.published, document.title,
                articles, now(),
            ),
        )

    def _insert_result(self, result: ArticleResult) -> None:
        self._insert_article(result.article)
        for actor in result.actors:
            self._insert_actor(actor, result.article)
        for event in result.events:
            for part in (event.source, event.target):
                if part is not None:
                    self._insert_actor(part.actor, result.article)
            self._insert_event(event, result.article)
        # In the same transaction: an article is never stored without its stories.
        story_tables.assign_article(self.db, result.article.article_id)

    def _insert_article(self, article: Article) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO articles (article_id, doc_id, document, article, title,"
            " published, published_from, url, language, dateline, text, boilerplate)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.article_id, article.doc_id, article.document, article.index,
                article.title, article.published, article.published_from, article.url,
                article.language, article.dateline, article.text,
                json.dumps(article.boilerplate, ensure_ascii=False),
            ),
        )
        near_duplicates.record_article(self.db, article)

    def _insert_actor(self, actor: Actor, article: Article) -> None:
        # The actor, its aliases, or its merge into the stored actor it names (actor_index).
        actor_id = actor_index.store_actor(self.db, actor)
        self.db.executemany(
            "INSERT OR IGNORE INTO actor_roles (actor_id, article_id, role, published)"
            " VALUES (?, ?, ?, ?)",
            # An undated story cut from a dated page was seen on the page's date.
            [(actor_id, article.article_id, role, article.reference_date) for role in actor.roles],
        )

    def _insert_event(self, event: Event, article: Article) -> None:
        row = actor_index.point_to_canonical(self.db, event_row(event, article))
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        self.db.execute(
            f"INSERT OR IGNORE INTO events ({columns}) VALUES ({marks})", tuple(row.values())
        )

    # -- reading ---------------------------------------------------------------------------

    def events(self, where: EventFilter | None = None) -> list[dict[str, Any]]:
        """Event records (model.event_record) matching the filter, in date order."""
        sql, params = events_query(where or EventFilter())
        records = [json.loads(row["record"]) for row in self.db.execute(sql, params)]
        return story_tables.with_story_ids(self.db, records)

    def event(self, event_id: str) -> dict[str, Any] | None:
        row = self.db.execute(
            "SELECT record FROM events WHERE event_id = ?", (event_id,)
        ).fetchone()
        if row is None:
            return None
        return story_tables.with_story_ids(self.db, [json.loads(row["record"])])[0]

    def stories(self, *, min_articles: int = 1, limit: int | None = None) -> list[dict[str, Any]]:
        """Stories, most widely reported first (see store/stories.py)."""
        return story_tables.stories(self.db, min_articles=min_articles, limit=limit)

    def story(self, story_id: str) -> dict[str, Any] | None:
        """A story with its events, each with why it was joined."""
        return story_tables.story(self.db, story_id)

    def search_articles(self, query: str, *, limit: int = 20) -> list[dict[str, Any]]:
        """Articles whose title or text hold all the words, best match first."""
        rows = self.db.execute(
            "SELECT a.article_id, a.document, a.article, a.title, a.published"
            " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
            (fts_phrase(query), limit),
        )
        return [dict(row) for row in rows]

    def errors(self, *, limit: int | None = None) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT stage, source, reason, time FROM errors ORDER BY id LIMIT ?",
            (-1 if limit is None else limit,),
        )
        return [dict(row) for row in rows]

    def counts(self) -> dict[str, int]:
        tables = ("documents", "articles", "actors", "events", "errors")
        return {
            table: self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in tables
        }


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error, so a document is all or nothing.

    IMMEDIATE takes the write lock up front, so two writers queue on busy_timeout instead of
    failing half-way with SQLITE_BUSY.
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")


def actor_columns(prefix: str, part: EventActor | None) -> dict[str, Any]:
    actor = part.actor if part else None
    return {
        f"{prefix}_actor_id": actor.actor_id if actor else None,
        f"{prefix}_name": actor.name if actor else None,
        f"{prefix}_country": actor.country if actor else None,
        f"{prefix}_sector": actor.sector if actor else None,
        f"{prefix}_text": part.text if part else None,
        f"{prefix}_start": part.start if part else None,
        f"{prefix}_end": part.end if part else None,
    }


def event_row(event: Event, article: Article) -> dict[str, Any]:
    """The events-table row of one event: flat columns to filter on, plus the exact record."""
    record = event_record(event, article)
    place = event.location
    return {
        "event_id": record["event_id"],
        "article_id": article.article_id,
        "doc_id": article.doc_id,
        "type": event.type,
        "mode": event.mode,
        "cameo": event.cameo,
        **actor_columns("source", event.source),
        **actor_columns("target", event.target),
        "date": event.date,
        "date_precision": event.date_precision,
        "date_text": event.date_text,
        "place": place.place if place else None,
        "place_country": place.country if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "sentence": event.sentence,
        "sentence_start": event.sentence_start,
        "sentence_end": event.sentence_end,
        "trigger": event.trigger,
        "rule": event.rule,
        "negated": event.negated,
        "hypothetical": event.hypothetical,
        "planned": event.planned,
        "asserted": event.asserted,
        "confidence": event.confidence,
        "coder": event.coder,
        "record": json.dumps(record, ensure_ascii=False),
    }


def events_query(where: EventFilter) -> tuple[str, list[Any]]:
    """The SELECT of `Store.events` for a filter: one clause per field that is set."""
    clauses, params = [], []
    if not where.include_unasserted:
        clauses.append("asserted = 1")
    if where.type:
        clauses.append("type = ?")
        params.append(where.type.upper())
    if where.actor:
        clauses.append(
            "(source_name LIKE ? OR target_name LIKE ? OR source_text LIKE ? OR target_text LIKE ?)"
        )
        params += [f"%{where.actor}%"] * 4
    if where.country:
        clauses.append("? IN (source_country, target_country, place_country)")
        params.append(where.country.upper())
    # Dates of any precision overlap the range: "2024-02" is inside since=2024-02-10.
    if where.since:
        clauses.append("date >= substr(?, 1, length(date))")
        params.append(where.since)
    if where.until:
        clauses.append("substr(date, 1, length(?)) <= ?")
        params += [where.until, where.until]
    if where.query:
        clauses.append("rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
        params.append(fts_phrase(where.query))
    sql = "SELECT record FROM events"
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY date IS NULL, date, article_id, sentence_start, event_id LIMIT ?"
    params.append(-1 if where.limit is None else where.limit)
    return sql, params

