"""The kit page's entries past or near their date: one summary line and one table.

However many entries there are (20,000 that all go off soon is possible), the page holds the
same widgets: a summary ("12 things are past their date. 30 go off within 60 days."), a
table over ``ExpiringModel`` (the view draws only the rows on screen) and one button that
stops or restarts the reminders for the selected entry. A change resets the model in place;
the widgets stay.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView

from app.core.records import Stock
from app.core.supplies import EXPIRY_WINDOW_DAYS, KitReport
from app.ui.common.fit_table import FitTableView, list_table
from app.ui.common.table_models import ID_ROLE, RECORD_ROLE
from app.ui.kit.kit_models import expiry_text
from app.words.i18n import tr
from app.words.numbers import plural

Index = QModelIndex | QPersistentModelIndex


def expiring_summary(expired: int, soon: int) -> str:
    """One line for the whole list, with the right singular or plural."""
    if not expired and not soon:
        return tr("Nothing is past its date, and nothing goes off in the next %1 days.").replace(
            "%1", str(EXPIRY_WINDOW_DAYS))
    parts = []
    if expired:
        parts.append(plural(expired, tr("1 thing is past its date."), tr("%1 things are past their date.")))
    if soon:
        parts.append(plural(soon, tr("1 thing goes off within %2 days."),
                            tr("%1 things go off within %2 days.")).replace("%2", str(EXPIRY_WINDOW_DAYS)))
    parts.append(tr("Use these first or replace them. If you decided to keep something, stop the reminders for it."))
    return " ".join(parts)


class ExpiringModel(QAbstractTableModel):
    """Entries past their date first, then those going off soon, each with its reminder state."""

    optional_columns = (1,)

    def __init__(self, label: Callable[[Stock], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._label = label
        self.rows: list[Stock] = []
        self.expired_count = 0
        self._filled = False  # shown a report yet
        self._columns = self.columns()

    def show_report(self, report: KitReport) -> bool:
        """Show the report's entries (a model reset: the view keeps its widgets); False when
        they are the very same entries as shown (an edit elsewhere: the stock was not read
        again), so 20,000 rows are not reset, measured and selected again."""
        rows = [*report.expiry.expired, *report.expiry.soon]
        if self._filled and len(report.expiry.expired) == self.expired_count \
                and len(rows) == len(self.rows) \
                and all(new is old for new, old in zip(rows, self.rows, strict=True)):
            if rows:  # a medicine's name may have changed: the view draws its cells again
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 0))
            return False
        self._filled = True
        self.beginResetModel()
        self.expired_count = len(report.expiry.expired)
        self.rows = rows
        self._columns = self.columns()
        self.endResetModel()
        return True

    def row_of(self, entry_id: Any) -> int:
        return next((row for row, entry in enumerate(self.rows) if entry.id == entry_id), -1)

    def columns(self) -> list[tuple[str, Callable[[int, Stock], str]]]:
        def what(row: int, entry: Stock) -> str:  # past its date: marked where it is read first
            return "⚠ " + self._label(entry) if row < self.expired_count else self._label(entry)

        return [
            (tr("What"), what),
            (tr("Where"), lambda row, entry: entry.location or "?"),
            (tr("Best before"), lambda row, entry: expiry_text(entry.expires)),
            (tr("Reminders"), lambda row, entry: tr("Off") if entry.dont_remind else tr("On")),
        ]

    def spoken(self, row: int, entry: Stock) -> str:
        """The whole row in words: at large text some cells are cut short or hidden."""
        date = expiry_text(entry.expires)
        when = (tr("past since %1") if row < self.expired_count else tr("best before %1")).replace("%1", date)
        reminders = tr("Reminders") + ": " + (tr("Off") if entry.dont_remind else tr("On"))
        return ", ".join((self._label(entry), entry.location or "?", when, reminders))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, entry = index.row(), self.rows[index.row()]
        if role == ID_ROLE:
            return entry.id
        if role == RECORD_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[index.column()][1](row, entry)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.spoken(row, entry)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._columns):
            return self._columns[section][0]
        return None


def expiring_table(model: ExpiringModel) -> FitTableView:
    """The table over ``model``; the model is set first: a header's per-column modes set
    before it has columns are lost when the columns come (the name then did not stretch)."""
    table = list_table("kit.expiring_table", tr("Past its date or going off soon"), model)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name: what is left
    header.setStretchLastSection(False)
    header.setResizeContentsPrecision(100)  # 20,000 rows: measure 100 of them, not all
    table.verticalHeader().setResizeContentsPrecision(100)
    return table
