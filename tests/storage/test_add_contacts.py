"""Repository.add_contacts: contacts and their phone numbers stored together, all or nothing."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.fields import InvalidValue
from app.core.records import KINDS, Contact, ContactPhone
from app.storage.repository import Repository


@pytest.fixture
def repo(data_dir: Path) -> Iterator[Repository]:
    repository = Repository.open(data_dir / "paraat.sqlite3")
    yield repository
    repository.close()


def pairs() -> list[tuple[Contact, list[ContactPhone]]]:
    return [
        (Contact(name="  Anna de Vries ", email="anna@example.org"),
         [ContactPhone(number="06-12345678", kind="mobile"),
          ContactPhone(number="030 123 45 67", kind="home")]),
        (Contact(name="Bram", uid="bram-1"), []),
        (Contact(name="Huisartsenpost", category="gp_post"),
         [ContactPhone(id=99, contact_id=12345, number="0900-1234", kind="work")]),
    ]


def test_add_contacts_stores_each_contact_with_its_phones(repo: Repository) -> None:
    stored = repo.add_contacts(pairs())
    assert [contact.name for contact in stored] == ["Anna de Vries", "Bram", "Huisartsenpost"]
    assert all(contact.id for contact in stored)
    assert repo.list("contact") == sorted(stored, key=lambda contact: contact.name)
    household = repo.household()
    anna, bram, post = stored
    assert [(p.number, p.kind) for p in household.phones_of(anna.id)] == [
        ("06-12345678", "mobile"), ("030 123 45 67", "home")]
    assert household.phones_of(bram.id) == []
    assert [(p.number, p.contact_id) for p in household.phones_of(post.id)] == [
        ("0900-1234", post.id)]
    assert repo.get("contact", bram.id).uid == "bram-1"


def test_add_contacts_with_an_invalid_phone_stores_nothing(repo: Repository) -> None:
    bad = pairs()
    bad[2][1].append(ContactPhone(number="geen nummer"))
    with pytest.raises(InvalidValue) as caught:
        repo.add_contacts(bad)
    assert caught.value.problem.code == "not_a_phone_number"
    assert repo.count("contact") == repo.count("contact_phone") == 0


def test_add_contacts_interrupted_by_the_database_stores_nothing(
        repo: Repository, monkeypatch: pytest.MonkeyPatch) -> None:
    repo.add_contacts(pairs()[:1])
    before = repo.household()
    real_insert = Repository._insert
    calls = []

    def failing_insert(self: Repository, kind, record, keep_id):  # noqa: ANN001
        calls.append(record)
        if len(calls) == 6:  # the last phone of the last contact
            raise sqlite3.OperationalError("disk I/O error")
        return real_insert(self, kind, record, keep_id)

    monkeypatch.setattr(Repository, "_insert", failing_insert)
    with pytest.raises(sqlite3.OperationalError):
        repo.add_contacts(pairs())
    assert len(calls) == 6
    assert repo.household() == before


def test_add_contacts_past_the_limit_stores_nothing(repo: Repository,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(KINDS, "contact", dataclasses.replace(KINDS["contact"], limit=2))
    with pytest.raises(InvalidValue) as caught:
        repo.add_contacts(pairs())
    assert caught.value.problem.code == "too_many"
    assert repo.count("contact") == 0
