"""The user's place survives a new window (issue 18): Ctrl+plus / Ctrl+minus, the text size,
the look or the language in Settings build the main window again; the focus goes back to the
same field, in the same record of a list, scrolled into view — not to the list of pages.

``capture`` runs on the old window before it goes, ``restore`` on the new one once it shows.
A field is found again by its objectName (unique on its page) or else by its place among its
parents' children (the new window is built by the same code). When it is not there any more,
the open section's first field takes the focus; the list of pages only when it had the focus.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget

from app.ui.common.focus import first_tab_stop, is_tab_stop, reveal, scroll_areas_around
from app.ui.common.record_list import RecordListEditor
from app.ui.common.tabbed_page import TabbedPage
from app.ui.start.main_window import MainWindow

REVEAL_AGAIN_MS = (0, 50, 150, 400)
"""The new page settles over a few turns of the event loop (wrapped texts take their heights):
the field is scrolled into view again after each of these delays, while it keeps the focus."""


@dataclass
class Place:
    """Where the keyboard was in a window."""

    in_sidebar: bool = False
    name: str = ""
    """The focused widget's objectName, when it is unique on its page."""
    path: tuple[int, ...] = ()
    """The focused widget's place under the page: child indexes, top down."""
    kind: str = ""
    """The focused widget's class, to check the place found by ``path``."""
    records: dict[str, Any] = field(default_factory=dict)
    """Each record list's selected record, by the list's table's objectName."""


def _page_of(window: MainWindow) -> QWidget:
    return window.page_widget()


def _children(widget: QWidget) -> list[QWidget]:
    return [child for child in widget.children() if isinstance(child, QWidget)]


def _path(page: QWidget, widget: QWidget) -> tuple[int, ...]:
    steps: list[int] = []
    current = widget
    while current is not page:
        parent = current.parentWidget()
        if parent is None:
            return ()
        steps.append(_children(parent).index(current))
        current = parent
    return tuple(reversed(steps))


def _follow(page: QWidget, path: tuple[int, ...]) -> QWidget | None:
    current = page
    for step in path:
        children = _children(current)
        if step >= len(children):
            return None
        current = children[step]
    return current


def _named(page: QWidget, name: str) -> QWidget | None:
    if not name:
        return None
    found = [widget for widget in page.findChildren(QWidget, name) if widget.objectName() == name]
    return found[0] if len(found) == 1 else None


def capture(window: MainWindow) -> Place:
    """Where the focus and the record lists' selections are in ``window``."""
    place = Place()
    for editor in window.findChildren(RecordListEditor):
        if editor.table.objectName():
            place.records[editor.table.objectName()] = editor.selected_id()
    focused = window.focusWidget()
    if focused is None:
        return place
    if focused is window.sidebar or window.sidebar.isAncestorOf(focused):
        place.in_sidebar = True
        return place
    page = _page_of(window)
    if not page.isAncestorOf(focused):
        return place
    if _named(page, focused.objectName()) is focused:
        place.name = focused.objectName()
    place.path = _path(page, focused)
    place.kind = type(focused).__name__
    return place


def _found(page: QWidget, place: Place) -> QWidget | None:
    widget = _named(page, place.name)
    if widget is None and place.path:
        widget = _follow(page, place.path)
        if widget is not None and type(widget).__name__ != place.kind:
            widget = None
    if widget is not None and is_tab_stop(widget):
        return widget
    return None


def _first_field(page: QWidget) -> QWidget | None:
    """The open section's first field (the page's, if it has no sections)."""
    tabs = getattr(page, "tabs", None)
    section = tabs.widget(tabs.currentIndex()) if tabs is not None else None
    first = first_tab_stop(section) if isinstance(section, QWidget) else None
    return first if first is not None else first_tab_stop(page)


def restore(window: MainWindow, place: Place) -> QWidget | None:
    """Select the same records and put the focus back where ``place`` says; returns the
    widget that has the focus now (None: the window's own choice stays). The lists of pages
    not built yet select their records when the page is built."""
    build_sections = getattr(_page_of(window), "build_sections", None)
    if callable(build_sections):  # the sections and parts a page makes after it shows (issue 20)
        build_sections()
    _select_records(window, place.records)
    if place.records:
        window.page_built.connect(lambda name: _select_records(window.pages[name][0], place.records))
    if place.in_sidebar:
        window.sidebar.setFocus(Qt.FocusReason.OtherFocusReason)
        return window.sidebar
    if not place.path and not place.name:
        return None
    page = _page_of(window)
    target = _found(page, place) or _first_field(page)
    if target is None:
        return None
    target.setFocus(Qt.FocusReason.OtherFocusReason)
    for delay in REVEAL_AGAIN_MS:
        QTimer.singleShot(delay, target, lambda: _reveal_if_kept(window, target))
    return target


def _select_records(root: QWidget, records: dict[str, Any]) -> None:
    for editor in root.findChildren(RecordListEditor):
        record = records.get(editor.table.objectName())
        if record is not None and record != editor.selected_id():
            editor.select_id(record)
    for page in [root, *root.findChildren(TabbedPage)]:
        if isinstance(page, TabbedPage):  # its lists made later select them too (issue 20)
            page.keep_records(records)


def _reveal_if_kept(window: MainWindow, widget: QWidget) -> None:
    if window.focusWidget() is widget and scroll_areas_around(widget):
        reveal(widget)
