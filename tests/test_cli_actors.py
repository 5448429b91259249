"""`communique actors` and `communique actor` over a database of hand-built articles (no
spaCy): two reports spell Lavrov differently, two Castros share a surname."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.model import Actor, Article, ArticleResult, Event, EventActor
from communique.store import Store
from tests.store import helpers

runner = CliRunner(env={"COLUMNS": "200"})

LAVROV = Actor("Sergei Lavrov", "person", "RUS", "GOV", ["Lavrov"], ["Foreign Minister"])
LAVROV_AGAIN = Actor("Sergey Lavrov", "person", "RUS", "GOV", ["Lavrov"], ["Foreign Minister"])
RAUL = Actor("Raul Castro", "person", "CUB", "MIL", ["Castro"], ["Army General"])
FIDEL = Actor("Fidel Castro", "person", "CUB", "PTY", [], ["First Secretary"])
DIAZ_CANEL = Actor("Miguel Díaz-Canel", "person", "CUB", "GOV", ["Díaz-Canel"], ["President"])
NATO = Actor("NATO", "igo", "IGO", "IGO")

FIRST = "Sergei Lavrov met Raul Castro in Havana. Fidel Castro and Miguel Díaz-Canel spoke."
SECOND = "Sergey Lavrov accused NATO of lying. NATO accused Sergey Lavrov of lying."


def event(kind: str, source: Actor, target: Actor, text: str, sentence: int = 0) -> Event:
    """An event whose actors are named in the `sentence`-th sentence of `text`."""
    start = sum(len(s) + 2 for s in text.split(". ")[:sentence])
    said = text.split(". ")[sentence]
    return Event(
        kind, None, named(source, text, start), named(target, text, start),
        said, start, start + len(said), trigger=kind.lower(), rule="test",
    )  # fmt: skip


def named(actor: Actor, text: str, after: int) -> EventActor:
    at = text.index(actor.name, after)
    return EventActor(actor, actor.name, at, at + len(actor.name))


def write(store: Store, text: str, published: str, actors: list[Actor], events: list[Event]):
    doc = helpers.document(text, record_id=published)
    article = Article(doc.doc_id, doc.name, 0, text, title="t", published=published)
    store.write_document(doc, [ArticleResult(article, actors, events)])


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "actors.db"
    with Store(path) as store:
        first = [event("CONSULT", LAVROV, RAUL, FIRST)]
        write(store, FIRST, "2024-01-10", [LAVROV, RAUL, FIDEL, DIAZ_CANEL], first)
        second = [event("ACCUSE", LAVROV_AGAIN, NATO, SECOND)]
        second.append(event("ACCUSE", NATO, LAVROV_AGAIN, SECOND, sentence=1))
        write(store, SECOND, "2024-03-02", [LAVROV_AGAIN, NATO], second)
    return path


def actors(db, *options: str) -> list[dict]:
    result = runner.invoke(app, ["actors", "--db", str(db), "--format", "jsonl", *options])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_one_json_line_per_real_actor(db):
    found = actors(db)
    assert sorted(a["name"] for a in found) == [
        "Fidel Castro", "Miguel Díaz-Canel", "NATO", "Raul Castro", "Sergei Lavrov",
    ]  # fmt: skip
    lavrov = next(a for a in found if a["name"] == "Sergei Lavrov")
    assert {"actor_id", "name", "aliases", "country", "sector", "roles"} <= set(lavrov)
    assert lavrov["aliases"] == ["Lavrov", "Sergey Lavrov"]
    assert (lavrov["country"], lavrov["sector"]) == ("RUS", "GOV")


def test_roles_carry_first_and_last_date_and_count(db):
    lavrov = actors(db, "--name", "lavrov")[0]
    assert lavrov["roles"] == [
        {"title": "Foreign Minister", "first_seen": "2024-01-10", "last_seen": "2024-03-02",
         "count": 2},
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("options", "names"),
    [
        (["--country", "cub", "--sector", "MIL"], ["Raul Castro"]),
        (["--country", "IGO"], ["NATO"]),
        (["--name", "castro"], ["Fidel Castro", "Raul Castro"]),
        (["--name", "diaz canel"], ["Miguel Díaz-Canel"]),  # accents and hyphens do not count
        (["--name", "SERGEY"], ["Sergei Lavrov"]),  # found by an alias
        (["--sector", "JUD"], []),
    ],
)
def test_filters(db, options, names):
    assert sorted(a["name"] for a in actors(db, *options)) == names


def test_most_active_first_and_limit(db):
    assert [a["name"] for a in actors(db, "--limit", "1")] == ["Sergei Lavrov"]


def test_table_lists_names_and_roles(db):
    result = runner.invoke(app, ["actors", "--db", str(db), "--country", "CUB"])
    assert result.exit_code == 0
    assert "Raul Castro" in result.stdout and "Army General" in result.stdout
    assert "3 actors" in result.stdout


def profile(db, name: str) -> dict:
    result = runner.invoke(app, ["actor", name, "--db", str(db), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_actor_by_any_spelling_shows_roles_counterparts_and_event_counts(db):
    lavrov = profile(db, "Sergey Lavrov")
    assert lavrov["name"] == "Sergei Lavrov"
    assert [r["title"] for r in lavrov["roles"]] == ["Foreign Minister"]
    others = {
        c["name"]: (c["events"], c["as_source"], c["as_target"]) for c in lavrov["counterparts"]
    }
    assert others == {"NATO": (2, 1, 1), "Raul Castro": (1, 1, 0)}
    assert lavrov["events_by_type"] == [
        {"type": "ACCUSE", "as_source": 1, "as_target": 1},
        {"type": "CONSULT", "as_source": 1, "as_target": 0},
    ]


def test_actor_table(db):
    result = runner.invoke(app, ["actor", "lavrov", "--db", str(db)])
    assert result.exit_code == 0
    for words in ("Sergei Lavrov", "Foreign Minister", "2024-01-10", "NATO", "CONSULT"):
        assert words in result.stdout


def test_a_shared_surname_names_no_one_and_lists_both(db):
    result = runner.invoke(app, ["actor", "Castro", "--db", str(db)])
    assert result.exit_code == 2
    assert "2 actors match" in result.stderr
    assert "Raul Castro" in result.stderr and "Fidel Castro" in result.stderr


def test_an_id_names_one_actor(db):
    fidel = profile(db, FIDEL.actor_id)
    assert fidel["name"] == "Fidel Castro"
    assert fidel["counterparts"] == [] and fidel["events_by_type"] == []


def test_unknown_actor_and_format_fail_with_2(db):
    assert runner.invoke(app, ["actor", "Nobody", "--db", str(db)]).exit_code == 2
    assert runner.invoke(app, ["actors", "--db", str(db), "--format", "xml"]).exit_code == 2
    assert runner.invoke(app, ["actors", "--db", str(db.parent / "none.db")]).exit_code == 2
