"""The focused control is scrolled into view (issue 18): Shift+Tab into the bottom of a long
page, a shortcut to a field, a page's scroll area that is never a Tab stop; a mouse click does
not scroll."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.ui.common import focus
from app.ui.common.theme import apply_text_size


@pytest.fixture(autouse=True)
def _largest_text(qapp: QApplication) -> Iterator[None]:
    apply_text_size(qapp, "largest")
    focus.install(qapp)
    yield
    apply_text_size(qapp, "normal")


def _long_page(qtbot, rows: int = 40) -> tuple[QWidget, QScrollArea, list[QLineEdit], QPushButton]:
    window = QWidget()
    outer = QVBoxLayout(window)
    before = QPushButton("Before")
    outer.addWidget(before)
    body = QWidget()
    form = QFormLayout(body)
    fields = []
    for number in range(rows):
        field = QLineEdit()
        field.setAccessibleName(f"Field {number}")
        form.addRow(f"Field {number}", field)
        fields.append(field)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(body)
    outer.addWidget(area)
    qtbot.addWidget(window)
    window.resize(800, 500)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, area, fields, before


def _in_view(area: QScrollArea, widget: QWidget) -> bool:
    viewport = area.viewport()
    shown = widget.rect().translated(widget.mapTo(viewport, QPoint(0, 0)))
    return viewport.rect().contains(shown)


def test_shift_tab_into_the_bottom_of_a_long_page_shows_the_field(qtbot):
    _window, area, fields, before = _long_page(qtbot)
    focus.quiet_page_scrolls(_window)
    assert area.focusPolicy() == Qt.FocusPolicy.NoFocus
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Backtab)  # round the window's end: the last field
    assert fields[-1].hasFocus()
    assert area.verticalScrollBar().maximum() > 0
    qtbot.waitUntil(lambda: _in_view(area, fields[-1]))
    qtbot.keyClick(fields[-1], Qt.Key.Key_Backtab)
    assert fields[-2].hasFocus()
    qtbot.waitUntil(lambda: _in_view(area, fields[-2]))


def test_a_field_focused_by_the_program_is_shown_with_room_around_it(qtbot):
    _window, area, fields, _before = _long_page(qtbot)
    fields[25].setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: _in_view(area, fields[25]))
    top = fields[25].mapTo(area.viewport(), QPoint(0, 0)).y()
    assert top >= fields[25].fontMetrics().height() // 2 or \
        top + fields[25].height() <= area.viewport().height() - fields[25].fontMetrics().height() // 2


def test_a_page_scroll_area_that_gets_the_focus_passes_it_on(qtbot):
    _window, area, fields, before = _long_page(qtbot)
    area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # as QScrollArea starts
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert not area.hasFocus()
    assert fields[0].hasFocus()
    assert area.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_install_twice_gives_one_follower(qapp):
    assert focus.install(qapp) is focus.install(qapp)
    assert len(qapp.findChildren(focus.FocusFollower)) == 1
