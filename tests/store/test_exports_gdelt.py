"""GDELT 2.0 event export: the codebook's 61 columns, CAMEO codes as strings, story counts."""

from __future__ import annotations

import io

import pyarrow as pa
import pyarrow.csv as pacsv
import pytest

from communique.store import EventFilter, Store
from communique.store.exports import export_events, gdelt_day
from tests.store import helpers

# Written out from the GDELT 2.0 event codebook, not taken from the code under test.
CODEBOOK = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name",
    "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code",
    "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code", "Actor2Code",
    "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
    "Actor2Type3Code", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type",
    "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type",
    "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type",
    "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
]  # fmt: skip

CODE_COLUMNS = ("EventCode", "EventBaseCode", "EventRootCode")


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "events.db") as store:
        for name in ("doc-1", "doc-2"):
            doc = helpers.document(helpers.TEXT + f" ({name})", record_id=name)
            store.write_document(doc, [helpers.result(doc, text=doc.text)])
        yield store


def load(store: Store, where: EventFilter | None = None) -> pa.Table:
    """The export as a GDELT user loads it: tab-separated, CAMEO codes read as text."""
    out = io.BytesIO()
    export_events(store, where or EventFilter(), "gdelt", out)
    options = pacsv.ConvertOptions(column_types={c: pa.string() for c in CODE_COLUMNS})
    parse = pacsv.ParseOptions(delimiter="\t", quote_char=False)
    return pacsv.read_csv(io.BytesIO(out.getvalue()), parse_options=parse, convert_options=options)


def by_code(table: pa.Table) -> dict[str, dict]:
    return {row["EventCode"]: row for row in table.to_pylist()}


def test_loads_with_the_codebook_columns(store):
    table = load(store)
    assert len(CODEBOOK) == 61
    assert table.column_names == CODEBOOK
    assert table.num_rows == 4  # two asserted events in each of two documents


def test_cameo_codes_stay_strings_with_their_zeros(store):
    consult = by_code(load(store))["040"]
    assert (consult["EventBaseCode"], consult["EventRootCode"]) == ("040", "04")
    assert consult["QuadClass"] == 1
    assert consult["GoldsteinScale"] == 1.0


def test_actors_dates_and_place(store):
    rows = by_code(load(store))
    consult, accuse = rows["040"], rows["112"]
    assert (consult["Actor1Code"], consult["Actor1CountryCode"]) == ("CUBGOV", "CUB")
    assert consult["Actor2Name"] == "Nikolai Patrushev"
    assert (consult["Day"], consult["MonthYear"], consult["Year"]) == (20240226, 202402, 2024)
    assert consult["FractionDate"] == pytest.approx(2024 + 57 / 365, abs=1e-4)
    assert consult["ActionGeo_Type"] == 4
    assert consult["ActionGeo_FullName"] == "Havana, Cuba"
    assert consult["ActionGeo_CountryCode"] == "CU"  # FIPS 10-4, as GDELT's places use
    assert (accuse["Actor1Code"], accuse["QuadClass"], accuse["ActionGeo_Type"]) == ("RUS", 3, 0)


def test_counts_come_from_the_story_of_each_event(store):
    # The same page from two documents: each event's story holds both reports.
    table = load(store)
    columns = ("NumMentions", "NumSources", "NumArticles")
    counts = zip(*(table.column(c).to_pylist() for c in columns), strict=True)
    assert set(counts) == {(2, 2, 2)}


def test_a_database_without_stories_counts_each_event_once(store):
    store.db.executescript("DROP TABLE story_events; DROP TABLE stories;")
    table = load(store)
    for column in ("NumMentions", "NumSources", "NumArticles"):
        assert set(table.column(column).to_pylist()) == {1}


def test_filters_select_rows_and_source_is_the_document(store):
    table = load(store, EventFilter(type="ACCUSE", query="shelling"))
    assert table.num_rows == 2
    assert sorted(table.column("SOURCEURL").to_pylist()) == ["doc-1", "doc-2"]
    assert all(len(str(v)) == 14 for v in table.column("DATEADDED").to_pylist())


def test_values_with_tabs_do_not_shift_columns(store):
    store.db.execute("UPDATE events SET record = replace(record, 'Ukraine', 'Ukr\\taine')")
    table = load(store)
    assert table.column_names == CODEBOOK
    assert "Ukr aine" in table.column("Actor2Name").to_pylist()


@pytest.mark.parametrize(
    ("when", "published", "day"),
    [
        ("2024-02-26", "2024-02-28", "2024-02-26"),
        ("2024-02", "2024-02-28", "2024-02-28"),  # publication day inside the month
        ("2024-01", "2024-02-28", "2024-01-01"),
        ("2023", "2024-02-28", "2023-01-01"),
        (None, "2024-02-28", "2024-02-28"),
        (None, None, None),
    ],
)
def test_every_event_gets_a_day(when, published, day):
    record = {"date": when, "document": {"published": published}}
    result = gdelt_day(record)
    assert (result.isoformat() if result else None) == day
