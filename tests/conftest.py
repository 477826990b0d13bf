"""Shared test set-up: Qt offscreen, data in tmp_path, Dutch as the fixed language."""

from __future__ import annotations

import os
from pathlib import Path

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
