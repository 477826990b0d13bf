"""Checksums per record: kept right by every write, compared on every read, damage surfaced.

The last test measures what the checksums add to ``integrity_check`` against silent damage
(RELIABILITY.md §1.5d: 55 % of random bit flips changed data while both checks said "ok"). It
flips random bits in copies of a file with 500 contacts and 500 stock entries and sorts every
trial into one outcome. Default: 300 trials (about 20 s). Long form, 3,000 trials::

    PARAAT_LONG_TESTS=1 /tmp/venv/bin/python -m pytest tests/storage/test_checksums.py -s -k flips

``-s`` prints the table; ``PARAAT_FLIP_SEED`` repeats an earlier run.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import os
import random
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.demo import demo_household, demo_stock
from app.core.records import KINDS, Contact, ContactPhone, Member, Pet, Stock
from app.storage import checksums, schema
from app.storage.database import open_database, transaction
from app.storage.repository import DamagedRecord, Repository
from app.storage.schema import SCHEMA_VERSION, migrate
from tests.storage.conftest import columns, reopen, user_version

TODAY = dt.date(2026, 11, 28)


# --- an independent reading of the stored checksums ---------------------------------------------


def expected_checksum(table: str, row: dict[str, Any]) -> str:
    """The documented format, computed here without the app's code: SHA-256 of the JSON array
    [table, id, [field names, sorted], [their values]], first 16 hex digits."""
    names = sorted(name for name in row if name not in ("id", "checksum"))
    payload = json.dumps([table, row["id"], names, [row[name] for name in names]],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def bad_rows(connection: Any) -> list[tuple[str, Any]]:
    """(table, id) of every stored row whose checksum does not match, read with plain SQL."""
    found = []
    for kind in KINDS.values():
        cursor = connection.execute(f"SELECT * FROM {kind.table}")
        names = [column[0] for column in cursor.description]
        for values in cursor.fetchall():
            row = dict(zip(names, values, strict=True))
            if row["checksum"] != expected_checksum(kind.table, row):
                found.append((kind.table, row["id"]))
    return found


def damage(connection: Any, table: str, record_id: Any, sql_assignment: str) -> None:
    """Change a stored row behind the repository's back (its checksum is left as it was)."""
    connection.execute(f"UPDATE {table} SET {sql_assignment} WHERE id = ?", (record_id,))


@pytest.fixture
def filled(repo: Repository) -> Repository:
    repo.replace_all(demo_household(), demo_stock(TODAY))
    return repo


# --- the migration to version 5 -----------------------------------------------------------------


def build_version_4(path: Path) -> None:
    """A file as version 4 left it: a few rows in the tables, no checksums."""
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(str(path), isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        with transaction(connection):
            assert migrate(connection, target=4) == 0
            connection.execute("INSERT INTO member (id, position, name, phone) "
                               "VALUES (7, 1, 'Oma Riet', '06-12345678')")
            connection.execute("INSERT INTO medicine (member_id, name, days_needed) "
                               "VALUES (7, 'Metoprolol', 14)")
            connection.execute("INSERT INTO stock (item_id, name, quantity, unit, expires, hours) "
                               "VALUES ('water', '', 6, 'l', '2027-03', NULL)")
            connection.execute("INSERT INTO contact (id, name, category) "
                               "VALUES (3, 'Huisarts Jansen', 'gp')")
            connection.execute("INSERT INTO contact_phone (contact_id, number) "
                               "VALUES (3, '030-1234567')")
            connection.execute("INSERT INTO contact_check (contact_id, member_id) VALUES (3, 7)")
            connection.execute("UPDATE home SET address = 'Dorpsstraat 1'")
            connection.execute("INSERT INTO settings (key, value) VALUES ('wizard_done', '1')")
    finally:
        connection.close()


def test_a_version_4_file_gets_a_checksum_on_every_row(data_dir: Path) -> None:
    path = data_dir / "v4.sqlite3"
    build_version_4(path)
    assert user_version(path) == 4
    repository = Repository.open(path)
    try:
        assert user_version(path) == SCHEMA_VERSION
        for kind in KINDS.values():
            assert columns(repository.connection, kind.table)["checksum"] == ("TEXT", 1, "''")
        assert "checksum" not in columns(repository.connection, "settings")  # see checksums.py
        stored = repository.connection.execute("SELECT checksum FROM stock").fetchall()
        assert len(stored) == 1 and len(stored[0][0]) == 16
        assert bad_rows(repository.connection) == []
        assert repository.verify_all() == []
        assert repository.get("member", 7).name == "Oma Riet"
        assert repository.list("stock")[0].quantity == 6.0
        assert repository.setting("wizard_done") == "1"
    finally:
        repository.close()


def test_a_version_1_file_is_upgraded_all_the_way_with_checksums(data_dir: Path) -> None:
    from tests.storage.test_schema import build_version_1

    path = data_dir / "v1.sqlite3"
    build_version_1(path)
    repository = Repository.open(path)
    try:
        assert bad_rows(repository.connection) == []
        assert repository.verify_all() == []
        assert repository.get("document", 2).number == "NX123"
    finally:
        repository.close()


def test_a_failed_version_5_upgrade_leaves_version_4(data_dir: Path, monkeypatch) -> None:
    path = data_dir / "v4.sqlite3"
    build_version_4(path)

    def broken(connection: Any) -> None:
        schema._v5(connection)
        raise sqlite3.OperationalError("no such table: later")

    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS[:4], broken))
    with pytest.raises(sqlite3.OperationalError):
        open_database(path)
    monkeypatch.undo()
    assert user_version(path) == 4
    raw = sqlite3.connect(str(path))
    try:
        assert "checksum" not in columns(raw, "member")
    finally:
        raw.close()


