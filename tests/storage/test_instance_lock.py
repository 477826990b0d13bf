"""One Paraat per data folder: a second start refuses plainly, commands wait and then refuse,
and a Paraat that crashed never blocks the next one.

The other Paraat is a real second process (a child that takes the lock, and may hold a write
transaction on the database like a Paraat in the middle of a save, for 30 seconds); the tests
end it when they are done, so none of them takes 30 seconds.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.cli.opening import IN_USE
from app.core.records import Pet
from app.storage import backups
from app.storage.instance_lock import (
    LOCK_NAME,
    WAIT_ENV,
    InstanceLock,
    InUse,
    lock_folder,
    wait_seconds,
)
from app.storage.repository import Repository

ROOT = Path(__file__).resolve().parents[2]

_HOLDER = """
import sqlite3, sys, time
from app.storage.instance_lock import lock_folder
folder, seconds, busy = sys.argv[1], float(sys.argv[2]), sys.argv[3] == "busy"
lock = lock_folder(folder)
if busy:  # a Paraat in the middle of a save: the database itself is locked too
    connection = sqlite3.connect(folder + "/paraat.sqlite3", isolation_level=None)
    connection.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
time.sleep(seconds)
"""


@pytest.fixture
def hold() -> Iterator[Callable[..., subprocess.Popen]]:
    """Start another process that holds a data folder's lock (for 30 s unless told)."""
    children: list[subprocess.Popen] = []

    def start(folder: Path, seconds: float = 30, busy: bool = False) -> subprocess.Popen:
        child = subprocess.Popen(
            [sys.executable, "-c", _HOLDER, str(folder), str(seconds), "busy" if busy else "-"],
            cwd=ROOT, stdout=subprocess.PIPE, text=True)
        children.append(child)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "locked"
        return child

    yield start
    for child in children:
        child.kill()
        child.wait()
        if child.stdout is not None:
            child.stdout.close()


def _household(folder: Path) -> None:
    """A data folder as Paraat leaves it: a household, a backup and a log."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "paraat.log").write_text("2026-12-01 10:00:00,000 WARNING app: earlier\n")
    repository = Repository.open(folder / "paraat.sqlite3")
    try:
        repository.add("pet", Pet(species="Hond", names="Bobbie"))
        backups.make_backup(repository.connection, folder / "backups", "manual")
    finally:
        repository.close()


def _files(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``folder`` with its bytes and modification time (the lock file aside)."""
    return {str(path.relative_to(folder)): (path.read_bytes(), path.stat().st_mtime_ns)
            for path in sorted(folder.rglob("*")) if path.is_file() and path.name != LOCK_NAME}


# --- the lock itself --------------------------------------------------------------------------


def test_a_second_lock_on_the_same_folder_is_refused_until_the_first_is_released(
        tmp_path: Path) -> None:
    first = lock_folder(tmp_path / "data")
    assert first is not None and first.held and (tmp_path / "data" / LOCK_NAME).is_file()
    with pytest.raises(InUse) as caught:
        InstanceLock(tmp_path / "data").acquire()
    assert caught.value.folder == tmp_path / "data"
    first.release()
    second = lock_folder(tmp_path / "data")
    assert second is not None and second.held
    second.release()
    assert (tmp_path / "data" / LOCK_NAME).is_file()  # kept, empty, for the next start


def test_public_mode_takes_no_lock_and_writes_nothing(tmp_path: Path) -> None:
    before = set(tmp_path.iterdir())
    assert lock_folder(None) is None
    assert set(tmp_path.iterdir()) == before


