"""Public mode at run time: the idle watch, the wipe, and starting over for the next visitor.

A wipe closes every open dialog and menu, waits until their event loops have ended (so no
code after a ``dialog.exec()`` still holds the old household), then drops the old session,
window and in-memory database, clears the clipboard when Paraat owns it, and shows the start
screen again: a fresh empty household in memory and the first-run wizard. The idle watch
then waits for the next visitor's first input before it counts again.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.paths import MEMORY_DATABASE
from app.policy import Policy
from app.storage.repository import Repository
from app.ui.public.idle_watch import IdleWatch
from app.words.i18n import current_language, tr

if TYPE_CHECKING:
    from app.ui.common.session import Session


class RunningApp(Protocol):
    """What public mode needs of the running GUI (``app.ui.start.application.Paraat``, which makes
    the ``PublicSession``: described here so that this module does not import that one)."""

    app: QApplication
    session: Session
    start_language: str

    def start_over(self, repository: Repository) -> QWidget:
        """Begin again with ``repository``: a new session and window."""
        ...

    def first_run(self) -> None:
        """Show the first-run wizard when the household is empty."""

WAIT_MS = 20
MAX_WAITS = 250
"""How long a wipe waits (20 ms × 250 = 5 s) for open dialogs' loops to end before it goes on."""


def open_memory_repository() -> Repository:
    """A fresh household that lives in memory only; sorts and temporary tables stay in memory too."""
    repository = Repository.open(MEMORY_DATABASE)
    repository.connection.execute("PRAGMA temp_store = MEMORY")
    return repository


def close_open_dialogs() -> int:
    """Close every menu and dialog that is open (they may show what the visitor typed)."""
    closed = 0
    for _ in range(20):
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()
        closed += 1
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
            widget.hide()
            closed += 1
    return closed


def clear_clipboard() -> None:
    """Empty the clipboard (and the X11 selection) when what is on it came from Paraat."""
    clipboard = QGuiApplication.clipboard()
    if clipboard.ownsClipboard():
        clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection() and clipboard.ownsSelection():
        clipboard.clear(QClipboard.Mode.Selection)


def _nested() -> bool:
    """True while a dialog's or menu's own event loop is still running."""
    return QThread.currentThread().loopLevel() > 1 or QApplication.activeModalWidget() is not None


class PublicSession(QObject):
    """Owns the idle watch of a public run and wipes everything when asked."""

    wiped = Signal()
    """Everything was erased; a fresh, empty Paraat is showing."""

    def __init__(self, paraat: RunningApp, policy: Policy) -> None:
        super().__init__(paraat.app)
        self.setObjectName("public_session")
        self.paraat = paraat
        self.policy = policy
        self.wiping = False
        self.wipes = 0
        self._waits = 0
        self.watch = IdleWatch(paraat.app, policy.idle_ms)
        self.watch.expired.connect(self.wipe)
        paraat.app.aboutToQuit.connect(self.on_quit)

    @Slot()
    def wipe(self) -> None:
        """Erase everything now: close dialogs, then start over once their loops have ended."""
        if self.wiping:
            return
        self.wiping = True
        self.watch.pause()
        close_open_dialogs()
        self._waits = 0
        QTimer.singleShot(0, self._wipe_when_unwound)

    @Slot()
    def _wipe_when_unwound(self) -> None:
        if _nested() and self._waits < MAX_WAITS:
            self._waits += 1
            close_open_dialogs()
            QTimer.singleShot(WAIT_MS, self._wipe_when_unwound)
            return
        self.wipe_now()

    def wipe_now(self) -> None:
        """Drop the household, the undo history and the window; show a fresh start screen."""
        language = self.paraat.start_language or current_language()
        fresh = open_memory_repository()
        fresh.set_setting("language", language)
        self.paraat.start_over(fresh)
        clear_clipboard()
        gc.collect()  # the old session's Python objects (and the text they hold) go now
        self.wipes += 1
        self.wiping = False
        self.watch.disarm()
        self.paraat.session.notice.emit(tr("Everything is erased. Paraat is empty again for the next visitor."))
        self.wiped.emit()
        QTimer.singleShot(0, self.paraat.first_run)

    @Slot()
    def on_quit(self) -> None:
        """On exit: stop watching, empty the clipboard; the memory database goes with the process."""
        self.watch.stop()
        clear_clipboard()
