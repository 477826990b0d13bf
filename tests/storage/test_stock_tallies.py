"""Issue 20: the stock's tallies (schema 11's covering index) are the entries added up, after
every kind of write, without reading the entries; a damaged value makes them refuse."""

from __future__ import annotations

from collections import defaultdict

import pytest

from app.core.records import Stock
from app.storage.repository import Repository
from tests.conftest import count_whole_table_reads


def summed(stock: list[Stock]) -> dict[tuple[object, ...], tuple[float, int]]:
    groups: dict[tuple[object, ...], list[float]] = defaultdict(list)
    for entry in stock:
        groups[(entry.item_id, entry.unit, entry.expires, entry.hours, entry.dont_remind)].append(entry.quantity)
    return {key: (sum(values), len(values)) for key, values in groups.items()}


def tallied(repo: Repository) -> dict[tuple[object, ...], tuple[float, int]]:
    tallies = repo.stock_tallies()
    assert tallies is not None
    return {(t.item_id, t.unit, t.expires, t.hours, t.dont_remind): (t.quantity, t.entries)
            for t in tallies}


def test_tallies_follow_every_write_without_reading_the_entries(repo: Repository, monkeypatch: pytest.MonkeyPatch) -> None:
    water = repo.add("stock", Stock(item_id="water", quantity=6, unit="l", expires="2027-05"))
    repo.add_many([("stock", Stock(item_id="water", quantity=1.5, unit="l", expires="2027-05")),
                   ("stock", Stock(item_id="candles", quantity=4, unit="pcs", hours=5.0)),
                   ("stock", Stock(item_id="food", quantity=2000, unit="kcal", expires="2026-12-20",
                                   dont_remind=1))])
    reads = count_whole_table_reads(monkeypatch, "stock")
    assert tallied(repo) == {("water", "l", "2027-05", None, 0): (7.5, 2),
                             ("candles", "pcs", "", 5.0, 0): (4.0, 1),
                             ("food", "kcal", "2026-12-20", None, 1): (2000.0, 1)}
    assert reads == []  # the entries were not read
    repo.set_field("stock", water.id, "expires", "2027-06")
    repo.set_field("stock", water.id, "quantity", 9)
    candles = next(e for e in repo.list("stock") if e.item_id == "candles")
    repo.delete("stock", candles.id)
    assert tallied(repo) == summed(repo.list("stock")) == {
        ("water", "l", "2027-06", None, 0): (9.0, 1), ("water", "l", "2027-05", None, 0): (1.5, 1),
        ("food", "kcal", "2026-12-20", None, 1): (2000.0, 1)}
    repo.delete("stock", water.id)
    repo.delete("stock", next(e for e in repo.list("stock") if e.item_id == "food").id)
    repo.delete("stock", repo.list("stock")[0].id)
    assert repo.stock_tallies() == []


@pytest.mark.parametrize("damage", [
    "UPDATE stock SET hours = 'veel' WHERE item_id = 'candles'",  # text where a number belongs
    "UPDATE stock SET unit = 'vaten' WHERE item_id = 'water'",  # a unit Paraat does not know
    "UPDATE stock SET expires = CAST(x'32303237ff2d3035' AS TEXT) WHERE item_id = 'water'",  # not UTF-8
    "UPDATE stock SET quantity = 'zes' WHERE id = 1",  # text, beside an entry that is good
    "UPDATE stock SET quantity = -6 WHERE id = 1",
    "UPDATE stock SET quantity = 5000000 WHERE id = 1",  # past what an entry may hold
    "UPDATE stock SET quantity = 0.0001 WHERE id = 1",
    "UPDATE stock SET quantity = 6.0004 WHERE id = 1",  # more decimals than an entry keeps
])
def test_a_damaged_value_makes_the_tallies_refuse(repo: Repository, damage: str) -> None:
    repo.add_many([("stock", Stock(item_id="water", quantity=6, unit="l", expires="2027-05")),
                   ("stock", Stock(item_id="water", quantity=6, unit="l", expires="2027-05")),
                   ("stock", Stock(item_id="candles", quantity=4, unit="pcs", hours=5.0))])
    repo.connection.execute("PRAGMA ignore_check_constraints = ON")
    repo.connection.execute(damage)
    assert repo.stock_tallies() is None


def test_a_damaged_page_makes_the_tallies_refuse(repo: Repository) -> None:
    """SQLite finding the index's page malformed: the entries are read instead (reading around
    the damage), never an error in the overview."""
    import sqlite3

    repo.add("stock", Stock(item_id="water", quantity=6, unit="l"))

    class Damaged:
        def __init__(self, real: sqlite3.Connection) -> None:
            self.real = real

        def execute(self, sql: str, *args: object) -> object:
            if "GROUP BY" in sql:
                raise sqlite3.DatabaseError("database disk image is malformed")
            return self.real.execute(sql, *args)

    real = repo.connection
    repo.connection = Damaged(real)  # type: ignore[assignment]
    try:
        assert repo.stock_tallies() is None
    finally:
        repo.connection = real


def test_intact_quantities_with_decimals_are_tallied(repo: Repository) -> None:
    repo.add_many([("stock", Stock(item_id="water", quantity=q, unit="l")) for q in (0.333, 1.5, 0.001, 1_000_000)])
    assert tallied(repo) == {("water", "l", "", None, 0): (pytest.approx(1_000_001.834), 4)}
