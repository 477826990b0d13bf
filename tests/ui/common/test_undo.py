"""Ctrl+Z and Ctrl+Y undo and redo edits and deletions, in the database too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.core.demo import demo_household
from app.core.records import Contact, Medicine, Member, Pet
from app.storage.repository import Repository, Snapshot
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


# --- undo of something changed elsewhere: it says so and changes nothing ------------------------

UNDO_REFUSED = "This cannot be undone: it has been changed elsewhere in the meantime."
REDO_REFUSED = "This cannot be redone: it has been changed elsewhere in the meantime."


@pytest.fixture
def elsewhere(session):
    """A second connection to the same file: another program changing the household."""
    other = Repository.open(session.repository.path)
    yield other
    other.close()


@pytest.fixture
def notices(session) -> list[str]:
    told: list[str] = []
    session.notice.connect(told.append)
    return told


def _undo(session) -> None:
    """Ctrl+Z as the stack does it; an exception here would be lost inside Qt."""
    session.undo_stack.undo()


def test_undo_of_an_edit_changed_elsewhere_keeps_the_other_value(session, elsewhere, notices):
    session.set_field("plan", 1, "contact_name", "Oom Kees")
    elsewhere.set_field("plan", 1, "contact_name", "Tante Ineke")
    _undo(session)
    assert session.repository.get("plan", 1).contact_name == "Tante Ineke"
    assert notices == [UNDO_REFUSED]
    assert session.undo_stack.count() == 0  # the step is gone: it can never be done safely
    _undo(session)  # nothing left to undo, nothing raised
    assert session.repository.get("plan", 1).contact_name == "Tante Ineke"


def test_undo_of_an_edit_to_a_record_deleted_elsewhere_changes_nothing(session, elsewhere,
                                                                       notices):
    pet = session.add("pet", Pet(species="Hond"))
    session.set_field("pet", pet.id, "names", "Bobbie")
    elsewhere.delete("pet", pet.id)
    _undo(session)  # before: LookupError out of the undo command
    assert notices == [UNDO_REFUSED]
    assert session.repository.get("pet", pet.id) is None
    assert session.repository.list("pet") == []


def test_undo_of_an_add_never_deletes_a_record_added_elsewhere(session, elsewhere, notices):
    """The other program deleted our pet and added its own: undo must not remove that one."""
    pet = session.add("pet", Pet(species="Kat"))
    elsewhere.delete("pet", pet.id)
    theirs = elsewhere.add("pet", Pet(species="Konijn"))
    assert theirs.id != pet.id  # AUTOINCREMENT: the deleted id is not given again
    _undo(session)
    assert notices == [UNDO_REFUSED]
    assert [p.species for p in session.repository.list("pet")] == ["Konijn"]


def test_undo_of_an_add_changed_elsewhere_keeps_the_record(session, elsewhere, notices):
    contact = session.add("contact", Contact(name="Buurman Henk"))
    elsewhere.set_field("contact", contact.id, "notes", "Heeft een aggregaat")
    _undo(session)
    assert notices == [UNDO_REFUSED]
    assert session.repository.get("contact", contact.id).notes == "Heeft een aggregaat"


def test_undo_of_a_delete_whose_id_is_taken_overwrites_nothing(session, elsewhere, notices):
    pet = session.add("pet", Pet(species="Hond", names="Bobbie"))
    session.delete("pet", pet.id)
    elsewhere.restore(Snapshot("pet", Pet(id=pet.id, species="Cavia", names="Pluis")))
    _undo(session)
    assert notices == [UNDO_REFUSED]
    assert [(p.id, p.names) for p in session.repository.list("pet")] == [(pet.id, "Pluis")]


def test_undo_of_a_delete_whose_parent_was_deleted_elsewhere_changes_nothing(
        session, elsewhere, notices):
    oma = session.add("member", Member(name="Oma Riet"))
    medicine = session.add("medicine", Medicine(member_id=oma.id, name="Metoprolol"))
    session.delete("medicine", medicine.id)
    elsewhere.delete("member", oma.id)
    _undo(session)
    assert notices == [UNDO_REFUSED]
    assert session.repository.list("medicine") == []
    assert session.repository.list("member") == []


def test_redo_of_an_edit_changed_elsewhere_keeps_the_other_value(session, elsewhere, notices):
    session.set_field("plan", 1, "stay_place", "Zwolle")
    _undo(session)
    elsewhere.set_field("plan", 1, "stay_place", "Deventer")
    session.undo_stack.redo()
    assert notices == [REDO_REFUSED]
    assert session.repository.get("plan", 1).stay_place == "Deventer"


def test_redo_of_a_delete_changed_elsewhere_keeps_the_record(session, elsewhere, notices):
    pet = session.add("pet", Pet(species="Hond"))
    session.delete("pet", pet.id)
    _undo(session)
    elsewhere.set_field("pet", pet.id, "names", "Bobbie")
    session.undo_stack.redo()
    assert notices == [REDO_REFUSED]
    assert session.repository.get("pet", pet.id).names == "Bobbie"


def test_undo_of_an_import_after_one_entry_went_elsewhere_removes_none(session, elsewhere,
                                                                       notices):
    pets = session.import_records("pet", [Pet(species=s) for s in ("Kat", "Hond", "Vis")])
    elsewhere.delete("pet", pets[1].id)
    _undo(session)
    assert notices == [UNDO_REFUSED]
    assert [p.species for p in session.repository.list("pet")] == ["Kat", "Vis"]


def test_undo_of_a_move_of_a_member_deleted_elsewhere_changes_nothing(session, elsewhere,
                                                                      notices):
    first = session.add("member", Member(name="Mark"))
    second = session.add("member", Member(name="Sem"))
    assert session.move_member(second.id, -1)
    elsewhere.delete("member", second.id)
    _undo(session)
    assert notices == [UNDO_REFUSED]
    assert [m.id for m in session.repository.list("member")] == [first.id]


def test_undo_that_is_not_disturbed_still_works_after_another_connection_read(
        session, elsewhere, notices):
    pet = session.add("pet", Pet(species="Hond"))
    session.set_field("pet", pet.id, "names", "Bobbie")
    assert elsewhere.get("pet", pet.id).names == "Bobbie"
    _undo(session)
    _undo(session)
    assert session.repository.list("pet") == [] and notices == []


def test_the_window_says_it_plainly_in_dutch_and_shows_what_is_stored(launcher, qtbot):
    window = launcher.start("nl")
    session = launcher.paraat.session
    window.show_page("plan")
    session.set_field("plan", 1, "contact_name", "Oom Kees")
    other = Repository.open(session.repository.path)
    try:
        other.set_field("plan", 1, "contact_name", "Tante Ineke")
    finally:
        other.close()
    window.undo_action.trigger()
    assert window.statusBar().currentMessage() == (
        "Dit kan niet ongedaan worden gemaakt: het is intussen ergens anders veranderd.")
    editor = window.findChild(QLineEdit, "plan.contact_name")
    qtbot.waitUntil(lambda: editor.text() == "Tante Ineke")
    assert session.repository.get("plan", 1).contact_name == "Tante Ineke"
