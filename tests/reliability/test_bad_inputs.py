"""Every bad input of a crawl is recorded with a one-line reason, every good one is stored,
and the run goes on: the whole generated set through `communique ingest`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from communique.store import Store
from tests.reliability.bad_inputs import write_inputs

MAIN = "from communique.cli import app; app()"


def communique(*args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", MAIN, *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=600)


def named(sources: list[str], folder: Path, name: str) -> bool:
    """Whether a stored or failed source is the input `name` ("x.warc#": any of its records)."""
    full = str(folder / name)
    return any(s == full or (name.endswith("#") and s.startswith(full)) for s in sources)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    folder = tmp_path_factory.mktemp("inputs")
    expected = write_inputs(folder)
    db = folder.parent / "inputs.db"
    result = communique("ingest", str(folder), "--db", str(db), "--workers", "1")
    return folder, expected, db, result


def test_the_run_goes_on_and_says_some_input_failed(ingested):
    *_, result = ingested
    assert result.returncode == 1, result.stderr


def test_every_good_input_is_stored(ingested):
    folder, expected, db, _ = ingested
    with Store(db, read_only=True) as store:
        stored = [row[0] for row in store.db.execute("SELECT source FROM documents")]
    missing = [name for name in expected["good"] if not named(stored, folder, name)]
    assert not missing


def test_every_bad_input_is_recorded_with_a_one_line_reason(ingested):
    folder, expected, db, _ = ingested
    with Store(db, read_only=True) as store:
        errors = store.errors()
    missing = [
        name for name in expected["bad"] if not named([e["source"] for e in errors], folder, name)
    ]
    assert not missing
    assert all(error["reason"] and "\n" not in error["reason"] for error in errors)


def test_nothing_is_both_stored_and_failed(ingested):
    folder, expected, db, _ = ingested
    with Store(db, read_only=True) as store:
        stored = {row[0] for row in store.db.execute("SELECT source FROM documents")}
        failed = {error["source"] for error in store.errors()}
    assert not stored & failed


def test_errors_lists_them_as_json_lines(ingested):
    _, expected, db, _ = ingested
    result = communique("errors", "--db", str(db), "--format", "jsonl")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 0
    assert len(rows) >= len(expected["bad"])
    assert set(rows[0]) == {"stage", "source", "reason", "time"}
