"""Shared test set-up: Qt offscreen, data in tmp_path, Dutch as the fixed language."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["LANGUAGE"] = "nl"
    os.environ["LC_ALL"] = "C.UTF-8"


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder; nothing touches the real user data dir."""
    folder = tmp_path / "data"
    monkeypatch.setenv("PARAAT_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def data_dir(_data_dir: Path) -> Path:
    return _data_dir


def count_whole_table_reads(monkeypatch: pytest.MonkeyPatch, table: str | None = None) -> list[str]:
    """A list that gets the name of every table read whole from now on (``table`` alone when
    given); a read of one row by its id is not counted. Issue 20: read once per change."""
    from app.storage import checksums

    seen: list[str] = []
    real = checksums.read_rows

    def counting(connection: Any, name: str, names: Any, where: str = "", *args: Any, **kwargs: Any) -> Any:
        if not where and not kwargs.get("limit") and table in (None, name):
            seen.append(name)
        return real(connection, name, names, where, *args, **kwargs)

    monkeypatch.setattr(checksums, "read_rows", counting)
    return seen


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The whole-table reads, by table."""
    return count_whole_table_reads(monkeypatch)
