"""The worker: long work off the GUI thread behind a busy dialog, one job at a time, the window
painting meanwhile, and the result or the error back in the GUI thread."""

from __future__ import annotations

import os
import tempfile
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit, QProgressDialog, QPushButton, QVBoxLayout, QWidget

from app.ui.common import worker


@pytest.fixture
def window(qtbot):
    window = QWidget()
    page = QWidget(window)
    page.setObjectName("page")
    layout = QVBoxLayout(page)
    page.button = QPushButton("Opslaan", page)
    page.field = QLineEdit(page)
    layout.addWidget(page.button)
    layout.addWidget(page.field)
    QVBoxLayout(window).addWidget(page)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    assert not worker.busy()


def _page(window: QWidget) -> QWidget:
    return window.findChild(QWidget, "page")


def test_run_returns_the_result_from_another_thread_while_the_gui_keeps_ticking(window, qtbot):
    page = _page(window)
    page.button.setFocus()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["thread"] = threading.current_thread()
        seen["busy"] = worker.busy()
        time.sleep(0.4)
        return 42

    def look() -> None:  # in the GUI thread, while the job runs
        dialog = window.findChild(QProgressDialog, "worker.busy")
        seen["dialog"] = dialog is not None and dialog.isVisible()
        seen["range"] = (dialog.minimum(), dialog.maximum()) if dialog else None
        seen["label"] = dialog.labelText() if dialog else ""
        seen["page_enabled"] = page.isEnabled()

    QTimer.singleShot(100, look)
    started = time.perf_counter()
    assert worker.run(page, "Bezig met opslaan…", work) == 42
    timer.stop()
    assert seen["thread"] is not threading.main_thread()
    assert seen["busy"] is True and not worker.busy()
    assert seen["dialog"] is True and seen["range"] == (0, 0) and seen["label"] == "Bezig met opslaan…"
    assert seen["page_enabled"] is False and page.isEnabled()
    during = [t for t in ticks if t >= started]
    assert len(during) >= 10, during  # 400 ms of work, a tick every 10 ms
    gaps = [b - a for a, b in zip(during, during[1:], strict=False)]
    assert max(gaps) < 0.1, gaps
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog, "worker.busy") is None)
    assert window.focusWidget() is page.button  # the focus is back where the user left it


def test_the_busy_dialog_has_no_cancel_button_and_is_window_modal(window):
    from PySide6.QtCore import Qt

    page = _page(window)
    seen = {}

    def look() -> None:
        dialog = window.findChild(QProgressDialog, "worker.busy")
        seen["buttons"] = [button.text() for button in dialog.findChildren(QPushButton)]
        seen["modality"] = dialog.windowModality()
        seen["name"] = dialog.accessibleName()

    QTimer.singleShot(50, look)
    worker.run(page, "Het bestand wordt gelezen…", lambda: time.sleep(0.2))
    assert seen == {"buttons": [], "modality": Qt.WindowModality.WindowModal,
                    "name": "Het bestand wordt gelezen…"}


def test_an_error_arrives_in_the_gui_thread_as_itself(window):
    page = _page(window)

    def work() -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError) as raised:
        worker.run(page, "…", work)
    assert raised.value.errno == 28
    assert page.isEnabled() and not worker.busy()
    assert threading.current_thread() is threading.main_thread()


def test_a_second_job_while_one_runs_is_not_started(window):
    page = _page(window)
    release = threading.Event()
    ran: list[str] = []
    seen: dict[str, object] = {}

    def second() -> None:
        seen["started"] = worker.start(page, "…", lambda: ran.append("second"), print, print)
        try:
            worker.run(page, "…", lambda: ran.append("third"))
        except worker.WorkerBusy:
            seen["refused"] = True
        page.button.click()  # disabled: nothing happens
        release.set()

    page.button.clicked.connect(lambda: ran.append("clicked"))
    QTimer.singleShot(50, second)
    worker.run(page, "…", lambda: (release.wait(5), ran.append("first")))
    assert ran == ["first"]
    assert seen == {"started": None, "refused": True}


def test_start_hands_the_result_to_done_later(window, qtbot):
    page = _page(window)
    results: list[object] = []
    task = worker.start(page, "…", lambda: "klaar", results.append, results.append, disable=[page.button])
    assert task is not None and task.dialog.isVisible() and not page.button.isEnabled()
    assert results == []  # never before the event loop runs
    qtbot.waitUntil(lambda: results == ["klaar"])
    assert page.button.isEnabled()


def test_the_worker_writes_nothing_to_the_disk(window, tmp_path: Path, monkeypatch):
    """Public mode: no temporary files, no settings — the pool and the dialog leave no trace."""
    home, temp = tmp_path / "home", tmp_path / "temp"
    home.mkdir()
    temp.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    assert worker.run(_page(window), "…", lambda: sum(range(1000))) == 499500
    assert list(home.rglob("*")) == [] and list(temp.rglob("*")) == []
    assert os.listdir(tmp_path) == ["home", "temp"] or sorted(os.listdir(tmp_path)) == ["home", "temp"]


def test_the_garbage_collector_pauses_during_a_job_and_resumes_after(window):
    """A full collection stops every thread (200-270 ms with 20,000 entries): not during a job."""
    import gc

    page = _page(window)
    assert gc.isenabled()
    assert worker.run(page, "…", gc.isenabled) is False
    assert gc.isenabled()

    def fail() -> None:
        raise ValueError("kapot")

    with pytest.raises(ValueError):
        worker.run(page, "…", fail)
    assert gc.isenabled()
