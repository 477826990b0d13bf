"""The kit's stock entries in the database: migration 3, round trips, order, rules, limits."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from app.core.demo import demo_household, demo_stock
from app.core.fields import InvalidValue
from app.core.household import Household
from app.core.records import MAX_STOCK, Member, Stock
from app.storage import schema
from app.storage.database import open_database, transaction
from app.storage.repository import Repository
from app.storage.schema import MIGRATIONS, SCHEMA_VERSION, migrate
from tests.storage.conftest import columns, reopen, tables, user_version

TODAY = dt.date(2026, 3, 15)








def build_version_2(path: Path) -> None:
    """A file as the second release left it: no stock table yet, some household data."""
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(str(path), isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        with transaction(connection):
            assert migrate(connection, target=2) == 0
            connection.execute(
                "INSERT INTO member (id, position, name, age_group, phone) "
                "VALUES (4, 1, 'Sanne', 'adult', '06-12345001')"
            )
            connection.execute("UPDATE plan SET last_practised = '2026-01-20'")
            connection.execute("INSERT INTO settings (key, value) VALUES ('wizard_done', '1')")
    finally:
        connection.close()


# --- migration 3 ---------------------------------------------------------------------------


def test_version_2_file_has_no_stock_table(data_dir: Path) -> None:
    path = data_dir / "v2.sqlite3"
    build_version_2(path)
    assert user_version(path) == 2
    raw = sqlite3.connect(str(path))
    try:
        assert "stock" not in tables(raw)
        assert "phone" in columns(raw, "member")
    finally:
        raw.close()


def test_version_2_file_is_upgraded_with_a_stock_table(data_dir: Path) -> None:
    path = data_dir / "v2.sqlite3"
    build_version_2(path)
    connection = open_database(path)
    try:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        found = columns(connection, "stock")
        assert found == {
            "id": ("INTEGER", 0, None),
            "item_id": ("TEXT", 1, None),
            "name": ("TEXT", 1, "''"),
            "quantity": ("REAL", 1, None),
            "unit": ("TEXT", 1, None),
            "location": ("TEXT", 1, "''"),
            "expires": ("TEXT", 1, "''"),
            "grab_bag": ("INTEGER", 1, "0"),
            "hours": ("REAL", 0, None),
            "added": ("TEXT", 1, "''"),
            "dont_remind": ("INTEGER", 1, "0"),
            "notes": ("TEXT", 1, "''"),
            "checksum": ("TEXT", 1, "''"),  # since version 5
        }
        indexes = {row[1] for row in connection.execute("PRAGMA index_list(stock)")}
        assert "stock_tally" in indexes and "stock_item" not in indexes
        assert connection.execute("SELECT COUNT(*) FROM stock").fetchone() == (0,)
        assert connection.execute("SELECT name, phone FROM member").fetchall() == [
            ("Sanne", "06-12345001")]
        assert connection.execute("SELECT last_practised FROM plan").fetchone() == ("2026-01-20",)
    finally:
        connection.close()
    assert user_version(path) == SCHEMA_VERSION


def test_upgraded_file_takes_stock_through_the_repository(data_dir: Path) -> None:
    path = data_dir / "v2.sqlite3"
    build_version_2(path)
    repository = Repository.open(path)
    try:
        assert repository.list("stock") == []
        assert repository.setting("wizard_done") == "1"
        assert [m.name for m in repository.household().members] == ["Sanne"]
        stored = repository.add("stock", Stock(item_id="water", quantity="6", unit="l"))
        assert stored.id is not None
    finally:
        repository.close()
    repository = Repository.open(path)
    try:
        assert repository.list("stock") == [stored]
    finally:
        repository.close()


def test_a_failed_upgrade_to_3_leaves_the_file_at_2(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = data_dir / "v2.sqlite3"
    build_version_2(path)
    broken = (MIGRATIONS[0], MIGRATIONS[1], MIGRATIONS[2] + "\nINSERT INTO no_such_table VALUES (1);")
    monkeypatch.setattr(schema, "MIGRATIONS", broken)
    with pytest.raises(sqlite3.OperationalError):
        open_database(path)
    monkeypatch.undo()
    assert user_version(path) == 2
    raw = sqlite3.connect(str(path))
    try:
        assert "stock" not in tables(raw)  # the CREATE TABLE was rolled back too
    finally:
        raw.close()


def test_stock_refuses_empty_item_and_non_positive_quantity_even_in_sql(repo: Repository) -> None:
    for sql in ("INSERT INTO stock (item_id, quantity, unit) VALUES ('', 1, 'l')",
                "INSERT INTO stock (item_id, quantity, unit) VALUES ('water', 0, 'l')",
                "INSERT INTO stock (item_id, quantity, unit) VALUES ('water', -1, 'l')",
                "INSERT INTO stock (item_id, quantity) VALUES ('water', 1)"):
        with pytest.raises(sqlite3.IntegrityError):
            repo.connection.execute(sql)
    assert repo.count("stock") == 0


# --- round trips -----------------------------------------------------------------------------


def test_every_stock_field_round_trips_through_close_and_reopen(repo: Repository) -> None:
    raw = Stock(None, "flashlight", "Hoofdlamp", "2,5", "pcs", "Gangkast, bovenste plank",
                "3-2027", "ja", "7,25", "01-02-2026", "x", "Regel 1\nRegel 2")
    stored = repo.add("stock", raw)
    expected = Stock(stored.id, "flashlight", "Hoofdlamp", 2.5, "pcs", "Gangkast, bovenste plank",
                     "2027-03", 1, 7.25, "2026-02-01", 1, "Regel 1\nRegel 2")
    assert stored == expected
    day = repo.add("stock", Stock(None, "own", "Jodiumtabletten", 1_000_000, "pack",
                                  expires="15-03-2027", hours=""))
    repo = reopen(repo)
    try:
        assert repo.get("stock", stored.id) == expected
        back = repo.get("stock", day.id)
        assert (back.expires, back.hours, back.quantity, back.grab_bag) == (
            "2027-03-15", None, 1_000_000.0, 0)
        assert type(back.quantity) is float and type(expected.quantity) is float
    finally:
        repo.close()


def test_set_field_on_stock_cleans_and_keeps_the_old_value_on_refusal(repo: Repository) -> None:
    entry = repo.add("stock", Stock(item_id="water", quantity=6, unit="l"))
    assert repo.set_field("stock", entry.id, "quantity", "1.234,5") == 1234.5
    assert repo.set_field("stock", entry.id, "expires", "2027-3") == "2027-03"
    assert repo.set_field("stock", entry.id, "hours", "") is None
    for value in ("0", "-1", "", "veel"):
        with pytest.raises(InvalidValue) as caught:
            repo.set_field("stock", entry.id, "quantity", value)
        assert caught.value.field_name == "quantity"
    assert repo.get("stock", entry.id).quantity == 1234.5


def test_add_refuses_a_quantity_of_zero_or_less(repo: Repository) -> None:
    for quantity in (0, -1, "0", "-0,5", 0.0001):
        with pytest.raises(InvalidValue) as caught:
            repo.add("stock", Stock(item_id="water", quantity=quantity, unit="l"))
        assert caught.value.problem.code == "out_of_range"
    assert repo.count("stock") == 0
    assert repo.is_empty()


def test_stock_alone_makes_the_file_not_empty(repo: Repository) -> None:
    repo.add("stock", Stock(item_id="radio"))
    assert not repo.is_empty()


def test_delete_and_restore_a_stock_entry(repo: Repository) -> None:
    entry = repo.add("stock", Stock(item_id="water", quantity=6, unit="l", expires="2027-01"))
    snapshot = repo.delete("stock", entry.id)
    assert repo.list("stock") == []
    repo.restore(snapshot)
    assert repo.list("stock") == [entry]


# --- order ---------------------------------------------------------------------------------


def test_stock_is_listed_first_expiring_first(repo: Repository) -> None:
    expiries = {
        1: "2027-02",  # a month: counts to 28 February, after days in February
        2: "2027-02-28",
        3: "",
        4: "2026-12-15",
        5: "2027-02-01",
        6: "",
        7: "2027-01",  # to 31 January, so before 1 February
        8: "2027-02-28",
        9: "2026-12",  # to 31 December, after 15 December
    }
    for entry_id, expires in expiries.items():
        repo.connection.execute(
            "INSERT INTO stock (id, item_id, quantity, unit, expires) VALUES (?, 'water', 1, 'l', ?)",
            (entry_id, expires),
        )
    assert [entry.id for entry in repo.list("stock")] == [4, 9, 7, 5, 2, 8, 1, 3, 6]


def test_entries_added_through_the_repository_come_back_in_expiry_order(repo: Repository) -> None:
    for expires in ("", "12-2027", "2027-12-30", "01-06-2026", "2026-06"):
        repo.add("stock", Stock(item_id="food", quantity=100, unit="kcal", expires=expires))
    assert [entry.expires for entry in repo.list("stock")] == [
        "2026-06-01", "2026-06", "2027-12-30", "2027-12", ""]


def test_a_month_and_its_last_day_expire_together_and_keep_their_order(repo: Repository) -> None:
    for expires in ("2027-12", "2027-12-31", "2027-12"):
        repo.add("stock", Stock(item_id="food", quantity=100, unit="kcal", expires=expires))
    assert [(entry.id, entry.expires) for entry in repo.list("stock")] == [
        (1, "2027-12"), (2, "2027-12-31"), (3, "2027-12")]


# --- the limit -----------------------------------------------------------------------------


def fill(repo: Repository, count: int) -> None:
    with transaction(repo.connection):
        repo.connection.executemany(
            "INSERT INTO stock (item_id, quantity, unit) VALUES ('water', 1, 'l')",
            [()] * count,
        )


def test_max_stock_is_respected_and_add_many_is_all_or_nothing(repo: Repository) -> None:
    assert MAX_STOCK == 20_000
    fill(repo, MAX_STOCK - 2)
    entry = Stock(item_id="water", quantity=1, unit="l")
    with pytest.raises(InvalidValue) as caught:
        repo.add_many([("stock", entry)] * 3)
    assert caught.value.problem.code == "too_many"
    assert caught.value.problem.params == {"max": MAX_STOCK, "kind": "stock"}
    assert repo.count("stock") == MAX_STOCK - 2  # not even the two that fitted
    stored = repo.add_many([("stock", entry)] * 2)
    assert len(stored) == 2 and len({s.id for s in stored}) == 2
    assert repo.count("stock") == MAX_STOCK
    with pytest.raises(InvalidValue) as caught:
        repo.add("stock", entry)
    assert caught.value.problem.code == "too_many"
    assert repo.count("stock") == MAX_STOCK


def test_add_many_with_one_invalid_stock_entry_stores_nothing(repo: Repository) -> None:
    good = Stock(item_id="water", quantity=1, unit="l")
    bad = Stock(item_id="water", quantity=0, unit="l")
    with pytest.raises(InvalidValue):
        repo.add_many([("stock", good), ("stock", bad)])
    assert repo.count("stock") == 0


# --- replace_all -----------------------------------------------------------------------------


def by_id(entries: list[Stock]) -> list[Stock]:
    return sorted(entries, key=lambda entry: entry.id)


def test_replace_all_replaces_the_stock_too(repo: Repository) -> None:
    old = repo.add("stock", Stock(item_id="own", name="Oude zaklamp"))
    repo.replace_all(demo_household(), demo_stock(TODAY))
    assert old.id in {entry.id for entry in demo_stock(TODAY)}  # same id, other contents
    assert by_id(repo.list("stock")) == demo_stock(TODAY)
    assert repo.household() == demo_household()
    repo = reopen(repo)
    try:
        assert by_id(repo.list("stock")) == demo_stock(TODAY)
        new = [Stock(None, "water", "", 6, "l"), Stock(None, "radio", "", 1, "pcs")]
        repo.replace_all(demo_household(), new)
        assert [(e.item_id, e.quantity) for e in repo.list("stock")] == [
            ("water", 6.0), ("radio", 1.0)]
        # Without stock, replace_all leaves an empty kit (it replaces *everything*).
        repo.replace_all(Household())
        assert repo.list("stock") == []
        assert repo.is_empty()
    finally:
        repo.close()


def test_replace_all_with_invalid_stock_changes_nothing(repo: Repository) -> None:
    repo.replace_all(demo_household(), demo_stock(TODAY))
    broken = [*demo_stock(TODAY), Stock(None, "water", "", 0, "l")]
    with pytest.raises(InvalidValue) as caught:
        repo.replace_all(Household(members=[Member(1, 1, "Iemand")]), broken)
    assert caught.value.field_name == "quantity"
    assert by_id(repo.list("stock")) == demo_stock(TODAY)
    assert repo.household() == demo_household()


def test_replace_all_cleans_stock_values(repo: Repository) -> None:
    repo.replace_all(Household(), [Stock(None, "water", "", "1,5", "l", expires="3-2027",
                                         grab_bag="ja", hours="")])
    [entry] = repo.list("stock")
    assert dataclasses.replace(entry, id=None) == Stock(None, "water", "", 1.5, "l",
                                                        expires="2027-03", grab_bag=1)
