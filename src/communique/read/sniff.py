"""Which reader a path or a stream needs: by extension, else by looking at the text."""

from __future__ import annotations

import json
import re

EXTENSIONS = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
HTML_TAGS = re.compile(r"<(?:p|div|article|body|title|meta)\b[^>]*>", re.I)


def format_from_name(name: str) -> str | None:
    """The format an extension promises (".gz" removed first), or None to sniff."""
    lowered = name.lower().removesuffix(".gz")
    for extension, kind in EXTENSIONS.items():
        if lowered.endswith(extension):
            return kind
    if lowered.endswith((".warc", ".arc")):
        return "warc"
    return None


def first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


def is_json_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def sniff_format(text: str) -> str:
    """html, jsonl or txt, judged from the start of the text."""
    head = text[:4096]
    if HTML_START.match(head) or len(HTML_TAGS.findall(head)) >= 3:
        return "html"
    line = first_line(head if "\n" in head else text)
    if line.startswith("{") and is_json_object(line):
        return "jsonl"
    return "txt"
