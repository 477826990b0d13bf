"""Bad input gets a plain message next to the field and nothing invalid is saved."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit

from app.core.demo import demo_household
from tests.ui.helpers import type_into


def _message(window, name: str) -> QLabel:
    label = window.findChild(QLabel, f"{name}.message")
    assert label is not None
    return label


@pytest.fixture
def demo_window(launcher):
    window = launcher.start()
    launcher.paraat.session.replace_all(demo_household())
    return window


def test_date_that_does_not_exist(demo_window, launcher, qtbot):
    window = demo_window
    repo = launcher.paraat.session.repository
    window.show_page("plan", "plan.last_practised")
    editor = type_into(qtbot, window, "plan.last_practised", "31-02-2026")
    editor.editingFinished.emit()
    message = _message(window, "plan.last_practised")
    assert message.isVisibleTo(window)
    assert "bestaat niet" in message.text()
    assert repo.get("plan", 1).last_practised == ""
    assert editor.accessibleDescription() == message.text()[2:]
    # fixing it clears the message and saves
    type_into(qtbot, window, "plan.last_practised", "28-02-2026").editingFinished.emit()
    assert message.text() == ""
    assert repo.get("plan", 1).last_practised == "2026-02-28"


def test_empty_name_is_refused_and_old_name_kept(demo_window, launcher, qtbot):
    window = demo_window
    repo = launcher.paraat.session.repository
    window.show_page("household")
    first = window.household.members.selected_id()
    name_before = repo.get("member", first).name
    editor = window.findChild(QLineEdit, "member.name")
    editor.setFocus()
    editor.selectAll()
    editor.del_()
    editor.textEdited.emit("")
    editor.editingFinished.emit()
    assert "Vul dit in" in _message(window, "member.name").text()
    assert repo.get("member", first).name == name_before


def test_huge_note_and_control_characters(demo_window, launcher, qtbot):
    window = demo_window
    repo = launcher.paraat.session.repository
    window.show_page("household")
    notes = window.findChild(QPlainTextEdit, "member.notes")
    notes.setPlainText("x" * 100_000)
    launcher.paraat.session.flush()
    text = _message(window, "member.notes").text()
    assert "10.000" in text and "100.000" in text
    member_id = window.household.members.selected_id()
    assert repo.get("member", member_id).notes == ""
    languages = window.findChild(QLineEdit, "member.languages")
    QApplication.clipboard().setText("Nederlands\x07")  # pasted from a damaged file
    languages.selectAll()
    languages.paste()
    launcher.paraat.session.flush()
    assert "tekens" in _message(window, "member.languages").text()
    assert "\x07" not in repo.get("member", member_id).languages


def test_frequency_out_of_range(demo_window, launcher, qtbot):
    window = demo_window
    window.show_page("household", "home.fm_frequency")
    type_into(qtbot, window, "home.fm_frequency", "150").editingFinished.emit()
    assert "87.5" in _message(window, "home.fm_frequency").text()
    assert launcher.paraat.session.repository.get("home", 1).fm_frequency == "93.1"


def test_too_many_members_says_so(launcher, qtbot):
    window = launcher.start()
    session = launcher.paraat.session
    from app.core.records import MAX_MEMBERS, Member

    session.add_many([("member", Member(name=f"P{i}")) for i in range(MAX_MEMBERS)])
    window.show_page("household")
    window.household.members.add_record()
    message = window.household.members.message
    assert "30" in message.text()
    assert session.repository.count("member") == MAX_MEMBERS
