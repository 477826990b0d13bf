"""Putting a good copy in place of the damaged (or missing) file: salvage first, then backups.

**Salvage first.** Before any backup is tried, a damaged file whose only fault may be in the
fixed bytes of its header (the write and read versions, bytes 18 and 19, above 2; the payload
fractions, bytes 21-23, that must be 64, 32, 32) is copied to ``.restoring`` with those bytes
set to what SQLite writes (1; 64, 32, 32). When that copy passes the full check of a backup
it is put in place as the restored file, through the same ``copied`` step: it holds the newest
data, newer than any backup. The outcome is "restored" with ``repaired`` (nothing lost); the
damaged original is kept aside as always. A copy that fails its check is removed and the
backups are tried.

Each copy is made at ``.restoring``, checked, recorded as ``copied`` in the recovery journal
and renamed into place; a write error puts the damaged original back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
from pathlib import Path

from app.storage import backups
from app.storage.database import DamagedDatabase, UnsafeSettings
from app.storage.file_steps import (
    DB_MAGIC,
    folder_error,
    journal_of,
    read_header,
    remove,
    write_failed,
)
from app.storage.recovery_state import (
    COPIED,
    FRESH,
    FRESH_STATE,
    RESTORED,
    TOLD_PENDING,
    Recovery,
    RecoveryState,
    put_damaged_back,
    restoring_file,
)
from app.storage.repository import Repository

log = logging.getLogger("app.storage.recovery")  # one logger for the whole start-up recovery


def open_checked(database: Path) -> Repository:
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


def _pin(backup: Path) -> None:
    """Tell pruning to keep the backup that was put back (best effort)."""
    try:
        folder = backup.parent
        names = sorted({path.name for path in backups.pinned(folder)} | {backup.name})
        temp = folder / (backups.KEEP_LIST + ".tmp")
        with open(temp, "w", encoding="utf-8") as handle:
            handle.write("".join(f"{name}\n" for name in names))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, folder / backups.KEEP_LIST)
        backups.fsync_folder(folder)
    except OSError as error:
        log.warning("could not pin the restored backup: %s", error)


def finish_restore(state: RecoveryState, backup: Path, resumed: bool) -> tuple[Repository, Recovery]:
    """The restored copy is in place: open and check it, pin the backup, end the journal."""
    database = state.database
    repository = open_checked(database)
    if not state.salvaged:
        _pin(backup)
    try:
        state.save(TOLD_PENDING[RESTORED], backup)
    except OSError as error:  # the journal still says "copied": the next start finishes it
        log.warning("the recovery journal could not be updated: %s", error)
    if state.salvaged:
        return repository, state.recovery(RESTORED, None, resumed)
    restored = backups.describe(backup) if backup.exists() else backups.BackupInfo(
        backup, dt.datetime.fromisoformat(state.started) if state.started else dt.datetime.now(),
        "restore")
    return repository, state.recovery(RESTORED, restored, resumed)


def _fixed_header(header: bytes) -> bytes | None:
    """The header with its fixed bytes as SQLite writes them, or None when nothing changes
    (or it is not an SQLite header at all)."""
    if len(header) < 100 or header[:16] != DB_MAGIC:
        return None
    fixed = bytearray(header)
    for index in (18, 19):
        if fixed[index] > 2:  # write / read version: 1 (rollback journal), never above 2
            fixed[index] = 1
    fixed[21:24] = b"\x40\x20\x20"  # payload fractions: always 64, 32, 32
    return bytes(fixed) if fixed != header else None


def _salvage(state: RecoveryState) -> bool:
    """Put a copy of the damaged file with its header's fixed bytes repaired at
    ``.restoring``; True when it passes the full check of a backup. A write error puts
    everything back and raises DataFolderError."""
    damaged, database = state.damaged_as, state.database
    if (damaged is None or state.problem == "missing" or str(damaged) in state.skipped
            or not damaged.exists()):
        return False
    fixed = _fixed_header(read_header(damaged))
    if fixed is None:
        return False
    restoring = restoring_file(database)
    try:
        for partial in (restoring, journal_of(restoring)):
            remove(partial)
        with open(damaged, "rb") as reader, open(restoring, "wb") as writer:
            reader.seek(len(fixed))
            writer.write(fixed)
            while chunk := reader.read(1 << 20):
                writer.write(chunk)
            writer.flush()
            os.fsync(writer.fileno())
    except OSError as error:
        log.warning("repairing the file's header failed (%s); the damaged file goes back", error)
        with contextlib.suppress(OSError):
            put_damaged_back(state)
        raise folder_error(database, error) from error
    if backups.check_file(restoring, full=True).ok:
        log.warning("the damaged file's header was repaired; it passes its check")
        state.salvaged = True
        return True
    state.skipped.append(str(damaged))  # a crash from here on does not try it again
    with contextlib.suppress(OSError):
        remove(restoring)
    return False


def _put_in_place(state: RecoveryState, source: Path, resumed: bool) -> tuple[Repository, Recovery]:
    """The checked copy of ``source`` is at ``.restoring``: record "copied", rename it into
    place and finish. On a write error before the rename everything goes back as it was."""
    database = state.database
    try:
        state.save(COPIED, source)
        os.replace(restoring_file(database), database)
    except OSError as error:
        with contextlib.suppress(OSError):
            put_damaged_back(state)
        raise folder_error(database, error) from error
    try:
        backups.fsync_folder(database.parent)
        return finish_restore(state, source, resumed)
    except (OSError, sqlite3.Error, UnsafeSettings) as error:
        # The copy is in place and the journal says so: the next start finishes this.
        raise folder_error(database, error) from error


def restore(state: RecoveryState, backup_folder: Path | None,
             resumed: bool) -> tuple[Repository, Recovery]:
    """Put the newest good backup in place of the (set aside or missing) file; else start
    fresh. On a write error everything goes back as it was and DataFolderError is raised."""
    database = state.database
    restoring = restoring_file(database)
    if _salvage(state):
        assert state.damaged_as is not None
        return _put_in_place(state, state.damaged_as, resumed)
    candidates = backups.list_backups(backup_folder, summarize=False) if backup_folder else []
    for candidate in candidates:
        if str(candidate.path) in state.skipped:
            continue
        if not backups.check_file(candidate.path, full=True).ok:
            state.skipped.append(str(candidate.path))
            continue
        try:
            for partial in (restoring, journal_of(restoring)):
                remove(partial)
            reader = backups.open_read_only(candidate.path)
            try:
                backups.copy_to_file(reader, restoring)
            finally:
                reader.close()
            if not backups.check_file(restoring, full=False).ok:
                raise DamagedDatabase("the copy failed its check")
        except (OSError, sqlite3.Error, UnsafeSettings) as error:
            if write_failed(error):
                log.warning("restoring failed (%s); the damaged file goes back", error)
                with contextlib.suppress(OSError):
                    put_damaged_back(state)
                raise folder_error(database, error) from error
            log.warning("a backup could not be put back: %s", type(error).__name__)
            state.skipped.append(str(candidate.path))
            with contextlib.suppress(OSError):
                remove(restoring)
            continue
        return _put_in_place(state, candidate.path, resumed)
    try:
        state.save(FRESH_STATE)
        repository = Repository.open(database)
    except (OSError, sqlite3.Error, UnsafeSettings) as error:
        with contextlib.suppress(OSError):
            put_damaged_back(state)
        raise folder_error(database, error) from error
    with contextlib.suppress(OSError):
        state.save(TOLD_PENDING[FRESH])
    return repository, state.recovery(FRESH, None, resumed)
