"""Every endpoint through a test client: answers, filters, paging and errors."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from communique.api import create_app
from communique.store import StoreError
from tests.api import sample


def event_ids(client, **params) -> list[str]:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    return [event["event_id"] for event in response.json()["events"]]


def first_event(client, **params) -> dict:
    return client.get("/api/events", params=params).json()["events"][0]


# -- events ------------------------------------------------------------------------------


def test_events_lists_asserted_events_in_date_order(client):
    body = client.get("/api/events").json()
    assert body["total"] == 4
    assert [e["date"] for e in body["events"]] == ["2024-02", "2024-02-26", "2024-03", "2024-03-05"]


def test_events_include_unasserted(client):
    body = client.get("/api/events", params={"include_unasserted": "true"}).json()
    assert body["total"] == 5
    assert any(event["planned"] for event in body["events"])


@pytest.mark.parametrize(
    ("params", "types"),
    [
        ({"type": "accuse"}, ["ACCUSE", "ACCUSE"]),
        ({"actor": "Patrushev"}, ["CONSULT"]),
        ({"country": "cub"}, ["CONSULT"]),
        ({"since": "2024-03"}, ["ACCUSE", "PROTEST"]),
        ({"until": "2024-02-27"}, ["ACCUSE", "CONSULT"]),
        ({"since": "2024-02-10", "until": "2024-02"}, ["ACCUSE", "CONSULT"]),
        ({"q": "shelling Kharkiv"}, ["ACCUSE"]),
        ({"q": "Kharkiv", "type": "PROTEST"}, []),
    ],
)
def test_events_filters(client, params, types):
    body = client.get("/api/events", params=params).json()
    assert [event["type"] for event in body["events"]] == types
    assert body["total"] == len(types)


def test_events_paging(client):
    everything = event_ids(client)
    first = client.get("/api/events", params={"limit": 3}).json()
    second = client.get("/api/events", params={"limit": 3, "offset": 3}).json()
    assert (first["total"], second["total"]) == (4, 4)
    assert [e["event_id"] for e in first["events"] + second["events"]] == everything
    assert event_ids(client, offset=10) == []


@pytest.mark.parametrize(
    "params",
    [
        {"since": "last week"},
        {"until": "2024-1-1"},
        {"country": "CUBA"},
        {"type": "CONSULT; DROP TABLE events"},
        {"actor": "x" * 101},
        {"q": "y" * 201},
        {"q": ""},
        {"limit": 0},
        {"limit": 501},
        {"offset": -1},
        {"limit": "ten"},
        {"include_unasserted": "maybe"},
    ],
)
def test_events_rejects_malformed_or_overlong_parameters(client, params):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert detail and detail[0]["msg"]
    assert detail[0]["loc"][-1] in params


def test_full_text_operators_are_words_not_syntax(client):
    for query in ('"', "AND", "NEAR(x y)", "plant OR", "*", "Lavrov's"):
        assert client.get("/api/events", params={"q": query}).status_code == 200


def test_one_event_with_its_evidence(client):
    listed = first_event(client, type="CONSULT")
    body = client.get(f"/api/events/{listed['event_id']}").json()
    assert body["event"] == listed
    assert body["asserted"] is True
    start, end = body["trigger_span"]
    evidence = body["event"]["evidence"]
    assert evidence["sentence"][start - evidence["start"] : end - evidence["start"]] == "met"


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/events/0000000000000000", 404),
        ("/api/events/not-an-id", 422),
        ("/api/events/" + "a" * 17, 422),
        ("/api/actors/0000000000000000", 404),
        ("/api/actors/ACTOR", 422),
        ("/api/articles/0000000000000000", 404),
        ("/api/articles/1%27%20OR%201=1", 422),
    ],
)
def test_unknown_or_malformed_ids(client, path, status):
    response = client.get(path)
    assert response.status_code == status
    assert response.json()["detail"]


def test_timeline_counts_by_month_and_type_with_filters(client):
    rows = client.get("/api/timeline").json()
    assert rows == [
        {"period": "2024-02", "type": "ACCUSE", "events": 1},
        {"period": "2024-02", "type": "CONSULT", "events": 1},
        {"period": "2024-03", "type": "ACCUSE", "events": 1},
        {"period": "2024-03", "type": "PROTEST", "events": 1},
    ]
    only = client.get("/api/timeline", params={"type": "ACCUSE"}).json()
    assert {row["type"] for row in only} == {"ACCUSE"}
    assert client.get("/api/timeline", params={"since": "soon"}).status_code == 422


# -- actors ------------------------------------------------------------------------------


def actor_id(client, name: str) -> str:
    actors = client.get("/api/actors", params={"name": name}).json()["actors"]
    return next(a["actor_id"] for a in actors if a["name"] == name)


def test_actors_by_name_alias_and_country(client):
    body = client.get("/api/actors").json()
    assert body["total"] == 6
    assert body["actors"][0]["events"] >= body["actors"][-1]["events"]
    by_alias = client.get("/api/actors", params={"name": "Diaz-Canel"}).json()["actors"]
    assert [a["name"] for a in by_alias] == ["Miguel Diaz-Canel"]
    russians = client.get("/api/actors", params={"country": "RUS"}).json()["actors"]
    assert {a["name"] for a in russians} == {"Russia", "Nikolai Patrushev", "Moscow"}
    paged = client.get("/api/actors", params={"limit": 2, "offset": 5}).json()
    assert (paged["total"], len(paged["actors"])) == (6, 1)
    assert client.get("/api/actors", params={"country": "R"}).status_code == 422


def test_actor_with_roles_counterparts_and_timeline(client):
    body = client.get(f"/api/actors/{actor_id(client, 'Miguel Diaz-Canel')}").json()
    assert body["actor"]["country"] == "CUB"
    assert body["aliases"] == ["Diaz-Canel"]
    assert body["roles"] == [
        {"role": "President", "first_seen": "2024-02-28", "last_seen": "2024-02-28", "articles": 1}
    ]
    # The planned visit to Moscow is not asserted, so Moscow is no counterpart.
    assert [c["name"] for c in body["counterparts"]] == ["Nikolai Patrushev"]
    assert body["counterparts"][0]["as_source"] == 1
    assert body["timeline"] == [{"period": "2024-02", "type": "CONSULT", "events": 1}]


def test_counterparts_count_both_directions(client):
    body = client.get(f"/api/actors/{actor_id(client, 'Russia')}").json()
    [ukraine] = body["counterparts"]
    assert (ukraine["name"], ukraine["events"], ukraine["as_source"], ukraine["as_target"]) == (
        "Ukraine", 2, 1, 1,
    )  # fmt: skip


# -- articles, stories, statistics -------------------------------------------------------


def test_article_with_every_event_evidence_marked(client):
    event = client.get(f"/api/events/{first_event(client, type='PROTEST')['event_id']}").json()
    body = client.get(f"/api/articles/{event['article_id']}").json()
    text = body["article"]["text"]
    assert text == sample.HOSTILE_TEXT
    assert "".join(piece["text"] for piece in body["segments"]) == text
    marked = {
        event_id: "".join(p["text"] for p in body["segments"] if event_id in p["events"])
        for event_id in (e["event_id"] for e in body["events"])
    }
    for listed in body["events"]:
        assert marked[listed["event_id"]] == text[listed["start"] : listed["end"]]


def test_stories_list_their_events(client):
    body = client.get("/api/stories").json()
    assert body["total"] == 4
    grouped = [event_id for story in body["stories"] for event_id in story["event_ids"]]
    assert sorted(grouped) == sorted(event_ids(client))  # every asserted event, once
    assert body["stories"][0]["actors"]
    paged = client.get("/api/stories", params={"limit": 1, "offset": 3}).json()
    assert (paged["total"], len(paged["stories"])) == (4, 1)
    assert client.get("/api/stories", params={"min_articles": 2}).json()["total"] == 0
    assert client.get("/api/stories", params={"limit": 1000}).status_code == 422


def test_one_story_with_its_event_records(client):
    listed = client.get("/api/stories", params={"limit": 1}).json()["stories"][0]
    body = client.get(f"/api/stories/{listed['story_id']}").json()
    assert [member["event_id"] for member in body["members"]] == listed["event_ids"]
    assert client.get("/api/stories/0000000000000000").status_code == 404
    assert client.get("/api/stories/story-1").status_code == 422


def test_a_database_without_stories_has_none(tmp_path):
    from fastapi.testclient import TestClient

    from communique.store import Store

    path = sample.build(tmp_path / "old.db")
    with Store(path) as store:
        store.db.executescript("DROP TABLE story_events; DROP TABLE stories;")
    with TestClient(create_app(path)) as client:
        assert client.get("/api/stories").json()["total"] == 0
        assert client.get("/api/stats").json()["stories"] == 0
        assert client.get("/api/events").json()["total"] == 4


def test_statistics(client):
    body = client.get("/api/stats").json()
    assert {k: body[k] for k in ("documents", "articles", "actors", "events", "errors")} == {
        "documents": 2, "articles": 2, "actors": 6, "events": 4, "errors": 0,
    }  # fmt: skip
    assert body["unasserted_events"] == 1
    assert body["by_type"] == {"ACCUSE": 2, "CONSULT": 1, "PROTEST": 1}
    assert (body["first_date"], body["last_date"]) == ("2024-02", "2024-03-05")


# -- exports -----------------------------------------------------------------------------


def test_export_jsonl_is_the_event_records(client):
    response = client.get("/api/export", params={"format": "jsonl", "type": "ACCUSE"})
    assert response.headers["content-type"].startswith("application/x-ndjson")
    assert "attachment" in response.headers["content-disposition"]
    records = [json.loads(line) for line in response.text.splitlines()]
    assert records == client.get("/api/events", params={"type": "ACCUSE"}).json()["events"]


def test_export_csv_parquet_and_gdelt_follow_the_filters(client):
    params = {"country": "UKR"}
    rows = list(
        csv.DictReader(
            io.StringIO(client.get("/api/export", params={**params, "format": "csv"}).text)
        )
    )
    assert len(rows) == 3
    parquet = client.get("/api/export", params={**params, "format": "parquet"}).content
    assert pq.read_table(io.BytesIO(parquet)).num_rows == 3
    gdelt = client.get("/api/export", params={**params, "format": "gdelt"}).text.splitlines()
    assert len(gdelt) == 4 and gdelt[0].startswith("GlobalEventID\tDay\t")
    assert client.get("/api/export", params={"format": "xlsx"}).status_code == 422


# -- the app itself ----------------------------------------------------------------------


def test_openapi_description_lists_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/events/{event_id}", "/api/timeline", "/api/actors",
                 "/api/actors/{actor_id}", "/api/stories", "/api/stories/{story_id}",
                 "/api/articles/{article_id}", "/api/stats", "/api/export"):  # fmt: skip
        assert path in paths


def test_docs_page_loads_swagger_from_the_package_only(client):
    page = client.get("/docs").text
    assert "/static/vendor/swagger-ui-bundle.js" in page
    assert "http://" not in page and "https://" not in page
    for asset in ("/static/vendor/swagger-ui-bundle.js", "/static/vendor/swagger-ui.css"):
        assert client.get(asset).status_code == 200
    assert client.get("/redoc").status_code == 404


def test_dashboard_is_served_with_a_same_origin_policy(client):
    response = client.get("/")
    assert response.status_code == 200
    assert '<script src="/static/app.js">' in response.text
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "connect-src 'self'" in policy
    assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    assert client.get("/static/app.js").status_code == 200


def test_no_writes_through_the_server(client, db_path):
    before = db_path.stat().st_mtime_ns
    for path in ("/api/events", "/api/stats", "/api/actors", "/api/export?format=gdelt"):
        client.get(path)
    assert client.post("/api/events").status_code == 405
    assert db_path.stat().st_mtime_ns == before


def test_a_missing_or_foreign_database_is_refused_at_start(tmp_path):
    with pytest.raises(StoreError):
        create_app(tmp_path / "missing.db")
    foreign = tmp_path / "foreign.db"
    foreign.write_text("not a database")
    with pytest.raises(StoreError):
        create_app(foreign)
    assert not (tmp_path / "missing.db").exists()
