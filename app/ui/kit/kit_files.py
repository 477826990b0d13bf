"""Files for the kit: CSV import with a preview, CSV export, shopping list, calendar (.ics).

The work is done by app/exchange (no Qt); this module picks the files, shows what an import
would add and what is wrong with it, and imports only after the user says so, in one step.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.core.fields import InvalidValue, format_expiry
from app.core.records import Stock
from app.exchange.calendar import build_calendar, write_calendar
from app.exchange.supplies_csv import (
    ImportRefused,
    SuppliesPreview,
    read_supplies,
    write_shopping_list,
    write_supplies,
)
from app.ui.common import file_dialogs, worker
from app.ui.common.fit_table import FitTableView
from app.ui.common.session import SaveError, Session
from app.ui.kit.kit_models import medicine_names
from app.words import bilingual, counts
from app.words.i18n import current_language, tr
from app.words.kit import item_label, quantity_text

Index = QModelIndex | QPersistentModelIndex


def _filters() -> dict[str, str]:
    return {
        tr("Excel, Dutch (semicolons) (*.csv)"): "excel-nl",
        tr("CSV with commas (*.csv)"): "plain",
    }


def _start_folder() -> str:
    return file_dialogs.documents_folder()


def _ask_save(parent: QWidget, title: str, name: str, filters: str) -> tuple[str, str]:
    path, chosen = file_dialogs.save_file(parent, title, str(Path(_start_folder()) / name), filters)
    return path, chosen


def _tell_error(parent: QWidget, text: str) -> None:
    QMessageBox.warning(parent, tr("Paraat"), text)


def _file_error(parent: QWidget, path: str, error: OSError) -> None:
    _tell_error(parent, tr("Paraat could not use the file %1: %2.").replace("%1", path)
                .replace("%2", bilingual.os_error_reason(error, current_language())))


def export_supplies(parent: QWidget, session: Session) -> str | None:
    """Ask where, then write everything in the kit as CSV; returns the path or None."""
    if worker.busy():  # a second click while a file is being made does nothing
        return None
    filters = _filters()
    path, chosen = _ask_save(parent, tr("Save the kit as a CSV file"), tr("emergency-kit.csv"), ";;".join(filters))
    if not path:
        return None
    stock, dialect = session.repository.list("stock"), filters.get(chosen, "excel-nl")
    language, medicines = current_language(), medicine_names(session)
    try:  # 20,000 entries: over 100 ms, so off the GUI thread
        count = worker.run(parent, tr("Saving the file…"),
                           lambda: write_supplies(stock, path, dialect, language, medicines))
    except OSError as error:
        _file_error(parent, path, error)
        return None
    session.notice.emit(counts.entries_saved(count, path))
    return path


def export_shopping_list(parent: QWidget, session: Session) -> str | None:
    filters = _filters()
    path, chosen = _ask_save(parent, tr("Save the shopping list"), tr("shopping-list.csv"), ";;".join(filters))
    if not path:
        return None
    try:
        report = session.kit_report()
        write_shopping_list(report.shopping, path, filters.get(chosen, "excel-nl"), current_language(),
                            to_buy=report.to_buy)
    except OSError as error:
        _file_error(parent, path, error)
        return None
    session.notice.emit(tr("Shopping list saved in %1.").replace("%1", path))
    return path


def export_calendar(parent: QWidget, session: Session) -> str | None:
    """Write the check dates, water refresh and expiry dates as an .ics file for a calendar."""
    if worker.busy():
        return None
    path, _ = _ask_save(parent, tr("Save reminders for your calendar"), tr("emergency-kit.ics"),
                        tr("Calendar file (*.ics)"))
    if not path:
        return None
    report, stock = session.kit_report(), session.repository.list("stock")
    language, today = current_language(), session.today()

    def work() -> None:  # seconds with 20,000 entries: off the GUI thread
        write_calendar(path, build_calendar(report, stock, language, today=today))

    try:
        worker.run(parent, tr("Saving the file…"), work)
    except OSError as error:
        _file_error(parent, path, error)
        return None
    session.notice.emit(tr("Reminders saved in %1. Open that file on your phone or computer to add them to your calendar.")
                        .replace("%1", path))
    return path


def import_supplies(parent: QWidget, session: Session) -> int:
    """Pick a CSV file, show what it would add, and add it when the user agrees. Returns the count."""
    if worker.busy():
        return 0
    path = file_dialogs.open_file(parent, tr("Add supplies from a CSV file"), _start_folder(),
                                   tr("CSV files (*.csv *.txt);;All files (*)"))
    if not path:
        return 0
    language, today, medicines = current_language(), session.today(), medicine_names(session)
    def work() -> tuple[SuppliesPreview, list[str]]:  # over a second for 20,000 rows: off the GUI thread
        preview = read_supplies(path, today, medicines)
        return preview, problem_texts(preview, language)

    try:
        preview, problems = worker.run(parent, tr("Reading the file…"), work)
    except ImportRefused as refused:
        _tell_error(parent, tr("Nothing was added from %1.").replace("%1", path) + "\n\n"
                    + bilingual.problem_text(refused.problem, language))
        return 0
    except OSError as error:
        _file_error(parent, path, error)
        return 0
    dialog = ImportPreviewDialog(session, preview, path, parent, problems)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    return dialog.imported


def problem_texts(preview: SuppliesPreview, language: str) -> list[str]:
    """The preview's problems in words, one line each (made in the worker: a file of
    thousands of wrong rows took 90 ms here)."""
    return ["⚠ " + bilingual.row_problem_text(problem.line, problem.column, problem.problem, language)
            for problem in preview.problems]


class PreviewTableModel(QAbstractTableModel):
    """The rows an import would add."""

    def __init__(self, rows: list[Stock], medicines: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.medicines = medicines
        self.headers = [tr("Item"), tr("How much"), tr("Where"), tr("Best before")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return item_label(entry.item_id, entry.name, self.medicines)
        if column == 1:
            return quantity_text(entry.quantity, entry.unit)
        if column == 2:
            return entry.location
        return format_expiry(entry.expires)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        return None


class ImportPreviewDialog(QDialog):
    """What an import would add, what is wrong with the other rows, and a button to add it."""

    def __init__(self, session: Session, preview: SuppliesPreview, path: str, parent: QWidget | None = None,
                 problems: list[str] | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.preview = preview
        self.imported = 0
        self.setWindowTitle(tr("Add supplies from %1").replace("%1", Path(path).name))
        language = current_language()
        layout = QVBoxLayout(self)
        valid, bad = len(preview.rows), len(preview.rejected_lines)
        summary = QLabel(counts.rows_can_be_added(valid) + (" " + counts.rows_left_out(bad) if bad else ""))
        summary.setObjectName("import.summary")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.problems = QListWidget()
        self.problems.setObjectName("import.problems")
        self.problems.setAccessibleName(tr("Problems in the file"))
        self.problems.setUniformItemSizes(True)  # one line each: thousands are not measured one by one
        self.problems.addItems(problem_texts(preview, language) if problems is None else problems)
        self.problems.setVisible(bool(preview.problems))
        layout.addWidget(self.problems)
        self.table = FitTableView(grow=False)  # a dialog, not a page: a long file scrolls here
        self.table.setObjectName("import.rows")
        self.table.setAccessibleName(tr("Rows that will be added"))
        self.model = PreviewTableModel(preview.rows, medicine_names(session), self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(counts.add_rows(valid),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("import.add")
        self.add_button.setEnabled(valid > 0)
        self.buttons.accepted.connect(self._add)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().lineSpacing() * 26)

    def _add(self) -> None:
        try:
            stored = self.session.import_records("stock", self.preview.rows)
        except SaveError as error:
            _tell_error(self, str(error))
            return
        except InvalidValue as error:  # for example: more entries than Paraat holds; nothing added
            _tell_error(self, bilingual.problem_text(error.problem, current_language()))
            return
        self.imported = len(stored)
        self.session.notice.emit(counts.entries_added(self.imported))
        self.accept()