def test_a_later_migration_keeps_good_rows_good_and_damaged_rows_damaged(
        repo: Repository, monkeypatch) -> None:
    """A future version adding a column must not flag every row, nor hide earlier damage."""
    good = repo.add("pet", Pet(species="Hond", names="Bobbie"))
    bad = repo.add("pet", Pet(species="Kat"))
    damage(repo.connection, "pet", bad.id, "names = 'Poes'")
    later = (*schema.MIGRATIONS, "ALTER TABLE pet ADD COLUMN colour TEXT NOT NULL DEFAULT 'zwart'")
    monkeypatch.setattr(schema, "MIGRATIONS", later)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(later))
    with transaction(repo.connection):
        assert migrate(repo.connection, target=len(later)) == len(later) - 1
    names = checksums.table_columns(repo.connection, "pet")
    assert "colour" in names
    rows = {row[0]: row for row in checksums.read_rows(repo.connection, "pet", names)}
    assert checksums.is_intact("pet", names, rows[good.id])
    assert not checksums.is_intact("pet", names, rows[bad.id])


# --- every write keeps the checksums right ------------------------------------------------------


def test_demo_household_is_stored_with_valid_checksums(filled: Repository) -> None:
    assert bad_rows(filled.connection) == []
    assert filled.verify_all() == []
    assert filled.damaged() == []


def test_each_write_path_leaves_valid_checksums(filled: Repository) -> None:
    repo = filled
    member = repo.add("member", Member(name="Noor", age_group="child"))
    repo.set_field("member", member.id, "diet", "Geen noten")
    repo.set_field("home", 1, "postcode", "3511 AB")
    repo.set_field("meeting_place", "near", "place", "Bij de bakker")
    repo.set_field("stock", repo.list("stock")[0].id, "quantity", "2,5")
    assert repo.move_member(member.id, -1)
    snapshot = repo.delete("member", repo.list("member")[0].id)
    repo.restore(snapshot)
    snapshots = repo.delete_many("pet", [pet.id for pet in repo.list("pet")])
    repo.restore_many(snapshots)
    repo.add_many([("pet", Pet(species="Kip", count=3))],
                  [("plan", 1, "stay_place", "Bij tante"), ("plan", 1, "stay_notes", "Sleutel")])
    repo.add_contacts([(Contact(name="Buurman Piet", category="neighbour"),
                        [ContactPhone(number="06-12345670")])])
    assert bad_rows(repo.connection) == []
    repo = reopen(repo)
    try:
        assert repo.verify_all() == []
    finally:
        repo.close()


