"""A sort-and-filter proxy that works on whole lists at once, so 10,000 rows stay quick.

QSortFilterProxyModel asks Python once per row for every keystroke (filterAcceptsRow) and
once per comparison when sorting; with 10,000 stock entries that is too slow to feel instant.
This proxy asks the source model for one precomputed lower-case search text per row and one
sort key per row and column, filters and sorts those lists in one pass, and maps rows with
two lookup tables. Views only ever touch the rows they show.

The source model must be a flat table model offering ``search_texts: list[str]`` and
``sort_key(row, column)``; it signals changes with model resets (ours all do).
``search_box`` makes the field people type in.
"""

from __future__ import annotations

from typing import Any, Protocol, cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import QLineEdit, QToolButton

from app.words.i18n import tr

Index = QModelIndex | QPersistentModelIndex


class SortKeys(Protocol):
    """What the source model offers besides Qt's model interface (module docstring)."""

    def sort_key(self, row: int, column: int) -> Any: ...


def search_box(name: str, placeholder: str) -> QLineEdit:
    box = QLineEdit()
    box.setObjectName(name)
    box.setPlaceholderText(placeholder)
    box.setAccessibleName(placeholder)
    box.setClearButtonEnabled(True)
    for button in box.findChildren(QToolButton):  # Qt's ✕ button: a screen reader reads its name
        button.setAccessibleName(tr("Clear the search"))
    return box


class SearchProxy(QAbstractProxyModel):
    """Shows the source rows that contain every typed word, in the chosen sort order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._rows: list[int] = []
        self._position_of: dict[int, int] | None = {}  # source row → shown row; None: not yet
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._keys: dict[int, list[Any]] = {}  # sort keys per column, until the source resets
        # the words last searched for and the source rows they matched, until the source resets
        self._matched: tuple[list[str], list[int]] | None = None

    # --- source -----------------------------------------------------------------------------

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        old = self.sourceModel()
        if old is not None:
            for signal, slot in self._links(old):
                signal.disconnect(slot)
        self.beginResetModel()
        super().setSourceModel(model)
        self._keys.clear()
        self._matched = None
        for signal, slot in self._links(model):
            signal.connect(slot)
        self._compute()
        self.endResetModel()

    def _links(self, model: QAbstractItemModel) -> list[tuple[Any, Any]]:
        return [
            (model.modelAboutToBeReset, self.beginResetModel),
            (model.modelReset, self._source_reset),
            (model.dataChanged, self._source_data_changed),
            (model.headerDataChanged, self.headerDataChanged),
        ]

    @Slot()
    def _source_reset(self) -> None:
        self._keys.clear()
        self._matched = None
        self._compute()
        self.endResetModel()

    @Slot(QModelIndex, QModelIndex)
    def _source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Any = None) -> None:
        for row in range(top_left.row(), bottom_right.row() + 1):
            position = self._positions().get(row)
            if position is not None:
                self.dataChanged.emit(self.index(position, top_left.column()),
                                      self.index(position, bottom_right.column()))

    def _compute(self) -> None:
        source = self.sourceModel()
        if source is None:
            self._rows, self._position_of = [], {}
            return
        count = source.rowCount()
        words = self._words
        # asked only when something is typed: a model may work its texts out on first use
        texts: list[str] = getattr(source, "search_texts", []) if words else []
        if words and len(texts) == count:
            candidates: range | list[int] = range(count)
            if self._matched is not None:  # typing on: only the rows shown can still match
                before, matched = self._matched
                if all(any(old in new for new in words) for old in before):
                    candidates = matched
            if len(words) == 1:
                word = words[0]
                rows = [row for row in candidates if word in texts[row]]
            else:
                rows = [row for row in candidates if all(word in texts[row] for word in words)]
            self._matched = (words, list(rows))  # in the source's order, before sorting
        else:
            rows = list(range(count))
            self._matched = None
        if 0 <= self._sort_column < source.columnCount():
            column = self._sort_column
            if column not in self._keys:
                sortable = cast(SortKeys, source)
                self._keys[column] = [sortable.sort_key(row, column) for row in range(count)]
            keys = self._keys[column]
            rows.sort(key=keys.__getitem__, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        self._rows = rows
        self._position_of = None  # worked out when first asked (a sort or a key typed need not)

    def _positions(self) -> dict[int, int]:
        if self._position_of is None:
            self._position_of = {row: position for position, row in enumerate(self._rows)}
        return self._position_of

    # --- filtering and sorting --------------------------------------------------------------

    @Slot(str)
    def set_search(self, text: str) -> None:
        """Show only rows containing every word of ``text`` (case does not matter)."""
        words = text.lower().split()
        if words == self._words:
            return
        self.beginResetModel()
        self._words = words
        self._compute()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.beginResetModel()
        self._sort_column, self._sort_order = column, order
        self._compute()
        self.endResetModel()

    # --- the proxy interface ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not 0 <= row < len(self._rows) or not 0 <= column < self.columnCount():
            return QModelIndex()
        return self.createIndex(row, column)

    # PySide6's stubs overload parent() as QObject's (no argument) and the model's (an index);
    # a flat proxy answers both with "no parent row", as it always has.
    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        source = self.sourceModel()
        return 0 if parent.isValid() or source is None else source.columnCount()

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._rows)

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        if not proxy_index.isValid() or not 0 <= proxy_index.row() < len(self._rows):
            return QModelIndex()
        return self.sourceModel().index(self._rows[proxy_index.row()], proxy_index.column())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The source's data straight from the row table: a view measuring its columns asks
        for a dozen roles per cell, and Qt's own path goes through mapToSource each time."""
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._rows):
            return None
        source = self.sourceModel()
        return source.data(source.index(self._rows[row], index.column()), role)

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        position = self._positions().get(source_index.row())
        return QModelIndex() if position is None else self.index(position, source_index.column())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and self.sourceModel() is not None:
            return self.sourceModel().headerData(section, orientation, role)
        return None
