"""Ctrl+Z and Ctrl+Y undo and redo edits and deletions, in the database too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.core.demo import demo_household
from tests.ui.helpers import click, type_into


def test_undo_redo_field_edit_through_shortcuts(launcher, qtbot):
    window = launcher.start()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    repo = launcher.paraat.session.repository
    window.show_page("plan")
    type_into(qtbot, window, "plan.contact_name", "Oom Kees")
    editor = window.findChild(QLineEdit, "plan.contact_name")
    editor.editingFinished.emit()
    assert repo.get("plan", 1).contact_name == "Oom Kees"
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert repo.get("plan", 1).contact_name == ""
    assert editor.text() == ""
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert repo.get("plan", 1).contact_name == "Oom Kees"
    assert editor.text() == "Oom Kees"


def test_typing_in_one_field_is_one_undo_step(session):
    session.set_field("plan", 1, "contact_name", "T")
    session.set_field("plan", 1, "contact_name", "Ta")
    session.set_field("plan", 1, "contact_name", "Tante")
    session.set_field("plan", 1, "stay_place", "Zwolle")
    session.undo_stack.undo()
    assert session.repository.get("plan", 1).stay_place == ""
    session.undo_stack.undo()
    assert session.repository.get("plan", 1).contact_name == ""


def test_undo_delete_member_brings_back_medicines_and_pickup(launcher, qtbot):
    window = launcher.start()
    session = launcher.paraat.session
    session.replace_all(demo_household())
    window.show_page("household")
    members = window.household.members
    lotte = next(m for m in session.household().members if m.name == "Lotte de Vries")
    members.select_id(lotte.id)
    click(qtbot, members.delete_button)
    household = session.household()
    assert lotte.id not in {m.id for m in household.members}
    assert lotte.id not in {p.child_id for p in household.pickups}
    assert household.medicines_of(lotte.id) == []
    window.undo_action.trigger()
    household = session.household()
    assert lotte in household.members
    assert [m.name for m in household.medicines_of(lotte.id)] == ["Adrenalinepen (EpiPen Junior)"]
    assert lotte.id in {p.child_id for p in household.pickups}
    assert members.model.row_of(lotte.id) >= 0
    window.redo_action.trigger()
    assert lotte.id not in {m.id for m in session.household().members}


def test_undo_add_removes_record(session):
    from app.core.records import Pet

    pet = session.add("pet", Pet(species="Kat"))
    assert session.repository.get("pet", pet.id) is not None
    session.undo_stack.undo()
    assert session.repository.get("pet", pet.id) is None
    session.undo_stack.redo()
    assert session.repository.get("pet", pet.id) == pet
