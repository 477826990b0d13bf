"""The schema: migrations from every released version, and the tables matching the records."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.core.records import (
    HELP_POINTS,
    KINDS,
    MEETING_PLACES,
    ROLES,
    SCENARIOS,
    ContactPhone,
    Member,
    Pet,
    Stock,
)
from app.storage import backups, checksums, schema
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
    assert SCHEMA_VERSION == len(MIGRATIONS) == 11


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
                           ("scenario", SCENARIOS), ("help_point", HELP_POINTS)):
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


# --- version 6: ids are never handed out twice ---------------------------------------------------

_REBUILT = ("member", "medicine", "pet", "pickup", "care", "document", "stock", "contact",
            "contact_phone", "contact_check")


def build_version_5(path: Path) -> None:
    """A file as version 5 left it: a row in every table migration 6 rebuilds, all signed, and
    one row damaged afterwards (its checksum no longer matches), behind the highest ids."""
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(str(path), isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        with transaction(connection):
            assert migrate(connection, target=5) == 0
            for sql in (
                "INSERT INTO member (id, position, name, age_group) VALUES (7, 1, 'Oma Riet', 'senior')",
                "INSERT INTO member (id, position, name, age_group) VALUES (9, 2, 'Sem', 'child')",
                "INSERT INTO medicine (id, member_id, name, days_needed) VALUES (3, 7, 'Metoprolol', 14)",
                "INSERT INTO pet (id, species, count) VALUES (4, 'Hond', 1)",
                "INSERT INTO pickup (id, child_id, first_person) VALUES (2, 9, 'Buurvrouw An')",
                "INSERT INTO care (id, person, helper) VALUES (5, 'Meneer Jansen', 'Mark')",
                "INSERT INTO document (id, what, number) VALUES (6, 'Paspoort', 'NX123')",
                "INSERT INTO stock (id, item_id, quantity, unit) VALUES (12, 'water', 9, 'l')",
                "INSERT INTO contact (id, name) VALUES (4, 'Huisarts')",
                "INSERT INTO contact_phone (id, contact_id, number) VALUES (8, 4, '+31301234567')",
                "INSERT INTO contact_check (id, contact_id, member_id) VALUES (3, 4, 7)",
            ):
                connection.execute(sql)
            for table in checksums.checked_tables(connection):
                checksums.sign(connection, table, checksums.table_columns(connection, table))
        connection.execute("UPDATE pet SET names = 'Bobbie' WHERE id = 4")  # damage
    finally:
        connection.close()


def _rows(connection: sqlite3.Connection, table: str) -> list[tuple]:
    return connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()


# Columns later versions added to tables version 6 rebuilt (their rows are signed again), and
# the tables they made.
_ADDED_LATER = {
    "contact_phone": {"types"},  # version 7
    "medicine": {"as_needed", "per_day", "in_stock", "keep_cold", "cold_note"},  # version 8
    "home": {"has_car", "glasses", "hearing_aids", "menstruation", "own_well", "toddler"},
    "plan": {"practice_notes"},
    "contact": {"card_share"},  # version 10
}
_TABLES_LATER = {"not_needed", "to_buy", "device", "help_point"}  # versions 8, 9 and 10


def _rows_without_later_columns(connection: sqlite3.Connection, table: str) -> list[tuple]:
    """A table's rows in the columns version 6 had, without the checksum."""
    names = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")
             if row[1] not in _ADDED_LATER[table] and row[1] != "checksum"]
    return connection.execute(f"SELECT {', '.join(names)} FROM {table} ORDER BY id").fetchall()


def _shape(connection: sqlite3.Connection) -> dict[str, object]:
    """Columns, foreign keys and indexes of every table (what a rebuild must keep)."""
    names = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    return {name: (
        connection.execute(f"PRAGMA table_info({name})").fetchall(),
        sorted(tuple(row[2:]) for row in connection.execute(f"PRAGMA foreign_key_list({name})")),
        sorted((row[1], row[2]) for row in connection.execute(f"PRAGMA index_list({name})")),
    ) for name in names}


