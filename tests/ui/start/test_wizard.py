"""The first-run wizard creates the household in one step and lands on the overview."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QRadioButton, QWizard

from app.core import kit
from app.core.kit import catalogue, requirements
from app.ui.start.wizard import FirstRunWizard
from tests.ui.helpers import choose


def test_wizard_creates_members_pets_and_home(qtbot, session):
    wizard = FirstRunWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()  # past step 1: the text size and the language
    people = wizard.people
    qtbot.keyClicks(people.your_name, "Ria")
    people.adults.setValue(2)
    people.seniors.setValue(1)
    people.children_spin.setValue(1)
    people.babies.setValue(1)
    people.dogs.setValue(2)
    wizard.next()
    assert wizard.currentPage() is wizard.home
    qtbot.keyClicks(wizard.home.municipality, "Deventer")
    choose(wizard, "wizard.broadcaster", "rtv_oost")
    wizard.next()
    assert wizard.currentPage() is wizard.kit
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()

    household = session.household()
    assert [m.age_group for m in household.members] == ["adult", "adult", "senior", "child", "baby"]
    assert household.members[0].name == "Ria"
    assert len({m.name for m in household.members}) == 5
    assert [(p.species, p.count) for p in household.pets] == [("Dog", 2)]
    assert household.home.municipality == "Deventer"
    assert household.home.broadcaster == "rtv_oost"
    assert session.setting("wizard_done") == "1"


def test_wizard_refuses_nobody_and_too_many(qtbot, session):
    wizard = FirstRunWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()  # past step 1: the text size and the language
    wizard.people.adults.setValue(0)
    wizard.next()
    assert wizard.currentPage() is wizard.people
    assert "persoon" in wizard.people.message.text() or "person" in wizard.people.message.text()
    for spin in (wizard.people.adults, wizard.people.seniors, wizard.people.children_spin):
        spin.setValue(12)
    wizard.next()
    assert wizard.currentPage() is wizard.people
    assert "30" in wizard.people.message.text()
    assert session.household().members == []


def test_cancel_on_step_1_stores_nothing_and_the_wizard_comes_back(qtbot, session):
    """Issue 18: an empty household sees the wizard again at the next start."""
    wizard = FirstRunWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.reject()
    assert session.household().members == []
    assert session.setting("wizard_done") != "1"


def test_first_run_then_overview(launcher, qtbot, monkeypatch):
    """A fresh start runs the wizard, then the window opens on the overview with the people."""
    shown = []

    def fake_exec(wizard):
        shown.append(wizard)
        wizard.people.adults.setValue(1)
        wizard.next()
        wizard.next()
        wizard.accept()
        return 1

    monkeypatch.setattr(FirstRunWizard, "exec", fake_exec)
    launcher_window = None
    from app.paths import data_location
    from app.storage.repository import Repository
    from app.ui.start.application import Paraat

    repository = Repository.open(data_location(launcher.data_dir).database)
    paraat = Paraat(launcher.qapp, repository, data_location(launcher.data_dir), "nl")
    launcher.paraat = paraat
    paraat.first_run()
    launcher_window = paraat.build_window()
    assert len(shown) == 1
    assert launcher_window.current_page() == "overview"
    assert "1" in launcher_window.overview.household_label.text()
    # the second start does not show the wizard again
    paraat.first_run()
    assert len(shown) == 1


# --- the kit questions (step 3) ---------------------------------------------------------------

# (field, answer, item, on the list with that answer): the catalogue's ``when`` conditions.
KIT_ANSWERS = [
    ("has_car", "no", "car_key", False),
    ("menstruation", "no", "sanitary_pads", False),
    ("glasses", "yes", "spare_glasses", True),
    ("hearing_aids", "yes", "hearing_aid_batteries", True),
    ("toddler", "yes", "toddler_nappies", True),
    ("heating", "wood", "firewood", True),
]


def _to_kit_page(qtbot, session, children: int = 1) -> FirstRunWizard:
    wizard = FirstRunWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()  # past step 1: the text size and the language
    wizard.people.adults.setValue(2)
    wizard.people.children_spin.setValue(children)
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.kit
    return wizard


def _click_answer(qtbot, wizard: FirstRunWizard, field: str, answer: str) -> None:
    button = wizard.findChild(QRadioButton, f"wizard.{field}.{answer}")
    assert button is not None and button.isVisible(), (field, answer)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.isChecked()


def _finish(wizard: FirstRunWizard) -> None:
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()


def _item_ids(household) -> set[str]:
    return {requirement.item.id for requirement in requirements(household)}


@pytest.mark.parametrize(("field", "answer", "item", "listed"), KIT_ANSWERS)
def test_each_kit_question_changes_the_kit_list(qtbot, session, field, answer, item, listed):
    wizard = _to_kit_page(qtbot, session)
    for question in wizard.kit.questions:  # every question starts on "don't know / later"
        assert question.answer() == ""
    _click_answer(qtbot, wizard, field, answer)
    _finish(wizard)

    household = session.household()
    assert getattr(household.home, field) == answer
    assert (item in _item_ids(household)) is listed
    household.home = replace(household.home, **{field: ""})  # the same household, not answered
    assert (item in _item_ids(household)) is not listed


def test_own_well_adds_a_note_to_the_water(qtbot, session):
    wizard = _to_kit_page(qtbot, session)
    _click_answer(qtbot, wizard, "own_well", "yes")
    _finish(wizard)
    household = session.household()
    assert household.home.own_well == "yes"
    water = catalogue().item("water")
    assert water is not None
    with_well = water.hint("en", kit.answers(household))
    without = water.hint("en", kit.answers(replace(household, home=replace(household.home, own_well=""))))
    assert "well" in with_well and "well" not in without


def test_all_answers_are_stored_together(qtbot, session):
    wizard = _to_kit_page(qtbot, session)
    answers = {"heating": "gas", "has_car": "yes", "glasses": "no", "hearing_aids": "no",
               "menstruation": "yes", "toddler": "no", "own_well": "no"}
    for field, answer in answers.items():
        _click_answer(qtbot, wizard, field, answer)
    _click_answer(qtbot, wizard, "glasses", "later")  # changed her mind: back to "later"
    _finish(wizard)
    home = session.household().home
    assert {field: getattr(home, field) for field in answers} == {**answers, "glasses": ""}


def test_the_toddler_question_is_only_asked_with_children(qtbot, session):
    wizard = _to_kit_page(qtbot, session, children=0)
    assert not wizard.kit.toddler.isVisible()
    wizard.back()
    wizard.back()
    wizard.people.children_spin.setValue(1)
    wizard.next()
    wizard.next()
    assert wizard.kit.toddler.isVisible()


def test_stopping_on_the_questions_keeps_the_people_and_answers(qtbot, session, monkeypatch):
    """Issue 18: "Wil je stoppen?" → keep: nothing filled in is lost (the question itself is
    tested in test_wizard_fixes.py)."""
    wizard = _to_kit_page(qtbot, session)
    _click_answer(qtbot, wizard, "has_car", "no")
    _click_answer(qtbot, wizard, "heating", "wood")
    monkeypatch.setattr(wizard, "_ask_to_stop", lambda: True)
    wizard.reject()
    household = session.household()
    assert len(household.members) == 3
    assert household.home.has_car == "no" and household.home.heating == "wood"
    assert session.setting("wizard_done") == "1"


def test_kit_page_at_the_largest_text(qtbot, session, tmp_path):
    """At 24 pt the answers wrap inside the page (the page scrolls) and none is cut off."""
    from app.ui.common.theme import apply_text_size

    app = QApplication.instance()
    old = app.font()
    apply_text_size(app, "largest")
    try:
        wizard = _to_kit_page(qtbot, session)
        body = wizard.kit.questions[0].parentWidget()
        qtbot.waitUntil(lambda: body.width() > 0)
        QApplication.processEvents()
        wizard.kit.grab().save(str(tmp_path / "kit_page.png"))
        buttons = [b for b in wizard.kit.findChildren(QRadioButton) if b.isVisible()]
        assert len(buttons) == 7 + 6 * 3  # heating: 6 kinds and "later"; six yes/no/later
        for button in buttons:
            assert button.mapTo(body, QPoint(button.width(), 0)).x() <= body.width()
            assert button.width() >= button.sizeHint().width(), button.text()
    finally:
        app.setFont(old)
