"""Logging never raises and never prints "--- Logging error ---": a record that cannot be
written (a full disk, a closed stream, a log folder that is gone) is dropped."""

from __future__ import annotations

import errno
import io
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.diagnostics import (
    QuietRotatingFileHandler,
    QuietStreamHandler,
    log_handler,
    start_log,
    stop_log,
)
from tests.tiny_disk import fill, tiny_disk

LOGGING_ERROR = "--- Logging error ---"


class _FullDisk(io.TextIOBase):
    """A stream on a full disk: every write and flush fails with ENOSPC."""

    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def flush(self) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")


@pytest.fixture
def logger() -> Iterator[logging.Logger]:
    logger = logging.getLogger("paraat-test-diagnostics")
    logger.propagate = False
    logger.setLevel(logging.WARNING)
    yield logger
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()


def test_a_plain_handler_would_print_a_logging_error(logger, capfd) -> None:
    """The control: without Paraat's handler the same failure reaches stderr."""
    assert logging.raiseExceptions
    logger.addHandler(logging.StreamHandler(_FullDisk()))
    logger.warning("backup at start failed")
    assert LOGGING_ERROR in capfd.readouterr().err


def test_a_stream_on_a_full_disk_drops_the_record_silently(logger, capfd) -> None:
    logger.addHandler(QuietStreamHandler(_FullDisk()))
    for n in range(20):
        logger.warning("backup at start failed %d", n)
        logger.error("unexpected error", exc_info=(ValueError, ValueError("x"), None))
    assert capfd.readouterr().err == ""


def test_a_closed_stream_drops_the_record_silently(logger, capfd) -> None:
    stream = io.StringIO()
    logger.addHandler(QuietStreamHandler(stream))
    stream.close()
    logger.warning("after the close")
    assert capfd.readouterr().err == ""


def test_the_log_file_handler_on_a_full_disk_drops_records(logger, tmp_path, capfd) -> None:
    handler = log_handler(tmp_path / "paraat.log")
    assert isinstance(handler, QuietRotatingFileHandler)
    logger.addHandler(handler)
    logger.warning("before the disk filled up")
    handler.stream = _FullDisk()  # the disk under the log is full now
    logger.warning("while the disk is full")
    assert capfd.readouterr().err == ""
    assert "before the disk filled up" in (tmp_path / "paraat.log").read_text(encoding="utf-8")


def test_a_really_full_disk_under_the_log_file(logger, tmp_path, capfd) -> None:
    with tiny_disk(tmp_path / "stick", size="64k") as stick:
        handler = log_handler(stick / "paraat.log")
        logger.addHandler(handler)
        logger.warning("first")
        fill(stick)
        for n in range(200):  # far more than fits: the buffer fills, every flush fails
            logger.warning("line %d %s", n, "x" * 500)
        logger.removeHandler(handler)
        handler.close()
        err = capfd.readouterr().err
        assert LOGGING_ERROR not in err and "Traceback" not in err


def test_a_log_folder_that_is_gone_when_the_log_rotates(logger, tmp_path, capfd) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    handler = QuietRotatingFileHandler(folder / "paraat.log", maxBytes=200, backupCount=1,
                                       encoding="utf-8")
    logger.addHandler(handler)
    logger.warning("x" * 150)
    shutil.rmtree(folder)  # delete-all, or the user, removed the data folder
    for _ in range(5):
        logger.warning("y" * 150)  # each one wants to rotate the log that is gone
    assert capfd.readouterr().err == ""


def test_no_log_file_means_no_log_never_the_console(monkeypatch, tmp_path) -> None:
    """A log line is English and technical: it never goes to stderr, not even as a fallback."""
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    assert isinstance(log_handler(blocked / "paraat.log"), logging.NullHandler)
    assert isinstance(log_handler(None), logging.NullHandler)
    monkeypatch.setattr("sys.stderr", None)  # pythonw on Windows has no console
    assert isinstance(log_handler(None), logging.NullHandler)


@pytest.mark.parametrize("where", ["public", "blocked", "folder"])
def test_start_log_adds_one_handler_and_stop_log_takes_it_off(tmp_path, capfd, where) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    folder = {"public": None, "blocked": blocked, "folder": tmp_path / "new" / "data"}[where]
    log_file = None if folder is None else folder / "paraat.log"
    root = logging.getLogger()
    before = list(root.handlers)
    handler = start_log(folder, log_file)
    try:
        assert [h for h in root.handlers if h not in before] == [handler]
        logging.getLogger("app.storage.recovery").warning("the data file is damaged; setting it aside")
    finally:
        stop_log(handler)
    assert root.handlers == before
    assert capfd.readouterr().err == ""
    if where == "folder":
        assert "setting it aside" in log_file.read_text(encoding="utf-8")
    else:
        assert isinstance(handler, logging.NullHandler)
    assert blocked.read_text() == "not a folder"


