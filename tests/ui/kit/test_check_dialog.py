"""The guided half-yearly check with real widgets: per place, what is stored on Next, Cancel, Finish."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QWizard

from app.core.check import place_steps
from app.ui.kit.check_dialog import CheckDialog, PlacePage
from tests.ui.helpers import click

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def kit_window(launcher):
    window = launcher.start_demo(TODAY)
    window.show_page("kit")
    return window


def _open(window, qtbot) -> CheckDialog:
    page = window.kit
    page.tabs.setCurrentIndex(3)
    click(qtbot, page.checked_button)
    dialog = page.check_dialog
    assert isinstance(dialog, CheckDialog) and dialog.isVisible()
    return dialog


def test_one_page_per_place_then_the_fixed_steps(kit_window, qtbot):
    session = kit_window.kit.session
    dialog = _open(kit_window, qtbot)
    places = place_steps(session.repository.list("stock"), TODAY)
    titles = [dialog.page(page_id).title() for page_id in dialog.pageIds()]
    total = len(places) + 5  # batteries, contacts, medicines, paper, finish
    assert len(titles) == total
    assert titles[0] == f"Stap 1 van {total}: Plek: {places[0].place}"
    assert titles[-5:-1] == [
        f"Stap {total - 4} van {total}: Batterijen en radio testen",
        f"Stap {total - 3} van {total}: Telefoonnummers en ontmoetplekken nog goed?",
        f"Stap {total - 2} van {total}: Medicijnen nakijken",
        f"Stap {total - 1} van {total}: Is je geprinte plan nog actueel?",
    ]
    assert dialog.currentPage().accessibleName() == titles[0]
    assert titles[0] in dialog.windowTitle()
    dialog.next()
    assert titles[1] in dialog.windowTitle()  # the step is named when it changes
    dialog.reject()


def test_a_page_is_stored_on_next_and_cancel_keeps_the_rest_unsaved(kit_window, qtbot):
    session = kit_window.kit.session
    dialog = _open(kit_window, qtbot)
    # the first page whose entries include one that goes off before the next check
    while not any(row.buy for row in dialog.currentPage().rows):
        dialog.next()
    page: PlacePage = dialog.currentPage()
    renew = next(row for row in page.rows if row.buy)
    keep = next((row for row in page.rows if row is not renew), None)
    assert "Gebruik het op en koop nieuw." in page.findChild(
        type(page.message), f"check.renew.{page.rows.index(renew)}").text()
    click(qtbot, renew.buy.box)
    renew.gone.box.setChecked(True)
    if keep is not None:
        keep.amount.setValue(keep.item.entry.quantity + 1)
    page.findChild(QCheckBox, "check.ok.0").setChecked(True)
    before = len(session.repository.list("stock"))
    dialog.next()  # Next stores this page
    stock = {entry.id: entry for entry in session.repository.list("stock")}
    assert renew.item.entry.id not in stock and len(stock) == before - 1
    if keep is not None:
        assert stock[keep.item.entry.id].quantity == keep.item.entry.quantity + 1
    (to_buy,) = [item for item in session.household().to_buy if item.origin == "check"]
    assert (to_buy.name, to_buy.notes, to_buy.added) == (renew.label, page.place, TODAY.isoformat())
    dialog.back()
    dialog.next()  # going back and on again adds nothing twice
    assert len([item for item in session.household().to_buy if item.origin == "check"]) == 1
    # a change on the next page, then Cancel: not stored, and the check does not count
    later: PlacePage = dialog.currentPage()
    spin = later.findChild(QDoubleSpinBox, "check.amount.0")
    entry_id = later.rows[0].item.entry.id
    old = session.repository.get("stock", entry_id).quantity
    spin.setValue(old + 5)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert session.repository.get("stock", entry_id).quantity == old
    assert session.setting("kit_last_check") == ""
    assert "Controleer je noodpakket nu." in kit_window.kit.check_label.text()


def test_finishing_records_the_date_and_every_page_shows_the_next_check(kit_window, qtbot):
    session = kit_window.kit.session
    dialog = _open(kit_window, qtbot)
    medicines = next(dialog.page(i) for i in dialog.pageIds()
                     if dialog.page(i).step_title == "Medicijnen nakijken")
    doses = medicines.findChild(QDoubleSpinBox, "check.doses.0")
    medicine_id = medicines.spins[0][0]
    doses.setValue(33)
    while dialog.currentPage() is not dialog.done_page:
        assert dialog.validateCurrentPage()
        dialog.next()
    assert "Volgende controle van je noodpakket: 01-06-2027." in dialog.done_page.findChild(
        type(dialog.done_page.message), "check.next").text()
    assert session.repository.get("medicine", medicine_id).in_stock == 33
    dialog.button(QWizard.WizardButton.FinishButton).click()
    assert session.setting("kit_last_check") == TODAY.isoformat()
    assert "Volgende controle van je noodpakket: 01-06-2027." in kit_window.kit.check_label.text()
    kit_window.show_page("overview")
    overview = kit_window.overview
    assert overview.check_label.text() == "Volgende controle van je noodpakket: 01-06-2027."
    assert not overview.start_check.isVisibleTo(overview)


def test_the_overview_starts_the_check_when_it_is_due(kit_window, qtbot):
    kit_window.show_page("overview")
    overview = kit_window.overview
    assert overview.check_label.text() == "⚠ Controleer je noodpakket nu."
    assert overview.start_check.isVisibleTo(overview)
    click(qtbot, overview.start_check)
    assert kit_window.kit.isVisible() and kit_window.kit.checked_button.hasFocus()


def test_going_through_the_check_without_touching_anything_changes_nothing(kit_window, qtbot):
    """Next on every page stores nothing the user did not change: 2.5 doses stay 2.5 (the box
    shows whole numbers for whole amounts), 1.333 litres stay 1.333, unknown stays unknown."""
    session = kit_window.kit.session
    medicines = session.household().medicines
    session.set_field("medicine", medicines[0].id, "in_stock", 2.5)
    session.set_field("medicine", medicines[1].id, "in_stock", None)
    water = next(entry for entry in session.repository.list("stock") if entry.item_id == "water")
    session.set_field("stock", water.id, "quantity", 1.333)
    before_medicines = session.repository.list("medicine")
    before_stock = session.repository.list("stock")
    dialog = _open(kit_window, qtbot)
    while dialog.currentId() != dialog.pageIds()[-1]:
        dialog.next()
    dialog.accept()
    assert session.repository.list("medicine") == before_medicines
    assert session.repository.list("stock") == before_stock
    assert session.setting("kit_last_check") == TODAY.isoformat()
