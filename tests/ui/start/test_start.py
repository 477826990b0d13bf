"""Starting never hangs and never aborts without a word.

``--smoke-test`` must not wait for a click: every start-up message goes to stderr instead of a
dialog, and a start that cannot go on ends with a non-zero exit code within seconds. Without a
screen Paraat says so in one sentence in the system's language and exits 2 (Qt itself would
abort the program with exit code 134). The real program runs in a subprocess with a timeout: a
dialog that waits would make ``subprocess.run`` time out and the test fail.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from app.cli.opening import folder_error
from app.cli.parser import build_parser
from app.storage.database import DataFolderError
from app.storage.schema import SCHEMA_VERSION
from app.ui.start import application
from app.ui.start.application import Paraat, missing_display, run_gui
from app.ui.start.error_hook import ErrorHook
from app.ui.start.start_messages import data_folder_message

TIMEOUT = 60  # far more than a start takes; a dialog that waits for a click never ends
QUICK = 30

NO_SCREEN = {"nl": "Paraat kan zijn venster niet openen, want er is geen scherm; de opdrachten "
                   "werken ook zonder scherm (zie paraat --help).",
             "en": "Paraat cannot open its window because there is no screen; the commands "
                   "work without one (see paraat --help)."}


def _env(lang: str = "nl_NL.UTF-8", screen: bool = True) -> dict[str, str]:
    """The environment of a user whose system language comes from LANG only."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("PARAAT_DATA_DIR", "LC_ALL", "LC_MESSAGES", "LANGUAGE", "DISPLAY",
                          "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["LANG"] = lang
    env["PARAAT_LOCK_WAIT"] = "0"
    if screen:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _start(*args: str, env: dict[str, str]) -> tuple[subprocess.CompletedProcess[str], float]:
    began = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "app", *args], env=env, capture_output=True,
                            text=True, timeout=TIMEOUT)
    return result, time.monotonic() - began


def _clean(stderr: str) -> str:
    """stderr without the log's own lines (the log falls back to stderr when it has no file)."""
    return "\n".join(line for line in stderr.splitlines() if " ERROR app" not in line
                     and " WARNING " not in line)


# --- --smoke-test: fatal paths end with a message on stderr and a non-zero exit code ---

@pytest.mark.parametrize(("lang", "expected"), [
    ("nl_NL.UTF-8", ["Paraat kan dit bestand niet gebruiken:",
                     "Dit is een bestand, maar Paraat heeft hier een map nodig."]),
    ("en_US.UTF-8", ["Paraat cannot use this file:",
                     "This is a file, but Paraat needs a folder here."]),
])
def test_smoke_test_with_a_file_as_data_folder_exits_at_once(tmp_path, lang, expected):
    blocker = tmp_path / "gegevens"
    blocker.write_text("not a folder")
    result, took = _start("--data-dir", str(blocker), "--smoke-test", env=_env(lang))
    assert result.returncode == 2, result.stderr
    assert took < QUICK
    message = _clean(result.stderr)
    for text in expected:
        assert text in message
    assert str(blocker) in message
    assert "folder:" not in message and "deze map" not in message  # a file is called a file
    assert "Traceback" not in result.stderr
    assert blocker.read_text() == "not a folder"


def test_smoke_test_with_a_file_in_the_data_path_exits_at_once(tmp_path):
    blocker = tmp_path / "blokkade"
    blocker.write_text("x")
    result, took = _start("--data-dir", str(blocker / "data"), "--smoke-test", env=_env())
    assert result.returncode == 2, result.stderr
    assert took < QUICK
    message = _clean(result.stderr)
    assert "Paraat kan je gegevens hier niet bewaren:" in message
    assert "Een deel van dit pad is een bestand, geen map." in message
    assert str(blocker / "data") in message
    assert not (blocker.parent / "data").exists()


@pytest.mark.parametrize(("lang", "expected"), [
    ("nl_NL.UTF-8", "gemaakt met een nieuwere versie van Paraat"),
    ("en_US.UTF-8", "made by a newer version of Paraat"),
])
def test_smoke_test_with_a_file_from_a_newer_paraat_exits_at_once(tmp_path, lang, expected):
    folder = tmp_path / "nieuwer"
    folder.mkdir()
    database = folder / "paraat.sqlite3"
    connection = sqlite3.connect(database)
    connection.execute("CREATE TABLE later (x)")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    before = database.read_bytes()
    result, took = _start("--data-dir", str(folder), "--smoke-test", env=_env(lang))
    assert result.returncode == 2, result.stderr
    assert took < QUICK
    assert expected in result.stderr and str(database) in result.stderr
    assert database.read_bytes() == before
    assert not list(folder.glob("*damaged*"))


