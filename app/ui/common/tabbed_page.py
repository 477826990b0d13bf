"""A page made of sections that can jump to a named field.

The heading, the status line, the section buttons and the open section sit in one vertical
scroll, so at large text sizes nothing stays fixed above a small scrolling box. The section
buttons live in app/ui/common/section_tabs.py.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui.common.section_tabs import SectionTabs
from app.ui.common.session import Session
from app.ui.common.theme import PageScroll, heading, scroll_page


class _Section(QWidget):
    """Holds one section in the stack; while another section is open it asks for no room, so
    the page is as tall as the open section, not as the tallest one."""

    def __init__(self, content: QWidget, scroll: PageScroll) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(content)
        self.content = content
        self.page_scroll = scroll

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # a text inside grew: the page grows too
            self.page_scroll.refit_later()
        return handled

    def sizeHint(self) -> QSize:
        return QSize(0, 0) if self.isHidden() else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0) if self.isHidden() else super().minimumSizeHint()

    def heightForWidth(self, width: int) -> int:
        return 0 if self.isHidden() else super().heightForWidth(width)


class TabbedPage(QWidget):
    """Heading, a one-line status, and sections of forms, all in one vertical scroll."""

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
        body = QWidget()
        body.setObjectName(f"{self.page_name}.body")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(12, 8, 12, 8)
        body_layout.addWidget(self.title)
        body_layout.addWidget(self.status)
        body_layout.addWidget(self.tabs)
        body_layout.addStretch(1)
        self.page_scroll = scroll_page(body, title)
        self.page_scroll.setObjectName(f"{self.page_name}.scroll")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page_scroll)
        self.tabs.current_changed.connect(self._section_opened)

    def add_tab(self, content: QWidget, label: str) -> None:
        section = _Section(content, self.page_scroll)
        self.tabs.addTab(section, label)
        self.page_scroll.watch(section)

    def _section_opened(self, index: int) -> None:
        """The page takes the open section's height; its top shows."""
        for number in range(self.tabs.count()):
            section = self.tabs.widget(number)
            if section is not None:
                section.updateGeometry()
        self.tabs.stack.updateGeometry()
        self.page_scroll.verticalScrollBar().setValue(0)
        QTimer.singleShot(0, self, self.page_scroll.relayout)  # the section was laid out at another width

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
        """Show the section holding ``target``, scroll it into view and put the keyboard focus there."""
        widget = self.findChild(QWidget, self.object_for(target))
        if widget is None:
            return False
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if tab is not None and tab.isAncestorOf(widget):
                self.tabs.setCurrentIndex(index)
                break
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.page_scroll.ensureWidgetVisible(widget)
        # once the newly opened section is laid out, its place is known
        QTimer.singleShot(0, self, lambda: self.page_scroll.ensureWidgetVisible(widget))
        return True
