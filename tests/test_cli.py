"""The command line, through typer's CliRunner, with hand-built stand-ins for the reader,
cleaner and coder (no files parsed, no spaCy loaded)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from communique import ingest
from communique.cli import app
from communique.model import ArticleResult, Failure
from communique.store import EventFilter, Store
from tests.store import helpers

runner = CliRunner(env={"COLUMNS": "200"})


def fake_read(paths):
    """"bad*" paths fail to read; any other path is one document named after it."""
    for path in paths:
        if path.startswith("bad"):
            yield Failure(stage="read", source=path, reason="OSError: unreadable")
        else:
            yield helpers.document(helpers.TEXT + f" ({path})", record_id=path)


def fake_code(article):
    if "crash" in article.document:
        raise ValueError("coder crashed")
    return ArticleResult(article, actors=[helpers.DIAZ_CANEL], events=helpers.events(article.text))


@pytest.fixture(autouse=True)
def stand_ins(monkeypatch):
    monkeypatch.setattr(ingest, "read_inputs", fake_read)
    monkeypatch.setattr(
        ingest, "clean_document", lambda doc: [helpers.article(doc, 0, doc.text)]
    )
    monkeypatch.setattr(ingest, "code_article", fake_code)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "events.db"
    result = runner.invoke(app, ["ingest", "one", "two", "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path


def test_ingest_writes_and_summarises(db):
    with Store(db, read_only=True) as store:
        assert store.counts()["documents"] == 2
        assert len(store.events()) == 4  # two asserted events per document


def test_ingest_summary_on_stderr(tmp_path):
    result = runner.invoke(app, ["ingest", "one", "--db", str(tmp_path / "x.db")])
    assert result.stdout == ""
    assert "documents 1 read, 0 skipped, 0 failed · articles 1 · events 3" in result.stderr
    assert "articles/s" in result.stderr


def test_ingest_twice_adds_nothing(db):
    with Store(db, read_only=True) as store:
        before = store.counts()
    again = runner.invoke(app, ["ingest", "one", "two", "--db", str(db)])
    assert again.exit_code == 0
    assert "documents 0 read, 2 skipped" in again.stderr
    with Store(db, read_only=True) as store:
        assert store.counts() == before


def test_failed_inputs_exit_1_and_land_in_errors(db):
    result = runner.invoke(app, ["ingest", "bad.gz", "crash.txt", "three", "--db", str(db)])
    assert result.exit_code == 1
    assert "2 failed" in result.stderr
    with Store(db, read_only=True) as store:
        errors = {(e["stage"], e["source"]) for e in store.errors()}
        assert errors == {("read", "bad.gz"), ("code", "crash.txt.txt")}
        assert store.counts()["documents"] == 3  # "three" went in all the same
    shown = runner.invoke(app, ["errors", "--db", str(db)])
    assert "bad.gz" in shown.stdout and "coder crashed" in shown.stdout


def test_extract_prints_asserted_event_records():
    result = runner.invoke(app, ["extract", "one"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["type"] for r in records] == ["CONSULT", "ACCUSE"]
    assert records[0]["document"]["id"] == "one"
    assert result.exit_code == 0


def test_extract_keeps_unasserted_when_asked():
    result = runner.invoke(app, ["extract", "one", "--keep-unasserted"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["planned"] for r in records] == [False, False, True]


def test_extract_warns_of_failures_on_stderr():
    result = runner.invoke(app, ["extract", "bad.txt", "one"])
    assert result.exit_code == 1
    assert "bad.txt" in result.stderr
    assert len(result.stdout.splitlines()) == 2


def test_articles_prints_cleaned_articles():
    result = runner.invoke(app, ["articles", "one", "two"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["document"], r["article"]) for r in records] == [("one", 0), ("two", 0)]
    assert set(records[0]) == {"document", "article", "title", "published", "text"}


def test_events_table(db):
    result = runner.invoke(app, ["events", "--db", str(db)])
    assert result.exit_code == 0
    assert "Miguel Diaz-Canel (CUB/GOV)" in result.stdout
    assert "4 events" in result.stdout


def test_events_filters_as_jsonl(db):
    args = ["events", "--db", str(db), "--format", "jsonl", "--type", "accuse"]
    records = [json.loads(line) for line in runner.invoke(app, args).stdout.splitlines()]
    assert [r["type"] for r in records] == ["ACCUSE", "ACCUSE"]
    args = ["events", "--db", str(db), "--format", "jsonl", "--query", "Havana", "--limit", "1"]
    assert len(runner.invoke(app, args).stdout.splitlines()) == 1


def test_events_of_a_missing_database_is_an_error(tmp_path):
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert "no database" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_export_jsonl_is_the_stored_records(db):
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "jsonl"])
    with Store(db, read_only=True) as store:
        expected = store.events()
    assert [json.loads(line) for line in result.stdout.splitlines()] == expected


def test_export_csv_to_a_file_with_filters(db, tmp_path):
    out = tmp_path / "events.csv"
    args = ["export", "--db", str(db), "--format", "csv", "--output", str(out),
            "--country", "UKR", "--include-unasserted"]  # fmt: skip
    result = runner.invoke(app, args)
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert {row["target_name"] for row in rows} == {"Ukraine"}
    assert "2 events written" in result.stderr


def test_export_rejects_unknown_formats(db):
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "xml"])
    assert result.exit_code == 2


def test_explain_shows_evidence_trigger_rule_confidence(db):
    with Store(db, read_only=True) as store:
        event_id = store.events(EventFilter(type="CONSULT"))[0]["event_id"]
    result = runner.invoke(app, ["explain", event_id, "--db", str(db)])
    assert result.exit_code == 0
    for expected in ("Cuban President Miguel Diaz-Canel met", "svo:meet", "0.82", "Monday"):
        assert expected in result.stdout
    missing = runner.invoke(app, ["explain", "0000", "--db", str(db)])
    assert missing.exit_code == 2


def gold_file(tmp_path):
    record = {
        "id": "g1", "url": None, "published": "2024-02-28", "title": None,
        "text": helpers.TEXT,
        "events": [{"type": "CONSULT", "mode": "meeting",
                    "source": {"name": "Nikolai Patrushev", "country": "RUS", "sector": "GOV"},
                    "target": {"name": "Miguel Diaz-Canel", "country": "CUB", "sector": "GOV"},
                    "date": "2024-02-26", "location": {"place": "Havana", "country": "CUB"},
                    "evidence": "Cuban President Miguel Diaz-Canel met Nikolai Patrushev."}],
        "actors": [],
    }  # fmt: skip
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n")
    return path


def test_eval_scores_the_pipeline_on_gold_text(tmp_path):
    predictions = tmp_path / "pred.jsonl"
    args = ["eval", str(gold_file(tmp_path)), "--json", "--predictions", str(predictions),
            "--show-errors", "5"]  # fmt: skip
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (report["gold"], report["pred"], report["matched"]) == (1, 2, 1)
    assert report["date_acc"] == 1.0
    assert [e["kind"] for e in report["errors"]] == ["FALSE"]
    written = [json.loads(line) for line in predictions.read_text().splitlines()]
    assert {r["document"]["id"] for r in written} == {"g1"}


def test_eval_prints_a_table_and_the_figures(tmp_path):
    result = runner.invoke(app, ["eval", str(gold_file(tmp_path)), "--show-errors", "1"])
    assert "CONSULT" in result.stdout
    assert "FALSE | g1 | ACCUSE" in result.stdout
    assert "f1=0.667" in result.stdout


def test_ingest_refuses_a_file_that_is_no_database(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("my notes")
    result = runner.invoke(app, ["ingest", "one", "--db", str(path)])
    assert result.exit_code == 2
    assert path.read_text() == "my notes"
