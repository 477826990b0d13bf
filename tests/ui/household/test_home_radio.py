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
from tests.ui.helpers import choose, type_into

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


def test_an_unknown_municipality_clears_what_paraat_filled_in_and_says_so(qtbot, window, session):
    """The demo's region, broadcaster and 93.1 were filled in from Utrecht: a municipality the
    list does not know takes them back, so no wrong station is printed."""
    _choose_municipality(qtbot, window, "Atlantis")
    home = _home(session)
    assert (home.municipality, home.safety_region, home.broadcaster, home.fm_frequency) == (
        "Atlantis", "", "", "")
    assert window.findChild(QComboBox, "home.broadcaster").currentData() == ""
    assert window.findChild(QLineEdit, "home.fm_frequency").text() == ""
    assert _note(window, "home.radio_note") == (
        "Deze gemeente staat niet in de lijst van Paraat (stand: 1 januari 2026). "
        "Kies zelf je veiligheidsregio en je regionale omroep.")
    assert radio_text(session.household()) == ""  # the fridge sheet prints "your regional broadcaster"

    session.undo_stack.undo()  # one step back: Utrecht's radio again
    home = _home(session)
    assert (home.safety_region, home.broadcaster, home.fm_frequency) == ("Utrecht", "rtv_utrecht", "93.1")


def test_an_unknown_municipality_keeps_what_the_user_chose_and_typed(qtbot, window, session):
    _choose_municipality(qtbot, window, "Tilburg")  # Omroep Brabant; two frequencies fit
    choose(window, "home.broadcaster", "omroep_zeeland")  # the user's own choices
    editor = type_into(qtbot, window, "home.fm_frequency", "97,8")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    _choose_municipality(qtbot, window, "Weesp")  # part of Amsterdam since 2022: not in the list
    home = _home(session)
    assert (home.municipality, home.safety_region, home.broadcaster, home.fm_frequency) == (
        "Weesp", "", "omroep_zeeland", "97.8")
    assert "Kies zelf je veiligheidsregio en je regionale omroep." in _note(window, "home.radio_note")


@pytest.mark.parametrize(("typed", "stored", "region", "broadcaster", "mhz"), [
    ("Nuenen", "Nuenen, Gerwen en Nederwetten", "Brabant-Zuidoost", "omroep_brabant", "87.6"),
    ("'s Hertogenbosch", "'s-Hertogenbosch", "Brabant-Noord", "omroep_brabant", "95.8"),
    ("Beek (L)", "Beek (L.)", "Zuid-Limburg", "l1", "95.3"),
    ("Sudwest Fryslan", "Súdwest-Fryslân", "Fryslân", "omrop_fryslan", None),
])
def test_names_typed_without_accents_dots_or_in_full_still_fill_the_radio(
        qtbot, window, session, typed, stored, region, broadcaster, mhz):
    """The demo lives in Utrecht (RTV Utrecht, 93.1): these replace all three, so a Brabant
    household no longer prints RTV Utrecht 93.1 FM."""
    _choose_municipality(qtbot, window, typed)
    home = _home(session)
    assert (home.municipality, home.safety_region, home.broadcaster) == (stored, region, broadcaster)
    assert home.fm_frequency == (mhz or "")
    assert window.findChild(QLineEdit, "home.municipality").text() == stored
    assert "93.1" not in radio_text(session.household())


def test_bergen_says_there_are_two(qtbot, window, session):
    _choose_municipality(qtbot, window, "Bergen")
    home = _home(session)
    assert (home.municipality, home.safety_region, home.broadcaster, home.fm_frequency) == (
        "Bergen", "", "", "")
    assert _note(window, "home.radio_note") == (
        "Er zijn 2 gemeenten die passen: Bergen (L.) en Bergen (NH.). Kies jouw gemeente uit de lijst.")
    _choose_municipality(qtbot, window, "Valkenburg")  # also a village in Katwijk: only suggested
    assert _home(session).safety_region == ""
    assert "Bedoel je Valkenburg aan de Geul? Kies die dan uit de lijst." in _note(window, "home.radio_note")


def test_a_typed_frequency_survives_choosing_the_municipality_again(qtbot, window, session):
    """Tilburg's region has two frequencies, so the field stays empty; the user types 91,9 (a
    sourced Brabant frequency). Choosing Tilburg again, or Breda, or an unknown name keeps it:
    Paraat did not put it there."""
    _choose_municipality(qtbot, window, "Tilburg")
    assert _home(session).fm_frequency == ""
    editor = type_into(qtbot, window, "home.fm_frequency", "91,9")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert _home(session).fm_frequency == "91.9"
    for typed in ("tilburg", "Breda", "Eindhoven", "Atlantis", "Tilburg"):
        _choose_municipality(qtbot, window, typed)
        assert _home(session).fm_frequency == "91.9", typed
        assert window.findChild(QLineEdit, "home.fm_frequency").text() == "91.9", typed
    home = _home(session)
    assert (home.safety_region, home.broadcaster) == ("Midden- en West-Brabant", "omroep_brabant")


def test_paraat_replaces_its_own_frequency_but_not_one_typed_over_it(qtbot, window, session):
    """Paraat's 87.6 for Eindhoven becomes Paraat's 93.1 for Utrecht; once the user types 95,1
    over it, moving to Zwolle (no sourced frequency) does not clear it."""
    _choose_municipality(qtbot, window, "Eindhoven")
    assert _home(session).fm_frequency == "87.6"
    _choose_municipality(qtbot, window, "Utrecht")
    assert _home(session).fm_frequency == "93.1"  # Paraat's 87.6 replaced by Paraat's 93.1
    editor = type_into(qtbot, window, "home.fm_frequency", "95,1")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    _choose_municipality(qtbot, window, "Zwolle")
    assert _home(session).fm_frequency == "95.1"


def test_undo_puts_back_what_paraat_had_filled_in(qtbot, window, session):
    """After choosing Eindhoven and undoing it, the 93.1 is Paraat's again (it was filled in from
    Utrecht), so choosing Zwolle clears it instead of keeping Utrecht's station."""
    _choose_municipality(qtbot, window, "Eindhoven")
    session.undo_stack.undo()
    assert _home(session).fm_frequency == "93.1"
    _choose_municipality(qtbot, window, "Zwolle")
    home = _home(session)
    assert (home.safety_region, home.broadcaster, home.fm_frequency) == ("IJsselland", "rtv_oost", "")


def test_what_paraat_filled_in_is_remembered_after_a_restart(qtbot, launcher, window, session):
    """The user types 87,6 before choosing Eindhoven (whose sourced frequency is 87.6 too). It
    stays theirs after a restart: moving to Zwolle keeps it."""
    _choose_municipality(qtbot, window, "Atlantis")
    editor = type_into(qtbot, window, "home.fm_frequency", "87,6")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    _choose_municipality(qtbot, window, "Eindhoven")
    assert _home(session).fm_frequency == "87.6"
    window.findChild(QLineEdit, "home.municipality").clearFocus()
    launcher.stop()
    window = launcher.start("nl")
    window.show_page("household")
    window.household.tabs.setCurrentIndex(2)
    window.household.home_radio.choose("Zwolle")
    home = launcher.paraat.session.household().home
    assert (home.broadcaster, home.fm_frequency) == ("rtv_oost", "87.6")


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
        assert "West-Brabant 91.0 FM" in note.text()
        qtbot.waitUntil(lambda: note.height() >= note.heightForWidth(note.width()), timeout=3000)
    finally:
        qapp.setFont(old)
