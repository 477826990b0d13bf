"""A form field bound to the database also saves text set from outside the keyboard: what a
screen reader or another assistive tool puts in through the accessibility interface."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLineEdit

from app.core.demo import demo_household
from app.ui.common.fields import SAVE_DELAY_MS


@pytest.fixture
def together(launcher):
    window = launcher.start("nl")
    launcher.paraat.session.replace_all(demo_household())
    window.show_page("together")
    return window.together


def _contact(page):
    return page.session.repository.get("contact", page.contacts.selected_id())


def test_text_set_through_the_accessibility_interface_is_saved_and_undoable(together, qtbot):
    page = together
    session = page.session
    before = _contact(page).name
    name = page.contacts.findChild(QLineEdit, "contact.name")
    editable = QAccessible.queryAccessibleInterface(name).editableTextInterface()
    editable.replaceText(0, len(name.text()), "Tante Riek")  # what AT-SPI setTextContents does
    assert name.text() == "Tante Riek"
    qtbot.waitUntil(lambda: _contact(page).name == "Tante Riek", timeout=SAVE_DELAY_MS * 4)
    session.undo_stack.undo()
    assert _contact(page).name == before
    assert name.text() == before  # the reload put it back, and did not save it again
    qtbot.wait(SAVE_DELAY_MS * 2)
    assert _contact(page).name == before


def test_a_value_set_as_the_accessible_value_is_checked_like_typing(together, qtbot):
    page = together
    number = page.phones.findChild(QLineEdit, "contact_phone.number")
    phone_id = page.phones.selected_id()
    before = page.session.repository.get("contact_phone", phone_id).number
    QAccessible.queryAccessibleInterface(number).setText(QAccessible.Text.Value, "bel maar")
    message = page.phones.form.bindings[0].message
    qtbot.waitUntil(message.isVisible, timeout=SAVE_DELAY_MS * 4)  # refused, in words
    assert page.session.repository.get("contact_phone", phone_id).number == before
    QAccessible.queryAccessibleInterface(number).setText(QAccessible.Text.Value, "030-1234567")
    qtbot.waitUntil(lambda: page.session.repository.get("contact_phone", phone_id).number == "030-1234567",
                    timeout=SAVE_DELAY_MS * 4)
    assert not message.isVisible()


def test_loading_another_record_saves_nothing(together, qtbot):
    page = together
    session = page.session
    names = {contact.id: contact.name for contact in session.repository.list("contact")}
    undo_steps = session.undo_stack.count()
    for row in range(page.contacts.view_model.rowCount()):
        page.contacts._select_row(row)
    qtbot.wait(SAVE_DELAY_MS * 2)
    session.flush_requested.emit()
    assert {contact.id: contact.name for contact in session.repository.list("contact")} == names
    assert session.undo_stack.count() == undo_steps
