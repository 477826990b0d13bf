"""Where to go when phone and internet are down: the advice for the five places of the plan
(records.HELP_POINTS), read from resources/guidance/help_points.toml with its source keys.

The household fills in the places itself; this module only gives the words beside them and on
paper, and which filled place a line names first. Paraat never guesses an address.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from app.content.formats import LANGUAGES, check_language
from app.core.records import HELP_POINTS, HelpPoint
from app.paths import resource

TEXTS = ("screen", "paper", "paper_blank", "fridge")
# Which filled place the personal timeline names first (FACTS 6.7: the municipality's
# noodsteunpunt; FACTS 1.2: else the town hall or the fire station).
FIRST_CHOICE = ("emergency_point", "town_hall", "fire_station")


class HelpPointDataError(ValueError):
    """help_points.toml breaks its own rules (a packaging error, caught by tests)."""


@dataclass(frozen=True)
class Advice:
    """One text in every language, and the source keys behind it."""

    texts: dict[str, str]
    sources: tuple[str, ...]

    def text(self, language: str) -> str:
        return self.texts[check_language(language)]


@dataclass(frozen=True)
class HelpPointText:
    texts: dict[str, Advice]  # TEXTS
    places: dict[str, Advice]  # a HELP_POINTS id → the advice beside it (not every place has one)

    def say(self, name: str, language: str) -> str:
        return self.texts[name].text(language)

    def place(self, point_id: str, language: str) -> str:
        """The advice beside a place, or '' when it has none."""
        advice = self.places.get(point_id)
        return advice.text(language) if advice else ""

    def sources(self) -> dict[str, tuple[str, ...]]:
        found = {name: advice.sources for name, advice in self.texts.items()}
        found.update({f"places.{point_id}": advice.sources for point_id, advice in self.places.items()})
        return found


def _advice(raw: Any, where: str) -> Advice:
    if not isinstance(raw, dict):
        raise HelpPointDataError(f"{where} is missing")
    texts = {}
    for language in LANGUAGES:
        text = raw.get(language)
        if not isinstance(text, str) or not text.strip():
            raise HelpPointDataError(f"{where} has no {language} text")
        texts[language] = " ".join(text.split())
    sources = raw.get("sources")
    if not isinstance(sources, list) or not sources or not all(isinstance(key, str) for key in sources):
        raise HelpPointDataError(f"{where}: names no source")
    return Advice(texts, tuple(sources))


def parse_help_points(data: dict[str, Any]) -> HelpPointText:
    """Build and check the texts from their TOML form."""
    places = data.get("places", {})
    unknown = set(places) - set(HELP_POINTS)
    if unknown:
        raise HelpPointDataError(f"unknown places: {sorted(unknown)}")
    return HelpPointText({name: _advice(data.get(name), name) for name in TEXTS},
                         {point_id: _advice(raw, f"places.{point_id}") for point_id, raw in places.items()})


@cache
def help_point_text() -> HelpPointText:
    """The texts shipped with Paraat (read once)."""
    return parse_help_points(tomllib.loads(
        resource("guidance", "help_points.toml").read_text(encoding="utf-8")))


def filled(points: Mapping[str, HelpPoint]) -> list[HelpPoint]:
    """The places the household filled in (a name and address, or only notes: nothing typed is
    left off the paper), in the order of HELP_POINTS."""
    return [points[point_id] for point_id in HELP_POINTS if point_id in points and points[point_id].filled]


def first_place(points: Mapping[str, HelpPoint]) -> HelpPoint | None:
    """The place to name first: the emergency point, else the town hall, else the fire station."""
    for point_id in FIRST_CHOICE:
        point = points.get(point_id)
        if point is not None and point.place.strip():
            return point
    return None