OPERATIONS = st.lists(
    st.tuples(st.sampled_from(["add_member", "add_stock", "add_contact", "edit", "edit_fixed",
                               "move", "delete", "undo", "bulk", "replace", "delete_many"]),
              st.integers(0, 10_000), st.text(max_size=30)),
    max_size=25,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(OPERATIONS)
def test_random_edit_sequences_keep_every_checksum_valid(operations) -> None:
    repo = Repository.open(":memory:")
    undo: list[Any] = []
    try:
        for operation, number, text in operations:
            name = text.strip() or f"naam {number}"
            # InvalidValue is a ValueError; IntegrityError: undo after an add took the same id.
            # A refused change leaves everything as it was.
            with contextlib.suppress(ValueError, LookupError, sqlite3.IntegrityError):
                _apply(repo, operation, number, name, undo)
            assert bad_rows(repo.connection) == [], operation
        assert repo.verify_all() == []
    finally:
        repo.close()


def _apply(repo: Repository, operation: str, number: int, name: str, undo: list[Any]) -> None:
    members = repo.list("member")
    if operation == "add_member":
        repo.add("member", Member(name=name, age_group=("adult", "child", "senior")[number % 3]))
    elif operation == "add_stock":
        repo.add("stock", Stock(item_id="own", name=name, quantity=number / 7 + 0.5,
                                hours=None if number % 2 else number % 100))
    elif operation == "add_contact":
        repo.add_contacts([(Contact(name=name), [ContactPhone(number=f"06-1234{number:04d}")])])
    elif operation == "edit" and members:
        member = members[number % len(members)]
        repo.set_field("member", member.id, ("notes", "diet", "name", "position")[number % 4],
                       name if number % 4 < 3 else number % 50)
    elif operation == "edit_fixed":
        repo.set_field("role", ("gas", "water", "power")[number % 3], "person", name)
    elif operation == "move" and members:
        repo.move_member(members[number % len(members)].id, (-1, 1)[number % 2])
    elif operation == "delete" and members:
        undo.append(repo.delete("member", members[number % len(members)].id))
    elif operation == "undo" and undo:
        repo.restore(undo.pop())
    elif operation == "bulk":
        repo.add_many([("pet", Pet(species=name))], [("home", 1, "notes", name)])
    elif operation == "replace":
        repo.replace_all(demo_household(), demo_stock(TODAY)[: number % 5])
        undo.clear()
    elif operation == "delete_many" and members:
        undo.extend(repo.delete_many("member", [member.id for member in members[:2]]))


# --- damage is noticed on reading ---------------------------------------------------------------


def test_a_changed_value_is_read_but_listed_as_damaged(filled: Repository) -> None:
    member = filled.list("member")[0]
    damage(filled.connection, "member", member.id, "name = 'Mxrk'")
    found = filled.get("member", member.id)
    assert found is not None and found.name == "Mxrk"  # the data is not hidden
    assert filled.damaged() == [DamagedRecord("member", member.id, "Mxrk")]


@pytest.mark.parametrize("way", ["at once", "in steps"])
def test_verify_all_finds_damage_in_every_kind_of_record(filled: Repository, way: str) -> None:
    targets = {}
    for kind in KINDS.values():
        row = filled.connection.execute(f"SELECT id FROM {kind.table} LIMIT 1").fetchone()
        if row is not None:
            targets[kind.name] = row[0]
            filled.connection.execute(
                f"UPDATE {kind.table} SET checksum = '0000000000000000' WHERE id = ?", row)
    assert set(targets) == set(KINDS)
    if way == "in steps":  # the check after start (issue 20), one row per step
        assert len(list(filled.verify_in_steps(rows=1))) >= len(KINDS)
    found = filled.verify_all() if way == "at once" else filled.damaged()
    assert {(record.kind, record.record_id) for record in found} == set(targets.items())
    assert [record.kind for record in found] == list(KINDS)  # in the kinds' order


def test_swapped_rows_are_noticed(filled: Repository) -> None:
    """Two rows' contents (checksums included) trading places: the id is in the checksum."""
    first, second = filled.list("member")[:2]
    swap = ("UPDATE member SET name = ?, age_group = ?, checksum = "
            "(SELECT checksum FROM member WHERE id = ?) WHERE id = ?")
    filled.connection.execute(swap, (second.name, second.age_group, second.id, first.id))
    assert {record.record_id for record in filled.verify_all()} == {first.id}


def test_a_read_that_finds_a_row_intact_again_takes_it_off_the_list(filled: Repository) -> None:
    pet = filled.list("pet")[0]
    damage(filled.connection, "pet", pet.id, "count = count + 1")
    assert len(filled.verify_all()) == 1
    damage(filled.connection, "pet", pet.id, "count = count - 1")
    assert filled.verify_all() == []


def test_listeners_hear_when_the_list_changes(filled: Repository) -> None:
    heard = []
    filled.add_damage_listener(lambda: heard.append(len(filled.damaged())))
    document = filled.list("document")[0]
    filled.verify_all()
    assert heard == []
    damage(filled.connection, "document", document.id, "number = 'NX999'")
    filled.list("document")
    filled.list("document")
    assert heard == [1]
    filled.accept_as_is("document", document.id)
    assert heard == [1, 0]


# --- odd values from damage never break reading -------------------------------------------------


@pytest.mark.parametrize(("table", "field", "assignment", "shown"), [
    ("document", "expires", "expires = '2027-1x-01'", ""),  # no longer a date: the default
    ("document", "what", "what = CAST(x'50617370ff6f7274' AS TEXT)", "Pasp\ufffdort"),  # bad UTF-8
    ("document", "what", "what = x'5061737030'", "Pasp0"),  # text turned into a blob
    ("document", "what", "what = 'Pas' || char(7) || 'poort'", "Pas\ufffdpoort"),
    ("document", "notes", "notes = 12345", "12345"),  # a number in a text column
    ("stock", "quantity", "quantity = 'veel'", 1.0),
    ("stock", "quantity", "quantity = -3", 1.0),
    ("stock", "unit", "unit = 'kq'", "pcs"),
    ("stock", "grab_bag", "grab_bag = 'ja'", 1),
    ("stock", "expires", "expires = '2027-13'", ""),
    ("member", "age_group", "age_group = 'adulu'", "adult"),
    ("member", "phone", "phone = '06-1234567x'", "06-1234567x"),  # kept as text, to be judged
    ("member", "position", "position = x'01'", 0),
    ("contact", "name", "name = ''", ""),
])
def test_odd_values_read_without_failing(filled: Repository, table, field, assignment, shown,
                                         data_dir: Path) -> None:
    kind = next(kind for kind in KINDS.values() if kind.table == table)
    record_id = filled.connection.execute(f"SELECT id FROM {table} LIMIT 1").fetchone()[0]
    filled.connection.execute("PRAGMA ignore_check_constraints = ON")
    damage(filled.connection, table, record_id, assignment)
    filled.connection.execute("PRAGMA ignore_check_constraints = OFF")
    household = filled.household()  # the whole household reads
    stock = filled.list("stock")
    record = filled.get(kind.name, record_id)
    assert getattr(record, field) == shown
    assert (kind.name, record_id) in {(d.kind, d.record_id) for d in filled.damaged()}
    assert household.members and stock
    # The record can be kept as it is shown; then it reads as intact.
    assert filled.accept_as_is(kind.name, record_id)
    assert filled.damaged() == []
    assert getattr(filled.get(kind.name, record_id), field) == shown
    assert filled.verify_all() == []
    assert bad_rows(filled.connection) == []


class _Malformed:
    """A connection on which SQLite reports one member row as malformed (damage quick_check
    does not see): reading the whole table fails, and so does that row's ``notes``."""

    def __init__(self, connection: sqlite3.Connection, bad_id: int) -> None:
        self.connection, self.bad_id = connection, bad_id

    def execute(self, sql: str, params: Any = ()) -> Any:
        if "FROM member" in sql and "rowid" not in sql:
            raise sqlite3.DatabaseError("database disk image is malformed")
        if "FROM member WHERE rowid" in sql and params == (self.bad_id,) and "notes" in sql:
            raise sqlite3.DatabaseError("database disk image is malformed")
        return self.connection.execute(sql, params)

    def executemany(self, sql: str, params: Any) -> Any:
        return self.connection.executemany(sql, params)

    def close(self) -> None:
        self.connection.close()


def test_a_malformed_row_is_read_around_and_listed(filled: Repository) -> None:
    members = filled.list("member")
    bad = members[1]
    repo = Repository(_Malformed(filled.connection, bad.id), filled.path)
    household = repo.household()
    assert [m.id for m in household.members] == [m.id for m in members]  # none hidden
    assert [m.name for m in household.members] == [m.name for m in members]
    assert repo.get("member", bad.id).notes == ""  # unreadable: the field's default
    assert [(d.kind, d.record_id, d.label) for d in repo.damaged()] == [
        ("member", bad.id, bad.name)]


def test_readable_falls_back_to_defaults() -> None:
    from app.core.fields import Date, Whole

    assert checksums.readable(None, Whole(1, 2**62), 0) == 0
    assert checksums.readable("2026-02-30", Date(), "") == ""
    assert checksums.readable(b"\xffname", Date(), "") == ""
    assert checksums.label_of({"what": "  Paspoort "}) == "Paspoort"
    assert checksums.label_of({"id": 3}) == ""


# --- what changes a damaged record's status -----------------------------------------------------


def test_editing_a_damaged_record_does_not_make_it_good(filled: Repository) -> None:
    member = filled.list("member")[0]
    damage(filled.connection, "member", member.id, "allergies = 'Pinda''s?'")
    filled.set_field("member", member.id, "diet", "Vegetarisch")
    assert [d.record_id for d in filled.verify_all()] == [member.id]
    assert filled.get("member", member.id).diet == "Vegetarisch"


def test_moving_members_keeps_a_damaged_member_damaged(filled: Repository) -> None:
    first, second = filled.list("member")[:2]
    damage(filled.connection, "member", second.id, "notes = 'x'")
    filled.move_member(second.id, -1)
    assert [d.record_id for d in filled.verify_all()] == [second.id]
    assert [m.id for m in filled.list("member")][:2] == [second.id, first.id]


def test_deleting_a_damaged_record_takes_it_off_the_list_and_undo_puts_it_back(
        filled: Repository) -> None:
    member = next(m for m in filled.list("member") if filled.list("medicine", m.id))
    medicine = filled.list("medicine", member.id)[0]
    damage(filled.connection, "medicine", medicine.id, "dose = '5 mx'")
    assert filled.verify_all()
    snapshot = filled.delete("member", member.id)  # takes the medicine with it
    assert filled.damaged() == []
    filled.restore(snapshot)
    assert [(d.kind, d.record_id) for d in filled.damaged()] == [("medicine", medicine.id)]
    assert [(d.kind, d.record_id) for d in filled.verify_all()] == [("medicine", medicine.id)]


def test_replacing_everything_clears_the_list(filled: Repository) -> None:
    damage(filled.connection, "home", 1, "address = 'Nergens 0'")
    assert filled.verify_all()
    filled.replace_all(demo_household(), [])
    assert filled.damaged() == [] and filled.verify_all() == []


def test_accept_as_is_of_a_missing_record(filled: Repository) -> None:
    assert filled.accept_as_is("member", 999) is False


def test_damage_found_is_kept_when_the_file_is_opened_again(filled: Repository) -> None:
    contact = filled.list("contact")[0]
    damage(filled.connection, "contact", contact.id, "address = 'Elders'")
    repo = reopen(filled)
    try:
        assert [d.record_id for d in repo.verify_all()] == [contact.id]
    finally:
        repo.close()


# --- exports name damaged entries ---------------------------------------------------------------


def _damaged_demo(folder: Path) -> str:
    from app.__main__ import main

    assert main(["--data-dir", str(folder), "demo"]) == 0
    repo = Repository.open(folder / "paraat.sqlite3")
    try:
        contact = repo.list("contact")[0]
        damage(repo.connection, "contact", contact.id, "notes = 'Sleutel onder de mxt'")
    finally:
        repo.close()
    return contact.name


@pytest.mark.parametrize("command", [
    ["export-contacts", "out.vcf"], ["export-supplies", "out.csv"], ["export-json", "out.json"]])
def test_cli_exports_write_the_file_and_name_damaged_entries(tmp_path: Path, capsys, command,
                                                             monkeypatch) -> None:
    from app.__main__ import main

    name = _damaged_demo(tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "data"), *command]) == 3
    err = capsys.readouterr().err
    assert f"Let op: een gegeven is misschien beschadigd: “{name}” (contact)." in err
    assert "Het bestand is wel gemaakt." in err
    assert (tmp_path / command[1]).stat().st_size > 0
    assert main(["--data-dir", str(tmp_path / "data"), "--lang", "en", *command]) == 3
    assert f"Note: an entry may be damaged: “{name}” (contact)." in capsys.readouterr().err


