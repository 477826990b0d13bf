"""The words of the power-cut timeline, read from ``resources/guidance/timeline.toml``.

The file holds, in Dutch and English, the government's "Wat als…?" scenario (a large power
cut in three provinces, retold in Paraat's own words), the sentences that make each step
personal (``lines``, by name) and the few words those sentences are built from, each with
its source keys (see ``app.content.sources``). Texts may hold the chapter placeholders
(``{emergency_number}``, ``{hours}``, …), which ``app.content.chapters.fill`` fills, and
their own ``{fields}``, which ``timeline.py`` fills. This module only reads and checks the
file: every text must exist in every language.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from app.content.formats import LANGUAGES
from app.paths import resource

# The words the lines are built from (see the file's [words] tables).
WORDS = ("person", "people", "animal", "animals", "and", "your_one", "your_many", "someone")


class TimelineDataError(ValueError):
    """timeline.toml breaks its own rules (a packaging error, caught by tests)."""


@dataclass(frozen=True)
class ScenarioStep:
    """One moment in the scenario: hours after the power went, a headline, what happens."""

    hours: int
    headline: dict[str, str]
    what_happens: dict[str, str]
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class TimelineText:
    """Every text of the timeline, by language."""

    intro: dict[str, str]
    title: dict[str, str]  # "Na {elapsed}: {headline}"
    steps: tuple[ScenarioStep, ...]
    lines: dict[str, dict[str, str]]  # name → language → sentence
    line_sources: dict[str, tuple[str, ...]]
    words: dict[str, dict[str, str]]  # name → language → word

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


def parse_timeline(data: dict[str, Any]) -> TimelineText:
    """Build and check the timeline texts from their TOML form."""
    steps = tuple(
        ScenarioStep(int(raw["hours"]), _texts(raw.get("headline"), f"step {raw['hours']} headline"),
                     _texts(raw.get("what_happens"), f"step {raw['hours']} what_happens"),
                     _sources(raw.get("sources", []), f"step {raw['hours']}"))
        for raw in data["steps"]
    )
    hours = [step.hours for step in steps]
    if not hours or hours != sorted(set(hours)) or hours[0] <= 0:
        raise TimelineDataError(f"the steps must come in order of hours, each once: {hours}")
    lines = {name: _texts(raw, f"line {name}") for name, raw in data["lines"].items()}
    line_sources = {name: _sources(raw.get("sources", []), f"line {name}")
                    for name, raw in data["lines"].items()}
    words = {name: _texts(data["words"].get(name), f"word {name}") for name in WORDS}
    return TimelineText(_texts(data["intro"], "intro"), _texts(data["title"], "title"), steps,
                        lines, line_sources, words)


@cache
def timeline_text() -> TimelineText:
    """The timeline texts shipped with Paraat (read once)."""
    source = resource("guidance", "timeline.toml").read_text(encoding="utf-8")
    return parse_timeline(tomllib.loads(source))
