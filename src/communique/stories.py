"""Stories: the events of different articles that report one happening, grouped.

GDELT counts every report of a kidnapping as a kidnapping; a story counts the happening
once and keeps every report as evidence. Two events are joined only when everything
known about them agrees, and every join records why:

- the same PLOVER type (and, for CONSULT, not a phone call beside a meeting);
- the same resolved actors on each side: the same actor id, the same person or body
  under a longer or shorter name of the same country ("Raul Castro" / "Raul Castro Ruz"),
  or a state and a government or military actor of that state ("Rwanda" / its minister);
- dates that agree within their precision: their spans overlap ("2024-02" holds
  "2024-02-26"; an undated event, or one dated only by its article's publication day,
  spans the week before that day);
- places that do not conflict: no two countries, no two cities far apart. Only places the
  reports state (or the act implies) can conflict: a dateline says where a story was
  filed, not where its events happened.

A story is complete-linkage: an event joins only if it agrees with every member, so no
chain of near matches ever puts two contradicting dates or places in one story; two
events of one article never share a story (the coder already merged what it repeats).
Grouping is a plain function of a set of events, independent of their order.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from urllib.parse import urlsplit

from communique import geo
from communique.model import stable_id

SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}  # joint acts: actor order carries no meaning
# CONSULT modes by manner: a phone call and a meeting of the same pair are two happenings.
CONSULT_MANNER = {"phone": "remote", "meeting": "in person", "visit": "in person",
                  "host": "in person", "summon": "in person"}  # fmt: skip
ACTING_FOR_STATE = {"GOV", "MIL"}
# Words that only say which of a country's institutions is meant: "Myanmar's army" and
# "Myanmar's military", "Niger's military junta" and "Niger coup leaders" are one actor.
GENERIC_WORDS = {
    "MIL": {"army", "military", "armed", "forces", "troops", "soldiers", "junta", "coup",
            "leaders", "generals"},
    "GOV": {"government", "authorities", "officials", "administration", "leaders",
            "leadership", "regime"},
    "COP": {"police", "officers", "security", "forces"},
}  # fmt: skip  # sectors whose acts a report may give to the state itself
UNDATED_DAYS = 7  # an event reported without a date happened in the week before publication
# Places an event has from its own report; the others are the article's fallbacks.
TOLD_PLACES = {"stated", "implied", None}  # None: stored before the basis was recorded
FAR_KM = 100  # two cities further apart than this are two places
# The most precisely dated event anchors a story; a day known only as the publication day
# stands for the week before it.
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


@dataclass(frozen=True)
class Side:
    """An event's source or target as grouping sees it."""

    actor_id: str
    name: str
    kind: str | None = None  # person | org | state | group | igo
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True)
class StoryEvent:
    """What grouping needs of one stored event, its article and its site."""

    event_id: str
    article_id: str
    site: str  # the URL's host, else the input document: what counts as a source
    type: str
    source: Side
    target: Side | None = None
    mode: str | None = None
    date: str | None = None
    date_precision: str | None = None
    date_basis: str | None = None  # stated | episode | published (see model.Event)
    published: str | None = None
    place: str | None = None
    place_country: str | None = None
    lat: float | None = None
    lon: float | None = None
    place_basis: str | None = None  # stated | implied | episode | dateline | home | story
    mentions: int = 1


@dataclass
class Story:
    """A happening: its anchor (the most precisely dated event) and every member, each with
    the reasons it was joined to the anchor (none for the anchor itself)."""

    anchor: StoryEvent
    members: list[tuple[StoryEvent, list[str]]] = field(default_factory=list)
    # Kept as members join, so that checking a newcomer costs one pass over what the
    # members say, not over the members: their articles, and one member per report.
    articles: set[str] = field(default_factory=set)
    reports: dict[StoryEvent, StoryEvent] = field(default_factory=dict)

    def __post_init__(self) -> None:
        members, self.members = self.members, []
        for event, reasons in members:
            self.add(event, reasons)

    def add(self, event: StoryEvent, reasons: list[str]) -> None:
        self.members.append((event, reasons))
        self.articles.add(event.article_id)
        self.reports.setdefault(_report(event), event)

    @property
    def story_id(self) -> str:
        return stable_id("story", self.anchor.event_id)

    @property
    def events(self) -> list[StoryEvent]:
        return [event for event, _ in self.members]

    def summary(self) -> dict[str, object]:
        """The story's counts: GDELT's NumMentions, NumArticles and NumSources."""
        events = self.events
        published = [e.published for e in events if e.published]
        span = common_span(events)
        return {
            "story_id": self.story_id,
            "type": self.anchor.type,
            "actors": actor_names(events),
            "events": len(events),
            "mentions": sum(e.mentions for e in events),
            "articles": len({e.article_id for e in events}),
            "sources": len({e.site for e in events}),
            "first_reported": min(published) if published else None,
            "date_lo": span[0] if span else None,
            "date_hi": span[1] if span else None,
        }


