"""Devices that need power on the household page, with real widgets: the kind, the battery and
the spare cylinders give the hours it keeps working (never a guess), oxygen shows the cylinder
fields and the no-open-fire warning, and the supplier's number follows the phone rule."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox

from app.content.sources import resolve
from app.words.plan import CARBON_MONOXIDE_FACTS, DEVICE_FACTS, OXYGEN_FLAME_FACTS
from tests.ui.helpers import choose, click, type_into

TODAY = dt.date(2026, 11, 28)
OMA = 5  # Oma Riet in the demo


@pytest.fixture
def page(launcher):
    window = launcher.start_demo(TODAY)
    window.show_page("household")
    return window.household


def _add_device(qtbot, page) -> int:
    page.members.select_id(OMA)
    click(qtbot, page.devices.add_button)
    device_id = page.devices.selected_id()
    assert device_id is not None
    return device_id


def _enter(qtbot, page, field: str, text: str) -> None:
    editor = type_into(qtbot, page, f"device.{field}", text)
    if not text:
        qtbot.keyClick(editor, Qt.Key.Key_Delete)  # the selected old text
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def _device(page, device_id: int):
    return page.session.repository.get("device", device_id)


def test_the_kinds_are_in_plain_words(page):
    page.members.select_id(OMA)
    combo = page.findChild(QComboBox, "device.kind")
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels == ["Zuurstofapparaat (concentrator)", "Beademingsapparaat", "CPAP/BiPAP", "Afzuigapparaat",
                      "Thuisdialyse", "Voedingspomp", "Elektrische rolstoel of scootmobiel", "Traplift",
                      "Tillift of luchtmatras", "Alarmknop (personenalarmering)",
                      "Insulinepomp of glucosesensor", "Iets anders"]


def test_oxygen_with_battery_and_cylinders_works_14_hours(qtbot, page):
    device_id = _add_device(qtbot, page)
    form = page.devices.form
    assert not form.editors["cylinders"].isVisible() and not page.oxygen_warning.isVisible()
    assert page.device_run_out.text().startswith("Vul in hoe lang de accu werkt")
    assert not any(ch.isdigit() for ch in page.device_run_out.text().replace("0 als", ""))  # no guessed hours
    choose(page, "device.kind", "oxygen_concentrator")
    assert form.editors["cylinders"].isVisible() and form.editors["cylinder_hours"].isVisible()
    warning = page.oxygen_warning.text()
    assert page.oxygen_warning.isVisible()
    for words in ("kaarsen", "open vuur", "gasfornuis", "rookt", "Waarom?", "snel in brand"):
        assert words in warning
    _enter(qtbot, page, "battery_hours", "4")
    assert page.device_run_out.text() == "Werkt na het uitvallen van de stroom nog ongeveer 4 uur."
    spin = page.findChild(QSpinBox, "device.cylinders")
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "2")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert page.device_run_out.text().startswith("Vul in hoeveel uur je met één reservefles doet")
    _enter(qtbot, page, "cylinder_hours", "5")
    _enter(qtbot, page, "supplier", "Vivisol")
    _enter(qtbot, page, "supplier_phone", "0800-0224466")
    plan = type_into(qtbot, page, "device.when_power_fails", "Bel Vivisol binnen 2 uur.", QPlainTextEdit)
    assert plan.placeholderText() == "Bijvoorbeeld: Bel de leverancier binnen 2 uur. Ga naar …"
    plan.clearFocus()
    qtbot.waitUntil(lambda: _device(page, device_id).when_power_fails == "Bel Vivisol binnen 2 uur.")
    assert page.device_run_out.text() == "Werkt na het uitvallen van de stroom nog ongeveer 14 uur."
    device = _device(page, device_id)
    assert (device.kind, device.battery_hours, device.cylinders, device.cylinder_hours) == (
        "oxygen_concentrator", 4.0, 2, 5.0)
    assert (device.supplier, device.supplier_phone, device.run_out_hours) == ("Vivisol", "0800-0224466", 14.0)
    row = page.devices.model.row_of(device_id)
    assert page.devices.model.index(row, 1).data() == "Ongeveer 14 uur"
    assert "Oma Riet" in page.session.household().members[4].name


def test_empty_hours_are_unknown_not_zero(qtbot, page):
    device_id = _add_device(qtbot, page)
    choose(page, "device.kind", "wheelchair")
    _enter(qtbot, page, "spare_battery_hours", "6")
    assert _device(page, device_id).battery_hours is None
    assert page.device_run_out.text() == ("Met de reserve werkt het nog minstens 6 uur. "
                                          "Vul ook in hoe lang de accu werkt.")
    assert page.devices.model.index(page.devices.model.row_of(device_id), 1).data() == "Uren nog invullen"
    _enter(qtbot, page, "battery_hours", "0")
    assert page.device_run_out.text() == "Werkt na het uitvallen van de stroom nog ongeveer 6 uur."
    _enter(qtbot, page, "spare_battery_hours", "")
    assert page.device_run_out.text() == "Stopt meteen als de stroom uitvalt."
    assert not page.oxygen_warning.isVisible()


def test_the_supplier_number_follows_the_phone_rule(qtbot, page):
    device_id = _add_device(qtbot, page)
    _enter(qtbot, page, "supplier_phone", "bel maar")
    message = page.findChild(type(page.device_run_out), "device.supplier_phone.message")
    assert message.isVisible() and message.text()
    assert _device(page, device_id).supplier_phone == ""
    assert page.findChild(QLineEdit, "device.supplier_phone").placeholderText() == "0800-1234567"


def test_devices_belong_to_their_member(qtbot, page):
    _add_device(qtbot, page)
    assert page.devices.model.rowCount() == 2  # the demo's bed, and the new one
    page.members.select_id(1)
    assert page.devices.model.rowCount() == 0
    page.members.select_id(OMA)
    assert page.devices.model.rowCount() == 2


def test_the_device_words_have_their_sources():
    assert DEVICE_FACTS == OXYGEN_FLAME_FACTS == ("FACTS 6.1",)
    assert CARBON_MONOXIDE_FACTS == ("FACTS 6.2",)
    for key in (*DEVICE_FACTS, *CARBON_MONOXIDE_FACTS):
        assert resolve(key).key == key
