"""The list of backups as a table: when, why, and what is in each one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.storage import backups
from app.storage.backups import BackupInfo
from app.words.backups import reason_text, summary_text, when_text
from app.words.i18n import tr

Index = QModelIndex | QPersistentModelIndex
PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class BackupTableModel(QAbstractTableModel):
    """The backups in one folder, newest first."""

    COLUMNS = ("when", "reason", "summary")

    def __init__(self, folder: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.rows: list[BackupInfo] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = backups.list_backups(self.folder) if self.folder is not None else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (tr("Made on"), tr("Why"), tr("What is in it"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        info = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            if column == "when":
                return when_text(info)
            if column == "reason":
                return reason_text(info.reason)
            return summary_text(info)
        if role == PATH_ROLE:
            return str(info.path)
        return None

    def info(self, row: int) -> BackupInfo | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None
