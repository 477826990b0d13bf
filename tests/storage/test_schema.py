"""The schema: migrations from every released version, and the tables matching the records."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.core.records import KINDS, MEETING_PLACES, ROLES, SCENARIOS
from app.storage import schema
from app.storage.database import open_database, transaction
from app.storage.repository import Repository
from app.storage.schema import MIGRATIONS, SCHEMA_VERSION, SchemaTooNew, migrate
from tests.storage.conftest import columns, user_version


def build_version_1(path: Path) -> None:
    """A file as the first release left it, with one row in the tables v2 changes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(str(path), isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        with transaction(connection):
            assert migrate(connection, target=1) == 0
            connection.execute(
                "INSERT INTO member (id, position, name, age_group, mobility) "
                "VALUES (7, 1, 'Oma Riet', 'senior', 'Rollator')"
            )
            connection.execute(
                "INSERT INTO medicine (id, member_id, name, days_needed) "
                "VALUES (3, 7, 'Metoprolol', 14)"
            )
            connection.execute(
                "INSERT INTO document (id, what, original_location, number) "
                "VALUES (2, 'Paspoort', 'Bureaulade', 'NX123')"
            )
            connection.execute(
                "UPDATE plan SET contact_name = 'Tante Ineke', contact_phone = '06-12345009'"
            )
            connection.execute("UPDATE role SET person = 'Mark' WHERE id = 'gas'")
            connection.execute("INSERT INTO settings (key, value) VALUES ('wizard_done', '1')")
    finally:
        connection.close()


def test_schema_version_counts_the_migrations() -> None:
    assert SCHEMA_VERSION == len(MIGRATIONS) == 5


def test_version_1_file_has_no_v2_columns(data_dir: Path) -> None:
    path = data_dir / "old.sqlite3"
    build_version_1(path)
    assert user_version(path) == 1
    raw = sqlite3.connect(str(path))
    try:
        assert "phone" not in columns(raw, "member")
        assert "expires" not in columns(raw, "document")
        assert "last_practised" not in columns(raw, "plan")
    finally:
        raw.close()


def test_version_1_file_is_upgraded_on_open_with_data_intact(data_dir: Path) -> None:
    path = data_dir / "old.sqlite3"
    build_version_1(path)
    connection = open_database(path)
    try:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert columns(connection, "member")["phone"] == ("TEXT", 1, "''")
        assert columns(connection, "document")["expires"] == ("TEXT", 1, "''")
        assert columns(connection, "plan")["last_practised"] == ("TEXT", 1, "''")
        assert connection.execute("SELECT name, phone FROM member WHERE id = 7").fetchone() == (
            "Oma Riet", "")
        assert connection.execute("SELECT what, expires FROM document").fetchone() == (
            "Paspoort", "")
        assert connection.execute("SELECT last_practised FROM plan").fetchone() == ("",)
    finally:
        connection.close()
    assert user_version(path) == SCHEMA_VERSION


def test_version_1_file_reads_as_records_through_the_repository(data_dir: Path) -> None:
    path = data_dir / "old.sqlite3"
    build_version_1(path)
    repository = Repository.open(path)
    try:
        household = repository.household()
        [member] = household.members
        assert (member.id, member.name, member.age_group, member.mobility, member.phone) == (
            7, "Oma Riet", "senior", "Rollator", "")
        [medicine] = household.medicines
        assert (medicine.id, medicine.member_id, medicine.days_needed) == (3, 7, 14)
        [document] = household.documents
        assert (document.id, document.number, document.expires) == (2, "NX123", "")
        assert household.plan.contact_name == "Tante Ineke"
        assert household.plan.last_practised == ""
        assert household.roles["gas"].person == "Mark"
        assert repository.setting("wizard_done") == "1"
        # The new columns are usable at once.
        repository.set_field("member", 7, "phone", "030-1234567")
        repository.set_field("document", 2, "expires", "01-02-2030")
        repository.set_field("plan", 1, "last_practised", "2026-03-01")
    finally:
        repository.close()
    repository = Repository.open(path)
    try:
        assert repository.get("member", 7).phone == "030-1234567"
        assert repository.get("document", 2).expires == "2030-02-01"
        assert repository.get("plan", 1).last_practised == "2026-03-01"
    finally:
        repository.close()


def test_migrate_returns_the_old_version_and_is_a_no_op_when_current(data_dir: Path) -> None:
    path = data_dir / "old.sqlite3"
    build_version_1(path)
    connection = sqlite3.connect(str(path), isolation_level=None)
    try:
        with transaction(connection):
            assert migrate(connection) == 1
        with transaction(connection):
            assert migrate(connection) == SCHEMA_VERSION
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        connection.close()


def test_a_failed_upgrade_leaves_the_file_at_its_old_version(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = data_dir / "old.sqlite3"
    build_version_1(path)
    broken = (MIGRATIONS[0], MIGRATIONS[1] + "\nINSERT INTO no_such_table VALUES (1);")
    monkeypatch.setattr(schema, "MIGRATIONS", broken)
    with pytest.raises(sqlite3.OperationalError):
        open_database(path)
    monkeypatch.undo()
    assert user_version(path) == 1
    raw = sqlite3.connect(str(path))
    try:
        assert "phone" not in columns(raw, "member")  # the ALTERs were rolled back too
        assert raw.execute("SELECT name FROM member").fetchall() == [("Oma Riet",)]
    finally:
        raw.close()


def test_migrate_refuses_a_newer_version() -> None:
    connection = sqlite3.connect(":memory:", isolation_level=None)
    try:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        with pytest.raises(SchemaTooNew) as caught:
            migrate(connection)
        assert caught.value.found == SCHEMA_VERSION + 1
        assert str(SCHEMA_VERSION) in str(caught.value)
    finally:
        connection.close()


def test_every_table_matches_its_record_type() -> None:
    connection = open_database(":memory:")
    try:
        for kind in KINDS.values():
            found = columns(connection, kind.table)
            assert set(found) == {"id", *kind.field_names(), "checksum"}, kind.name
            assert found["checksum"] == ("TEXT", 1, "''")
    finally:
        connection.close()


def test_column_defaults_match_record_defaults() -> None:
    """A row inserted with only its required columns reads back as the blank record."""
    connection = open_database(":memory:")
    try:
        for kind in KINDS.values():
            blank = kind.cls()
            for name, (_, notnull, default) in columns(connection, kind.table).items():
                if name in ("id", "checksum") or default is None:
                    continue
                assert notnull == 1, (kind.name, name)
                value = connection.execute(f"SELECT {default}").fetchone()[0]
                assert value == getattr(blank, name), (kind.name, name)
    finally:
        connection.close()


def test_fixed_rows_exist_after_migration() -> None:
    connection = open_database(":memory:")
    try:
        assert connection.execute("SELECT id FROM home").fetchall() == [(1,)]
        assert connection.execute("SELECT id FROM plan").fetchall() == [(1,)]
        for table, ids in (("meeting_place", MEETING_PLACES), ("role", ROLES),
                           ("scenario", SCENARIOS)):
            found = {row[0] for row in connection.execute(f"SELECT id FROM {table}")}
            assert found == set(ids), table
    finally:
        connection.close()


def test_required_names_cannot_be_empty_even_in_sql() -> None:
    connection = open_database(":memory:")
    try:
        for sql in ("INSERT INTO member (name) VALUES ('')",
                    "INSERT INTO pet (species) VALUES ('')",
                    "INSERT INTO home (id) VALUES (2)"):
            with pytest.raises(sqlite3.IntegrityError):
                connection.execute(sql)
    finally:
        connection.close()
