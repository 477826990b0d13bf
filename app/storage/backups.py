"""Automatic backups of the household's file, made with SQLite's backup API.

A backup is never a file copy of a live database (RELIABILITY.md §1.3, §1.7). It is written
with ``Connection.backup`` to a temporary file in the backups folder, synced to the disk,
checked (``PRAGMA integrity_check`` and the schema Paraat expects), and only then renamed to
its final name; the folder is synced after the rename. A power cut at any moment leaves either
no new backup or a complete, checked one.

File names carry the local date-time and the reason: ``paraat-2026-11-28T041502-import.sqlite3``.
Generations: the newest backup of each of the last 7 days, of each of the last 4 weeks and of
each of the last 12 months, plus the last few made before an import, a restore or a
replacement, plus always the newest one. The rest is deleted.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
import re
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from app.core.records import kind_of
from app.storage.database import transaction
from app.storage.schema import SCHEMA_VERSION, migrate

# Why a backup was made. "start" is the daily one at start; the others are taken just before
# the change they are named after.
REASONS = ("start", "manual", "import", "restore", "replace", "delete-all")
BEFORE_REASONS = frozenset(REASONS) - {"start"}
KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS, KEEP_BEFORE = 7, 4, 12, 5

PREFIX = "paraat-"
SUFFIX = ".sqlite3"
TEMP_SUFFIX = ".tmp"
_STAMP = "%Y-%m-%dT%H%M%S"
_NAME = re.compile(
    r"^paraat-(\d{4}-\d{2}-\d{2}T\d{6})-([a-z]+(?:-[a-z]+)*)(?:-(\d+))?\.sqlite3$")
_STALE_TEMP_SECONDS = 3600

# Settings that only remember how the window looked: a change to them is not a change of data.
_UI_STATE_KEYS = ("window_geometry", "last_page", "reminder_shown_on")


class BackupError(Exception):
    """A backup could not be made or used. Nothing was changed."""


class BackupRefused(BackupError):
    """A transaction is open on the connection: a backup now could hold half a change."""


class BackupDamaged(BackupError):
    """The backup file failed its check and will not be restored."""


@dataclass(frozen=True)
class FileCheck:
    """What a read-only look at a database file found."""

    ok: bool
    problem: str = ""  # "", "cannot_open", "check_failed", "schema", "too_new", "not_paraat"
    version: int = 0


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when and why it was made, and what it holds."""

    path: Path
    when: dt.datetime
    reason: str
    members: int | None = None
    contacts: int | None = None
    stock: int | None = None
    ok: bool | None = None  # None: not checked

    def summary(self) -> str:
        """A short English line for logs and the command line (the GUI words its own)."""
        if self.ok is False:
            return "damaged"
        return f"{self.members} members, {self.contacts} contacts, {self.stock} stock entries"


# --- the schema Paraat expects -------------------------------------------------------------------


@functools.cache
def expected_schema(version: int) -> dict[str, tuple[tuple[str, str, int, int], ...]]:
    """Table → columns (name, type, not null, primary key) after ``version`` migrations.

    Built by running the migrations themselves in memory, so a new migration (a new column, a
    new table) changes what is expected without a second list to keep in step.
    """
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        with transaction(memory):
            migrate(memory, version)
        return schema_of(memory)
    finally:
        memory.close()


def schema_of(connection: sqlite3.Connection) -> dict[str, tuple[tuple[str, str, int, int], ...]]:
    """Table → columns of the database open on ``connection`` (SQLite's own tables left out)."""
    names = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    return {
        name: tuple((row[1], str(row[2]).upper(), int(row[3]), int(row[5]))
                    for row in connection.execute(f'PRAGMA table_info("{name}")'))
        for name in names
    }


