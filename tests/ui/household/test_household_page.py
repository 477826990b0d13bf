"""The household page with real widgets: the kit questions change the kit list, and the
medicine editor asks daily or when needed, doses a day, doses in the house and keep cold."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit

from app.content.sources import resolve
from app.core import kit
from app.core.kit import catalogue, medicine_item_id, requirements
from app.words.plan import KEEP_COLD_FACTS
from tests.ui.helpers import choose, click, type_into
from tests.ui.start.test_wizard import KIT_ANSWERS

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def window(launcher, qtbot):
    window = launcher.start_demo(TODAY)
    window.show_page("household")
    # the other sections are made just after the page shows (issue 20), before a person can act
    qtbot.waitUntil(lambda: not window.household.sections_waiting())
    return window


@pytest.fixture
def page(window):
    return window.household


def _ids(household) -> set[str]:
    return {requirement.item.id for requirement in requirements(household)}


# --- the kit questions ------------------------------------------------------------------------


def test_the_questions_have_their_own_section(page):
    assert "Vragen voor je noodpakket" in page.tab_names
    form = page.questions_form
    assert set(form.editors) == {"heating", "has_car", "glasses", "hearing_aids", "menstruation",
                                 "own_well", "toddler"}
    combo = form.editors["toddler"]
    assert [combo.itemText(i) for i in range(combo.count())] == ["Weet ik niet / later", "Ja", "Nee"]
    assert form.layout.labelForField(combo) is None  # labels above the fields (WrapAllRows)
    assert page.findChild(QLineEdit, "home.address") is not None  # the house keeps its fields


@pytest.mark.parametrize(("field", "answer", "item", "listed"), KIT_ANSWERS)
def test_each_answer_changes_the_kit_list(page, field, answer, item, listed):
    session = page.session
    choose(page, f"home.{field}", answer)
    household = session.household()
    assert getattr(household.home, field) == answer
    assert (item in _ids(household)) is listed
    household.home = replace(household.home, **{field: ""})
    assert (item in _ids(household)) is not listed
    # and back to "don't know / later" through the same combo
    choose(page, f"home.{field}", "")
    assert getattr(session.household().home, field) == ""
    assert (item in _ids(session.household())) is not listed


def test_own_well_puts_a_note_on_the_water(page):
    water = catalogue().item("water")
    choose(page, "home.own_well", "yes")
    with_well = water.hint("nl", kit.answers(page.session.household()))
    choose(page, "home.own_well", "no")
    without = water.hint("nl", kit.answers(page.session.household()))
    assert "put" in with_well and "put" not in without


def test_the_kit_page_follows_an_answer(window, page):
    """The kit page's list changes at once (no restart): no car, no spare car key."""
    assert window.kit.kit_model.row_of("car_key") >= 0
    choose(page, "home.has_car", "no")
    window.show_page("kit")
    assert window.kit.kit_model.row_of("car_key") < 0


# --- medicines --------------------------------------------------------------------------------


def _add_medicine(qtbot, page, member_id: int = 1):
    page.members.select_id(member_id)
    click(qtbot, page.medicines.add_button)
    medicine_id = page.medicines.selected_id()
    assert medicine_id is not None
    return medicine_id


def _commit(qtbot, editor) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def _requirement(session, medicine_id: int):
    found = [r for r in requirements(session.household()) if r.item.id == medicine_item_id(medicine_id)]
    assert len(found) == 1
    return found[0]


def test_a_new_medicine_asks_and_credits_nothing(qtbot, page):
    medicine_id = _add_medicine(qtbot, page)
    form = page.medicines.form
    assert "days_needed" not in form.editors
    assert form.editors["per_day"].text() == "" and form.editors["in_stock"].text() == ""
    assert form.editors["per_day"].isVisible()
    assert page.medicine_supply.text() == "Vul in hoeveel keer per dag, dan rekent Paraat uit hoe lang het duurt."
    medicine = page.session.repository.get("medicine", medicine_id)
    assert (medicine.as_needed, medicine.per_day, medicine.in_stock, medicine.keep_cold) == (0, None, None, 0)
    requirement = _requirement(page.session, medicine_id)
    assert (requirement.quantity, requirement.base) == (3, 0)  # 72 hours, nothing in the house
    headers = [page.medicines.model.headerData(i, Qt.Orientation.Horizontal) for i in range(2)]
    assert headers == ["Medicijn", "Hoe vaak"]