def test_cli_export_of_intact_data_says_nothing_extra(tmp_path: Path, capsys,
                                                      monkeypatch) -> None:
    from app.__main__ import main

    assert main(["--data-dir", str(tmp_path / "data"), "demo"]) == 0
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "data"), "export-contacts", "out.vcf"]) == 0
    assert capsys.readouterr().err == ""


def test_damage_warning_counts_beyond_five() -> None:
    from app.commands import damage_warning

    records = [DamagedRecord("stock", n, f"Fles {n}") for n in range(7)]
    text = damage_warning(records, "en")
    assert text.startswith("Note: 7 entries may be damaged: “Fles 0” (emergency kit), ")
    assert "“Fles 4” (emergency kit) and 2 more." in text
    assert damage_warning([], "nl") == ""
    assert "“power” (afspraak)" in damage_warning([DamagedRecord("scenario", "power", "")])


# --- measurement: random bit flips in a file with 500 contacts and 500 stock entries ------------


LONG = os.environ.get("PARAAT_LONG_TESTS") == "1"
TRIALS = 3000 if LONG else 300
OUTCOMES = ("open or read error", "integrity_check fails", "checksum: data changed",
            "checksum: only checksum changed", "silent data change", "settings changed",
            "no effect")


def _big_file(folder: Path) -> Path:
    path = folder / "big.sqlite3"
    repo = Repository.open(path)
    repo.replace_all(demo_household(), demo_stock(TODAY))
    rng = random.Random(7)
    repo.add_contacts([
        (Contact(name=f"Contact {n} {rng.choice(['de Vries', 'Jansen', 'Bakker'])}",
                 category=rng.choice(["family", "neighbour", "work", "other"]),
                 address=f"Kerkstraat {n}", notes="Sleutel bij de buren" * (n % 3)),
         [ContactPhone(number=f"06-{12000000 + n}")])
        for n in range(500 - repo.count("contact"))
    ])
    repo.add_many([("stock", Stock(item_id=rng.choice(["water", "own", "batteries_aa"]),
                                   name=f"Voorraad {n}", quantity=rng.randint(1, 40),
                                   unit="pcs", location=rng.choice(["kelder", "zolder", ""]),
                                   expires=f"2027-{rng.randint(1, 12):02d}"))
                   for n in range(500 - repo.count("stock"))])
    repo.close()
    return path


