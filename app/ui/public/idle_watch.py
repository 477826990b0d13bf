"""Public mode: notice when the visitor has walked away, ask, then let everything be wiped.

``IdleWatch`` filters every key, mouse and touch event of the application. It is armed by the
first input (a clean Paraat that nobody touched has nothing to wipe). After ``idle_ms`` without
input it shows ``CountdownDialog``: "Are you still there?" with a 60-second countdown and a
"Yes, I'll continue" button. At zero it emits ``expired``; the public session then wipes.
The dialog is opened with ``open()``, not ``exec()``, so a wipe never waits for a nested loop.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, SignalInstance, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.theme import heading
from app.words.i18n import tr

COUNTDOWN_SECONDS = 60

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.InputMethod,
})


def countdown_text(seconds: int) -> str:
    if seconds == 1:
        return tr("In 1 second Paraat erases everything you filled in, so the next visitor cannot see it.")
    return tr("In %1 seconds Paraat erases everything you filled in, so the next visitor cannot "
              "see it.").replace("%1", str(seconds))


class CountdownDialog(QDialog):
    """ "Are you still there?" — counts down; "Yes, I'll continue" or "Erase now"."""

    continued = Signal()
    expired = Signal()

    def __init__(self, seconds: int = COUNTDOWN_SECONDS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdown")
        self.setWindowTitle(tr("Are you still there?"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.remaining = seconds
        self.finished_once = False
        title = heading(tr("Are you still there?"))
        title.setObjectName("countdown.title")
        self.text = QLabel()
        self.text.setObjectName("countdown.text")
        self.text.setWordWrap(True)
        self.number = QLabel()
        self.number.setObjectName("countdown.number")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 2.5)
        font.setBold(True)
        self.number.setFont(font)
        self.continue_button = QPushButton(tr("Yes, I'll continue"))
        self.continue_button.setObjectName("countdown.continue")
        self.continue_button.setDefault(True)
        self.continue_button.setAutoDefault(True)
        self.erase_button = QPushButton(tr("No, erase everything now"))
        self.erase_button.setObjectName("countdown.erase")
        self.erase_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.text)
        layout.addWidget(self.number)
        layout.addLayout(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.continue_button.clicked.connect(self._continue)
        self.erase_button.clicked.connect(self._expire)
        self._show_remaining()

    def start(self) -> None:
        self.open()
        self.continue_button.setFocus()
        self.timer.start()

    def _show_remaining(self) -> None:
        self.text.setText(countdown_text(self.remaining))
        self.text.setAccessibleName(self.text.text())
        self.number.setText(str(self.remaining))
        self.number.setAccessibleName(self.text.text())

    @Slot()
    def _tick(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self._expire()
            return
        self._show_remaining()

    def _finish(self, signal: SignalInstance) -> None:
        if self.finished_once:
            return
        self.finished_once = True
        self.timer.stop()
        self.hide()
        signal.emit()

    @Slot()
    def _continue(self) -> None:
        self._finish(self.continued)

    @Slot()
    def _expire(self) -> None:
        self._finish(self.expired)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # Esc means someone is there
            self._continue()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._continue()
        super().closeEvent(event)


class IdleWatch(QObject):
    """Counts idle time across the whole application and asks before anything is wiped."""

    expired = Signal()
    """Nobody answered the countdown (or they chose to erase now): wipe everything."""

    def __init__(self, app: QApplication, idle_ms: int, countdown_seconds: int = COUNTDOWN_SECONDS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else app)
        self.setObjectName("idle_watch")
        self.app = app
        self.countdown_seconds = countdown_seconds
        self.armed = False
        self.paused = False
        self.dialog: CountdownDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(idle_ms)
        self.timer.timeout.connect(self._ask)
        app.installEventFilter(self)

    def set_timing(self, idle_ms: int, countdown_seconds: int) -> None:
        """Change the idle time and the countdown (the policy sets them; tests shorten them)."""
        self.timer.setInterval(idle_ms)
        self.countdown_seconds = countdown_seconds
        if self.timer.isActive():
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and not self.paused and self.dialog is None:
            self.armed = True
            self.timer.start()  # restart: the idle time counts from the last input
        return False

    def disarm(self) -> None:
        """Wait for the next input before counting (after a wipe: there is nothing to wipe)."""
        self.timer.stop()
        self.armed = False
        self.paused = False
        self._close_dialog()

    def pause(self) -> None:
        self.paused = True
        self.timer.stop()
        self._close_dialog()

    def stop(self) -> None:
        self.pause()
        self.app.removeEventFilter(self)

    def _close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        try:
            dialog.finished_once = True
            dialog.timer.stop()
            dialog.hide()
            dialog.deleteLater()
        except RuntimeError:  # its parent window was already deleted, and the dialog with it
            pass

    @Slot()
    def _ask(self) -> None:
        if self.paused or self.dialog is not None:
            return
        parent = QApplication.activeModalWidget() or QApplication.activeWindow()
        self.dialog = CountdownDialog(self.countdown_seconds, parent)
        self.dialog.continued.connect(self._continued)
        self.dialog.expired.connect(self._expired)
        self.dialog.start()

    @Slot()
    def _continued(self) -> None:
        self._close_dialog()
        self.timer.start()

    @Slot()
    def _expired(self) -> None:
        self._close_dialog()
        self.timer.stop()
        self.expired.emit()
