"""The records that flow through the pipeline (DESIGN.md, "Data model").

Plain dataclasses, no behaviour beyond ids and serialisation. Every id is a hash of what
identifies the thing, so the same input gives the same ids on every run and machine.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

CODER_VERSION = "communique 0.1.0"


def stable_id(*parts: object, length: int = 16) -> str:
    """A short hex id from the parts' text; identical parts give identical ids everywhere."""
    joined = "\x1f".join("" if part is None else str(part) for part in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


def content_hash(data: str | bytes) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()


@dataclass
class Document:
    """One input item: a file, a JSON Lines record, a WARC record or standard input."""

    source: str  # path, "path#line" for a JSON Lines record, or "<stdin>"
    format: str  # txt | html | jsonl
    content_hash: str
    text: str | None = None
    html: str | None = None
    record_id: str | None = None  # the input record's own id (JSON Lines `id`)
    url: str | None = None
    published: str | None = None  # given by the input (JSON Lines `published`)
    title: str | None = None

    @property
    def doc_id(self) -> str:
        return stable_id("doc", self.content_hash)

    @property
    def name(self) -> str:
        """How exports name the document: the record's own id, else its source."""
        return self.record_id or self.source


@dataclass
class Article:
    """One news story cut from a document. `text` is clean: paragraphs joined by blank lines."""

    doc_id: str
    document: str  # Document.name
    index: int
    text: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    published_from: str | None = None  # input | label | text | html-meta
    url: str | None = None
    language: str = "en"
    boilerplate: list[str] = field(default_factory=list)
    dateline: str | None = None  # place named in a dateline ("ISLAMABAD (Reuters) -")
    # The date of the page an undated article was cut from: the base for its relative dates.
    page_date: str | None = None

    @property
    def reference_date(self) -> str | None:
        """What "on Monday" counts back from: the article's date, else its page's."""
        return self.published or self.page_date
    # The article id of an earlier near-duplicate (the same wire story elsewhere), and the
    # estimated share of word 5-grams they have in common; see dedup.py.
    duplicate_of: str | None = None
    duplicate_similarity: float | None = None

    @property
    def article_id(self) -> str:
        return stable_id("article", self.doc_id, self.index)

    def to_record(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "article": self.index,
            "title": self.title,
            "published": self.published,
            "text": self.text,
        }


@dataclass
class Mention:
    """A span of an article's text naming an actor, place or date."""

    start: int
    end: int
    text: str
    kind: str  # actor | place | date


@dataclass
class Actor:
    """A resolved person, organisation, group or state."""

    name: str
    kind: str  # person | org | state | group | igo
    country: str | None = None  # ISO 3166 alpha-3, or "IGO"
    sector: str | None = None  # GOV, MIL, COP, LEG, JUD, PTY, REB, OPP, CVL, BUS, MED, NGO, IGO
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)

    @property
    def actor_id(self) -> str:
        return stable_id("actor", self.kind, self.country, self.name.casefold())


@dataclass
class EventActor:
    """An actor as it takes part in one event: the resolved actor and the span that named it."""

    actor: Actor
    text: str
    start: int
    end: int

    def to_record(self) -> dict[str, Any]:
        return {
            "actor_id": self.actor.actor_id,
            "name": self.actor.name,
            "country": self.actor.country,
            "sector": self.actor.sector,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


@dataclass
class Place:
    place: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    # How the event got this place: "stated" in its clause, "implied" by the act (where an
    # attack landed), else a fallback that says nothing about the event itself: the
    # "episode" the article last placed, the "dateline", the actor's "home", the "story"'s.
    basis: str | None = None


@dataclass
class Event:
    type: str
    mode: str | None
    source: EventActor
    target: EventActor | None
    sentence: str
    sentence_start: int
    sentence_end: int
    trigger: str  # the words that stated the event ("held talks")
    rule: str  # the pattern that produced it, shown by `communique explain`
    cameo: str | None = None
    date: str | None = None
    date_precision: str | None = None  # day | month | year
    date_text: str | None = None
    # How the event got its date: "stated" in its clause, the "episode" the article last
    # dated, or the day it was "published" (a fallback: the act may be days older).
    date_basis: str | None = None
    location: Place | None = None
    negated: bool = False
    hypothetical: bool = False
    planned: bool = False
    confidence: float = 0.5
    coder: str = CODER_VERSION
    # Reports of this occurrence in its article: the coder keeps the first and counts repeats.
    mentions: int = 1

    @property
    def asserted(self) -> bool:
        return not (self.negated or self.hypothetical or self.planned)

    def event_id(self, article_id: str) -> str:
        target = self.target.start if self.target else None
        return stable_id(
            "event", article_id, self.type, self.source.start, target, self.sentence_start
        )


@dataclass
class ArticleResult:
    """What coding one article produced: the article, its actors and its events."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


def event_record(event: Event, article: Article) -> dict[str, Any]:
    """The event record of DESIGN.md, the stable shape every export and scorer reads."""
    return {
        "event_id": event.event_id(article.article_id),
        "type": event.type,
        "mode": event.mode,
        "cameo": event.cameo,
        "source": event.source.to_record(),
        "target": event.target.to_record() if event.target else None,
        "date": event.date,
        "date_precision": event.date_precision,
        "date_text": event.date_text,
        "date_basis": event.date_basis,
        "location": asdict(event.location) if event.location else None,
        "document": {
            "id": article.document,
            "url": article.url,
            "article": article.index,
            "title": article.title,
            "published": article.published,
        },
        "evidence": {
            "sentence": event.sentence,
            "start": event.sentence_start,
            "end": event.sentence_end,
        },
        "negated": event.negated,
        "hypothetical": event.hypothetical,
        "planned": event.planned,
        "confidence": round(event.confidence, 3),
        "trigger": event.trigger,
        "rule": event.rule,
        "coder": event.coder,
        "mentions": event.mentions,
    }


@dataclass
class Skipped:
    """An input item left out on purpose (a WARC request record, an image): counted by its
    reason in the run's statistics, not an error."""

    source: str
    reason: str  # a short, fixed phrase, so counts group ("warc not html")


@dataclass
class Failure:
    """An input item that could not be processed: it flows on to the errors table."""

    stage: str  # read | clean | code | write
    source: str
    reason: str  # one line
