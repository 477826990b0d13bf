"""Numbers and amounts written the way each language writes them.

Dutch uses a decimal comma and a dot for thousands ("18,5 liter", "2.200 kcal"); English the
other way round ("18.5 litres", "2,200 kcal"). Durations are split into days and hours and
rounded down, like ``app.core.supplies.split_hours``: never promise more than there is. The
words ("uur", "dagen", "en") are in resources/words/labels.toml (``app.words.bilingual.word``).
"""

from __future__ import annotations

import math
import re

from app.core.supplies import split_hours
from app.words.bilingual import word

LANGUAGES = ("nl", "en")

_ADDRESS = re.compile(r"\{([^{}|]*)\|([^{}|]*)\}")


def check_language(language: str) -> str:
    """``language`` if Paraat has guidance in it; ValueError otherwise."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; Paraat speaks {', '.join(LANGUAGES)}")
    return language


def floor_to(value: float, decimals: int) -> float:
    """``value`` rounded down to ``decimals`` places (a tiny margin absorbs float noise)."""
    factor: float = 10**decimals
    return math.floor(value * factor + 1e-6) / factor


def _localise(text: str, language: str) -> str:
    """Swap the English separators in ``text`` for the Dutch ones when needed."""
    if language == "nl":
        return text.replace(",", "_").replace(".", ",").replace("_", ".")
    return text


def number(value: float, language: str, decimals: int = 1) -> str:
    """``value`` with at most ``decimals`` decimals, trailing zeros dropped, grouped thousands."""
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return _localise(text, language)


def litres(value: float, language: str) -> str:
    """'18,5 liter' / '18.5 litres' (one decimal, rounded down)."""
    amount = floor_to(value, 1)
    return f"{number(amount, language)} {word('litre' if amount == 1 else 'litres', language)}"


def euros(value: float, language: str) -> str:
    """'€70' in both languages; cents only when there are any ('€2,50' / '€2.50')."""
    if float(value).is_integer():
        return f"€{number(value, language, 0)}"
    return f"€{_localise(f'{value:,.2f}', language)}"


def kcal(value: float, language: str) -> str:
    """'2.200 kcal' / '2,200 kcal'."""
    return f"{number(round(value), language, 0)} kcal"


def hours_text(hours: float, language: str) -> str:
    """'72 uur' / '72 hours' / '1 hour' (whole hours, rounded down)."""
    whole = int(math.floor(hours + 1e-9))
    return f"{whole} {word('hour' if whole == 1 else 'hours', language)}"


def days_text(days: int, language: str) -> str:
    """'3 dagen' / '1 dag' / '3 days'."""
    return f"{days} {word('day' if days == 1 else 'days', language)}"


def duration(hours: float, language: str) -> str:
    """How long something lasts, in days and hours, rounded down.

    '1 dag en 4 uur', '2 dagen', '5 uur', 'minder dan een uur' / '1 day and 4 hours', ….
    """
    days, rest = split_hours(max(0.0, hours))
    if days == 0 and rest == 0:
        return word("less_than_an_hour", language)
    parts = []
    if days:
        parts.append(days_text(days, language))
    if rest:
        parts.append(hours_text(rest, language))
    return f" {word('and', language)} ".join(parts)


def count(value: int, singular: str, plural: str) -> str:
    """'1 persoon', '5 mensen': the number and the word that fits it."""
    return f"{value} {singular if value == 1 else plural}"


def address(text: str, persons: int) -> str:
    """Dutch says "je" to one person and "jullie" to more: a text in the guidance writes
    ``{jullie|je}`` (``{Jullie|Je}``, ``{hebben jullie|heb je}``…), the form for a household of
    more people first, the one for a single person (or nobody filled in yet) second."""
    return _ADDRESS.sub(lambda match: match.group(2 if persons <= 1 else 1), text)


def join_words(words: list[str], language: str, alternatives: bool = False) -> str:
    """'a', 'a en b', 'a, b en c' / 'a, b and c'; with ``alternatives`` 'a of b' / 'a or b'."""
    if len(words) <= 1:
        return "".join(words)
    last = word("or" if alternatives else "and", language)
    return f"{', '.join(words[:-1])} {last} {words[-1]}"