def _contents(repo: Repository) -> tuple[Any, ...]:
    """Everything the app can read: every record (as the repository returns it)."""
    return tuple((kind.name, tuple(dataclasses.astuple(r) for r in repo.list(kind.name)))
                 for kind in KINDS.values())


def _settings(repo: Repository) -> list[tuple[str, str]]:
    return repo.connection.execute("SELECT key, value FROM settings ORDER BY key").fetchall()


def _classify(path: Path, reference: tuple[Any, ...], reference_settings: list) -> str:
    try:
        repo = Repository.open(path)
    except Exception:  # DamagedDatabase, SchemaTooNew, sqlite3 errors: recovery's business
        return "open or read error"
    try:
        try:
            integrity = repo.connection.execute("PRAGMA integrity_check").fetchall()
        except sqlite3.DatabaseError:
            return "open or read error"
        if integrity != [("ok",)]:
            return "integrity_check fails"
        try:
            damaged = repo.verify_all()
            contents = _contents(repo)
            settings_now = _settings(repo)
        except sqlite3.DatabaseError:
            return "open or read error"
        if damaged:
            return "checksum: data changed" if contents != reference else \
                "checksum: only checksum changed"
        if contents != reference:
            return "silent data change"
        if settings_now != reference_settings:
            return "settings changed"
        return "no effect"
    finally:
        repo.close()


