"""Automatic backups of the household's file, made with SQLite's backup API.

A backup is never a file copy of a live database (RELIABILITY.md §1.3, §1.7). It is written
with ``Connection.backup`` to a temporary file in the backups folder, stamped, synced to the
disk, checked (``PRAGMA integrity_check`` and the schema Paraat expects), and only then renamed
to its final name; the folder is synced after the rename. A power cut at any moment leaves
either no new backup or a complete, checked one. A temp file left by a crash carries the id of
the process that wrote it (``….sqlite3.tmp-<pid>``): the next start removes it once that
process is gone (and any temp file older than an hour).

Names, the identity each backup carries, ranking and which are kept: ``backup_rotation``. The
check of a file and what its data is: ``backup_checks``. Both are importable from here too.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
import time
from collections.abc import Mapping
from pathlib import Path

from app.storage import safe_write
from app.storage.backup_checks import (
    IS_STAMP,
    KEY_PREFIX,
    MADE_AT_KEY,
    REASON_KEY,
    SEQUENCE_KEY,
    UNCHANGED_ON,
    FileCheck,
    check_connection,
    check_file,
    data_fingerprint,
    expected_schema,
    open_read_only,
    schema_of,
)
from app.storage.backup_rotation import (
    BEFORE_REASONS,
    KEEP_BEFORE,
    KEEP_DAYS,
    KEEP_LIST,
    KEEP_MONTHS,
    KEEP_NEWEST,
    KEEP_WEEKS,
    PREFIX,
    REASONS,
    SUFFIX,
    BackupInfo,
    backup_files,
    backup_name,
    describe,
    is_unknown,
    list_backups,
    newest_backup,
    newest_verified,
    parse_name,
    pinned,
    prune,
    rank_key,
    read_stamp,
    to_keep,
)
from app.storage.database import put_setting, read_setting, transaction
from app.storage.schema import migrate

__all__ = [
    "BEFORE_REASONS", "KEEP_BEFORE", "KEEP_DAYS", "KEEP_LIST", "KEEP_MONTHS", "KEEP_NEWEST",
    "KEEP_WEEKS", "KEY_PREFIX", "MADE_AT_KEY", "PREFIX", "REASONS", "REASON_KEY", "SEQUENCE_KEY",
    "SUFFIX", "TEMP_SUFFIX", "BackupDamaged", "BackupError", "BackupInfo", "BackupRefused",
    "FileCheck", "backup_at_start", "backup_name", "check_connection", "check_file",
    "copy_into", "copy_to_file", "data_fingerprint", "describe", "expected_schema",
    "fsync_file", "fsync_folder", "list_backups", "make_backup", "newest_backup",
    "newest_verified", "next_sequence", "open_read_only", "parse_name", "pinned", "prune",
    "rank_key", "read_stamp", "remove_stale_temps", "restore_backup", "schema_of", "to_keep",
]

TEMP_SUFFIX = ".tmp"
_TEMP_PID = re.compile(r"\.tmp-(\d+)(?:-journal)?$")
_STALE_TEMP_SECONDS = 3600


class BackupError(Exception):
    """A backup could not be made or used. Nothing was changed."""


class BackupRefused(BackupError):
    """A transaction is open on the connection: a backup now could hold half a change."""


class BackupDamaged(BackupError):
    """The backup file failed its check and will not be restored."""


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (not possible, nor needed, on Windows)."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def remove_stale_temps(folder: Path) -> list[Path]:
    """Remove temp files a crashed backup left: those whose writer is gone, and any older than
    an hour. Returns what was removed; never raises."""
    limit = time.time() - _STALE_TEMP_SECONDS
    removed = []
    try:
        candidates = list(folder.glob(f"{PREFIX}*{TEMP_SUFFIX}*"))
    except OSError:
        return []
    for path in candidates:
        match = _TEMP_PID.search(path.name)
        try:
            gone = match is not None and not safe_write.process_running(int(match.group(1)))
            if gone or path.stat().st_mtime < limit:
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed


def copy_to_file(source: sqlite3.Connection, target: Path,
                 stamp: Mapping[str, str] | None = None) -> None:
    """Write the database open on ``source`` into a new file with the backup API, synced.

    ``stamp``: ``backup.*`` settings to write into the copy before it is synced (any such keys
    copied from ``source`` are replaced); without it the copy is exactly the source.
    """
    connection = sqlite3.connect(str(target), isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = OFF")  # a scratch file: we sync it ourselves
        connection.execute("PRAGMA synchronous = OFF")
        source.backup(connection)
        if stamp is not None:
            with transaction(connection):
                connection.execute(f"DELETE FROM settings WHERE {IS_STAMP}")
                connection.executemany("INSERT INTO settings (key, value) VALUES (?, ?)",
                                       sorted(stamp.items()))
    finally:
        connection.close()
    fsync_file(target)


def next_sequence(folder: Path) -> int:
    """One more than the highest sequence any backup in ``folder`` carries."""
    return 1 + max((info.sequence or 0 for info in backup_files(folder)), default=0)


def make_backup(connection: sqlite3.Connection, folder: Path, reason: str,
                now: dt.datetime | None = None, prune_after: bool = True) -> BackupInfo:
    """Back up the database open on ``connection`` into ``folder``; returns the new backup.

    Raises BackupRefused inside a transaction, BackupError when the copy fails its check and
    OSError (or sqlite3.Error) when the folder cannot be written; no half file is ever left
    under a final name. A failure while pruning afterwards is not an error: the backup is made.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if connection.in_transaction:
        raise BackupRefused("a transaction is open")
    now = (now or dt.datetime.now()).replace(microsecond=0)
    made_at = now.astimezone(dt.UTC)
    folder.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(folder)
    sequence = next_sequence(folder)
    number = 1
    while (folder / backup_name(now, reason, number)).exists():
        number += 1
    final = folder / backup_name(now, reason, number)
    temp = folder / f"{final.name}{TEMP_SUFFIX}-{os.getpid()}"
    stamp = {SEQUENCE_KEY: str(sequence), MADE_AT_KEY: made_at.isoformat(), REASON_KEY: reason}
    try:
        copy_to_file(connection, temp, stamp)
        check = check_file(temp, full=True)
        if not check.ok:
            raise BackupError(f"the new backup failed its check: {check.problem}")
        if read_stamp(temp) != (sequence, made_at):
            raise BackupError("the new backup does not say what it is")
        os.replace(temp, final)
    except BaseException:
        for leftover in (temp, Path(f"{temp}-journal")):
            with contextlib.suppress(OSError):  # else the next start removes it
                leftover.unlink(missing_ok=True)
        raise
    fsync_folder(folder)
    made = BackupInfo(final, now, reason, sequence=sequence, made_at=made_at)
    if prune_after:
        prune(folder, now, keep=[final], verified=[final])
    return made


