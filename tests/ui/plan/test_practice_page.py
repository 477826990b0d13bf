"""The practice evening on the plan page, with real widgets: the script shows the household's
facts, printing goes through the printer, and the answers are saved through the session:
missed things on the shopping list, the rest as a dated note, the date as last practised, all
in one undo step."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QLabel

from app.ui.plan.practice_page import PracticeSection

TODAY = dt.date(2026, 5, 9)


@pytest.fixture
def section(launcher) -> PracticeSection:
    window = launcher.start_demo(TODAY)
    window.show()  # the section follows the household while it shows (hidden: when it shows)
    window.show_page("plan")
    page = window.plan
    index = next(i for i in range(page.tabs.count()) if page.tabs.tabText(i) == "Oefenavond")
    page.tabs.setCurrentIndex(index)
    return page.practice


def shown_text(section: PracticeSection) -> str:
    return "\n".join(label.text() for label in section.steps.findChildren(QLabel))


def test_the_plan_page_has_the_practice_evening_with_the_households_facts(section):
    assert section.title.text() == "Oefen een avond zonder stroom"
    text = shown_text(section)
    assert "93.1 FM" in text and "Gangkast" in text and "Tante Ineke (Zwolle)" in text
    assert "Woonkamer beneden" in text
    assert section.question_labels["missed"].text() == "Wat miste je?"
    assert section.answers["agree"].accessibleName() == "Wat spreken jullie nu af?"
    assert section.last.text() == "Je hebt nog niet geoefend."


def test_the_script_follows_the_household(section, qtbot):
    section.session.set_field("home", 1, "fm_frequency", "95.3")
    assert "95.3 FM" in shown_text(section)
    assert "kaarsen" in shown_text(section)
    section.session.set_field("member", 5, "devices", "Zuurstofconcentrator")
    text = shown_text(section)
    assert "Oma Riet gebruikt zuurstof" in text
    assert "Gebruik je kaarsen" not in text and "Blaas alle kaarsen" not in text


def test_saving_the_answers_fills_the_shopping_list_and_the_plan(section, qtbot):
    session = section.session
    before = {item.name for item in session.household().to_buy}
    qtbot.keyClicks(section.answers["missed"], "Hoofdlampjes")
    section.answers["missed"].appendPlainText("Batterijen AA\n\nbatterijen aa")
    qtbot.keyClicks(section.answers["hard"], "De radio niet gevonden")
    qtbot.keyClicks(section.answers["agree"], "Radio op de kast")
    with qtbot.waitSignal(section.answers_saved) as saved:
        qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [2]
    household = session.household()
    added = [item for item in household.to_buy if item.name not in before]
    assert [(item.name, item.origin, item.added) for item in added] == [
        ("Hoofdlampjes", "practice", "2026-05-09"), ("Batterijen AA", "practice", "2026-05-09")]
    assert household.plan.last_practised == "2026-05-09"
    notes = household.plan.practice_notes
    assert notes.startswith("Zaklampen lagen niet op één plek.")  # the demo's old note stays
    assert notes.endswith("Oefenavond van 09-05-2026\nWat ging moeilijk?\nDe radio niet gevonden\n"
                          "Wat spreken jullie nu af?\nRadio op de kast")
    assert all(editor.toPlainText() == "" for editor in section.answers.values())
    assert section.message.isVisible() and "2" in section.message.text()
    assert section.last.text() == "Je hebt voor het laatst geoefend op 09-05-2026."
    assert section.notes.editors["practice_notes"].toPlainText() == notes
    # the shopping list (the kit report) has them, as everything else saved does
    assert {"Hoofdlampjes", "Batterijen AA"} <= {item.name for item in session.kit_report().to_buy}
    # one undo takes it all back
    session.undo_stack.undo()
    household = session.household()
    assert {item.name for item in household.to_buy} == before
    assert household.plan.last_practised == "" and "Oefenavond van" not in household.plan.practice_notes


def test_nothing_is_saved_when_the_notes_would_be_too_long(section, qtbot):
    session = section.session
    before = session.household()
    section.answers["missed"].setPlainText("Hoofdlampjes")
    section.answers["hard"].setPlainText("x " * 2600)
    assert section.save_answers() is False
    after = session.household()
    assert after.to_buy == before.to_buy and after.plan == before.plan
    assert section.message.isVisible() and "niet bewaard" in section.message.text()
    assert section.answers["missed"].toPlainText() == "Hoofdlampjes"  # still there to shorten


def test_print_the_script_prints_through_the_printer(section, monkeypatch):
    printed = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr("app.report.document.print_document",  # imported when printing
                        lambda document, printer: printed.append(document.title) or 1)
    section.print_button.click()
    assert printed == ["Oefen een avond zonder stroom"]
    assert section.document().sizes.body >= 16  # large print


def test_a_hidden_section_works_out_the_script_when_it_shows(section, launcher):
    window = launcher.paraat.window
    calls: list[int] = []
    section.refresh = lambda real=section.refresh: calls.append(1) or real()  # type: ignore[method-assign]
    window.show_page("kit")
    section.session.set_field("home", 1, "fm_frequency", "95.3")
    section.session.set_field("home", 1, "fm_frequency", "96.4")
    assert calls == []  # not on each edit while the plan page is hidden
    window.show_page("plan")
    assert calls == [1] and "96.4 FM" in shown_text(section)
