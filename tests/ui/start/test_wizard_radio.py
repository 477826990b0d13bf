"""First run, step 2: choosing the municipality fills in the safety region, the broadcaster and
(only when exactly one sourced frequency fits) the FM frequency; a typed frequency stays."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.core.municipalities import FILLED_SETTING, filled_from_setting
from app.ui.start.wizard import FirstRunWizard
from app.words.i18n import Translations


@pytest.fixture
def wizard(qtbot, qapp, session):
    Translations(qapp).use("nl")  # the autouse fixture puts English back afterwards
    wizard = FirstRunWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()  # past step 1: the text size and the language
    wizard.next()
    assert wizard.currentPage() is wizard.home
    return wizard


def _type(qtbot, editor, text: str) -> None:
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)


def _finish(wizard) -> None:
    wizard.next()
    assert wizard.currentPage() is wizard.kit
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_a_municipality_with_one_sourced_frequency_fills_everything(qtbot, wizard, session):
    page = wizard.home
    _type(qtbot, page.municipality, "utrecht")
    assert page.broadcaster.currentData() == "rtv_utrecht"
    assert page.fm_frequency.text() == "93.1"
    assert "Utrecht hoort bij veiligheidsregio Utrecht" in page.radio_note.text()
    assert "RTV Utrecht" in page.radio_note.text()
    assert "Bron: duic.nl (RTV Utrecht), 8 december 2025." in page.frequency_note.text()
    _finish(wizard)

    home = session.household().home
    assert (home.municipality, home.safety_region, home.broadcaster, home.fm_frequency) == (
        "Utrecht", "Utrecht", "rtv_utrecht", "93.1")


def test_without_a_sourced_frequency_the_field_stays_empty_and_says_where_to_look(qtbot, wizard, session):
    page = wizard.home
    _type(qtbot, page.municipality, "Utrecht")
    assert page.fm_frequency.text() == "93.1"
    _type(qtbot, page.municipality, "Zwolle")  # Paraat's own 93.1 does not stay behind
    assert page.broadcaster.currentData() == "rtv_oost"
    assert page.fm_frequency.text() == ""
    assert "Zoek de frequentie op denkvooruit.nl/radio en vul hem in." in page.frequency_note.text()
    assert "(Afgeleid via de provincie.)" in page.radio_note.text()
    _finish(wizard)

    home = session.household().home
    assert (home.safety_region, home.broadcaster, home.fm_frequency) == ("IJsselland", "rtv_oost", "")


def test_a_frequency_the_user_typed_is_never_overwritten(qtbot, wizard, session):
    page = wizard.home
    _type(qtbot, page.fm_frequency, "99,9")
    _type(qtbot, page.municipality, "Utrecht")
    assert page.fm_frequency.text() == "99,9"
    assert "Deze frequentie heb je zelf ingevuld." in page.frequency_note.text()
    _type(qtbot, page.municipality, "Zwolle")
    assert page.fm_frequency.text() == "99,9"
    _finish(wizard)
    assert session.household().home.fm_frequency == "99.9"


def test_zuid_holland_says_the_broadcaster_is_not_confirmed(qtbot, wizard):
    page = wizard.home
    _type(qtbot, page.municipality, "Den Haag")
    assert page.broadcaster.currentData() == "omroep_west"
    assert "Dit is niet zeker" in page.radio_note.text()
    assert "denkvooruit.nl/radio" in page.radio_note.text()
    assert page.fm_frequency.text() == ""  # the old 89.3 has no good source


def test_an_unknown_municipality_says_the_list_date_and_leaves_the_choice(qtbot, wizard, session):
    page = wizard.home
    _type(qtbot, page.municipality, "Utrecht")
    _type(qtbot, page.municipality, "Atlantis")
    qtbot.keyClick(page.municipality, Qt.Key.Key_Tab)  # on to the next field
    assert page.radio_note.text() == (
        "Deze gemeente staat niet in de lijst van Paraat (stand: 1 januari 2026). "
        "Kies zelf je veiligheidsregio en je regionale omroep.")
    assert page.broadcaster.currentData() == ""  # what Paraat chose for Utrecht is taken back
    assert page.fm_frequency.text() == ""
    _finish(wizard)
    home = session.household().home
    assert (home.municipality, home.safety_region, home.broadcaster) == ("Atlantis", "", "")
    assert filled_from_setting(session.setting(FILLED_SETTING)) == {}


def test_an_unknown_municipality_keeps_the_users_broadcaster_and_frequency(qtbot, wizard, session):
    page = wizard.home
    _type(qtbot, page.municipality, "Tilburg")
    page.broadcaster.setCurrentIndex(page.broadcaster.findData("omroep_zeeland"))
    page.broadcaster.activated.emit(page.broadcaster.currentIndex())  # as a user picks it
    _type(qtbot, page.fm_frequency, "97,8")
    _type(qtbot, page.municipality, "Weesp")  # part of Amsterdam since 2022: not in the list
    qtbot.keyClick(page.municipality, Qt.Key.Key_Tab)
    assert (page.region, page.broadcaster.currentData(), page.fm_frequency.text()) == (
        "", "omroep_zeeland", "97,8")
    assert "Kies zelf je veiligheidsregio en je regionale omroep." in page.radio_note.text()


def test_a_typed_frequency_survives_choosing_the_municipality_again(qtbot, wizard, session):
    page = wizard.home
    _type(qtbot, page.municipality, "Tilburg")  # two frequencies fit: the field stays empty
    assert page.fm_frequency.text() == ""
    _type(qtbot, page.fm_frequency, "91,9")
    for typed in ("tilburg", "Breda", "Eindhoven", "Atlantis", "Tilburg"):
        _type(qtbot, page.municipality, typed)
        assert page.fm_frequency.text() == "91,9", typed
    _finish(wizard)
    home = session.household().home
    assert (home.safety_region, home.broadcaster, home.fm_frequency) == (
        "Midden- en West-Brabant", "omroep_brabant", "91.9")
    # the household page will treat the region and the broadcaster as Paraat's, not the frequency
    assert filled_from_setting(session.setting(FILLED_SETTING)) == {
        "safety_region": "Midden- en West-Brabant", "broadcaster": "omroep_brabant"}


def test_a_frequency_typed_over_paraats_with_the_same_value_is_the_users(qtbot, wizard, session):
    """Paraat fills in 93.1 for Utrecht; the user types 93.1 over it. Now it is theirs: moving to
    Zwolle (no sourced frequency) keeps it."""
    page = wizard.home
    _type(qtbot, page.municipality, "Utrecht")
    assert page.fm_frequency.text() == "93.1"
    _type(qtbot, page.fm_frequency, "93.1")
    _type(qtbot, page.municipality, "Zwolle")
    assert page.fm_frequency.text() == "93.1"
    page.fm_frequency.setFocus()
    page.fm_frequency.selectAll()
    qtbot.keyClick(page.fm_frequency, Qt.Key.Key_Backspace)  # emptied: Paraat may fill it in again
    _type(qtbot, page.municipality, "Eindhoven")
    assert page.fm_frequency.text() == "87.6"
    _finish(wizard)
    assert filled_from_setting(session.setting(FILLED_SETTING)) == {
        "safety_region": "Brabant-Zuidoost", "broadcaster": "omroep_brabant", "fm_frequency": "87.6"}


@pytest.mark.parametrize(("typed", "broadcaster", "mhz"), [
    ("Nuenen", "omroep_brabant", "87.6"),
    ("'s Hertogenbosch", "omroep_brabant", "95.8"),
    ("Beek (L)", "l1", "95.3"),
    ("Sudwest Fryslan", "omrop_fryslan", ""),
])
def test_names_typed_without_accents_dots_or_in_full(qtbot, wizard, session, typed, broadcaster, mhz):
    page = wizard.home
    _type(qtbot, page.municipality, "Utrecht")
    _type(qtbot, page.municipality, typed)
    assert (page.broadcaster.currentData(), page.fm_frequency.text()) == (broadcaster, mhz)


def test_bergen_says_there_are_two(qtbot, wizard, session):
    page = wizard.home
    _type(qtbot, page.municipality, "Bergen")
    popup = page.municipality.completer().popup()
    qtbot.waitUntil(popup.isVisible)  # Bergen (L.), Bergen (NH.), Bergen op Zoom
    qtbot.keyClick(popup, Qt.Key.Key_Escape)  # the user does not pick one
    qtbot.keyClick(page.municipality, Qt.Key.Key_Tab)
    assert page.radio_note.text() == (
        "Er zijn 2 gemeenten die passen: Bergen (L.) en Bergen (NH.). Kies jouw gemeente uit de lijst.")
    assert (page.region, page.broadcaster.currentData()) == ("", "")


def test_a_wrong_frequency_keeps_the_page_open_with_a_message(qtbot, wizard, session):
    page = wizard.home
    _type(qtbot, page.fm_frequency, "12")
    wizard.next()
    assert wizard.currentPage() is page
    assert page.message.text().startswith("⚠ FM-frequentie")
    _type(qtbot, page.fm_frequency, "95,3")
    wizard.next()
    assert wizard.currentPage() is wizard.kit


def test_the_list_completes_a_part_of_the_name(qtbot, wizard):
    editor = wizard.home.municipality
    completer = editor.completer()
    _type(qtbot, editor, "haag")
    found = [completer.completionModel().index(row, 0).data() for row in range(completer.completionCount())]
    assert "Den Haag" in found and "Haarlemmermeer" not in found
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    popup.setCurrentIndex(completer.completionModel().index(found.index("Den Haag"), 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # the user picks it from the list
    assert editor.text() == "Den Haag"
    assert wizard.home.region == "Haaglanden"
    assert wizard.home.broadcaster.currentData() == "omroep_west"
