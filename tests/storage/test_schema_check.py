"""The schema check at start (issue 20): a digest kept in the code instead of running every
migration in memory at each start, and it still catches a schema that is not Paraat's."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.storage import backup_checks
from app.storage.backup_checks import (
    SCHEMA_DIGESTS,
    check_connection,
    expected_schema,
    schema_digest,
    schema_matches,
)
from app.storage.repository import Repository
from app.storage.schema import SCHEMA_VERSION


def test_the_kept_digest_is_the_migrations_schema() -> None:
    """After a new migration: put schema_digest(expected_schema(SCHEMA_VERSION)) in
    backup_checks.SCHEMA_DIGESTS under the new version (and drop the old one)."""
    assert set(SCHEMA_DIGESTS) == {SCHEMA_VERSION}
    assert SCHEMA_DIGESTS[SCHEMA_VERSION] == schema_digest(expected_schema(SCHEMA_VERSION))


@pytest.fixture
def connection(db_path: Path) -> Iterator[sqlite3.Connection]:
    Repository.open(db_path).close()  # a new file at today's version
    connection = sqlite3.connect(db_path, isolation_level=None)
    yield connection
    connection.close()


def test_a_sound_file_passes_without_running_the_migrations(
        connection: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(version: int) -> None:
        raise AssertionError("the migrations ran in memory")

    monkeypatch.setattr(backup_checks, "expected_schema", refuse)
    assert schema_matches(connection, SCHEMA_VERSION)
    assert check_connection(connection, full=True).ok


@pytest.mark.parametrize("change", [
    "ALTER TABLE stock ADD COLUMN extra TEXT",
    "ALTER TABLE contact DROP COLUMN card_share",
    "DROP TABLE help_point",
    "CREATE TABLE strange (id INTEGER PRIMARY KEY)",
    "ALTER TABLE pet RENAME COLUMN species TO kind",
    # a trigger changes other tables behind the repository's back (it keeps tables until written)
    "CREATE TRIGGER t AFTER UPDATE ON contact BEGIN UPDATE stock SET quantity = 1; END",
    "CREATE VIEW v AS SELECT name FROM contact",
])
def test_a_changed_schema_is_caught(connection: sqlite3.Connection, change: str) -> None:
    connection.execute(change)
    assert not schema_matches(connection, SCHEMA_VERSION)
    check = check_connection(connection)
    assert (check.ok, check.problem) == (False, "schema")


def test_a_column_of_another_type_is_caught(db_path: Path, tmp_path: Path) -> None:
    """Same names, one column's type changed: a table made again by hand."""
    Repository.open(db_path).close()
    connection = sqlite3.connect(db_path, isolation_level=None)
    try:
        sql = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'help_point'").fetchone()[0]
        connection.execute("DROP TABLE help_point")
        connection.execute(sql.replace("details TEXT", "details BLOB"))
        assert not schema_matches(connection, SCHEMA_VERSION)
        assert check_connection(connection).problem == "schema"
    finally:
        connection.close()


def test_an_older_version_is_checked_against_its_own_migrations(tmp_path: Path) -> None:
    """A version without a kept digest falls back to the migrations run in memory."""
    from app.storage.database import transaction
    from app.storage.schema import migrate

    connection = sqlite3.connect(tmp_path / "old.sqlite3", isolation_level=None)
    try:
        with transaction(connection):
            migrate(connection, SCHEMA_VERSION - 1)
        assert SCHEMA_VERSION - 1 not in SCHEMA_DIGESTS
        assert schema_matches(connection, SCHEMA_VERSION - 1)
        assert check_connection(connection).ok
        connection.execute("ALTER TABLE stock ADD COLUMN extra TEXT")
        assert check_connection(connection).problem == "schema"
    finally:
        connection.close()


def test_text_that_is_not_utf8_fails_the_full_read(connection: sqlite3.Connection) -> None:
    """read_all still reads every value: damaged bytes in a text make the check fail (SQLite's
    error, which diagnose turns into "cannot_open"); without read_all the file looks sound."""
    connection.execute("INSERT INTO contact (name) VALUES (CAST(x'4a616eff' AS TEXT))")
    assert check_connection(connection, read_all=False).ok
    with pytest.raises(sqlite3.OperationalError, match="decode"):
        check_connection(connection, read_all=True)
