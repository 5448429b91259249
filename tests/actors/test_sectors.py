"""communique.actors.sectors: sectors from role titles, roles and organisation names."""

import pytest

from communique.actors.sectors import (
    SECTOR_PRECEDENCE,
    TITLE_WORDS,
    sector_of_noun,
    sector_of_org,
    sector_of_roles,
    sector_of_title,
)

CASES = {
    "GOV": [
        "President", "Prime Minister", "Foreign Minister", "Minister of Foreign Affairs",
        "Secretary of State", "ambassador", "envoy", "diplomats", "Ministry spokesperson",
        "head of state", "head of government", "King", "Chancellor", "governor", "mayor", "rulers",
        "official", "officials", "spokesman", "Supreme Leader", "Justice Minister",
        "Defence Minister", "central bank governor", "Secretary-General",
        "Secretary of the Security Council of the Russian Federation",
        "Russian ambassador to the United Nations", "ambassador to the UN",
    ],
    "MIL": [
        "general", "Army General", "Major General", "Division General", "colonel",
        "commander", "troops", "soldiers", "forces", "Russian forces", "air force", "navy",
        "military", "defence forces", "jets", "junta", "junta leader", "army spokesman",
        "coup leaders", "putschists", "helicopters", "tanks", "helicopter gunships", "bombers",
        "Chief of the General Staff",
    ],
    "COP": [
        "police", "riot police", "security forces", "intelligence service", "border guards",
        "police general", "FSB",
    ],
    "LEG": [
        "parliament", "lawmakers", "senator", "MP", "MPs", "Congress", "National Assembly",
        "Speaker", "President of the National Assembly",
    ],
    "JUD": ["court", "Supreme Court", "judge", "prosecutor", "Attorney General", "Chief Justice"],
    "PTY": [
        "party", "party leader", "Politburo", "General Secretary of the Communist Party",
        "First Secretary of the Central Committee of the Communist Party of Cuba",
    ],
    "REB": ["rebels", "insurgents", "militants", "militia", "armed group", "rebel commander"],
    "OPP": ["opposition", "dissident", "opposition leader"],
    "CVL": [
        "protesters", "demonstrators", "civilians", "residents", "students", "activists",
        "miners", "prisoners", "youths",
    ],
    "BUS": ["company", "firm", "CEO", "chief executive"],
    "MED": ["journalist", "newspaper", "broadcaster", "news agency", "Reuters correspondent"],
    "NGO": [
        "NGO", "charity", "Amnesty International", "Human Rights Watch", "Red Cross",
        "Médecins Sans Frontières",
    ],
    "IGO": [
        "UN Secretary-General", "U.N. envoy", "NATO Secretary General", "EU foreign policy chief",
        "Secretary-General of the United Nations",
    ],
}


@pytest.mark.parametrize(
    ("title", "sector"), [(title, sector) for sector, titles in CASES.items() for title in titles]
)
def test_sector_of_title(title: str, sector: str) -> None:
    assert sector_of_title(title) == sector


@pytest.mark.parametrize(
    "title", ["", "leader", "mp", "Inspector General", "Jaish-e-Mohammad", "think tanks"]
)
def test_titles_without_a_sector(title: str) -> None:
    assert sector_of_title(title) is None


def test_civil_generals_are_not_military() -> None:
    assert sector_of_title("Secretary-General") != "MIL"
    assert sector_of_title("Attorney General") == "JUD"
    assert sector_of_title("General Assembly") != "MIL"


def test_government_role_beats_military_rank() -> None:
    assert sector_of_roles(["Minister of the Interior", "Major General"]) == "GOV"


def test_government_role_beats_party_role() -> None:
    roles = [
        "First Secretary of the Central Committee of the Communist Party of Cuba",
        "President of the Republic",
    ]
    assert sector_of_roles(roles) == "GOV"


def test_roles_without_sector() -> None:
    assert sector_of_roles([]) is None
    assert sector_of_roles(["leader"]) is None
    assert sector_of_roles(["leader", "Army General"]) == "MIL"


def test_precedence_lists_every_sector_once() -> None:
    assert len(SECTOR_PRECEDENCE) == len(set(SECTOR_PRECEDENCE)) == 13
    assert SECTOR_PRECEDENCE.index("GOV") < SECTOR_PRECEDENCE.index("MIL")
    assert SECTOR_PRECEDENCE.index("GOV") < SECTOR_PRECEDENCE.index("PTY")


@pytest.mark.parametrize(
    ("name", "sector"),
    [
        ("Ministry of Foreign Affairs", "GOV"), ("Foreign Ministry", "GOV"),
        ("Security Council of the Russian Federation", "GOV"), ("Indian Air Force", "MIL"),
        ("Communist Party of Cuba", "PTY"), ("Supreme Court", "JUD"),
        ("United Nations", "IGO"), ("World Bank", "IGO"), ("UN Security Council", "IGO"),
        ("Federal Security Service", "COP"), ("Amnesty International", "NGO"),
        ("Jaish-e-Mohammad", None), ("Cuba", None),
    ],
)
def test_sector_of_org(name: str, sector: str | None) -> None:
    assert sector_of_org(name) == sector


def test_title_words_are_lower_case_nouns() -> None:
    assert {"president", "minister", "general", "ambassador", "colonel"} <= TITLE_WORDS
    assert all(word == word.lower() for word in TITLE_WORDS)


def test_a_modifier_that_makes_forces_the_security_services_makes_them_police():
    assert sector_of_noun("force", "security forces") == "COP"
    assert sector_of_noun("force", "government forces") == "MIL"
    assert sector_of_noun("troop", "troops") == "MIL"
