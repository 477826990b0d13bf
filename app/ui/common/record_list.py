"""A list of records with a form beside it: select a row, edit it below; add and delete.

Used for members, medicines, pets, pickups, care and documents. Deleting asks nothing: the
status bar says it is gone and that Ctrl+Z brings it back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.fields import InvalidValue
from app.ui.common.announce import show_problem
from app.ui.common.fields import FormBuilder
from app.ui.common.fit_table import list_table
from app.ui.common.flow_layout import FlowLayout
from app.ui.common.session import SaveError, Session
from app.ui.common.table_models import ID_ROLE, RecordTableModel
from app.ui.common.theme import heading
from app.words.i18n import tr
from app.words.problems import problem_text


class RecordListEditor(QWidget):
    """Master-detail editor for one kind of record."""

    selection_changed = Signal(object)
    """Another record (its id, or None) is now shown in the form."""

    def __init__(self, session: Session, model: RecordTableModel, *, title: str, intro: str,
                 add_text: str, delete_text: str, form_title: str,
                 new_record: Callable[[], Any | None], build_form: Callable[[FormBuilder], None],
                 focus_field: str, movable: bool = False, proxy: QAbstractProxyModel | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = model
        self.proxy = proxy
        if proxy is not None:
            proxy.setSourceModel(model)
        self.view_model = proxy if proxy is not None else model
        self.new_record = new_record
        self.focus_field = focus_field
        self._selected_id: Any = None

        self.title = heading(title, level=2)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.table = list_table(f"{model.kind}.table", title, self.view_model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.add_button = QPushButton(add_text)
        self.add_button.setObjectName(f"{model.kind}.add")
        self.delete_button = QPushButton(delete_text)
        self.delete_button.setObjectName(f"{model.kind}.delete")
        buttons = FlowLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        self.up_button = self.down_button = None
        if movable:
            self.up_button = QPushButton(tr("Move up"))
            self.down_button = QPushButton(tr("Move down"))
            buttons.addWidget(self.up_button)
            buttons.addWidget(self.down_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        self.form_box = QGroupBox(form_title)
        self.form = FormBuilder(session, model.kind)
        self.form_box.setLayout(self.form.layout)
        build_form(self.form)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.form_box)
        self._connect_signals()
        self._select_row(0)
        self._update_state()

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.add_record)
        self.delete_button.clicked.connect(self.delete_selected)
        if self.up_button and self.down_button:
            self.up_button.clicked.connect(lambda: self._move(-1))
            self.down_button.clicked.connect(lambda: self._move(1))
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.view_model.modelAboutToBeReset.connect(self._remember_selection)
        self.view_model.modelReset.connect(self._restore_selection)
        if self.proxy is not None:
            self.proxy.layoutChanged.connect(self._restore_after_filter)
            self.proxy.rowsRemoved.connect(self._restore_after_filter)
            self.proxy.rowsInserted.connect(self._restore_after_filter)

    # --- selection ----------------------------------------------------------------------------

    def selected_id(self) -> Any:
        return self._selected_id

    def select_id(self, record_id: Any) -> None:
        self._select_row(self._view_row_of(record_id))

    def _view_row_of(self, record_id: Any) -> int:
        """The row in the table (after sorting and filtering) that shows ``record_id``."""
        row = self.model.row_of(record_id)
        if row < 0 or self.proxy is None:
            return row
        return self.proxy.mapFromSource(self.model.index(row, 0)).row()

    def _restore_after_filter(self) -> None:
        """After filtering: keep the selected record if it is still shown, else the first row."""
        row = self._view_row_of(self._selected_id)
        if row < 0 or row != self.table.currentIndex().row():
            self._select_row(max(row, 0))

    def _select_row(self, row: int) -> None:
        if 0 <= row < self.view_model.rowCount():
            index = self.view_model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
        else:
            self._set_selected(None)

    @Slot()
    def _on_current_changed(self) -> None:
        index = self.table.currentIndex()
        self._set_selected(index.data(ID_ROLE) if index.isValid() else None)

    def _set_selected(self, record_id: Any) -> None:
        self._selected_id = record_id
        self.form.set_record(record_id)
        self._update_state()
        self.selection_changed.emit(record_id)

    def _remember_selection(self) -> None:
        self._kept_id = self._selected_id
        self._kept_row = self.table.currentIndex().row()

    def _restore_selection(self) -> None:
        row = self._view_row_of(self._kept_id)
        if row < 0:  # the record is gone: stay at the same height in the list
            row = max(0, min(self._kept_row, self.view_model.rowCount() - 1))
        self._selected_id = None
        self._select_row(row)

    def _update_state(self) -> None:
        has = self._selected_id is not None
        self.delete_button.setEnabled(has)
        self.form_box.setVisible(has)
        if self.up_button and self.down_button:
            row = self._view_row_of(self._selected_id)
            self.up_button.setEnabled(has and row > 0)
            self.down_button.setEnabled(has and row < self.view_model.rowCount() - 1)

    # --- actions ------------------------------------------------------------------------------

    def _show_problem(self, text: str) -> None:
        show_problem(self.message, text)  # shown, and read out each time (also the same words again)

    @Slot()
    def add_record(self) -> None:
        self._show_problem("")
        record = self.new_record()
        if record is None:
            return
        try:
            stored = self.session.add(self.model.kind, record)
        except InvalidValue as error:
            self._show_problem(problem_text(error.problem))
            return
        except SaveError as error:
            self._show_problem(str(error))
            return
        self.select_id(stored.id)
        editor = self.form.editors.get(self.focus_field)
        if editor is not None:
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
            if hasattr(editor, "selectAll"):
                editor.selectAll()

    @Slot()
    def delete_selected(self) -> None:
        if self._selected_id is None:
            return
        self._show_problem("")
        try:
            self.session.delete(self.model.kind, self._selected_id)
        except SaveError as error:
            self._show_problem(str(error))
            return
        self.session.notice.emit(tr("Deleted. Press Ctrl+Z to bring it back."))

    def _move(self, offset: int) -> None:
        if self._selected_id is not None:
            try:
                self.session.move_member(self._selected_id, offset)
            except SaveError as error:
                self._show_problem(str(error))
