"""Words for the municipality, the safety region and the emergency radio: how sure the
broadcaster is, where a frequency comes from and when, and where to look one up.

The facts are in resources/data/municipalities.json and broadcasters.json (FACTS 1.8, 6.8);
this module only says them in the user's language.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.broadcasters import FREQUENCY_LOOKUP, Frequency, broadcaster_for_region, broadcasters
from app.core.municipalities import Radio, municipality_table
from app.words.bilingual import month_name
from app.words.i18n import current_language, tr


def source_date(date: str) -> str:
    """"2025-12-08" → "8 december 2025", "2019-11" → "november 2019", "2020" → "2020"."""
    parts = date.split("-")
    language = current_language()
    if len(parts) == 3:
        return f"{int(parts[2])} {month_name(int(parts[1]), language)} {parts[0]}"
    if len(parts) == 2:
        return f"{month_name(int(parts[1]), language)} {parts[0]}"
    return date


def table_as_of() -> str:
    """"stand: 1 januari 2026": the date of the municipalities' boundaries, from the data file."""
    return tr("as of %1").replace("%1", source_date(municipality_table().as_of))


def municipality_hint() -> str:
    return (tr("Type the first letters and choose your municipality from the list. Paraat then fills in your safety region and your regional broadcaster.")
            + " " + tr("List of municipalities (%1).").replace("%1", table_as_of()))


MAX_CANDIDATES = 6
"""More names that fit than this are not listed (the list under the field shows them)."""


def _names(names: Sequence[str]) -> str:
    """"A", "A en B", "A, B en C"."""
    if len(names) == 1:
        return names[0]
    return tr("%1 and %2").replace("%1", ", ".join(names[:-1])).replace("%2", names[-1])


def unknown_municipality_text(candidates: Sequence[str] = ()) -> str:
    """The line under a municipality that finds nothing for sure: the names it could mean
    ("Bergen": two), or that it is not in the list and the user chooses the rest."""
    if 2 <= len(candidates) <= MAX_CANDIDATES:
        return tr("There are %1 municipalities that fit: %2. Choose yours from the list.").replace(
            "%1", str(len(candidates))).replace("%2", _names(candidates))
    text = tr("This municipality is not in Paraat's list (%1).").replace("%1", table_as_of())
    if len(candidates) == 1:
        return text + " " + tr("Did you mean %1? Then choose it from the list. If not, choose your safety region and your regional broadcaster yourself.").replace("%1", candidates[0])
    return text + " " + tr("Choose your safety region and your regional broadcaster yourself.")


def radio_text(radio: Radio) -> str:
    """"Utrecht is in safety region Utrecht. In a disaster, listen to RTV Utrecht." with how sure
    that is."""
    text = (tr("%1 is in safety region %2.").replace("%1", radio.municipality.name).replace("%2", radio.region)
            + " " + tr("In a disaster, listen to %1.").replace("%1", radio.broadcaster.name))
    if radio.basis == "province":
        text += " " + tr("(Derived from the province.)")
    elif radio.basis == "unconfirmed":
        text += " " + tr("This is not confirmed: check on %1 which broadcaster covers your municipality.").replace(
            "%1", FREQUENCY_LOOKUP)
    return text


def look_up_text() -> str:
    """What to do when no frequency is known (the hint the issue asks for, word for word)."""
    return tr("Look up the frequency on %1 and fill it in.").replace("%1", FREQUENCY_LOOKUP)


def frequency_source(frequency: Frequency) -> str:
    """"Source: duic.nl (RTV Utrecht), 8 December 2025."""
    if frequency.date:
        return tr("Source: %1, %2.").replace("%1", frequency.source).replace("%2", source_date(frequency.date))
    return tr("Source: %1 (no date given).").replace("%1", frequency.source)


def frequency_note(broadcaster_id: str, region: str, mhz: str) -> str:
    """The line next to the FM frequency field: where the frequency comes from; or, when it is
    empty, where to look it up and the sourced frequencies for this region to choose from."""
    broadcaster = broadcasters().get(broadcaster_id)
    if mhz:
        sourced = broadcaster.source_of(mhz) if broadcaster else None
        if sourced is None:
            return tr("You filled in this frequency yourself.")
        return f"{sourced.where} {sourced.mhz} FM. " + frequency_source(sourced)
    text = look_up_text() + " " + tr("During a power cut you cannot look it up.")
    if broadcaster is None and region:
        broadcaster = broadcaster_for_region(region)
    if broadcaster is not None and region:
        choices = broadcaster.frequencies_for(region)
        if choices:
            undated = tr("no date")
            known = "; ".join(f"{f.where} {f.mhz} FM ({source_date(f.date) or undated})" for f in choices)
            text += " " + tr("Known for your region: %1.").replace("%1", known)
    return text