def test_doses_a_day_and_in_stock_give_the_days(qtbot, page):
    medicine_id = _add_medicine(qtbot, page)
    form = page.medicines.form
    type_into(qtbot, page, "medicine.per_day", "2")
    _commit(qtbot, form.editors["per_day"])
    assert page.medicine_supply.text().startswith("Vul in hoeveel je in huis hebt")
    type_into(qtbot, page, "medicine.in_stock", "5")
    _commit(qtbot, form.editors["in_stock"])
    assert page.medicine_supply.text() == "⚠ Genoeg voor 2,5 dagen. Nodig: 3 dagen (6 keer)."
    type_into(qtbot, page, "medicine.in_stock", "20")
    _commit(qtbot, form.editors["in_stock"])
    assert page.medicine_supply.text() == "✔ Genoeg voor 10 dagen. Nodig: 3 dagen (6 keer)."
    medicine = page.session.repository.get("medicine", medicine_id)
    assert (medicine.per_day, medicine.in_stock, medicine.days_in_stock) == (2.0, 20.0, 10.0)
    assert _requirement(page.session, medicine_id).base == 10.0
    row = page.medicines.model.rowCount() - 1
    assert page.medicines.model.index(row, 1).data() == "Elke dag, 2 keer per dag"


def test_only_when_needed_hides_doses_a_day(qtbot, page):
    medicine_id = _add_medicine(qtbot, page)
    choose(page, "medicine.as_needed", 1)
    assert not page.medicines.form.editors["per_day"].isVisible()
    type_into(qtbot, page, "medicine.in_stock", "2")
    _commit(qtbot, page.medicines.form.editors["in_stock"])
    assert page.medicine_supply.text() == "✔ Alleen als het nodig is: zorg dat er altijd minstens 1 in huis is. Je hebt er 2."
    requirement = _requirement(page.session, medicine_id)
    assert (requirement.item.rule, requirement.quantity, requirement.base) == ("as_needed", 1.0, 2.0)
    choose(page, "medicine.as_needed", 0)
    assert page.medicines.form.editors["per_day"].isVisible()
    assert page.session.repository.get("medicine", medicine_id).as_needed == 0


def test_keep_cold_shows_the_advice_and_asks_what_to_do(qtbot, page):
    medicine_id = _add_medicine(qtbot, page)
    form = page.medicines.form
    assert not page.cold_advice.isVisible() and not form.editors["cold_note"].isVisible()
    check = page.findChild(QCheckBox, "medicine.keep_cold")
    qtbot.waitUntil(lambda: check.height() > 0)  # its text wraps: its height comes with the next layout pass
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(6, check.height() // 2))
    assert page.session.repository.get("medicine", medicine_id).keep_cold == 1
    assert page.cold_advice.isVisible() and form.editors["cold_note"].isVisible()
    advice = page.cold_advice.text()
    assert "koelste kamer" in advice and "vriezer" in advice and "bijsluiter" in advice
    note = type_into(qtbot, page, "medicine.cold_note", "In de kelder, in een koeltas", QPlainTextEdit)
    note.clearFocus()
    qtbot.waitUntil(lambda: page.session.repository.get("medicine", medicine_id).cold_note
                    == "In de kelder, in een koeltas")
    row = page.medicines.model.rowCount() - 1
    assert page.medicines.model.index(row, 1).data() == "Elke dag; koel bewaren"


def test_the_keep_cold_advice_has_its_source():
    assert KEEP_COLD_FACTS == ("FACTS 6.3",)
    for key in KEEP_COLD_FACTS:
        assert resolve(key).key == key


def test_the_supply_line_follows_the_horizon(qtbot, window, page):
    """Another horizon (7 days) asks for 7 days of doses; the line says so when shown again."""
    _add_medicine(qtbot, page)
    type_into(qtbot, page, "medicine.per_day", "1")
    _commit(qtbot, page.medicines.form.editors["per_day"])
    type_into(qtbot, page, "medicine.in_stock", "5")
    _commit(qtbot, page.medicines.form.editors["in_stock"])
    assert "Nodig: 3 dagen (3 keer)" in page.medicine_supply.text()
    window.show_page("overview")
    page.session.set_setting("kit_hours", "168")
    window.show_page("household")
    assert "Nodig: 7 dagen (7 keer)" in page.medicine_supply.text()
    assert page.medicine_supply.text().startswith("⚠ Genoeg voor 5 dagen")