def site_of(url: str | None, document: str) -> str:
    """Where a report comes from: the URL's host, else the input document."""
    host = urlsplit(url).netloc.lower() if url else ""
    return host.removeprefix("www.") or document


def actor_names(events: list[StoryEvent]) -> list[str]:
    names: list[str] = []
    for event in events:
        for side in (event.source, event.target):
            if side is not None and side.name not in names:
                names.append(side.name)
    return names


# -- dates -------------------------------------------------------------------------------


def date_span(event: StoryEvent) -> tuple[str, str] | None:
    """The first and last day the event may have happened on, as ISO dates; None when
    neither the event nor its article is dated. Reported acts precede their report, so a
    span never runs past the publication day."""
    if event.date and not _dated_by_publication(event):
        first, last = _precision_span(event.date)
    elif event.published:
        last = event.published
        first = (date.fromisoformat(last) - timedelta(days=UNDATED_DAYS)).isoformat()
    else:
        return None
    if event.published and first <= event.published < last:
        last = event.published
    return first, last


def _dated_by_publication(event: StoryEvent) -> bool:
    return event.date_basis == "published" and event.date == event.published


def _precision_span(when: str) -> tuple[str, str]:
    if len(when) == 4:
        return f"{when}-01-01", f"{when}-12-31"
    if len(when) == 7:
        year, month = int(when[:4]), int(when[5:7])
        following = date(year + month // 12, month % 12 + 1, 1)
        return f"{when}-01", (following - timedelta(days=1)).isoformat()
    return when, when


def common_span(events: list[StoryEvent]) -> tuple[str, str] | None:
    """The days every event's span holds (non-empty inside a story: spans meet pairwise)."""
    spans = [span for span in map(date_span, events) if span]
    if not spans:
        return None
    return max(first for first, _ in spans), min(last for _, last in spans)


def dates_agree(a: StoryEvent, b: StoryEvent) -> str | None:
    """Why the two dates agree, or None when they contradict or cannot be told."""
    span_a, span_b = date_span(a), date_span(b)
    if span_a is None or span_b is None:
        return None
    if span_a[0] > span_b[1] or span_b[0] > span_a[1]:
        return None
    return f"dates agree: {_date_words(a)} and {_date_words(b)}"


def _date_words(event: StoryEvent) -> str:
    if event.date and _dated_by_publication(event):
        return f"dated by its article, published {event.published}"
    if event.date:
        return f"{event.date} ({event.date_precision or 'day'})"
    return f"undated, published {event.published}"


# -- places ------------------------------------------------------------------------------


def places_agree(a: StoryEvent, b: StoryEvent) -> str | None:
    """Why the places do not conflict, or None when they are two countries or two cities
    far apart. A place missing on either side, or only the article's (its dateline, the
    place it last named), conflicts with nothing."""
    if not (a.place and b.place):
        return "no place to compare"
    if not (_told_place(a) and _told_place(b)):
        fallback = a if not _told_place(a) else b
        return f"no conflict: {fallback.place} is only the article's place ({fallback.place_basis})"
    if a.place_country and b.place_country and a.place_country != b.place_country:
        return None
    distance = _city_distance_km(a, b)
    if distance is not None and distance > FAR_KM:
        return None
    return f"places agree: {a.place} and {b.place}"


def _told_place(event: StoryEvent) -> bool:
    return event.place_basis in TOLD_PLACES


def _city_distance_km(a: StoryEvent, b: StoryEvent) -> float | None:
    """Kilometres between two cities with coordinates; None when either place is a country
    (its coordinates are a centre, not where anything happened) or has none."""
    if None in (a.lat, a.lon, b.lat, b.lon) or _is_country(a) or _is_country(b):
        return None
    return _haversine_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]


def _is_country(event: StoryEvent) -> bool:
    """Whether the event's coordinates are its country's centre, not a city's."""
    name = geo.country_name(event.place_country) if event.place_country else None
    centre = geo.place_country(name) if name else None
    return centre is not None and (centre.lat, centre.lon) == (event.lat, event.lon)


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


# -- actors ------------------------------------------------------------------------------


def same_actor(a: Side | None, b: Side | None) -> str | None:
    """Why two sides are the same actor, or None when they may not be."""
    if a is None or b is None:
        return "no target on either side" if a is b else None
    if a.actor_id == b.actor_id:
        return f"same actor: {a.name}"
    if not a.country or a.country != b.country or a.country == "IGO":
        return None
    if _state_and_its_agent(a, b) or _state_and_its_agent(b, a):
        return f"{a.name} and {b.name}: a state and its government ({a.country})"
    if a.kind == b.kind and _names_compatible(a, b):
        return f"{a.name} and {b.name}: one name within the other ({a.country})"
    if _same_institution(a, b):
        return f"{a.name} and {b.name}: the country's {a.sector} body, generically named"
    return None


