"""WARC input: a file built here with HTML, non-HTML and broken records, plain and gzipped."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from communique import ingest
from communique.model import Document, Failure, Skipped
from communique.pipeline import RunStats, run_steps
from communique.read import read_inputs

STORY = "The council met on Tuesday and agreed to extend the ceasefire by two weeks."
LATIN = "Le président a rencontré le ministre à Genève pour parler du cessez-le-feu."
WET_TEXT = "Border talks resumed in Valeport on Monday after a pause of three months."


class WarcBuilder:
    """Writes records with warcio and remembers where each starts, to break some later."""

    def __init__(self, compressed: bool) -> None:
        self.buffer = io.BytesIO()
        self.writer = WARCWriter(self.buffer, gzip=compressed)
        self.starts: dict[str, int] = {}

    def response(self, url: str, body: bytes, content_type: str, status: str = "200 OK") -> None:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = self.writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=headers
        )
        self.write(url, record)

    def record(self, url: str, kind: str, body: bytes, content_type: str) -> None:
        record = self.writer.create_warc_record(
            url, kind, payload=io.BytesIO(body), warc_content_type=content_type
        )
        self.write(url, record)

    def write(self, url: str, record) -> None:
        self.starts[url] = self.buffer.tell()
        self.writer.write_record(record)


def page(text: str) -> str:
    head = "<html><head><title>Talks</title></head>"
    return f"{head}<body><article><p>{text}</p></article></body></html>"


def build_warc(compressed: bool) -> bytes:
    """warcinfo, a request, two good HTML pages (UTF-8 and a Latin-1 one declared only in the
    HTTP header), an image, a 404, a WET text record, then a record with a corrupt header and
    one whose bytes no longer match its digest, with a good page after each."""
    warc = WarcBuilder(compressed)
    warc.record("", "warcinfo", b"software: test\r\n", "application/warc-fields")
    warc.record("http://news.example/a", "request", b"GET /a HTTP/1.1\r\n\r\n", "application/http")
    warc.response("http://news.example/a", page(STORY).encode(), "text/html; charset=utf-8")
    warc.response(
        "http://news.example/fr", page(LATIN).encode("latin-1"), "text/html; charset=ISO-8859-1"
    )
    warc.response("http://news.example/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png")
    warc.response(
        "http://news.example/gone", b"<html>not here</html>", "text/html", "404 Not Found"
    )
    warc.record("http://news.example/wet", "conversion", WET_TEXT.encode(), "text/plain")
    warc.response("http://news.example/broken-header", page(STORY).encode(), "text/html")
    warc.response("http://news.example/b", page(STORY + " Again.").encode(), "text/html")
    warc.response("http://news.example/bad-digest", page("Original words.").encode(), "text/html")
    warc.response("http://news.example/c", page(STORY + " Once more.").encode(), "text/html")
    data = bytearray(warc.buffer.getvalue())
    broken = warc.starts["http://news.example/broken-header"]
    data[broken : broken + 8] = b"GARBAGE!"  # neither a WARC line nor a gzip member any more
    altered = warc.starts["http://news.example/bad-digest"]
    if compressed:  # flip bytes inside the record's gzip member
        middle = (altered + warc.starts["http://news.example/c"]) // 2
        data[middle : middle + 4] = bytes(255 - byte for byte in data[middle : middle + 4])
    else:
        at = data.index(b"Original words.", altered)
        data[at : at + 8] = b"Altered!"  # same length: only the digest can tell
    return bytes(data)


def items_of(path: Path) -> list[Document | Failure | Skipped]:
    return list(read_inputs([str(path)]))


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_good_records_kept_bad_ones_reported(tmp_path: Path, name: str) -> None:
    compressed = name.endswith(".gz")
    path = tmp_path / name
    path.write_bytes(build_warc(compressed))
    items = items_of(path)
    documents = [item for item in items if isinstance(item, Document)]
    assert [doc.url for doc in documents] == [
        "http://news.example/a",
        "http://news.example/fr",
        "http://news.example/wet",
        "http://news.example/b",
        "http://news.example/c",
    ]
    skipped = sorted(item.reason for item in items if isinstance(item, Skipped))
    assert skipped == [
        "warc http status not 2xx",
        "warc not html",
        "warc request record",
        "warc warcinfo record",
    ]
    failures = [item for item in items if isinstance(item, Failure)]
    assert len(failures) == 2  # each broken record once, and reading went on after it
    assert all(f.reason.startswith("broken WARC record") for f in failures)
    assert all(f.stage == "read" and f.source.startswith(str(path)) for f in failures)


def test_changed_bytes_are_caught_by_the_digest(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(build_warc(compressed=False))
    reasons = [item.reason for item in items_of(path) if isinstance(item, Failure)]
    assert any("digest" in reason for reason in reasons)


def test_html_record_becomes_a_named_document(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(build_warc(compressed=True))
    first, french, wet = [item for item in items_of(path) if isinstance(item, Document)][:3]
    assert first.format == "warc" and first.html and STORY in first.html and first.text is None
    assert first.record_id.startswith("urn:uuid:")
    assert first.source == f"{path}#{first.record_id}"
    assert LATIN in french.html  # decoded by the header's charset, not mangled
    assert wet.text == WET_TEXT and wet.html is None


def test_warc_from_standard_input_and_by_content(monkeypatch, tmp_path: Path) -> None:
    data = gzip.compress(build_warc(compressed=False))
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    from_stdin = [item for item in read_inputs(["-"]) if isinstance(item, Document)]
    unnamed = tmp_path / "crawl.dat"
    unnamed.write_bytes(data)
    from_file = [item for item in items_of(unnamed) if isinstance(item, Document)]
    assert len(from_stdin) == len(from_file) == 5


def test_skipped_records_are_counted_by_reason(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(build_warc(compressed=False))
    stats = RunStats()
    passed = list(run_steps(read_inputs([str(path)]), [ingest.skip_stored(None)], stats))
    assert not any(isinstance(item, Skipped) for item in passed)
    assert stats.counts["skipped.warc not html"] == 1
    assert stats.counts["skipped.warc request record"] == 1
    assert stats.counts["documents"] == 5 and stats.counts["failed.read"] == 2


def test_missing_warc_is_one_failure(tmp_path: Path) -> None:
    [failure] = items_of(tmp_path / "absent.warc.gz")
    assert isinstance(failure, Failure) and failure.stage == "read"
