"""A page made of sections, each a scrolling form, that can jump to a named field.

The section buttons wrap onto a second line at large text sizes (a QTabBar would hide tabs
behind scroll arrows), and work like tabs: Tab reaches them, Space or Enter opens one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.flow_layout import FlowLayout
from app.ui.common.session import Session
from app.ui.common.theme import heading, scroll_page


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


class TabbedPage(QWidget):
    """Heading, a one-line status, and sections of forms."""

    page_name = ""

    def __init__(self, session: Session, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tabs = SectionTabs()
        self.tabs.setObjectName(f"{self.page_name}.tabs")
        self.title = heading(title)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)

    def add_tab(self, content: QWidget, label: str) -> None:
        self.tabs.addTab(scroll_page(content), label)

    def restore_section(self) -> None:
        """Open the section that was open last time, and remember each change from now on."""
        saved = self.session.setting(f"section.{self.page_name}", "0")
        self.tabs.setCurrentIndex(int(saved) if saved.isdigit() else 0)
        self.tabs.current_changed.connect(
            lambda index: self.session.set_setting(f"section.{self.page_name}", str(index))
        )

    def object_for(self, target: str) -> str:
        """The objectName of the widget that fills in ``target`` (pages may translate)."""
        return target

    def focus_target(self, target: str) -> bool:
        """Show the section holding ``target`` and put the keyboard focus there."""
        widget = self.findChild(QWidget, self.object_for(target))
        if widget is None:
            return False
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if tab is not None and tab.isAncestorOf(widget):
                self.tabs.setCurrentIndex(index)
                if isinstance(tab, QScrollArea):
                    tab.ensureWidgetVisible(widget)
                break
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
