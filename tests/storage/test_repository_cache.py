"""Repository.list keeps whole tables until a write touches them (issue 20): never stale."""

from __future__ import annotations

import sqlite3

import pytest

from app.core.demo import demo_household
from app.core.records import Medicine, Stock
from app.storage.repository import Repository


@pytest.fixture
def repo(tmp_path) -> Repository:
    repository = Repository.open(tmp_path / "paraat.db")
    repository.replace_all(demo_household(), [Stock(item_id="water", quantity=6, unit="l")])
    yield repository
    repository.close()



def test_a_table_is_read_once_until_it_changes(repo, reads):
    repo.list("stock"), repo.list("stock"), repo.household(), repo.household()
    assert reads.count("stock") == 1 and reads.count("member") == 1
    member = repo.list("member")[0]
    repo.set_field("member", member.id, "name", "Anna")
    assert [m.name for m in repo.list("member")][0] == "Anna"
    repo.list("stock")
    assert reads.count("stock") == 1 and reads.count("member") == 2
    repo.set_setting("last_page", "kit")
    repo.list("stock"), repo.list("member")
    assert reads.count("stock") == 1 and reads.count("member") == 2


def test_a_delete_rereads_what_it_takes_along(repo):
    member = repo.list("member")[0]
    repo.add("medicine", Medicine(member_id=member.id, name="Pil"))
    assert any(m.name == "Pil" for m in repo.list("medicine"))
    repo.delete("member", member.id)
    assert all(m.member_id != member.id for m in repo.list("medicine"))
    assert all(m.id != member.id for m in repo.list("member"))


def test_writes_past_the_methods_are_seen(repo, tmp_path):
    assert len(repo.list("stock")) == 1
    repo.add_many([("stock", Stock(item_id="food", quantity=1, unit="pcs"))])
    assert len(repo.list("stock")) == 2
    repo.connection.execute("DELETE FROM stock WHERE item_id = 'food'")
    repo.connection.commit()
    assert len(repo.list("stock")) == 1
    other = sqlite3.connect(tmp_path / "paraat.db")
    other.execute("DELETE FROM stock")
    other.commit()
    other.close()
    assert repo.list("stock") == []


def test_a_rolled_back_write_leaves_nothing_behind(repo):
    assert len(repo.list("stock")) == 1
    repo.connection.execute("BEGIN")
    repo.connection.execute("DELETE FROM stock")
    assert repo.list("stock") == []  # inside the transaction: read, not kept
    repo.connection.execute("ROLLBACK")
    assert len(repo.list("stock")) == 1


def test_the_list_handed_out_is_the_callers_own(repo):
    repo.list("stock").clear()
    assert len(repo.list("stock")) == 1
