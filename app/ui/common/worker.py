"""Long work off the GUI thread: one job at a time, behind a busy dialog, the window painting.

A job is a plain function that touches no widget and no database connection of the GUI
thread: it parses a file, derives a key, encrypts, builds bytes or writes a file the user
chose. The caller reads what the job needs first (in the GUI thread) and stores what it
returns afterwards (in the GUI thread, in one transaction as before), so all-or-nothing stays.

``start`` runs a job and calls ``done(result)`` or ``failed(error)`` in the GUI thread later;
``run`` does the same but waits in a local event loop (like ``QDialog.exec``), so it returns
the result or raises the job's error right where the old, blocking call stood, and the
existing plain-words messages stay as they were. Meanwhile a window-modal ``QProgressDialog``
says what is happening, without a bar (a busy indicator: these jobs cannot tell how far they
are) and without a cancel button (a half-written file or half-derived key cannot be stopped
safely); the page that started the job is disabled, and a second job is refused (``busy``).
Nothing here writes to the disk: the pool keeps no files and no settings.
"""

from __future__ import annotations

import contextlib
import gc
import traceback
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")

_pool: QThreadPool | None = None
_running: Task | None = None
_ended: Task | None = None
"""The last job that ended, kept until the next one starts: its pool thread may still be
returning from ``run`` when its result is handled."""


class WorkerBusy(RuntimeError):
    """A job was asked for while another one runs (callers check ``busy()`` first)."""


def busy() -> bool:
    """True while a job runs: a second one is not started."""
    return _running is not None


def pool() -> QThreadPool:
    """The threads jobs run in; owned by the application, which waits for them when it ends."""
    global _pool
    if _pool is None or not shiboken6.isValid(_pool):
        _pool = QThreadPool(QCoreApplication.instance())
        _pool.setMaxThreadCount(1)
    return _pool


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """Runs ``work`` in a pool thread and emits its result or its error."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()  # made in the GUI thread, so it lives there
        self.setAutoDelete(False)  # the Task keeps it until the result has been handled

    def run(self) -> None:
        # Python's cyclic garbage collector stops every thread while it walks the heap: with
        # 20,000 entries and a calendar's worth of new objects a full pass took 200-270 ms, so
        # the window froze in the middle of a job. It pauses while the job runs (one at a time;
        # what the job drops is freed by reference counting) and resumes when the job ends.
        collecting = gc.isenabled()
        gc.disable()
        try:
            try:
                result = self.work()
            finally:
                if collecting:
                    gc.enable()
        except Exception as error:  # handed to the GUI thread, which decides what to say
            # The traceback keeps its frames' locals (a laid-out document, say) alive; they
            # are dropped here, in the thread that made them, not later in the GUI thread.
            traceback.clear_frames(error.__traceback__)
            self._emit(self.signals.failed, error)
        else:
            self._emit(self.signals.done, result)
            del result  # the receivers hold it now: let go of it in their thread, not here
        self.ran = True

    ran = False
    """``run`` has ended and holds nothing of the result any more (set in the pool thread)."""

    def _emit(self, signal: Any, value: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the application ended while the job ran:
            signal.emit(value)  # nobody is left to tell


class Task(QObject):
    """One running job: its busy dialog, the widgets it disabled, and where its result goes."""

    def __init__(self, parent: QWidget, label: str, work: Callable[[], Any],
                 done: Callable[[Any], None], failed: Callable[[Exception], None],
                 disable: Iterable[QWidget], name: str) -> None:
        super().__init__()
        self.done_handler = done
        self.failed_handler = failed
        self.focus = parent.window().focusWidget()  # disabling moves the focus; it comes back
        self.disabled = [widget for widget in disable if widget.isEnabled()]
        self.dialog = QProgressDialog(label, "", 0, 0, parent)
        self.dialog.setObjectName(name)
        self.dialog.setWindowTitle("Paraat")
        self.dialog.setCancelButton(None)  # nothing here can be stopped half-way safely
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAccessibleName(label)
        self.job = Job(work)
        self.job.signals.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.job.signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)

    def begin(self) -> None:
        for widget in self.disabled:
            widget.setEnabled(False)
        self.dialog.show()
        pool().start(self.job)

    def _end(self) -> None:
        global _running, _ended
        if shiboken6.isValid(self.dialog):
            self.dialog.close()
            self.dialog.deleteLater()
        for widget in self.disabled:
            if shiboken6.isValid(widget):
                widget.setEnabled(True)
        if self.focus is not None and shiboken6.isValid(self.focus) and self.focus.isVisible():
            self.focus.setFocus(Qt.FocusReason.OtherFocusReason)
        _running, _ended = None, self

    @Slot(object)
    def _done(self, result: Any) -> None:
        self._end()
        self.done_handler(result)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self._end()
        self.failed_handler(error)


def start(parent: QWidget, label: str, work: Callable[[], T], done: Callable[[T], None],
          failed: Callable[[Exception], None], *, disable: Iterable[QWidget] = (),
          name: str = "worker.busy") -> Task | None:
    """Run ``work`` off the GUI thread behind a busy dialog saying ``label``; ``done`` or
    ``failed`` is called in the GUI thread when it ends. The ``disable`` widgets are
    disabled meanwhile. Returns the running task, or None (doing nothing) while another
    job runs."""
    global _running
    if _running is not None:
        return None
    task = Task(parent, label, work, done, failed, disable, name)
    _running = task
    task.begin()
    return task


def run(parent: QWidget, label: str, work: Callable[[], T], *, name: str = "worker.busy") -> T:
    """Run ``work`` off the GUI thread and wait for it, the window painting meanwhile; returns
    its result or raises its error here. ``parent`` (unless it is a window) is disabled while
    it runs. Raises ``WorkerBusy`` while another job runs."""
    outcome: list[tuple[bool, Any]] = []
    loop = QEventLoop()

    def finish(ok: bool, value: Any) -> None:
        outcome.append((ok, value))
        loop.quit()

    disable = () if parent.isWindow() else (parent,)  # the dialog is the window's, not the page's
    if start(parent.window(), label, work, lambda result: finish(True, result),
             lambda error: finish(False, error), disable=disable, name=name) is None:
        raise WorkerBusy("another job is running")
    if not outcome:  # the result comes through the event loop, never before it runs
        loop.exec(QEventLoop.ProcessEventsFlag.AllEvents)
    ok, value = outcome[0]
    if not ok:
        raise value
    result: T = value
    return result
