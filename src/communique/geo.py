"""Countries, intergovernmental organisations and places: exact look-ups, no fuzzy matching.

Sources: the `countryinfo` package (names, alternative spellings, demonyms, capitals,
provinces), a bundled city table `data/places.tsv` (GeoNames, CC BY 4.0, built by
`scripts/build_places.py`) and small hand tables of the forms news writes.

Every look-up folds accents, case, dots and hyphens, drops a leading "the" and a possessive,
then needs the whole text to equal a known key: substring matching is what maps "Havana"
to Bhavnagar, and fuzzy matching is what maps "Cuban" to Angola (OFFLINE-NLP.md).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from communique.model import Place

# News forms countryinfo lacks or spells otherwise. They override countryinfo's entries.
NEWS_COUNTRY_NAMES: dict[str, str] = {
    "america": "USA",
    "united states of america": "USA",
    "britain": "GBR",
    "great britain": "GBR",
    "england": "GBR",
    "scotland": "GBR",
    "wales": "GBR",
    "northern ireland": "GBR",
    "holland": "NLD",
    "the netherlands": "NLD",
    "burma": "MMR",
    # Reuters and AP write "Congo" for the Democratic Republic; Brazzaville is spelt out.
    "congo": "COD",
    "dr congo": "COD",
    "democratic republic of congo": "COD",
    "congo kinshasa": "COD",
    "republic of congo": "COG",
    "congo brazzaville": "COG",
    "turkiye": "TUR",
    "ivory coast": "CIV",
    "cote d'ivoire": "CIV",
    "czechia": "CZE",
    "czech republic": "CZE",
    "macedonia": "MKD",
    "north macedonia": "MKD",
    "east timor": "TLS",
    "timor leste": "TLS",
    "swaziland": "SWZ",
    "eswatini": "SWZ",
    "cape verde": "CPV",
    "cabo verde": "CPV",
    "vatican": "VAT",
    "holy see": "VAT",
    "vietnam": "VNM",
    "viet nam": "VNM",
    "laos": "LAO",
    "bosnia": "BIH",  # the short name news uses for Bosnia and Herzegovina
    "syria": "SYR",
    "iran": "IRN",
    "russia": "RUS",
    "russian federation": "RUS",
    "south korea": "KOR",
    "north korea": "PRK",
    "kosovo": "XKX",  # user-assigned code, as the EU and GeoNames use
    "palestine": "PSE",
    "palestinian territories": "PSE",
    "palestinian authority": "PSE",
    "gaza": "PSE",
    "gaza strip": "PSE",
    "west bank": "PSE",
}

# Regions news names as places that are neither countries, capitals nor provinces here.
# Contested regions claimed by two states ("Kashmir") are left out on purpose.
NEWS_REGIONS: dict[str, str] = {
    "crimea": "UKR",
    "donbas": "UKR",
    "donbass": "UKR",
    "darfur": "SDN",
    "sinai": "EGY",
    "sinai peninsula": "EGY",
    "siberia": "RUS",
    "kurdistan region": "IRQ",
}

# Demonyms and adjectives. Shared ones go to the country news means by them
# (countryinfo also gives "American" to the Northern Mariana Islands, "Chinese" to Macau).
NEWS_DEMONYMS: dict[str, str] = {
    "american": "USA",
    "chinese": "CHN",
    "indian": "IND",
    "congolese": "COD",
    "dominican": "DOM",
    "french": "FRA",
    "norwegian": "NOR",
    "burmese": "MMR",
    "british": "GBR",
    "briton": "GBR",
    "english": "GBR",
    "scottish": "GBR",
    "welsh": "GBR",
    "saudi": "SAU",
    "saudi arabian": "SAU",
    "emirati": "ARE",
    "israeli": "ISR",
    "palestinian": "PSE",
    "afghan": "AFG",
    "filipino": "PHL",
    "dutch": "NLD",
    "kosovar": "XKX",
    "kosovan": "XKX",
    "bosnian": "BIH",
    "turkish": "TUR",
    "ukrainian": "UKR",
    "belarusian": "BLR",
    "russian": "RUS",
    "iranian": "IRN",
    "vietnamese": "VNM",
    "lao": "LAO",
    "laotian": "LAO",
    "czech": "CZE",
    "slovak": "SVK",
    "nigerien": "NER",
    "nigerian": "NGA",
    "sudanese": "SDN",
    "south sudanese": "SSD",
    "guinean": "GIN",
    "bissau guinean": "GNB",
    "ivorian": "CIV",
    "cape verdean": "CPV",
    "argentine": "ARG",
    "argentinian": "ARG",
    "serb": "SRB",
    "serbs": "SRB",
    "croat": "HRV",
    "croats": "HRV",
    "sierra leonean": "SLE",
    "sri lankan": "LKA",
    "nepali": "NPL",
    "uzbek": "UZB",
    "kazakh": "KAZ",
    "kyrgyz": "KGZ",
    "tajik": "TJK",
    "azeri": "AZE",
    "ecuadorian": "ECU",
    "slovenian": "SVN",
    "icelandic": "ISL",
    "luxembourgish": "LUX",
    # Nouns for the people where the adjective differs ("Polish" but "Poles").
    "pole": "POL",
    "poles": "POL",
    "turk": "TUR",
    "turks": "TUR",
    "greeks": "GRC",
    "czechs": "CZE",
    "slovaks": "SVK",
    "dane": "DNK",
    "danes": "DNK",
    "swede": "SWE",
    "swedes": "SWE",
    "finn": "FIN",
    "finns": "FIN",
    "brits": "GBR",
    "scot": "GBR",
    "scots": "GBR",
    "britons": "GBR",
    "afghans": "AFG",
    "filipinos": "PHL",
}

# Demonyms that name more than one state about equally often: a wrong code is worse than
# none ("Korean" is North or South; "Arab" is a people, not a state).
AMBIGUOUS_DEMONYMS: frozenset[str] = frozenset({"korean", "arab", "arabian", "european"})

# Seats of government that news uses for the government itself.
NEWS_CAPITALS: dict[str, str] = {
    "washington": "USA",
    "washington dc": "USA",
    "kiev": "UKR",
    "kyiv": "UKR",
    "new delhi": "IND",
    "delhi": "IND",
    "naypyitaw": "MMR",
    "nay pyi taw": "MMR",
    "beijing": "CHN",
    "peking": "CHN",
    "tehran": "IRN",
    "teheran": "IRN",
    "the hague": "NLD",
    "canberra": "AUS",
    "ottawa": "CAN",
    "brasilia": "BRA",
    "ankara": "TUR",
    "abu dhabi": "ARE",
    "riyadh": "SAU",
    "pyongyang": "PRK",
    "seoul": "KOR",
}

# Metonyms for a government: country codes, but not places to geocode.
GOVERNMENT_METONYMS: dict[str, str] = {
    "kremlin": "RUS",
    "white house": "USA",
    "pentagon": "USA",
    "state department": "USA",
    "downing street": "GBR",
    "whitehall": "GBR",
    "elysee": "FRA",
    "elysee palace": "FRA",
    "quai d'orsay": "FRA",
    "zhongnanhai": "CHN",
    "blue house": "KOR",
}

# Acronyms match only when written in capitals: "us" and "who" are pronouns.
COUNTRY_ACRONYMS: dict[str, str] = {
    "US": "USA",
    "USA": "USA",
    "UK": "GBR",
    "UAE": "ARE",
    "DRC": "COD",
    "PRC": "CHN",
    "DPRK": "PRK",
    "ROK": "KOR",
    "KSA": "SAU",
    "RF": "RUS",
}

# Intergovernmental organisations: canonical name -> other names (acronyms in capitals).
# G7, G20 and BRICS are forums without a secretariat, but news makes them actors ("the G7
# condemned ...") and CAMEO codes such groupings as IGOs, so they are kept.
IGO_NAMES: dict[str, tuple[str, ...]] = {
    "United Nations": ("UN", "UNO", "United Nations Organization"),
    "UN Security Council": (
        "UNSC",
        "United Nations Security Council",
        "UN Security Council",
        "Security Council of the United Nations",
    ),
    "UN General Assembly": ("UNGA", "United Nations General Assembly", "UN General Assembly"),
    "UN Human Rights Council": (
        "UNHRC",
        "United Nations Human Rights Council",
        "UN Human Rights Council",
        "Human Rights Council",
    ),
    "UN Secretary-General": ("UN Secretary-General", "United Nations Secretary-General"),
    "UNHCR": (
        "UN Refugee Agency",
        "United Nations High Commissioner for Refugees",
        "UN refugee agency",
        "UNHCR",
    ),
    "UNICEF": ("United Nations Children's Fund", "UNICEF", "Unicef"),
    "World Food Programme": ("WFP", "UN World Food Programme", "World Food Program"),
    "UNESCO": ("UNESCO", "Unesco"),
    "UNDP": ("UNDP", "United Nations Development Programme"),
    "OCHA": ("OCHA", "UN Office for the Coordination of Humanitarian Affairs"),
    "UNRWA": ("UNRWA", "Unrwa"),
    "European Union": ("EU", "European Union"),
    "European Commission": ("European Commission",),
    "European Parliament": ("European Parliament",),
    "European Council": ("European Council", "Council of the European Union"),
    "NATO": (
        "NATO",
        "Nato",
        "North Atlantic Treaty Organization",
        "North Atlantic Treaty Organisation",
        "North Atlantic Alliance",
    ),
    "African Union": ("AU", "African Union", "African Union Commission"),
    "ECOWAS": ("ECOWAS", "Ecowas", "Economic Community of West African States"),
    "SADC": ("SADC", "Southern African Development Community"),
    "IGAD": ("IGAD", "Intergovernmental Authority on Development"),
    "East African Community": ("EAC", "East African Community"),
    "Shanghai Cooperation Organisation": ("SCO", "Shanghai Cooperation Organization"),
    "Organisation of Islamic Cooperation": ("OIC", "Organization of Islamic Cooperation"),
    "ASEAN": (
        "ASEAN",
        "Asean",
        "Association of Southeast Asian Nations",
        "Association of South East Asian Nations",
    ),
    "Arab League": ("Arab League", "League of Arab States"),
    "Gulf Cooperation Council": ("GCC", "Gulf Cooperation Council"),
    "IAEA": ("IAEA", "International Atomic Energy Agency"),
    "World Health Organization": ("WHO", "World Health Organisation"),
    "International Monetary Fund": ("IMF", "International Monetary Fund"),
    "World Bank": ("World Bank", "World Bank Group"),
    "World Trade Organization": ("WTO", "World Trade Organisation"),
    "OPEC": ("OPEC", "Opec", "Organization of the Petroleum Exporting Countries", "OPEC+", "Opec+"),
    "OSCE": (
        "OSCE",
        "Organization for Security and Co-operation in Europe",
        "Organisation for Security and Co-operation in Europe",
    ),
    "Council of Europe": ("Council of Europe",),
    "Organization of American States": ("OAS", "Organisation of American States"),
    "CSTO": (
        "CSTO",
        "Collective Security Treaty Organization",
        "Collective Security Treaty Organisation",
    ),
    "Commonwealth of Independent States": ("CIS",),
    "Eurasian Economic Union": ("EAEU", "EEU"),
    "Mercosur": ("Mercosur", "MERCOSUR"),
    "Interpol": ("Interpol", "INTERPOL"),
    "International Criminal Court": ("ICC",),
    "International Court of Justice": ("ICJ", "World Court"),
    "International Organization for Migration": ("IOM",),
    "G7": ("G7", "G-7", "Group of Seven"),
    "G20": ("G20", "G-20", "Group of Twenty", "Group of 20"),
    "BRICS": ("BRICS", "Brics"),
}

_PLACES_FILE = "places.tsv"
_BIG_CITY = 1_000_000  # a city this large beats a province of the same name

CACHED_NAMES = 65536


@lru_cache(maxsize=CACHED_NAMES)  # the same names come back on every page
def fold(text: str) -> str:
    """The comparable form of a name: no accents, lower case, no dots, hyphens as spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.lower().replace("\u2019", "'").replace("\u2018", "'").replace(".", "")
    plain = re.sub(r"[-\u2010-\u2015_]", " ", plain)
    return " ".join(plain.split())


