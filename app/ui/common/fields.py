"""Editors bound to one field of one record: what you type is saved, with no Save button.

A ``FieldBinding`` loads the stored value into a widget, stores what the user types (after a
short pause, when the field loses focus, and when the window closes), shows a plain message
next to the field when a value is refused, or when a stored value may not be right (the rule's
``warning``: a phone number that cannot be right is kept as typed, with "check this number"),
and reloads when undo or redo changes the record.
``FormBuilder`` makes the label, editor, hint and message for each field in a form.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.fields import Date, Expiry, InvalidValue, format_date, format_expiry
from app.core.records import field_rule
from app.ui.common.announce import announce, show_problem
from app.ui.common.grow_text import GrowingTextEdit
from app.ui.common.session import SaveError, Session
from app.ui.common.wrap_button import WrapCheckBox
from app.words.numbers import format_amount
from app.words.problems import problem_text

SAVE_DELAY_MS = 700


class FieldBinding(QObject):
    """Keeps one editor and one stored field in step."""

    def __init__(self, session: Session, kind: str, field: str, editor: QWidget,
                 message: QLabel, record_id: Any = None) -> None:
        super().__init__(editor)
        self.session = session
        self.kind = kind
        self.field = field
        self.editor = editor
        self.message = message
        self.record_id = record_id
        self.dirty = False
        self.refused = False  # the message says the typed value was not saved
        self._unsaid = ""  # a message shown but not yet read out to a screen reader
        self._rule = field_rule(kind, field)
        self._is_date = isinstance(field_rule(kind, field), Date)
        self._is_expiry = isinstance(field_rule(kind, field), Expiry)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._connect_signals()
        self.load()

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self.commit)
        self.session.changed.connect(self._on_changed)
        self.session.flush_requested.connect(self.commit)
        editor = self.editor
        if isinstance(editor, QLineEdit):
            # textChanged, not textEdited: text set through the accessibility interface (a screen
            # reader's "set text", AT-SPI EditableText) is saved as typing is. Loading never
            # comes here: _show blocks the editor's signals while it puts the stored value in.
            editor.textChanged.connect(self._on_edited)
            editor.editingFinished.connect(self._on_finished)
        elif isinstance(editor, QPlainTextEdit):
            editor.textChanged.connect(self._on_edited)
            editor.installEventFilter(self)
        elif isinstance(editor, QComboBox):
            editor.activated.connect(self._on_chosen)
        elif isinstance(editor, QSpinBox):
            editor.valueChanged.connect(self._on_edited)
            editor.editingFinished.connect(self._on_finished)
        elif isinstance(editor, QCheckBox):
            editor.toggled.connect(self._on_toggled)

    # --- value in and out of the widget -------------------------------------------------------

    def _widget_value(self) -> Any:
        editor = self.editor
        if isinstance(editor, QLineEdit):
            return editor.text()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        if isinstance(editor, QComboBox):
            return editor.currentData() or ""
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, QCheckBox):
            return 1 if editor.isChecked() else 0
        raise TypeError(type(editor))

    def _show(self, value: Any) -> None:
        editor = self.editor
        blocked = editor.blockSignals(True)
        try:
            if self._is_date:
                value = format_date(value)
            elif self._is_expiry:
                value = format_expiry(value)
            elif value is None:
                value = ""
            elif isinstance(value, float):
                value = format_amount(value)
            if isinstance(editor, QLineEdit):
                if editor.text() != str(value):
                    editor.setText(str(value))
            elif isinstance(editor, QPlainTextEdit):
                if editor.toPlainText() != str(value):
                    editor.setPlainText(str(value))
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(value or 0))
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
        finally:
            editor.blockSignals(blocked)

    # --- loading and storing ------------------------------------------------------------------

    def set_record(self, record_id: Any) -> None:
        """Point the editor at another record (master-detail forms)."""
        if record_id == self.record_id:
            return
        self.commit()
        self.record_id = record_id
        self.load()

    def load(self) -> None:
        self.dirty = False
        self._timer.stop()
        record = self.session.repository.get(self.kind, self.record_id) if self.record_id is not None else None
        self.editor.setEnabled(record is not None)
        value = getattr(record, self.field) if record is not None else ""
        self._show(value)
        self._warn(value if record is not None else None)

    @Slot()
    def commit(self) -> None:
        """Store the editor's value now, if the user changed it."""
        self._timer.stop()
        if not self.dirty or self.record_id is None:
            return
        self.dirty = False
        try:
            self.session.set_field(self.kind, self.record_id, self.field, self._widget_value())
        except InvalidValue as error:
            self._set_message(problem_text(error.problem), fresh=True)
            return
        except SaveError as error:
            self._set_message(str(error), fresh=True)
            return
        record = self.session.repository.get(self.kind, self.record_id)
        self._warn(getattr(record, self.field) if record is not None else None, fresh=True)

    def _warn(self, value: Any, fresh: bool = False) -> None:
        """Show why a stored value may not be right (in words, also to screen readers)."""
        problem = self._rule.warning(value) if value is not None else None
        self._set_message(problem_text(problem) if problem is not None else "", refused=False, fresh=fresh)

    def _set_message(self, text: str, refused: bool = True, fresh: bool = False) -> None:
        """``fresh``: about a value the user just gave, so said again even in the same words."""
        self.refused = refused and bool(text)
        if fresh or text != self.editor.accessibleDescription():
            self._unsaid = text
        show_problem(self.message, text, announced=False)
        self.editor.setAccessibleDescription(text)

    def _say_message(self) -> None:
        """Read a new message out (assertive) once the user is done with the field: not at
        every pause in typing, and not for what was loaded."""
        if self._unsaid and self.message.text():
            announce(self.message, self._unsaid, assertive=True)
        self._unsaid = ""

    @Slot()
    def _on_edited(self) -> None:
        self.dirty = True
        self._timer.start()

    @Slot()
    def _on_finished(self) -> None:
        self.commit()
        self._say_message()
        if not self.refused:  # show the stored form (93,1 → 93.1; 1-2-2027 → 01-02-2027)
            record = self.session.repository.get(self.kind, self.record_id) if self.record_id is not None else None
            if record is not None:
                self._show(getattr(record, self.field))

    @Slot(int)
    def _on_chosen(self, _index: int) -> None:
        self.dirty = True
        self.commit()
        self._say_message()

    @Slot(bool)
    def _on_toggled(self, _checked: bool) -> None:
        self.dirty = True
        self.commit()
        self._say_message()

    @Slot(str)
    def _on_changed(self, kind: str) -> None:
        if kind in (self.kind, "*") and not self.dirty and not self.refused:
            self.load()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.commit()
            self._say_message()
        return False


