"""A focus you can follow: the control that gets the keyboard focus is scrolled into view.

Installed once by the application (``install``): whenever the focus moves other than by a mouse
click (Tab, Shift+Tab, a shortcut or mnemonic, a page that puts the focus on a field), every
scroll area around the focused control scrolls it into view with a margin, innermost first.

A page's scroll area itself is never a Tab stop (it has no name and no visible focus): the
fields in it take the focus, and PageUp/PageDown still reach the area from them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget


def is_page_scroll(widget: QWidget) -> bool:
    """A scroll area that only holds a page (theme.scroll_page): the fields inside take the focus."""
    return isinstance(widget, QScrollArea) and widget.widgetResizable() and widget.widget() is not None


def quiet_page_scrolls(root: QWidget) -> None:
    """No page scroll area under ``root`` (or ``root`` itself) is a Tab stop."""
    areas = root.findChildren(QScrollArea)
    if isinstance(root, QScrollArea):
        areas.append(root)
    for area in areas:
        if is_page_scroll(area) and area.focusPolicy() != Qt.FocusPolicy.NoFocus:
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def scroll_areas_around(widget: QWidget) -> list[QScrollArea]:
    """The scroll areas that hold ``widget``, innermost first."""
    areas: list[QScrollArea] = []
    parent = widget.parentWidget()
    while parent is not None:
        content = parent.widget() if isinstance(parent, QScrollArea) else None
        if isinstance(parent, QScrollArea) and content is not None and content.isAncestorOf(widget):
            areas.append(parent)
        parent = parent.parentWidget()
    return areas


def reveal(widget: QWidget) -> None:
    """Scroll every scroll area around ``widget`` so that it shows, with about a line of room."""
    margin = max(8, widget.fontMetrics().height())
    for area in scroll_areas_around(widget):
        viewport = area.viewport()
        room_x = min(margin, max(0, (viewport.width() - widget.width()) // 2))
        room_y = min(margin, max(0, (viewport.height() - widget.height()) // 2))
        area.ensureWidgetVisible(widget, room_x, room_y)


def is_tab_stop(widget: QWidget) -> bool:
    """Tab can land on ``widget`` now."""
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisible() \
        and widget.isEnabled() and widget.focusProxy() is None


def first_tab_stop(root: QWidget) -> QWidget | None:
    """The first widget inside ``root`` that Tab lands on (None: none is visible)."""
    if not root.isVisible():
        return None
    current: QWidget | None = root
    for _ in range(10000):
        current = current.nextInFocusChain() if current is not None else None
        if current is None or current is root:
            return None
        if root.isAncestorOf(current) and is_tab_stop(current):
            return current
    return None


def next_tab_stop(widget: QWidget, backwards: bool = False) -> QWidget | None:
    """The widget Tab (or Shift+Tab) would go to from ``widget`` in its window."""
    current: QWidget | None = widget
    for _ in range(10000):
        if current is None:
            return None
        current = current.previousInFocusChain() if backwards else current.nextInFocusChain()
        if current is None or current is widget:
            return None
        if is_tab_stop(current) and current.window() is widget.window():
            return current
    return None


class FocusFollower(QObject):
    """Listens to QApplication.focusChanged and scrolls the new focus into view."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("paraat.focus_follower")
        app.focusChanged.connect(self._on_focus_changed)

    @Slot()
    def _on_focus_changed(self) -> None:
        # The focus as QApplication has it now, not the signal's two widgets: PySide would make
        # Python objects of them, and for a widget being destroyed (the focus of a window that
        # is closed) it looks through every widget class Qt has to find its type (5 ms).
        new = QApplication.focusWidget()
        if new is None:
            return
        if is_page_scroll(new):  # a page's scroll area that slipped through: pass the focus on
            new.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            backwards = bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier)
            target = next_tab_stop(new, backwards)
            if target is not None:
                target.setFocus(Qt.FocusReason.BacktabFocusReason if backwards else Qt.FocusReason.TabFocusReason)
            return
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return  # clicked: it is where the user looks already
        if scroll_areas_around(new):
            # after the layout has settled (a section that just opened has no sizes yet)
            QTimer.singleShot(0, new, lambda: _reveal_if_focused(new))


def _reveal_if_focused(widget: QWidget) -> None:
    if widget.hasFocus():
        reveal(widget)


def install(app: QApplication) -> FocusFollower:
    """Once per application (a second call returns the first follower)."""
    existing = app.findChild(FocusFollower, "paraat.focus_follower")
    return existing if existing is not None else FocusFollower(app)