def test_a_lock_file_that_cannot_be_made_is_a_folder_problem(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(OSError) as caught:
        lock_folder(tmp_path / "file" / "data")
    assert "file" in str(caught.value)


@pytest.mark.parametrize(("value", "expected"), [("", 10.0), ("0.5", 0.5), ("0", 0.0),
                                                 ("soon", 10.0), ("-1", 10.0)])
def test_the_wait_can_be_set_in_the_environment(monkeypatch, value: str, expected: float) -> None:
    monkeypatch.setenv(WAIT_ENV, value)
    assert wait_seconds(10.0) == expected


# --- another process holds the folder -----------------------------------------------------------


def test_the_lock_of_another_process_is_waited_for_then_refused(tmp_path: Path, hold) -> None:
    hold(tmp_path)
    start = time.monotonic()
    with pytest.raises(InUse) as caught:
        lock_folder(tmp_path, wait=0.6)
    waited = time.monotonic() - start
    assert 0.6 <= waited < 5
    assert caught.value.waited >= 0.6


def test_a_lock_let_go_while_waiting_is_taken(tmp_path: Path, hold) -> None:
    hold(tmp_path, seconds=0.5)  # the other Paraat ends after half a second
    lock = lock_folder(tmp_path, wait=20)
    assert lock is not None and lock.held
    lock.release()


def test_a_crashed_paraat_does_not_block_the_next_start(tmp_path: Path, hold, monkeypatch,
                                                        capsys) -> None:
    _household(tmp_path)
    child = hold(tmp_path, busy=True)
    child.kill()  # SIGKILL on POSIX: no clean-up of any kind
    child.wait()
    assert (tmp_path / LOCK_NAME).exists()  # the file stays behind, but holds nothing
    lock = lock_folder(tmp_path, wait=0)
    assert lock is not None and lock.held
    lock.release()
    monkeypatch.setenv(WAIT_ENV, "0")
    assert main(["--data-dir", str(tmp_path), "--lang", "en", "export-json",
                 str(tmp_path / "out.json")]) == 0
    assert "Bobbie" in (tmp_path / "out.json").read_text(encoding="utf-8")


def test_a_command_waits_then_refuses_and_changes_nothing(tmp_path: Path, hold, monkeypatch,
                                                          capsys) -> None:
    _household(tmp_path)
    hold(tmp_path, busy=True)
    before = _files(tmp_path)
    monkeypatch.setenv(WAIT_ENV, "1")
    start = time.monotonic()
    code = main(["--data-dir", str(tmp_path), "demo", "--force"])
    waited = time.monotonic() - start
    assert code == IN_USE == 4
    assert 1 <= waited < 6
    err = capsys.readouterr().err
    assert "Paraat is al geopend voor de gegevens in" in err and str(tmp_path) in err
    assert "1 seconden gewacht" in err and "Er is niets veranderd." in err
    assert "Traceback" not in err
    assert _files(tmp_path) == before


def test_a_command_in_english_says_so_in_english(tmp_path: Path, hold, monkeypatch,
                                                 capsys) -> None:
    hold(tmp_path)
    monkeypatch.setenv(WAIT_ENV, "0.2")
    out = tmp_path / "out.json"
    assert main(["--data-dir", str(tmp_path), "--lang", "en", "export-json", str(out)]) == 4
    assert "Paraat is already open for the data in" in capsys.readouterr().err
    assert not out.exists()


def test_a_command_waits_for_a_command_that_ends(tmp_path: Path, hold, monkeypatch,
                                                 capsys) -> None:
    _household(tmp_path)
    hold(tmp_path, seconds=0.5)
    monkeypatch.setenv(WAIT_ENV, "20")
    out = tmp_path / "out.json"
    assert main(["--data-dir", str(tmp_path), "--lang", "en", "export-json", str(out)]) == 0
    assert out.exists()


def test_delete_all_does_not_erase_a_folder_in_use(tmp_path: Path, hold, monkeypatch,
                                                   capsys) -> None:
    _household(tmp_path)
    hold(tmp_path)
    before = _files(tmp_path)
    monkeypatch.setenv(WAIT_ENV, "0.2")
    assert main(["--data-dir", str(tmp_path), "delete-all", "--yes"]) == 4
    assert _files(tmp_path) == before


def test_delete_all_erases_the_lock_file_too_when_free(tmp_path: Path, monkeypatch,
                                                       capsys) -> None:
    data = tmp_path / "data"
    _household(data)
    lock_folder(data).release()
    monkeypatch.setenv(WAIT_ENV, "0")
    assert main(["--data-dir", str(data), "delete-all", "--yes"]) == 0
    assert not data.exists()


# --- the window -----------------------------------------------------------------------------------


def test_a_second_window_refuses_plainly_and_touches_nothing(tmp_path: Path, hold) -> None:
    """Another Paraat holds the folder (and its database, mid-save) for 30 s; a second start
    says so within its short wait, exits non-zero, and sets nothing aside or restores."""
    _household(tmp_path)
    hold(tmp_path, busy=True)
    before = _files(tmp_path)
    env = {**os.environ, WAIT_ENV: "1", "QT_QPA_PLATFORM": "offscreen"}
    start = time.monotonic()
    run = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(tmp_path), "--lang", "nl", "--smoke-test"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert time.monotonic() - start < 30
    assert run.returncode == 4, run.stderr
    assert "Paraat is al geopend voor de gegevens in deze map" in run.stderr
    assert str(tmp_path) in run.stderr
    assert "Traceback" not in run.stderr
    assert _files(tmp_path) == before  # no set-aside, no restore, no backup
    assert not list(tmp_path.glob("*damaged*"))


def test_a_window_starts_after_a_crashed_paraat(tmp_path: Path, hold) -> None:
    _household(tmp_path)
    child = hold(tmp_path, busy=True)
    child.kill()
    child.wait()
    env = {**os.environ, WAIT_ENV: "0", "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(tmp_path), "--lang", "en", "--smoke-test"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert not list(tmp_path.glob("*damaged*"))  # busy at the crash, not damaged
    repository = Repository.open(tmp_path / "paraat.sqlite3")
    try:
        assert [p.names for p in repository.list("pet")] == ["Bobbie"]
    finally:
        repository.close()


def test_delete_all_in_the_window_keeps_the_new_household_locked(tmp_path: Path, qapp,
                                                                 monkeypatch) -> None:
    """The lock file is erased with everything else; the window locks the new one at once."""
    from PySide6.QtWidgets import QMessageBox

    from app.paths import data_location
    from app.ui.start.application import Paraat
    from app.words.i18n import Translations

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(text))
    location = data_location(tmp_path / "data")
    _household(location.folder)
    lock = lock_folder(location.folder)
    paraat = Paraat(qapp, Repository.open(location.database), location, "en")
    paraat.instance_lock = lock
    paraat.build_window()
    try:
        paraat.erase_everything()
        assert told  # the user was told what was deleted
        assert paraat.session.repository.list("pet") == []
        assert lock is not None and lock.held and (location.folder / LOCK_NAME).is_file()
        with pytest.raises(InUse):
            InstanceLock(location.folder).acquire()
    finally:
        paraat.window.close()
        paraat.window.deleteLater()
        paraat.session.repository.close()
        lock.release()
        Translations(qapp).use("en")
