"""Response shapes, so the OpenAPI description tells clients what each endpoint returns.

The event record is DESIGN.md's; the other shapes mirror `store.queries`. Models allow
extra fields so a column added to the store shows up in the API without breaking it.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class EventActor(Open):
    actor_id: str
    name: str
    country: str | None
    sector: str | None
    text: str
    start: int
    end: int


class Location(Open):
    place: str | None
    country: str | None
    lat: float | None
    lon: float | None


class DocumentRef(Open):
    id: str
    url: str | None
    article: int
    title: str | None
    published: str | None


class Evidence(Open):
    sentence: str
    start: int
    end: int


class EventRecord(Open):
    event_id: str
    type: str
    mode: str | None
    cameo: str | None
    source: EventActor
    target: EventActor | None
    date: str | None
    date_precision: str | None
    date_text: str | None
    location: Location | None
    document: DocumentRef
    evidence: Evidence
    negated: bool
    hypothetical: bool
    confidence: float
    coder: str


class EventsPage(BaseModel):
    total: int
    limit: int
    offset: int
    events: list[EventRecord]


class EventDetail(BaseModel):
    event: EventRecord
    article_id: str
    asserted: bool
    trigger_span: list[int] | None


class Period(BaseModel):
    period: str
    type: str
    events: int


class ActorSummary(Open):
    actor_id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    events: int


class ActorsPage(BaseModel):
    total: int
    limit: int
    offset: int
    actors: list[ActorSummary]


class Role(BaseModel):
    role: str
    first_seen: str | None
    last_seen: str | None
    articles: int


class Counterpart(Open):
    actor_id: str
    name: str
    country: str | None
    sector: str | None
    events: int
    as_source: int
    as_target: int
    types: list[str]


class ActorDetail(BaseModel):
    actor: dict[str, Any]
    aliases: list[str]
    roles: list[Role]
    counterparts: list[Counterpart]
    timeline: list[Period]


class Segment(BaseModel):
    start: int
    end: int
    text: str
    events: list[str]


class ArticleDetail(BaseModel):
    article: dict[str, Any]
    events: list[dict[str, Any]]
    segments: list[Segment]


class StoriesPage(BaseModel):
    total: int
    limit: int
    offset: int
    stories: list[dict[str, Any]]
