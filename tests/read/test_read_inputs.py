"""read_inputs: files, folders, gzip, JSON Lines, standard input, encodings, failures."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from communique.model import Document, Failure
from communique.read import read_inputs

STORY = "The council met on Tuesday and agreed to extend the ceasefire by two weeks.\n"


def read_all(*paths: str, **options) -> list[Document | Failure]:
    return list(read_inputs(list(paths), **options))


def test_text_file_becomes_one_document(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(STORY, encoding="utf-8")
    [doc] = read_all(str(page))
    assert isinstance(doc, Document)
    assert (doc.format, doc.text, doc.html, doc.source) == ("txt", STORY, None, str(page))
    assert len(doc.content_hash) == 64


def test_html_file_keeps_markup(tmp_path: Path) -> None:
    page = tmp_path / "page.htm"
    page.write_text(f"<html><body><p>{STORY}</p></body></html>", encoding="utf-8")
    [doc] = read_all(str(page))
    assert doc.format == "html" and doc.text is None and "<p>" in doc.html


def test_gzip_is_transparent_and_hashes_like_the_plain_file(tmp_path: Path) -> None:
    plain, packed = tmp_path / "a.txt", tmp_path / "b.txt.gz"
    plain.write_text(STORY, encoding="utf-8")
    packed.write_bytes(gzip.compress(STORY.encode("utf-8")))
    first, second = read_all(str(plain), str(packed))
    assert second.text == STORY and second.content_hash == first.content_hash


def test_gzipped_jsonl_is_read_as_records(tmp_path: Path) -> None:
    packed = tmp_path / "news.jsonl.gz"
    packed.write_bytes(gzip.compress(json.dumps({"id": "r1", "text": STORY}).encode()))
    [doc] = read_all(str(packed))
    assert doc.record_id == "r1" and doc.source == f"{packed}#1"


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "url": "http://x/a", "published": "2024-01-02", "text": STORY}),
        "{not json",
        json.dumps({"id": "b", "title": 5, "text": STORY}),
        "",
        json.dumps({"id": "c", "html": f"<p>{STORY}</p>", "title": "T"}),
        json.dumps({"id": "d"}),
        json.dumps(["a", "list"]),
    ]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    items = read_all(str(path))
    kinds = [type(item).__name__ for item in items]
    assert kinds == ["Document", "Failure", "Failure", "Document", "Failure", "Failure"]
    good, html = items[0], items[3]
    assert (good.record_id, good.url, good.published, good.source) == (
        "a",
        "http://x/a",
        "2024-01-02",
        f"{path}#1",
    )
    assert html.html and html.text is None and html.source == f"{path}#5"
    assert [item.source for item in items if isinstance(item, Failure)] == [
        f"{path}#2",
        f"{path}#3",
        f"{path}#6",
        f"{path}#7",
    ]
    assert all("\n" not in item.reason for item in items if isinstance(item, Failure))
    assert "title" in items[2].reason and "text" in items[4].reason


def test_identical_records_share_a_hash_and_different_dates_do_not(tmp_path: Path) -> None:
    record = {"id": "a", "published": "2024-01-02", "text": STORY}
    other = dict(record, id="b")
    later = dict(record, id="c", published="2024-01-03")
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in (record, other, later)), encoding="utf-8")
    first, second, third = read_all(str(path))
    assert first.content_hash == second.content_hash != third.content_hash


def test_folder_is_walked_in_sorted_order_with_globs(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text(STORY)
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "sub" / "c.html").write_text(f"<p>{STORY}</p>")
    (tmp_path / "notes.md").write_text(STORY)
    (tmp_path / ".hidden.txt").write_text(STORY)
    names = [Path(doc.source).name for doc in read_all(str(tmp_path))]
    assert names == ["a.txt", "b.txt", "notes.md", "c.html"]
    included = read_all(str(tmp_path), include=["*.txt", "*.html"], exclude=["b.*"])
    assert [Path(doc.source).name for doc in included] == ["a.txt", "c.html"]


def test_bad_inputs_become_failures_and_reading_goes_on(tmp_path: Path) -> None:
    empty, binary, good = tmp_path / "empty.txt", tmp_path / "image.txt", tmp_path / "ok.txt"
    empty.write_bytes(b"  \n")
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    good.write_text(STORY)
    broken_gz = tmp_path / "broken.txt.gz"
    broken_gz.write_bytes(gzip.compress(STORY.encode())[:20])
    items = read_all(
        str(empty), str(binary), str(tmp_path / "missing.txt"), str(broken_gz), str(good)
    )
    assert [type(item).__name__ for item in items] == ["Failure"] * 4 + ["Document"]
    assert items[0].reason == "empty file" and "binary" in items[1].reason
    assert all(item.stage == "read" for item in items[:4])


def test_latin1_page_with_meta_charset(tmp_path: Path) -> None:
    html = '<html><head><meta charset="iso-8859-1"></head><body><p>Canción en Bogotá, señor.</p>'
    page = tmp_path / "page.html"
    page.write_bytes(html.encode("latin-1"))
    [doc] = read_all(str(page))
    assert "Canción en Bogotá, señor." in doc.html


def test_invalid_bytes_do_not_lose_the_rest(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes("Délégation à Genève: ".encode() + b"\xff\xfe bad " + STORY.encode())
    [doc] = read_all(str(page))
    assert doc.text.startswith("Délégation à Genève") and STORY.strip() in doc.text


def test_utf16_with_bom_is_text_not_binary(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(STORY.encode("utf-16"))
    [doc] = read_all(str(page))
    assert doc.text == STORY


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (STORY, "txt"),
        ("<!DOCTYPE html><html><body><p>" + STORY + "</p></body></html>", "html"),
    ],
)
def test_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch, content: str, kind: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(content.encode())))
    [doc] = read_all("-")
    assert doc.format == kind and doc.source == "<stdin>"


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = "\n".join(json.dumps({"id": str(i), "text": STORY}) for i in range(2))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    docs = read_all("-")
    assert [doc.source for doc in docs] == ["<stdin>#1", "<stdin>#2"]


def test_legacy_encoding_without_declaration_is_detected(tmp_path: Path) -> None:
    text = "La délégation française est arrivée à Genève après une longue journée. " * 3
    page = tmp_path / "page.txt"
    page.write_bytes(text.encode("cp1252"))
    [doc] = read_all(str(page))
    assert "délégation française est arrivée à Genève" in doc.text
