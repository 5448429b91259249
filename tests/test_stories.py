"""Grouping events into stories: what joins, what never joins, and why."""

from __future__ import annotations

import itertools
import json
from dataclasses import replace

from communique.stories import Side, StoryEvent, date_span, group, join_reasons, lookup_key

PUTIN = Side("a-putin", "Vladimir Putin", "person", "RUS", "GOV")
BIDEN = Side("a-biden", "Joe Biden", "person", "USA", "GOV")
LAVROV = Side("a-lavrov", "Sergei Lavrov", "person", "RUS", "GOV")
RUSSIA = Side("a-russia", "Russia", "state", "RUS")
UNITED_STATES = Side("a-usa", "United States", "state", "USA")
RWANDA = Side("a-rwanda", "Rwanda", "state", "RWA")
RWANDA_MINISTER = Side("a-nduhungirehe", "Olivier Nduhungirehe", "person", "RWA", "GOV")
CONGO = Side("a-congo", "Democratic Republic of the Congo", "state", "COD")
CASTRO = Side("a-castro", "Raul Castro", "person", "CUB", "GOV")
CASTRO_RUZ = Side("a-castro-ruz", "Raul Castro Ruz", "person", "CUB", "GOV")
FIDEL = Side("a-fidel", "Fidel Castro", "person", "CUB", "GOV")


def meeting(event_id: str, article: str, **changes: object) -> StoryEvent:
    """Biden meets Putin in Geneva on 2021-06-16, reported the next day."""
    event = StoryEvent(
        event_id=event_id, article_id=article, site=f"{article}.example", type="CONSULT",
        source=BIDEN, target=PUTIN, mode="meeting", date="2021-06-16", date_precision="day",
        published="2021-06-17", place="Geneva", place_country="CHE", lat=46.2, lon=6.15,
    )  # fmt: skip
    return replace(event, **changes)


def members(stories) -> list[list[str]]:
    return sorted(sorted(e.event_id for e in story.events) for story in stories)


# -- what joins --------------------------------------------------------------------------


def test_two_reports_of_one_meeting_are_one_story_with_reasons():
    stories = group([meeting("e1", "a1"), meeting("e2", "a2", target=BIDEN, source=PUTIN)])
    assert members(stories) == [["e1", "e2"]]
    summary = stories[0].summary()
    assert (summary["events"], summary["articles"], summary["sources"]) == (2, 2, 2)
    reasons = dict(stories[0].members)[stories[0].events[1]]
    assert reasons[0] == "same type: CONSULT"
    assert "same actor: Joe Biden" in reasons and "same actor: Vladimir Putin" in reasons
    assert reasons[-2] == "dates agree: 2021-06-16 (day) and 2021-06-16 (day)"


def test_mentions_count_repeats_within_articles():
    stories = group([meeting("e1", "a1", mentions=3), meeting("e2", "a2")])
    assert stories[0].summary()["mentions"] == 4


def test_sources_count_sites_not_articles():
    same_site = [meeting("e1", "a1", site="news.example"), meeting("e2", "a2", site="news.example")]
    assert group(same_site)[0].summary()["sources"] == 1


def test_a_month_holds_its_days_and_place_may_be_missing():
    vague = meeting("e2", "a2", date="2021-06", date_precision="month", place=None)
    assert members(group([meeting("e1", "a1"), vague])) == [["e1", "e2"]]


def test_undated_report_joins_the_week_before_its_publication():
    undated = meeting("e2", "a2", date=None, date_precision=None, published="2021-06-20")
    assert members(group([meeting("e1", "a1"), undated])) == [["e1", "e2"]]
    late = replace(undated, published="2021-07-20")
    assert members(group([meeting("e1", "a1"), late])) == [["e1"], ["e2"]]


def test_a_report_dated_only_by_its_publication_joins_the_day_before():
    by_publication = meeting("e2", "a2", date="2021-06-17", date_basis="published")
    assert date_span(by_publication) == ("2021-06-10", "2021-06-17")
    reasons = join_reasons(meeting("e1", "a1"), by_publication)
    assert reasons is not None and "dated by its article, published 2021-06-17" in reasons[-2]
    # The same day stated in the report is a statement: the day after contradicts it.
    stated = replace(by_publication, date_basis="stated")
    assert join_reasons(meeting("e1", "a1"), stated) is None
    assert members(group([meeting("e1", "a1"), stated])) == [["e1"], ["e2"]]


