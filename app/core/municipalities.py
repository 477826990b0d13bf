"""Every Dutch municipality with its safety region, read from resources/data/municipalities.json,
and what follows from it: the regional calamity broadcaster and, when exactly one sourced
frequency fits, its FM frequency.

The table carries the date of its municipal boundaries ("stand: 1 januari 2026"; the UI reads it
from the data file). Names are found the way people type them (no accents, "(L)" for "(L.)",
"'s Hertogenbosch", the first words of a long name); a name that is not in it (a later merger, a
typing error) finds nothing, and one that fits two ("Bergen") finds both as candidates: then the
user chooses by hand.
"""

from __future__ import annotations

import json
import re
import unicodedata
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
    """Names compared the way people type them: without case, accents, punctuation or extra
    spaces. "den  haag" finds "Den Haag"; "Sudwest Fryslan" "Súdwest-Fryslân"; "Beek (L)"
    "Beek (L.)"; "'s Hertogenbosch", "s-Hertogenbosch" and "’s-Hertogenbosch" all find
    "'s-Hertogenbosch"; "Nuenen Gerwen en Nederwetten" the name with the comma."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(char for char in text if not unicodedata.combining(char))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


_SUFFIX = re.compile(r"\s*\([^)]*\)$")  # "Bergen (NH.)" -> "Bergen"
_LISTED = re.compile(r",\s|\sen\s")  # "Nuenen, Gerwen en Nederwetten" lists its places


@dataclass(frozen=True)
class Match:
    """What a typed name finds in the list."""

    municipality: Municipality | None
    """The one municipality it means, or None."""
    name: str
    """That municipality's name as the list spells the name that matched ("Den Haag",
    "Beek (L.)", "Nuenen, Gerwen en Nederwetten"); "" when none matched."""
    candidates: tuple[str, ...] = ()
    """When it means none for sure: the names it could mean, as the list spells them
    ("Bergen": "Bergen (L.)", "Bergen (NH.)"; "Valkenburg": "Valkenburg aan de Geul")."""


@dataclass(frozen=True)
class _Index:
    names: dict[str, tuple[Municipality, str]]
    """Every name and other name by its key."""
    short: dict[str, tuple[Municipality, ...]]
    """Every name without its "(L.)" suffix: "hengelo" → Hengelo (O.); "bergen" → two."""
    heads: dict[str, Municipality]
    """The first places of a name that lists its places with a comma: "nuenen" and "nuenen
    gerwen" → Nuenen, Gerwen en Nederwetten. ("Son en Breugel", "Peel en Maas" and "Berg en Dal"
    have no comma: "Peel" or "Berg" alone may mean somewhere else, so they only suggest.)"""


@cache
def _index() -> _Index:
    names: dict[str, tuple[Municipality, str]] = {}
    short: dict[str, list[Municipality]] = {}
    heads: dict[str, Municipality] = {}
    for municipality in municipality_table().municipalities:
        for name in (municipality.name, *municipality.also_called):
            names[_key(name)] = (municipality, name)
            if "," in name:
                for join in _LISTED.finditer(name):
                    heads[_key(name[:join.start()])] = municipality
        bare = _SUFFIX.sub("", municipality.name)
        if bare != municipality.name:
            short.setdefault(_key(bare), []).append(municipality)
    return _Index(names, {key: tuple(found) for key, found in short.items() if key not in names},
                  {key: found for key, found in heads.items() if key not in names})


def match_municipality(text: str) -> Match:
    """Find what was typed: the whole name (or other name); the name without its province
    ("Hengelo" for "Hengelo (O.)"); the first place of a name that lists its places ("Nuenen" for
    "Nuenen, Gerwen en Nederwetten") when no other name starts with it.

    Other first words only suggest ("Valkenburg" → "Valkenburg aan de Geul": a Valkenburg lies in
    Katwijk too; "Son" → "Son en Breugel"), and a name that fits more than one municipality finds
    none ("Bergen", "Alphen"): their names are the candidates and the user chooses."""
    key = _key(text)
    if not key:
        return Match(None, "")
    index = _index()
    if key in index.names:
        municipality, name = index.names[key]
        return Match(municipality, name)
    if key in index.short:
        found = index.short[key]
        if len(found) == 1:
            return Match(found[0], found[0].name)
        return Match(None, "", tuple(m.name for m in found))
    starting: dict[str, tuple[Municipality, str]] = {}
    for name_key, (municipality, name) in sorted(index.names.items()):
        if name_key.startswith(key + " "):
            starting.setdefault(municipality.code, (municipality, name))
    if len(starting) == 1 and key in index.heads:
        municipality = index.heads[key]
        return Match(municipality, municipality.name)
    return Match(None, "", tuple(name for _, name in starting.values()))


def find_municipality(text: str) -> Municipality | None:
    """The municipality with this name (or other name, or unique first words), or None."""
    return match_municipality(text).municipality


def canonical_name(text: str) -> str:
    """What was typed, spelt as in the list: "utrecht" -> "Utrecht", "den haag" -> "Den Haag",
    "beek (l)" -> "Beek (L.)", "nuenen" -> "Nuenen, Gerwen en Nederwetten"; the text itself
    (trimmed) when the list does not know it."""
    match = match_municipality(text)
    return match.name if match.municipality is not None else text.strip()


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


# --- what Paraat filled in ------------------------------------------------------------------------

RADIO_FIELDS = ("safety_region", "broadcaster", "fm_frequency")
"""The home fields Paraat fills in from the municipality."""

FILLED_SETTING = "home.radio_filled"
"""The setting that remembers the values Paraat itself put in those fields (JSON, field →
value). A field whose value is still exactly that is Paraat's, and Paraat may change or clear
it; any other value the user chose or typed, and Paraat leaves it alone."""


def radio_values(radio: Radio | None) -> dict[str, str]:
    """The values Paraat fills in for a municipality (no frequency when none fits for sure)."""
    if radio is None:
        return {}
    values = {"safety_region": radio.region, "broadcaster": radio.broadcaster.id}
    if radio.frequency is not None:
        values["fm_frequency"] = radio.frequency.mhz
    return values


def filled_from_setting(text: str) -> dict[str, str] | None:
    """The values in FILLED_SETTING; None when it was never stored (or is unreadable)."""
    if not text:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    return {field: value for field, value in data.items()
            if field in RADIO_FIELDS and isinstance(value, str) and value}


def filled_to_setting(values: dict[str, str]) -> str:
    return json.dumps({field: value for field, value in values.items() if value}, sort_keys=True)