def backup_at_start(connection: sqlite3.Connection, folder: Path,
                    now: dt.datetime | None = None) -> BackupInfo | None:
    """The daily backup at start: at most one a day, and only when the data changed since the
    newest backup (by content). Returns the new backup, or None when none was needed. Temp
    files left by a crashed backup are removed first.

    A start that found the data as in the newest backup notes the day (setting
    ``backup_unchanged_on``, not data): later starts that day compare no more, as after a
    backup made that day (issue 20: the comparison reads every row of both files)."""
    now = now or dt.datetime.now()
    remove_stale_temps(folder)
    files = backup_files(folder)
    if any(info.reason == "start" and info.when.date() == now.date() for info in files):
        return None
    today = now.date().isoformat()
    if read_setting(connection, UNCHANGED_ON) == today:
        return None
    last = next((info for info in files if not is_unknown(info)), None)
    if last is not None:
        unchanged = False
        try:
            newest = open_read_only(last.path)
            try:
                if check_connection(newest, full=False, read_all=False).ok:
                    unchanged = data_fingerprint(newest) == data_fingerprint(connection)
            finally:
                newest.close()
        except (sqlite3.Error, UnicodeDecodeError):
            unchanged = False
        if unchanged:
            with transaction(connection):
                put_setting(connection, UNCHANGED_ON, today)
            return None
    return make_backup(connection, folder, "start", now)



def copy_into(source: Path, connection: sqlite3.Connection) -> None:
    """Replace the database open on ``connection`` by the file ``source``, in one step, and
    bring it up to this version's schema (the backup's own ``backup.*`` keys are dropped)."""
    reader = open_read_only(source)
    try:
        reader.backup(connection)
    finally:
        reader.close()
    with transaction(connection):
        migrate(connection)
        connection.execute(f"DELETE FROM settings WHERE {IS_STAMP}")


def restore_backup(connection: sqlite3.Connection, folder: Path, source: Path,
                   now: dt.datetime | None = None) -> BackupInfo:
    """Put the backup ``source`` back into the live database.

    The current state is backed up first (reason "restore"); returns that backup. Raises
    BackupDamaged (nothing changed) when ``source`` fails its check.
    """
    check = check_file(source, full=True)
    if not check.ok:
        raise BackupDamaged(check.problem)
    before = make_backup(connection, folder, "restore", now, prune_after=False)
    copy_into(source, connection)
    prune(folder, now, keep=[source, before.path], verified=[before.path])
    return before
