"""'Not needed for us' on the kit page and the household's own things to buy, with real widgets:
what is stored, what the row says, the shopping list, the readiness figure and undo."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QRadioButton

from app.ui.kit.kit_models import RECORD_ROLE
from app.ui.kit.not_needed_dialog import NotNeededDialog
from tests.ui.helpers import click, type_into

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def page(launcher):
    window = launcher.start_demo(TODAY)
    window.show_page("kit")
    return window.kit


def _row(page, item_id: str) -> int:
    return page.kit_model.row_of(item_id)


def _status(page, item_id: str):
    return page.kit_model.index(_row(page, item_id), 0).data(RECORD_ROLE)


def _cell(page, item_id: str, column: int, role=Qt.ItemDataRole.DisplayRole):
    return page.kit_model.index(_row(page, item_id), column).data(role)


def _shopping_ids(page) -> set[str]:
    model = page.shopping_model
    return {model.index(row, 0).data(RECORD_ROLE).requirement.item.id for row in range(model.rowCount())}


def _percent(page) -> int:
    found = re.match(r"(\d+)%", page.status.text())
    assert found, page.status.text()
    return int(found.group(1))


def _answer(monkeypatch, pick, seen: list[NotNeededDialog] | None = None) -> None:
    """When the dialog opens, ``pick(dialog)`` works its real widgets; OK is then pressed if it
    is enabled (as a person would), else the dialog is cancelled."""

    def run(dialog: NotNeededDialog) -> int:
        if seen is not None:
            seen.append(dialog)
        accepted = pick(dialog)
        if accepted and dialog.ok_button.isEnabled():
            dialog.ok_button.click()
        else:
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(NotNeededDialog, "exec", run)


def test_demo_row_says_not_needed_in_words_and_grey(page):
    text = _cell(page, "tools", 3)
    assert text == "Niet nodig voor ons: We lenen gereedschap van de buurman op nummer 14"
    assert _cell(page, "tools", 3, Qt.ItemDataRole.AccessibleTextRole) == text
    assert _cell(page, "tools", 0, Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    assert _cell(page, "tools", 0, Qt.ItemDataRole.FontRole).italic()
    assert _cell(page, "whistle", 0, Qt.ItemDataRole.ForegroundRole) is None  # an ordinary row is not
    assert "tools" not in _shopping_ids(page)
    page.select_item("tools")
    assert page.not_needed_button.text() == "Toch nodig"
    assert "Niet nodig voor ons: We lenen gereedschap" in page.item_explain.text()


def test_mark_with_a_suggested_reason_then_undo(page, qtbot, monkeypatch):
    session = page.session
    page.select_item("powerbank")
    assert "powerbank" in _shopping_ids(page)
    before = _percent(page)
    seen: list[NotNeededDialog] = []

    def pick(dialog):
        dialog.findChild(QRadioButton, "not_needed.reason.0").click()
        return True

    _answer(monkeypatch, pick, seen)
    assert page.not_needed_button.text() == "Niet nodig voor ons…"
    click(qtbot, page.not_needed_button)
    reason = seen[0].reasons[0]
    assert reason == "We hebben dit al op een andere manier"
    stored = [(entry.item_id, entry.reason) for entry in session.repository.list("not_needed")]
    assert ("powerbank", reason) in stored
    assert _cell(page, "powerbank", 3) == f"Niet nodig voor ons: {reason}"
    assert "powerbank" not in _shopping_ids(page)
    assert _status(page, "powerbank").requirement.applies is False
    assert _percent(page) > before  # a missing light item no longer counts against you
    assert page.not_needed_button.text() == "Toch nodig"  # the row stays selected
    assert page.kit_table.currentIndex().data(RECORD_ROLE).requirement.item.id == "powerbank"

    session.undo_stack.undo()
    assert all(entry.item_id != "powerbank" for entry in session.repository.list("not_needed"))
    assert _cell(page, "powerbank", 3) == "2 stuks"  # Sanne and Mark have a mobile; Oma has a landline
    assert "powerbank" in _shopping_ids(page)
    assert _percent(page) == before


def test_own_reason_is_typed_and_an_empty_one_is_refused(page, qtbot, monkeypatch):
    page.select_item("whistle")

    def empty(dialog):
        dialog.findChild(QRadioButton, "not_needed.other").click()
        assert not dialog.ok_button.isEnabled()  # "Something else" without words: no OK
        return True

    _answer(monkeypatch, empty)
    click(qtbot, page.not_needed_button)
    assert all(entry.item_id != "whistle" for entry in page.session.repository.list("not_needed"))

    def typed(dialog):
        editor = dialog.findChild(QLineEdit, "not_needed.text")
        qtbot.keyClicks(editor, "  We wonen   naast de brandweer ")
        assert dialog.other.isChecked()  # typing picks "Something else"
        return True

    _answer(monkeypatch, typed)
    click(qtbot, page.not_needed_button)
    reasons = {entry.item_id: entry.reason for entry in page.session.repository.list("not_needed")}
    assert reasons["whistle"] == "We wonen naast de brandweer"
    assert _cell(page, "whistle", 3) == "Niet nodig voor ons: We wonen naast de brandweer"


def test_cancel_stores_nothing(page, qtbot, monkeypatch):
    page.select_item("whistle")
    before = page.session.repository.list("not_needed")
    _answer(monkeypatch, lambda dialog: False)
    click(qtbot, page.not_needed_button)
    assert page.session.repository.list("not_needed") == before
    assert "whistle" in _shopping_ids(page)


def test_needed_after_all_from_the_context_menu_by_keyboard(page, qtbot):
    page.select_item("tools")
    page.kit_table.setFocus()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), page.kit_table.mapToGlobal(QPoint(5, 5)))
    QApplication.sendEvent(page.kit_table, event)  # the Menu key
    menu = page.item_menu
    qtbot.waitUntil(menu.isVisible)
    assert [action.text() for action in menu.actions()] == ["Toch nodig"]
    assert page.not_needed_action.isEnabled()
    menu.hide()
    page.not_needed_action.trigger()
    assert all(entry.item_id != "tools" for entry in page.session.repository.list("not_needed"))
    assert _cell(page, "tools", 3) == "1 set"
    assert _cell(page, "tools", 0, Qt.ItemDataRole.ForegroundRole) is None
    assert "tools" in _shopping_ids(page)
    assert page.not_needed_button.text() == "Niet nodig voor ons…"
    page.session.undo_stack.undo()
    assert page.session.household().not_needed_reason("tools") == "We lenen gereedschap van de buurman op nummer 14"


def test_right_click_selects_the_row_under_the_mouse(page, qtbot, monkeypatch):
    page.select_item("water")
    page.kit_table.scrollTo(page.kit_proxy.mapFromSource(page.kit_model.index(_row(page, "whistle"), 0)))
    rect = page.kit_table.visualRect(page.kit_proxy.mapFromSource(page.kit_model.index(_row(page, "whistle"), 0)))
    viewport = page.kit_table.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, rect.center(), viewport.mapToGlobal(rect.center()))
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(page.item_menu.isVisible)
    page.item_menu.hide()
    assert page.kit_table.currentIndex().data(RECORD_ROLE).requirement.item.id == "whistle"
    assert page.not_needed_action.text() == "Niet nodig voor ons…"
    _answer(monkeypatch, lambda dialog: True)
    page.not_needed_action.trigger()
    assert page.session.household().not_needed_reason("whistle") == "We hebben dit al op een andere manier"


@pytest.mark.parametrize("item_id", ["water", "food", "baby_food", "medicine:1"])
def test_essentials_cannot_be_marked(page, qtbot, monkeypatch, item_id):
    page.select_item(item_id)
    assert page.kit_table.currentIndex().data(RECORD_ROLE).requirement.item.id == item_id
    why = "Water, eten, babyvoeding en medicijnen heb je altijd nodig."
    assert not page.not_needed_button.isEnabled()
    assert not page.not_needed_action.isEnabled()
    assert page.not_needed_button.toolTip() == why
    assert page.not_needed_button.accessibleDescription() == why
    assert page.not_needed_why.isVisibleTo(page) and page.not_needed_why.text() == why
    opened: list[NotNeededDialog] = []
    _answer(monkeypatch, lambda dialog: True, opened)
    page.toggle_not_needed()  # even when called directly, nothing happens
    assert not opened
    assert all(entry.item_id != item_id for entry in page.session.repository.list("not_needed"))
    page.select_item("whistle")
    assert page.not_needed_button.isEnabled() and not page.not_needed_why.isVisibleTo(page)


def test_car_key_offers_no_car_as_a_reason(page, qtbot):
    item = _status(page, "car_key").requirement.item
    dialog = NotNeededDialog(item, "Reservesleutel van de auto", page)
    qtbot.addWidget(dialog)
    assert dialog.reasons[0] == "We hebben geen auto"
    assert dialog.reason() == "We hebben geen auto"  # the first reason is picked to start with
    assert dialog.ok_button.isEnabled()


def test_item_hint_follows_the_home_answers(page):
    page.select_item("water")
    well = "reken dus niet op je put"
    assert well not in page.item_explain.text()
    home = page.session.household().home
    page.session.set_field("home", home.id, "own_well", "yes")
    page.select_item("food")
    page.select_item("water")
    assert well in page.item_explain.text()


# --- the household's own things to buy ---------------------------------------------------------


def test_own_things_to_buy_shown_added_and_bought(page, qtbot):
    session = page.session
    own = page.to_buy
    model = own.model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Hoofdlampjes, één per persoon"
    assert model.index(0, 2).data() == "Van de oefenavond"
    assert not own.add_button.isEnabled()  # nothing typed yet
    page.tabs.setCurrentIndex(2)
    type_into(qtbot, own, "to_buy.name", "Waterdichte zak voor de telefoon")
    type_into(qtbot, own, "to_buy.note", "Twee stuks")
    click(qtbot, own.add_button)
    stored = [entry for entry in session.repository.list("to_buy") if entry.name.startswith("Waterdichte")]
    assert len(stored) == 1
    assert (stored[0].origin, stored[0].added, stored[0].notes) == ("own", TODAY.isoformat(), "Twee stuks")
    assert own.name_edit.text() == "" and own.note_edit.text() == ""
    row = model.row_of(stored[0].id)
    assert model.index(row, 2).data() == "Zelf toegevoegd"
    assert model.index(row, 3).data() == "28-11-2026"
    assert own.table.currentIndex().row() == row
    assert session.kit_report().to_buy[-1].name == "Waterdichte zak voor de telefoon"

    click(qtbot, own.bought_button)
    assert session.repository.get("to_buy", stored[0].id) is None
    assert model.rowCount() == 1
    session.undo_stack.undo()
    assert session.repository.get("to_buy", stored[0].id) is not None
    assert model.rowCount() == 2


def test_own_list_empty_says_so(page, qtbot):
    own = page.to_buy
    page.tabs.setCurrentIndex(2)
    own.table.selectRow(0)
    click(qtbot, own.bought_button)
    assert page.session.repository.list("to_buy") == []
    assert own.empty.isVisibleTo(page) and not own.table.isVisibleTo(page)
    assert not own.bought_button.isEnabled()

