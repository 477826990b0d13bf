"""The banner above the pages when a backup could not be made.

Its own module, apart from the Backups page: the main window shows it from the start, and the
page's table, hints and buttons are imported only when the page is first opened (issue 20).
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFrame, QWidget

from app.ui.common.announce import show_problem
from app.ui.common.banner import show_and_close
from app.ui.common.session import Session
from app.words.i18n import tr


class BackupProblemBanner(QFrame):
    """Shown above the pages when a backup could not be made (at start or before a change),
    with the reason in plain words; it stays until closed or until a backup works again.
    "Show backups" opens the Backups page, which says the same."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.text, self.show_button, self.close_button = show_and_close(
            self, "backup_problem", tr("Show backups"))
        self.show_button.clicked.connect(self._show_backups)
        session.backup_failed.connect(self.show_problem)
        session.backups_changed.connect(self._maybe_hide)
        if session.backup_problem:
            self.show_problem(session.backup_problem)

    @Slot(str)
    def show_problem(self, text: str) -> None:
        self.setVisible(True)
        show_problem(self.text, text)
        self.text.setAccessibleName(text)

    @Slot()
    def _maybe_hide(self) -> None:
        if not self.session.backup_problem:  # a backup worked again
            self.hide()

    @Slot()
    def _show_backups(self) -> None:
        self.hide()
        self.session.navigate_requested.emit("backups", "")
