"""A check box, a radio button and a push button whose text wraps (issue 18, "Layouts that reflow").

Qt's QCheckBox and QRadioButton draw their text on one line, so a long text at a large size
makes the page wider than the window. ``WrapCheckBox`` and ``WrapRadioButton`` are the same
buttons (same text, mnemonic, accessible name, focus ring and mark from the style sheet), but
they break their text over lines when there is not room for one: ``heightForWidth`` says how
high they are at a width, ``minimumSizeHint`` is the mark and the longest word, and a click
anywhere on the text toggles them. ``WrapPushButton`` does the same for a push button.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

_FLAGS = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic
_HUGE = 1 << 20


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class _Wrapping:
    """What both wrapping buttons share; mixed in before the Qt class."""

    _content: QStyle.ContentsType
    _contents_rect: QStyle.SubElement
    _control: QStyle.ControlElement

    def _setup(self) -> None:
        widget: QWidget = self  # type: ignore[assignment]
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        widget.setSizePolicy(policy)

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)  # type: ignore[attr-defined]
        return option

    def _extra(self) -> QSize:
        """Room around the text: the mark, the spacing, the focus border."""
        widget: QWidget = self  # type: ignore[assignment]
        option = self._option()
        line = widget.fontMetrics().height()
        size = widget.style().sizeFromContents(self._content, option, QSize(0, line), widget)
        return QSize(size.width(), size.height() - line)

    def _text_height(self, text_width: int) -> int:
        widget: QWidget = self  # type: ignore[assignment]
        text = widget.text()  # type: ignore[attr-defined]
        metrics = widget.fontMetrics()
        if not text:
            return metrics.height()
        return metrics.boundingRect(QRect(0, 0, max(1, text_width), _HUGE), _FLAGS, text).height()

    def _longest_word(self) -> int:
        widget: QWidget = self  # type: ignore[assignment]
        metrics = widget.fontMetrics()
        words = _plain(widget.text()).split()  # type: ignore[attr-defined]
        return max((metrics.horizontalAdvance(word) for word in words), default=0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        extra = self._extra()
        one_line: int = super().sizeHint().height()  # type: ignore[misc]
        return max(one_line, extra.height() + self._text_height(width - extra.width()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        full = super().sizeHint()  # type: ignore[misc]
        width = min(full.width(), self._extra().width() + self._longest_word() + 1)
        return QSize(width, full.height())

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 (Qt's name)
        widget: QWidget = self  # type: ignore[assignment]
        return widget.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        widget: QWidget = self  # type: ignore[assignment]
        option = self._option()
        text = option.text
        contents = widget.style().subElementRect(self._contents_rect, option, widget)
        painter = QStylePainter(widget)
        option.text = ""  # the style draws the frame, focus ring and mark; the text comes next
        painter.drawControl(self._control, option)
        if not text:
            return
        flags = int(_FLAGS | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if not widget.style().styleHint(QStyle.StyleHint.SH_UnderlineShortcut, option, widget):
            flags |= int(Qt.TextFlag.TextHideMnemonic)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        widget.style().drawItemText(painter, contents, flags, option.palette, widget.isEnabled(), text,
                                    widget.foregroundRole())


class WrapCheckBox(_Wrapping, QCheckBox):
    """A QCheckBox whose text wraps."""

    _content = QStyle.ContentsType.CT_CheckBox
    _contents_rect = QStyle.SubElement.SE_CheckBoxContents
    _control = QStyle.ControlElement.CE_CheckBox

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup()


class WrapRadioButton(_Wrapping, QRadioButton):
    """A QRadioButton whose text wraps."""

    _content = QStyle.ContentsType.CT_RadioButton
    _contents_rect = QStyle.SubElement.SE_RadioButtonContents
    _control = QStyle.ControlElement.CE_RadioButton

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup()


def wrap_lines(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` with line breaks so that each line is at most ``width`` wide where the words
    allow it (a word longer than the width gets a line of its own); & marks are not counted."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            attempt = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(_plain(attempt)) > width:
                lines.append(line)
                line = word
            else:
                line = attempt
        lines.append(line)
    return "\n".join(lines)


class WrapPushButton(QPushButton):
    """A QPushButton whose text goes over more lines when the button gets less than its width
    (in a FlowLayout, a form or a column): same text, mnemonic and accessible name."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)  # may grow: wrapped
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _extra(self) -> QSize:
        """Room around the text: the bevel, the padding and an icon."""
        full = super().sizeHint()
        text = self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, self.text())
        return QSize(max(0, full.width() - text.width()), max(0, full.height() - text.height()))

    def _wrapped(self, width: int) -> str:
        return wrap_lines(self.text(), self.fontMetrics(), max(1, width - self._extra().width()))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return bool(self.text())

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        if width >= super().sizeHint().width():
            return super().sizeHint().height()
        text = self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, self._wrapped(width))
        return max(super().sizeHint().height(), text.height() + self._extra().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        full = super().sizeHint()
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(word) for word in _plain(self.text()).split()), default=0)
        return QSize(min(full.width(), self._extra().width() + longest + 1), full.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if self.width() >= super().sizeHint().width():
            super().paintEvent(event)
            return
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = self._wrapped(self.width())
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)
