"""Parquet export: the event record, nested, reads back as the same rows."""

from __future__ import annotations

import io

import pyarrow.parquet as pq
import pytest

from communique.store import EventFilter, Store
from communique.store.exports import export_events, write_parquet
from tests.store import helpers


@pytest.fixture
def store(tmp_path):
    doc = helpers.document()
    with Store(tmp_path / "events.db") as store:
        store.write_document(doc, [helpers.result(doc)])
        yield store


def test_parquet_reads_back_the_same_rows(store):
    records = store.events(EventFilter(include_unasserted=True))
    out = io.BytesIO()
    assert write_parquet(records, out) == 3
    table = pq.read_table(io.BytesIO(out.getvalue()))
    assert table.to_pylist() == records


def test_parquet_keeps_cameo_codes_as_strings(store):
    out = io.BytesIO()
    export_events(store, EventFilter(), "parquet", out)
    table = pq.read_table(io.BytesIO(out.getvalue()))
    assert str(table.schema.field("cameo").type) == "string"
    assert sorted(table.column("cameo").to_pylist()) == ["040", "112"]


def test_parquet_follows_the_filter(store):
    out = io.BytesIO()
    assert export_events(store, EventFilter(type="ACCUSE"), "parquet", out) == 1
    rows = pq.read_table(io.BytesIO(out.getvalue())).to_pylist()
    assert [row["target"]["name"] for row in rows] == ["Ukraine"]


def test_parquet_of_nothing_is_a_valid_empty_file(store):
    out = io.BytesIO()
    assert export_events(store, EventFilter(type="PROTEST"), "parquet", out) == 0
    assert pq.read_table(io.BytesIO(out.getvalue())).num_rows == 0
