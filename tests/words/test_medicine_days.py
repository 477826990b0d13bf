"""A daily medicine's days in plain words (issue 18, words right): days to at most one decimal,
"1 day" for 1 and 1,0, and the doses needed in brackets, so "3" is not read as 3 tablets. The
household form, the kit table, the shopping list and the kit check use the same words."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from app.core.records import Medicine
from app.words import counts
from app.words.i18n import Translations
from app.words.kit import quantity_text
from app.words.plan import medicine_supply_text


@pytest.fixture(params=["nl", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    Translations(qapp).use(request.param)
    yield request.param
    Translations(qapp).use("en")


def _medicine(in_stock: float | None, per_day: float | None, as_needed: int = 0) -> Medicine:
    return Medicine(id=1, member_id=1, name="Pil", in_stock=in_stock, per_day=per_day, as_needed=as_needed)


def test_ten_at_three_a_day_over_three_days(language: str) -> None:
    text = medicine_supply_text(_medicine(10, 3), 72)
    assert text == {"nl": "✔ Genoeg voor 3,3 dagen. Nodig: 3 dagen (9 keer).",
                    "en": "✔ Enough for 3.3 days. Needed: 3 days (9 times)."}[language]
    assert quantity_text(10 / 3, "day") == {"nl": "3,3 dagen", "en": "3.3 days"}[language]  # the kit table


def test_one_a_day_for_one_day(language: str) -> None:
    text = medicine_supply_text(_medicine(1, 1), 24)
    assert text == {"nl": "✔ Genoeg voor 1 dag. Nodig: 1 dag (1 keer).",
                    "en": "✔ Enough for 1 day. Needed: 1 day (1 time)."}[language]
    assert medicine_supply_text(_medicine(2, 3), 24) == {
        "nl": "⚠ Genoeg voor 0,6 dagen. Nodig: 1 dag (3 keer).",
        "en": "⚠ Enough for 0.6 days. Needed: 1 day (3 times)."}[language]


def test_as_needed_names_no_days(language: str) -> None:
    assert medicine_supply_text(_medicine(2, None, as_needed=1), 72) == {
        "nl": "✔ Alleen als het nodig is: zorg dat er altijd minstens 1 in huis is. Je hebt er 2.",
        "en": "✔ Only when needed: keep at least 1 in the house. You have 2."}[language]


def test_days_are_rounded_to_a_tenth_before_the_plural(language: str) -> None:
    day, days = {"nl": ("1 dag", "{} dagen"), "en": ("1 day", "{} days")}[language]
    assert quantity_text(1.04, "day") == day
    assert quantity_text(1.0, "day") == day
    assert counts.enough_for_days(1.09) == {"nl": "Genoeg voor 1 dag.", "en": "Enough for 1 day."}[language]
    assert quantity_text(2.96, "day") == days.format({"nl": "2,9", "en": "2.9"}[language])  # never too much
    assert quantity_text(0.04, "day", up=True) == days.format({"nl": "0,1", "en": "0.1"}[language])  # still needed
    assert quantity_text(3, "day") == days.format(3)
