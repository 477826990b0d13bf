"""The wizard's first step: text size with a live example, language and high contrast, applied
at once and saved; Ctrl+plus in the wizard; step titles and the window title."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QSpinBox, QWizard

from app.paths import data_location
from app.ui.common.theme import TEXT_SIZES, apply_text_size
from app.ui.start.application import Paraat
from app.words.i18n import Translations, current_language

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _normal_text_afterwards(qapp: QApplication) -> Iterator[None]:
    Translations(qapp).use("nl")
    yield
    apply_text_size(qapp, "normal")


def test_first_step_asks_the_size_in_dutch_with_je(wizard):
    assert wizard.currentPage() is wizard.start_page
    assert wizard.start_page.title() == "Stap 1 van 5: Hoe groot wil je de letters?"
    assert wizard.windowTitle() == "In 5 stappen op weg — Paraat"
    assert wizard.windowTitle().count("Paraat") == 1
    names = [wizard.start_page.size_buttons[code].text() for code in TEXT_SIZES]
    assert names == ["Normaal", "Groot", "Groter", "Grootst"]
    assert [wizard.start_page.size_buttons[code].font().pointSizeF() for code in TEXT_SIZES] == [12, 15, 18, 24]
    assert wizard.start_page.size_buttons["normal"].isChecked()
    assert wizard.start_page.language_buttons["nl"].isChecked()
    titles = []
    while True:
        titles.append(wizard.currentPage().title())
        if wizard.currentId() == 4:
            break
        wizard.next()
    assert titles == ["Stap 1 van 5: Hoe groot wil je de letters?", "Stap 2 van 5: Wie wonen er in je huis?",
                      "Stap 3 van 5: Waar woon je?", "Stap 4 van 5: Wat heeft je noodpakket nodig?",
                      "Stap 5 van 5: Klaar om te beginnen"]


def test_choosing_24_pt_changes_the_example_and_the_whole_program(qtbot, wizard, session):
    assert wizard.start_page.example.font().pointSizeF() == 12
    small_height = wizard.height()
    qtbot.mouseClick(wizard.start_page.size_buttons["largest"], Qt.MouseButton.LeftButton)
    assert wizard.start_page.example.font().pointSizeF() == 24
    assert QApplication.font().pointSizeF() == 24
    assert session.setting("text_size") == "largest"  # saved as Settings saves it
    assert wizard.people.findChild(QSpinBox, "wizard.adults").font().pointSizeF() == 24
    assert wizard.height() > small_height
    assert wizard.currentPage() is wizard.start_page
    assert wizard.button(QWizard.WizardButton.NextButton).isVisible()  # not "Finish" on step 1
    assert not wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    qtbot.mouseClick(wizard.start_page.size_buttons["normal"], Qt.MouseButton.LeftButton)
    assert wizard.start_page.example.font().pointSizeF() == 12
    assert QApplication.font().pointSizeF() == 12
    assert session.setting("text_size") == "normal"


def test_english_switches_the_wizard_at_once(qtbot, wizard, session):
    qtbot.mouseClick(wizard.start_page.language_buttons["en"], Qt.MouseButton.LeftButton)
    assert session.setting("language") == "en"
    assert current_language() == "en"
    assert wizard.language_chosen
    assert wizard.start_page.title() == "Step 1 of 5: How big do you want the letters?"
    assert wizard.start_page.size_buttons["largest"].text() == "Largest"
    assert wizard.people.title() == "Step 2 of 5: Who lives in your house?"
    assert wizard.windowTitle() == "In 5 steps on your way — Paraat"
    assert wizard.button(QWizard.WizardButton.NextButton).text().replace("&", "") == "Next >"
    qtbot.mouseClick(wizard.start_page.language_buttons["nl"], Qt.MouseButton.LeftButton)
    assert wizard.people.title() == "Stap 2 van 5: Wie wonen er in je huis?"
    assert wizard.button(QWizard.WizardButton.NextButton).text().replace("&", "") == "Volgende >"


def test_high_contrast_is_stored(qtbot, wizard, session):
    assert wizard.start_page.contrast.text() == "Hoog contrast"
    box = wizard.start_page.contrast
    on_the_mark = QPoint(box.height() // 2, box.height() // 2)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=on_the_mark)
    assert session.setting("high_contrast") == "1"
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=on_the_mark)
    assert session.setting("high_contrast") == "0"


def test_ctrl_keys_in_the_wizard_keep_what_was_filled_in(qtbot, wizard, session):
    wizard.next()
    wizard.people.your_name.setText("Riet")
    wizard.people.seniors.setValue(2)
    wizard.next()
    wizard.home.fm_frequency.setText("93,1")
    wizard.back()
    qtbot.keyClick(wizard.people.your_name, Qt.Key.Key_Plus, CTRL)
    assert session.setting("text_size") == "large"
    assert QApplication.font().pointSizeF() == 15
    assert wizard.currentPage() is wizard.people  # the new step 2, on the same step
    assert wizard.people.your_name.text() == "Riet" and wizard.people.seniors.value() == 2
    assert wizard.home.fm_frequency.text() == "93,1"
    assert wizard.start_page.size_buttons["large"].isChecked()
    qtbot.keyClick(wizard.people.your_name, Qt.Key.Key_0, CTRL)
    assert session.setting("text_size") == "normal"
    assert QApplication.font().pointSizeF() == 12
    wizard.next()
    wizard.next()
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert [member.name for member in session.household().members][:1] == ["Riet"]
    assert session.household().home.fm_frequency == "93.1"


def test_the_language_chosen_in_the_wizard_beats_lang(qapp, repository, data_dir):
    paraat = Paraat(qapp, repository, data_location(data_dir), "en")
    repository.set_setting("language", "nl")
    paraat.apply_wizard_choices(False)
    assert current_language() == "en"  # --lang en still counts
    paraat.apply_wizard_choices(True)
    assert paraat.forced_language is None
    assert current_language() == "nl"
