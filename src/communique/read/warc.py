"""WARC and WARC.gz files (Common Crawl, wget, browsertrix) to Documents, one record at a time.

warcio parses the records; this module decides what each becomes:
- a `response` (or `resource`) record of an HTML page with a 2xx status: an HTML Document,
  named "path#<WARC-Record-ID>", its url from WARC-Target-URI;
- a `conversion` record of plain text (Common Crawl's WET files): a text Document;
- anything else (requests, metadata, images, redirects): a counted `Skipped`;
- a record warcio cannot parse, or whose digest does not match its bytes: a `Failure`, after
  which reading resumes at the next record start, so one broken record loses only itself.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from communique.model import Document, Failure, Skipped, content_hash
from communique.read.decode import decode_bytes

WARC_MAGIC = b"WARC/"
GZIP_MEMBER = b"\x1f\x8b\x08"  # each record of a .warc.gz is its own gzip member
HTML_TYPES = ("text/html", "application/xhtml+xml")
PAGE_RECORDS = ("response", "resource")
PARSE_ERRORS = (ArchiveLoadFailed, zlib.error, EOFError, ValueError, OSError)
SEARCH_CHUNK = 1 << 20

Item = Document | Failure | Skipped


def is_warc(data: bytes) -> bool:
    return data.startswith(WARC_MAGIC)


def mime_and_charset(content_type: str | None) -> tuple[str, str | None]:
    """ "text/html; charset=ISO-8859-1" -> ("text/html", "ISO-8859-1")."""
    mime, _, params = (content_type or "").partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return mime.strip().lower(), charset


def record_source(path: str, record: Any) -> str:
    return f"{path}#{record_id(record)}"


def record_id(record: Any) -> str:
    return (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")


def skip_reason(record: Any) -> str | None:
    """Why a record is no page to read (None: read it)."""
    if record.rec_type == "conversion":
        mime, _ = mime_and_charset(record.rec_headers.get_header("Content-Type"))
        return None if mime == "text/plain" else "warc conversion not text"
    if record.rec_type not in PAGE_RECORDS:
        return f"warc {record.rec_type} record"
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return "warc http status not 2xx"
    mime, _ = mime_and_charset(content_type(record))
    return None if mime in HTML_TYPES else "warc not html"


def content_type(record: Any) -> str | None:
    """The page's type: from the HTTP headers of a response, else the WARC header."""
    if record.http_headers is not None:
        return record.http_headers.get_header("Content-Type")
    return record.rec_headers.get_header("Content-Type")


def digest_problem(record: Any) -> str | None:
    checker = getattr(record, "digest_checker", None)
    if checker is None or checker.passed is not False:
        return None
    return "; ".join(checker.problems) or "digest mismatch"


def record_document(record: Any, path: str, payload: bytes) -> Document:
    """The Document of a page record whose payload has been read."""
    _, charset = mime_and_charset(content_type(record))
    text = decode_bytes(payload, declared=charset)
    is_text = record.rec_type == "conversion"
    return Document(
        source=record_source(path, record),
        format="warc",
        content_hash=content_hash(text),
        text=text if is_text else None,
        html=None if is_text else text,
        record_id=record_id(record),
        url=record.rec_headers.get_header("WARC-Target-URI"),
    )


def record_item(record: Any, path: str) -> Item:
    """What one record becomes; its payload is read (and its digests checked) first."""
    source = record_source(path, record)
    reason = skip_reason(record)
    payload = record.content_stream().read()
    problem = digest_problem(record)
    if problem:
        return Failure(stage="read", source=source, reason=f"broken WARC record: {problem}")
    if reason:
        return Skipped(source=source, reason=reason)
    if not payload.strip():
        return Skipped(source=source, reason="warc empty payload")
    return record_document(record, path, payload)


def next_record_start(stream: IO[bytes], after: int, compressed: bool) -> int | None:
    """Offset of the next record start past `after`: a gzip member, or a "WARC/" line."""
    marker = GZIP_MEMBER if compressed else b"\n" + WARC_MAGIC
    position = after + 1
    while True:
        stream.seek(position)
        chunk = stream.read(SEARCH_CHUNK + len(marker))
        if len(chunk) < len(marker):
            return None
        found = chunk.find(marker)
        if found >= 0:
            return position + found + (0 if compressed else 1)
        position += SEARCH_CHUNK


def warc_records(stream: IO[bytes], path: str) -> Iterator[Item]:
    """Every record of a seekable WARC stream as an item; broken ones are skipped over."""
    compressed = stream.read(len(GZIP_MEMBER)) == GZIP_MEMBER
    start: int | None = 0
    while start is not None:
        stream.seek(start)
        records = ArchiveIterator(stream, check_digests=True)
        try:
            for record in records:
                yield record_item(record, path)
            return
        except PARSE_ERRORS as error:
            failed_at = records.offset
            reason = f"broken WARC record at byte {failed_at}: {one_line(error)}"
            yield Failure(stage="read", source=f"{path}@{failed_at}", reason=reason)
            start = next_record_start(stream, max(failed_at, start), compressed)


NOT_PLAIN = re.compile(r"[^\x20-\x7e]+")


def one_line(error: BaseException) -> str:
    """The error on one short ASCII line: warcio quotes the broken bytes it found."""
    text = NOT_PLAIN.sub("?", f"{type(error).__name__}: {error}".strip())
    return text[:120]


def warc_documents(path: str, source: str | None = None) -> Iterator[Item]:
    """The items of the WARC file at `path`; a file that cannot be opened is one Failure."""
    try:
        stream = open(path, "rb")  # noqa: SIM115 - held open across the generator's yields
    except OSError as error:
        yield Failure(stage="read", source=source or path, reason=one_line(error))
        return
    with stream:
        found = 0
        for item in warc_records(stream, source or path):
            found += 1
            yield item
    if not found:  # warcio ends quietly on a file cut inside its first gzip member
        yield Failure(stage="read", source=source or path, reason="no complete WARC record")
