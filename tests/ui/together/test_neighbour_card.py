"""The Buurtkaart part of a contact, with real widgets: consent per part, saved at once and
still there after reopening, shown for neighbours and agreements only, and printing refused
with words when nothing is chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from app.core.demo import demo_household
from app.core.records import CARD_FIELDS
from app.ui.common import file_dialogs
from app.ui.together.neighbour_card import NeighbourCardBox
from tests.report.conftest import flat, pdf_text
from tests.ui.helpers import choose, click

FATIMA, BAKKER, INEKE = 2, 3, 1  # demo contacts: neighbours (Fatima looks in on Oma Riet), family


@pytest.fixture
def page(launcher):
    window = launcher.start("nl")
    launcher.paraat.session.replace_all(demo_household())
    window.show_page("together")
    return window.together


def card(page) -> NeighbourCardBox:
    return page.card_box


def test_nothing_is_chosen_until_the_household_chooses(page, qtbot):
    page.contacts.select_id(FATIMA)
    box = card(page)
    qtbot.waitUntil(box.isVisible)
    assert [b.text() for b in box.boxes.values()] == [
        "Onze namen", "Onze telefoonnummers", "Wie van ons hulp nodig heeft (en welke)", "Waar we elkaar treffen"]
    assert not any(b.isChecked() for b in box.boxes.values())
    assert "Vraag ieder in huis of het goed is." in box.why.text()


def test_each_box_saves_at_once_and_survives_reopening(launcher, page, qtbot):
    page.contacts.select_id(FATIMA)
    box = card(page)
    qtbot.waitUntil(lambda: box.boxes["phones"].isVisible())
    click(qtbot, box.boxes["phones"])
    assert launcher.paraat.session.repository.get("contact", FATIMA).card_share == "phones"
    click(qtbot, box.boxes["names"])
    assert launcher.paraat.session.repository.get("contact", FATIMA).card_share == "names,phones"
    launcher.paraat.session.undo_stack.undo()  # undo (one step for the field), and the boxes follow
    undone = launcher.paraat.session.repository.get("contact", FATIMA).card_share
    assert undone in ("", "phones")
    assert [name for name in CARD_FIELDS if box.boxes[name].isChecked()] == [n for n in undone.split(",") if n]
    launcher.paraat.session.undo_stack.redo()
    assert box.boxes["names"].isChecked() and box.boxes["phones"].isChecked()
    click(qtbot, box.boxes["names"])
    page.contacts.select_id(BAKKER)  # another neighbour: its own choice, nothing yet
    assert not any(b.isChecked() for b in box.boxes.values())
    launcher.stop()
    window = launcher.start("nl")
    window.show_page("together")
    window.together.contacts.select_id(FATIMA)
    again = card(window.together)
    assert [name for name in CARD_FIELDS if again.boxes[name].isChecked()] == ["phones"]


def test_shown_for_neighbours_and_agreements_only(launcher, page, qtbot):
    page.contacts.select_id(INEKE)  # family, no agreement
    box = card(page)
    qtbot.wait(10)
    assert not box.isVisibleTo(page)
    choose(page.contacts, "contact.category", "neighbour")
    assert box.isVisibleTo(page)
    choose(page.contacts, "contact.category", "family")
    assert not box.isVisibleTo(page)
    page.contacts.select_id(BAKKER)  # Mark looks in on him
    assert box.isVisibleTo(page)


def test_nothing_chosen_explains_instead_of_printing(page, qtbot, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(file_dialogs, "save_file", lambda *args: (asked.append("save"), ("", ""))[1])
    monkeypatch.setattr(file_dialogs, "print_dialog", lambda *args: asked.append("print"))
    page.contacts.select_id(FATIMA)
    box = card(page)
    click(qtbot, box.pdf_button)
    problem = box.findChild(QLabel, "contact.card.problem")
    assert problem.isVisible() and "Kies eerst wat er op de kaart mag" in problem.text()
    click(qtbot, box.print_button)
    assert asked == []  # no dialog opened, no empty card
    click(qtbot, box.boxes["names"])
    assert not problem.isVisible()


def test_save_as_pdf_carries_only_what_was_chosen(page, qtbot, monkeypatch, tmp_path: Path):
    target = tmp_path / "buurtkaart.pdf"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *args: (str(target), ""))
    page.contacts.select_id(FATIMA)
    box = card(page)
    click(qtbot, box.boxes["names"])
    click(qtbot, box.boxes["meeting_place"])
    click(qtbot, box.pdf_button)
    text = flat(pdf_text(target))
    assert "Buurtkaart voor Fatima el Amrani" in text
    assert "Sanne de Vries" in text and "Bij de speeltuin op de hoek" in text
    assert "Jij kijkt bij Oma Riet" in text and "112" in text
    assert "06 12345001" not in text  # phones were not chosen
    assert "rollator" not in text  # nor who needs help


def test_the_card_part_reflows_at_the_largest_text(launcher):
    """With a neighbour chosen (the card part shown), at 24 pt in 1024x768: nothing cut off,
    nothing scrolls sideways (tests/ui/test_layout.py opens the page on a contact without it)."""
    import datetime as dt

    from tests.ui.layout_checks import settle, widget_problems

    launcher.start_demo(dt.date(2026, 3, 1))
    launcher.paraat.session.set_setting("text_size", "largest")
    try:
        window = launcher.paraat.build_window()
        window.resize(1024, 768)
        window.show_page("together")
        window.together.contacts.select_id(FATIMA)
        settle()
        box = card(window.together)
        assert box.isVisible()
        assert box.boxes["needs_help"].font().pointSizeF() >= 24 or box.font().pointSizeF() >= 24
        assert widget_problems(window.centralWidget(), "together", window.height(), window.together) == []
    finally:
        launcher.paraat.session.set_setting("text_size", "normal")


def test_a_screen_reader_hears_that_the_boxes_are_for_the_card(page, qtbot):
    """'Mijn naam' alone sounds like a detail of the contact: the boxes are named with the card and
    described with whose card it is, and the group is the card, not the form around it."""
    page.contacts.select_id(FATIMA)
    box = card(page)
    qtbot.waitUntil(box.isVisible)
    assert box.accessibleName() == "Buurtkaart"
    fatima = page.session.repository.get("contact", FATIMA).name
    for check in box.boxes.values():
        assert check.accessibleName() == f"Buurtkaart: {check.text()}"
        assert check.accessibleDescription() == f"Op de kaart die je aan {fatima} geeft."


def test_the_file_name_works_on_every_system() -> None:
    from app.ui.together.neighbour_card import safe_file_name

    assert safe_file_name('Buurtkaart Els: "De Vries"/nr. 14?.pdf') == "Buurtkaart Els- -De Vries--nr. 14-.pdf"
    assert safe_file_name(" .. ") == "buurtkaart.pdf"
