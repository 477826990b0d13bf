"""The package metadata lists every package and ships the resources."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_app_package_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "app").rglob("__init__.py")
    }
    assert found | {"app.resources"} == listed


def test_core_storage_exchange_and_content_do_not_import_qt():
    for layer in ("core", "storage", "exchange", "content"):
        for path in (ROOT / "app" / layer).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert "PySide6" not in text, path
    for path in (ROOT / "app").glob("*.py"):
        if path.name != "__main__.py":
            assert "PySide6" not in path.read_text(encoding="utf-8"), path
