"""Pages built on first show (issue 20, start at once): the window starts with the start page
only; every other page is built when it is first shown or asked for, and the sidebar, the
titles, Ctrl+1…9, F6 and the View menu work for pages that are not built yet."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.core.demo import demo_household, demo_stock
from app.ui.start.lazy_pages import Placeholder
from tests.report.test_one_person import alone

TODAY = dt.date(2025, 3, 1)


def built(window) -> list[str]:
    return [name for name in window.pages if window.pages.is_built(name)]


def test_only_the_start_page_is_built_at_start(launcher):
    window = launcher.start_demo(TODAY)
    assert built(window) == ["overview"]
    assert window.stack.count() == window.sidebar.count() == len(window.pages) == 10
    assert window.stack.currentWidget() is window.overview
    placeholders = [window.stack.widget(row) for row in range(1, window.stack.count())]
    assert all(isinstance(widget, Placeholder) for widget in placeholders)
    assert window.sidebar.item(6).text() == "Afdrukken"  # named without being built
    assert not window.pages.is_built("print")  # no print preview, no printer asked at start


def test_the_restored_page_is_the_only_one_built(launcher):
    window = launcher.start_demo(TODAY)
    window.show_page("kit")
    launcher.stop()
    window = launcher.start()
    assert window.current_page() == "kit"
    assert built(window) == ["kit"]
    assert window.stack.currentWidget() is window.kit
    assert window.windowTitle() == "Noodpakket — Paraat"


def test_a_page_key_builds_and_shows_the_page(launcher, qtbot):
    window = launcher.start_demo(TODAY)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "together"
    assert built(window) == ["overview", "together"]
    page = window.stack.currentWidget()
    assert page is window.together and page is window.pages["together"][0]
    assert window.stack.indexOf(page) == 4  # in its placeholder's place
    assert window.windowTitle() == "Samen — Paraat"
    qtbot.keyClick(window.sidebar, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "household"
    qtbot.wait(50)
    assert window.isActiveWindow()  # building a page never shows a window of its own
    qtbot.keyClick(window.sidebar, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    window.switch_pane()  # F6: to the new page's first field
    focused = QApplication.focusWidget()
    assert isinstance(focused, QWidget) and page.isAncestorOf(focused)


def test_the_view_menu_and_the_sidebar_build_pages(launcher):
    window = launcher.start_demo(TODAY)
    window.page_actions["settings"].trigger()
    assert window.current_page() == "settings" and window.pages.is_built("settings")
    window.sidebar.setCurrentRow(list(window.pages).index("info"))
    assert window.stack.currentWidget() is window.info
    assert built(window) == ["overview", "info", "settings"]


def test_an_attribute_builds_its_page_without_showing_it(launcher):
    window = launcher.start_demo(TODAY)
    kit = window.kit
    assert window.pages.is_built("kit") and window.kit is kit  # built once
    assert window.current_page() == "overview" and window.stack.currentWidget() is window.overview
    assert window.stack.widget(2) is kit


def test_a_page_built_but_hidden_follows_the_data(launcher):
    window = launcher.start_demo(TODAY)
    household = window.household  # built, never shown
    assert len(household.members.model.records) == len(demo_household().members)
    launcher.paraat.session.replace_all(alone(), demo_stock(TODAY))
    assert [person.name for person in household.members.model.records] == ["Oma Riet"]


def test_a_page_built_late_shows_the_current_data(launcher):
    window = launcher.start_demo(TODAY)
    launcher.paraat.session.replace_all(alone(), [])
    window.show_page("household")
    assert [person.name for person in window.household.members.model.records] == ["Oma Riet"]


def test_the_settings_page_built_late_still_rebuilds_the_window(launcher, qtbot):
    window = launcher.start_demo(TODAY)
    window.show_page("settings")
    window.findChild(QWidget, "settings.language.en").click()
    qtbot.waitUntil(lambda: launcher.paraat.window is not window)
    new = launcher.paraat.window
    assert new.current_page() == "settings" and built(new) == ["settings"]
    assert new.sidebar.item(0).text() == "Overview"


def test_a_new_window_selects_the_records_of_pages_built_later(launcher, qtbot):
    """Ctrl+minus on the overview after a medicine was chosen on the household page: the new
    window builds the household page when it is shown, with the same person and medicine."""
    window = launcher.start_demo(TODAY)
    window.show_page("household")
    members, medicines = window.household.members, window.household.medicines
    for member in members.model.records:  # the person with two medicines
        members.select_id(member.id)
        if len(medicines.model.records) >= 2:
            break
    person, medicine = members.selected_id(), medicines.model.records[1].id
    medicines.select_id(medicine)
    window.show_page("overview")
    window.change_text_size(1)
    qtbot.waitUntil(lambda: launcher.paraat.window is not window)
    new = launcher.paraat.window
    assert new.current_page() == "overview" and not new.pages.is_built("household")
    new.show_page("household")
    assert new.household.members.selected_id() == person
    assert new.household.medicines.selected_id() == medicine
    launcher.paraat.session.set_setting("text_size", "normal")
