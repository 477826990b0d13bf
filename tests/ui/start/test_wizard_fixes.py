"""The first-run wizard as a reviewer tried it (issue 18): Escape asks before it stops and keeps
what was filled in; the chosen text size reaches the wizard's own buttons and texts; mnemonics
are unique; each question's choices are one radio group; switching the language keeps focus."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from app.ui.common.theme import apply_text_size
from app.ui.start.wizard import FirstRunWizard
from app.words.i18n import Translations


@pytest.fixture(autouse=True)
def _dutch_and_normal_text_afterwards(qapp: QApplication) -> Iterator[None]:
    Translations(qapp).use("nl")
    yield
    apply_text_size(qapp, "normal")


def _answer_stop_question(qtbot, choice: str | None, asked: list[str]) -> Callable[[], None]:
    """When the stop question opens, note its text and click the button whose text starts with
    ``choice`` (None: press Escape). Returns what stops the waiting, for a test where no
    question comes: else it would answer a message box of a later test."""
    waiting = [True]

    def answer() -> None:
        if not waiting[0]:
            return
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(20, answer)
            return
        asked.append(box.text())
        if choice is None:
            qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_Escape)
            QTimer.singleShot(500, box.close)  # never hang the test: a failing Escape fails below
            return
        button = next(b for b in box.buttons() if b.text().replace("&", "").startswith(choice))
        button.click()

    QTimer.singleShot(0, answer)
    return lambda: waiting.__setitem__(0, False)


# --- 1. Escape or Annuleren -------------------------------------------------------------------

def test_escape_on_step_1_closes_without_marking_done_so_the_wizard_comes_back(qtbot, wizard, session):
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert session.setting("wizard_done") != "1"
    assert session.repository.is_empty()


def test_escape_later_asks_and_go_on_keeps_the_wizard_open(qtbot, wizard, session):
    wizard.next()
    wizard.people.adults.setValue(2)
    asked: list[str] = []
    _answer_stop_question(qtbot, "Ga verder", asked)
    qtbot.keyClick(wizard.people.adults, Qt.Key.Key_Escape)
    assert asked and asked[0].startswith("Wil je stoppen?")
    assert wizard.isVisible() and wizard.currentPage() is wizard.people
    assert session.household().members == []


def test_escape_in_the_question_means_go_on(qtbot, wizard, session):
    wizard.next()
    asked: list[str] = []
    _answer_stop_question(qtbot, None, asked)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert asked and wizard.isVisible()


def test_keep_and_stop_saves_the_steps_filled_in(qtbot, wizard, session):
    wizard.next()
    wizard.people.your_name.setText("Els")
    wizard.people.seniors.setValue(1)
    wizard.people.adults.setValue(0)
    wizard.next()
    wizard.home.fm_frequency.setText("93,1")
    asked: list[str] = []
    _answer_stop_question(qtbot, "Bewaar", asked)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert asked and not wizard.isVisible()
    household = session.household()
    assert [member.name for member in household.members] == ["Els"]
    assert household.home.fm_frequency == "93.1"
    assert session.setting("wizard_done") == "1"


def test_stop_with_nobody_counted_keeps_nothing_and_the_wizard_comes_back(qtbot, wizard, session):
    wizard.next()
    wizard.people.adults.setValue(0)
    asked: list[str] = []
    _answer_stop_question(qtbot, "Bewaar", asked)
    wizard.reject()
    assert asked and not wizard.isVisible()
    assert session.repository.is_empty()
    assert session.setting("wizard_done") != "1"


def test_escape_that_closes_the_municipality_list_does_not_ask(qtbot, wizard):
    wizard.next()
    wizard.next()
    editor = wizard.home.municipality
    editor.setFocus()
    qtbot.keyClicks(editor, "Ams")
    popup = editor.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    asked: list[str] = []
    stop_waiting = _answer_stop_question(qtbot, "Ga verder", asked)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.wait(100)
    stop_waiting()  # no question came, none may be answered later
    assert not popup.isVisible()
    assert wizard.isVisible() and not asked
    QApplication.processEvents()


# --- 3. mnemonics -----------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_wizard_buttons_have_unique_mnemonics_on_every_step(qtbot, qapp, session, language):
    Translations(qapp).use(language)
    wizard = FirstRunWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    for _ in range(5):
        keys = []
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                      QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
            button = wizard.button(which)
            text = button.text()
            if button.isVisible() and "&" in text:
                keys.append(text[text.index("&") + 1].lower())
        assert len(keys) == len(set(keys)), (language, wizard.currentId(), keys)
        wizard.next()


# --- 2. the chosen text size reaches the wizard itself ------------------------------------------

def test_largest_on_step_1_enlarges_the_wizards_buttons_and_intro(qtbot, qapp, session):
    before = qapp.styleSheet()
    qapp.setStyleSheet(before or "QPushButton:focus { border: 3px solid black; }")
    try:
        wizard = FirstRunWizard(session)
        qtbot.addWidget(wizard)
        wizard.show()
        QApplication.processEvents()
        qtbot.mouseClick(wizard.start_page.size_buttons["largest"], Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        assert wizard.button(QWizard.WizardButton.NextButton).font().pointSizeF() == 24
        assert wizard.button(QWizard.WizardButton.CancelButton).font().pointSizeF() == 24
        assert wizard.start_page.intro.font().pointSizeF() == 24
        assert wizard.start_page.contrast_hint.font().pointSizeF() == 24
    finally:
        qapp.setStyleSheet(before)


# --- 4. One Tab stop per question, on the chosen answer; arrows choose ------------------------

def test_tab_lands_on_the_chosen_answer_and_arrows_choose(qtbot, wizard):
    wizard.next()
    wizard.next()
    wizard.next()  # step 4: the kit questions
    question = wizard.kit.questions[0]
    chosen = question.buttons[""]  # "Weet ik niet / later" is the answer until one is chosen
    assert chosen.isChecked()
    tab_stops = [b for b in question.buttons.values() if b.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert tab_stops == [chosen]
    chosen.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(chosen, Qt.Key.Key_Up)
    before = list(question.buttons.values())[-2]  # the answer above "later"
    assert before.isChecked() and before.hasFocus()
    assert question.answer() != ""
    tab_stops = [b for b in question.buttons.values() if b.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert tab_stops == [before]  # Tab comes back to the new answer


def test_the_chosen_text_size_is_the_one_tab_stop_of_step_1(qtbot, wizard):
    page = wizard.start_page
    chosen = next(b for b in page.size_buttons.values() if b.isChecked())
    assert [b for b in page.size_buttons.values() if b.focusPolicy() & Qt.FocusPolicy.TabFocus] == [chosen]


# --- 5. The language switch keeps the focus on the language ----------------------------------

def test_switching_the_language_keeps_the_focus_on_it(qtbot, wizard):
    english = wizard.start_page.language_buttons["en"]
    english.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(english, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: wizard.start_page.language_buttons["en"].isChecked())
    qtbot.wait(50)
    assert QApplication.focusWidget() is wizard.start_page.language_buttons["en"]
