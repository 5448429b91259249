"""The server keeps answering, correctly, while another process writes the database (WAL)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.api import live, sample

REPO = Path(__file__).resolve().parents[2]  # the writer imports tests.store.helpers
DOCUMENTS = 40
WRITER = """
import sys
from communique.store import Store
from tests.store import helpers

with Store(sys.argv[1]) as store:
    for n in range(int(sys.argv[2])):
        doc = helpers.document(helpers.TEXT + f" (copy {n})", record_id=f"copy-{n}")
        store.write_document(doc, [helpers.result(doc, text=doc.text)])
"""


def total_events(base: str) -> int:
    with urllib.request.urlopen(f"{base}/api/events?limit=1", timeout=10) as response:
        assert response.status == 200
        return json.load(response)["total"]


def test_reads_during_an_ingest_never_fail(tmp_path):
    db = sample.build(tmp_path / "events.db")
    with live.serving(db) as base:
        start = total_events(base)
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(DOCUMENTS)], cwd=REPO)
        seen, deadline = [start], time.monotonic() + 60
        while writer.poll() is None and time.monotonic() < deadline:
            seen.append(total_events(base))  # raises on any 5xx, "database is locked" included
        assert writer.wait(timeout=60) == 0
        seen.append(total_events(base))
    assert seen == sorted(seen), "a reader saw the database go backwards"
    assert seen[-1] == start + 2 * DOCUMENTS  # two asserted events per written document
    assert len(set(seen)) > 2, "no read fell between two of the writes"


def test_reads_while_the_ingest_command_writes_never_fail(tmp_path):
    """The same, with the real `communique ingest` (reader, cleaner, coder) as the writer."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    hosts = ["Kenya", "Peru", "Chile", "Japan", "Ghana"]
    guests = ["Italy", "Brazil", "Norway", "India"]
    for n, (host, guest) in enumerate((h, g) for h in hosts for g in guests):
        (corpus / f"page-{n:02d}.txt").write_text(
            f"Talks\n\n{host} and {guest} held talks on Monday about trade and fishing rights"
            f" in their waters, and {guest} praised {host} for a visit of {n + 2} days.\n",
            encoding="utf-8",
        )
    db = sample.build(tmp_path / "events.db")
    cli = "from communique.cli import app; app()"
    command = [sys.executable, "-c", cli, "ingest", str(corpus), "--db", str(db)]
    with live.serving(db) as base:
        start = total_events(base)
        writer = subprocess.Popen(command, cwd=REPO, stderr=subprocess.DEVNULL)
        seen, deadline = [start], time.monotonic() + 240
        while writer.poll() is None and time.monotonic() < deadline:
            seen.append(total_events(base))
        assert writer.wait(timeout=240) == 0
        seen.append(total_events(base))
    assert seen == sorted(seen), "a reader saw the database go backwards"
    assert seen[-1] > start, "the ingest stored no event"