def test_a_dateline_or_the_article_s_last_place_conflicts_with_nothing():
    filed_in_moscow = {"place": "Moscow", "place_country": "RUS", "lat": 55.75, "lon": 37.6}
    for fallback in ("dateline", "episode", "home", "story"):
        report = meeting("e2", "a2", **filed_in_moscow, place_basis=fallback)
        reasons = join_reasons(meeting("e1", "a1", place_basis="stated"), report)
        assert reasons is not None
        assert reasons[-1] == f"no conflict: Moscow is only the article's place ({fallback})"
    for told in ("stated", "implied"):
        report = meeting("e2", "a2", **filed_in_moscow, place_basis=told)
        assert join_reasons(meeting("e1", "a1", place_basis="stated"), report) is None


def test_a_state_and_its_minister_are_one_side():
    states = meeting("e1", "a1", type="AGREE", source=RWANDA, target=CONGO, mode=None)
    ministers = replace(states, event_id="e2", article_id="a2", source=RWANDA_MINISTER)
    reasons = join_reasons(states, ministers)
    assert reasons is not None
    assert "Rwanda and Olivier Nduhungirehe: a state and its government (RWA)" in reasons


def test_a_name_inside_a_longer_one_is_the_same_person():
    a = meeting("e1", "a1", source=CASTRO)
    b = meeting("e2", "a2", source=CASTRO_RUZ)
    assert members(group([a, b])) == [["e1", "e2"]]


def test_one_country_s_armed_forces_however_named_are_one_actor():
    army = Side("a-army", "Myanmar's army", "org", "MMR", "MIL")
    military = Side("a-military", "the military", "group", "MMR", "MIL")
    a = meeting("e1", "a1", type="COERCE", source=army, target=CASTRO, mode="detention")
    b = replace(a, event_id="e2", article_id="a2", source=military)
    assert "Myanmar's army and the military: the country's MIL body, generically named" in (
        join_reasons(a, b) or []
    )
    militia = Side("a-rsf", "Rapid Support Forces", "group", "MMR", "MIL")
    assert join_reasons(a, replace(b, source=militia)) is None


def test_a_city_inside_its_country_agrees():
    country_wide = meeting("e2", "a2", place="Switzerland", lat=47.0, lon=8.0)
    assert join_reasons(meeting("e1", "a1"), country_wide) is not None


# -- what never joins --------------------------------------------------------------------


def test_same_actors_on_different_days_are_two_stories():
    later = meeting("e2", "a2", date="2021-06-18", published="2021-06-19")
    assert members(group([meeting("e1", "a1"), later])) == [["e1"], ["e2"]]


def test_same_day_in_different_countries_are_two_stories():
    elsewhere = meeting("e2", "a2", place="Moscow", place_country="RUS", lat=55.75, lon=37.6)
    assert join_reasons(meeting("e1", "a1"), elsewhere) is None


def test_same_day_in_cities_far_apart_are_two_stories():
    paris = meeting("e1", "a1", type="COERCE", place="Paris", place_country="FRA", lat=48.86,
                    lon=2.35, mode="tear_gas")  # fmt: skip
    bordeaux = replace(paris, event_id="e2", article_id="a2", place="Bordeaux", lat=44.84,
                       lon=-0.58)  # fmt: skip
    assert join_reasons(paris, bordeaux) is None


def test_namesakes_of_different_countries_never_join():
    other_putin = Side("a-putin-2", "Vladimir Putin", "person", "BLR", "GOV")
    namesake = meeting("e2", "a2", target=other_putin)
    assert join_reasons(meeting("e1", "a1"), namesake) is None
    assert lookup_key(meeting("e1", "a1")) != lookup_key(namesake)


def test_people_sharing_a_surname_never_join():
    assert (
        join_reasons(meeting("e1", "a1", source=CASTRO), meeting("e2", "a2", source=FIDEL)) is None
    )


def test_two_officials_of_one_state_are_two_actors():
    assert join_reasons(meeting("e1", "a1"), meeting("e2", "a2", target=LAVROV)) is None


