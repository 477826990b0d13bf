"""Table models for the emergency kit: the kit list, the stock, and the shopping list.

``KitTableModel`` and ``ShoppingTableModel`` show a computed ``KitReport``; ``StockTableModel``
shows stock entries from the repository. Each can be filtered by typed text and sorted
through ``search_proxy.SearchProxy``, with one precomputed lower-case text per row.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app import commands
from app.core.fields import expiry_day, format_date, format_expiry
from app.core.records import Stock, ToBuy
from app.core.supplies import ItemStatus, KitReport, is_expired, last_day
from app.ui.common.contrast import current_theme
from app.ui.common.session import Session
from app.ui.common.table_models import ID_ROLE, RECORD_ROLE, RecordTableModel
from app.words.i18n import current_language, tr
from app.words.kit import category_labels, item_label, not_needed_text, origin_labels, quantity_text

Index = QModelIndex | QPersistentModelIndex


def muted_colour() -> QColor:
    """Greyed text that is still easy to read: the theme's muted text (at least 4.5:1, or 7:1 in
    high contrast, on the table's background; see app/ui/common/contrast.py)."""
    return QColor(current_theme().muted_text)


expiry_text = functools.lru_cache(maxsize=8192)(format_expiry)
"""``format_expiry`` once per distinct stored date (20,000 entries share a few hundred)."""


def medicine_names(session: Session) -> dict[str, str]:
    """"medicine:<id>" → "name (member)"."""
    return commands.medicine_names(session.repository)


class ReportTableModel(RecordTableModel):
    """Rows from the session's kit report, recomputed whenever the household or stock changes."""

    kind = "stock"
    report: KitReport | None = None
    _texts: list[list[str]] = []  # noqa: RUF012  # each row's cells, set by load_records and reload

    def depends_on(self) -> tuple[str, ...]:
        return ("member", "medicine", "pet", "settings", "home", "not_needed", "to_buy")

    def report_rows(self, report: KitReport) -> list[Any]:
        raise NotImplementedError

    def load_records(self) -> list[Any]:
        self.report = self.session.kit_report()
        rows = self.report_rows(self.report)
        self._columns = self.columns()
        self._texts = self._cells(rows, self._columns)
        self.search_texts = [" ".join(texts).lower() for texts in self._texts]
        return rows

    @staticmethod
    def _cells(rows: list[Any], columns: list[tuple[str, Callable[[Any], str]]]) -> list[list[str]]:
        # each cell once per change: a cell such as "best before" looks at every entry of its
        # item, and the view, the column fit and the search ask for it again and again
        return [[str(getter(row)) for _, getter in columns] for row in rows]

    def reload(self) -> None:
        """Read the kit report again; when every cell stays the same (a name, a phone number,
        an entry that keeps well past the horizon) the rows are updated in place without a
        reset, so the view, the column fit and the search have nothing to do."""
        if self.records:
            self.report = self.session.kit_report()
            rows = self.report_rows(self.report)
            columns = self.columns()
            texts = self._cells(rows, columns)
            same_rows = [s.requirement.item.id for s in rows] == [s.requirement.item.id for s in self.records]
            if same_rows and texts == self._texts and [c[0] for c in columns] == [c[0] for c in self._columns]:
                self.records, self._columns = rows, columns
                return
            self.beginResetModel()
            self.records, self._columns, self._texts = rows, columns, texts
            self.search_texts = [" ".join(cells).lower() for cells in texts]
            self.endResetModel()
            return
        self.search_texts = []
        super().reload()

    def row_of(self, record_id: Any) -> int:
        for row, status in enumerate(self.records):
            if status.requirement.item.id == record_id:
                return row
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        status: ItemStatus = self.records[index.row()]
        if role == ID_ROLE:
            return status.requirement.item.id
        if role == RECORD_ROLE:
            return status
        if status.requirement.not_needed is not None:  # greyed and italic; the row says why in words
            if role == Qt.ItemDataRole.ForegroundRole:
                return muted_colour()
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole) and index.row() < len(self._texts) \
                and 0 <= index.column() < len(self._texts[index.row()]):
            return self._texts[index.row()][index.column()]
        return super().data(index, role)

    def sort_key(self, row: int, column: int) -> Any:
        """What the search proxy sorts on (see search_proxy.py)."""
        return self._texts[row][column].lower()

    def column_texts(self, column: int) -> list[str]:
        """Every row's text in ``column`` (for the column's width)."""
        return [cells[column] for cells in self._texts if 0 <= column < len(cells)]



class KitTableModel(ReportTableModel):
    """The recommended kit for this household, item by item, with what is there."""

    optional_columns = (4, 5, 1)

    def report_rows(self, report: KitReport) -> list[Any]:
        return list(report.statuses)

    def columns(self) -> list[tuple[str, Callable[[Any], str]]]:
        language = current_language()

        def name(status: ItemStatus) -> str:
            item = status.requirement.item
            label = item.label(language)
            return f"{label} ({status.requirement.subject})" if status.requirement.subject else label

        def have(status: ItemStatus) -> str:
            text = quantity_text(status.present, status.requirement.item.unit)
            return f"✔ {text}" if status.missing <= 0 and status.requirement.not_needed is None else text

        def still_needed(status: ItemStatus) -> str:
            if status.requirement.not_needed is not None:
                return not_needed_text(status.requirement.not_needed)
            return quantity_text(status.missing, status.requirement.item.unit, up=True) if status.missing else tr("Nothing")

        return [
            (tr("Item"), name),
            (tr("Needed"), lambda s: quantity_text(s.required, s.requirement.item.unit)),
            (tr("You have"), have),
            (tr("Still needed"), still_needed),
            (tr("Where"), lambda s: ", ".join(s.locations)),
            (tr("Best before"), self._best_before),
        ]

    def _best_before(self, status: ItemStatus) -> str:
        text = format_expiry(status.earliest_expiry)
        if text and self.report is not None:
            last = expiry_day(status.earliest_expiry)
            if last is not None and last < self.report.today:
                return f"⚠ {text}"
        return text


