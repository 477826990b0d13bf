"""Table models over the repository: one small model per list, on one shared base.

Each model is a thin read-only adapter: it loads its records with ``beginResetModel`` when the
session says its kind changed, shows a few columns, and hands the record id out through
``ID_ROLE``. Editing happens in the form beside the table (easier with a screen reader and at
large text sizes than editing inside cells).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Slot

from app.core.fields import format_date
from app.ui.session import Session
from app.words.i18n import tr
from app.words.plan import age_group_labels

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



class MemberTableModel(RecordTableModel):
    """The people in the household."""

    kind = "member"
    optional_columns = (2,)

    def columns(self) -> list[tuple[str, Callable[[Any], str]]]:
        ages = age_group_labels()
        return [
            (tr("Name"), lambda m: m.name),
            (tr("Age"), lambda m: ages.get(m.age_group, "")),
            (tr("Needs help"), lambda m: tr("Yes") if m.has_needs else tr("No")),
        ]


class MedicineTableModel(RecordTableModel):
    """The medicines of one member."""

    kind = "medicine"
    optional_columns = (1,)

    def load_records(self) -> list[Any]:
        if self.parent_id is None:
            return []
        return self.session.repository.list(self.kind, self.parent_id)

    def columns(self) -> list[tuple[str, Callable[[Any], str]]]:
        return [
            (tr("Medicine"), lambda m: m.name),
            (tr("How much"), lambda m: m.dose),
            (tr("Days needed"), lambda m: str(m.days_needed)),
        ]


class PetTableModel(RecordTableModel):
    """The animals in the household."""

    kind = "pet"
    optional_columns = (2,)

    def columns(self) -> list[tuple[str, Callable[[Any], str]]]:
        return [
            (tr("Animal"), lambda p: p.species),
            (tr("How many"), lambda p: str(p.count)),
            (tr("Names"), lambda p: p.names),
        ]


class PickupTableModel(RecordTableModel):
    """Who fetches each child."""

    kind = "pickup"
    optional_columns = (2,)

    def depends_on(self) -> tuple[str, ...]:
        return ("member",)

    def columns(self) -> list[tuple[str, Callable[[Any], str]]]:
        names = {m.id: m.name for m in self.session.repository.list("member")}
        return [
            (tr("Child"), lambda p: names.get(p.child_id, "")),
            (tr("First"), lambda p: p.first_person),
            (tr("Backup"), lambda p: p.backup_person),
        ]


class CareTableModel(RecordTableModel):
    """Who needs extra help and who gives it."""

    kind = "care"

    def columns(self) -> list[tuple[str, Callable[[Any], str]]]:
        return [
            (tr("Who needs help"), lambda c: c.person),
            (tr("Who helps"), lambda c: c.helper),
        ]


class DocumentTableModel(RecordTableModel):
    """The register of important papers."""

    kind = "document"
    optional_columns = (2, 3, 1)

    def columns(self) -> list[tuple[str, Callable[[Any], str]]]:
        return [
            (tr("Document"), lambda d: d.what),
            (tr("Original"), lambda d: d.original_location),
            (tr("Copy"), lambda d: d.copy_location),
            (tr("Valid until"), lambda d: format_date(d.expires)),
        ]
