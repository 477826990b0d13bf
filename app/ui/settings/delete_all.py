"""Alles wissen in the GUI (normal and portable mode): confirm, erase, start fresh, tell what happened.

The confirmation needs a tick ("I understand…") before the delete button works. Erasing is
done by ``app.storage.erase.erase_data``; afterwards Paraat opens a new, empty household in
the same folder (in the language and text size the user has now) and says which files were
removed and which could not be.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.storage.database import DataFolderError
from app.storage.erase import EraseReport, erase_data
from app.storage.repository import Repository
from app.ui.common.theme import DEFAULT_TEXT_SIZE, heading
from app.words.counts import files_deleted
from app.words.i18n import current_language, tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from app.paths import DataLocation
    from app.ui.common.session import Session


class RunningApp(Protocol):
    """What deleting all needs of the running GUI (``app.ui.start.application.Paraat``, which calls
    this module: described here so that this module does not import that one)."""

    app: QApplication
    session: Session
    location: DataLocation

    @property
    def window(self) -> QWidget | None:  # read only here, so Paraat's MainWindow | None fits
        ...

    def start_over(self, repository: Repository) -> QWidget:
        """Begin again with ``repository``: a new session and window."""


class DeleteAllDialog(QDialog):
    """ "Delete all my data?" — the button only works once the box is ticked."""

    def __init__(self, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("delete_all")
        self.setWindowTitle(tr("Delete all my data"))
        text = QLabel(tr("This deletes everything Paraat keeps on this computer, in %1: your "
                         "household, kit, plan and contacts, the backups and the log. It cannot be "
                         "undone.").replace("%1", folder))
        text.setWordWrap(True)
        also = QLabel(tr("Files you saved yourself (PDFs, CSV and vCard files, plan files on a USB "
                         "stick) stay where you put them. Delete those yourself if you want."))
        also.setWordWrap(True)
        self.understood = QCheckBox(tr("I understand: delete everything, for good"))
        self.understood.setObjectName("delete_all.understood")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button: QPushButton = buttons.addButton(
            tr("Delete everything"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setObjectName("delete_all.delete")
        self.delete_button.setEnabled(False)
        self.delete_button.setAutoDefault(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Delete all my data?"), level=2))
        layout.addWidget(text)
        layout.addWidget(also)
        layout.addWidget(self.understood)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.understood.toggled.connect(self.delete_button.setEnabled)
        self.delete_button.clicked.connect(self._delete)
        buttons.rejected.connect(self.reject)

    @Slot()
    def _delete(self) -> None:
        if self.understood.isChecked():
            self.accept()


def ask(parent: QWidget | None, folder: str) -> bool:
    """True when the user ticked the box and chose "Delete everything"."""
    return DeleteAllDialog(folder, parent).exec() == QDialog.DialogCode.Accepted


def report_text(report: EraseReport) -> str:
    """What was deleted and what was not, in plain words."""
    files = [path for path in report.removed if not path.is_dir()]
    parts = [files_deleted(len(files))]
    reasons = {"in_use": tr("another program is using it"), "permission": tr("no permission"),
               "other": tr("unknown reason")}
    if report.failed:
        parts.append("\n".join([tr("These could not be deleted. Close other programs and try "
                                   "again, or delete them yourself:")]
                               + [f"• {path} ({reasons[reason]})" for path, reason in report.failed]))
    if report.left_alone:
        parts.append("\n".join([tr("These are not Paraat's and were left alone:")]
                               + [f"• {path}" for path in report.left_alone]))
    return "\n\n".join(parts)


def erase_and_start_over(paraat: RunningApp) -> EraseReport:
    """Erase the data folder, open a fresh household there, and tell the user the outcome."""
    session = paraat.session
    language = current_language()
    text_size = session.setting("text_size", DEFAULT_TEXT_SIZE)
    report = erase_data(paraat.location, close=session.repository.close)
    try:
        fresh = Repository.open(paraat.location.database)
        fresh.set_setting("language", language)
        fresh.set_setting("text_size", text_size)
        fresh.set_setting("wizard_done", "1")
    except (DataFolderError, sqlite3.Error):
        QMessageBox.warning(paraat.window, tr("Delete all my data"), report_text(report) + "\n\n"
                            + tr("Paraat cannot start a new household in this folder and closes now."))
        paraat.app.quit()
        return report
    paraat.start_over(fresh)
    if report.complete:
        QMessageBox.information(paraat.window, tr("Everything is deleted"), report_text(report))
    else:
        QMessageBox.warning(paraat.window, tr("Not everything could be deleted"), report_text(report))
    return report
