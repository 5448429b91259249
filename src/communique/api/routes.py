"""The API's endpoints: thin functions over `store.queries`, one read-only connection each."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response

from communique.api import models
from communique.api.params import (
    ActorId,
    ArticleId,
    Country,
    EventId,
    Limit,
    Offset,
    StoryId,
    event_filter,
)
from communique.store import EventFilter, Store, StoreError, queries
from communique.store.exports import FORMATS, export_events

router = APIRouter(prefix="/api")

MEDIA_TYPES = {
    "jsonl": ("application/x-ndjson", "jsonl"),
    "csv": ("text/csv; charset=utf-8", "csv"),
    "parquet": ("application/vnd.apache.parquet", "parquet"),
    "gdelt": ("text/tab-separated-values; charset=utf-8", "tsv"),
}


def db_path(request: Request) -> Path:
    return request.app.state.db_path


@contextmanager
def reading(path: Path) -> Iterator[Store]:
    """A read-only connection, opened and closed inside the endpoint's own thread:
    sqlite3 connections must stay in the thread that made them, and FastAPI may run a
    dependency's setup and teardown in different threads."""
    try:
        store = Store(path, read_only=True)
    except StoreError as error:
        raise HTTPException(503, f"database unavailable: {error}") from error
    with store:
        yield store


Db = Annotated[Path, Depends(db_path)]
Filter = Annotated[EventFilter, Depends(event_filter)]


def found(value: Any, what: str) -> Any:
    if value is None:
        raise HTTPException(404, f"no such {what}")
    return value


@router.get("/events", response_model=models.EventsPage, tags=["events"])
def list_events(db: Db, where: Filter, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Events matching the filters, in date order, one page at a time."""
    with reading(db) as store:
        total = queries.count_events(store.db, where)
        where.limit = limit
        events = queries.events_page(store.db, where, offset=offset)
    return {"total": total, "limit": limit, "offset": offset, "events": events}


@router.get("/events/{event_id}", response_model=models.EventDetail, tags=["events"])
def get_event(db: Db, event_id: EventId) -> dict[str, Any]:
    """One event with its evidence: the sentence, its offsets and the trigger's span."""
    with reading(db) as store:
        return found(queries.event_detail(store.db, event_id), "event")


@router.get("/timeline", response_model=list[models.Period], tags=["events"])
def get_timeline(db: Db, where: Filter) -> list[dict[str, Any]]:
    """Events per month and type for the same filters as /api/events."""
    with reading(db) as store:
        return queries.timeline(store.db, where)


@router.get("/actors", response_model=models.ActorsPage, tags=["actors"])
def list_actors(
    db: Db,
    name: Annotated[str | None, Query(min_length=1, max_length=100)] = None,
    country: Country = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Actors by part of a name or alias and by country, the most active first."""
    with reading(db) as store:
        total, actors = queries.actors_page(
            store.db, name=name, country=country, limit=limit, offset=offset
        )
    return {"total": total, "limit": limit, "offset": offset, "actors": actors}


@router.get("/actors/{actor_id}", response_model=models.ActorDetail, tags=["actors"])
def get_actor(db: Db, actor_id: ActorId) -> dict[str, Any]:
    """An actor: aliases, roles over time, counterparts and events by month."""
    with reading(db) as store:
        return found(queries.actor_detail(store.db, actor_id), "actor")


@router.get("/stories", response_model=models.StoriesPage, tags=["stories"])
def list_stories(
    db: Db,
    min_articles: Annotated[int, Query(ge=1, le=10_000)] = 1,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Stories (events from several articles that report one happening), most widely
    reported first."""
    with reading(db) as store:
        total, stories = queries.stories_page(
            store.db, min_articles=min_articles, limit=limit, offset=offset
        )
    return {"total": total, "limit": limit, "offset": offset, "stories": stories}


@router.get("/stories/{story_id}", tags=["stories"])
def get_story(db: Db, story_id: StoryId) -> dict[str, Any]:
    """A story with its events as records, each with why it was joined to the story."""
    with reading(db) as store:
        return found(queries.story_detail(store.db, story_id), "story")


@router.get("/articles/{article_id}", response_model=models.ArticleDetail, tags=["articles"])
def get_article(db: Db, article_id: ArticleId) -> dict[str, Any]:
    """An article's text, its events, and the text cut into segments marking each evidence."""
    with reading(db) as store:
        return found(queries.article_detail(store.db, article_id), "article")


@router.get("/stats", tags=["corpus"])
def get_stats(db: Db) -> dict[str, Any]:
    """Counts, events by type and source country, and the range of event dates."""
    with reading(db) as store:
        return queries.statistics(store.db)


@router.get("/export", tags=["export"], response_class=Response)
def export(
    db: Db,
    where: Filter,
    format: Annotated[str, Query(pattern="^(" + "|".join(FORMATS) + ")$")] = "jsonl",
) -> Response:
    """The filtered events as a file: JSON Lines, CSV, Parquet or GDELT 2.0 event TSV."""
    out = io.BytesIO()
    with reading(db) as store:
        export_events(store, where, format, out)
    media_type, suffix = MEDIA_TYPES[format]
    disposition = f'attachment; filename="events.{suffix}"'
    return Response(
        out.getvalue(), media_type=media_type, headers={"Content-Disposition": disposition}
    )
