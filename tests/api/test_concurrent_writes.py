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
