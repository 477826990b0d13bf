"""The shared base of the table models over the repository: one small model per list.

The models themselves live with their page (household/household_models.py,
plan/plan_models.py, kit/kit_models.py, together/contact_models.py).

Each model is a thin read-only adapter: it loads its records with ``beginResetModel`` when the
session says its kind changed, shows a few columns, and hands the record id out through
``ID_ROLE``. Editing happens in the form beside the table (easier with a screen reader and at
large text sizes than editing inside cells).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Slot

from app.ui.common.session import Session

ID_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """Records of one kind (of one parent, when set), shown in columns."""

    kind = ""
    optional_columns: tuple[int, ...] = ()  # may be hidden at large text, least important first

    def __init__(self, session: Session, parent_id: int | None = None) -> None:
        super().__init__(session)
        self.session = session
        self.parent_id = parent_id
        self.records: list[Any] = []
        self.session.changed.connect(self._on_changed)
        self.reload()

    # Subclasses: [(header, value function)]
    def columns(self) -> list[tuple[str, Callable[[Any], str]]]:
        raise NotImplementedError

    def load_records(self) -> list[Any]:
        return self.session.repository.list(self.kind, self.parent_id)

    def reload(self) -> None:
        self.beginResetModel()
        self.records = self.load_records()
        self._columns = self.columns()
        self.endResetModel()

    def set_parent_id(self, parent_id: int | None) -> None:
        self.parent_id = parent_id
        self.reload()

    @Slot(str)
    def _on_changed(self, kind: str) -> None:
        if kind in (self.kind, "*") or kind in self.depends_on():
            self.reload()

    def depends_on(self) -> tuple[str, ...]:
        return ()

    def row_of(self, record_id: Any) -> int:
        for row, record in enumerate(self.records):
            if record.id == record_id:
                return row
        return -1

    # --- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        record = self.records[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            return self._columns[index.column()][1](record)
        if role == ID_ROLE:
            return record.id
        if role == RECORD_ROLE:
            return record
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._columns):
            return self._columns[section][0]
        return None
