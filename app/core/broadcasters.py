"""The 13 regional public broadcasters, read from resources/data/broadcasters.json: which
safety regions each serves (and how sure that is), and the FM frequencies that have a source."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from app.paths import resource

BASES = ("direct", "province", "unconfirmed")
"""How a broadcaster is known to serve a safety region: a source names it ("direct"), derived
from the province the region lies in ("province", afgeleid via de provincie), or a guess that no
source confirms ("unconfirmed": the split of Zuid-Holland, FACTS 6.8)."""

FREQUENCY_LOOKUP = "denkvooruit.nl/radio"


@dataclass(frozen=True)
class Frequency:
    where: str
    mhz: str
    source: str
    date: str = ""
    """"2025-12-08", "2020" (a year), or "" when the source gives no date."""
    regions: tuple[str, ...] = ()
    """The safety regions this frequency is for."""

    def fits(self, region: str) -> bool:
        return region in self.regions


@dataclass(frozen=True)
class RegionLink:
    region: str
    basis: str
    source: str


@dataclass(frozen=True)
class Broadcaster:
    id: str
    name: str
    area: str
    frequencies: tuple[Frequency, ...]
    regions: tuple[RegionLink, ...] = ()

    def frequencies_for(self, region: str) -> tuple[Frequency, ...]:
        """The sourced frequencies for this safety region."""
        return tuple(frequency for frequency in self.frequencies if frequency.fits(region))

    def frequency_for(self, region: str) -> Frequency | None:
        """The frequency for this region when exactly one sourced frequency fits, else None."""
        found = self.frequencies_for(region)
        return found[0] if len(found) == 1 else None

    def basis_for(self, region: str) -> str:
        """"direct", "province" or "unconfirmed"; "" when the broadcaster does not serve it."""
        return next((link.basis for link in self.regions if link.region == region), "")

    def source_of(self, mhz: str) -> Frequency | None:
        """The sourced frequency with this number, if there is one."""
        return next((frequency for frequency in self.frequencies if frequency.mhz == mhz), None)


def _frequency(entry: dict[str, Any]) -> Frequency:
    return Frequency(entry["where"], entry["mhz"], entry["source"], entry.get("date", ""),
                     tuple(entry.get("regions", ())))


@cache
def broadcasters() -> dict[str, Broadcaster]:
    """The broadcasters by id, in the file's order."""
    data = json.loads(resource("data", "broadcasters.json").read_text(encoding="utf-8"))
    return {
        entry["id"]: Broadcaster(
            entry["id"],
            entry["name"],
            entry["area"],
            tuple(_frequency(frequency) for frequency in entry["frequencies"]),
            tuple(RegionLink(link["region"], link["basis"], link["source"])
                  for link in entry.get("regions", ())),
        )
        for entry in data["broadcasters"]
    }


def broadcaster_for_region(region: str) -> Broadcaster | None:
    """The calamity broadcaster of a safety region (by its name), or None for an unknown name."""
    for broadcaster in broadcasters().values():
        if broadcaster.basis_for(region):
            return broadcaster
    return None
