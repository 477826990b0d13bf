"""The keyboard walk (issue 18): Tab round every page and section of the main window (demo
household) and every step of the first-run wizard, at the largest text size in a 1280×800
window. Every focus stop is visible, has a name a screen reader reads, is scrolled into view
when it gets the focus, and the stops follow the screen: top to bottom (a column to the right
may start higher again), the section buttons' one stop (the open section) before its fields."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from app.ui.common.focus import first_tab_stop, scroll_areas_around
from app.ui.common.section_tabs import SectionButton, SectionTabs
from app.ui.common.theme import apply_text_size
from app.ui.start.wizard import FirstRunWizard

TODAY = dt.date(2026, 5, 9)
LIMIT = 120
"""More stops than any page has: the walk must come round before."""
LINKS = 60
"""A text may take Tab from link to link, this many times at most before Tab leaves it."""


@pytest.fixture(autouse=True)
def _normal_text_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    apply_text_size(qapp, "normal")


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader reads (a button's text, a field's accessible name)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def screen_place(widget: QWidget, root: QWidget) -> QPoint:
    """Where ``widget`` sits in ``root`` as laid out, however far its scroll areas are scrolled."""
    place = QPoint(0, 0)
    current: QWidget | None = widget
    while current is not None and current is not root:
        parent = current.parentWidget()
        holder = parent.parentWidget() if parent is not None else None
        if not (isinstance(holder, QScrollArea) and holder.widget() is current):
            place += current.pos()
        current = parent
    return place


def problems_of(widget: QWidget) -> list[str]:
    found = []
    if not widget.isVisible():
        found.append("invisible")
    if not spoken_name(widget):
        found.append("no name")
    for area in scroll_areas_around(widget):
        viewport = area.viewport()
        shown = widget.rect().translated(widget.mapTo(viewport, QPoint(0, 0)))
        if not viewport.rect().intersects(shown):
            found.append("out of view")
    return found


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r} {spoken_name(widget)[:40]!r}"


def tab_round(qtbot, start: QWidget) -> list[QWidget]:
    """Press Tab from ``start`` until the focus comes back; each stop checked as it gets the focus."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    stops: list[QWidget] = []
    faults: list[str] = []
    inside = 0  # Tabs that stay in one widget: the links of a text, one by one
    for _ in range(LIMIT):
        before = QApplication.focusWidget()
        QTest.keyClick(before, Qt.Key.Key_Tab)
        QApplication.processEvents()  # the follower scrolls once the layout has settled
        QApplication.processEvents()
        now = QApplication.focusWidget()
        assert now is not None, f"Tab from {describe(before)} loses the focus"
        if now is before:
            inside += 1
            assert inside < LINKS, f"Tab does not leave {describe(before)}"
            continue
        inside = 0
        if now is start:
            assert not faults, "\n".join(faults)
            return stops
        faults += [f"{describe(now)}: {problem}" for problem in problems_of(now)]
        stops.append(now)
    raise AssertionError(f"Tab did not come round in {LIMIT} stops: {[describe(s) for s in stops[-5:]]}")


def assert_follows_screen(stops: list[QWidget], root: QWidget) -> None:
    """Each stop is below the one before (half a line of slack), or further right: a column beside
    it, read from its top."""
    inside = [stop for stop in stops if root.isAncestorOf(stop)]
    slack = root.fontMetrics().height() // 2
    for before, after in zip(inside, inside[1:], strict=False):
        a, b = screen_place(before, root), screen_place(after, root)
        new_column = b.x() > a.x() + 4 * slack  # clearly to the right: the next column, from its top
        assert b.y() >= a.y() - slack or new_column, \
            f"{describe(after)} at {b.x()},{b.y()} comes after {describe(before)} at {a.x()},{a.y()}"


def test_every_page_and_section_by_tab_at_the_largest_text(launcher, qtbot):
    launcher.start()  # to set the text size the way Settings saves it, then start again
    launcher.paraat.session.set_setting("text_size", "largest")
    launcher.stop()
    window = launcher.start_demo(TODAY)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert QApplication.font().pointSizeF() == 24
    walked = 0
    for name in window.pages:
        window.show_page(name)
        page = window.page_widget()
        tabs = getattr(page, "tabs", None)
        for section in range(tabs.count()) if isinstance(tabs, SectionTabs) else [None]:
            if isinstance(tabs, SectionTabs) and section is not None:
                tabs.setCurrentIndex(section)
            stops = tab_round(qtbot, window.sidebar)
            on_page = [stop for stop in stops if page.isAncestorOf(stop)]
            assert on_page, f"{name}: Tab never reaches the page"
            assert not any(isinstance(stop, QScrollArea) for stop in stops), name
            if isinstance(tabs, SectionTabs) and section is not None:
                buttons = [stop for stop in on_page if isinstance(stop, SectionButton)]
                assert on_page[0] is tabs.buttons.button(section), f"{name}: the open section's button first"
                assert buttons == [on_page[0]], f"{name}: one stop for the section buttons"
            assert_follows_screen(stops, page)
            walked += len(on_page)
    assert walked > 150  # the walk did go through the forms


def test_every_wizard_step_by_tab_at_the_largest_text(session, qtbot):
    session.set_setting("text_size", "largest")
    wizard = FirstRunWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    for step in range(5):
        qtbot.waitUntil(lambda step=step: wizard.currentId() == step)
        page = wizard.currentPage()
        first = first_tab_stop(page) or first_tab_stop(wizard)  # the last step has only text
        assert first is not None, f"step {step + 1}: nothing to Tab to"
        stops = tab_round(qtbot, first)
        assert not any(isinstance(stop, QScrollArea) for stop in stops), step
        assert_follows_screen([first, *stops], page)
        assert any(stop is wizard.button(wizard.WizardButton.CancelButton) for stop in stops)
        if step < 4:
            wizard.next()
    wizard.close()  # by the program: no "Wil je stoppen?" question (test_wizard_fixes.py)
