"""Paraat never uses the network: nothing under app/ imports a network module, and the
content, core and storage layers (and the GUI modules, imported offscreen) run with every
socket connection refused.
"""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import pkgutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

import app

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("urllib", "http.client", "http.server", "requests", "httpx", "aiohttp", "socket",
             "ssl", "ftplib", "smtplib", "PySide6.QtNetwork", "PySide6.QtWebEngineCore")
# Pure string functions (quote/unquote, split a URI): no I/O. app/exchange/vcard.py uses them.
ALLOWED = ("urllib.parse",)


def imported_modules(tree: ast.AST) -> set[str]:
    """Every dotted name an import statement brings in ("from http import client" → http.client)."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def forbidden_in(names: set[str]) -> list[str]:
    return sorted(name for name in names
                  if any(_within(name, bad) for bad in FORBIDDEN)
                  and not any(_within(name, ok) for ok in ALLOWED))


def test_the_static_check_sees_network_imports():
    tree = ast.parse("import urllib.request\nfrom http import client\nfrom PySide6 import QtNetwork\n"
                     "from PySide6.QtNetwork import QNetworkAccessManager\nimport socket as s\n"
                     "from urllib import request\nimport requests\nfrom urllib.parse import quote\n"
                     "import json\nfrom PySide6.QtWidgets import QLabel\n")
    assert forbidden_in(imported_modules(tree)) == [
        "PySide6.QtNetwork", "PySide6.QtNetwork.QNetworkAccessManager", "http.client", "requests",
        "socket", "urllib.request"]


def test_no_module_under_app_imports_the_network():
    problems = {}
    for path in sorted((ROOT / "app").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        found = forbidden_in(imported_modules(ast.parse(text, filename=str(path))))
        if "QtNetwork" in text:
            found.append("QtNetwork (by name)")
        if found:
            problems[str(path.relative_to(ROOT))] = found
    assert not problems


@pytest.fixture
def no_network(monkeypatch):
    """Every way to open a connection raises."""
    attempts: list[str] = []

    def refuse(*args, **kwargs):
        attempts.append(repr(args[:2]))
        raise OSError("network use is not allowed in Paraat")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def _modules(package: str) -> list[str]:
    module = importlib.import_module(package)
    return [package] + [info.name for info in pkgutil.walk_packages(module.__path__, package + ".")]


def test_content_core_and_storage_work_without_network(no_network, tmp_path):
    for package in ("app.core", "app.content", "app.storage"):
        for name in _modules(package):
            importlib.import_module(name)
    from app.content.chapters import chapters
    from app.content.search import search
    from app.content.timeline import personal_timeline
    from app.core.demo import demo_household, demo_stock
    from app.core.supplies import kit_report
    from app.storage.repository import Repository

    today = dt.date(2026, 3, 15)
    household, stock = demo_household(), demo_stock(today)
    for language in ("nl", "en"):
        assert chapters(language)
        assert personal_timeline(household, stock, today, language)
    assert search("noodpakket") and search("radio", "en")
    assert kit_report(household, stock, today, 72, None).statuses
    repository = Repository.open(tmp_path / "offline.sqlite3")
    repository.add_many([("stock", entry) for entry in stock])
    assert len(repository.list("stock")) == len(stock)
    repository.close()
    assert no_network == []


def test_gui_modules_import_without_network(no_network):
    pytest.importorskip("PySide6.QtWidgets", exc_type=ImportError)
    for name in _modules("app.ui"):
        importlib.import_module(name)
    assert no_network == []


FRESH_IMPORT = r"""
import socket, sys
def refuse(*args, **kwargs):
    raise SystemExit("network use: " + repr(args[:2]))
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
import importlib, pkgutil, app
for info in pkgutil.walk_packages(app.__path__, "app."):
    if info.name != "app.__main__":
        importlib.import_module(info.name)
from app.content.search import build_index
from app.content.timeline import personal_timeline
from app.core.demo import demo_household, demo_stock
import datetime as dt
build_index()
personal_timeline(demo_household(), demo_stock(dt.date(2026, 3, 15)), dt.date(2026, 3, 15), "nl")
print("ok", len(sys.modules))
"""


def test_a_fresh_interpreter_imports_every_module_without_network(tmp_path):
    """Import side effects count too: start clean, refuse sockets, import all of app/."""
    env = {"QT_QPA_PLATFORM": "offscreen", "PARAAT_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin",
           "LC_ALL": "C.UTF-8", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", FRESH_IMPORT], capture_output=True, text=True,
                            timeout=120, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("ok")
    assert app.__name__ == "app"
