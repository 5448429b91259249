"""Exports: JSON Lines is the event record itself; CSV is the same record flattened."""

from __future__ import annotations

import csv
import io
import json

from communique.model import event_record
from communique.store.exports import CSV_COLUMNS, flatten, write_csv, write_jsonl
from tests.store import helpers


def records() -> list[dict]:
    doc = helpers.document()
    article = helpers.article(doc)
    return [event_record(event, article) for event in helpers.events()]


def test_jsonl_round_trip_is_exact():
    out = io.StringIO()
    assert write_jsonl(records(), out) == 3
    assert [json.loads(line) for line in out.getvalue().splitlines()] == records()


def test_jsonl_keeps_non_ascii_text():
    record = records()[0]
    record["evidence"]["sentence"] = "Díaz-Canel met Pátrushev."
    out = io.StringIO()
    write_jsonl([record], out)
    assert "Díaz-Canel" in out.getvalue()


def test_csv_round_trip_gives_the_flattened_record():
    out = io.StringIO()
    assert write_csv(records(), out) == 3
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == CSV_COLUMNS
    as_text = [{k: "" if v is None else str(v) for k, v in flatten(r).items()} for r in records()]
    assert rows == as_text


def test_flatten_names_the_parts():
    row = flatten(records()[0])
    assert row["source_name"] == "Miguel Diaz-Canel"
    assert row["target_country"] == "RUS"
    assert row["place"] == "Havana"
    assert row["document_id"] == "doc-1"
    assert row["evidence"].startswith("Cuban President")


def test_flatten_an_event_without_target_or_place():
    record = records()[1]
    record["target"] = None
    row = flatten(record)
    assert row["target_name"] is None and row["place"] is None
