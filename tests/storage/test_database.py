"""Opening the SQLite file: durability settings, unusable folders, damaged files."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from app.storage.database import (
    EXPECTED_PRAGMAS,
    DamagedDatabase,
    DataFolderError,
    UnsafeSettings,
    check_pragmas,
    open_database,
    transaction,
)
from app.storage.schema import SCHEMA_VERSION, SchemaTooNew


def pragma(connection: sqlite3.Connection, name: str) -> object:
    return connection.execute(f"PRAGMA {name}").fetchone()[0]


@pytest.fixture
def db_path(data_dir: Path) -> Path:
    return data_dir / "paraat.sqlite3"


def test_open_creates_folder_and_file(db_path: Path) -> None:
    assert not db_path.parent.exists()
    connection = open_database(db_path)
    try:
        assert db_path.is_file()
        assert pragma(connection, "user_version") == SCHEMA_VERSION
    finally:
        connection.close()


def test_open_sets_durable_pragmas(db_path: Path) -> None:
    connection = open_database(db_path)
    try:
        assert pragma(connection, "journal_mode") == "delete"
        assert pragma(connection, "synchronous") == 3  # EXTRA
        assert pragma(connection, "foreign_keys") == 1
        assert pragma(connection, "secure_delete") == 1
        check_pragmas(connection)  # does not raise
    finally:
        connection.close()


def test_expected_pragmas_are_the_durable_ones() -> None:
    assert EXPECTED_PRAGMAS == {"journal_mode": "delete", "synchronous": 3, "foreign_keys": 1}


def test_reopening_sets_the_pragmas_again(db_path: Path) -> None:
    open_database(db_path).close()
    connection = open_database(db_path)
    try:
        assert pragma(connection, "synchronous") == 3
        assert pragma(connection, "foreign_keys") == 1
        assert pragma(connection, "journal_mode") == "delete"
    finally:
        connection.close()


def test_file_is_one_file_at_rest(db_path: Path) -> None:
    connection = open_database(db_path)
    connection.close()
    leftovers = [p.name for p in db_path.parent.iterdir() if p.name != db_path.name]
    assert leftovers == []


def test_check_pragmas_refuses_synchronous_normal(tmp_path: Path) -> None:
    connection = sqlite3.connect(str(tmp_path / "x.sqlite3"), isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute("PRAGMA synchronous = NORMAL")
        with pytest.raises(UnsafeSettings) as caught:
            check_pragmas(connection)
        assert "synchronous" in str(caught.value)
    finally:
        connection.close()


def test_check_pragmas_refuses_foreign_keys_off_and_wal(tmp_path: Path) -> None:
    connection = sqlite3.connect(str(tmp_path / "x.sqlite3"), isolation_level=None)
    try:
        connection.execute("PRAGMA synchronous = EXTRA")
        connection.execute("PRAGMA journal_mode = DELETE")
        with pytest.raises(UnsafeSettings):
            check_pragmas(connection)  # foreign keys are off by default
        connection.execute("PRAGMA foreign_keys = ON")
        check_pragmas(connection)
        connection.execute("PRAGMA journal_mode = WAL")
        with pytest.raises(UnsafeSettings):
            check_pragmas(connection)
    finally:
        connection.close()


def test_in_memory_database_opens_with_memory_journal() -> None:
    connection = open_database(":memory:")
    try:
        assert pragma(connection, "journal_mode") == "memory"
        assert pragma(connection, "synchronous") == 3
        assert pragma(connection, "foreign_keys") == 1
        assert pragma(connection, "user_version") == SCHEMA_VERSION
        check_pragmas(connection, in_memory=True)
        with pytest.raises(UnsafeSettings):
            check_pragmas(connection, in_memory=False)
    finally:
        connection.close()


def test_folder_under_a_regular_file_is_a_data_folder_error(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("I am a file, not a folder")
    folder = blocker / "data"
    with pytest.raises(DataFolderError) as caught:
        open_database(folder / "paraat.sqlite3")
    assert isinstance(caught.value, OSError)
    assert caught.value.where == str(folder)
    assert caught.value.why  # a plain reason, e.g. "Not a directory"
    assert not folder.exists()


def test_folder_that_is_a_regular_file_is_a_data_folder_error(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    with pytest.raises(DataFolderError) as caught:
        open_database(blocker / "paraat.sqlite3")
    assert caught.value.where == str(blocker)
    assert blocker.read_text() == "x"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root can write into read-only folders")
def test_read_only_folder_is_a_data_folder_error(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DataFolderError) as caught:
            open_database(folder / "paraat.sqlite3")
        assert caught.value.where == str(folder)
        assert caught.value.why
    finally:
        folder.chmod(0o700)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root can read and write any file")
def test_unreadable_file_is_a_data_folder_error(db_path: Path) -> None:
    open_database(db_path).close()
    db_path.chmod(0o200)
    try:
        with pytest.raises(DataFolderError) as caught:
            open_database(db_path)
        assert caught.value.where == str(db_path)
    finally:
        db_path.chmod(0o600)


def test_text_file_is_a_damaged_database(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_text("Dit is mijn boodschappenlijst: melk, brood, kaas.\n" * 20)
    with pytest.raises(DamagedDatabase):
        open_database(db_path)


def test_random_bytes_are_a_damaged_database(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    data = os.urandom(8192)
    db_path.write_bytes(data)
    with pytest.raises(DamagedDatabase) as caught:
        open_database(db_path)
    assert isinstance(caught.value, sqlite3.DatabaseError)
    assert db_path.read_bytes() == data  # a damaged file is never overwritten


def test_newer_schema_is_refused_and_left_alone(db_path: Path) -> None:
    open_database(db_path).close()
    raw = sqlite3.connect(str(db_path))
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    raw.commit()
    raw.close()
    with pytest.raises(SchemaTooNew) as caught:
        open_database(db_path)
    assert caught.value.found == SCHEMA_VERSION + 5
    raw = sqlite3.connect(str(db_path))
    try:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 5
    finally:
        raw.close()


def test_transaction_commits(db_path: Path) -> None:
    connection = open_database(db_path)
    try:
        with transaction(connection):
            connection.execute("INSERT INTO settings (key, value) VALUES ('a', '1')")
        assert not connection.in_transaction
    finally:
        connection.close()
    other = sqlite3.connect(str(db_path))
    try:
        assert other.execute("SELECT value FROM settings WHERE key = 'a'").fetchone() == ("1",)
    finally:
        other.close()


def test_transaction_rolls_back_on_exception(db_path: Path) -> None:
    connection = open_database(db_path)
    try:
        with pytest.raises(RuntimeError, match="boom"), transaction(connection):
            connection.execute("INSERT INTO settings (key, value) VALUES ('a', '1')")
            connection.execute("UPDATE home SET municipality = 'Utrecht'")
            raise RuntimeError("boom")
        assert not connection.in_transaction
        assert connection.execute("SELECT COUNT(*) FROM settings").fetchone()[0] == 0
        assert connection.execute("SELECT municipality FROM home").fetchone()[0] == ""
    finally:
        connection.close()


def test_transaction_rolls_back_on_sql_error(db_path: Path) -> None:
    connection = open_database(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError), transaction(connection):
            connection.execute("INSERT INTO settings (key, value) VALUES ('a', '1')")
            connection.execute("INSERT INTO settings (key, value) VALUES ('a', '2')")
        assert connection.execute("SELECT COUNT(*) FROM settings").fetchone()[0] == 0
        # The connection is usable again afterwards.
        with transaction(connection):
            connection.execute("INSERT INTO settings (key, value) VALUES ('b', '3')")
        assert connection.execute("SELECT value FROM settings").fetchall() == [("3",)]
    finally:
        connection.close()


def test_foreign_keys_are_enforced(db_path: Path) -> None:
    connection = open_database(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError), transaction(connection):
            connection.execute("INSERT INTO medicine (member_id, name) VALUES (999, 'X')")
    finally:
        connection.close()
