"""Backups: the list of backups Paraat keeps, make one now, put one back, open the folder."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QUrl, Slot
from PySide6.QtGui import QDesktopServices, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.storage.backups import BackupDamaged
from app.ui.common.announce import show_problem
from app.ui.common.fields import make_hint
from app.ui.common.fit_table import FitTableView
from app.ui.common.flow_layout import FlowLayout
from app.ui.common.session import SaveError, Session
from app.ui.common.theme import heading, page_layout, scroll_page
from app.ui.settings.backup_models import BackupTableModel
from app.words.backups import when_text
from app.words.i18n import tr


def ask(parent: QWidget, text: str, yes: str) -> bool:
    """A yes/no question with a plain "yes" button; No is the default (tests replace this)."""
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, text, QMessageBox.StandardButton.NoButton,
                      parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def warn(parent: QWidget, text: str) -> None:
    QMessageBox.warning(parent, APP_NAME, text)


class BackupsPage(QWidget):
    """The backups in the data folder; in memory (public mode) a note that none are kept."""

    page_name = "backups"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.folder = session.backups_folder
        content = QWidget()
        layout = page_layout(content)
        layout.addWidget(heading(tr("Backups")))
        self.model = BackupTableModel(self.folder, self)
        self.table = FitTableView(wrap_rows=True)  # a few dozen at most; the text wraps
        self.status = QLabel()
        if self.folder is None:
            note = make_hint(tr("Paraat is running without saving anything on this computer. "
                                "No backups are kept here. When you close Paraat, what you "
                                "filled in is gone."))
            note.setObjectName("backups.none")
            layout.addWidget(note)
        else:
            self._build(layout)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll_page(content))

    def _build(self, layout: QVBoxLayout) -> None:
        layout.addWidget(make_hint(tr(
            "Paraat makes a backup of your data on each day you use it, and before every "
            "import. Paraat keeps one backup per day for a week, one per week for a month and "
            "one per month for a year. Older backups are removed by themselves.")))
        label = QLabel(tr("&Backups on this computer"))
        label.setBuddy(self.table)
        layout.addWidget(label)
        self.table.setObjectName("backups.table")
        self.table.setAccessibleName(tr("Backups on this computer"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # three equal columns whose text wraps: at 24-point text a column sized to its
        # contents would squeeze the others to a word per line
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)

        buttons = FlowLayout(spacing=8)
        self.make_button = QPushButton(tr("&Make a backup now"))
        self.make_button.setObjectName("backups.make")
        self.restore_button = QPushButton(tr("&Restore this backup…"))
        self.restore_button.setObjectName("backups.restore")
        self.open_button = QPushButton(tr("&Open the backups folder"))
        self.open_button.setObjectName("backups.open")
        for button in (self.make_button, self.restore_button, self.open_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            buttons.addWidget(button)
        layout.addLayout(buttons)

        self.status.setObjectName("backups.status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        where = make_hint(tr("The backups are in this folder:\n%1").replace("%1", str(self.folder)))
        where.setObjectName("backups.folder")
        layout.addWidget(where)

        self.make_button.clicked.connect(self.make_backup)
        self.restore_button.clicked.connect(self.restore_selected)
        self.open_button.clicked.connect(self.open_folder)
        self.session.backups_changed.connect(self.reload)
        self.session.backup_failed.connect(self._say_problem)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._after_reset)
        self._after_reset()
        if self.session.backup_problem:  # the backup at start failed before this page was made
            self._say_problem(self.session.backup_problem)

    # --- list ---------------------------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        self.model.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.folder is not None:
            self.reload()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.folder is not None:
            self.table.resizeRowsToContents()

    def _after_reset(self) -> None:
        empty = tr("There is no backup yet. Paraat makes one on the first day you "
                   "change something, and you can make one now with the button above.")
        if self.model.rowCount():  # the newest one that is not damaged
            rows = range(self.model.rowCount())
            self.table.selectRow(next((row for row in rows if (info := self.model.info(row)) is not None
                                       and info.ok is not False), 0))
            if self.status.text() == empty:  # a backup has been made since: no "no backup yet"
                self.status.clear()
                self.status.setAccessibleName("")
        elif not self.status.text():  # an empty list says what will happen and what to do
            self.status.setText(empty)
        self.table.resizeRowsToContents()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_row() >= 0)

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.session.notice.emit(text)

    @Slot(str)
    def _say_problem(self, text: str) -> None:
        show_problem(self.status, text)
        self.status.setVisible(True)  # the status line stays, also when the problem is gone
        self.status.setAccessibleName(text)

    # --- actions ------------------------------------------------------------------------------

    @Slot()
    def make_backup(self) -> None:
        self.session.flush()
        made = self.session.backup("manual")
        if made is not None:  # a failure is said by _say_problem, with its reason
            self._say(tr("A backup has been made."))

    @Slot()
    def restore_selected(self) -> None:
        info = self.model.info(self.selected_row())
        if info is None:
            return
        if info.ok is False:
            warn(self, tr("This backup is damaged and cannot be put back. Choose another one."))
            return
        when = when_text(info)
        question = tr("Put back the backup of %1?\n\nWhat you have in Paraat now is replaced "
                      "by what was in this backup. Paraat first makes a backup of what you "
                      "have now, so you can go back to it.").replace("%1", when)
        if not ask(self, question, tr("Put back")):
            return
        try:
            self.session.restore_backup(info.path)
        except BackupDamaged:
            warn(self, tr("This backup is damaged and cannot be put back. Nothing has changed."))
            self.reload()
            return
        except SaveError as error:
            warn(self, str(error))
            return
        self._say(tr("The backup of %1 is back. What you had just before is kept as a backup "
                     "too.").replace("%1", when))

    @Slot()
    def open_folder(self) -> None:
        if self.folder is None:  # in memory there is no folder, and no button to open it
            return
        with contextlib.suppress(OSError):  # opening says so when the folder is not there
            self.folder.mkdir(parents=True, exist_ok=True)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder))):
            self._say(tr("Paraat could not open the folder. It is here:\n%1").replace(
                "%1", str(self.folder)))
