"""Section buttons over a stack of sections, working like tabs.

The buttons wrap onto a second line at large text sizes (a QTabBar would hide tabs behind
scroll arrows), and work like a tab list:

- they are plain push buttons: a screen reader's default action ("Press") opens the section;
  the open one is bold and underlined, and its accessible description says "open";
- the bar is ONE Tab stop, the open section's button, and it comes before the section's fields;
- Left/Right (Up/Down) move the focus along the buttons, Home/End to the first or last one;
  Enter or Space opens the section of the focused button.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.ui.common.flow_layout import FlowLayout
from app.words.i18n import tr

_MOVES = {
    Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1,
}


class SectionButton(QPushButton):
    """One section's button; arrow keys, Home and End move along the bar (Space/Enter press)."""

    def __init__(self, text: str, tabs: SectionTabs) -> None:
        super().__init__(text)
        self._tabs = tabs
        self.setAutoDefault(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
        elif key in _MOVES:
            self._tabs.focus_button(self._tabs.buttons.id(self) + _MOVES[key])
        elif key == Qt.Key.Key_Home:
            self._tabs.focus_button(0)
        elif key == Qt.Key.Key_End:
            self._tabs.focus_button(self._tabs.count() - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
        else:
            super().keyPressEvent(event)


class SectionTabs(QWidget):
    """Wrapping section buttons over a stack of pages, with a QTabWidget-like interface."""

    current_changed = Signal(int)
    """Another section is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(False)  # plain buttons: the open one is marked by _mark
        self.bar = QWidget()
        self.bar.setObjectName("sections")
        self.bar_layout = FlowLayout(self.bar, spacing=6)
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.stack, 1)
        self.buttons.idClicked.connect(self.setCurrentIndex)

    def _mark(self, index: int) -> None:
        """The open section is bold and underlined (not only a colour), its description says
        "open" for a screen reader, and its button is the bar's one Tab stop."""
        for button in self.buttons.buttons():
            is_open = self.buttons.id(button) == index
            font = button.font()
            font.setBold(is_open)
            font.setUnderline(is_open)
            button.setFont(font)
            button.setAccessibleDescription(tr("open", "section") if is_open else "")
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if is_open else Qt.FocusPolicy.ClickFocus)

    def focus_button(self, index: int) -> None:
        """Put the focus on the button of section ``index`` (arrow keys; it does not open it)."""
        button = self.buttons.button(max(0, min(self.count() - 1, index)))
        if button is not None:
            button.setFocus(Qt.FocusReason.TabFocusReason)

    def addTab(self, widget: QWidget, label: str) -> int:
        # The button is made before its section joins the stack, and follows the previous
        # button in the Tab chain: the bar comes before every section's fields.
        button = SectionButton(label, self)
        button.setAccessibleName(label)
        index = self.count()
        button.setObjectName(f"section.{index}")
        self.buttons.addButton(button, index)
        self.bar_layout.addWidget(button)
        if index > 0:
            previous = self.buttons.button(index - 1)
            QWidget.setTabOrder(previous, button)
        self.stack.addWidget(widget)
        self._mark(self.currentIndex())
        return index

    def count(self) -> int:
        return self.stack.count()

    def widget(self, index: int) -> QWidget | None:
        return self.stack.widget(index)

    def tabText(self, index: int) -> str:
        return self.buttons.button(index).text()

    def currentIndex(self) -> int:
        return self.stack.currentIndex()

    def step(self, delta: int) -> None:
        """Open the next (1) or previous (-1) section, round the end (Ctrl+Tab, Ctrl+PgDn …); a
        focus inside the section that closes goes to the new section's button."""
        if self.count() == 0:
            return
        focus = self.focusWidget()
        had_focus = focus is not None and focus.hasFocus() and self.isAncestorOf(focus)
        index = (self.currentIndex() + delta) % self.count()
        self.setCurrentIndex(index)
        if had_focus:
            self.focus_button(index)

    @Slot(int)
    def setCurrentIndex(self, index: int) -> None:
        if 0 <= index < self.count():
            self.stack.setCurrentIndex(index)
            self._mark(index)
            self.current_changed.emit(index)
