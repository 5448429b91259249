"""`communique serve` and `communique export --format parquet|gdelt` on the command line."""

from __future__ import annotations

import io

import pyarrow.parquet as pq
import pytest
import uvicorn
from typer.testing import CliRunner

from communique.cli import app
from tests.api import sample

runner = CliRunner()


@pytest.fixture
def db(tmp_path):
    return sample.build(tmp_path / "events.db")


def test_serve_defaults_to_localhost_8000(db, monkeypatch):
    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda api, **options: calls.append((api, options)))
    result = runner.invoke(app, ["serve", "--db", str(db)])
    assert result.exit_code == 0, result.output
    [(api, options)] = calls
    assert (options["host"], options["port"]) == ("127.0.0.1", 8000)
    assert api.state.db_path == db
    assert "http://127.0.0.1:8000/" in result.stderr


def test_serve_takes_host_and_port(db, monkeypatch):
    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda api, **options: calls.append(options))
    args = ["serve", "--db", str(db), "--host", "0.0.0.0", "--port", "9001"]
    assert runner.invoke(app, args).exit_code == 0
    assert (calls[0]["host"], calls[0]["port"]) == ("0.0.0.0", 9001)


def test_serve_refuses_a_missing_database_or_a_bad_port(tmp_path):
    missing = runner.invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2
    assert "no database" in missing.stderr
    assert not (tmp_path / "none.db").exists()
    bad_port = runner.invoke(app, ["serve", "--db", str(tmp_path / "x.db"), "--port", "70000"])
    assert bad_port.exit_code == 2


def test_export_parquet_to_a_file(db, tmp_path):
    out = tmp_path / "events.parquet"
    args = ["export", "--db", str(db), "--format", "parquet", "--output", str(out)]
    result = runner.invoke(app, [*args, "--type", "ACCUSE"])
    assert result.exit_code == 0, result.output
    assert pq.read_table(out).column("type").to_pylist() == ["ACCUSE", "ACCUSE"]


def test_export_parquet_and_gdelt_to_stdout(db):
    parquet = runner.invoke(app, ["export", "--db", str(db), "--format", "parquet"])
    assert pq.read_table(io.BytesIO(parquet.stdout_bytes)).num_rows == 4
    gdelt = runner.invoke(app, ["export", "--db", str(db), "--format", "gdelt", "--limit", "1"])
    lines = gdelt.stdout.splitlines()
    assert len(lines) == 2 and len(lines[1].split("\t")) == 61
