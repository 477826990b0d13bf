"""Section buttons over a stack of sections, working like tabs.

The buttons wrap onto a second line at large text sizes (a QTabBar would hide tabs behind
scroll arrows), and work like tabs: Tab reaches them, Space or Enter opens one.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QButtonGroup, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.ui.common.flow_layout import FlowLayout


class SectionTabs(QWidget):
    """Wrapping section buttons over a stack of pages, with a QTabWidget-like interface."""

    current_changed = Signal(int)
    """Another section is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        self.bar = QWidget()
        self.bar.setObjectName("sections")
        self.bar_layout = FlowLayout(self.bar, spacing=6)
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.stack, 1)
        self.buttons.idClicked.connect(self.setCurrentIndex)
        self.buttons.buttonToggled.connect(self._mark)

    @staticmethod
    def _mark(button: QPushButton, checked: bool) -> None:
        """The open section is bold and underlined, not only a different colour."""
        font = button.font()
        font.setBold(checked)
        font.setUnderline(checked)
        button.setFont(font)

    def addTab(self, widget: QWidget, label: str) -> int:
        index = self.stack.addWidget(widget)
        button = QPushButton(label)
        button.setCheckable(True)
        button.setAccessibleName(label)
        button.setObjectName(f"section.{index}")
        self.buttons.addButton(button, index)
        self.bar_layout.addWidget(button)
        if index == 0:
            button.setChecked(True)
        return index

    def count(self) -> int:
        return self.stack.count()

    def widget(self, index: int) -> QWidget | None:
        return self.stack.widget(index)

    def tabText(self, index: int) -> str:
        return self.buttons.button(index).text()

    def currentIndex(self) -> int:
        return self.stack.currentIndex()

    @Slot(int)
    def setCurrentIndex(self, index: int) -> None:
        if 0 <= index < self.count():
            self.buttons.button(index).setChecked(True)
            self.stack.setCurrentIndex(index)
            self.current_changed.emit(index)
