"""The words of the power-cut timeline, read from ``resources/guidance/timeline.toml``.

The file holds, in Dutch and English, the government's "Wat als…?" scenario (a large power
cut in three provinces, retold in Paraat's own words), the sentences that make each step
personal (``lines``, by name) and the few words those sentences are built from, each with
its source keys (see ``app.content.sources``). Texts may hold the chapter placeholders
(``{emergency_number}``, ``{hours}``, …), which ``app.content.chapters.fill`` fills, and
their own ``{fields}``, which ``timeline.py`` fills. This module only reads and checks the
file: every text must exist in every language.

Each step also has ``actions``: what anyone does at that moment (sanitation, warmth, food,
water, news, neighbours), each with its source keys. An action may name ``needs`` and
``unless`` flags (``FLAGS``): ``unless = ["oxygen"]`` leaves it out when someone in the house
uses oxygen, ``needs = ["oxygen"]`` shows it only then; ``baby``: a baby lives in the house. Numbers in actions come from
``values`` (each with its source; one that can change carries ``as_of``, a year and month,
and every action that uses it shows "stand: februari 2026").
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from app.content.formats import LANGUAGES
from app.core.records import DEVICE_KINDS
from app.paths import resource

# The words the lines are built from (see the file's [words] tables).
DEVICE_WORDS = tuple(f"device_{kind}" for kind in DEVICE_KINDS)
WORDS = ("person", "people", "animal", "animals", "and", "your_one", "your_many", "someone",
         "minutes", "as_of", "as_of_old", *DEVICE_WORDS)
# Flags an action can need or be left out for: "oxygen" = someone in the house uses oxygen.
FLAGS = ("oxygen", "baby")
# Household facts an action may show (only together with the flag that makes them known).
ACTION_FIELDS = {"oxygen_people": "oxygen"}
UNITS = ("minutes", "celsius", "hours", "litres", "count", "month")
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


class TimelineDataError(ValueError):
    """timeline.toml breaks its own rules (a packaging error, caught by tests)."""


@dataclass(frozen=True)
class Action:
    """Something anyone does at a step, with its sources and the flags it depends on."""

    topic: str
    text: dict[str, str]
    sources: tuple[str, ...]
    needs: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()


@dataclass(frozen=True)
class Value:
    """A number (or a year-month for ``month``) an action shows, with its unit and source;
    ``as_of`` ("2026-02") when it can change."""

    value: float | str
    unit: str
    sources: tuple[str, ...]
    as_of: str = ""


@dataclass(frozen=True)
class ScenarioStep:
    """One moment in the scenario: hours after the power went, a headline, what happens."""

    hours: int
    headline: dict[str, str]
    what_happens: dict[str, str]
    sources: tuple[str, ...] = ()
    actions: tuple[Action, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class TimelineText:
    """Every text of the timeline, by language."""

    intro: dict[str, str]
    title: dict[str, str]  # "Na {elapsed}: {headline}"
    steps: tuple[ScenarioStep, ...]
    lines: dict[str, dict[str, str]]  # name → language → sentence
    line_sources: dict[str, tuple[str, ...]]
    words: dict[str, dict[str, str]]  # name → language → word
    values: dict[str, Value] = field(default_factory=dict)

    def word(self, name: str, language: str) -> str:
        return self.words[name][language]


def _texts(raw: object, where: str) -> dict[str, str]:
    """``{"nl": …, "en": …}`` with a non-empty text for every language, nothing else."""
    if not isinstance(raw, dict) or set(raw) - {"sources"} != set(LANGUAGES):
        raise TimelineDataError(f"{where}: needs a text in {', '.join(LANGUAGES)} and nothing else")
    texts = {language: raw[language] for language in LANGUAGES}
    if not all(isinstance(text, str) and text.strip() for text in texts.values()):
        raise TimelineDataError(f"{where}: a text is empty")
    return texts


def _sources(raw: object, where: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(key, str) for key in raw):
        raise TimelineDataError(f"{where}: sources must be a list of source keys")
    return tuple(raw)


def _flags(raw: object, where: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(name in FLAGS for name in raw):
        raise TimelineDataError(f"{where}: flags must be a list of {', '.join(FLAGS)}")
    return tuple(raw)


def _action(raw: object, where: str) -> Action:
    if not isinstance(raw, dict) or not isinstance(raw.get("topic"), str) or not raw["topic"]:
        raise TimelineDataError(f"{where}: an action needs a topic")
    unknown = set(raw) - {"topic", "sources", "needs", "unless", *LANGUAGES}
    if unknown:
        raise TimelineDataError(f"{where}: unknown keys {', '.join(sorted(unknown))}")
    texts = {language: raw.get(language) for language in LANGUAGES}
    action = Action(raw["topic"], _texts({**texts, "sources": None}, where),
                    _sources(raw.get("sources", []), where), _flags(raw.get("needs", []), where),
                    _flags(raw.get("unless", []), where))
    if not action.sources:
        raise TimelineDataError(f"{where}: an action needs its source keys")
    return action


def _value(name: str, raw: object) -> Value:
    where = f"value {name}"
    if not isinstance(raw, dict) or raw.get("unit") not in UNITS:
        raise TimelineDataError(f"{where}: needs a unit, one of {', '.join(UNITS)}")
    value = raw.get("value")
    as_of = raw.get("as_of", "")
    if raw["unit"] == "month":
        good = isinstance(value, str) and _MONTH.fullmatch(value) is not None
    else:
        good = isinstance(value, int | float) and not isinstance(value, bool) and value > 0
    if not good or not isinstance(as_of, str) or (as_of and not _MONTH.fullmatch(as_of)):
        raise TimelineDataError(f"{where}: a positive number (a \"YYYY-MM\" for a month), "
                                "and as_of as \"YYYY-MM\"")
    sources = _sources(raw.get("sources", []), where)
    if not sources:
        raise TimelineDataError(f"{where}: needs its source keys")
    assert isinstance(value, int | float | str)
    return Value(value, raw["unit"], sources, as_of)


def parse_timeline(data: dict[str, Any]) -> TimelineText:
    """Build and check the timeline texts from their TOML form."""
    steps = tuple(
        ScenarioStep(int(raw["hours"]), _texts(raw.get("headline"), f"step {raw['hours']} headline"),
                     _texts(raw.get("what_happens"), f"step {raw['hours']} what_happens"),
                     _sources(raw.get("sources", []), f"step {raw['hours']}"),
                     tuple(_action(action, f"step {raw['hours']} action {number}")
                           for number, action in enumerate(raw.get("actions", []), start=1)))
        for raw in data["steps"]
    )
    hours = [step.hours for step in steps]
    if not hours or hours != sorted(set(hours)) or hours[0] <= 0:
        raise TimelineDataError(f"the steps must come in order of hours, each once: {hours}")
    lines = {name: _texts(raw, f"line {name}") for name, raw in data["lines"].items()}
    line_sources = {name: _sources(raw.get("sources", []), f"line {name}")
                    for name, raw in data["lines"].items()}
    words = {name: _texts(data["words"].get(name), f"word {name}") for name in WORDS}
    values = {name: _value(name, raw) for name, raw in data.get("values", {}).items()}
    return TimelineText(_texts(data["intro"], "intro"), _texts(data["title"], "title"), steps,
                        lines, line_sources, words, values)


@cache
def timeline_text() -> TimelineText:
    """The timeline texts shipped with Paraat (read once)."""
    source = resource("guidance", "timeline.toml").read_text(encoding="utf-8")
    return parse_timeline(tomllib.loads(source))