def check_connection(connection: sqlite3.Connection, full: bool = False,
                     read_all: bool = True) -> FileCheck:
    """Check an open database: SQLite's own check, the schema for its version, and (with
    ``read_all``) that every row reads, text included.

    ``full`` runs ``integrity_check`` (also indexes against tables), else ``quick_check``.
    Raises sqlite3.Error when SQLite cannot read the file at all.
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = connection.execute(f"PRAGMA {pragma}(1)").fetchall()
        if rows != [("ok",)]:
            return FileCheck(False, "check_failed")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            return FileCheck(False, "too_new", version)
        if version < 1:
            return FileCheck(False, "not_paraat", version)
        if schema_of(connection) != expected_schema(version):
            return FileCheck(False, "schema", version)
        if read_all:
            data_fingerprint(connection)
    except UnicodeDecodeError:  # text that is not UTF-8 any more: damaged bytes
        return FileCheck(False, "check_failed")
    return FileCheck(True, "", version)


def open_read_only(path: Path) -> sqlite3.Connection:
    uri = Path(path).absolute().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)


def check_file(path: Path, full: bool = True) -> FileCheck:
    """Check a closed database file (a backup) read-only; never raises for a bad file."""
    try:
        connection = open_read_only(path)
    except sqlite3.Error:
        return FileCheck(False, "cannot_open")
    try:
        return check_connection(connection, full)
    except sqlite3.Error:
        return FileCheck(False, "cannot_open")
    finally:
        connection.close()


# --- what the data is ----------------------------------------------------------------------------


def data_fingerprint(connection: sqlite3.Connection) -> str:
    """A hash of every stored row, leaving out settings that only remember the window."""
    digest = hashlib.sha256()
    keys = ", ".join("?" for _ in _UI_STATE_KEYS)
    for table in sorted(schema_of(connection)):
        if table == "settings":
            sql = (f"SELECT * FROM settings WHERE key NOT IN ({keys}) "
                   "AND key NOT LIKE 'section.%' ORDER BY key")
            rows = connection.execute(sql, _UI_STATE_KEYS)
        else:
            rows = connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
        digest.update(table.encode())
        for row in rows:
            digest.update(repr(row).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _counts(connection: sqlite3.Connection) -> tuple[int, int, int]:
    tables = schema_of(connection)
    counts = []
    for kind in ("member", "contact", "stock"):
        table = kind_of(kind).table
        counts.append(connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                      if table in tables else 0)
    return counts[0], counts[1], counts[2]


def describe(path: Path) -> BackupInfo:
    """Read a backup's date and reason from its name and its counts from the file itself."""
    when, reason = parse_name(path.name)
    try:
        connection = open_read_only(path)
    except sqlite3.Error:
        return BackupInfo(path, when, reason, ok=False)
    try:
        check = check_connection(connection, full=False, read_all=False)
        if not check.ok:
            return BackupInfo(path, when, reason, ok=False)
        members, contacts, stock = _counts(connection)
        return BackupInfo(path, when, reason, members, contacts, stock, ok=True)
    except sqlite3.Error:
        return BackupInfo(path, when, reason, ok=False)
    finally:
        connection.close()


# --- names and listing ---------------------------------------------------------------------------


def backup_name(when: dt.datetime, reason: str, number: int = 1) -> str:
    extra = f"-{number}" if number > 1 else ""
    return f"{PREFIX}{when.strftime(_STAMP)}-{reason}{extra}{SUFFIX}"


def parse_name(name: str) -> tuple[dt.datetime, str]:
    """(when, reason) of a backup file name; ValueError for any other name."""
    match = _NAME.match(name)
    if not match:
        raise ValueError(f"not a backup name: {name!r}")
    return dt.datetime.strptime(match.group(1), _STAMP), match.group(2)


def _backup_files(folder: Path) -> list[tuple[Path, dt.datetime, str]]:
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        try:
            when, reason = parse_name(path.name)
        except ValueError:
            continue
        if path.is_file():
            found.append((path, when, reason))
    found.sort(key=lambda item: (item[1], item[0].name), reverse=True)
    return found


def list_backups(folder: Path, summarize: bool = True) -> list[BackupInfo]:
    """Every backup in ``folder``, newest first; with counts read from each file."""
    if summarize:
        return [describe(path) for path, _, _ in _backup_files(folder)]
    return [BackupInfo(path, when, reason) for path, when, reason in _backup_files(folder)]


def newest_backup(folder: Path) -> BackupInfo | None:
    files = _backup_files(folder)
    return BackupInfo(*files[0]) if files else None


# --- generations ---------------------------------------------------------------------------------