def test_smoke_test_tells_about_a_recovery_on_stderr_and_goes_on(tmp_path):
    folder = tmp_path / "beschadigd"
    folder.mkdir()
    (folder / "paraat.sqlite3").write_bytes(b"this is not a database" * 100)
    result, took = _start("--data-dir", str(folder), "--smoke-test", env=_env())
    assert result.returncode == 0, result.stderr
    assert took < QUICK
    kept = list(folder.glob("paraat-damaged-*.sqlite3"))
    assert len(kept) == 1
    assert "beschadigd" in result.stderr and str(kept[0]) in result.stderr
    # told once: the next start opens the restored household without the message
    again, _ = _start("--data-dir", str(folder), "--smoke-test", env=_env())
    assert again.returncode == 0, again.stderr
    assert str(kept[0]) not in again.stderr
    assert not (folder / "paraat.sqlite3.recovery").exists()


# --- no screen: one sentence, exit code 2, nothing written ---

@pytest.mark.parametrize("lang", ["nl_NL.UTF-8", "en_US.UTF-8"])
def test_without_a_screen_one_sentence_and_exit_2(tmp_path, lang):
    data = tmp_path / "data"
    result, took = _start("--data-dir", str(data), env=_env(lang, screen=False))
    assert result.returncode == 2, result.stderr
    assert took < QUICK
    assert result.stderr.strip() == NO_SCREEN[lang[:2]]
    assert not data.exists()  # nothing was made before saying it


def test_without_a_screen_the_chosen_language_wins(tmp_path):
    result, _took = _start("--data-dir", str(tmp_path / "data"), "--lang", "en",
                           env=_env("nl_NL.UTF-8", screen=False))
    assert result.returncode == 2
    assert result.stderr.strip() == NO_SCREEN["en"]


def test_without_a_screen_an_explicit_xcb_is_caught_too(tmp_path):
    env = _env("nl_NL.UTF-8", screen=False)
    env["QT_QPA_PLATFORM"] = "xcb"
    result, _took = _start("--data-dir", str(tmp_path / "data"), "--smoke-test", env=env)
    assert result.returncode == 2  # not 134: Qt's abort
    assert result.stderr.strip() == NO_SCREEN["nl"]


def test_the_commands_still_work_without_a_screen(tmp_path):
    data = tmp_path / "data"
    result, _took = _start("--data-dir", str(data), "demo", env=_env(screen=False))
    assert result.returncode == 0, result.stderr
    assert (data / "paraat.sqlite3").exists()


@pytest.mark.parametrize(("environ", "platform", "missing"), [
    ({}, "linux", True),
    ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux", True),
    ({"QT_QPA_PLATFORM": "wayland-egl"}, "linux", True),
    ({}, "freebsd14", True),
    ({"DISPLAY": ":0"}, "linux", False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({"QT_QPA_PLATFORM": "minimal"}, "linux", False),
    ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, "linux", False),
    ({"QT_QPA_PLATFORM": "wayland;offscreen"}, "linux", False),
    ({}, "win32", False),
    ({}, "darwin", False),
])
def test_missing_display(environ, platform, missing):
    assert missing_display(environ, platform) is missing


# --- the error hook during a smoke test: stderr, never a dialog; the smoke test fails ---

