"""Text size and the few shared looks: headings, page scroll areas. Sizes are in points."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.contrast import HIGH_CONTRAST_SETTING as HIGH_CONTRAST_SETTING
from app.ui.common.contrast import apply_theme as apply_theme
from app.ui.common.contrast import wants_high_contrast as wants_high_contrast

# Text sizes offered in Settings, in points. "normal" is a little larger than most systems'.
TEXT_SIZES: dict[str, float] = {"normal": 12.0, "large": 15.0, "larger": 18.0, "largest": 24.0}
DEFAULT_TEXT_SIZE = "normal"


def apply_text_size(app: QApplication, size: str) -> None:
    """Set the application font to the chosen size (in points)."""
    font = QFont(app.font())
    font.setPointSizeF(TEXT_SIZES.get(size, TEXT_SIZES[DEFAULT_TEXT_SIZE]))
    app.setFont(font)


def heading(text: str, level: int = 1) -> QLabel:
    """A heading label: larger and bold, relative to the current text size."""
    label = QLabel(text)
    label.setWordWrap(True)
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * {1: 1.6, 2: 1.3, 3: 1.1}.get(level, 1.0))
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


class PageScroll(QScrollArea):
    """The one vertical scroll of a page (made by ``scroll_page``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._relayouts = 0
        self._refit_timer = QTimer(self)
        self._refit_timer.setSingleShot(True)
        self._refit_timer.setInterval(0)
        self._refit_timer.timeout.connect(self.refit)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        self.watch(widget)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            QTimer.singleShot(0, self, self.relayout)  # wrapped texts take their new heights

    def watch(self, widget: QWidget) -> None:
        """A text deep inside that grows (a note, a message) may not reach the scroll area
        through Qt's layouts: every layout request in ``widget`` makes the page check its height."""
        for inner in (widget, *widget.findChildren(QWidget)):
            inner.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.refit_later()
        return super().eventFilter(watched, event)

    def refit_later(self) -> None:
        """Something inside changed its size: check the page's height once it is laid out."""
        if not self._refit_timer.isActive():
            self._refit_timer.start()

    def refit(self) -> None:
        """Give the page the height its text needs now. Qt's form layouts may keep a wrapped
        text's old height after it grew; then everything inside is laid out again (a few tries)."""
        content = self.widget()
        if content is None or not content.isVisible():
            return
        width = self.viewport().width()
        want = content.heightForWidth(width) if content.hasHeightForWidth() else content.sizeHint().height()
        height = max(want, self.viewport().height(), content.minimumSizeHint().height())
        if height != content.height():
            content.resize(content.width(), height)  # the area follows (it watches the resize)
        squeezed = [inner for inner in content.findChildren(QWidget)
                    if inner.isVisible() and inner.hasHeightForWidth() and inner.layout() is not None
                    and inner.height() < inner.heightForWidth(inner.width())]
        if squeezed and self._relayouts < 3:
            self._relayouts += 1
            self.relayout()
            for inner in squeezed:  # lay out the squeezed one's parent again, now
                parent = inner.parentWidget()
                layout = parent.layout() if parent is not None else None
                if layout is not None:
                    layout.invalidate()
                    layout.activate()
            self.refit_later()
        elif not squeezed:
            self._relayouts = 0

    def relayout(self) -> None:
        """Lay the page out again for its new width: form layouts keep the heights of wrapped
        texts from the old width (cut off at large sizes) until they are invalidated."""
        content = self.widget()
        if content is None:
            return
        for layout in content.findChildren(QLayout):
            layout.invalidate()
        top = content.layout()
        if top is not None:
            top.invalidate()


def scroll_page(content: QWidget, name: str = "") -> PageScroll:
    """Wrap a page so it scrolls at large text sizes instead of clipping: one vertical scroll,
    never sideways (the content is as wide as the view, so its text wraps). The area itself is
    no Tab stop (the fields inside are) and carries the page's name for screen readers."""
    area = PageScroll()
    area.setProperty("page_scroll", True)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if name:
        area.setAccessibleName(name)
    area.setWidget(content)
    return area


def page_layout(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    spacing = int(QApplication.font().pointSizeF())
    side = min(spacing * 2, 28)
    layout.setContentsMargins(side, spacing, side, spacing)
    layout.setSpacing(spacing)
    return layout
