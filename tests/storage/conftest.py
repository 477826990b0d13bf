"""Shared storage fixtures and small helpers for reading a database file directly."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.storage.repository import Repository


@pytest.fixture
def db_path(data_dir: Path) -> Path:
    return data_dir / "paraat.sqlite3"


@pytest.fixture
def repo(db_path: Path) -> Iterator[Repository]:
    repository = Repository.open(db_path)
    yield repository
    repository.close()


def reopen(repository: Repository) -> Repository:
    """Close the file and open it again, as the next start of Paraat would."""
    repository.close()
    return Repository.open(repository.path)


def columns(connection: sqlite3.Connection, table: str) -> dict[str, tuple[str, int, object]]:
    """name → (type, not null, default) for every column of ``table``."""
    return {row[1]: (row[2], row[3], row[4])
            for row in connection.execute(f"PRAGMA table_info({table})")}


def tables(connection: sqlite3.Connection) -> set[str]:
    return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def user_version(path: Path) -> int:
    raw = sqlite3.connect(str(path))
    try:
        return raw.execute("PRAGMA user_version").fetchone()[0]
    finally:
        raw.close()
