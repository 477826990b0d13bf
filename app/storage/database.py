"""Opening the SQLite file safely.

Settings (see RELIABILITY.md): a rollback journal (``journal_mode=DELETE``) so the file is one
file at rest and works on USB sticks and network folders; ``synchronous=EXTRA`` so a commit has
reached the disk, journal deletion included, before it returns; foreign keys on. They are set
and then read back at every open: a connection that does not have them is refused.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from app.storage.schema import SCHEMA_VERSION, migrate

EXPECTED_PRAGMAS = {"journal_mode": "delete", "synchronous": 3, "foreign_keys": 1}
MEMORY = ":memory:"
NOT_A_FILE = "not a normal file"
"""``DataFolderError.why`` when the path is a folder, a pipe (FIFO), a device, a socket or a
link to nothing where Paraat needs an ordinary file (``reason()`` "not_a_file")."""


class DataFolderError(OSError):
    """The data folder or file cannot be used. ``where`` names it; ``why`` is the system's own
    words (English, for the log). Messages to the user are built from ``reason()`` and
    ``where_kind()``, so they are in the user's language and call a file a file."""

    def __init__(self, where: Path | str, why: str) -> None:
        super().__init__(f"{where}: {why}")
        self.where = str(where)
        self.why = why

    def reason(self) -> str:
        """What is wrong, as one of: "permission", "not_a_folder", "not_a_file", "in_use",
        "read_only", "disk_full", "missing", "other" (then only ``why`` says more)."""
        if self.why == NOT_A_FILE:
            return "not_a_file"
        cause = self.__cause__
        number = cause.errno if isinstance(cause, OSError) else None
        by_errno = {errno.EACCES: "permission", errno.EPERM: "permission",
                    errno.ENOTDIR: "not_a_folder", errno.EROFS: "read_only",
                    errno.ENOSPC: "disk_full", errno.ENOENT: "missing", errno.EBUSY: "in_use"}
        if number in by_errno:
            return by_errno[number]
        if number == errno.EEXIST:  # mkdir found a file where the folder should be
            return "not_a_folder"
        path = Path(self.where)
        text = self.why.lower()
        if "in use" in text or "locked" in text or "busy" in text:
            return "in_use"
        if "permission" in text or "readonly" in text or "read-only" in text:
            return "read_only" if _read_only_medium(path) else "permission"
        if "disk is full" in text or "database or disk is full" in text:
            return "disk_full"
        return "other"

    def where_kind(self) -> str:
        """"folder" or "file" as ``where`` is now on disk; "missing" when it is not there."""
        path = Path(self.where)
        if path.is_dir():
            return "folder"
        return "file" if path.exists() else "missing"


class FileInUse(DataFolderError):
    """Another program holds the file (SQLite says busy or locked). Never damage: nothing
    was moved or changed."""


def _read_only_medium(path: Path) -> bool:
    """True when ``path`` (or the nearest folder above it that exists) is on a read-only mount."""
    for folder in (path, *path.parents):
        if folder.exists():
            try:
                return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
            except (OSError, AttributeError):  # AttributeError: Windows has no statvfs
                return False
    return False


class UnsafeSettings(RuntimeError):
    """SQLite did not accept the durability settings Paraat relies on."""


class DamagedDatabase(sqlite3.DatabaseError):
    """The file is not a Paraat database, or SQLite reports it damaged."""


def _apply_pragmas(connection: sqlite3.Connection, in_memory: bool) -> None:
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA synchronous = EXTRA")
    if not in_memory:
        connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("PRAGMA secure_delete = ON")


def check_pragmas(connection: sqlite3.Connection, in_memory: bool = False) -> None:
    """Raise UnsafeSettings unless the connection runs with the expected settings."""
    found = {
        "journal_mode": connection.execute("PRAGMA journal_mode").fetchone()[0].lower(),
        "synchronous": connection.execute("PRAGMA synchronous").fetchone()[0],
        "foreign_keys": connection.execute("PRAGMA foreign_keys").fetchone()[0],
    }
    expected = dict(EXPECTED_PRAGMAS)
    if in_memory:
        expected["journal_mode"] = "memory"
    if found != expected:
        raise UnsafeSettings(f"SQLite settings are {found}, expected {expected}")


