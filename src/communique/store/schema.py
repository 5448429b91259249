"""The SQLite schema: one table per record of model.py, FTS5 over text, an errors log.

Every table is keyed by the stable ids of model.py, so `INSERT OR IGNORE` makes writes
idempotent: ingesting the same input twice adds nothing. The FTS tables are filled by
triggers, which an ignored insert does not fire, so the indexes never hold duplicates.
"""

from __future__ import annotations

SCHEMA_VERSION = 1

TABLES = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,              -- the input record's id, else its source
    source TEXT NOT NULL,
    format TEXT NOT NULL,
    url TEXT,
    published TEXT,
    title TEXT,
    articles INTEGER NOT NULL,
    ingested_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
    article_id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id),
    document TEXT NOT NULL,
    article INTEGER NOT NULL,        -- index of the article within its document
    title TEXT,
    published TEXT,
    published_from TEXT,
    url TEXT,
    language TEXT,
    dateline TEXT,
    text TEXT NOT NULL,
    boilerplate TEXT NOT NULL DEFAULT '[]'   -- JSON list of the dropped spans
);

CREATE TABLE IF NOT EXISTS actors (
    actor_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    country TEXT,
    sector TEXT
);

CREATE TABLE IF NOT EXISTS actor_aliases (
    actor_id TEXT NOT NULL REFERENCES actors(actor_id),
    alias TEXT NOT NULL,
    PRIMARY KEY (actor_id, alias)
);

-- One row per role title per article; first and last seen come from the articles' dates.
CREATE TABLE IF NOT EXISTS actor_roles (
    actor_id TEXT NOT NULL REFERENCES actors(actor_id),
    article_id TEXT NOT NULL REFERENCES articles(article_id),
    role TEXT NOT NULL,
    published TEXT,
    PRIMARY KEY (actor_id, article_id, role)
);

CREATE VIEW IF NOT EXISTS actor_role_spans AS
    SELECT actor_id, role, MIN(published) AS first_seen, MAX(published) AS last_seen,
           COUNT(*) AS articles
    FROM actor_roles GROUP BY actor_id, role;

CREATE TABLE IF NOT EXISTS events (
    event_id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(article_id),
    doc_id TEXT NOT NULL REFERENCES documents(doc_id),
    type TEXT NOT NULL,
    mode TEXT,
    cameo TEXT,
    source_actor_id TEXT,
    source_name TEXT,
    source_country TEXT,
    source_sector TEXT,
    source_text TEXT,
    source_start INTEGER,
    source_end INTEGER,
    target_actor_id TEXT,
    target_name TEXT,
    target_country TEXT,
    target_sector TEXT,
    target_text TEXT,
    target_start INTEGER,
    target_end INTEGER,
    date TEXT,
    date_precision TEXT,
    date_text TEXT,
    place TEXT,
    place_country TEXT,
    lat REAL,
    lon REAL,
    sentence TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    trigger TEXT,
    rule TEXT,
    negated INTEGER NOT NULL,
    hypothetical INTEGER NOT NULL,
    planned INTEGER NOT NULL,
    asserted INTEGER NOT NULL,
    confidence REAL NOT NULL,
    coder TEXT NOT NULL,
    record TEXT NOT NULL            -- the exact event record (model.event_record), as JSON
);

CREATE INDEX IF NOT EXISTS events_type ON events(type);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);

-- A log of what failed; the same failure seen again is not logged twice.
CREATE TABLE IF NOT EXISTS errors (
    id INTEGER PRIMARY KEY,
    stage TEXT NOT NULL,
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    time TEXT NOT NULL,
    UNIQUE (stage, source, reason)
);

CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, text, content='articles', content_rowid='rowid'
);

CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5(
    sentence, content='events', content_rowid='rowid'
);

CREATE TRIGGER IF NOT EXISTS events_fts_insert AFTER INSERT ON events BEGIN
    INSERT INTO events_fts(rowid, sentence) VALUES (new.rowid, new.sentence);
END;
"""