def _key(text: str) -> str:
    """`fold` plus the words news wraps around a name: "the", a possessive."""
    folded = fold(text)
    folded = re.sub(r"^the ", "", folded)
    return re.sub(r"'s?$", "", folded).strip()


def _acronym(text: str) -> str:
    return text.replace(".", "").strip().removeprefix("the ").strip()


# ---------------------------------------------------------------------------
# countryinfo tables, built once
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Country:
    code: str
    name: str
    population: int
    latlng: tuple[float, float] | None
    capital: str | None
    capital_latlng: tuple[float, float] | None
    provinces: tuple[str, ...]
    demonym: str | None
    spellings: tuple[str, ...]


def _latlng(value: object) -> tuple[float, float] | None:
    if isinstance(value, list | tuple) and len(value) == 2:
        return float(value[0]), float(value[1])
    return None


def _first_text(value: object) -> str | None:
    """countryinfo gives most capitals as text, a few as a one-item list."""
    if isinstance(value, list | tuple):
        value = value[0] if value else None
    return value if isinstance(value, str) and value else None


@cache
def _countries() -> tuple[_Country, ...]:
    """countryinfo's entries that carry an ISO alpha-3 code."""
    from countryinfo import CountryInfo  # imported late: loading reads 250 JSON files

    rows = []
    for info in CountryInfo.all().values():
        code = (info.get("ISO") or {}).get("alpha3")
        if not code:
            continue  # "Scotland" and other entries without a code
        names = [info.get("name") or "", info.get("nativeName") or ""]
        names += [alt for alt in info.get("altSpellings") or [] if len(alt) > 3]
        rows.append(
            _Country(
                code=code,
                name=info["name"],
                population=int(info.get("population") or 0),
                latlng=_latlng(info.get("latlng")),
                capital=_first_text(info.get("capital")),
                capital_latlng=_latlng(info.get("capital_latlng")),
                provinces=tuple(info.get("provinces") or ()),
                demonym=info.get("demonym") or None,
                spellings=tuple(name for name in names if name),
            )
        )
    return tuple(rows)