@pytest.fixture
def no_dialogs(monkeypatch):
    """Any dialog fails the test (it would wait for a click in a real smoke test)."""
    opened: list[str] = []
    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, lambda *args, **kwargs: opened.append(str(args)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    return opened


def test_quiet_hook_writes_to_stderr_instead_of_a_dialog(qapp, no_dialogs, capsys):
    hook = ErrorHook("/data/paraat.log", quiet=True)
    hook.install()
    try:
        raise ValueError("ZZCANARY private value")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    err = capsys.readouterr().err
    assert no_dialogs == [] and hook.shown == 1
    assert "Er ging iets mis in Paraat" in err or "Something went wrong inside Paraat" in err
    assert "/data/paraat.log" in err and "ValueError" in err
    assert "ZZCANARY" not in err and "Traceback" not in err


def test_an_error_during_a_smoke_test_fails_it_without_a_dialog(qapp, tmp_path, monkeypatch,
                                                                no_dialogs, capsys):
    built = Paraat.build_window

    def build_and_break(self):
        window = built(self)

        def boom():
            raise RuntimeError("ZZCANARY in a slot")

        QTimer.singleShot(0, boom)  # runs in the event loop, before the smoke test's quit
        return window

    monkeypatch.setattr(Paraat, "build_window", build_and_break)
    args = build_parser().parse_args(["--data-dir", str(tmp_path / "data"), "--smoke-test"])
    assert run_gui(args) == 70
    assert no_dialogs == []
    err = capsys.readouterr().err
    assert "RuntimeError" in err and "ZZCANARY" not in err


def test_fatal_outside_a_smoke_test_still_shows_the_dialog(qapp, tmp_path, no_dialogs):
    blocker = tmp_path / "een-bestand"
    blocker.write_text("x")
    args = build_parser().parse_args(["--data-dir", str(blocker), "--lang", "en"])
    assert run_gui(args) == 2
    assert len(no_dialogs) == 1 and "Paraat cannot use this file:" in no_dialogs[0]
    assert application._smoke_test is False


# --- the folder message: a file is a file, a folder a folder, the reason in plain words ---

def _raised(where: Path, cause: OSError | None, why: str = "") -> DataFolderError:
    try:
        try:
            if cause is not None:
                raise cause
            raise DataFolderError(where, why)
        except OSError as error:
            if isinstance(error, DataFolderError):
                raise
            raise DataFolderError(where, error.strerror or str(error)) from error
    except DataFolderError as error:
        return error
    raise AssertionError("not raised")


@pytest.fixture
def english(qapp):
    application.Translations(qapp).use("en")
    yield
    application.Translations(qapp).use("nl")


def test_no_permission_on_a_folder_calls_it_a_folder(tmp_path, english):
    error = _raised(tmp_path, PermissionError(errno.EACCES, "Permission denied"))
    text = data_folder_message(error)
    assert text.startswith("Paraat cannot save your data in this folder:")
    assert str(tmp_path) in text and "You have no permission to write there." in text
    assert "Permission denied" not in text  # the system's English words stay in the log


def test_no_permission_on_the_data_file_calls_it_a_file(tmp_path, english):
    database = tmp_path / "paraat.sqlite3"
    database.write_bytes(b"")
    error = _raised(database, None, "no permission to read and write this file")
    text = data_folder_message(error)
    assert text.startswith("Paraat cannot use this file:")
    assert "folder:" not in text and "You have no permission" in text


@pytest.mark.parametrize(("cause", "why", "expected_nl"), [
    (OSError(errno.ENOSPC, "No space left on device"), "", "De schijf is vol."),
    (OSError(errno.EROFS, "Read-only file system"), "",
     "Op deze schijf kan niets worden geschreven (alleen lezen)."),
    (None, "the file is in use by another program", "Een ander programma gebruikt het."),
    (OSError(errno.EIO, "Input/output error"), "",
     "De schijf gaf een fout bij het lezen of schrijven. Kies"),  # never the system's English
])
def test_the_reason_is_told_in_dutch(tmp_path, qapp, cause, why, expected_nl):
    application.Translations(qapp).use("nl")
    text = data_folder_message(_raised(tmp_path, cause, why))
    assert text.startswith("Paraat kan je gegevens niet bewaren in deze map:")
    assert expected_nl in text


def test_the_command_line_calls_a_file_a_file(tmp_path):
    blocker = tmp_path / "blokkade"
    blocker.write_text("x")
    error = _raised(blocker, FileExistsError(errno.EEXIST, "File exists"))
    assert folder_error(error, "nl") == (
        f"Paraat kan het bestand {blocker} niet gebruiken: dit is een bestand, maar Paraat "
        "heeft hier een map nodig.")
    assert folder_error(error, "en") == (
        f"Paraat cannot use the file {blocker}: this is a file, but Paraat needs a folder here.")


def test_a_command_on_a_file_as_data_folder_says_so(tmp_path):
    blocker = tmp_path / "blokkade"
    blocker.write_text("x")
    result, _took = _start("--data-dir", str(blocker), "export-json", str(tmp_path / "out.json"),
                           env=_env())
    assert result.returncode == 2
    assert f"Paraat kan het bestand {blocker} niet gebruiken" in result.stderr
    assert "File exists" not in result.stderr


def test_smoke_test_on_a_folder_in_use_exits_at_once(tmp_path):
    """A second Paraat on the same data says so on stderr instead of a dialog."""
    instance_lock = pytest.importorskip("app.storage.instance_lock")
    folder = tmp_path / "in-gebruik"
    held = instance_lock.InstanceLock(folder).acquire()
    try:
        if held.skipped:
            pytest.skip("this file system cannot lock")
        result, took = _start("--data-dir", str(folder), "--smoke-test", env=_env())
    finally:
        held.release()
    assert result.returncode not in (0, 124), result.stderr
    assert took < QUICK
    assert "Paraat is al geopend" in result.stderr and str(folder) in result.stderr


@pytest.mark.parametrize("make", ["folder", "fifo"])
def test_a_journal_that_is_not_a_file_is_named_as_a_file(tmp_path, english, make):
    """The window's words for a folder or a pipe where the journal should be."""
    import os

    from app.storage.recovery import open_or_recover

    database = tmp_path / "paraat.sqlite3"
    open_or_recover(database, None)[0].close()
    journal = tmp_path / "paraat.sqlite3-journal"
    journal.mkdir() if make == "folder" else os.mkfifo(journal)
    with pytest.raises(DataFolderError) as raised:
        open_or_recover(database, None)
    text = data_folder_message(raised.value)
    assert text.startswith("Paraat cannot use this file:"), text
    assert str(journal) in text
    expected = ("This is a folder, not a file." if make == "folder"
                else "This is not an ordinary file.")
    assert expected in text and "Paraat has not changed anything." in text
    assert "unknown" not in text.lower()
