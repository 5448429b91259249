"""Readers: paths, folders and standard input to `Document`s (or `Failure`s, never a crash).

`read_inputs` is the pipeline's first step. Each file and each JSON Lines record is read in
its own try, so one bad input becomes a counted Failure and the rest of the run goes on.
"""

from __future__ import annotations

import gzip
import io
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from communique.model import Document, Failure, Skipped, content_hash
from communique.read.decode import decode_bytes, looks_binary
from communique.read.jsonl import jsonl_documents
from communique.read.paths import STDIN, expand_paths
from communique.read.sniff import format_from_name, sniff_format
from communique.read.warc import is_warc, warc_documents, warc_records

__all__ = ["read_inputs", "read_bytes", "documents_from_bytes"]

GZIP_MAGIC = b"\x1f\x8b"


class ReadError(Exception):
    """An input that cannot become a Document; its message is the Failure's reason."""


def read_stdin() -> bytes:
    stream = sys.stdin
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        return buffer.read()
    return stream.read().encode("utf-8", "surrogateescape")


def read_bytes(path: str) -> bytes:
    """The content of a path ("-" is standard input), gunzipped when it is gzip."""
    data = read_stdin() if path == STDIN else Path(path).read_bytes()
    if data.startswith(GZIP_MAGIC):  # by content, so a mis-named .gz still reads
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as error:
            raise ReadError(f"bad gzip data: {error}") from error
    return data


def text_from_bytes(data: bytes) -> str:
    if not data.strip():
        raise ReadError("empty file")
    if looks_binary(data):
        raise ReadError("binary file, not text, HTML or JSON Lines")
    return decode_bytes(data)


def single_document(text: str, source: str, kind: str) -> Document:
    if kind == "html":
        return Document(source=source, format="html", content_hash=content_hash(text), html=text)
    return Document(source=source, format="txt", content_hash=content_hash(text), text=text)


def documents_from_bytes(
    data: bytes, source: str, kind: str | None = None
) -> Iterator[Document | Failure | Skipped]:
    """Documents of one input's bytes; `kind` (txt, html, jsonl) is sniffed when None."""
    if kind in (None, "warc") and is_warc(data):  # stdin, or a WARC by another name
        yield from warc_records(io.BytesIO(data), source)
        return
    text = text_from_bytes(data)
    kind = kind or sniff_format(text)
    if kind == "jsonl":
        yield from jsonl_documents(text, source)
    else:
        yield single_document(text, source, kind)


def read_one(path: str) -> Iterator[Document | Failure | Skipped]:
    source = "<stdin>" if path == STDIN else path
    kind = None if path == STDIN else format_from_name(path)
    yield from documents_from_bytes(read_bytes(path), source, kind)


def read_inputs(
    paths: Iterable[str],
    *,
    include: Sequence[str] | None = None,
    exclude: Sequence[str] | None = None,
) -> Iterator[Document | Failure | Skipped]:
    """Documents from files, folders (walked in sorted order) and "-" (standard input).

    `include` / `exclude` are globs matched against files found in folders (path inside the
    folder, or bare name). A file that cannot be read yields a one-line `Failure`. WARC files
    are streamed record by record (they run to gigabytes), each record failing on its own.
    """
    for path in expand_paths(paths, include, exclude):
        source = "<stdin>" if path == STDIN else path
        if path != STDIN and format_from_name(path) == "warc":
            yield from warc_documents(path)
            continue
        try:
            # Materialise per file so a decoding error cannot surface mid-iteration later.
            items = list(read_one(path))
        except (ReadError, OSError, UnicodeError, LookupError) as error:
            yield Failure(stage="read", source=source, reason=failure_reason(error))
            continue
        yield from items


def failure_reason(error: BaseException) -> str:
    if isinstance(error, ReadError):
        return str(error)
    if isinstance(error, FileNotFoundError):
        return "no such file"
    text = f"{type(error).__name__}: {error}".replace("\n", " ")
    return text[:300]