def _most_populous_first() -> list[_Country]:
    return sorted(_countries(), key=lambda country: country.population, reverse=True)


def _table(pairs: list[tuple[str, str]], overrides: dict[str, str]) -> dict[str, str]:
    """key -> code; the first pair for a key wins (callers list populous countries first)."""
    table: dict[str, str] = {}
    for text, code in pairs:
        key = _key(text)
        if key:
            table.setdefault(key, code)
    table.update({_key(text): code for text, code in overrides.items()})
    return table


@cache
def _name_table() -> dict[str, str]:
    pairs = [(name, c.code) for c in _most_populous_first() for name in c.spellings]
    return _table(pairs, NEWS_COUNTRY_NAMES)


@cache
def _demonym_table() -> dict[str, str]:
    pairs = [(c.demonym, c.code) for c in _most_populous_first() if c.demonym]
    table = _table(pairs, NEWS_DEMONYMS)
    # Plurals name the people ("Cubans", "Pakistanis"); "-ese", "-ish", "-ch" take none.
    plurals = {key + "s": code for key, code in table.items() if key.endswith(("an", "i", "er"))}
    table.update({key: code for key, code in plurals.items() if key not in table})
    for key in AMBIGUOUS_DEMONYMS:
        table.pop(key, None)
    return table


