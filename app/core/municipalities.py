"""Every Dutch municipality with its safety region, read from resources/data/municipalities.json,
and what follows from it: the regional calamity broadcaster and, when exactly one sourced
frequency fits, its FM frequency.

The table carries the date of its municipal boundaries ("stand: 1 januari 2026"; the UI reads it
from the data file); a name that is not in it (a later merger, a typing error) finds nothing, and
the user chooses by hand.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from app.core.broadcasters import Broadcaster, Frequency, broadcaster_for_region
from app.paths import resource


@dataclass(frozen=True)
class Municipality:
    code: str
    """The CBS code, "GM0344"."""
    name: str
    """The CBS name, "Utrecht", "Bergen (NH.)", "'s-Gravenhage"."""
    region: str
    """The safety region's name, as in ``records.SAFETY_REGIONS``."""
    also_called: tuple[str, ...] = ()


@dataclass(frozen=True)
class MunicipalityTable:
    year: int
    as_of: str
    """The date of the boundaries, "2026-01-01"."""
    count: int
    """The number the data file states (a test checks it against the list)."""
    municipalities: tuple[Municipality, ...]
    source: str
    """Where the list of municipalities (codes and names) comes from: repository, path and commit."""
    regions_source: str
    """Where each municipality's safety region comes from: repository, path and commit."""


@dataclass(frozen=True)
class Radio:
    """The radio facts for one municipality."""

    municipality: Municipality
    broadcaster: Broadcaster
    basis: str
    """How sure the broadcaster is: "direct", "province" or "unconfirmed" (see broadcasters.BASES)."""
    frequency: Frequency | None
    """The one sourced frequency that fits the region, or None (then the user writes it in)."""

    @property
    def region(self) -> str:
        return self.municipality.region


@cache
def municipality_table() -> MunicipalityTable:
    data = json.loads(resource("data", "municipalities.json").read_text(encoding="utf-8"))
    regions = {entry["code"]: entry["name"] for entry in data["safety_regions"]}
    source, regions_source = data["source"], data["regions_source"]
    return MunicipalityTable(
        year=int(data["year"]),
        as_of=data["as_of"],
        count=int(data["count"]),
        municipalities=tuple(
            Municipality(entry["code"], entry["name"], regions[entry["region"]],
                         tuple(entry.get("also_called", ())))
            for entry in data["municipalities"]),
        source=f"{source['repository']} {source['path']} @ {source['commit']}",
        regions_source=f"{regions_source['repository']} {regions_source['path']} @ {regions_source['commit']}",
    )


def _key(text: str) -> str:
    """Names compared without case, extra spaces or the kind of apostrophe: "den  haag" finds
    "Den Haag", "s-Gravenhage" and "’s-Gravenhage" find "'s-Gravenhage"."""
    text = re.sub(r"\s+", " ", text.strip().casefold())
    return text.replace("’", "'").replace("‘", "'").lstrip("'")


_SUFFIX = re.compile(r"\s*\([^)]*\)$")  # "Bergen (NH.)" -> "Bergen"


@cache
def _index() -> dict[str, Municipality | None]:
    """Every name, other name and name without its "(L.)" suffix; None for a short name that
    belongs to two municipalities ("Bergen")."""
    index: dict[str, Municipality | None] = {}
    short: dict[str, list[Municipality]] = {}
    for municipality in municipality_table().municipalities:
        for name in (municipality.name, *municipality.also_called):
            index[_key(name)] = municipality
        bare = _SUFFIX.sub("", municipality.name)
        if bare != municipality.name:
            short.setdefault(_key(bare), []).append(municipality)
    for key, found in short.items():
        if key not in index:
            index[key] = found[0] if len(found) == 1 else None
    return index


def find_municipality(text: str) -> Municipality | None:
    """The municipality with this name (or other name), or None."""
    return _index().get(_key(text)) if text.strip() else None


def canonical_name(text: str) -> str:
    """What was typed, spelt as in the list: "utrecht" -> "Utrecht", "den haag" -> "Den Haag",
    "bergen (nh.)" -> "Bergen (NH.)"; the text itself (trimmed) when the list does not know it."""
    municipality = find_municipality(text)
    if municipality is None:
        return text.strip()
    for name in (municipality.name, *municipality.also_called):
        if _key(name) == _key(text):
            return name
    return municipality.name


def municipality_names() -> list[str]:
    """The names to offer while typing: every name and other name, in alphabetical order."""
    names = {name for municipality in municipality_table().municipalities
             for name in (municipality.name, *municipality.also_called)}
    return sorted(names, key=_key)


def radio_for(text: str) -> Radio | None:
    """Region, broadcaster and (when exactly one fits) frequency for a municipality's name."""
    municipality = find_municipality(text)
    if municipality is None:
        return None
    broadcaster = broadcaster_for_region(municipality.region)
    if broadcaster is None:  # pragma: no cover - tests/core check every region has one
        return None
    return Radio(municipality, broadcaster, broadcaster.basis_for(municipality.region),
                 broadcaster.frequency_for(municipality.region))