def _same_institution(a: Side, b: Side) -> bool:
    """Two bodies (no person, no state) of one country and sector, each named only by the
    sector's generic words."""
    if {a.kind, b.kind} & {"person", "state"} or a.sector != b.sector:
        return False
    generic = GENERIC_WORDS.get(a.sector or "", set())
    names = [set(_name_words(side)) - {"the"} for side in (a, b)]
    return all(words and words <= generic for words in names)


def _state_and_its_agent(state: Side, agent: Side) -> bool:
    return state.kind == "state" and agent.kind != "state" and agent.sector in ACTING_FOR_STATE


def _names_compatible(a: Side, b: Side) -> bool:
    """Equal names once the actor's own country is dropped ("Myanmar's military" /
    "military"), or a name of two words or more found, in order, inside the other
    ("Raul Castro" / "Raul Castro Ruz"). A lone surname or noun is too common to join on."""
    short, long = sorted((_name_words(a), _name_words(b)), key=len)
    if short == long:
        return bool(short)
    return len(short) >= 2 and _in_order(short, long)


def _name_words(side: Side) -> list[str]:
    words = [word.removesuffix("'s").removesuffix("’s") for word in side.name.casefold().split()]
    return [word for word in words if geo.country_code(word) != side.country]


def _in_order(short: list[str], long: list[str]) -> bool:
    remaining = iter(long)
    return all(word in remaining for word in short)


def actors_agree(a: StoryEvent, b: StoryEvent) -> list[str] | None:
    """Why each side of `a` is the same actor as that of `b` (either way round for joint
    acts), or None."""
    orders = [(b.source, b.target)]
    if a.type in SYMMETRIC:
        orders.append((b.target, b.source))
    for source, target in orders:
        reasons = [same_actor(a.source, source), same_actor(a.target, target)]
        if None not in reasons:
            return reasons  # type: ignore[return-value]
    return None


# -- joining -----------------------------------------------------------------------------


def modes_agree(a: StoryEvent, b: StoryEvent) -> bool:
    return manners_agree(a.type, a.mode, b.mode)


def manners_agree(plover_type: str, mode_a: str | None, mode_b: str | None) -> bool:
    """Whether two modes of one type may name one happening: not a call and a meeting."""
    if plover_type != "CONSULT":
        return True
    manners = {CONSULT_MANNER.get(mode_a or ""), CONSULT_MANNER.get(mode_b or "")} - {None}
    return len(manners) <= 1


def join_reasons(a: StoryEvent, b: StoryEvent) -> list[str] | None:
    """Why `a` and `b` report one happening, or None when anything tells them apart."""
    if a.article_id == b.article_id:
        return None
    return report_reasons(a, b)


def report_reasons(a: StoryEvent, b: StoryEvent) -> list[str] | None:
    """`join_reasons` but for the article: what the two reports say agrees."""
    if a.type != b.type or not modes_agree(a, b):
        return None
    actors = actors_agree(a, b)
    when = dates_agree(a, b)
    where = places_agree(a, b)
    if actors is None or when is None or where is None:
        return None
    return [f"same type: {a.type}", *actors, when, where]


def lookup_key(event: StoryEvent) -> str:
    """What every event an event may join shares with it: its type and, per side, the
    actor's country (a state, its ministers and its army share it), else the actor's id.
    The store finds candidates by this key and a date window, never by a scan."""
    sides = [_side_key(event.source), _side_key(event.target)]
    if event.type in SYMMETRIC:
        sides.sort()
    return "|".join([event.type, *sides])


def _side_key(side: Side | None) -> str:
    if side is None:
        return "-"
    return side.country if side.country and side.country != "IGO" else side.actor_id


def canonical_order(event: StoryEvent) -> tuple[int, str, str]:
    """Precisely dated events first, so they anchor stories and vaguer reports join them;
    then the first reported, so a story keeps its anchor, and its id, as reports come in."""
    precision = "week" if _dated_by_publication(event) else event.date_precision or ""
    return PRECISION_RANK.get(precision, 4), event.published or "~", event.event_id


def group(events: list[StoryEvent]) -> list[Story]:
    """The stories of a set of events: each event, in canonical order, joins the largest
    story every member of which it agrees with, else starts one. The same set gives the
    same stories whatever order it came in."""
    stories: list[Story] = []
    for event in sorted(events, key=canonical_order):
        joined = [(story, reasons) for story in stories if (reasons := fits(event, story))]
        if joined:
            story, reasons = max(joined, key=lambda pair: len(pair[0].members))
            story.add(event, reasons)
        else:
            stories.append(Story(event, [(event, [])]))
    return stories


def fits(event: StoryEvent, story: Story) -> list[str] | None:
    """Why the event joins the story (its agreement with the anchor), or None when it
    disagrees with any member. Members that report alike are checked once: a story told by
    a thousand copies of one wire report costs one check, not a thousand."""
    if event.article_id in story.articles:
        return None
    if any(report_reasons(event, member) is None for member in story.reports.values()):
        return None
    return join_reasons(event, story.anchor)


def _report(event: StoryEvent) -> StoryEvent:
    """What an event says, without where it was said."""
    return replace(event, event_id="", article_id="", site="", published=None, mentions=1)