def to_keep(backups: Iterable[tuple[Path, dt.datetime, str]], now: dt.datetime) -> set[Path]:
    """The backups a pruning keeps: newest per day (7 days), week (4 weeks), month (12 months),
    the last few "before …" ones, and always the newest one."""
    ordered = sorted(backups, key=lambda item: (item[1], item[0].name), reverse=True)
    keep: set[Path] = set()
    if ordered:
        keep.add(ordered[0][0])
    seen: set[tuple] = set()
    before = 0
    today = now.date()
    for path, when, reason in ordered:
        age = (today - when.date()).days
        buckets = []
        if age < KEEP_DAYS:
            buckets.append(("day", when.date()))
        if age < KEEP_WEEKS * 7:
            buckets.append(("week", *when.isocalendar()[:2]))
        if age < 366 and (today.year - when.year) * 12 + today.month - when.month < KEEP_MONTHS:
            buckets.append(("month", when.year, when.month))
        for bucket in buckets:
            if bucket not in seen:
                seen.add(bucket)
                keep.add(path)
        if reason in BEFORE_REASONS and before < KEEP_BEFORE:
            before += 1
            keep.add(path)
    return keep


def prune(folder: Path, now: dt.datetime | None = None, keep: Iterable[Path] = ()) -> list[Path]:
    """Delete the backups the generations do not keep; returns what was deleted."""
    now = now or dt.datetime.now()
    files = _backup_files(folder)
    kept = to_keep(files, now) | {Path(path) for path in keep}
    deleted = []
    for path, _, _ in files:
        if path not in kept:
            try:
                path.unlink()
                deleted.append(path)
            except OSError:
                continue
    return deleted


# --- making and restoring ------------------------------------------------------------------------


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


def _remove_stale_temps(folder: Path) -> None:
    limit = time.time() - _STALE_TEMP_SECONDS
    for path in folder.glob(f"{PREFIX}*{TEMP_SUFFIX}*"):
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
        except OSError:
            continue


def copy_to_file(source: sqlite3.Connection, target: Path) -> None:
    """Write the database open on ``source`` into a new file with the backup API, synced."""
    connection = sqlite3.connect(str(target), isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = OFF")  # a scratch file: we sync it ourselves
        connection.execute("PRAGMA synchronous = OFF")
        source.backup(connection)
    finally:
        connection.close()
    fsync_file(target)


def make_backup(connection: sqlite3.Connection, folder: Path, reason: str,
                now: dt.datetime | None = None, prune_after: bool = True) -> BackupInfo:
    """Back up the database open on ``connection`` into ``folder``; returns the new backup.

    Raises BackupRefused inside a transaction, BackupError when the copy fails its check and
    OSError when the folder cannot be written; no half file is ever left under a final name.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if connection.in_transaction:
        raise BackupRefused("a transaction is open")
    now = (now or dt.datetime.now()).replace(microsecond=0)
    folder.mkdir(parents=True, exist_ok=True)
    _remove_stale_temps(folder)
    number = 1
    while (folder / backup_name(now, reason, number)).exists():
        number += 1
    final = folder / backup_name(now, reason, number)
    temp = folder / (final.name + TEMP_SUFFIX)
    try:
        copy_to_file(connection, temp)
        check = check_file(temp, full=True)
        if not check.ok:
            raise BackupError(f"the new backup failed its check: {check.problem}")
        os.replace(temp, final)
    except BaseException:
        for leftover in (temp, Path(f"{temp}-journal")):
            leftover.unlink(missing_ok=True)
        raise
    fsync_folder(folder)
    if prune_after:
        prune(folder, now, keep=[final])
    return BackupInfo(final, now, reason)


def backup_at_start(connection: sqlite3.Connection, folder: Path,
                    now: dt.datetime | None = None) -> BackupInfo | None:
    """The daily backup at start: at most one a day, and only when the data changed since the
    newest backup. Returns the new backup, or None when none was needed."""
    now = now or dt.datetime.now()
    files = _backup_files(folder)
    if any(reason == "start" and when.date() == now.date() for _, when, reason in files):
        return None
    if files:
        try:
            newest = open_read_only(files[0][0])
            try:
                unchanged = data_fingerprint(newest) == data_fingerprint(connection)
            finally:
                newest.close()
        except sqlite3.Error:
            unchanged = False
        if unchanged:
            return None
    return make_backup(connection, folder, "start", now)


def copy_into(source: Path, connection: sqlite3.Connection) -> None:
    """Replace the database open on ``connection`` by the file ``source``, in one step, and
    bring it up to this version's schema."""
    reader = open_read_only(source)
    try:
        reader.backup(connection)
    finally:
        reader.close()
    with transaction(connection):
        migrate(connection)


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
    prune(folder, now, keep=[source, before.path])
    return before

