"""A calm notice at start when something in the kit is due: once a day, never a pop-up."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFrame, QWidget

from app.core.supplies import KitReport, expiry_counts
from app.ui.common.banner import show_and_close
from app.ui.common.session import Session
from app.words.i18n import tr
from app.words.numbers import plural


def due_text(report: KitReport, dismissed_check: bool = False) -> str:
    """What is due, short enough for a notice of a line or two at any text size ("Emergency
    kit: 1 thing past its date, 2 nearly past their date."); '' when nothing is."""
    counts = expiry_counts(report)
    pieces = []
    expired, soon = counts.expired_reminded, counts.soon_reminded
    if expired:
        pieces.append(plural(expired, tr("1 thing past its date"), tr("%1 things past their date")))
    if soon:
        pieces.append(plural(soon, tr("1 thing nearly past its date"), tr("%1 things nearly past their date")))
    parts = [tr("Emergency kit: %1.").replace("%1", ", ".join(pieces))] if pieces else []
    if report.check_overdue and not dismissed_check:
        parts.append(tr("It is time for the half-yearly check of your kit."))
    return " ".join(parts)


class ReminderBanner(QFrame):
    """Shown above the pages when something is due; "Show me" opens the kit's check section."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.text, self.show_button, self.close_button = show_and_close(self, "reminder", tr("Show me"))
        self.show_button.clicked.connect(self._show_me)
        self.session.changed.connect(self._follow)

    @Slot(str)
    def _follow(self, _kind: str) -> None:
        """While shown, say what is due now (a new day, an entry renewed): never yesterday's
        count; nothing due any more hides it."""
        if self.isHidden():
            return
        text = due_text(self.session.kit_summary())
        if not text:
            self.hide()
            return
        self.text.setText("⚠ " + text)
        self.text.setAccessibleName(text)

    def show_if_due(self) -> bool:
        """Show the notice once a day when something is due; True when shown."""
        today = self.session.today().isoformat()
        if self.session.setting("reminder_shown_on") == today:
            return False
        text = due_text(self.session.kit_summary())
        if not text:
            return False
        self.text.setText("⚠ " + text)
        self.text.setAccessibleName(text)
        self.setVisible(True)
        self.session.set_setting("reminder_shown_on", today)
        return True

    @Slot()
    def _show_me(self) -> None:
        self.hide()
        self.session.navigate_requested.emit("kit", "check")
