"""Stories in the store: assigned as articles are written, incrementally, by indexed keys."""

from __future__ import annotations

import csv
import io
import json

import pytest

from communique.model import Place
from communique.store import EventFilter, Store
from communique.store import stories as story_tables
from communique.store.exports import export_events
from tests.store import helpers

HAVANA = Place("Havana", "CUB", 23.13, -82.38)


def write_report(
    store: Store,
    name: str,
    *,
    site: str | None = None,
    published: str = "2024-02-28",
    consult_date: str = "2024-02-26",
    place: Place | None = HAVANA,
    mentions: int = 1,
) -> None:
    """One outlet's article on the Havana talks (CONSULT, ACCUSE and a planned visit)."""
    doc = helpers.document(helpers.TEXT + f" ({name})", record_id=name)
    result = helpers.result(doc, text=doc.text)
    result.article.published = published
    result.article.url = f"https://{site}/{name}" if site else None
    consult = result.events[0]
    consult.date, consult.location, consult.mentions = consult_date, place, mentions
    store.write_document(doc, [result])


def story_of(store: Store, type_: str, document: str) -> str | None:
    records = store.events(EventFilter(type=type_, include_unasserted=True))
    return next(r["story_id"] for r in records if r["document"]["id"] == document)


def memberships(store: Store) -> set[tuple[str, tuple[str, ...]]]:
    return {(s["story_id"], tuple(s["event_ids"])) for s in store.stories()}


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "events.db") as store:
        yield store


def test_two_outlets_one_story(store):
    write_report(store, "doc-1", site="www.granma.cu")
    write_report(store, "doc-2", site="tass.com", published="2024-02-27")
    consult = store.story(story_of(store, "CONSULT", "doc-1"))
    assert consult["story_id"] == story_of(store, "CONSULT", "doc-2")
    assert (consult["events"], consult["mentions"], consult["articles"], consult["sources"]) == (
        2, 2, 2, 2,
    )  # fmt: skip
    assert consult["first_reported"] == "2024-02-27"
    assert consult["actors"] == ["Miguel Diaz-Canel", "Nikolai Patrushev"]


def test_every_join_says_why(store):
    write_report(store, "doc-1")
    write_report(store, "doc-2")
    members = store.story(story_of(store, "CONSULT", "doc-1"))["members"]
    assert members[0]["why"] == []  # the anchor
    assert members[1]["why"][:2] == ["same type: CONSULT", "same actor: Miguel Diaz-Canel"]
    assert "places agree: Havana and Havana" in members[1]["why"]


def test_planned_acts_belong_to_no_story(store):
    write_report(store, "doc-1")
    assert story_of(store, "CONSULT", "doc-1") is not None
    planned = [r for r in store.events(EventFilter(include_unasserted=True)) if r["planned"]]
    assert [r["story_id"] for r in planned] == [None]


def test_same_actors_other_day_or_other_country_stay_apart(store):
    write_report(store, "doc-1")
    write_report(store, "doc-2", consult_date="2024-02-20")
    write_report(store, "doc-3", place=Place("Moscow", "RUS", 55.75, 37.62))
    ids = {story_of(store, "CONSULT", name) for name in ("doc-1", "doc-2", "doc-3")}
    assert len(ids) == 3
    assert len({story_of(store, "ACCUSE", name) for name in ("doc-1", "doc-2", "doc-3")}) == 1


def test_a_later_article_joins_the_existing_story(store):
    write_report(store, "doc-1", site="granma.cu")
    first = story_of(store, "CONSULT", "doc-1")
    write_report(store, "doc-2", site="tass.com", published="2024-03-01", mentions=3)
    assert story_of(store, "CONSULT", "doc-2") == first  # the anchor, and so the id, stay
    story = store.story(first)
    assert (story["events"], story["mentions"], story["sources"]) == (2, 4, 2)
    assert len(store.db.execute("SELECT * FROM stories").fetchall()) == 2  # CONSULT, ACCUSE


def test_any_arrival_order_gives_the_same_stories(tmp_path):
    reports = [
        ("doc-1", {}),
        ("doc-2", {"consult_date": "2024-02"}),
        ("doc-3", {"consult_date": "2024-02-20"}),
        ("doc-4", {"place": None, "published": "2024-02-27"}),
    ]
    found = []
    for n, order in enumerate((reports, reports[::-1], reports[1:] + reports[:1])):
        with Store(tmp_path / f"order-{n}.db") as store:
            for name, options in order:
                write_report(store, name, **options)
            found.append(memberships(store))
    assert found[0] == found[1] == found[2]
    assert len(found[0]) == 3  # day 26 (three reports, the month among them), day 20, ACCUSE


def test_writing_a_document_again_changes_nothing(store):
    write_report(store, "doc-1")
    write_report(store, "doc-2")
    before = memberships(store)
    write_report(store, "doc-2")
    assert memberships(store) == before


def test_candidates_come_from_the_index(store):
    plan = store.db.execute(
        "EXPLAIN QUERY PLAN SELECT event_id FROM story_events WHERE lookup = ?"
        " AND date_lo BETWEEN ? AND ? AND date_hi >= ?",
        ("CONSULT|CUB|RUS", "2023-02-26", "2024-02-26", "2024-02-26"),
    ).fetchall()
    assert "USING INDEX story_events_lookup" in " ".join(row[-1] for row in plan)


def test_stories_without_tables_are_empty(tmp_path):
    with Store(tmp_path / "x.db") as store:
        write_report(store, "doc-1")
        store.db.executescript("DROP TABLE story_events; DROP TABLE stories;")
        assert store.stories() == []
        assert {r["story_id"] for r in store.events()} == {None}
        assert story_tables.story(store.db, "nope") is None


# -- exports -----------------------------------------------------------------------------


def export(store: Store, format_: str, **where: object) -> str:
    out = io.BytesIO()
    export_events(store, EventFilter(**where), format_, out)
    return out.getvalue().decode("utf-8")


def test_every_export_names_the_story(store):
    write_report(store, "doc-1")
    write_report(store, "doc-2")
    consult = story_of(store, "CONSULT", "doc-1")
    lines = [json.loads(line) for line in export(store, "jsonl", type="CONSULT").splitlines()]
    assert {line["story_id"] for line in lines} == {consult}
    rows = list(csv.DictReader(io.StringIO(export(store, "csv", type="CONSULT"))))
    assert {row["story_id"] for row in rows} == {consult}


def test_gdelt_counts_come_from_the_story(store):
    write_report(store, "doc-1", site="granma.cu", mentions=2)
    write_report(store, "doc-2", site="granma.cu", published="2024-03-01")
    lines = export(store, "gdelt", type="CONSULT").splitlines()
    header = lines[0].split("\t")
    counts = [
        tuple(
            int(row.split("\t")[header.index(c)])
            for c in ("NumMentions", "NumSources", "NumArticles")
        )
        for row in lines[1:]
    ]
    assert counts == [(3, 1, 2)] * 2
