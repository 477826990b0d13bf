"""The three national phone numbers everyone in the Netherlands should know.

The numbers, their purposes and their sources live in one data file,
resources/data/national_numbers.toml, each with source keys (``facts``, "FACTS 1.8") that
resolve in resources/sources.toml. The guidance chapters fill ``{emergency_number}``,
``{police_number}`` and ``{outage_number}`` from here, the power-cut timeline reads them here,
and the contacts page and the fridge sheet list them from here.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass

from app.paths import resource

PURPOSES = ("emergency", "police", "outage")


@dataclass(frozen=True)
class NationalNumber:
    """A national number and what it is for.

    ``purpose`` is a code the UI words in its own language: ``emergency`` (life or death,
    fire, a crime happening now), ``police`` (police, not urgent) or ``outage`` (report a
    power or gas outage; the call is free).
    """

    purpose: str
    number: str
    source: str = ""  # the pages behind the number, as the fact sheet names them
    facts: tuple[str, ...] = ()  # source keys: "FACTS 1.8"

    @property
    def digits(self) -> str:
        """The number as dialled, without separators (for a ``tel:`` link or a search)."""
        return "".join(ch for ch in self.number if ch.isdigit())


def load_national_numbers() -> tuple[NationalNumber, ...]:
    """The numbers in resources/data/national_numbers.toml, in the file's order."""
    with resource("data", "national_numbers.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return tuple(
        NationalNumber(str(entry["purpose"]), str(entry["number"]), str(entry.get("source", "")),
                       tuple(str(key) for key in entry.get("facts", ())))
        for entry in data["numbers"])


NATIONAL_NUMBERS: tuple[NationalNumber, ...] = load_national_numbers()


def national_number(purpose: str) -> NationalNumber:
    """The national number for ``purpose``; KeyError for a purpose that does not exist."""
    for entry in NATIONAL_NUMBERS:
        if entry.purpose == purpose:
            return entry
    raise KeyError(f"no national number for {purpose!r}; known: {', '.join(PURPOSES)}")
