"""Reaching 112 without your voice: one short line for the fridge sheet and one for the wallet
card of someone who hears or speaks badly (FACTS 6.6).

The words and their source dates are in resources/data/national_numbers.toml (``[no_voice]``);
the chapter "Informatie en tips" has the full text. Who needs the line:

- a member whose ``sensory`` field (or notes) speaks of hearing or speaking badly
  ("slechthorend", "doof", "hoorapparaat", "hoort slecht", "deaf", "hearing", "spraak", …);
- a "yes" to the home's hearing-aids question alone puts the line on the fridge sheet only:
  Paraat cannot tell whose wallet card it belongs on.

The fridge sheet shows its line when anyone in the household needs it. The line ends in the
years of its sources, "(stand: 2011–2022)", and like a chapter's claim it adds "dit kan nu
anders zijn" once the oldest of them is 12 months ago (``app.content.chapters.may_have_changed``;
pass the day of printing as ``today``, default the computer's date). Qt-free, so the printed
documents, the window and the command line can all use it.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from app.content.chapters import changed_words, fill, may_have_changed
from app.content.dated import parse_as_of
from app.content.formats import LANGUAGES, check_language
from app.core.household import Household
from app.core.records import Member
from app.paths import resource

Where = Literal["fridge", "wallet"]

HEARING_OR_SPEECH = re.compile(
    r"slechthorend|hardhorend|doof|\bdoven?\b|hoorapparaat|hoortoestel|gehoor"
    r"|hoort\s+(?:(?:heel|erg|zeer|bijna)\s+)?(?:slecht|niet|weinig|niks|niets)"
    r"|kan\s+niet\s+(?:goed\s+)?(?:praten|spreken|horen)|beroerte"
    r"|slecht\s+(?:horend|hoort|horen)|cochlea|\bci\b|gebarentaal|\bspraak|afasie|kan\s+niet\s+praten"
    r"|praat\s+slecht|hearing|deaf|sign\s+language|speech|aphasia|cannot\s+speak|hard\s+of\s+hearing",
    re.IGNORECASE)


@dataclass(frozen=True)
class NoVoiceLine:
    """The line in one language, its source keys, the dates of its sources and the day it is
    shown on."""

    text: str
    facts: tuple[str, ...]
    as_of: tuple[str, ...]  # "2022-01", …: the date of each fact's source
    language: str
    today: dt.date = field(default_factory=dt.date.today)

    @property
    def may_have_changed(self) -> bool:
        """Whether one of the facts may be out of date on ``today`` (its source is a year old)."""
        return any(may_have_changed(as_of, self.today) for as_of in self.as_of)

    @property
    def as_of_text(self) -> str:
        """'(stand: 2022)' / '(as of 2022)'; '(stand: 2011–2022; dit kan nu anders zijn)' when
        the sources span years and the oldest is 12 months ago or more."""
        years = sorted({date.year for date in map(parse_as_of, self.as_of) if date is not None})
        when = f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
        if self.may_have_changed:
            when += f"; {changed_words(self.language)}"
        return f"(stand: {when})" if self.language == "nl" else f"(as of {when})"

    @property
    def full(self) -> str:
        """The line with the date of its sources after it, as it should be printed."""
        return f"{self.text} {self.as_of_text}"


@cache
def _data() -> dict[str, object]:
    with resource("data", "national_numbers.toml").open("rb") as handle:
        found: dict[str, object] = tomllib.load(handle)["no_voice"]
    return found


def no_voice_line(where: Where, language: str, today: dt.date | None = None) -> NoVoiceLine:
    """The fridge-sheet or wallet-card line in ``language``, as it reads on ``today`` (default:
    the computer's date)."""
    check_language(language)
    data = _data()
    texts = data[where]
    if not isinstance(texts, dict) or set(texts) != set(LANGUAGES):
        raise ValueError(f"national_numbers.toml [no_voice] has no {where} line in {', '.join(LANGUAGES)}")
    facts = data["facts"]
    as_of = data["as_of"]
    assert isinstance(facts, list) and isinstance(as_of, list)
    text = fill(" ".join(str(texts[language]).split()), language)  # {emergency_number}
    return NoVoiceLine(text, tuple(map(str, facts)), tuple(map(str, as_of)), language,
                       today or dt.date.today())


def speaks_of_hearing(member: Member) -> bool:
    """Whether the member's own words say they hear or speak badly."""
    return bool(HEARING_OR_SPEECH.search(f"{member.sensory} {member.notes}"))


def members_who_need_it(household: Household) -> list[Member]:
    """The members whose wallet card gets the line: those whose own words say they hear or
    speak badly. A "yes" to the home's hearing-aids question alone does not say whose card it
    belongs on (a second card for everyone would crowd the wallet): the fridge sheet has it."""
    return [member for member in household.members if speaks_of_hearing(member)]


def fridge_no_voice_line(household: Household, language: str, today: dt.date | None = None) -> str | None:
    """The fridge sheet's line, with its date, or None when nobody in the house needs it."""
    if not members_who_need_it(household) and household.home.hearing_aids != "yes":
        return None
    return no_voice_line("fridge", language, today).full


def wallet_no_voice_line(household: Household, member: Member, language: str,
                         today: dt.date | None = None) -> str | None:
    """The line for ``member``'s wallet card, with its date, or None when they do not need it."""
    if not any(other is member or (other.id is not None and other.id == member.id)
               for other in members_who_need_it(household)):
        return None
    return no_voice_line("wallet", language, today).full
