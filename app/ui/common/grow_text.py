"""Text views that are part of the page's one scroll instead of a scrolling box inside it.

``PageTextBrowser`` is a read-only QTextBrowser as high as its whole text, without scroll bars:
the page scrolls. Links still open with a click or Tab + Enter, and the arrow and page keys
scroll the page, as they would scroll the text.

``GrowingTextEdit`` is a notes field that grows with what is typed: at least three lines, at
most half the window; a longer note scrolls inside the field (an 80-year-old still sees the
field's top and the fields around it while typing).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QPlainTextEdit, QScrollBar, QSizePolicy, QTextBrowser, QWidget

from app.ui.common.fit_table import page_scroll_area, show_in_page

_PAGE_KEYS = {
    Qt.Key.Key_Up: QScrollBar.SliderAction.SliderSingleStepSub,
    Qt.Key.Key_Down: QScrollBar.SliderAction.SliderSingleStepAdd,
    Qt.Key.Key_PageUp: QScrollBar.SliderAction.SliderPageStepSub,
    Qt.Key.Key_PageDown: QScrollBar.SliderAction.SliderPageStepAdd,
    Qt.Key.Key_Home: QScrollBar.SliderAction.SliderToMinimum,
    Qt.Key.Key_End: QScrollBar.SliderAction.SliderToMaximum,
}


class PageTextBrowser(QTextBrowser):
    """A QTextBrowser that grows to its document; the page around it does the scrolling."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = self.document().documentLayout()
        layout.documentSizeChanged.connect(lambda _size: self.updateGeometry())

    def text_height(self) -> int:
        margins = self.contentsMargins()
        return math.ceil(self.document().size().height()) + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.text_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.text_height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.verticalScrollBar().setValue(0)
        if self.height() != self.text_height():
            self.updateGeometry()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrow, page, Home and End keys scroll the page (the text itself has nothing to scroll)."""
        area = page_scroll_area(self)
        action = _PAGE_KEYS.get(Qt.Key(event.key()))
        if area is not None and action is not None and not self.textCursor().hasSelection() \
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier):
            area.verticalScrollBar().triggerAction(action)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        moved = super().focusNextPrevChild(next)
        if moved and self.textCursor().hasSelection():  # Tab went to a link: show it
            self.show_cursor()
        return moved

    def show_cursor(self) -> None:
        """Scroll the page to the text cursor (a found word, a link that has the focus)."""
        self.verticalScrollBar().setValue(0)
        show_in_page(self, self.cursorRect())

    def show_top(self) -> None:
        """Scroll the page so the first lines of the text can be seen."""
        show_in_page(self, QRect(0, 0, 1, self.fontMetrics().lineSpacing() * 2))


class GrowingTextEdit(QPlainTextEdit):
    """A plain text field as high as its text: at least ``min_lines``, at most half the window."""

    def __init__(self, parent: QWidget | None = None, min_lines: int = 3) -> None:
        super().__init__(parent)
        self.min_lines = min_lines
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().contentsChanged.connect(self._grow)
        self._grow()

    def most(self) -> int:
        """Half the window: beyond this the field scrolls inside itself."""
        window = self.window()
        return max(window.height() // 2 if window is not self else 0, self.least())

    def least(self) -> int:
        return self._chrome() + self.fontMetrics().lineSpacing() * self.min_lines

    def _chrome(self) -> int:
        margins = self.contentsMargins()
        return margins.top() + margins.bottom() + 2 * round(self.document().documentMargin())

    def text_height(self) -> int:
        height = 0
        block = self.document().begin()
        while block.isValid():  # a note has a few paragraphs: cheap
            height += math.ceil(self.blockBoundingRect(block).height())
            block = block.next()
        return height + self._chrome()

    def wanted_height(self) -> int:
        return min(max(self.text_height(), self.least()), self.most())

    def _grow(self) -> None:
        wanted = self.wanted_height()
        inner = self.text_height() > wanted
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if inner
                                        else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if self.height() != wanted or self.minimumHeight() != wanted:
            self.setFixedHeight(wanted)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._grow()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._grow()  # the window's height is known now

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.wanted_height())