def _prepare_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DataFolderError(folder, error.strerror or str(error)) from error
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DataFolderError(folder, "no permission to write here")


def open_database(
    path: Path | str, connect: Callable[..., sqlite3.Connection] = sqlite3.connect
) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database at ``path`` (or ``:memory:``).

    ``connect`` is ``sqlite3.connect``; the power-loss tests pass one that returns a connection
    on a simulated disk (tests/storage/power_loss.py).
    """
    in_memory = str(path) == MEMORY
    if not in_memory:
        path = Path(path)
        _prepare_folder(path.parent)
        if path.exists() and not os.access(path, os.R_OK | os.W_OK):
            raise DataFolderError(path, "no permission to read and write this file")
    try:
        connection = connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlite3.OperationalError as error:
        raise DataFolderError(path, str(error)) from error
    try:
        _apply_pragmas(connection, in_memory)
        check_pragmas(connection, in_memory)
        with transaction(connection, first_page=False):  # no write when nothing to migrate
            if int(connection.execute("PRAGMA user_version").fetchone()[0]) < SCHEMA_VERSION:
                _journal_first_page(connection)  # a migration's journal, too, starts at page 1
            migrate(connection)
    except sqlite3.DatabaseError as error:
        connection.close()
        message = str(error)
        if "database is locked" in message or "database is busy" in message:
            raise FileInUse(path, "the file is in use by another program") from error
        if "not a database" in message or "malformed" in message:
            raise DamagedDatabase(message) from error
        if "readonly" in message or "unable to open" in message or "disk I/O" in message:
            raise DataFolderError(path, message) from error
        raise
    except BaseException:
        connection.close()
        raise
    return connection


@contextlib.contextmanager
def transaction(connection: sqlite3.Connection,
                first_page: bool = True) -> Iterator[sqlite3.Connection]:
    """One user action: BEGIN IMMEDIATE … COMMIT, rolled back on any error.

    With ``synchronous=EXTRA`` the COMMIT returns only once the change is on the disk.
    The error that ended the transaction is the one raised: a full disk (SQLITE_FULL) or an
    I/O error may already have rolled the transaction back, and a ROLLBACK that then fails
    ("no transaction is active", or the disk again) must not hide why the change was lost.
    A COMMIT that fails is rolled back too, so the connection is never left inside a
    transaction.
    """
    connection.execute("BEGIN IMMEDIATE")
    try:
        if first_page:
            _journal_first_page(connection)
        yield connection
        connection.execute("COMMIT")
    except BaseException:
        _rollback_quietly(connection)
        raise


def _journal_first_page(connection: sqlite3.Connection) -> None:
    """Write ``user_version`` unchanged, so the file's first page (with its change counter) is
    the first page saved in the rollback journal. Costs nothing extra (the commit saves page 1
    anyway); it lets start-up recovery tell a journal of this change from a stale or foreign
    one (``recovery.journal_verdict``)."""
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    connection.execute(f"PRAGMA user_version = {version}")


def _rollback_quietly(connection: sqlite3.Connection) -> None:
    """Roll back what is left of a failed transaction; a failing ROLLBACK is not the news."""
    if not connection.in_transaction:
        return  # SQLite rolled it back itself (SQLITE_FULL, SQLITE_IOERR, …)
    with contextlib.suppress(sqlite3.Error):
        connection.execute("ROLLBACK")


def read_setting(connection: sqlite3.Connection, key: str, default: str = "") -> str:
    """One value of the settings table, or ``default``."""
    row = connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else default


def put_setting(connection: sqlite3.Connection, key: str, value: str) -> None:
    """Store one setting inside the caller's transaction."""
    connection.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, str(value)))
