"""Exports of event records: JSON Lines (the record itself), CSV (the record flattened),
Parquet (the record nested) and GDELT 2.0 event TSV (for tools built on GDELT).

Both read the event record of model.event_record, so an export says exactly what the
database holds, and outside scorers (shared/eval/score.py) read the JSON Lines as is.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from functools import cache
from importlib.resources import files
from typing import Any, BinaryIO, TextIO

from communique import geo
from communique.store import queries
from communique.store.sqlite import EventFilter, Store

CSV_COLUMNS = [
    "event_id", "type", "mode", "cameo",
    "source_name", "source_country", "source_sector",
    "target_name", "target_country", "target_sector",
    "date", "date_precision", "date_basis", "place", "place_country", "place_basis",
    "document_id", "article", "title", "published",
    "evidence", "confidence", "story_id",
]  # fmt: skip


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """One record per line, non-ASCII kept as is; returns how many were written."""
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow(flatten(record))
        count += 1
    return count


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """The CSV row of an event record: nested parts become prefixed columns."""
    source = record.get("source") or {}
    target = record.get("target") or {}
    location = record.get("location") or {}
    document = record.get("document") or {}
    evidence = record.get("evidence") or {}
    return {
        "event_id": record["event_id"],
        "type": record["type"],
        "mode": record.get("mode"),
        "cameo": record.get("cameo"),
        "source_name": source.get("name"),
        "source_country": source.get("country"),
        "source_sector": source.get("sector"),
        "target_name": target.get("name"),
        "target_country": target.get("country"),
        "target_sector": target.get("sector"),
        "date": record.get("date"),
        "date_precision": record.get("date_precision"),
        "date_basis": record.get("date_basis"),
        "place": location.get("place"),
        "place_country": location.get("country"),
        "place_basis": location.get("basis"),
        "document_id": document.get("id"),
        "article": document.get("article"),
        "title": document.get("title"),
        "published": document.get("published"),
        "evidence": evidence.get("sentence"),
        "confidence": record.get("confidence"),
        "story_id": record.get("story_id"),
    }


EXPORTERS = {"jsonl": write_jsonl, "csv": write_csv}


# -- Parquet: the event record, nested as it is ------------------------------------------

PARQUET_BATCH = 10_000  # records per row group: bounded memory on exports of any size


def parquet_schema() -> Any:
    """The event record as an Arrow schema: nested parts are structs, absent parts null."""
    import pyarrow as pa

    text, integer = pa.string(), pa.int64()
    actor = pa.struct(
        [("actor_id", text), ("name", text), ("country", text), ("sector", text),
         ("text", text), ("start", integer), ("end", integer)]
    )  # fmt: skip
    return pa.schema(
        [("event_id", text), ("type", text), ("mode", text), ("cameo", text),
         ("source", actor), ("target", actor),
         ("date", text), ("date_precision", text), ("date_text", text), ("date_basis", text),
         ("location", pa.struct([("place", text), ("country", text),
                                 ("lat", pa.float64()), ("lon", pa.float64()),
                                 ("basis", text)])),
         ("document", pa.struct([("id", text), ("url", text), ("article", integer),
                                 ("title", text), ("published", text)])),
         ("evidence", pa.struct([("sentence", text), ("start", integer), ("end", integer)])),
         ("negated", pa.bool_()), ("hypothetical", pa.bool_()), ("planned", pa.bool_()),
         ("confidence", pa.float64()), ("trigger", text), ("rule", text), ("coder", text),
         ("mentions", integer), ("story_id", text)]
    )  # fmt: skip


def write_parquet(records: Iterable[dict[str, Any]], out: BinaryIO) -> int:
    """The records as one Parquet file (CAMEO codes stay strings); returns how many."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    count = 0
    with pq.ParquetWriter(out, schema) as writer:
        for batch in batched(records, PARQUET_BATCH):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


# -- GDELT 2.0 event table ---------------------------------------------------------------

# The 61 fields of the GDELT 2.0 event codebook, in file order.
GDELT_COLUMNS = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{field}" for n in (1, 2) for field in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{field}" for who in ("Actor1", "Actor2", "Action") for field in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
]  # fmt: skip

NO_GEO = {"Type": 0}  # GDELT's geographic type 0: no place matched


@cache
def fips_codes() -> dict[str, str]:
    """ISO alpha-3 to FIPS 10-4, the country codes of GDELT's geographic fields."""
    return dict(_data_rows("fips.tsv"))


@cache
def goldstein_scale() -> dict[str, float]:
    return {code: float(value) for code, value in _data_rows("goldstein.tsv")}


def _data_rows(name: str) -> list[list[str]]:
    text = files("communique").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def quad_class(root: int) -> int:
    """CAMEO roots to GDELT's four classes: verbal and material cooperation and conflict."""
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def goldstein(code: str) -> float | None:
    """The code's own score, else its base code's, else its root's."""
    scale = goldstein_scale()
    return next((scale[key] for key in (code, code[:3], code[:2]) if key in scale), None)


def gdelt_day(record: dict[str, Any]) -> date | None:
    """GDELT dates every event to a day: the event's own day; for a month or a year, the
    publication day when it falls inside, else the first day of that month or year."""
    when = record.get("date")
    published = (record.get("document") or {}).get("published")
    if when and len(when) < 10 and published and published.startswith(when):
        when = published
    when = when or published
    if not when:
        return None
    return date.fromisoformat((when + "-01-01")[:10] if len(when) == 4 else (when + "-01")[:10])