@cache
def _capital_table() -> dict[str, str]:
    pairs = [(c.capital, c.code) for c in _most_populous_first() if c.capital]
    return _table(pairs, NEWS_CAPITALS)


@cache
def _country_by_code() -> dict[str, _Country]:
    by_code: dict[str, _Country] = {}
    for country in _most_populous_first():
        by_code.setdefault(country.code, country)
    return by_code


@lru_cache(maxsize=CACHED_NAMES)  # the same names come back on every page
def country_code(text: str) -> str | None:
    """ISO 3166 alpha-3 code for a country name, demonym, capital or government metonym.

    "the United States", "U.S.", "Russian", "Pakistanis", "Moscow", "the Kremlin" all
    resolve; ambiguous demonyms ("Korean") and unknown text give None.
    """
    acronym = _acronym(text)
    if acronym in COUNTRY_ACRONYMS:
        return COUNTRY_ACRONYMS[acronym]
    key = _key(text)
    if not key or key in AMBIGUOUS_DEMONYMS:
        return None
    for table in (_name_table(), _demonym_table(), _capital_table(), _metonym_table()):
        if key in table:
            return table[key]
    return None


def is_country_name(text: str) -> bool:
    """ "Russia", "the United States", "U.S.": a country's name, not its people or capital."""
    return _acronym(text) in COUNTRY_ACRONYMS or _key(text) in _name_table()


@cache
def _metonym_table() -> dict[str, str]:
    return {_key(text): code for text, code in GOVERNMENT_METONYMS.items()}


def is_seat_of_government(text: str) -> bool:
    """A capital or a government's building standing for the government ("Moscow said",
    "the White House announced"), not the country as a whole."""
    key = _key(text)
    return key in _capital_table() or key in _metonym_table()


# The names countries go by now, where countryinfo keeps an older one.
CURRENT_NAMES = {
    "MMR": "Myanmar", "MKD": "North Macedonia", "SWZ": "Eswatini", "TLS": "Timor-Leste",
    "CPV": "Cabo Verde",
}  # fmt: skip


