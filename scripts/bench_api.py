"""Benchmark the API and the exports on a synthetic database of hand-made events.

    .venv/bin/python scripts/bench_api.py [--documents 2000] [--requests 200]

Builds a database of N copies of the test fixture's page (3 events each, 2 asserted),
serves it with uvicorn on 127.0.0.1 and a free port, and prints requests per second for
a few endpoints (sequential, one client) and the time of each export format.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.* fixtures

from tests.api import live  # noqa: E402
from tests.store import helpers  # noqa: E402

from communique.store import EventFilter, Store  # noqa: E402
from communique.store.exports import FORMATS, export_events  # noqa: E402

ENDPOINTS = [
    "/api/events?limit=50",
    "/api/events?type=ACCUSE&since=2024-02&limit=50&offset=500",
    "/api/events?q=shelling%20plant&limit=50",
    "/api/timeline",
    "/api/stats",
]


def build(path: Path, documents: int) -> None:
    with Store(path) as store:
        for n in range(documents):
            doc = helpers.document(helpers.TEXT + f" ({n})", record_id=f"doc-{n}")
            store.write_document(doc, [helpers.result(doc, text=doc.text)])


def rate(base: str, path: str, requests: int) -> float:
    started = time.perf_counter()
    for _ in range(requests):
        with urllib.request.urlopen(base + path, timeout=30) as response:
            response.read()
    return requests / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        build(db, args.documents)
        with Store(db, read_only=True) as store:
            events = len(store.events())
            print(f"database: {args.documents} documents, {events} asserted events")
            for format_ in FORMATS:
                started = time.perf_counter()
                export_events(store, EventFilter(), format_, io.BytesIO())
                print(f"export {format_:8} {time.perf_counter() - started:6.2f} s")
        with live.serving(db) as base:
            for path in ENDPOINTS:
                print(f"{rate(base, path, args.requests):7.1f} req/s  GET {path}")


if __name__ == "__main__":
    main()
