"""The three national phone numbers everyone in the Netherlands should know.

This is the one place these numbers live. The guidance chapters fill ``{emergency_number}``,
``{police_number}`` and ``{outage_number}`` from here, the power-cut timeline reads them here,
and the contacts page lists them from here. Sources: politie.nl, 112nieuws.net and
zeelandveilig.nl (see shared/FACTS.md, 1.7 and 1.8).
"""

from __future__ import annotations

from dataclasses import dataclass

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
    source: str = ""

    @property
    def digits(self) -> str:
        """The number as dialled, without separators (for a ``tel:`` link or a search)."""
        return "".join(ch for ch in self.number if ch.isdigit())


NATIONAL_NUMBERS: tuple[NationalNumber, ...] = (
    NationalNumber("emergency", "112", "politie.nl; 112nieuws.net"),
    NationalNumber("police", "0900-8844", "politie.nl"),
    NationalNumber("outage", "0800-9009", "zeelandveilig.nl; vrtwente.nl"),
)


def national_number(purpose: str) -> NationalNumber:
    """The national number for ``purpose``; KeyError for a purpose that does not exist."""
    for entry in NATIONAL_NUMBERS:
        if entry.purpose == purpose:
            return entry
    raise KeyError(f"no national number for {purpose!r}; known: {', '.join(PURPOSES)}")
