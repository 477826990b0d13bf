"""Meenemen: take the plan home — a locked plan file, the recovery sheet, and plain JSON.

Made for library PCs: the visitor saves a locked plan file to a USB stick, prints a recovery
sheet to write the password on, and opens the file again at home. Opening replaces all data
(after a confirmation; the session backs up the current data first, except in public mode).

Locking and unlocking derive the key with Argon2id, which takes about a second on purpose: it
runs in a worker thread (app/ui/common/worker.py) while a busy dialog without a bar says what
is happening; the window keeps repainting. The worker touches no Qt object and no database:
the household is read before it starts, and stored after it finished, in the GUI thread.
Files are chosen only through ``file_dialogs`` (public mode swaps the dialog there).
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import commands
from app.core.fields import format_date
from app.exchange import json_export, plan_file
from app.exchange.files import ImportRefused
from app.exchange.json_export import PlanContents
from app.report import recovery_sheet
from app.report.document import print_document
from app.ui.carry.password_dialog import PasswordDialog
from app.ui.common import file_dialogs, worker
from app.ui.common.fields import make_hint
from app.ui.common.session import SaveError, Session
from app.ui.common.theme import heading, page_layout, scroll_page
from app.words import bilingual
from app.words.counts import plan_file_holds
from app.words.i18n import current_language, tr

log = logging.getLogger(__name__)


class CarryPage(QWidget):
    """Save or open a locked plan file, print its recovery sheet, save everything as JSON."""

    page_name = "carry"
    work_finished = Signal()
    """A locked-file job ended (saved, opened, refused or failed) and was dealt with."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kdf = plan_file.DEFAULT_KDF
        self.busy: QProgressDialog | None = None
        self.last_saved: tuple[str, dt.datetime] | None = None

        content = QWidget()
        layout = page_layout(content)
        layout.addWidget(heading(tr("Take it home")))
        layout.addWidget(make_hint(tr("Take your plan with you, for example on a USB stick. Paraat on any other computer can open it again.")))

        locked = QGroupBox(tr("Locked plan file"))
        box = QVBoxLayout(locked)
        self.save_button = self._button("carry.save_plan", tr("Save as a locked plan file…"), box)
        box.addWidget(make_hint(tr("Everything in Paraat in one file, locked with a password you choose. Without the password nobody can read it.")))
        self.open_button = self._button("carry.open_plan", tr("Open a plan file…"), box)
        box.addWidget(make_hint(tr("Opening a plan file replaces everything that is in Paraat now.")))
        layout.addWidget(locked)

        sheet = QGroupBox(tr("Recovery sheet"))
        box = QVBoxLayout(sheet)
        self.sheet_button = self._button("carry.recovery_sheet", tr("Print a recovery sheet…"), box)
        self.sheet_hint = make_hint("")
        box.addWidget(self.sheet_hint)
        layout.addWidget(sheet)

        plain = QGroupBox(tr("Your data in an open format"))
        box = QVBoxLayout(plain)
        self.json_button = self._button("carry.save_json", tr("Save as JSON…"), box)
        box.addWidget(make_hint(tr("All your data as a JSON file, for other programs. This file is not locked: anyone who has it can read it.")))
        layout.addWidget(plain)
        layout.addStretch(1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll_page(content))
        self.save_button.clicked.connect(self.save_plan)
        self.open_button.clicked.connect(self.open_plan)
        self.sheet_button.clicked.connect(self.print_recovery_sheet)
        self.json_button.clicked.connect(self.save_json)
        self._update_sheet_hint()

    @staticmethod
    def _button(name: str, text: str, layout: QVBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return button

    def _update_sheet_hint(self) -> None:
        text = tr("A page to write your password on by hand. Keep it at home, not with the USB stick.")
        if self.last_saved:
            path, when = self.last_saved
            text += " " + tr("It is for %1, saved at %2.").replace("%1", Path(path).name).replace(
                "%2", f"{format_date(when.date().isoformat())} {when:%H:%M}")
        self.sheet_hint.setText(text)

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, "Paraat", text)

    # --- working in the background ------------------------------------------------------------

    def _start(self, label: str, work: Callable[[], Any], done: Callable[[Any], None],
               failed: Callable[[Exception], None]) -> None:
        """Argon2id cannot be stopped half-way: a busy dialog without a bar or a cancel button."""
        task = worker.start(self, label, work, lambda result: self._finish(done, result),
                            lambda error: self._finish(failed, error),
                            disable=(self.save_button, self.open_button), name="carry.busy")
        self.busy = task.dialog if task is not None else None

    def _finish(self, handler: Callable[[Any], None], value: Any) -> None:
        self.busy = None
        try:
            handler(value)
        finally:
            self.work_finished.emit()

    def _unexpected(self, error: Exception) -> None:
        """Not a refusal anyone foresaw: the application's error hook explains it calmly."""
        sys.excepthook(type(error), error, error.__traceback__)

    # --- saving a locked plan file --------------------------------------------------------------

    @Slot()
    def save_plan(self) -> None:
        if worker.busy():  # a second click while a job runs does nothing
            return
        folder = Path(file_dialogs.documents_folder())
        suggested = str(folder / (tr("my-emergency-plan") + plan_file.SUFFIX))
        path, _ = file_dialogs.save_file(self, tr("Save as a locked plan file"), suggested,
                                         tr("Paraat plan files (*.paraat)"))
        if not path:
            return
        if not path.lower().endswith(plan_file.SUFFIX):
            path += plan_file.SUFFIX
        dialog = PasswordDialog(Path(path).name, new=True, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        password = dialog.value()
        self.session.flush()  # what is being typed belongs in the file too
        household = self.session.household()
        stock = self.session.repository.list("stock")
        kit = commands.kit_settings(self.session.repository)
        kdf = self.kdf
        self._start(tr("Locking the plan file…"),
                    lambda: plan_file.write_plan(path, household, stock, password, kdf, kit),
                    lambda _size: self._saved(path), lambda error: self._save_failed(path, error))

    def _saved(self, path: str) -> None:
        self.last_saved = (path, dt.datetime.now())
        self._update_sheet_hint()
        self.session.notice.emit(tr("Locked plan file saved: %1").replace("%1", path))
        answer = QMessageBox.question(
            self, "Paraat",
            tr("Your plan is saved in %1.").replace("%1", path) + "\n\n"
            + tr("Do you want to print a recovery sheet now, to write the password on?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.print_recovery_sheet()

    def _save_failed(self, path: str, error: Exception) -> None:
        if isinstance(error, OSError):
            self._warn(tr("Paraat could not use the file %1: %2.").replace("%1", path)
                       .replace("%2", bilingual.os_error_reason(error, current_language())))
        elif isinstance(error, ImportRefused):
            self._warn(bilingual.problem_text(error.problem, current_language()))
        else:
            self._unexpected(error)

    # --- opening a plan file ----------------------------------------------------------------

    @Slot()
    def open_plan(self) -> None:
        if worker.busy():  # a second click while a job runs does nothing
            return
        path = file_dialogs.open_file(self, tr("Open a plan file"), file_dialogs.documents_folder(),
                                      tr("Paraat plan files (*.paraat);;All files (*)"))
        if path:
            self._ask_password(path, "")

    def _ask_password(self, path: str, message: str) -> None:
        dialog = PasswordDialog(Path(path).name, new=False, parent=self, message=message)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        password = dialog.value()
        self._start(tr("Opening the plan file…"), lambda: plan_file.read_plan(path, password),
                    lambda contents: self._opened(path, contents),
                    lambda error: self._open_failed(path, error))

    def _open_failed(self, path: str, error: Exception) -> None:
        language = current_language()
        if isinstance(error, ImportRefused):
            text = bilingual.problem_text(error.problem, language)
            if error.problem.code == "plan_password":
                self._ask_password(path, text + " " + tr("Try again."))
                return
            self._warn(tr("Nothing was changed.") + "\n\n" + text)
        elif isinstance(error, OSError):
            self._warn(tr("Paraat could not use the file %1: %2.").replace("%1", path)
                       .replace("%2", bilingual.os_error_reason(error, language)))
        else:
            self._unexpected(error)

    def describe(self, contents: PlanContents) -> str:
        """What the file holds, for the confirmation."""
        household = contents.household
        text = plan_file_holds(len(household.members), len(household.contacts), len(contents.stock))
        saved = contents.saved_at
        if saved is not None:
            text += " " + tr("It was saved on %1.").replace(
                "%1", f"{format_date(saved.date().isoformat())} {saved:%H:%M}")
        return text

    def _opened(self, path: str, contents: PlanContents) -> None:
        question = (tr("Do you want to replace everything in Paraat with the plan from %1?")
                    .replace("%1", Path(path).name) + "\n\n" + self.describe(contents) + "\n\n"
                    + tr("What is in Paraat now will be replaced. Ctrl+Z cannot undo this."))
        answer = QMessageBox.question(self, tr("Open a plan file"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:  # records, stock, horizon and last check: one transaction
            self.session.replace_all(contents.household, contents.stock,
                                     commands.kit_setting_values(contents.kit))
        except SaveError as error:
            self._warn(str(error))
            return
        if contents.kit is not None:
            self.session.changed.emit("settings")
        self.session.notice.emit(tr("The plan from %1 is now in Paraat.").replace("%1", Path(path).name))

    # --- recovery sheet and JSON --------------------------------------------------------------

    def recovery_document(self) -> recovery_sheet.RecoverySheet:
        path, saved = self.last_saved if self.last_saved else ("", None)
        return recovery_sheet.build(path, saved, self.session.today())

    def recovery_dialog(self) -> QPrintPreviewDialog:
        return file_dialogs.preview_dialog(
            self, tr("Recovery sheet"), lambda device: print_document(self.recovery_document(), device))

    @Slot()
    def print_recovery_sheet(self) -> None:
        self.recovery_dialog().exec()

    @Slot()
    def save_json(self) -> str | None:
        if worker.busy():
            return None
        folder = Path(file_dialogs.documents_folder())
        path, _ = file_dialogs.save_file(self, tr("Save as JSON"),
                                         str(folder / (tr("my-emergency-plan") + ".json")),
                                         tr("JSON files (*.json)"))
        if not path:
            return None
        self.session.flush()
        household = self.session.household()
        stock = self.session.repository.list("stock")
        kit = commands.kit_settings(self.session.repository)
        try:  # 20,000 entries take about half a second: off the GUI thread
            worker.run(self, tr("Saving the file…"), lambda: json_export.write_json(path, household, stock, kit))
        except OSError as error:
            self._warn(tr("Paraat could not use the file %1: %2.").replace("%1", path)
                       .replace("%2", bilingual.os_error_reason(error, current_language())))
            return None
        self.session.notice.emit(tr("Saved %1.").replace("%1", path))
        return path
