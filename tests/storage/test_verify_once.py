"""verify_all reads a table only when it was not read whole since the last change (issue 20):
at start the overview's kit report reads the stock, and the damage banner's full check must not
read and compare 20,000 entries again. Damage is still found, by that read or by this check."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.demo import demo_household
from app.core.records import Stock
from app.storage import checksums
from app.storage.repository import Repository


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Repository]:
    repository = Repository.open(tmp_path / "paraat.db")
    repository.replace_all(demo_household(),
                           [Stock(item_id="water", quantity=n + 1, unit="l") for n in range(50)])
    yield repository
    repository.close()



def _damage_behind_its_back(path: Path, table: str) -> int:
    """Change a row from another connection, its checksum left as it was."""
    other = sqlite3.connect(path, isolation_level=None)
    try:
        row_id: int = other.execute(f"SELECT id FROM {table} LIMIT 1").fetchone()[0]
        other.execute(f"UPDATE {table} SET quantity = quantity + 100 WHERE id = ?", (row_id,))
        return row_id
    finally:
        other.close()


def test_a_table_read_since_the_last_change_is_not_read_again(repo: Repository,
                                                              reads: list[str]) -> None:
    repo.list("stock")
    assert repo.verify_all() == []
    assert reads.count("stock") == 1
    assert reads.count("member") == 1  # tables not read before are read by the check


def test_a_change_makes_the_check_read_the_table_again(repo: Repository, reads: list[str]) -> None:
    entries = repo.list("stock")
    repo.set_field("stock", entries[0].id, "quantity", 7)
    repo.verify_all()
    assert reads.count("stock") == 2


def test_damage_made_by_another_program_is_still_found(repo: Repository, reads: list[str]) -> None:
    repo.list("stock")
    damaged = _damage_behind_its_back(Path(str(repo.path)), "stock")
    found = repo.verify_all()
    assert [(record.kind, record.record_id) for record in found] == [("stock", damaged)]
    assert reads.count("stock") == 2


def test_damage_found_by_the_shared_read_stays_listed(repo: Repository) -> None:
    damaged = _damage_behind_its_back(Path(str(repo.path)), "stock")
    repo.list("stock")  # the kit report's read: finds it
    assert [(record.kind, record.record_id) for record in repo.verify_all()] == [("stock", damaged)]
    assert [(record.kind, record.record_id) for record in repo.verify_all()] == [("stock", damaged)]


def test_a_deleted_damaged_entry_leaves_the_list(repo: Repository) -> None:
    damaged = _damage_behind_its_back(Path(str(repo.path)), "stock")
    assert [record.record_id for record in repo.verify_all()] == [damaged]
    repo.delete("stock", damaged)
    repo.list("stock")
    assert repo.verify_all() == []


# --- rows become records by position (issue 20) ------------------------------------------------


def test_every_kind_reads_the_same_records_by_position_as_by_name(repo: Repository) -> None:
    import dataclasses

    from app.core.records import KINDS

    for kind in KINDS.values():
        names = kind.field_names()
        rows = checksums.read_rows(repo.connection, kind.table, names, order_by=kind.order_by)
        by_name = [kind.cls(**dict(zip(["id", *names], row[:-1], strict=True))) for row in rows]
        assert repo.list(kind.name) == by_name, kind.name
        assert [field.name for field in dataclasses.fields(kind.cls)] == ["id", *names]


def test_columns_in_another_order_are_read_by_name() -> None:
    from app.storage.repository import _record_maker

    make = _record_maker(Stock, ("item_id", "id", "quantity"))
    record = make(("water", 7, 3.0))
    assert (record.id, record.item_id, record.quantity) == (7, "water", 3.0)
