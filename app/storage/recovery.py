"""Opening the household's file at start, and recovering when it is damaged.

Order matters (RELIABILITY.md §1.3): SQLite opens the file first, read-write, so a hot
``-journal`` left by a power cut is rolled back as SQLite intends; a journal is never moved or
deleted before that. Then ``PRAGMA integrity_check`` (indexes too: a query sorted by a damaged
index fails even when ``quick_check`` passes), every row read once (text must still be UTF-8),
and a check that the tables and columns are the ones this version's migrations make. A file
that fails is moved aside (with its journal, under a name with the date and time; never
deleted), the newest backup that passes its own full check is put in its place (older ones are
tried when a newer one is damaged), and the caller is told what happened, so it can tell the
user in plain words. With no good backup Paraat starts fresh and says so; the damaged file
stays where the message says.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from app.storage import backups
from app.storage.database import MEMORY, DamagedDatabase, DataFolderError, UnsafeSettings
from app.storage.repository import Repository
from app.storage.schema import SchemaTooNew

log = logging.getLogger(__name__)

OK, RESTORED, FRESH = "ok", "restored", "fresh"
_BUSY_SECONDS = 2.0


@dataclass(frozen=True)
class Recovery:
    """What happened while opening the file.

    ``status``: "ok" (nothing wrong), "restored" (damaged; a backup was put back) or "fresh"
    (damaged; no good backup, an empty household was started). ``problem`` says what was
    wrong ("cannot_open", "check_failed", "schema", "not_paraat"); ``damaged_as`` is where the
    damaged file is now; ``restored`` the backup that was put back; ``skipped`` backups that
    failed their check on the way.
    """

    status: str = OK
    problem: str = ""
    damaged_as: Path | None = None
    restored: backups.BackupInfo | None = None
    skipped: tuple[Path, ...] = field(default=())


def _journal(path: Path) -> Path:
    return Path(f"{path}-journal")


def diagnose(database: Path) -> str:
    """"" when the file at ``database`` is a sound Paraat file, else what is wrong.

    Raises SchemaTooNew for a file from a newer Paraat and DataFolderError when the file is
    fine but cannot be used now (no permission, in use by another program).
    """
    if not os.access(database, os.R_OK | os.W_OK) or not os.access(
            database.parent, os.W_OK | os.X_OK):
        raise DataFolderError(database, "no permission to read and write this file")
    uri = database.absolute().as_uri() + "?mode=rw"
    try:
        connection = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=_BUSY_SECONDS,
                                     check_same_thread=False)
    except sqlite3.Error:
        return "cannot_open"
    try:
        check = backups.check_connection(connection, full=True)
    except sqlite3.OperationalError as error:
        text = str(error)
        if "locked" in text or "busy" in text:
            raise DataFolderError(database, "the file is in use by another program") from error
        return "cannot_open"
    except sqlite3.Error:
        return "cannot_open"
    finally:
        connection.close()
    if check.problem == "too_new":
        raise SchemaTooNew(check.version)
    return check.problem


def set_aside(database: Path, now: dt.datetime) -> Path:
    """Move the damaged file (and its journal, still paired) to a dated name beside it."""
    stamp = now.strftime("%Y-%m-%dT%H%M%S")
    number = 1
    while True:
        extra = f"-{number}" if number > 1 else ""
        target = database.with_name(f"{database.stem}-damaged-{stamp}{extra}{database.suffix}")
        if not target.exists() and not _journal(target).exists():
            break
        number += 1
    os.replace(database, target)
    if _journal(database).exists():
        os.replace(_journal(database), _journal(target))
    backups.fsync_folder(database.parent)
    return target


def _put_back(backup: Path, database: Path) -> None:
    """Write ``backup`` to ``database`` with the backup API: temp file, sync, rename."""
    temp = database.with_name(database.name + ".restoring")
    reader = backups.open_read_only(backup)
    try:
        backups.copy_to_file(reader, temp)
    finally:
        reader.close()
    os.replace(temp, database)
    backups.fsync_folder(database.parent)


def _open_checked(database: Path) -> Repository:
    repository = Repository.open(database)
    try:
        check = backups.check_connection(repository.connection, full=False, read_all=False)
    except sqlite3.Error:
        repository.close()
        raise
    if not check.ok:
        repository.close()
        raise DamagedDatabase(check.problem)
    return repository


def open_or_recover(database: Path | str, backup_folder: Path | None,
                    now: dt.datetime | None = None) -> tuple[Repository, Recovery]:
    """Open the household's file; when it is damaged, set it aside and restore a backup.

    Raises DataFolderError (the folder or file cannot be used; nothing was moved) and
    SchemaTooNew (a newer Paraat's file; untouched). Every kind of damage ends in one of the
    outcomes of ``Recovery``.
    """
    if str(database) == MEMORY:
        return Repository.open(MEMORY), Recovery()
    database = Path(database)
    now = now or dt.datetime.now()
    problem = ""
    if database.exists():
        problem = diagnose(database)
        if not problem:
            try:
                return Repository.open(database), Recovery()
            except (DamagedDatabase, UnsafeSettings, sqlite3.DatabaseError) as error:
                log.warning("the data file failed to open: %s", type(error).__name__)
                problem = "cannot_open"
    else:
        return Repository.open(database), Recovery()

    log.warning("the data file is damaged (%s); setting it aside", problem)
    try:
        damaged_as = set_aside(database, now)
    except OSError as error:
        raise DataFolderError(database, error.strerror or str(error)) from error
    skipped: list[Path] = []
    for candidate in backups.list_backups(backup_folder, summarize=False) if backup_folder else []:
        if not backups.check_file(candidate.path, full=True).ok:
            skipped.append(candidate.path)
            continue
        try:
            _put_back(candidate.path, database)
            repository = _open_checked(database)
        except (OSError, sqlite3.Error, UnsafeSettings) as error:
            log.warning("a backup could not be put back: %s", type(error).__name__)
            skipped.append(candidate.path)
            for leftover in (database, _journal(database)):
                leftover.unlink(missing_ok=True)
            continue
        restored = backups.describe(candidate.path)
        return repository, Recovery(RESTORED, problem, damaged_as, restored, tuple(skipped))
    return Repository.open(database), Recovery(FRESH, problem, damaged_as, None, tuple(skipped))