def country_name(code: str) -> str | None:
    """The English name of an alpha-3 code ("CUB" -> "Cuba"): countryinfo's, or the name
    the country took since ("MMR" -> "Myanmar", not "Burma")."""
    if code.upper() in CURRENT_NAMES:
        return CURRENT_NAMES[code.upper()]
    country = _country_by_code().get(code.upper())
    return country.name if country else None


# ---------------------------------------------------------------------------
# Intergovernmental organisations
# ---------------------------------------------------------------------------


def _is_acronym(alias: str) -> bool:
    letters = alias.replace("+", "").replace("-", "")
    return letters.isalnum() and " " not in alias and alias.upper() == alias


@cache
def _igo_tables() -> tuple[dict[str, str], dict[str, str]]:
    """(folded full names -> canonical, acronyms as written -> canonical)."""
    names: dict[str, str] = {}
    acronyms: dict[str, str] = {}
    for canonical, aliases in IGO_NAMES.items():
        for alias in (canonical, *aliases):
            if _is_acronym(alias):
                acronyms[alias] = canonical
            else:
                names[_key(alias)] = canonical
    return names, acronyms


@lru_cache(maxsize=CACHED_NAMES)  # the same names come back on every page
def igo(text: str) -> str | None:
    """Canonical name of the intergovernmental organisation `text` names, else None.

    Acronyms count only in capitals ("WHO", "U.N."), never as the words "who" or "Who";
    "Nato"-style capitalised acronyms of four letters or more are in the table as written.
    """
    names, acronyms = _igo_tables()
    acronym = _acronym(text)
    if acronym in acronyms:
        return acronyms[acronym]
    return names.get(_key(text))


# ---------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _City:
    name: str
    country: str
    lat: float
    lon: float
    population: int


@cache
def _cities() -> dict[str, _City]:
    """Folded city name -> the most populous city of that name in the bundled table."""
    best: dict[str, _City] = {}
    data = resources.files("communique").joinpath("data", _PLACES_FILE)
    with data.open(encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for name, country, lat, lon, population in rows:
            city = _City(name, country, float(lat), float(lon), int(population))
            key = _key(name)
            if key not in best or city.population > best[key].population:
                best[key] = city
    return best


@cache
def _province_table() -> dict[str, str]:
    pairs = [(p, c.code) for c in _most_populous_first() for p in c.provinces]
    return _table(pairs, NEWS_REGIONS)


def _country_place(text: str, key: str) -> Place | None:
    code = _name_table().get(key)
    if code is None:
        return None
    city = _cities().get(key)
    if city and city.country == code:  # "Gaza", "Singapore": the city, not the centroid
        return Place(text, code, city.lat, city.lon)
    country = _country_by_code().get(code)
    latlng = country.latlng if country else None
    return Place(text, code, *(latlng or (None, None)))


def _capital_place(text: str, key: str) -> Place | None:
    code = _capital_table().get(key)
    if code is None:
        return None
    city = _cities().get(key)
    if city and city.country == code:
        return Place(text, code, city.lat, city.lon)
    country = _country_by_code().get(code)
    latlng = country.capital_latlng if country else None
    return Place(text, code, *(latlng or (None, None)))


def _province_place(text: str, key: str) -> Place | None:
    code = _province_table().get(key)
    return Place(text, code) if code else None


def _city_place(text: str, key: str, min_population: int = 0) -> Place | None:
    city = _cities().get(key)
    if city is None or city.population < min_population:
        return None
    return Place(text, city.country, city.lat, city.lon)


def place_country(name: str) -> Place | None:
    """Where a place name points: country, capital, big city, province, then any city.

    The order settles shared names: a country or capital beats a city ("Tripoli" is
    Libya's), a city of a million beats a province elsewhere ("Guadalajara" is Mexico's),
    a province beats a small city ("Goa" is India's), and among cities the most populous
    wins ("Hyderabad" is India's). Provinces carry no coordinates.
    """
    text = name.strip()
    key = _key(text)
    if not key:
        return None
    return (
        _country_place(text, key)
        or _capital_place(text, key)
        or _city_place(text, key, _BIG_CITY)
        or _province_place(text, key)
        or _city_place(text, key)
    )


def country_of_place(name: str) -> str | None:
    """Alpha-3 code of the country a place name points to, else None."""
    place = place_country(name)
    return place.country if place else None
