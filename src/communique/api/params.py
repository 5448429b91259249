"""Query parameters shared by the endpoints, validated before any SQL sees them.

Every text parameter has a length bound and, where its shape is known, a pattern, so an
over-long or malformed value is refused with a 422 and a message instead of reaching SQLite.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query

from communique.store import EventFilter

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
HEX_ID = r"^[0-9a-f]{16}$"
MAX_PAGE = 500
MAX_OFFSET = 10_000_000

EventId = Annotated[str, Path(pattern=HEX_ID, description="A 16-digit hex event id.")]
ActorId = Annotated[str, Path(pattern=HEX_ID, description="A 16-digit hex actor id.")]
ArticleId = Annotated[str, Path(pattern=HEX_ID, description="A 16-digit hex article id.")]
StoryId = Annotated[str, Path(pattern=HEX_ID, description="A 16-digit hex story id.")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="Page size.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip.")]
Country = Annotated[
    str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO 3166 alpha-3 code.")
]


def event_filter(
    type: Annotated[
        str | None, Query(pattern=r"^[A-Za-z_]{1,32}$", description="PLOVER type.")
    ] = None,
    actor: Annotated[
        str | None, Query(min_length=1, max_length=100, description="Part of an actor name.")
    ] = None,
    country: Country = None,
    since: Annotated[str | None, Query(pattern=DATE, description="YYYY[-MM[-DD]]")] = None,
    until: Annotated[str | None, Query(pattern=DATE, description="YYYY[-MM[-DD]]")] = None,
    q: Annotated[
        str | None,
        Query(min_length=1, max_length=200, description="Words the evidence must hold."),
    ] = None,
    include_unasserted: Annotated[
        bool, Query(description="Also negated, hypothetical and planned events.")
    ] = False,
) -> EventFilter:
    """The filter of the events, timeline and export endpoints (the CLI's, by other names)."""
    return EventFilter(
        type=type, actor=actor, country=country, since=since, until=until,
        query=q, include_unasserted=include_unasserted,
    )  # fmt: skip