def make_hint(text: str) -> QLabel:
    hint = QLabel(text)
    hint.setWordWrap(True)
    hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return hint


class FormBuilder:
    """Builds labelled, bound editors into a QFormLayout (labels above fields)."""

    def __init__(self, session: Session, kind: str, record_id: Any = None,
                 layout: QFormLayout | None = None) -> None:
        self.session = session
        self.kind = kind
        self.record_id = record_id
        self.layout = layout or QFormLayout()
        self.layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.bindings: list[FieldBinding] = []
        self.editors: dict[str, QWidget] = {}
        self.rows: dict[str, tuple[QWidget, ...]] = {}
        self.hints: dict[str, QLabel] = {}

    def _add(self, field: str, label_text: str, editor: QWidget, hint: str = "") -> QWidget:
        """A bold label above the editor, with its hint and (hidden) message below."""
        label = QLabel(label_text)
        label.setBuddy(editor)
        label.setWordWrap(True)
        bold = QFont(label.font())
        bold.setBold(True)
        label.setFont(bold)
        editor.setAccessibleName(label_text.replace("&", ""))
        # Label and field each span the whole width: long labels wrap only when they must.
        self.layout.addRow(label)
        self._place(field, editor, hint, label_text.replace("&", ""), (label,))
        return editor

    def _place(self, field: str, editor: QWidget, hint: str, name: str,
               above: tuple[QWidget, ...] = ()) -> None:
        """Put the editor with its hint and message in a row, and bind it to the field."""
        editor.setObjectName(f"{self.kind}.{field}")
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(editor)
        if hint:
            self.hints[field] = make_hint(hint)
            column.addWidget(self.hints[field])
        message = QLabel()
        message.setWordWrap(True)
        message.setObjectName(f"{self.kind}.{field}.message")
        message.setAccessibleName(name)
        message_font = QFont(message.font())
        message_font.setBold(True)
        message.setFont(message_font)
        message.setVisible(False)
        column.addWidget(message)
        self.layout.addRow(box)
        self.rows[field] = (*above, box)
        self.bindings.append(FieldBinding(self.session, self.kind, field, editor, message, self.record_id))
        self.editors[field] = editor

    def line(self, field: str, label: str, hint: str = "", placeholder: str = "",
             suggestions: list[str] | None = None) -> QLineEdit:
        editor = QLineEdit()
        if placeholder:
            editor.setPlaceholderText(placeholder)
        if suggestions is not None:
            completer = QCompleter(suggestions, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            editor.setCompleter(completer)
        self._add(field, label, editor, hint)
        return editor

    def text(self, field: str, label: str, hint: str = "") -> QPlainTextEdit:
        editor = GrowingTextEdit()  # grows with the text up to half the window, then scrolls
        editor.setTabChangesFocus(True)
        self._add(field, label, editor, hint)
        return editor

    def choice(self, field: str, label: str, options: dict[str, str] | dict[int, str], empty: str = "",
               hint: str = "") -> QComboBox:
        editor = QComboBox()
        editor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        editor.setMinimumContentsLength(12)
        if empty:
            editor.addItem(empty, "")
        for code, text in options.items():
            editor.addItem(text, code)
        self._add(field, label, editor, hint)
        return editor

    def number(self, field: str, label: str, minimum: int, maximum: int, hint: str = "") -> QSpinBox:
        editor = QSpinBox()
        editor.setRange(minimum, maximum)
        self._add(field, label, editor, hint)
        return editor

    def check(self, field: str, label: str, hint: str = "") -> QCheckBox:
        """A yes/no field: the check box carries its own label (wrapped over lines when needed)."""
        editor = WrapCheckBox(label)
        editor.setAccessibleName(label)
        self._place(field, editor, hint, label)
        return editor

    def relabel(self, field: str, label: str, hint: str | None = None) -> None:
        """New words for a field's label (and hint), e.g. "we" → "you" for a household of one;
        the editor and its message keep the label as their accessible name."""
        editor = self.editors[field]
        name = label.replace("&", "")
        for widget in self.rows.get(field, ()):
            if isinstance(widget, QLabel):
                widget.setText(label)
        if isinstance(editor, QCheckBox):
            editor.setText(label)
        editor.setAccessibleName(name)
        box = editor.parentWidget()
        message = box.findChild(QLabel, f"{self.kind}.{field}.message") if box is not None else None
        if message is not None:
            message.setAccessibleName(name)
        if hint is not None and field in self.hints:
            self.hints[field].setText(hint)

    def show_field(self, field: str, shown: bool) -> None:
        """Show or hide a field with its label (a field that does not apply to this record)."""
        for widget in self.rows.get(field, ()):
            widget.setVisible(shown)

    def set_record(self, record_id: Any) -> None:
        self.record_id = record_id
        for binding in self.bindings:
            binding.set_record(record_id)

    def reload(self) -> None:
        for binding in self.bindings:
            binding.load()