def test_setup_logging_uses_the_quiet_handlers(tmp_path: Path, capfd) -> None:
    from app.paths import data_location
    from app.ui.start.application import setup_logging

    root = logging.getLogger()
    before = list(root.handlers)
    try:
        setup_logging(data_location(tmp_path / "data"))
        added = [handler for handler in root.handlers if handler not in before]
        assert added and all(isinstance(handler, QuietRotatingFileHandler) for handler in added)
        added[0].stream = _FullDisk()
        logging.getLogger("app").error("could not save")
        assert capfd.readouterr().err == ""
    finally:
        for handler in [handler for handler in root.handlers if handler not in before]:
            root.removeHandler(handler)
            handler.close()


# --- the commands and the window log to paraat.log or nowhere, never on stderr ----------------

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != "PARAAT_DATA_DIR"}
    env.update(PYTHONIOENCODING="utf-8", PARAAT_LOCK_WAIT="0", QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_a_command_after_a_recovery_logs_to_the_file_not_to_stderr(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "paraat.sqlite3").write_text("geen database\n" * 50)
    result = _run("--data-dir", str(folder), "demo")
    assert result.returncode == 0, result.stderr
    assert "beschadigd" in result.stderr  # the user is told, in Dutch
    assert "setting it aside" not in result.stderr and "WARNING" not in result.stderr
    assert "damaged" not in result.stderr.replace("paraat-damaged-", "")
    log = (folder / "paraat.log").read_text(encoding="utf-8")
    assert "WARNING app.storage.recovery" in log  # the details are in the log


def test_a_command_in_public_mode_writes_no_log_and_prints_none(tmp_path: Path) -> None:
    target = tmp_path / "leeg.json"
    result = _run("--public", "export-json", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stderr == "" and target.exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["leeg.json"]


def test_main_leaves_the_root_logger_as_it_found_it(tmp_path: Path) -> None:
    from app.__main__ import main

    root = logging.getLogger()
    before = list(root.handlers)
    assert main(["--data-dir", str(tmp_path / "data"), "demo"]) == 0
    assert root.handlers == before


def test_the_window_with_a_file_as_data_folder_prints_no_log_line(tmp_path: Path) -> None:
    target = tmp_path / "target.txt"
    target.write_text("een gewoon bestand")
    result = _run("--data-dir", str(target), "--lang", "nl", "--smoke-test")
    assert result.returncode == 2
    assert "Dit is een bestand, maar Paraat heeft hier een map nodig." in result.stderr
    assert "ERROR" not in result.stderr and "File exists" not in result.stderr, result.stderr
    assert "cannot use data folder" not in result.stderr
    assert target.read_text() == "een gewoon bestand"


def test_the_log_rotates_as_the_standard_library_does(tmp_path) -> None:
    """Paraat's own rotation (without logging.handlers, issue 20) keeps the same files as
    RotatingFileHandler: the newest lines in paraat.log, the ones before in paraat.log.1."""
    import logging.handlers

    ours_folder, theirs_folder = tmp_path / "ours", tmp_path / "theirs"
    ours_folder.mkdir()
    theirs_folder.mkdir()
    ours = QuietRotatingFileHandler(ours_folder / "paraat.log", maxBytes=300, backupCount=1,
                                    encoding="utf-8")
    theirs = logging.handlers.RotatingFileHandler(theirs_folder / "paraat.log", maxBytes=300,
                                                  backupCount=1, encoding="utf-8")
    logger = logging.getLogger("paraat-test-rotation")
    logger.propagate = False
    logger.setLevel(logging.WARNING)
    try:
        for handler in (ours, theirs):
            logger.addHandler(handler)
        for number in range(40):
            logger.warning("regel %d %s", number, "é" * (number % 7))
    finally:
        for handler in (ours, theirs):
            logger.removeHandler(handler)
            handler.close()
    names = sorted(path.name for path in ours_folder.iterdir())
    assert names == sorted(path.name for path in theirs_folder.iterdir()) == ["paraat.log", "paraat.log.1"]
    for name in names:
        assert (ours_folder / name).read_text(encoding="utf-8") == (
            theirs_folder / name).read_text(encoding="utf-8")
    assert (ours_folder / "paraat.log").stat().st_size < 300


def test_the_window_loads_no_logging_handlers_module() -> None:
    import subprocess
    import sys

    code = ("import sys\nimport app.ui.start.application\n"
            "print('logging.handlers' in sys.modules, 'socket' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parents[1])
    assert result.stdout.split() == ["False", "False"]
