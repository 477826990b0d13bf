"""The 13 regional public broadcasters, read from resources/data/broadcasters.json."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from app.paths import resource


@dataclass(frozen=True)
class Frequency:
    where: str
    mhz: str
    source: str


@dataclass(frozen=True)
class Broadcaster:
    id: str
    name: str
    area: str
    frequencies: tuple[Frequency, ...]


@cache
def broadcasters() -> dict[str, Broadcaster]:
    """The broadcasters by id, in the file's order."""
    data = json.loads(resource("data", "broadcasters.json").read_text(encoding="utf-8"))
    return {
        entry["id"]: Broadcaster(
            entry["id"],
            entry["name"],
            entry["area"],
            tuple(Frequency(**frequency) for frequency in entry["frequencies"]),
        )
        for entry in data["broadcasters"]
    }