def test_random_bit_flips_never_change_record_data_silently(tmp_path: Path) -> None:
    seed = int(os.environ.get("PARAAT_FLIP_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    original = _big_file(tmp_path)
    repo = Repository.open(original)
    reference, reference_settings = _contents(repo), _settings(repo)
    repo.close()
    data = original.read_bytes()
    counts: collections.Counter[str] = collections.Counter()
    silent = []
    started = time.perf_counter()
    for trial in range(TRIALS):
        damaged = bytearray(data)
        for _ in range(rng.choice((1, 4, 16))):
            damaged[rng.randrange(len(damaged))] ^= 1 << rng.randrange(8)
        copy = tmp_path / f"flip{trial % 2}.sqlite3"
        copy.write_bytes(bytes(damaged))
        outcome = _classify(copy, reference, reference_settings)
        counts[outcome] += 1
        if outcome == "silent data change":
            silent.append(trial)
    elapsed = time.perf_counter() - started
    print(f"\nseed {seed}: {TRIALS} trials on {len(data) // 1024} KiB, {elapsed:.1f} s")
    for outcome in OUTCOMES:
        print(f"  {outcome:32} {counts[outcome]:5}  {100 * counts[outcome] / TRIALS:5.1f} %")
    assert sum(counts.values()) == TRIALS
    assert silent == [], f"seed {seed}: silent changes in trials {silent}"
    assert counts["checksum: data changed"] > 0  # the test can see what it is looking for


# --- the hash without OpenSSL (issue 20) ---------------------------------------------------------


def _reference(table: str, row_id: Any, names: list[str], values: list[Any]) -> str:
    """The checksum as the first version computed it: the whole array at once, hashlib's SHA-256."""
    order = sorted(range(len(names)), key=names.__getitem__)
    payload = json.dumps([table, row_id, [names[i] for i in order], [values[i] for i in order]],
                         ensure_ascii=False, separators=(",", ":"),
                         default=lambda blob: {"blob": bytes(blob).hex()})
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()[:16]


_VALUES = st.one_of(st.none(), st.integers(), st.floats(allow_nan=False), st.text(),
                    st.binary(max_size=8), st.just("Pasp\ud800ort"), st.just("café ⚠ \"q\" \\"))


@settings(max_examples=300, deadline=None)
@given(table=st.sampled_from(["stock", "contact", "help_point"]),
       row_id=st.one_of(st.integers(), st.sampled_from(["gp", "emergency_point", "é"])),
       columns=st.lists(st.tuples(st.text(min_size=1, max_size=6), _VALUES),
                        min_size=1, max_size=8, unique_by=lambda column: column[0]))
def test_checksum_is_the_same_bytes_as_hashlib(table: str, row_id: Any,
                                               columns: list[tuple[str, Any]]) -> None:
    names = [name for name, _ in columns]
    values = [value for _, value in columns]
    assert checksums.checksum(table, row_id, names, values) == _reference(table, row_id, names, values)


def test_stored_checksums_still_match(filled: Repository) -> None:
    """Rows signed by the app read as intact, and the independent reading agrees."""
    assert bad_rows(filled.connection) == []
    assert filled.verify_all() == []


def test_the_checksums_load_no_openssl() -> None:
    """Start-up memory (issue 20): computing checksums imports neither hashlib nor _hashlib,
    whose libcrypto costs 3.3 MiB; checked in a fresh interpreter."""
    import subprocess
    import sys
    code = ("import sys\nfrom app.storage import checksums, backup_checks\n"
            "checksums.checksum('stock', 1, ['name'], ['water'])\n"
            "print(sorted(name for name in ('hashlib', '_hashlib') if name in sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, cwd=Path(__file__).resolve().parents[2])
    assert result.stdout.strip() == "[]"


def test_the_values_encoder_is_the_quick_one_and_gives_the_same_text() -> None:
    """On CPython the C encoder is made once (not per row); its text is JSONEncoder's."""
    assert checksums._encode_values is not checksums._ENCODER.encode
    values = ["Pasp\ud800ort", "café ⚠", 1.5, -0.0, 10**20, None, True, b"\xff", float("inf")]
    assert checksums._encode_values(values) == checksums._ENCODER.encode(values)
    with pytest.raises(TypeError):
        checksums._encode_values([object()])


def test_the_check_in_steps_reads_a_bounded_number_of_rows_per_step(repo: Repository,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 20: the check after start never compares more than ``rows`` rows between two
    turns of the event loop, finds damage in the last step, and follows edits made between
    steps without calling a changed row damaged."""
    from app.storage import damage

    repo.add_many([("stock", Stock(item_id="water", quantity=1 + n % 5, unit="l")) for n in range(1000)])
    last = repo.connection.execute("SELECT max(id) FROM stock").fetchone()[0]
    repo.connection.execute("UPDATE stock SET quantity = 99 WHERE id = ?", (last,))  # damage
    compared: list[int] = []
    real = damage.DamageTracking._verify
    monkeypatch.setattr(damage.DamageTracking, "_verify",
                        lambda self, *args: compared.append(1) or real(self, *args))
    steps = repo.verify_in_steps(rows=300)
    per_step = []
    first = repo.connection.execute("SELECT min(id) FROM stock").fetchone()[0]
    for kind in steps:
        per_step.append((kind, len(compared)))
        compared.clear()
        if len(per_step) == 3:  # between two steps the household edits an entry already checked
            repo.set_field("stock", first, "quantity", 7)
    assert max(count for _, count in per_step) <= 300
    assert sum(count for kind, count in per_step if kind == "stock") == 1000
    assert [(record.kind, record.record_id) for record in repo.damaged()] == [("stock", last)]
    assert repo.get("stock", first).quantity == 7


def test_the_check_in_steps_keeps_the_tables_it_read_as_a_read_would(data_dir, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 20: what the check after start read, page after page of rows, is kept in the
    kinds' own order (the kit page's first show need not read 20,000 entries again), damaged
    entries made safe to show exactly as a read makes them; a table changed while it was being
    checked is not kept."""
    from tests.conftest import count_whole_table_reads

    repo = Repository.open(data_dir / "steps.sqlite3")
    try:
        repo.add_many([("stock", Stock(item_id="water", quantity=1 + n % 5, unit="l",
                                       expires=["", "2027-03", "2026-12-20", "2027-03-01"][n % 4],
                                       location=f"Plank {n}")) for n in range(700)])
        repo.add_many([("contact", Contact(name=name)) for name in ("bakker", "Aarts", "Zwart", "anna")])
        repo.connection.execute("UPDATE stock SET location = 'ergens' WHERE id = 10")  # damage
        repo.forget_cached()
        for _ in repo.verify_in_steps(rows=100):
            pass
        reads = count_whole_table_reads(monkeypatch)
        kept = {kind: repo.list(kind) for kind in ("stock", "contact", "member")}
        assert reads == []  # every table was kept by the check
        repo.forget_cached()
        assert {kind: repo.list(kind) for kind in kept} == kept  # a read gives the same, in order
        assert [c.name for c in kept["contact"]] == ["Aarts", "anna", "bakker", "Zwart"]
        assert [(r.kind, r.record_id) for r in repo.damaged()] == [("stock", 10)]

        repo.forget_cached()
        steps = repo.verify_in_steps(rows=100)
        for kind in steps:
            if kind == "stock":  # the household adds an entry while the stock is being checked
                repo.add("stock", Stock(item_id="candles", quantity=2, unit="pcs"))
                break
        for _ in steps:
            pass
        reads.clear()
        assert len(repo.list("stock")) == 701
        assert reads == ["stock"]  # read again, not kept from before the change

        repo.forget_cached()  # a backup copied in page by page: the counters do not see it
        steps = repo.verify_in_steps(rows=100)
        for kind in steps:
            if kind == "stock":
                repo.forget_cached()
                break
        for _ in steps:
            pass
        reads.clear()
        repo.list("stock")
        assert reads == ["stock"]  # nothing kept across forget_cached
    finally:
        repo.close()
