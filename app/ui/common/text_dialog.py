"""A dialog sized for its wrapped texts at the text size in use.

Qt gives a dialog the width of its widest line and does not make it taller when word-wrapped
labels need more lines at that width; at 24 pt the last line of a hint would be cut off.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QDialog


class TextDialog(QDialog):
    """A QDialog about ``WIDTH_CHARS`` characters wide and tall enough for its wrapped texts."""

    WIDTH_CHARS = 40

    def showEvent(self, event: QShowEvent) -> None:
        # set when shown: the window's font (the text size in use) is known by then
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * self.WIDTH_CHARS)
        super().showEvent(event)
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            self.setMinimumHeight(layout.heightForWidth(self.width()))