def date_fields(day: date | None) -> dict[str, Any]:
    if day is None:
        return {}
    fraction = day.year + day.timetuple().tm_yday / 365
    return {
        "Day": day.strftime("%Y%m%d"),
        "MonthYear": day.strftime("%Y%m"),
        "Year": day.year,
        "FractionDate": f"{fraction:.4f}",
    }


def actor_fields(n: int, part: dict[str, Any] | None) -> dict[str, Any]:
    """A CAMEO actor code is its country then its type ("CUBGOV"); IGO stands for both."""
    if not part:
        return {}
    country = part.get("country") if part.get("country") != "IGO" else None
    kind = part.get("sector") or ("IGO" if part.get("country") == "IGO" else None)
    return {
        f"Actor{n}Code": (country or "") + (kind if kind and kind != country else ""),
        f"Actor{n}Name": part.get("name"),
        f"Actor{n}CountryCode": country,
        f"Actor{n}Type1Code": kind,
    }


def event_fields(cameo: str | None) -> dict[str, Any]:
    if not cameo:
        return {}
    return {
        "EventCode": cameo,
        "EventBaseCode": cameo[:3],
        "EventRootCode": cameo[:2],
        "QuadClass": quad_class(int(cameo[:2])),
        "GoldsteinScale": goldstein(cameo),
    }


def action_geo_fields(location: dict[str, Any] | None) -> dict[str, Any]:
    """The event's place: type 1 when it names a country, 3 a US city, 4 any other city."""
    if not location or not location.get("place"):
        return {"ActionGeo_Type": 0}
    country = location.get("country")
    country_name = geo.country_name(country) if country else None
    is_country = (
        country_name is not None and location["place"].casefold() == country_name.casefold()
    )
    fips = fips_codes().get(country or "")
    full_name = (
        location["place"]
        if is_country or not country_name
        else f"{location['place']}, {country_name}"
    )
    return {
        "ActionGeo_Type": 1 if is_country else 3 if country == "USA" else 4,
        "ActionGeo_FullName": full_name,
        "ActionGeo_CountryCode": fips,
        "ActionGeo_ADM1Code": fips,
        "ActionGeo_Lat": location.get("lat"),
        "ActionGeo_Long": location.get("lon"),
        "ActionGeo_FeatureID": fips if is_country else None,
    }


def gdelt_row(
    record: dict[str, Any], context: dict[str, Any], counts: tuple[int, int, int]
) -> dict[str, Any]:
    """One event as a GDELT row; fields communique does not code (ethnicity, religion,
    tone, actor places, ADM2) stay empty, as GDELT leaves what it did not find."""
    document = record.get("document") or {}
    row: dict[str, Any] = {
        # 15 hex digits of the stable id fit GDELT's signed 64-bit integer id.
        "GlobalEventID": int(record["event_id"][:15], 16),
        **date_fields(gdelt_day(record)),
        **actor_fields(1, record.get("source")),
        **actor_fields(2, record.get("target")),
        "IsRootEvent": int(context.get("lead", True)),
        **event_fields(record.get("cameo")),
        **dict(zip(("NumMentions", "NumSources", "NumArticles"), counts, strict=True)),
        "Actor1Geo_Type": NO_GEO["Type"],
        "Actor2Geo_Type": NO_GEO["Type"],
        **action_geo_fields(record.get("location")),
        "DATEADDED": _timestamp(context.get("ingested_at")),
        "SOURCEURL": document.get("url") or document.get("id"),
    }
    return row


def _timestamp(iso: str | None) -> str | None:
    """An ISO time as GDELT's YYYYMMDDHHMMSS (UTC)."""
    if not iso:
        return None
    return datetime.fromisoformat(iso).astimezone(UTC).strftime("%Y%m%d%H%M%S")


def _tsv_value(value: Any) -> str:
    # GDELT files have no quoting: a tab or line break inside a value would shift columns.
    return (
        ""
        if value is None
        else " ".join(str(value).split("\t")).replace("\n", " ").replace("\r", " ")
    )


def write_gdelt(
    records: Iterable[dict[str, Any]],
    out: TextIO,
    *,
    context: dict[str, dict[str, Any]] | None = None,
    counts: dict[str, tuple[int, int, int]] | None = None,
    header: bool = True,
) -> int:
    """GDELT 2.0 event rows, tab-separated, with the codebook's names as a first line.

    `context` (per event id: ingested_at, lead) and `counts` (per event id: its story's
    mentions, sources, articles) come from `queries`; an event in no story counts 1, 1, 1.
    """
    context, counts = context or {}, counts or {}
    if header:
        out.write("\t".join(GDELT_COLUMNS) + "\n")
    count = 0
    for record in records:
        event_id = record["event_id"]
        row = gdelt_row(record, context.get(event_id, {}), counts.get(event_id, (1, 1, 1)))
        out.write("\t".join(_tsv_value(row.get(column)) for column in GDELT_COLUMNS) + "\n")
        count += 1
    return count


# -- one entry point for the CLI and the API ---------------------------------------------

FORMATS = ("jsonl", "csv", "parquet", "gdelt")


def export_events(store: Store, where: EventFilter, format_: str, out: BinaryIO) -> int:
    """The events a filter selects, written to a binary stream in one of FORMATS."""
    records = store.events(where)
    if format_ == "parquet":
        return write_parquet(records, out)
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    try:
        if format_ == "gdelt":
            context = queries.event_context(store.db, where)
            return write_gdelt(
                records, text, context=context, counts=queries.story_counts(store.db)
            )
        return EXPORTERS[format_](records, text)
    finally:
        text.detach()  # flushes, and leaves `out` open for whoever opened it
