"""Problems shown in words are also read out to a screen reader (an assertive accessible
announcement), every time they are shown, also when the same words come again."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel

from app.ui.common import file_dialogs
from app.ui.common.file_dialogs import PrivateFileDialog
from tests.ui.helpers import click, type_into


@pytest.fixture
def said(monkeypatch) -> list[tuple[str, bool]]:
    """What would reach a screen reader: (text, assertive) of each announcement event sent."""
    heard: list[tuple[str, bool]] = []

    class Listening:
        AnnouncementPoliteness = QAccessible.AnnouncementPoliteness

        @staticmethod
        def isActive() -> bool:
            return True  # as with Orca running

        @staticmethod
        def updateAccessibility(event: QAccessibleAnnouncementEvent) -> None:
            heard.append((event.message(),
                          event.politeness() == QAccessible.AnnouncementPoliteness.Assertive))

    monkeypatch.setattr(QtGui, "QAccessible", Listening)  # announce imports it when it speaks
    return heard


def test_a_list_refusal_is_read_out_each_time(launcher, qtbot, said):
    window = launcher.start("nl")  # nobody in the household yet
    window.show_page("together")
    page = window.together
    click(qtbot, page.contacts.add_button)
    type_into(qtbot, page.contacts, "contact.name", "Buurman Piet").editingFinished.emit()
    said.clear()
    for _ in range(2):
        click(qtbot, page.checks.add_button)
        qtbot.wait(50)
    text = "Zet eerst de mensen van je huishouden erin."
    assert said == [(text, True), (text, True)]
    assert page.checks.message.text() == "⚠ " + text and page.checks.message.isVisible()


def test_a_refused_file_place_is_read_out_each_time(qtbot, tmp_path: Path, monkeypatch, said):
    file_dialogs.configure(private_dialogs=True, allow_local_save=False)
    try:
        monkeypatch.setattr(file_dialogs, "computer_disks", lambda: {os.stat(tmp_path).st_dev})
        dialog = PrivateFileDialog(None, "Opslaan", str(tmp_path / "plan.pdf"), "PDF (*.pdf)", saving=True)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.ok_button.click()
        dialog.ok_button.click()
        message = dialog.findChild(QLabel, "private_file_dialog.message")
        assert len(said) == 2 and said[0] == said[1] and said[0][1]
        assert message.text() == "⚠ " + said[0][0] and "USB" in said[0][0]
    finally:
        file_dialogs.configure(private_dialogs=False, allow_local_save=True)


def test_the_password_dialog_says_its_problem_when_it_opens(qtbot, said):
    from app.ui.carry.password_dialog import PasswordDialog
    dialog = PasswordDialog("plan.paraat", new=False, message="Dat wachtwoord klopt niet.")
    qtbot.addWidget(dialog)
    assert said == []  # not before it is there
    dialog.show()
    assert said == [("Dat wachtwoord klopt niet.", True)]
    assert dialog.message.text() == "⚠ Dat wachtwoord klopt niet." and dialog.message.isVisible()


def test_a_field_refusing_the_same_words_twice_says_them_twice(launcher, qtbot, said):
    from app.core.demo import demo_household
    window = launcher.start("nl")
    launcher.paraat.session.replace_all(demo_household())
    window.show_page("together")
    phones = window.together.phones
    qtbot.waitUntil(lambda: phones.selected_id() is not None)  # filled just after the page shows
    said.clear()
    for _ in range(2):
        type_into(qtbot, phones, "contact_phone.number", "bel maar").editingFinished.emit()
    message = phones.findChild(QLabel, "contact_phone.number.message")
    assert len(said) == 2 and said[0] == said[1] == (message.text().removeprefix("⚠ "), True)
    type_into(qtbot, phones, "contact_phone.number", "bel maar").editingFinished.emit()  # no new value:
    phones.form.editors["number"].editingFinished.emit()  # leaving again says nothing new
    assert len(said) == 3
