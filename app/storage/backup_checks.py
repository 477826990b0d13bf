"""Looking at a backup (or any Paraat file) without changing it.

The schema Paraat expects, the read-only check of a file (``PRAGMA integrity_check`` and that
schema), and what the data is: ``data_fingerprint`` leaves out what is not data (the keys a
backup carries about itself, and how the window looked).
"""

from __future__ import annotations

import functools
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.storage.checksums import sha256
from app.storage.database import transaction
from app.storage.schema import SCHEMA_VERSION, migrate

# The keys a backup carries about itself (backup_rotation's docstring). Not data.
KEY_PREFIX = "backup."
SEQUENCE_KEY = "backup.sequence"
MADE_AT_KEY = "backup.made_at"
REASON_KEY = "backup.reason"
IS_STAMP = "substr(key, 1, 7) = 'backup.'"

UNCHANGED_ON = "backup_unchanged_on"
"""The setting that remembers the day the start found the data as in the newest backup."""

# Settings that only remember how the window looked, or what the start found out: a change to
# them is not a change of data.
_UI_STATE_KEYS = ("window_geometry", "last_page", "reminder_shown_on", "print_document", UNCHANGED_ON)


@dataclass(frozen=True)
class FileCheck:
    """What a read-only look at a database file found."""

    ok: bool
    problem: str = ""  # "", "cannot_open", "check_failed", "schema", "too_new", "not_paraat"
    version: int = 0


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


SCHEMA_DIGESTS: dict[int, str] = {
    11: "0cd3ed83612fc973d9520c8bc8f0b3b384d1928643392a97a956189cafc92282",  # as 10: an index only
}
"""``schema_digest(expected_schema(version))`` for the current version, so that a start need
not run every migration in memory (about 37 ms, issue 20). tests/storage/test_schema_check.py
fails when it is out of step with the migrations; a version without a digest here is checked
against the migrations themselves (slower, never wrong)."""


def schema_digest(schema: dict[str, tuple[tuple[str, str, int, int], ...]]) -> str:
    """A SHA-256 of every table's columns (name, type, not null, primary key), in order."""
    return sha256(repr(sorted(schema.items())).encode("utf-8")).hexdigest()


def schema_matches(connection: sqlite3.Connection, version: int) -> bool:
    """True when the tables and columns on ``connection`` are what ``version`` migrations make,
    and the file has no triggers or views: Paraat makes none, and a trigger would change tables
    behind the repository's back (it keeps a table until a write touches it; issue 20)."""
    if connection.execute("SELECT 1 FROM sqlite_master WHERE type IN ('trigger', 'view') LIMIT 1").fetchone():
        return False
    found = schema_of(connection)
    known = SCHEMA_DIGESTS.get(version)
    if known is not None:
        return schema_digest(found) == known
    return found == expected_schema(version)


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
        if not schema_matches(connection, version):
            return FileCheck(False, "schema", version)
        if read_all:
            read_every_row(connection)
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


def read_every_row(connection: sqlite3.Connection) -> None:
    """Read every row of every table, text included: raises when a value cannot be read (text
    that is no longer UTF-8, a page SQLite finds malformed). Keeps nothing (quicker than
    ``data_fingerprint``, which also hashes what it reads)."""
    for table in schema_of(connection):
        for _row in connection.execute(f'SELECT * FROM "{table}"'):
            pass


def data_fingerprint(connection: sqlite3.Connection) -> str:
    """A hash of every stored row, leaving out settings that only remember the window and the
    keys a backup carries about itself."""
    digest = sha256()
    keys = ", ".join("?" for _ in _UI_STATE_KEYS)
    for table in sorted(schema_of(connection)):
        if table == "settings":
            sql = (f"SELECT * FROM settings WHERE key NOT IN ({keys}) "
                   f"AND key NOT LIKE 'section.%' AND NOT {IS_STAMP} ORDER BY key")
            rows = connection.execute(sql, _UI_STATE_KEYS)
        else:
            rows = connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
        digest.update(table.encode())
        for row in rows:
            digest.update(repr(row).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()
