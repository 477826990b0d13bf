"""An unexpected error gives a calm dialog and a log line without personal details."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtWidgets import QMessageBox

from app.cli.parser import build_parser
from app.diagnostics import describe
from app.ui.start import error_hook
from app.ui.start.application import run_gui
from app.ui.start.error_hook import ErrorHook

CANARY = "ZZCANARY-4711 Jansen insuline"


def _raise() -> None:
    raise ValueError(f"bad value {CANARY}")


@pytest.fixture
def shown(monkeypatch):
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: texts.append(text))
    return texts


@pytest.fixture
def hook(monkeypatch, qapp):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    installed = ErrorHook("/data/paraat.log")
    installed.install()
    return installed


def _error_info():
    try:
        _raise()
    except ValueError:
        return sys.exc_info()
    raise AssertionError("no error")


def test_the_log_names_where_but_never_the_message(caplog):
    kind, value, tb = _error_info()
    text = describe(kind, tb)
    assert text.startswith("builtins.ValueError")
    assert "test_error_hook.py" in text and "_raise" in text
    assert CANARY not in text and "bad value" not in text


def test_an_error_in_the_gui_thread_shows_one_calm_dialog(hook, shown, caplog, qtbot):
    with caplog.at_level(logging.ERROR, logger="app.error"):
        sys.excepthook(*_error_info())
        qtbot.waitUntil(lambda: len(shown) == 1)
    assert "Something went wrong inside Paraat" in shown[0]
    assert "Nothing is lost" in shown[0] and "/data/paraat.log" in shown[0]
    assert "Traceback" not in shown[0] and CANARY not in shown[0]
    assert CANARY not in caplog.text and "ValueError" in caplog.text


def test_an_error_in_a_worker_thread_reaches_the_gui_thread(hook, shown, qtbot):
    worker = threading.Thread(target=_raise)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert hook.shown == 1


def test_errors_while_the_dialog_is_open_do_not_stack_dialogs(hook, monkeypatch, qtbot):
    texts: list[str] = []

    def warning(parent, title, text, *args, **kwargs):
        texts.append(text)
        sys.excepthook(*_error_info())  # a second error while the first dialog is still open

    monkeypatch.setattr(QMessageBox, "warning", warning)
    sys.excepthook(*_error_info())
    qtbot.waitUntil(lambda: len(texts) == 1)
    qtbot.wait(50)
    assert texts and len(texts) == 1 and hook.shown == 1


def test_without_a_log_file_the_dialog_does_not_mention_one(qapp):
    assert "paraat.log" not in error_hook.error_text(None)
    assert "Nothing is lost" in error_hook.error_text(None)


def test_starting_paraat_installs_the_hook(tmp_path, monkeypatch, qapp):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    args = build_parser().parse_args(["--data-dir", str(tmp_path / "data"), "--smoke-test"])
    assert run_gui(args) == 0
    assert isinstance(sys.excepthook.__self__, ErrorHook)
    assert sys.excepthook.__self__.log_file == str(tmp_path / "data" / "paraat.log")


def test_the_dialog_of_an_error_during_the_start_runs_with_the_cycle_collector_on(
        hook, monkeypatch, qtbot):
    """``paraat`` turns the collector off for the start (app/cli/entry.py); a dialog about an
    error then may stay open as long as the user likes, so it turns the collector on again."""
    import gc

    collecting: list[bool] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *args, **kwargs: collecting.append(gc.isenabled()))
    gc.disable()
    try:
        sys.excepthook(*_error_info())
        qtbot.waitUntil(lambda: len(collecting) == 1)
    finally:
        gc.enable()
    assert collecting == [True]
