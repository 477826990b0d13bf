"""Fill in the household and the plan with real widgets, close, start again, find everything."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton

from tests.ui.helpers import choose, click, type_into


def test_fill_close_reopen_keeps_everything(launcher, qtbot):
    window = launcher.start()
    window.show_page("household")
    page = window.household
    click(qtbot, page.members.add_button)
    type_into(qtbot, window, "member.name", "Opa Jan")
    choose(window, "member.age_group", "senior")
    type_into(qtbot, window, "member.mobility", "Rolstoel", QPlainTextEdit)
    click(qtbot, page.medicines.add_button)
    medicine_name = page.medicines.form.editors["name"]
    medicine_name.selectAll()
    qtbot.keyClicks(medicine_name, "Insuline")
    type_into(qtbot, window, "medicine.in_stock", "30")
    page.tabs.setCurrentIndex(2)
    type_into(qtbot, window, "home.municipality", "Zwolle")
    type_into(qtbot, window, "home.fm_frequency", "91,0")
    choose(window, "home.broadcaster", "rtv_oost")
    page.tabs.setCurrentIndex(3)
    choose(window, "home.has_car", "no")

    window.show_page("plan")
    type_into(qtbot, window, "meeting_place.near", "Bij de kerk")
    type_into(qtbot, window, "plan.contact_name", "Tante Ans")
    type_into(qtbot, window, "plan.last_practised", "1-2-2026")
    window.plan.tabs.setCurrentIndex(window.plan.ROLES)  # a section is made when it opens
    type_into(qtbot, window, "role.gas", "Opa Jan")
    window.plan.tabs.setCurrentIndex(window.plan.AGREEMENTS)
    type_into(qtbot, window, "scenario.power", "Kaarsen in de kast", QPlainTextEdit)
    launcher.stop()  # no Save button: closing must keep the text still being typed

    window = launcher.start()
    assert window.current_page() == "plan"
    repo = launcher.paraat.session.repository
    household = repo.household()
    jan = next(m for m in household.members if m.name == "Opa Jan")
    assert jan.age_group == "senior"
    assert jan.mobility == "Rolstoel"
    assert [(m.name, m.in_stock) for m in household.medicines_of(jan.id)] == [("Insuline", 30.0)]
    assert household.home.has_car == "no"
    assert household.home.municipality == "Zwolle"
    assert household.home.fm_frequency == "91.0"
    assert household.home.broadcaster == "rtv_oost"
    assert household.meeting_places["near"].place == "Bij de kerk"
    assert household.plan.contact_name == "Tante Ans"
    assert household.plan.last_practised == "2026-02-01"
    assert household.roles["gas"].person == "Opa Jan"
    assert household.scenarios["power"].agreement == "Kaarsen in de kast"
    # and the widgets show it again
    assert window.findChild(QLineEdit, "meeting_place.near").text() == "Bij de kerk"
    assert window.findChild(QLineEdit, "plan.last_practised").text() == "01-02-2026"
    window.show_page("household")
    window.household.members.select_id(jan.id)
    assert window.findChild(QLineEdit, "member.name").text() == "Opa Jan"
    assert window.household.medicines.model.rowCount() == 1
    assert window.household.medicines.form.editors["in_stock"].text() == "30"
    assert isinstance(window.household.members.add_button, QPushButton)