def test_version_5_file_is_rebuilt_with_autoincrement_keeping_rows_checksums_and_links(
        data_dir: Path) -> None:
    path = data_dir / "v5.sqlite3"
    build_version_5(path)
    raw = sqlite3.connect(str(path))
    try:
        before = {table: _rows(raw, table) for table in _REBUILT}
        shape_before = _shape(raw)
    finally:
        raw.close()
    repository = Repository.open(path)
    try:
        connection = repository.connection
        assert user_version(path) == SCHEMA_VERSION == 11
        for table in _REBUILT:
            if table in _ADDED_LATER:  # a later version added columns: its rows are signed again
                assert _rows_without_later_columns(connection, table) == [
                    row[:-1] for row in before[table]]
                continue
            assert _rows(connection, table) == before[table], table  # ids and checksums too
            sql = connection.execute("SELECT sql FROM sqlite_master WHERE name = ?",
                                     (table,)).fetchone()[0]
            assert "AUTOINCREMENT" in sql and "_v6" not in sql, table
        shape_after = {table: shape for table, shape in _shape(connection).items()
                       if table not in _TABLES_LATER}
        for table, added in _ADDED_LATER.items():  # without the columns later versions added
            columns, *rest = shape_after[table]
            shape_after[table] = ([column for column in columns if column[1] not in added], *rest)
        columns, keys, indexes = shape_after["stock"]  # version 11 swapped the item index
        assert indexes == [("stock_tally", 0)]
        shape_after["stock"] = (columns, keys, [("stock_item", 0)])
        assert shape_after == shape_before  # same columns, foreign keys, indexes
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert backups.check_connection(connection, full=True).ok  # sqlite_sequence is fine
        # Good rows stay good, the damaged one stays damaged.
        assert [(d.kind, d.record_id) for d in repository.verify_all()] == [("pet", 4)]
        # Cascades still work: removing Oma Riet takes her medicine and check with her.
        repository.delete("member", 7)
        assert repository.list("medicine") == [] and repository.list("check") == []
        assert [c.name for c in repository.list("contact")] == ["Huisarts"]
    finally:
        repository.close()


def test_upgraded_file_has_the_schema_of_a_new_file(data_dir: Path) -> None:
    old = data_dir / "v1.sqlite3"
    build_version_1(old)
    fresh = open_database(data_dir / "new.sqlite3")
    upgraded = open_database(old)
    try:
        assert _shape(upgraded) == _shape(fresh)
        assert backups.schema_of(upgraded) == backups.expected_schema(SCHEMA_VERSION)
    finally:
        fresh.close()
        upgraded.close()


def test_the_sequence_starts_above_the_highest_id_of_an_upgraded_file(data_dir: Path) -> None:
    path = data_dir / "v5.sqlite3"
    build_version_5(path)
    repository = Repository.open(path)
    try:
        repository.delete("stock", 12)
        added = repository.add("stock", Stock(item_id="water", quantity=1, unit="l"))
        assert added.id == 13
        phone = repository.add("contact_phone", ContactPhone(contact_id=4, number="0612345678"))
        assert phone.id == 9
    finally:
        repository.close()


@pytest.mark.parametrize("reopen_between", [False, True])
def test_a_deleted_id_is_never_given_again(data_dir: Path, reopen_between: bool) -> None:
    path = data_dir / "paraat.sqlite3"
    repository = Repository.open(path)
    try:
        first = repository.add("pet", Pet(species="Kat"))
        second = repository.add("pet", Pet(species="Hond"))
        member = repository.add("member", Member(name="Sem"))
        repository.delete("pet", second.id)  # the newest: without AUTOINCREMENT its id came back
        repository.delete("member", member.id)
        if reopen_between:
            repository.close()
            repository = Repository.open(path)
        third = repository.add("pet", Pet(species="Konijn"))
        again = repository.add("member", Member(name="Sem"))
        assert third.id not in (first.id, second.id) and third.id > second.id
        assert again.id > member.id
    finally:
        repository.close()


def test_undoing_a_delete_puts_the_old_id_back_and_does_not_disturb_the_sequence(
        data_dir: Path) -> None:
    repository = Repository.open(data_dir / "paraat.sqlite3")
    try:
        pets = [repository.add("pet", Pet(species=name)) for name in ("Kat", "Hond")]
        snapshot = repository.delete("pet", pets[1].id)
        repository.restore(snapshot)
        assert repository.get("pet", pets[1].id) == pets[1]
        assert repository.add("pet", Pet(species="Vis")).id == pets[1].id + 1
    finally:
        repository.close()


def test_version_10_file_gets_the_stock_tally_index_and_keeps_every_entry(data_dir: Path) -> None:
    """Version 11 swaps the stock's item index for the covering tally index (issue 20): the
    entries, their checksums and what the kit page reads stay the same."""
    path = data_dir / "v10.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = sqlite3.connect(str(path), isolation_level=None)
    try:
        with transaction(raw):
            migrate(raw, target=10)
            raw.executemany("INSERT INTO stock (item_id, quantity, unit, expires) VALUES (?, ?, ?, ?)",
                            [("water", 6, "l", "2027-05"), ("water", 1.5, "l", "2027-05"),
                             ("candles", 4, "pcs", "")])
            checksums.sign(raw, "stock", checksums.table_columns(raw, "stock"))
        before = raw.execute("SELECT * FROM stock ORDER BY id").fetchall()
        assert {row[1] for row in raw.execute("PRAGMA index_list(stock)")} == {"stock_item"}
    finally:
        raw.close()
    repository = Repository.open(path)
    try:
        connection = repository.connection
        assert user_version(path) == 11
        assert {row[1] for row in connection.execute("PRAGMA index_list(stock)")} == {"stock_tally"}
        assert connection.execute("SELECT * FROM stock ORDER BY id").fetchall() == before
        assert [entry.quantity for entry in repository.list("stock")] == [6, 1.5, 4]
        assert repository.damaged() == []
        assert backups.check_file(path).ok
    finally:
        repository.close()
