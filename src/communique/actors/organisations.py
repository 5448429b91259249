"""Well-known organisations: armed groups, parties, agencies, NGOs and news agencies.

A small hand-made table (`data/organisations.tsv`) of bodies that news names without
saying whose they are ("Hamas", "the Houthis", "the PKK"): their country and sector.
Names match after folding case and accents; acronyms match only as written in capitals,
so "ANC" is the party and "anc" nothing.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from communique.geo import CACHED_NAMES, fold


@dataclass(frozen=True)
class KnownOrganisation:
    name: str
    country: str | None
    sector: str
    aliases: tuple[str, ...] = ()


@lru_cache(maxsize=CACHED_NAMES)  # the same names come back on every page
def known_organisation(text: str) -> KnownOrganisation | None:
    """The organisation a name or acronym stands for, if the table knows it."""
    text = text.strip().removeprefix("the ").removeprefix("The ")
    if text.isupper() and text in _acronyms():
        return _acronyms()[text]
    return _names().get(fold(text))


def _rows() -> list[dict[str, str]]:
    source = resources.files("communique") / "data" / "organisations.tsv"
    with source.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@cache
def _tables() -> tuple[dict[str, KnownOrganisation], dict[str, KnownOrganisation]]:
    names: dict[str, KnownOrganisation] = {}
    acronyms: dict[str, KnownOrganisation] = {}
    for row in _rows():
        aliases = tuple(filter(None, row["aliases"].split("|")))
        known = KnownOrganisation(row["name"], row["country"] or None, row["sector"], aliases)
        for alias in [row["name"], *aliases]:
            if alias.isupper() and len(alias) <= 6:
                acronyms[alias] = known
            else:
                names[fold(alias)] = known
    return names, acronyms


def _names() -> dict[str, KnownOrganisation]:
    return _tables()[0]


def _acronyms() -> dict[str, KnownOrganisation]:
    return _tables()[1]
