"""Starting the real program: smoke test, first-start language, an unusable data folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from app.cli.parser import build_parser
from app.ui.start.application import run_gui


def _env(data_dir) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PARAAT_DATA_DIR", None)
    return env


def test_smoke_test_with_demo_data(tmp_path):
    data = tmp_path / "smoke"
    subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data), "demo"], check=True,
                   env=_env(data), capture_output=True, timeout=60)
    result = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data), "--smoke-test"],
                            env=_env(data), capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_smoke_test_on_a_fresh_folder_skips_the_wizard(tmp_path):
    data = tmp_path / "fresh"
    result = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data), "--smoke-test"],
                            env=_env(data), capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert (data / "paraat.sqlite3").exists()


def test_unwritable_data_folder_shows_a_dialog_not_a_traceback(qapp, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    args = build_parser().parse_args(["--data-dir", str(blocker / "data"), "--lang", "nl"])
    assert run_gui(args) == 2
    assert len(shown) == 1
    assert str(blocker / "data") in shown[0]
    assert "kan" in shown[0]


def test_damaged_file_is_kept_aside_and_the_user_told(qapp, tmp_path, monkeypatch):
    """With no backup: Paraat starts empty, keeps the damaged file and says where it is.
    (Restoring from a backup end to end: tests/ui/settings/test_backups_page.py.)"""
    from PySide6.QtWidgets import QApplication

    from app.ui.start.main_window import MainWindow
    from app.ui.start.wizard import FirstRunWizard

    folder = tmp_path / "damaged"
    folder.mkdir()
    database = folder / "paraat.sqlite3"
    database.write_bytes(b"this is not a database" * 100)
    before = database.read_bytes()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append(text))
    monkeypatch.setattr(QApplication, "exec", lambda *args: 0)
    monkeypatch.setattr(FirstRunWizard, "exec", lambda self: 0)
    args = build_parser().parse_args(["--data-dir", str(folder), "--lang", "en"])
    assert run_gui(args) == 0
    assert len(shown) == 1 and "damaged" in shown[0] and "no good backup" in shown[0]
    kept = list(folder.glob("paraat-damaged-*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == before
    assert str(kept[0]) in shown[0]
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.hide()  # not close(): its database is closed already
            widget.deleteLater()


def test_file_from_a_newer_paraat_is_refused_untouched(qapp, tmp_path, monkeypatch):
    import sqlite3

    folder = tmp_path / "newer"
    folder.mkdir()
    database = folder / "paraat.sqlite3"
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA user_version = 99")
    connection.close()
    before = database.read_bytes()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    args = build_parser().parse_args(["--data-dir", str(folder), "--lang", "nl"])
    assert run_gui(args) == 2
    assert "nieuwere versie" in shown[0]
    assert database.read_bytes() == before


def test_the_source_pyside_read_at_start_is_not_kept(tmp_path):
    """PySide6 reads the source of every module imported after it (its __feature__ check) and
    linecache kept it: 4.7 MiB at every start (issue 20). After the start, and after a page is
    built, the cache holds no module of Paraat."""
    data = tmp_path / "lines"
    subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data), "demo"], check=True,
                   env=_env(data), capture_output=True, timeout=60)
    code = (
        "import linecache, runpy, sys\n"
        f"sys.argv = ['app', '--data-dir', {str(data)!r}, '--smoke-test']\n"
        "try:\n    runpy.run_module('app', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print(len([name for name in linecache.cache if '/app/' in name.replace(chr(92), '/')]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], env=_env(data), capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-1] == "0"


def test_a_page_built_late_leaves_no_source_lines(launcher):
    """A page's modules are imported when it is first shown: what PySide read then is dropped."""
    import datetime as dt
    import linecache

    import app.ui.kit.kit_page as kit_page

    window = launcher.start_demo(dt.date(2025, 3, 1))
    linecache.getlines(kit_page.__file__)  # as PySide's check leaves it
    assert kit_page.__file__ in linecache.cache
    window.pages.page("kit")
    assert kit_page.__file__ not in linecache.cache


def test_file_dialogs_are_configured_at_start_only_when_not_as_they_begin(tmp_path):
    """Normal mode, saving allowed: the dialogs' module is left for the first page that needs
    it (issue 20), it begins in that setting. A limit on saving, or private dialogs, are set at
    once, before any dialog can open."""
    child = "\n".join([
        "import sys",
        "from app.ui.start.application import configure_file_dialogs",
        "configure_file_dialogs(private=False, allow_local_save=True)",
        "print('app.ui.common.file_dialogs' in sys.modules)",
        "configure_file_dialogs(private=False, allow_local_save=False)",
        "from app.ui.common import file_dialogs",
        "print(file_dialogs.private, file_dialogs.local_save_allowed)",
        "configure_file_dialogs(private=False, allow_local_save=True)",
        "print(file_dialogs.private, file_dialogs.local_save_allowed)",
    ])
    result = subprocess.run([sys.executable, "-c", child], env=_env(tmp_path), capture_output=True,
                            text=True, timeout=60, cwd=str(Path(__file__).resolve().parents[3]))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:3] == ["False", "False False", "False True"]
