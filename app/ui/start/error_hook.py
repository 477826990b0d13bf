"""Never a traceback in the user's face: one hook for every unexpected error.

An error that nobody caught (in the main thread, in a Qt slot, or in a worker thread) ends up
here. The user gets a calm dialog that says what happened and what they can do; the details go
to the log for whoever helps them. The log gets the kind of error and where in Paraat's code it
happened — never the error's message or any values, because those can hold names, medicines or
addresses the user typed. In public mode the log has no file at all (see application.py).
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication

from app import APP_NAME
from app.diagnostics import describe
from app.words.i18n import tr

log = logging.getLogger("app.error")


def error_text(log_file: str | None) -> str:
    """What the dialog says, in the user's language."""
    text = tr("Something went wrong inside Paraat.") + "\n\n" + tr(
        "What you can do:\n"
        "• Everything you filled in before this is saved. Nothing is lost.\n"
        "• Go on working, or close Paraat and start it again.\n"
        "• If it keeps happening, print your plan on the Print page, so you have it on paper.")
    if log_file:
        text += "\n\n" + tr("For someone who helps you: the details are in %1. "
                            "That file holds no names or other personal details.").replace("%1", log_file)
    return text


class _Relay(QObject):
    """Carries errors from any thread to the GUI thread, where the dialog may be shown."""

    error_seen = Signal()
    """An unexpected error was logged; tell the user."""


class ErrorHook:
    """Installed once at start-up; shows at most one dialog at a time.

    ``quiet`` (``--smoke-test``): nothing may wait for a click, so the same words go to stderr
    instead of a dialog, and ``shown`` tells the caller that something went wrong.
    """

    def __init__(self, log_file: str | None, quiet: bool = False) -> None:
        self.log_file = log_file
        self.quiet = quiet
        self.showing = False
        self.shown = 0
        self._relay: _Relay | None = None

    def install(self) -> None:
        """Take over sys.excepthook and threading.excepthook (call in the GUI thread)."""
        self._relay = _Relay()
        self._relay.error_seen.connect(self._tell_user, Qt.ConnectionType.QueuedConnection)
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(self, kind: type[BaseException], value: BaseException | None, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value or kind(), tb)
            return
        log.error("unexpected error\n%s", describe(kind, tb))
        app = QApplication.instance()
        if app is None or self.quiet:
            self.shown += 1
            if sys.stderr is not None:  # a windowed program on Windows has no console
                print(error_text(self.log_file) + f"\n({kind.__name__})", file=sys.stderr,
                      flush=True)
            return
        if self._relay is None or QThread.currentThread() is app.thread():
            self._tell_user()  # in the GUI thread: tell the user right away
            return
        self._relay.error_seen.emit()  # from a worker thread: the GUI thread tells the user

    def _tell_user(self) -> None:
        if self.showing:
            return
        self.showing = True
        try:
            self.shown += 1
            from PySide6.QtWidgets import QMessageBox  # only when something went wrong (issue 20)

            gc.enable()  # an error during the start (app/cli/entry.py): the dialog may stay long
            QMessageBox.warning(QApplication.activeWindow(), APP_NAME, error_text(self.log_file))
        finally:
            QTimer.singleShot(0, self._done)

    def _done(self) -> None:
        self.showing = False
