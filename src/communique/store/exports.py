"""Exports of event records: JSON Lines (the record itself) and CSV (the record flattened).

Both read the event record of model.event_record, so an export says exactly what the
database holds, and outside scorers (shared/eval/score.py) read the JSON Lines as is.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

CSV_COLUMNS = [
    "event_id", "type", "mode", "cameo",
    "source_name", "source_country", "source_sector",
    "target_name", "target_country", "target_sector",
    "date", "date_precision", "place", "place_country",
    "document_id", "article", "title", "published",
    "evidence", "confidence",
]  # fmt: skip


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """One record per line, non-ASCII kept as is; returns how many were written."""
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow(flatten(record))
        count += 1
    return count


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """The CSV row of an event record: nested parts become prefixed columns."""
    source = record.get("source") or {}
    target = record.get("target") or {}
    location = record.get("location") or {}
    document = record.get("document") or {}
    evidence = record.get("evidence") or {}
    return {
        "event_id": record["event_id"],
        "type": record["type"],
        "mode": record.get("mode"),
        "cameo": record.get("cameo"),
        "source_name": source.get("name"),
        "source_country": source.get("country"),
        "source_sector": source.get("sector"),
        "target_name": target.get("name"),
        "target_country": target.get("country"),
        "target_sector": target.get("sector"),
        "date": record.get("date"),
        "date_precision": record.get("date_precision"),
        "place": location.get("place"),
        "place_country": location.get("country"),
        "document_id": document.get("id"),
        "article": document.get("article"),
        "title": document.get("title"),
        "published": document.get("published"),
        "evidence": evidence.get("sentence"),
        "confidence": record.get("confidence"),
    }


EXPORTERS = {"jsonl": write_jsonl, "csv": write_csv}
