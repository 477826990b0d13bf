"""Words for backups: why one was made, what is in it, when it was made, and why one could not
be made (never a path, never SQLite's English)."""

from __future__ import annotations

import errno
import sqlite3

from PySide6.QtCore import QDate, QLocale

from app.storage import backups
from app.storage.backups import BackupInfo
from app.words import bilingual
from app.words.i18n import current_language, tr
from app.words.numbers import plural


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


def summary_text(info: BackupInfo) -> str:
    """"4 people, 8 contacts, 15 things in the kit", or that the file is damaged."""
    if info.ok is False:
        return tr("Damaged: this backup cannot be put back.")
    if info.members is None:
        return ""
    return ", ".join((
        plural(info.members, tr("1 person"), tr("%1 people")),
        plural(info.contacts or 0, tr("1 contact"), tr("%1 contacts")),
        plural(info.stock or 0, tr("1 thing in the kit"), tr("%1 things in the kit")),
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
        return bilingual.os_error_reason(error, current_language())
    if isinstance(error, sqlite3.Error):
        return bilingual.save_error_reason(error, current_language())
    return tr("something went wrong while writing")


def failure_text(error: BaseException) -> str:
    """The whole message when a backup failed: what happened, why, and what it means."""
    return tr("Paraat could not make a backup: %1. Your data itself is saved. Paraat tries "
              "again next time.").replace("%1", failure_reason(error))


def when_text(info: BackupInfo) -> str:
    """"Saturday 28 November 2026, 04:15" in the current language."""
    when = info.when
    day = QLocale().toString(QDate(when.year, when.month, when.day), QLocale.FormatType.LongFormat)
    return f"{day}, {info.when.strftime('%H:%M')}"
