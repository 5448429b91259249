"""A generator of the inputs crawls really contain: good pages and every kind of bad one.

`write_inputs(folder)` writes them and returns what ingest must do with each: store it
(`GOOD`), or record it in the errors table (`BAD`). All texts are written here, by us.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
from pathlib import Path

GOOD_TEXT = (
    "Foreign Minister Anna Lindqvist met her Norwegian counterpart Per Olsen in Oslo on "
    "Tuesday to discuss fisheries.\n\nThe two ministers agreed to meet again in the spring."
)
GOOD_HTML = (
    "<!doctype html><html><head><title>Talks in Accra</title></head><body><article>"
    "<h1>Talks in Accra</h1><p>President Kwame Mensah hosted Prime Minister Lars Henriksen"
    " in Accra on Monday. The two leaders discussed trade and climate finance.</p>"
    "</article></body></html>"
)


def gzip_bytes(data: bytes) -> bytes:
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as out:
        out.write(data)
    return buffer.getvalue()


def uuid_of(text: str) -> str:
    digest = hashlib.sha1(text.encode()).hexdigest()
    return f"{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}"


def warc_record(uri: str, html: str) -> bytes:
    payload = f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}"
    body = payload.encode("utf-8")
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {uri}\r\nWARC-Date: 2024-03-05T10:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{uuid_of(uri)}>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("ascii") + body + b"\r\n\r\n"


def deep_html(levels: int) -> str:
    return "<html><body>" + "<div>" * levels + "deep" + "</div>" * levels + "</body></html>"


def jsonl_lines() -> tuple[str, list[str], list[str]]:
    """(content, good line sources, bad line sources) of a JSON Lines file with bad lines."""
    lines = [
        json.dumps({"id": "ok-1", "published": "2024-03-05", "text": GOOD_TEXT}),
        json.dumps({"id": "no-text", "title": "A record without text"}),
        json.dumps({"id": "wrong-type", "text": 12345}),
        json.dumps({"id": ["a", "list"], "text": "An id that is a list."}),
        "[1, 2, 3]",
        '{"id": "broken", "text": "unterminated',
        json.dumps({"id": "ok-2", "text": GOOD_TEXT.replace("Oslo", "Bergen")}),
    ]
    good = [1, 7]
    return "\n".join(lines) + "\n", [f"#{n}" for n in good], [f"#{n}" for n in (2, 3, 4, 5, 6)]


def write_inputs(folder: Path, *, big_line_mb: int = 50) -> dict[str, list[str]]:
    """Write the inputs into `folder`; return the sources ingest must store and must record.

    JSON Lines records are named "file#line" and WARC records "file#record-id", as the reader
    names them ("good.warc#" stands for any record of that file).
    """
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, bytes] = {
        # good, if awkward
        "good.txt": GOOD_TEXT.encode("utf-8"),
        "good.html": GOOD_HTML.encode("utf-8"),
        "good.txt.gz": gzip_bytes(GOOD_TEXT.replace("Tuesday", "Friday").encode("utf-8")),
        "invalid-utf8.txt": GOOD_TEXT.replace("Oslo", "Troms\xf8").encode("latin-1")
        + b"\n\nStray bytes \xff\xfe here.",
        "mixed-encoding.txt": "Café talks in Zürich — ".encode()
        + "résumé".encode("cp1252")
        + b"\n\n"
        + GOOD_TEXT.replace("Oslo", "Stavanger").encode("utf-8"),
        "good.warc": warc_record(
            "https://news.example/kumasi", GOOD_HTML.replace("Accra", "Kumasi")
        ),
        # bad
        "empty.txt": b"",
        "blank.txt": b" \n\n \t \n",
        "binary.txt": bytes(range(256)) * 64,
        "truncated.txt.gz": gzip_bytes(GOOD_TEXT.encode("utf-8") * 50)[:120],
        "truncated.warc.gz": gzip_bytes(warc_record("https://news.example/cut", GOOD_HTML))[:150],
        "deep.html": deep_html(100_000).encode("ascii"),
        "no-sentences.txt": b"12 34 56\n\n-- ** --\n\n78 90",
        "one-line.txt": b"word " * (big_line_mb * 2**20 // 5),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    content, good_lines, bad_lines = jsonl_lines()
    (folder / "records.jsonl").write_text(content, encoding="utf-8")
    good = ["good.txt", "good.html", "good.txt.gz", "invalid-utf8.txt", "mixed-encoding.txt"]
    good += ["good.warc#"] + [f"records.jsonl{line}" for line in good_lines]
    bad = ["empty.txt", "blank.txt", "binary.txt", "truncated.txt.gz", "truncated.warc.gz"]
    bad += ["deep.html", "no-sentences.txt", "one-line.txt"]
    bad += [f"records.jsonl{line}" for line in bad_lines]
    return {"good": good, "bad": bad}
