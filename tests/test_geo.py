"""communique.geo: exact, accent- and case-insensitive look-ups of countries, IGOs, places."""

import pytest

from communique.geo import country_code, country_name, country_of_place, fold, igo, place_country


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Cuba", "CUB"), ("the United States", "USA"), ("U.S.", "USA"), ("US", "USA"),
        ("USA", "USA"), ("Russian Federation", "RUS"), ("DR Congo", "COD"),
        ("Democratic Republic of the Congo", "COD"), ("South Korea", "KOR"),
        ("North Korea", "PRK"), ("Türkiye", "TUR"), ("Turkey", "TUR"), ("TURKEY", "TUR"),
        ("Britain", "GBR"), ("UK", "GBR"), ("U.K.", "GBR"), ("Côte d'Ivoire", "CIV"),
        ("Russia's", "RUS"), ("Russia\u2019s", "RUS"), ("Republic of the Congo", "COG"),
        ("Bosnia", "BIH"),
    ],
)
def test_country_names(text: str, code: str) -> None:
    assert country_code(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Cuban", "CUB"), ("Russian", "RUS"), ("Pakistani", "PAK"), ("Pakistanis", "PAK"),
        ("Saudi", "SAU"), ("Emirati", "ARE"), ("Israeli", "ISR"), ("Palestinian", "PSE"),
        ("Ukrainians", "UKR"), ("Chinese", "CHN"), ("Japanese", "JPN"),
    ],
)
def test_demonyms(text: str, code: str) -> None:
    assert country_code(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    # Shared demonyms go to the country news means; countryinfo lists others too.
    [("American", "USA"), ("Chinese", "CHN"), ("Indian", "IND"), ("Congolese", "COD"),
     ("Dominican", "DOM"), ("French", "FRA")],
)
def test_shared_demonyms_follow_the_priority_table(text: str, code: str) -> None:
    assert country_code(text) == code


@pytest.mark.parametrize("text", ["Korean", "Arab", "Eurasian", "European", "Martian", ""])
def test_ambiguous_or_unknown_demonyms_give_none(text: str) -> None:
    assert country_code(text) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Moscow", "RUS"), ("Washington", "USA"), ("Beijing", "CHN"), ("Tehran", "IRN"),
        ("Riyadh", "SAU"), ("Kyiv", "UKR"), ("Kiev", "UKR"), ("Havana", "CUB"),
        ("HAVANA", "CUB"), ("New Delhi", "IND"), ("Islamabad", "PAK"), ("Pyongyang", "PRK"),
        ("Seoul", "KOR"), ("Brasília", "BRA"), ("the Kremlin", "RUS"), ("White House", "USA"),
    ],
)
def test_capitals_and_metonyms_stand_for_governments(text: str, code: str) -> None:
    assert country_code(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Niger", "NER"), ("Nigeria", "NGA"), ("Nigerien", "NER"), ("Nigerian", "NGA"),
        ("Sudan", "SDN"), ("South Sudan", "SSD"), ("Sudanese", "SDN"),
        ("South Sudanese", "SSD"), ("Guinea", "GIN"), ("Guinea-Bissau", "GNB"),
        ("Equatorial Guinea", "GNQ"), ("Papua New Guinea", "PNG"), ("Dominica", "DMA"),
        ("Dominican Republic", "DOM"),
    ],
)
def test_names_that_contain_other_names_stay_apart(text: str, code: str) -> None:
    assert country_code(text) == code


@pytest.mark.parametrize("text", ["us", "in", "it", "is", "no", "can", "who"])
def test_lower_case_words_are_not_codes(text: str) -> None:
    assert country_code(text) is None


def test_no_substring_matching() -> None:
    assert country_code("Cubana airline") is None
    assert country_code("Russian Foreign Ministry") is None


def test_country_name_of_a_code() -> None:
    assert country_name("CUB") == "Cuba"
    assert country_name("XYZ") is None


def test_fold_drops_accents_case_dots_and_hyphens() -> None:
    assert fold("  Díaz-Canel ") == "diaz canel"
    assert fold("U.N.") == "un"


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("UN", "United Nations"), ("U.N.", "United Nations"),
        ("the United Nations", "United Nations"),
        ("UN Security Council", "UN Security Council"),
        ("U.N. Security Council", "UN Security Council"),
        ("United Nations Security Council", "UN Security Council"),
        ("EU", "European Union"), ("European Union", "European Union"), ("NATO", "NATO"),
        ("Nato", "NATO"), ("AU", "African Union"), ("African Union", "African Union"),
        ("ECOWAS", "ECOWAS"), ("SCO", "Shanghai Cooperation Organisation"),
        ("OIC", "Organisation of Islamic Cooperation"), ("ASEAN", "ASEAN"),
        ("Arab League", "Arab League"), ("IAEA", "IAEA"), ("WHO", "World Health Organization"),
        ("IMF", "International Monetary Fund"), ("World Bank", "World Bank"), ("OPEC", "OPEC"),
        ("G7", "G7"), ("Group of 20", "G20"),
        ("International Criminal Court", "International Criminal Court"),
        ("ICJ", "International Court of Justice"),
        ("UN Human Rights Council", "UN Human Rights Council"),
    ],
)
def test_igo(text: str, canonical: str) -> None:
    assert igo(text) == canonical


@pytest.mark.parametrize(
    "text", ["who", "Who", "un", "Security Council", "Russian Security Council", "Cuba", ""]
)
def test_not_igo(text: str) -> None:
    assert igo(text) is None


def test_place_of_a_capital_has_coordinates() -> None:
    place = place_country("Havana")
    assert place is not None
    assert place.country == "CUB"
    assert place.lat == pytest.approx(23.13, abs=0.1)
    assert place.lon == pytest.approx(-82.38, abs=0.1)


def test_havana_is_not_bhavnagar() -> None:
    assert country_of_place("Havana") == "CUB"
    assert country_of_place("Bhavnagar") == "IND"
    assert place_country("avana") is None


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Goa", "IND"),  # province of India beats the small Philippine town
        ("Punjab", "IND"),
        ("Texas", "USA"),
        ("Paris", "FRA"),  # capital beats Paris, Texas
        ("Tripoli", "LBY"),  # capital beats Tripoli, Lebanon
        ("Alexandria", "EGY"),  # most populous city of the name
        ("Hyderabad", "IND"),
        ("Guadalajara", "MEX"),  # a city of a million beats the Spanish province
        ("Georgia", "GEO"),  # country beats the US state
        ("Karachi", "PAK"), ("Sochi", "RUS"), ("São Paulo", "BRA"), ("Sao Paulo", "BRA"),
        ("Crimea", "UKR"), ("Gaza", "PSE"), ("Niger", "NER"), ("Nigeria", "NGA"),
        ("Juba", "SSD"), ("Khartoum", "SDN"),
    ],
)
def test_place_country(name: str, code: str) -> None:
    assert country_of_place(name) == code


def test_place_keeps_the_name_as_written() -> None:
    place = place_country(" Sao Paulo ")
    assert place is not None and place.place == "Sao Paulo"


def test_country_place_uses_the_city_of_that_name_when_it_exists() -> None:
    gaza = place_country("Gaza")
    assert gaza is not None and gaza.lat == pytest.approx(31.5, abs=0.2)


@pytest.mark.parametrize("name", ["Xanadu Springs", "", "the", "Kashmir", "the Kremlin"])
def test_unknown_places(name: str) -> None:
    assert place_country(name) is None
