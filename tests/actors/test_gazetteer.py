"""communique.actors.gazetteer: well-known actors by name, with strict matching."""

import pytest

from communique.actors.gazetteer import (
    COLUMNS,
    Gazetteer,
    KnownActor,
    key,
    known_actor,
    known_titled,
    load_rows,
    titled_country,
    validate,
)


def _table(*lines: str) -> Gazetteer:
    """A gazetteer from TSV rows written with ';' for readability."""
    header = "\t".join(COLUMNS)
    return Gazetteer(load_rows([header, *(line.replace(";", "\t") for line in lines)]))


def test_packaged_data_validates() -> None:
    assert validate() == []


def test_packaged_data_is_broad() -> None:
    rows = load_rows()
    assert len(rows) >= 1200
    # every sector the brief asks for is represented, and many states
    assert {row.sector for row in rows} >= {"GOV", "MIL", "OPP", "REB", "IGO"}
    assert len({row.country for row in rows}) >= 150


@pytest.mark.parametrize(
    ("mention", "name", "country", "sector"),
    [
        ("Vladimir Putin", "Vladimir Putin", "RUS", "GOV"),
        ("Vladimir Vladimirovich Putin", "Vladimir Putin", "RUS", "GOV"),
        ("Robert Mugabe", "Robert Mugabe", "ZWE", "GOV"),
        ("Aung San Suu Kyi", "Aung San Suu Kyi", "MMR", "OPP"),
        ("Alexei Navalny", "Alexei Navalny", "RUS", "OPP"),
        ("Juan Guaidó", "Juan Guaidó", "VEN", "OPP"),
        ("Abu Bakr al-Baghdadi", "Abu Bakr al-Baghdadi", "IRQ", "REB"),
        ("Yevgeny Prigozhin", "Yevgeny Prigozhin", "RUS", "MIL"),
        ("Dmitry Peskov", "Dmitry Peskov", "RUS", "GOV"),
        ("Maria Zakharova", "Maria Zakharova", "RUS", "GOV"),
        ("Ban Ki-moon", "Ban Ki-moon", "IGO", "IGO"),
        ("Xi Jinping", "Xi Jinping", "CHN", "GOV"),
    ],
)
def test_exact_names(mention: str, name: str, country: str, sector: str) -> None:
    actor = known_actor(mention)
    assert actor is not None
    assert (actor.name, actor.country, actor.sector) == (name, country, sector)


def test_aliases() -> None:
    assert known_actor("Abu Mazen") == known_actor("Mahmoud Abbas")
    assert known_actor("Bongbong Marcos").name == "Ferdinand Marcos Jr."
    assert known_actor("George W. Bush").name == "George W. Bush"
    assert known_actor("Moammar Gadhafi").name == "Muammar Gaddafi"


def test_accents_case_dots_and_hyphens_fold() -> None:
    assert known_actor("RECEP TAYYIP ERDOGAN").name == "Recep Tayyip Erdoğan"
    assert known_actor("Miguel Diaz Canel").name == "Miguel Díaz-Canel"
    assert known_actor("George W Bush").name == "George W. Bush"
    assert known_actor("kim jong un").name == "Kim Jong-un"
    assert known_actor("Emmanuel Macron's").name == "Emmanuel Macron"


def test_transliterated_first_names_and_extra_middle_names() -> None:
    assert known_actor("Serguei Lavrov").name == "Sergey Lavrov"
    assert known_actor("Volodimir Zelensky").name == "Volodymyr Zelensky"
    assert known_actor("Muhammad bin Salman").name == "Mohammed bin Salman"
    assert known_actor("John Forbes Kerry").name == "John Kerry"
    assert known_actor("Recep Erdogan").name == "Recep Tayyip Erdoğan"


def test_fuzzy_matching_does_not_stretch() -> None:
    assert known_actor("Sergey Ivanovich Lavrov") is not None  # an extra middle name is fine
    assert known_actor("Li Jian") is None  # "Li" is not "Lin": short names must agree exactly
    assert known_actor("King Abdulaziz") is None  # a title is no first name
    assert known_actor("Kim Jong Nam") is None  # a different middle name is a different person


def test_no_bare_surname_matching() -> None:
    for surname in ("Bush", "Castro", "Kim", "Sharif", "Gandhi", "Khan", "Clinton", "Michel"):
        assert known_actor(surname) is None
    assert known_actor("") is None


def test_ambiguous_keys_are_refused() -> None:
    table = _table(
        "Ali Hassan;;EGY;GOV;Foreign Minister of Egypt;2001;2005",
        "Ali Hassan Jr;Ali Hassan;JOR;MIL;Army chief of Jordan;2010;",
        "Mohamed Khalid;Mohamed Khalid Saleh;SDN;REB;Rebel leader;1999;",
        "Mohammed Khalid;;TCD;REB;Rebel leader;2005;",
    )
    assert known_actor("Ali Hassan", table) is None  # two people share the key
    assert known_actor("Ali Hassan Jr", table) == KnownActor(
        "Ali Hassan Jr", "JOR", "MIL", "Army chief of Jordan"
    )
    assert known_actor("Mohamed Khalid", table).country == "SDN"  # exact beats fuzzy
    assert known_actor("Mohammad Khalid", table) is None  # fuzzy hits on two people


def test_validate_reports_bad_rows() -> None:
    rows = load_rows(
        [
            "\t".join(COLUMNS),
            "A Person\tP One\tXXX\tGOV\tPresident\t2000\t",
            "B Person\tP One\tFRA\tABC\tMinister\t2000\t1990",
            "A Person\t\tFRA\tGOV\tMinister\t2000\t",
        ]
    )
    problems = "\n".join(validate(rows))
    assert "unknown country code 'XXX'" in problems
    assert "unknown sector 'ABC'" in problems
    assert "ends (1990) before it starts (2000)" in problems
    assert "A Person: duplicate name" in problems
    assert "'p one' is also A Person" in problems


def test_key_folds_like_geo() -> None:
    assert key("Díaz-Canel’s") == "diaz canel"
    assert key("Gideon Sa'ar") == "gideon saar"


def test_a_surname_with_a_title_resolves_only_one_known_holder_of_such_a_post() -> None:
    table = _table(
        "Ana Velasquez;;CHL;GOV;President of Chile;2010;2014",
        "Raul Ortega;;PER;GOV;President of Peru;1990;1995",
        "Fidel Ortega;;PER;REB;Rebel leader;1980;",
        "Marta Lind;;SWE;MIL;Army chief of Sweden;2001;",
    )
    assert known_titled("Velasquez", "GOV", table).country == "CHL"  # "President Velasquez"
    assert known_titled("Ortega", "GOV", table) is None  # two people bear the surname
    assert known_titled("Lind", "GOV", table) is None  # the title says another post
    assert known_titled("Ana Velasquez", "GOV", table) is None  # a surname, nothing more


def test_a_surname_shared_by_holders_of_one_country_s_post_gives_that_country() -> None:
    table = _table(
        "Raul Ortega;;PER;GOV;President of Peru;1990;1995",
        "Luisa Ortega;;PER;GOV;President of Peru;2001;2006",
        "Ana Velasquez;;CHL;GOV;President of Chile;2010;2014",
        "Tomas Velasquez;;BOL;GOV;President of Bolivia;2015;2019",
    )
    assert known_titled("Ortega", "GOV", table) is None  # which president is unknown ...
    assert titled_country("Ortega", "GOV", table) == "PER"  # ... but both served Peru
    assert titled_country("Velasquez", "GOV", table) is None  # two countries
    assert titled_country("Ortega", "MIL", table) is None  # the title says another post
