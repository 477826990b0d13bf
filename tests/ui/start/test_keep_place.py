"""A new window after Ctrl+minus / Ctrl+plus keeps the user's place (issue 18): the same field
of the same record has the focus and shows in the page's scroll area; the list of pages keeps
the focus only when it had it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea, QWidget

from app.ui.common.focus import scroll_areas_around
from app.ui.common.theme import apply_text_size
from app.ui.start import keep_place
from app.ui.start.main_window import MainWindow
from tests.ui.helpers import show_active

TODAY = dt.date(2025, 3, 1)


@pytest.fixture(autouse=True)
def _normal_text_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    apply_text_size(qapp, "normal")


def _start_large(launcher, qtbot) -> MainWindow:
    """The demo household at the larger text in a low window: the pages scroll."""
    launcher.start_demo(TODAY)
    launcher.paraat.session.set_setting("text_size", "larger")
    window = launcher.paraat.build_window()
    window.resize(1024, 600)
    return show_active(qtbot, window)


def _shown(widget: QWidget) -> bool:
    """Inside every scroll area's viewport around it (and there is one: the page scrolls)."""
    areas: list[QScrollArea] = scroll_areas_around(widget)
    if not areas:
        return False
    for area in areas:
        viewport = area.viewport()
        rect = widget.rect().translated(widget.mapTo(viewport, QPoint(0, 0)))
        if not viewport.rect().contains(rect):
            return False
    return True


def _focus(qtbot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    qtbot.waitUntil(lambda: _shown(widget))


def _smaller(launcher, qtbot, window: MainWindow) -> MainWindow:
    """Ctrl+minus where the focus is; the new window, active."""
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: launcher.paraat.window is not window)
    assert launcher.paraat.session.setting("text_size") == "large"
    return show_active(qtbot, launcher.paraat.window)


def test_ctrl_minus_keeps_a_medicines_per_day_field_and_its_record(launcher, qtbot):
    window = _start_large(launcher, qtbot)
    window.show_page("household")
    members, medicines = window.household.members, window.household.medicines
    for member in members.model.records:  # the person with two medicines, not the first person
        members.select_id(member.id)
        if len(medicines.model.records) >= 2:
            break
    person = members.selected_id()
    assert person != members.model.records[0].id
    insulin = next(medicine.id for medicine in medicines.model.records if medicine.name.startswith("Insuline"))
    medicines.select_id(insulin)  # not the first medicine
    assert medicines.selected_id() == insulin
    field = window.household.findChild(QLineEdit, "medicine.per_day")
    assert field is not None and field.text() == "2"
    _focus(qtbot, field)

    new = _smaller(launcher, qtbot, window)
    assert new.current_page() == "household"
    assert new.household.members.selected_id() == person
    assert new.household.medicines.selected_id() == insulin  # the same record, not the first one
    focused = new.focusWidget()
    assert focused is not None and focused.objectName() == "medicine.per_day"
    assert isinstance(focused, QLineEdit) and focused.text() == "2"
    qtbot.waitUntil(lambda: _shown(focused))
    assert new.household.page_scroll.verticalScrollBar().value() > 0  # not back at the top
    assert QApplication.focusWidget() is focused


def test_ctrl_minus_keeps_a_field_low_on_the_plan_page(launcher, qtbot):
    window = _start_large(launcher, qtbot)
    window.show_page("plan")
    section = window.plan.tabs.widget(window.plan.tabs.currentIndex())
    fields = [line for line in section.findChildren(QLineEdit)
              if line.objectName() and line.isVisible() and line.isEnabled()]
    field = fields[-1]  # the lowest one, below the first screen
    name = field.objectName()
    _focus(qtbot, field)
    assert window.plan.page_scroll.verticalScrollBar().value() > 0

    new = _smaller(launcher, qtbot, window)
    assert new.current_page() == "plan"
    focused = new.focusWidget()
    assert focused is not None and focused.objectName() == name
    qtbot.waitUntil(lambda: _shown(focused))
    assert new.plan.page_scroll.verticalScrollBar().value() > 0


def test_the_list_of_pages_keeps_the_focus_when_it_had_it(launcher, qtbot):
    window = _start_large(launcher, qtbot)
    window.show_page("plan")
    window.sidebar.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.sidebar.hasFocus)
    new = _smaller(launcher, qtbot, window)
    assert new.focusWidget() is new.sidebar
    assert new.current_page() == "plan"


def test_a_field_that_is_gone_gives_the_sections_first_field_not_the_list(launcher, qtbot):
    window = _start_large(launcher, qtbot)
    window.show_page("household")
    window.household.tabs.setCurrentIndex(2)  # The house
    place = keep_place.Place(name="no.such.field", path=(99, 99), kind="QLineEdit")
    focused = keep_place.restore(window, place)
    assert focused is not None and focused is window.focusWidget()
    assert focused is not window.sidebar
    section = window.household.tabs.widget(2)
    assert section.isAncestorOf(focused)


def test_a_smaller_size_chosen_in_settings_keeps_the_focus_on_the_choice(launcher, qtbot):
    window = _start_large(launcher, qtbot)
    window.show_page("settings")
    larger = window.settings.findChild(QWidget, "settings.size.larger")
    _focus(qtbot, larger)
    qtbot.keyClick(larger, Qt.Key.Key_Up)  # the radio button above: "large"
    qtbot.waitUntil(lambda: launcher.paraat.window is not window)
    assert launcher.paraat.session.setting("text_size") == "large"
    new = show_active(qtbot, launcher.paraat.window)
    assert new.current_page() == "settings"
    focused = new.focusWidget()
    assert focused is not None and focused.objectName() == "settings.size.large"