def test_a_phone_call_is_not_the_meeting():
    call = meeting("e2", "a2", mode="phone")
    assert join_reasons(meeting("e1", "a1"), call) is None


def test_different_types_and_one_article_never_join():
    assert join_reasons(meeting("e1", "a1"), meeting("e2", "a2", type="AGREE")) is None
    assert join_reasons(meeting("e1", "a1"), meeting("e2", "a1")) is None


def test_direction_matters_for_acts_with_a_doer():
    accuse = meeting("e1", "a1", type="ACCUSE", source=RUSSIA, target=UNITED_STATES, mode=None)
    reverse = replace(accuse, event_id="e2", article_id="a2", source=UNITED_STATES, target=RUSSIA)
    assert join_reasons(accuse, reverse) is None


def test_no_chain_joins_two_days():
    """A month agrees with two different days; the days never share a story through it."""
    day_one = meeting("e1", "a1", date="2021-06-01", published="2021-06-30")
    day_two = meeting("e2", "a2", date="2021-06-16", published="2021-06-30")
    month = meeting("e3", "a3", date="2021-06", date_precision="month", published="2021-06-30")
    stories = group([day_one, month, day_two])
    assert len(stories) == 2
    assert ["e1", "e2"] not in members(stories)


# -- order and spans ---------------------------------------------------------------------


def test_same_events_in_any_order_give_the_same_stories():
    events = [
        meeting("e1", "a1", date="2021-06-01", published="2021-06-30"),
        meeting("e2", "a2", date="2021-06-16", published="2021-06-30"),
        meeting("e3", "a3", date="2021-06", date_precision="month", published="2021-06-30"),
        meeting("e4", "a4", date=None, date_precision=None, published="2021-06-18"),
        meeting("e5", "a5", date="2021-06-16", source=CASTRO),
    ]
    first = {(s.story_id, tuple(sorted(e.event_id for e in s.events))) for s in group(events)}
    for order in itertools.permutations(events):
        assert {
            (s.story_id, tuple(sorted(e.event_id for e in s.events))) for s in group(list(order))
        } == first


def test_spans_never_run_past_publication():
    month = meeting("e1", "a1", date="2021-06", date_precision="month", published="2021-06-17")
    assert date_span(month) == ("2021-06-01", "2021-06-17")
    year = meeting("e1", "a1", date="2020", date_precision="year")
    assert date_span(year) == ("2020-01-01", "2020-12-31")
    assert date_span(meeting("e1", "a1", date=None, published=None)) is None


# -- the command line --------------------------------------------------------------------


def test_stories_and_story_commands(tmp_path):
    from typer.testing import CliRunner

    from communique.cli import app
    from communique.store import Store
    from tests.store.test_stories_store import write_report

    path = tmp_path / "events.db"
    with Store(path) as store:
        write_report(store, "doc-1", site="granma.cu")
        write_report(store, "doc-2", site="tass.com")
    runner = CliRunner(env={"COLUMNS": "200"})
    listed = runner.invoke(app, ["stories", "--db", str(path), "--format", "jsonl"])
    lines = sorted(map(json.loads, listed.stdout.splitlines()), key=lambda line: line["type"])
    assert [line["type"] for line in lines] == ["ACCUSE", "CONSULT"]
    assert list(lines[0])[:8] == ["story_id", "type", "actors", "events", "mentions",
                                  "articles", "sources", "first_reported"]  # fmt: skip
    assert (lines[1]["mentions"], lines[1]["articles"], lines[1]["sources"]) == (2, 2, 2)
    shown = runner.invoke(app, ["story", lines[1]["story_id"], "--db", str(path)])
    assert shown.exit_code == 0
    assert "joined     same type: CONSULT; same actor: Miguel Diaz-Canel" in shown.stdout
    assert "Cuban President Miguel Diaz-Canel met Nikolai Patrushev" in shown.stdout
    missing = runner.invoke(app, ["story", "nope", "--db", str(path)])
    assert missing.exit_code == 2
    table = runner.invoke(app, ["stories", "--db", str(path), "--min-articles", "2"])
    assert "2 stories" in table.stdout
