"""The layout of the notices above the pages (kit reminder, damaged entries, backup problem,
public computer), so they stay small at any text size: the buttons beside the text while that
makes the notice lower, under it (side by side, wrapping) when the window is narrow.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.flow_layout import FlowLayout
from app.words.i18n import tr


class _Reflow(QObject):
    """Puts the buttons beside or under the text, whichever makes the notice lower, whenever
    the notice changes width."""

    def __init__(self, frame: QFrame, layout: QBoxLayout, texts: Sequence[QWidget], buttons: QWidget,
                 members: Sequence[QAbstractButton]) -> None:
        super().__init__(frame)
        self.frame = frame
        self.layout = layout
        self.texts = list(texts)
        self.buttons = buttons
        self.members = list(members)
        frame.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LayoutRequest) \
                and isinstance(watched, QWidget):  # also when the text changed
            self.arrange(watched.width())
        return False

    def row_width(self) -> int:
        shown = [button for button in self.members if not button.isHidden()]
        return sum(button.sizeHint().width() for button in shown) + 6 * max(0, len(shown) - 1)

    def text_height(self, width: int) -> int:
        heights = [text.heightForWidth(width) if text.hasHeightForWidth() else text.sizeHint().height()
                   for text in self.texts if not text.isHidden()]
        return sum(heights) + self.layout.spacing() // 2 * max(0, len(heights) - 1)

    def arrange(self, width: int) -> None:
        margins = self.layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        row = self.row_width()
        button_height = max((button.sizeHint().height() for button in self.members), default=0)
        room = inner - row - self.layout.spacing()
        beside_height = max(self.text_height(room), button_height) if room > inner // 3 else 1 << 30
        flow = self.buttons.layout()
        under_height = (self.text_height(inner) + self.layout.spacing()
                        + (flow.heightForWidth(inner) if flow is not None else button_height))
        beside = beside_height <= under_height
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self.layout.direction() != direction:
            self.layout.setDirection(direction)
        # beside the text the buttons keep one row; under it they may wrap
        self.buttons.setMinimumWidth(row if beside else 0)


def arrange_banner(frame: QFrame, texts: Sequence[QWidget], buttons: Sequence[QAbstractButton]) -> QBoxLayout:
    """Lay out ``frame`` as a compact notice: ``texts`` (word-wrapped labels) over each other,
    ``buttons`` beside them when there is room, else under them."""
    layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, frame)
    spacing = max(4, frame.fontMetrics().height() // 4)
    layout.setContentsMargins(spacing * 2, spacing // 2, spacing * 2, spacing // 2)  # little height
    layout.setSpacing(spacing // 2)
    column = QVBoxLayout()
    column.setSpacing(spacing // 2)
    for text in texts:
        column.addWidget(text)
    layout.addLayout(column, 1)
    row = QWidget()
    row.setObjectName(f"{frame.objectName()}.buttons")
    flow = FlowLayout(row, spacing=6)
    flow.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        flow.addWidget(button)
    layout.addWidget(row)
    reflow = _Reflow(frame, layout, texts, row, buttons)
    reflow.arrange(frame.width())
    return layout


def show_and_close(frame: QFrame, name: str, show: str) -> tuple[QLabel, QPushButton, QPushButton]:
    """Make ``frame`` (named ``name``) a notice of one text with a button that shows the matter
    (``show``) and "Close", which hides the notice; hidden until it has something to say.
    Returns the text, the show button and the close button (the kit reminder, the backup problem)."""
    frame.setObjectName(name)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    text = QLabel()
    text.setObjectName(f"{name}.text")
    text.setWordWrap(True)
    show_button = QPushButton(show)
    show_button.setObjectName(f"{name}.show")
    close_button = QPushButton(tr("Close"))
    close_button.setObjectName(f"{name}.close")
    arrange_banner(frame, [text], [show_button, close_button])
    close_button.clicked.connect(frame.hide)
    frame.setVisible(False)
    return text, show_button, close_button
