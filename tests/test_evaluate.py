"""The scorer: each matching rule alone, the figures, and agreement with shared score.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from communique import evaluate as ev

SHARED_SCORER = Path("/work/shared/eval/score.py")


def actor(name, country=None, sector=None, **more):
    return {"name": name, "country": country, "sector": sector, **more}


def event(type_, source, target=None, *, doc="a1", evidence="", date=None, place=None):
    return {
        "type": type_, "source": source, "target": target, "date": date,
        "location": {"place": "x", "country": place} if place else None,
        "document": {"id": doc}, "evidence": {"sentence": evidence},
    }  # fmt: skip


# -- names -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Sergey Lavrov", "sergey  lavrov", True),  # case and spaces
        ("José Martí", "Jose Marti", True),  # accents
        ("U.N.", "UN", True),  # dots
        ("Diaz-Canel", "Diaz Canel", True),  # hyphens
        ("the Kremlin", "Kremlin", True),  # dropped words
        ("Lavrov", "Sergey Lavrov", True),  # surname
        ("Sergey", "Sergey Lavrov", False),  # a first name is no surname
        ("Affairs", "Ministry of Foreign Affairs", False),  # institutions have no surname
        ("Raul Castro", "Raul Castro Ruz", True),  # two-plus-word subset
        ("Castro Ruz", "Raul Castro Ruz", True),
        ("Foreign Affairs", "Ministry of Foreign Affairs", False),  # not person-like
        ("Serguei Lavrov", "Sergey Lavrov", True),  # transliteration
        ("Sergey Lavrov", "Sergey Shoigu", False),
        ("", "Lavrov", False),
    ],
)
def test_names_match(a, b, expected):
    assert ev.names_match(a, b) is expected
    assert ev.names_match(b, a) is expected


def test_country_table_knows_common_and_official_names():
    names = ev.country_of_name()
    assert names["russia"] == "RUS"
    assert names["russian federation"] == "RUS"
    assert names["uk"] == "GBR"
    assert names["south sudan"] == "SSD"
    assert "tr" not in names  # codes are no names


def test_countryish():
    assert ev.countryish("Russian government", "RUS")
    assert ev.countryish("Russia", "RUS")
    assert not ev.countryish("Kremlin", "RUS")


# -- actors ------------------------------------------------------------------------------


def test_country_codes_veto_a_name_match():
    assert not ev.actor_match(actor("Sudan", "SDN"), actor("South Sudan", "SSD"), [])
    assert not ev.actor_match(actor("Lavrov", "RUS"), actor("Sergey Lavrov", "UKR"), [])
    assert ev.actor_match(actor("Lavrov", "RUS"), actor("Sergey Lavrov", None), [])


def test_a_state_matches_its_government_but_no_person():
    russia = actor("Russia", "RUS")
    assert ev.actor_match(russia, actor("Russian government", "RUS", "GOV"), [])
    assert ev.actor_match(russia, actor("Moscow", "RUS"), [])  # no sector: the state
    assert not ev.actor_match(russia, actor("Vladimir Putin", "RUS", "GOV"), [])


def test_aliases_of_the_gold_actor_list():
    gold = actor("Islamic Revolutionary Guard Corps", "IRN", "MIL")
    listed = [{**gold, "aliases": ["IRGC"]}]
    assert ev.actor_match(gold, actor("IRGC", "IRN", "MIL"), listed)
    assert not ev.actor_match(gold, actor("IRGC", "IRN", "MIL"), [])


def test_code_level_actors_match_on_country_and_sector():
    gold = actor("Hungarian", "HUN", "GOV", match_by="code")
    assert ev.actor_match(gold, actor("Viktor Orban", "HUN", "GOV"), [])
    assert not ev.actor_match(gold, actor("Hungarian army", "HUN", "MIL"), [])
    rebels = actor("rebels", None, "REB", match_by="code")
    assert ev.actor_match(rebels, actor("M23", "COD", "REB"), [])
    igo = actor("United Nations", "IGO", "IGO", match_by="code")
    assert ev.actor_match(igo, actor("UN", "IGO", "IGO"), [])


def test_a_missing_target_matches_only_a_missing_target():
    assert ev.actor_match(None, None, [])
    assert not ev.actor_match(actor("Iran", "IRN"), None, [])


# -- events ------------------------------------------------------------------------------

CUBA = actor("Miguel Diaz-Canel", "CUB", "GOV")
RUSSIA = actor("Nikolai Patrushev", "RUS", "GOV")


def test_symmetric_types_match_either_order():
    gold = event("CONSULT", CUBA, RUSSIA)
    assert ev.pair_match(gold, event("CONSULT", RUSSIA, CUBA), [])
    assert not ev.pair_match(event("ACCUSE", CUBA, RUSSIA), event("ACCUSE", RUSSIA, CUBA), [])


def test_type_must_match():
    assert not ev.pair_match(event("CONSULT", CUBA, RUSSIA), event("AGREE", CUBA, RUSSIA), [])


def test_gold_without_target_accepts_any_predicted_target():
    protest = event("PROTEST", actor("protesters", "SRB", "CVL"))
    assert ev.pair_match(protest, event("PROTEST", actor("protesters", "SRB", "CVL"), CUBA), [])


def test_same_sentence_needs_most_gold_words():
    gold = event("CONSULT", CUBA, RUSSIA, evidence="Diaz-Canel met Patrushev in Havana on Monday")
    near = event("CONSULT", CUBA, RUSSIA, evidence="On Monday Diaz-Canel met Patrushev in Havana.")
    far = event("CONSULT", CUBA, RUSSIA, evidence="Patrushev arrived on Sunday.")
    assert ev.same_sentence(gold, near)
    assert not ev.same_sentence(gold, far)


def test_dyads_compare_country_codes_only():
    gold = event("CONSULT", CUBA, RUSSIA)
    assert ev.dyad_match(gold, event("CONSULT", actor("Russia", "RUS"), actor("Havana", "CUB")))
    assert not ev.dyad_match(event("ACCUSE", CUBA, RUSSIA), event("ACCUSE", RUSSIA, CUBA))


@pytest.mark.parametrize(
    ("gold", "pred", "ok"),
    [("2024-02-26", "2024-02-26", True), ("2024-02", "2024-02-26", True),
     ("2024-02-26", "2024-02", False), ("2024", "2023-12-31", False), (None, None, True)],
)  # fmt: skip
def test_date_agrees_to_the_gold_precision(gold, pred, ok):
    assert ev.date_ok(gold, pred) is ok


def test_greedy_uses_each_prediction_once():
    gold = [event("CONSULT", CUBA, RUSSIA), event("CONSULT", CUBA, RUSSIA)]
    pred = [event("CONSULT", CUBA, RUSSIA)]
    assert ev.greedy(gold, pred, lambda g, p: ev.pair_match(g, p, [])) == [(0, 0)]


# -- figures -----------------------------------------------------------------------------

GOLD = [
    {
        "id": "a1", "url": None,
        "events": [
            event("CONSULT", CUBA, RUSSIA, evidence="Diaz-Canel met Patrushev in Havana on Monday.",
                  date="2024-02-26", place="CUB"),
            event("ACCUSE", actor("Russia", "RUS"), actor("Ukraine", "UKR"),
                  evidence="Russia accused Ukraine of shelling the plant.", date="2024-02"),
            event("PROTEST", actor("protesters", "SRB", "CVL"), evidence="Thousands marched."),
        ],
        "actors": [
            {**CUBA, "aliases": ["Diaz-Canel"]}, {**RUSSIA, "aliases": ["Patrushev"]},
            actor("Russia", "RUS"), actor("Ukraine", "UKR"), actor("protesters", "SRB", "CVL"),
        ],
    },
    {
        "id": "a2", "url": "https://example.org/2",
        "events": [event("AGREE", actor("Hungarian", "HUN", "GOV", match_by="code"),
                         actor("Romanian", "ROU", "GOV", match_by="code"),
                         evidence="Hungarian and Romanian officials agreed.")],
        "actors": [actor("Hungarian", "HUN", "GOV", match_by="code")],
    },
]  # fmt: skip

PRED = [
    event("CONSULT", actor("Patrushev", "RUS", "GOV"), actor("Diaz-Canel", "CUB", "GOV"),
          evidence="Diaz-Canel met Patrushev in Havana on Monday.", date="2024-02-26",
          place="CUB"),
    event("ACCUSE", actor("Russian government", "RUS", "GOV"), actor("Ukraine", "UKR"),
          evidence="Something else entirely.", date="2024-03-01"),
    event("ACCUSE", actor("Ukraine", "UKR"), actor("Russia", "RUS")),  # wrong way round
    event("AGREE", actor("Romania", "ROU", "GOV"), actor("Orban", "HUN", "GOV"),
          doc="https://example.org/2", evidence="Hungarian and Romanian officials agreed."),
    event("ASSAULT", actor("rebels", None, "REB"), doc="nowhere"),
]  # fmt: skip


def test_scores_of_the_fixture():
    scores = ev.score(GOLD, PRED)
    figures = scores.summary()
    assert (figures["gold"], figures["pred"], figures["matched"]) == (4, 4, 3)
    assert figures["precision"] == 0.75 and figures["recall"] == 0.75
    assert figures["strict_f1"] == 0.5  # the ACCUSE match has another sentence
    assert figures["date_acc"] == 0.5 and figures["loc_acc"] == 1.0
    # actor figure: all but the protesters, whom no predicted event names
    assert figures["actor_acc"] == round(5 / 6, 3)
    assert scores.type_table()["PROTEST"]["recall"] == 0.0
    kinds = [(e["kind"], e["type"]) for e in scores.errors]
    assert kinds == [("MISS", "PROTEST"), ("FALSE", "ACCUSE")]


def test_no_gold_and_no_predictions_give_zeros_not_errors():
    figures = ev.score([{"id": "x", "events": [], "actors": []}], []).summary()
    assert figures["f1"] == 0.0 and figures["date_acc"] is None and figures["actor_acc"] is None


def test_gold_document_is_named_by_the_gold_id():
    doc = ev.gold_document({"id": "dev-001", "text": "Text.", "published": "2023-03-10"}, "g#1")
    assert (doc.name, doc.format, doc.published, doc.text) == ("dev-001", "txt", "2023-03-10",
                                                               "Text.")  # fmt: skip


def shared_figures(tmp_path: Path, gold: list[dict], pred: list[dict]) -> dict:
    gold_path, pred_path = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold_path.write_text("".join(json.dumps(r) + "\n" for r in gold))
    pred_path.write_text("".join(json.dumps(r) + "\n" for r in pred))
    shared = subprocess.run(
        [sys.executable, str(SHARED_SCORER), str(gold_path), str(pred_path), "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(shared.stdout)


def our_figures(gold: list[dict], pred: list[dict]) -> dict:
    figures = ev.score(gold, pred).summary()
    figures.pop("actor_acc")  # ours alone
    return figures


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="shared score.py not present")
def test_agrees_with_the_shared_scorer(tmp_path):
    assert our_figures(GOLD, PRED) == shared_figures(tmp_path, GOLD, PRED)


def perturbed(article: dict, n: int) -> list[dict]:
    """Predictions made from gold events by edits each matching rule must see through (or
    not): surnames, swapped order, country names, dropped sectors, wrong countries."""
    edits = [
        lambda a: {**a, "name": a["name"].split()[-1]},
        lambda a: {**a, "sector": None},
        lambda a: {**a, "country": "FRA"},
        lambda a: {**a, "name": a["name"] + " government", "sector": "GOV"},
        lambda a: a,
    ]
    pred = []
    for i, gold_event in enumerate(article.get("events") or []):
        edit = edits[(n + i) % len(edits)]
        source = edit(gold_event["source"]) if gold_event.get("source") else None
        target = edit(gold_event["target"]) if gold_event.get("target") else None
        if (n + i) % 3 == 0:
            source, target = target, source
        pred.append({**gold_event, "source": source, "target": target,
                     "document": {"id": article["id"]}})  # fmt: skip
    return pred


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="shared score.py not present")
@pytest.mark.parametrize("name", ["dev-news.jsonl", "plover-gsr-dev.jsonl"])
def test_agrees_with_the_shared_scorer_on_the_shared_gold(tmp_path, name):
    gold = ev.load_gold(SHARED_SCORER.parent / name)
    pred = [event for n, article in enumerate(gold) for event in perturbed(article, n)]
    assert our_figures(gold, pred) == shared_figures(tmp_path, gold, pred)
