"""A page made of sections that can jump to a named field.

The heading, the status line, the section buttons and the open section sit in one vertical
scroll, so at large text sizes nothing stays fixed above a small scrolling box. The section
buttons live in app/ui/common/section_tabs.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui.common.section_tabs import SectionTabs
from app.ui.common.session import Session
from app.ui.common.theme import PageScroll, heading, scroll_page


def join_tab_order(content: QWidget, holder: QWidget) -> None:
    """Give the Tab stops of ``content``, just put into ``holder`` in a window that was made
    before, the place in the Tab order that ``holder`` has: Qt puts a late child's stops at the
    end of its window's focus chain, after every other page (issue 20: parts made later)."""
    stops: list[QWidget] = []
    widget = content.nextInFocusChain()
    while widget is not None and widget is not content and content.isAncestorOf(widget):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            stops.append(widget)
        widget = widget.nextInFocusChain()
    window = holder.window()
    before = holder.previousInFocusChain()
    while before is not None and before is not window and (
            before is holder or holder.isAncestorOf(before)
            or not before.focusPolicy() & Qt.FocusPolicy.TabFocus):
        before = before.previousInFocusChain()
    if before is None or before is window:
        return
    for stop in stops:
        QWidget.setTabOrder(before, stop)
        before = stop


def later_holder() -> QWidget:
    """An empty place in a layout for a part made later (``put_in_holder``)."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    return holder


def put_in_holder(content: QWidget, holder: QWidget) -> None:
    """Put a part made later in its place: shown at once, in its place in the Tab order."""
    layout = holder.layout()
    if layout is not None:
        layout.addWidget(content)
    content.show()
    join_tab_order(content, holder)


class _Section(QWidget):
    """Holds one section in the stack; while another section is open it asks for no room, so
    the page is as tall as the open section, not as the tallest one."""

    def __init__(self, content: QWidget | None, scroll: PageScroll,
                 make: Callable[[], QWidget] | None = None) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if content is not None:
            layout.addWidget(content)
        self.content = content
        self.page_scroll = scroll
        self.make = make  # the section made later (TabbedPage.add_later); None once made

    def build(self) -> bool:
        """Make the content of a section added with ``add_later``; False if it was made."""
        make, self.make = self.make, None
        if make is None:
            return False
        self.content = make()
        layout = self.layout()
        if layout is not None:
            layout.addWidget(self.content)
        self.content.show()  # at once in an open section (a layout shows it a pass later)
        self.page_scroll.watch(self.content)
        # its Tab stops come last in the window's focus chain; only the open section shows and
        # what else follows there is hidden, so Tab goes through it from its button as before
        return True

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
        self._kept_records: dict[str, Any] = {}
        self._later_ok = True  # __getattr__ may make sections from here on

    def add_tab(self, content: QWidget, label: str) -> None:
        section = _Section(content, self.page_scroll)
        self.tabs.addTab(section, label)
        self.page_scroll.watch(section)

    def add_later(self, make: Callable[[], QWidget], label: str) -> None:
        """A section whose content ``make`` makes when it is first opened, or in an idle moment
        after the page shows (one section per pass of the event loop), so that a page's first
        show does only the open section's work (issue 20). The attributes ``make`` sets are
        declared on the page's class: asking for one before makes the sections at once."""
        section = _Section(None, self.page_scroll, make)
        self.tabs.addTab(section, label)
        self.page_scroll.watch(section)

    def add_made(self, make: Callable[[], QWidget], label: str) -> None:
        """A section made now, in place: its content joins the page once, not through the
        section and then the stack (each move walks every widget in it, issue 20)."""
        self.add_later(make, label)
        self.build_section(self.tabs.count() - 1)

    def _unmade(self) -> list[_Section]:
        sections = (self.tabs.widget(index) for index in range(self.tabs.count()))
        return [section for section in sections if isinstance(section, _Section) and section.make is not None]

    def sections_waiting(self) -> int:
        """How many sections added with ``add_later`` are not made yet."""
        return len(self._unmade())

    def is_made(self, index: int) -> bool:
        """Whether section ``index``'s content exists (not waiting for ``add_later``)."""
        section = self.tabs.widget(index)
        return not isinstance(section, _Section) or section.make is None

    def build_section(self, index: int) -> None:
        section = self.tabs.widget(index)
        if isinstance(section, _Section) and section.build():
            self.section_made(index)
            if section.content is not None:
                self.select_kept(section.content)

    def keep_records(self, records: dict[str, Any]) -> None:
        """The records a new window selects again (keep_place, by each list's table's
        objectName): selected also in the record lists of sections and parts made later."""
        self._kept_records = dict(records)

    def select_kept(self, content: QWidget) -> None:
        """Select the kept records in the record lists of ``content``, just made."""
        from app.ui.common.record_list import RecordListEditor

        if not self._kept_records:
            return
        for editor in [content, *content.findChildren(RecordListEditor)]:
            if isinstance(editor, RecordListEditor):
                record = self._kept_records.get(editor.table.objectName())
                if record is not None and record != editor.selected_id():
                    editor.select_id(record)

    def build_sections(self) -> None:
        """Every section and part made now (for what looks at every widget of the page, as
        tests do, and for a new window that puts the user back in the same record and field)."""
        self.make_parts()
        for index in range(self.tabs.count()):
            self.build_section(index)

    def make_parts(self) -> None:
        """Make now the parts of made sections that a page makes a pass after it shows."""

    def parts_waiting(self) -> bool:
        """Whether ``make_parts`` has something to make (made first, after the page shows)."""
        return False

    def section_made(self, index: int) -> None:
        """Called when section ``index``'s content was made later (pages fill it in here)."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._unmade():
            self.build_section(self.tabs.currentIndex())
        if self.parts_waiting() or self._unmade():
            QTimer.singleShot(0, self, self._build_next)

    def _build_next(self) -> None:
        """Make the parts that wait, or else one waiting section, then let the event loop run
        before the next (Qt runs every timer that is due in one pass: hence one at a time);
        while the page shows (a page left at once makes the rest when it shows again)."""
        if not self.isVisible():
            return
        if self.parts_waiting():
            self.make_parts()
        else:
            waiting = self._unmade()
            if waiting:
                self.build_section(self.tabs.stack.indexOf(waiting[0]))
        if self.parts_waiting() or self._unmade():
            QTimer.singleShot(0, self, self._build_next)

    if not TYPE_CHECKING:  # mypy sees the declared attributes, not this
        def __getattr__(self, name: str) -> Any:
            """A declared attribute of a section not made yet: make the sections now."""
            if self.__dict__.get("_later_ok") and not name.startswith("_") and any(
                    name in vars(kind).get("__annotations__", {}) for kind in type(self).__mro__
                    if issubclass(kind, TabbedPage)) and self._unmade():
                self.build_sections()
                return getattr(self, name)
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _section_opened(self, index: int) -> None:
        """The page takes the open section's height; its top shows."""
        self.build_section(index)
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
        self.build_sections()
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
