"""A table that hides its less important columns when the text is too large to fit them all.

At 24-point text a six-column table on a library screen would elide every cell to "Dri…".
The model names the columns that may go (``optional_columns``, least important first); the
table hides as many as it must so the others stay readable. Every value stays visible in the
form beside the table and in the row's tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTableView


class FitTableView(QTableView):
    """A QTableView that drops optional columns instead of squeezing every column."""

    MIN_CHARS = 9  # a column narrower than this many characters is not worth showing

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self.fit_columns)
        self.fit_columns()

    def _optional(self) -> list[int]:
        model = self.model()
        while model is not None and not hasattr(model, "optional_columns") and hasattr(model, "sourceModel"):
            model = model.sourceModel()
        return list(getattr(model, "optional_columns", []))

    def fit_columns(self) -> None:
        model = self.model()
        if model is None:
            return
        metrics = self.fontMetrics()
        header = self.horizontalHeader()
        needed = {
            column: max(metrics.horizontalAdvance(str(model.headerData(column, header.orientation()) or "")),
                        metrics.averageCharWidth() * self.MIN_CHARS) + 2 * metrics.averageCharWidth()
            for column in range(model.columnCount())
        }
        available = self.viewport().width()
        hidden: set[int] = set()
        for column in self._optional():
            if sum(width for col, width in needed.items() if col not in hidden) <= available:
                break
            hidden.add(column)
        for column in range(model.columnCount()):
            self.setColumnHidden(column, column in hidden)
