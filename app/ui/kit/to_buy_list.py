"""The household's own things to buy, beside the kit's shopping list.

They come from the practice evening, the half-yearly check, or the user's own typing, and each
says where it came from in words. Adding takes a name and an optional note; "Bought" takes one
off the list (Ctrl+Z brings it back, like any other edit).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.fields import InvalidValue
from app.core.records import ToBuy
from app.ui.common.announce import show_problem
from app.ui.common.fields import make_hint
from app.ui.common.fit_table import list_table
from app.ui.common.flow_layout import FlowLayout
from app.ui.common.session import SaveError, Session
from app.ui.common.table_models import ID_ROLE, RECORD_ROLE
from app.ui.common.theme import heading
from app.ui.kit.kit_models import ToBuyTableModel
from app.words.i18n import tr
from app.words.problems import problem_text


class ToBuyList(QWidget):
    """A table of the own things to buy, a "Bought" button and a small form to add one."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = tr("Your own things to buy")
        layout.addWidget(heading(title, level=2))
        layout.addWidget(make_hint(tr("Things that are not in the kit list but that you want to buy, for example after the practice evening or the check.")))
        self.model = ToBuyTableModel(session)
        self.table = list_table("to_buy.table", title, self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        layout.addWidget(self.table)
        self.empty = QLabel(tr("Nothing on your own list."))
        self.empty.setObjectName("to_buy.empty")
        layout.addWidget(self.empty)
        row = FlowLayout()
        self.bought_button = QPushButton(tr("Bought: take it off the list"))
        self.bought_button.setObjectName("to_buy.bought")
        row.addWidget(self.bought_button)
        layout.addLayout(row)
        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(heading(tr("Put something on your own list"), level=3))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("to_buy.name")
        self.name_edit.setMaxLength(100)
        name_label = QLabel(tr("&What do you want to buy?"))
        name_label.setBuddy(self.name_edit)
        self.name_edit.setAccessibleName(name_label.text().replace("&", ""))
        self.name_edit.setPlaceholderText(tr("For example: head torches"))
        form.addRow(name_label, self.name_edit)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("to_buy.note")
        self.note_edit.setMaxLength(1000)
        note_label = QLabel(tr("&Note (you may leave this empty)"))
        note_label.setBuddy(self.note_edit)
        self.note_edit.setAccessibleName(note_label.text().replace("&", ""))
        self.note_edit.setPlaceholderText(tr("For example: one for each person"))
        form.addRow(note_label, self.note_edit)
        layout.addLayout(form)
        add_row = FlowLayout()
        self.add_button = QPushButton(tr("Put on the list"))
        self.add_button.setObjectName("to_buy.add")
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        self.message = QLabel()
        self.message.setObjectName("to_buy.message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)

        self.add_button.clicked.connect(self.add)
        self.name_edit.returnPressed.connect(self.add)
        self.note_edit.returnPressed.connect(self.add)
        self.name_edit.textChanged.connect(self._update)
        self.bought_button.clicked.connect(self.bought)
        self.table.selectionModel().currentRowChanged.connect(self._update)
        self.model.modelReset.connect(self._after_reset)
        self._after_reset()

    def selected(self) -> ToBuy | None:
        index = self.table.currentIndex()
        record: ToBuy | None = index.data(RECORD_ROLE) if index.isValid() else None
        return record

    @Slot()
    def _after_reset(self) -> None:
        count = self.model.rowCount()
        self.table.setVisible(count > 0)
        self.empty.setVisible(count == 0)
        if count and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self._update()

    @Slot()
    def _update(self) -> None:
        entry = self.selected()
        self.bought_button.setEnabled(entry is not None)
        self.bought_button.setAccessibleName(
            f"{self.bought_button.text()}: {entry.name}" if entry is not None else self.bought_button.text())
        self.add_button.setEnabled(bool(self.name_edit.text().strip()))

    def _show_problem(self, text: str) -> None:
        show_problem(self.message, text)

    @Slot()
    def add(self) -> None:
        """Store the typed thing (origin "own", added today) and empty the fields."""
        name = " ".join(self.name_edit.text().split())
        if not name:
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._show_problem("")
        record = ToBuy(name=name, origin="own", added=self.session.today().isoformat(),
                       notes=self.note_edit.text().strip())
        try:
            stored = self.session.add("to_buy", record)
        except InvalidValue as error:
            self._show_problem(problem_text(error.problem))
            return
        except SaveError as error:
            self._show_problem(str(error))
            return
        self.name_edit.clear()
        self.note_edit.clear()
        row = self.model.row_of(stored.id)
        if row >= 0:
            self.table.selectRow(row)
        self.session.notice.emit(tr("“%1” is on your shopping list.").replace("%1", name))
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def bought(self) -> None:
        """Take the selected thing off the list."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = index.row()
        self._show_problem("")
        try:
            self.session.delete("to_buy", index.data(ID_ROLE))
        except SaveError as error:
            self._show_problem(str(error))
            return
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        self.session.notice.emit(tr("Taken off the list. Press Ctrl+Z to bring it back."))
