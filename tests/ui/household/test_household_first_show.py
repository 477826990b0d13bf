"""Issue 20: the household page's first show makes the people section only; pets, the house
and the kit questions are made when opened, by a link, or just after the page shows."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLineEdit

TODAY = dt.date(2026, 11, 28)


def test_the_people_first_and_the_rest_just_after(launcher, qtbot) -> None:
    window = launcher.start_demo(TODAY)
    page = window.pages.page("household")  # made, not shown yet
    assert [page.is_made(index) for index in range(page.tabs.count())] == [True, False, False, False]
    assert page.findChild(QLineEdit, "member.name") is not None
    assert page.findChild(QComboBox, "home.has_car") is None
    window.show()
    window.show_page("household")
    qtbot.waitUntil(lambda: page.sections_waiting() == 0)
    stored = launcher.paraat.session.household().home
    assert page.findChild(QLineEdit, "home.municipality").text() == stored.municipality
    assert page.findChild(QComboBox, "home.has_car").currentData() == stored.has_car


def test_a_link_into_the_house_opens_it(launcher, qtbot) -> None:
    window = launcher.start_demo(TODAY)
    window.show_page("household", "home.municipality")
    page = window.household
    assert page.tabs.currentIndex() == 2
    assert window.focusWidget() is page.findChild(QLineEdit, "home.municipality")


def test_medicines_and_devices_come_a_pass_later_in_their_place_in_the_tab_order(launcher, qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    from app.ui.common.focus import next_tab_stop

    window = launcher.start_demo(TODAY)
    window.show()
    window.show_page("household")
    page = window.household
    assert page.findChild(QLabel, "medicine.supply") is None  # not in the first show's stretch
    qtbot.waitUntil(lambda: page.findChild(QLabel, "medicine.supply") is not None)
    phone = page.findChild(QLineEdit, "member.phone")
    after_phone = next_tab_stop(phone)
    assert after_phone is not None and page.medicines.isAncestorOf(after_phone)
    last_of_medicines = after_phone
    while page.medicines.isAncestorOf(next_tab_stop(last_of_medicines)):
        last_of_medicines = next_tab_stop(last_of_medicines)
    assert page.devices.isAncestorOf(next_tab_stop(last_of_medicines))
    # and the person's own records: the selected person's medicines
    member = page.members.selected_id()
    assert {m.member_id for m in page.medicines.model.records} <= {member}
