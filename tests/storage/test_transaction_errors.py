"""A failed save tells the real reason: a full disk stays "the disk is full", even when SQLite
has already rolled the transaction back and the ROLLBACK that follows fails."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.core.records import Contact
from app.storage.database import transaction
from app.storage.repository import Repository
from app.words.bilingual import save_error_reason
from tests.tiny_disk import fill, tiny_disk

SQLITE_FULL = 13


def _contact(n: int) -> Contact:
    return Contact(name=f"Buur {n}", help_needed="x" * 1000, can_help_with="y" * 1000)


def _add_until_full(repository: Repository) -> sqlite3.Error:
    for n in range(2000):
        try:
            repository.add("contact", _contact(n))
        except sqlite3.Error as error:
            return error
    raise AssertionError("the database never filled up")


def test_a_database_at_its_size_limit_says_the_disk_is_full(tmp_path: Path) -> None:
    repository = Repository.open(tmp_path / "paraat.sqlite3")
    pages = repository.connection.execute("PRAGMA page_count").fetchone()[0]
    repository.connection.execute(f"PRAGMA max_page_count = {pages + 2}")
    error = _add_until_full(repository)
    assert error.sqlite_errorcode & 0xFF == SQLITE_FULL, error
    assert not repository.connection.in_transaction
    assert save_error_reason(error, "nl") == "de schijf is vol"
    assert save_error_reason(error, "en") == "the disk is full"
    count = repository.connection.execute("SELECT COUNT(*) FROM contact").fetchone()[0]
    repository.connection.execute("PRAGMA max_page_count = 1000000")
    repository.add("contact", _contact(9999))  # the connection is usable again
    assert repository.connection.execute("SELECT COUNT(*) FROM contact").fetchone()[0] == count + 1
    repository.close()


def test_a_really_full_disk_is_not_hidden_by_the_failing_rollback(tmp_path: Path) -> None:
    """On a full disk SQLite rolls the transaction back itself; the ROLLBACK after it used to
    fail with "cannot rollback - no transaction is active" and hide the disk-full error."""
    with tiny_disk(tmp_path / "stick", size="256k") as stick:
        repository = Repository.open(stick / "paraat.sqlite3")
        try:
            repository.add("contact", _contact(0))
            fill(stick)
            error = _add_until_full(repository)
            assert "rollback" not in str(error).lower(), error
            assert error.sqlite_errorcode & 0xFF == SQLITE_FULL, error
            assert save_error_reason(error, "nl") == "de schijf is vol"
            assert not repository.connection.in_transaction
            assert [c.name for c in repository.household().contacts] == ["Buur 0"]
        finally:
            repository.close()


class _FailingConnection:
    """A real in-memory SQLite connection whose COMMIT (or INSERT) fails with a full disk and
    whose ROLLBACK fails; ``calls`` lists the transaction statements and the INSERT."""

    def __init__(self, fail_on: str, still_in_transaction: bool) -> None:
        self.real = sqlite3.connect(":memory:", isolation_level=None)
        self.real.execute("CREATE TABLE t (x)")
        self.fail_on = fail_on
        self.still_in_transaction = still_in_transaction
        self.calls: list[str] = []

    @property
    def in_transaction(self) -> bool:
        return self.real.in_transaction

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
        if sql in ("BEGIN IMMEDIATE", "COMMIT", "ROLLBACK", "INSERT"):
            self.calls.append(sql)
        if sql == self.fail_on:
            if not self.still_in_transaction:
                self.real.execute("ROLLBACK")  # as SQLite does itself after SQLITE_FULL
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode = SQLITE_FULL  # type: ignore[attr-defined]
            raise error
        if sql == "ROLLBACK":
            raise sqlite3.OperationalError("disk I/O error")
        if sql == "INSERT":
            sql = "INSERT INTO t VALUES (1)"
        return self.real.execute(sql, *args)


@pytest.mark.parametrize("still_in_transaction", [True, False])
def test_a_failing_commit_is_rolled_back_and_its_own_error_raised(still_in_transaction) -> None:
    connection = _FailingConnection("COMMIT", still_in_transaction)
    with pytest.raises(sqlite3.OperationalError, match="disk is full"), transaction(connection):  # type: ignore[arg-type]
        connection.execute("INSERT")
    expected = ["BEGIN IMMEDIATE", "INSERT", "COMMIT"] + (["ROLLBACK"] if still_in_transaction else [])
    assert connection.calls == expected


def test_a_failing_statement_keeps_its_error_when_the_rollback_fails() -> None:
    connection = _FailingConnection("INSERT", still_in_transaction=True)
    with pytest.raises(sqlite3.OperationalError, match="disk is full"), transaction(connection):  # type: ignore[arg-type]
        connection.execute("INSERT")
    assert connection.calls == ["BEGIN IMMEDIATE", "INSERT", "ROLLBACK"]


def test_an_error_in_python_keeps_its_own_kind_when_the_rollback_fails() -> None:
    connection = _FailingConnection("never", still_in_transaction=True)
    with pytest.raises(KeyError), transaction(connection):  # type: ignore[arg-type]
        raise KeyError("x")
    assert connection.calls == ["BEGIN IMMEDIATE", "ROLLBACK"]


@pytest.mark.parametrize(("error", "nl", "en"), [
    (sqlite3.OperationalError("database or disk is full"), "de schijf is vol", "the disk is full"),
    (sqlite3.OperationalError("attempt to write a readonly database"),
     "het bestand kan alleen gelezen worden, niet beschreven", "the file is read-only"),
    (sqlite3.OperationalError("disk I/O error"), "de schijf gaf een fout bij het lezen of schrijven",
     "the disk reported an error while reading or writing"),
    (sqlite3.OperationalError("database is locked"), "een ander programma gebruikt het bestand",
     "another program is using the file"),
    (sqlite3.DatabaseError("database disk image is malformed"), "het bestand is beschadigd",
     "the file is damaged"),
    (sqlite3.OperationalError("near \"x\": syntax error"), "de opslag gaf een onbekende fout",
     "the storage reported an unknown error"),
])
def test_sqlite_errors_in_words(error, nl, en) -> None:
    assert save_error_reason(error, "nl") == nl
    assert save_error_reason(error, "en") == en
