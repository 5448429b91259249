"""The SQLite store: settings, idempotent writes, failures, full text and filters."""

from __future__ import annotations

import sqlite3

import pytest

from communique.model import Failure, event_record
from communique.store import EventFilter, Store, StoreError
from tests.store import helpers


@pytest.fixture
def db(tmp_path):
    return tmp_path / "events.db"


@pytest.fixture
def store(db):
    doc = helpers.document()
    with Store(db) as store:
        store.write_document(doc, [helpers.result(doc)])
        yield store


def test_opens_in_wal_mode_with_foreign_keys(store):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] > 0


def test_writing_twice_adds_nothing(store):
    before = store.counts()
    doc = helpers.document()
    store.write_document(doc, [helpers.result(doc)])
    store.write_result(helpers.result(doc), doc)
    assert store.counts() == before
    assert before == {"documents": 1, "articles": 1, "actors": 5, "events": 3, "errors": 0}
    assert store.db.execute("SELECT COUNT(*) FROM events_fts").fetchone()[0] == 3


def test_has_document_by_content_hash(store):
    assert store.has_document(helpers.document().content_hash)
    assert not store.has_document("0" * 64)


def test_a_failed_write_leaves_no_part_of_the_document(db):
    doc = helpers.document()
    broken = helpers.result(doc)
    broken.events[1].source = None  # the event row cannot be built: AttributeError mid-write
    with Store(db) as store:
        with pytest.raises(AttributeError):
            store.write_document(doc, [broken])
        assert store.counts()["documents"] == 0
        assert store.counts()["articles"] == 0


def without_story(record: dict) -> dict:
    """The stored record less the story it was grouped into (assigned at write time)."""
    return {key: value for key, value in record.items() if key != "story_id"}


def test_event_record_column_is_the_exact_record(store):
    doc = helpers.document()
    article = helpers.article(doc)
    expected = [event_record(event, article) for event in helpers.events()]
    stored = store.events(EventFilter(include_unasserted=True))
    assert [without_story(r) for r in stored] == sorted(
        expected, key=lambda r: (r["date"] is None, r["date"] or "", r["evidence"]["start"])
    )
    asserted = [r for r in stored if not (r["negated"] or r["hypothetical"] or r["planned"])]
    assert asserted and all(r["story_id"] for r in asserted)
    assert without_story(store.event(expected[0]["event_id"])) == expected[0]


def test_unasserted_events_only_when_asked(store):
    assert {r["type"] for r in store.events()} == {"CONSULT", "ACCUSE"}
    planned = [r for r in store.events(EventFilter(include_unasserted=True)) if r["planned"]]
    assert [r["source"]["name"] for r in planned] == ["Miguel Diaz-Canel"]


@pytest.mark.parametrize(
    ("where", "types"),
    [
        (EventFilter(type="consult"), ["CONSULT"]),
        (EventFilter(actor="patrush"), ["CONSULT"]),
        (EventFilter(country="UKR"), ["ACCUSE"]),
        (EventFilter(country="cub"), ["CONSULT"]),  # source country and place
        (EventFilter(since="2024-02-10"), ["ACCUSE", "CONSULT"]),  # "2024-02" overlaps
        (EventFilter(since="2024-02-27"), ["ACCUSE"]),
        (EventFilter(until="2024-02-25"), ["ACCUSE"]),
        (EventFilter(until="2024-01"), []),
        (EventFilter(query="shelling plant"), ["ACCUSE"]),
        (EventFilter(query="Patrushev's"), []),  # punctuation cannot break the FTS query
        (EventFilter(limit=1), ["ACCUSE"]),
    ],
)
def test_filters(store, where, types):
    assert [r["type"] for r in store.events(where)] == types


def test_full_text_search_of_articles(store):
    found = store.search_articles("havana monday")
    assert [(a["document"], a["article"]) for a in found] == [("doc-1", 0)]
    assert store.search_articles("caracas") == []


def test_actor_aliases_and_role_spans(store):
    aliases = store.db.execute("SELECT alias FROM actor_aliases ORDER BY alias").fetchall()
    assert [row[0] for row in aliases] == ["Diaz-Canel", "Patrushev"]
    span = store.db.execute(
        "SELECT first_seen, last_seen FROM actor_role_spans WHERE role = 'President'"
    ).fetchone()
    assert tuple(span) == ("2024-02-28", "2024-02-28")


def test_failures_land_in_errors_once(store):
    failure = Failure(stage="read", source="bad.gz", reason="BadGzipFile: not a gzip file")
    store.write_failure(failure)
    store.write_failure(failure)
    rows = store.errors()
    assert [(r["stage"], r["source"], r["reason"]) for r in rows] == [
        ("read", "bad.gz", "BadGzipFile: not a gzip file")
    ]
    assert rows[0]["time"]


def test_read_only_store_reads_but_cannot_write(store, db):
    with Store(db, read_only=True) as reader:
        assert len(reader.events()) == 2
        with pytest.raises(sqlite3.OperationalError):
            reader.write_failure(Failure("read", "x", "y"))


def test_read_only_store_never_creates_a_file(tmp_path):
    with pytest.raises(StoreError):
        Store(tmp_path / "missing.db", read_only=True)
    assert not (tmp_path / "missing.db").exists()


def test_a_file_that_is_no_database_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("not sqlite")
    for read_only in (False, True):
        with pytest.raises(StoreError):
            Store(path, read_only=read_only)
    assert path.read_text() == "not sqlite"


def test_an_empty_sqlite_file_is_no_communique_database(tmp_path):
    path = tmp_path / "empty.db"
    sqlite3.connect(path).close()
    with pytest.raises(StoreError, match="no communique database"):
        Store(path, read_only=True)
