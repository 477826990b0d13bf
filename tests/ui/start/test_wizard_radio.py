"""First run, step 2: choosing the municipality fills in the safety region, the broadcaster and
(only when exactly one sourced frequency fits) the FM frequency; a typed frequency stays."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.ui.start.wizard import FirstRunWizard
from app.words.i18n import Translations


@pytest.fixture
def wizard(qtbot, qapp, session):
    Translations(qapp).use("nl")  # the autouse fixture puts English back afterwards
    wizard = FirstRunWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
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
    assert "Deze gemeente staat niet in de lijst van Paraat (stand: 1 januari 2026)" in page.radio_note.text()
    assert page.broadcaster.currentData() == ""  # what Paraat chose for Utrecht is taken back
    assert page.fm_frequency.text() == ""
    _finish(wizard)
    home = session.household().home
    assert (home.municipality, home.safety_region, home.broadcaster) == ("Atlantis", "", "")


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
