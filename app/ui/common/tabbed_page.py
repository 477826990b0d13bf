"""A page made of sections, each a scrolling form, that can jump to a named field.

The section buttons live in app/ui/common/section_tabs.py.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from app.ui.common.section_tabs import SectionTabs
from app.ui.common.session import Session
from app.ui.common.theme import heading, scroll_page


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