class ShoppingTableModel(ReportTableModel):
    """What is still missing from the kit."""

    optional_columns = (2,)

    def report_rows(self, report: KitReport) -> list[Any]:
        return list(report.shopping)

    def columns(self) -> list[tuple[str, Callable[[Any], str]]]:
        categories = category_labels()
        language = current_language()
        return [
            (tr("Item"), lambda s: s.requirement.item.label(language)),
            (tr("To buy"), lambda s: quantity_text(s.missing, s.requirement.item.unit)),
            (tr("Kind"), lambda s: categories.get(s.requirement.item.category, "")),
        ]


class StockTableModel(RecordTableModel):
    """Stock entries (all, or those of one kit item), first-expiring-first."""

    kind = "stock"
    optional_columns = (4, 2)

    def __init__(self, session: Session, item_id: str | None = None) -> None:
        self.item_id = item_id
        self._medicines: dict[str, str] = {}
        self._labels: dict[tuple[str, str], str] = {}  # (item id, name): label, until the next load
        super().__init__(session)

    def depends_on(self) -> tuple[str, ...]:
        return ("medicine", "member")

    def set_item(self, item_id: str | None) -> None:
        self.item_id = item_id
        self.reload()

    def _on_changed(self, kind: str) -> None:
        """A member or medicine matters only for the names of medicine entries: when those
        stay the same (a member's name without medicines, a medicine's dose), nothing to do."""
        if kind in ("member", "medicine") and medicine_names(self.session) == self._medicines:
            return
        super()._on_changed(kind)

    def load_records(self) -> list[Stock]:
        self._medicines = medicine_names(self.session)
        self._labels = {}
        self._today = self.session.today()
        records = self.session.repository.list("stock")
        if self.item_id is not None:
            records = [entry for entry in records if entry.item_id == self.item_id]
        return records

    def label(self, entry: Stock) -> str:
        """The entry's item in words; worked out once per item (and own name) per load: 20,000
        entries name a few dozen items, and the catalogue look-up and language are not free."""
        key = (entry.item_id, entry.name)
        text = self._labels.get(key)
        if text is None:
            text = self._labels[key] = item_label(entry.item_id, entry.name, self._medicines)
        return text

    def columns(self) -> list[tuple[str, Callable[[Any], str]]]:
        def best_before(entry: Stock) -> str:
            text = expiry_text(entry.expires)
            return f"⚠ {text} " + tr("(expired)") if text and is_expired(entry, self._today) else text

        return [
            (tr("Item"), self.label),
            (tr("How much"), lambda e: quantity_text(e.quantity, e.unit)),
            (tr("Where"), lambda e: e.location),
            (tr("Best before"), best_before),
            (tr("In grab bag"), lambda e: tr("Yes") if e.grab_bag else ""),
        ]

    def reload(self) -> None:
        self._search_texts: list[str] | None = None
        super().reload()

    @property
    def search_texts(self) -> list[str]:
        """One lower-case text per row, worked out when the search first needs it (the first
        key typed), not on every load: the page opens without reading 20,000 texts."""
        if self._search_texts is None or len(self._search_texts) != len(self.records):
            self._search_texts = [
                " ".join((self.label(e), e.location, expiry_text(e.expires), e.notes)).lower()
                for e in self.records
            ]
        return self._search_texts

    def sort_key(self, row: int, column: int) -> Any:
        """What the search proxy sorts on: dates as dates, amounts by unit and size."""
        entry = self.records[row]
        if column == 3:
            return (last_day(entry.expires) or _FAR, entry.id or 0)
        if column == 1:
            return (entry.unit, entry.quantity)
        return str(self._columns[column][1](entry)).lower()


_FAR = datetime.date(9999, 12, 31)


class ToBuyTableModel(RecordTableModel):
    """The household's own things to buy (not in the kit list), newest last."""

    kind = "to_buy"
    optional_columns = (3, 1)

    def columns(self) -> list[tuple[str, Callable[[Any], str]]]:
        origins = origin_labels()
        return [
            (tr("Item"), lambda t: t.name),
            (tr("Note"), lambda t: t.notes),
            (tr("Where from"), lambda t: origins.get(t.origin, t.origin)),
            (tr("Added on"), lambda t: format_date(t.added)),
        ]

    def label(self, entry: ToBuy) -> str:
        return entry.name

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The name's tooltip and spoken text carry the note too: at large text the note's
        column may be hidden."""
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) and index.isValid() \
                and index.column() == 0 and 0 <= index.row() < len(self.records):
            entry: ToBuy = self.records[index.row()]
            return f"{entry.name} — {entry.notes}" if entry.notes else entry.name
        return super().data(index, role)
