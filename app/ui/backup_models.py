"""The list of backups as a table: when, why, and what is in each one."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from app.exchange import words
from app.storage import backups
from app.storage.backups import BackupInfo
from app.ui.i18n import current_language, tr

Index = QModelIndex | QPersistentModelIndex
PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def reason_text(reason: str) -> str:
    """Why a backup was made, in words."""
    return {
        "start": tr("Automatic, once a day"),
        "manual": tr("Made by you"),
        "import": tr("Before an import"),
        "restore": tr("Before a backup was put back"),
        "replace": tr("Before all data was replaced"),
        "delete-all": tr("Before all data was deleted"),
    }.get(reason, tr("Backup"))


def _counted(count: int, one: str, many: str) -> str:
    return one if count == 1 else many.replace("%1", QLocale().toString(count))


def summary_text(info: BackupInfo) -> str:
    """"4 people, 8 contacts, 15 things in the kit", or that the file is damaged."""
    if info.ok is False:
        return tr("Damaged: this backup cannot be put back.")
    if info.members is None:
        return ""
    return ", ".join((
        _counted(info.members, tr("1 person"), tr("%1 people")),
        _counted(info.contacts or 0, tr("1 contact"), tr("%1 contacts")),
        _counted(info.stock or 0, tr("1 thing in the kit"), tr("%1 things in the kit")),
    ))


def failure_reason(error: BaseException) -> str:
    """Why a backup could not be made, in plain words for the sentence "Paraat could not make
    a backup: …" (never a path, never SQLite's English)."""
    if isinstance(error, backups.BackupError):
        return tr("the new backup did not pass its check")
    if isinstance(error, OSError):
        if error.errno in (errno.EEXIST, errno.ENOTDIR):
            return tr("there is a file where the backups folder should be")
        if error.errno == errno.ENOENT:
            return tr("the backups folder is not there (is the disk or USB stick connected?)")
        if error.errno in (errno.EACCES, errno.EPERM):
            return tr("Paraat may not write in the backups folder")
        return words.os_error_reason(error, current_language())
    if isinstance(error, sqlite3.Error):
        return words.save_error_reason(error, current_language())
    return tr("something went wrong while writing")


def failure_text(error: BaseException) -> str:
    """The whole message when a backup failed: what happened, why, and what it means."""
    return tr("Paraat could not make a backup: %1. Your data itself is saved. Paraat tries "
              "again next time.").replace("%1", failure_reason(error))


def when_text(info: BackupInfo) -> str:
    """"Saturday 28 November 2026, 04:15" in the current language."""
    day = QLocale().toString(info.when.date(), QLocale.FormatType.LongFormat)
    return f"{day}, {info.when.strftime('%H:%M')}"


class BackupTableModel(QAbstractTableModel):
    """The backups in one folder, newest first."""

    COLUMNS = ("when", "reason", "summary")

    def __init__(self, folder: Path | None, parent=None) -> None:  # noqa: ANN001 - QObject
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
