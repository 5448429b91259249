"""Kill `communique ingest` (SIGKILL) part-way, several times, rerun it each time, and find
the database a clean run makes: the same event ids and the same counts."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from communique.bench import write_corpus

ARTICLES = 12
MAIN = "from communique.cli import app; app()"


def ingest_process(corpus: Path, db: Path, workers: int = 1) -> subprocess.Popen:
    command = [sys.executable, "-c", MAIN, "ingest", str(corpus), "--db", str(db)]
    return subprocess.Popen(
        [*command, "--workers", str(workers)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def stored_documents(db: Path) -> int:
    """Documents committed so far, read while the ingest writes (WAL allows it)."""
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as connection:
            return connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.Error:  # the schema is not there yet
        return 0


def stop_after(
    corpus: Path, db: Path, documents: int, how: int = signal.SIGKILL, workers: int = 1
) -> subprocess.Popen:
    """Start an ingest and send it `how` once `documents` documents are stored."""
    process = ingest_process(corpus, db, workers)
    deadline = time.monotonic() + 300
    while stored_documents(db) < documents and process.poll() is None:
        assert time.monotonic() < deadline, "the ingest made no progress"
        time.sleep(0.02)
    process.send_signal(how)
    process.wait(timeout=300)
    return process


def snapshot(db: Path) -> dict:
    """What must match: every id and every count (times of day aside)."""
    with sqlite3.connect(db) as connection:
        query = connection.execute
        tables = ("documents", "articles", "actors", "events", "errors")
        return {
            "counts": {
                table: query(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in tables
            },
            "documents": sorted(row[0] for row in query("SELECT doc_id FROM documents")),
            "articles": sorted(row[0] for row in query("SELECT article_id FROM articles")),
            "events": sorted(row[0] for row in query("SELECT event_id FROM events")),
            "records": sorted(row[0] for row in query("SELECT record FROM events")),
            "fts": query("SELECT COUNT(*) FROM events_fts").fetchone()[0],
        }


def test_killed_ingests_rerun_to_the_clean_database(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", ARTICLES)
    clean = tmp_path / "clean.db"
    assert ingest_process(corpus, clean).wait() == 0
    expected = snapshot(clean)
    assert expected["counts"]["documents"] == ARTICLES and expected["events"]

    points = random.Random().sample(range(1, ARTICLES - 3), 3)
    for documents in points:
        db = tmp_path / f"killed-at-{documents}.db"
        stop_after(corpus, db, documents)
        assert documents <= stored_documents(db) < ARTICLES, f"kill point {documents}"
        assert ingest_process(corpus, db).wait() == 0
        assert snapshot(db) == expected, f"killed after {documents} documents"


def test_ctrl_c_stops_in_order_and_a_rerun_finishes(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", ARTICLES)
    clean = tmp_path / "clean.db"
    assert ingest_process(corpus, clean, workers=2).wait() == 0
    db = tmp_path / "interrupted.db"
    process = stop_after(corpus, db, 3, how=signal.SIGINT, workers=2)
    assert process.returncode == 130
    assert "interrupted" in process.stderr.read() and stored_documents(db) < ARTICLES
    assert ingest_process(corpus, db, workers=2).wait() == 0
    assert snapshot(db) == snapshot(clean)
