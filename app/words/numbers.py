"""Numbers in words: amounts with the decimal sign of the current language, and counts with
their singular or plural form ("1 person", "4 people")."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def format_amount(value: float, group: bool = False) -> str:
    """1.0 → "1", 1.5 → "1,5" in Dutch (the decimal sign of the current language).

    ``group`` adds thousands separators (27.000) for display; editors leave them out, so what
    they show reads back as the same number.
    """
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    whole, _, fraction = text.partition(".")
    locale = QLocale()
    if group and len(whole.lstrip("-")) >= 4:
        whole = f"{int(whole):,}".replace(",", locale.groupSeparator())
    return whole + (locale.decimalPoint() + fraction if fraction else "")


def plural(count: float, one: str, many: str) -> str:
    """``one`` for a count of 1, else ``many`` with %1 replaced by the count as the language
    writes it (1.000 and 1,5 in Dutch): plural(4, tr("1 person"), tr("%1 people")) → "4 people".

    Dutch and English both have one singular (1) and one plural (0, 2, 1,5 …), so two phrases
    are enough; app/words/counts holds every count Paraat shows with its two phrases."""
    return one if count == 1 else many.replace("%1", format_amount(count, group=True))
