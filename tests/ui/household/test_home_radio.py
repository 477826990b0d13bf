"""The household page's home section: choosing the municipality fills in the safety region, the
broadcaster and (only when exactly one sourced frequency fits) the FM frequency, in one undo
step; a typed frequency stays; the frequency's source and date are shown next to it; and an
empty frequency prints as a line to write on."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit

from app.paths import data_location
from app.report.fridge import radio_text
from app.storage.repository import Repository
from tests.ui.helpers import type_into

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def window(launcher):
    window = launcher.start_demo(TODAY)  # the demo lives in Utrecht: RTV Utrecht, 93.1
    window.show_page("household")
    window.household.tabs.setCurrentIndex(2)
    yield window
    focused = QApplication.focusWidget()
    if focused is not None:  # leave the field while the data is still open, as a user does
        focused.clearFocus()


@pytest.fixture
def session(launcher, window):
    return launcher.paraat.session


def _note(window, name: str) -> str:
    label = window.findChild(QLabel, name)
    assert label is not None, name
    return label.text() if label.isVisible() else ""


def _choose_municipality(qtbot, window, text: str) -> None:
    editor = type_into(qtbot, window, "home.municipality", text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def _home(session):
    return session.repository.household().home


def test_the_demo_shows_where_its_frequency_comes_from(window):
    assert "Utrecht hoort bij veiligheidsregio Utrecht" in _note(window, "home.radio_note")
    note = _note(window, "home.frequency_note")
    assert "93.1 FM" in note and "Bron: duic.nl (RTV Utrecht), 8 december 2025." in note


def test_choosing_a_municipality_fills_region_broadcaster_and_frequency_in_one_undo_step(qtbot, window, session):
    _choose_municipality(qtbot, window, "eindhoven")
    home = _home(session)
    assert (home.municipality, home.safety_region, home.broadcaster, home.fm_frequency) == (
        "Eindhoven", "Brabant-Zuidoost", "omroep_brabant", "87.6")
    assert window.findChild(QComboBox, "home.broadcaster").currentData() == "omroep_brabant"
    assert window.findChild(QLineEdit, "home.fm_frequency").text() == "87.6"
    assert "Bron: Omroep Brabant (perssupport.nl), 2020." in _note(window, "home.frequency_note")

    session.undo_stack.undo()
    home = _home(session)
    assert (home.safety_region, home.broadcaster, home.fm_frequency) == ("Utrecht", "rtv_utrecht", "93.1")
    window.findChild(QLineEdit, "home.municipality").clearFocus()  # leaving the field changes nothing
    qtbot.wait(10)
    assert _home(session).broadcaster == "rtv_utrecht"


def test_no_fitting_frequency_leaves_the_field_empty_with_where_to_look(qtbot, window, session):
    _choose_municipality(qtbot, window, "Breda")  # two Brabant frequencies fit this region
    home = _home(session)
    assert (home.safety_region, home.broadcaster, home.fm_frequency) == (
        "Midden- en West-Brabant", "omroep_brabant", "")
    note = _note(window, "home.frequency_note")
    assert "Zoek de frequentie op denkvooruit.nl/radio en vul hem in." in note
    assert "Midden-Brabant 91.9 FM (2020)" in note and "West-Brabant 91.0 FM (2020)" in note
    assert radio_text(session.household()) == "Omroep Brabant, __________ FM"


def test_a_frequency_the_user_typed_stays(qtbot, window, session):
    editor = type_into(qtbot, window, "home.fm_frequency", "99,9")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert _home(session).fm_frequency == "99.9"
    assert "Deze frequentie heb je zelf ingevuld." in _note(window, "home.frequency_note")
    _choose_municipality(qtbot, window, "Zwolle")
    home = _home(session)
    assert (home.safety_region, home.broadcaster, home.fm_frequency) == ("IJsselland", "rtv_oost", "99.9")
    assert radio_text(session.household()) == "RTV Oost, 99.9 FM"


def test_zuid_holland_is_filled_but_marked_not_sure(qtbot, window, session):
    _choose_municipality(qtbot, window, "Leiden")
    home = _home(session)
    assert (home.safety_region, home.broadcaster, home.fm_frequency) == ("Hollands Midden", "omroep_west", "")
    assert "Dit is niet zeker. Kijk op denkvooruit.nl/radio" in _note(window, "home.radio_note")
    assert radio_text(session.household()) == "Omroep West, __________ FM"


def test_an_unknown_municipality_changes_nothing_else_and_says_so(qtbot, window, session):
    _choose_municipality(qtbot, window, "Atlantis")
    home = _home(session)
    assert (home.municipality, home.broadcaster, home.fm_frequency) == ("Atlantis", "rtv_utrecht", "93.1")
    assert "staat niet in de lijst van Paraat (stand: 1 januari 2026)" in _note(window, "home.radio_note")


def test_the_municipality_field_completes_from_the_list(qtbot, window, session):
    editor = window.findChild(QLineEdit, "home.municipality")
    completer = editor.completer()
    type_into(qtbot, window, "home.municipality", "bosch")
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    found = [completer.completionModel().index(row, 0).data() for row in range(completer.completionCount())]
    assert "Den Bosch" in found
    popup.setCurrentIndex(completer.completionModel().index(found.index("Den Bosch"), 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _home(session).broadcaster == "omroep_brabant")
    home = _home(session)
    assert (home.municipality, home.safety_region, home.fm_frequency) == ("Den Bosch", "Brabant-Noord", "95.8")


def test_a_longer_note_is_shown_whole_at_the_largest_text(qtbot, qapp, launcher, data_dir):
    """At 24 pt the frequency note grows from two lines to five when Breda is chosen; the form
    gives it all five (QFormLayout kept the old height and cut the text off)."""
    old = qapp.font()
    repository = Repository.open(data_location(data_dir).database)
    repository.set_setting("text_size", "largest")
    repository.close()
    try:
        window = launcher.start_demo(TODAY)
        window.show()
        window.resize(1280, 2000)
        window.show_page("household")
        window.household.tabs.setCurrentIndex(2)
        note = window.findChild(QLabel, "home.frequency_note")
        qtbot.waitUntil(lambda: note.isVisible() and note.width() > 0)
        window.household.home_radio.choose("Breda")
        qtbot.wait(50)
        assert "West-Brabant 91.0 FM" in note.text()
        assert note.height() >= note.heightForWidth(note.width())
    finally:
        qapp.setFont(old)
