"""JSON Lines records (`id`, `url`, `published`, `title`, and `text` or `html`) to Documents."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from communique.model import Document, Failure, content_hash

OPTIONAL_TEXT_FIELDS = ("url", "published", "title")


def check_types(record: dict[str, Any]) -> None:
    """Raise ValueError naming the first field whose type is wrong."""
    if record.get("id") is not None and not isinstance(record["id"], str | int):
        raise ValueError("field 'id' must be a string or an integer")
    for name in (*OPTIONAL_TEXT_FIELDS, "text", "html"):
        if record.get(name) is not None and not isinstance(record[name], str):
            raise ValueError(f"field {name!r} must be a string")
    if not (record.get("text") or "").strip() and not (record.get("html") or "").strip():
        raise ValueError("record has no 'text' or 'html'")


def record_document(record: Any, source: str) -> Document:
    if not isinstance(record, dict):
        raise ValueError(f"line is a JSON {type(record).__name__}, not an object")
    check_types(record)
    text, html = record.get("text"), record.get("html")
    if text and text.strip():
        html = None  # one content per record: text wins, as the cleaner would use it
    else:
        text = None
    published, title = record.get("published"), record.get("title")
    # Identical records (same content, date and title) must hash alike so stores dedupe them.
    digest = content_hash(json.dumps([text, html, published, title], ensure_ascii=False))
    record_id = record.get("id")
    return Document(
        source=source,
        format="jsonl",
        content_hash=digest,
        text=text,
        html=html,
        record_id=None if record_id is None else str(record_id),
        url=record.get("url"),
        published=published,
        title=title,
    )


def jsonl_documents(text: str, source: str) -> Iterator[Document | Failure]:
    """One Document per line; a bad line becomes a Failure for that line only."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        line_source = f"{source}#{number}"
        try:
            yield record_document(json.loads(line), line_source)
        except ValueError as error:  # JSONDecodeError is a ValueError
            reason = str(error).splitlines()[0] if str(error) else type(error).__name__
            yield Failure(stage="read", source=line_source, reason=reason[:300])
