"""Asking for a new phone number before it is added: the list never shows an invented number.

One labelled line and OK/Cancel. A number that is refused (no digits, too long) keeps the
dialog open with the reason, read out at once; a number that cannot be right (06-1234) is
kept as typed, with the same "check this number" words as the form beside the list. An empty
line or Cancel adds nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.core.fields import InvalidValue
from app.core.records import clean_value, field_rule
from app.ui.common.announce import show_problem
from app.ui.common.text_dialog import TextDialog
from app.words.i18n import tr
from app.words.problems import problem_text


class PhoneNumberDialog(TextDialog):
    """Type a phone number; ``number()`` gives it as typed (stripped)."""

    WIDTH_CHARS = 40

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phone.dialog")
        self.setWindowTitle(tr("Add a number"))
        layout = QVBoxLayout(self)
        label = QLabel(tr("&Number"))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.line = QLineEdit()
        self.line.setObjectName("phone.dialog.number")
        self.line.setAccessibleName(tr("Number"))
        self.line.setPlaceholderText("06-12345678")
        label.setBuddy(self.line)
        layout.addWidget(self.line)
        hint = QLabel(tr("Write the number as you would dial it."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.message = QLabel()
        self.message.setObjectName("phone.dialog.message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("phone.dialog.ok")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("phone.dialog.cancel")
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.line.setFocus(Qt.FocusReason.OtherFocusReason)

    def number(self) -> str:
        return self.line.text().strip()

    @Slot()
    def accept(self) -> None:
        """Empty: nothing to add. Refused: say why and stay. Doubtful: say so and add it."""
        if not self.number():
            self.reject()
            return
        try:
            value = clean_value("contact_phone", "number", self.number())
        except InvalidValue as error:
            show_problem(self.message, problem_text(error.problem))
            self._fit_height()
            self.line.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        warning = field_rule("contact_phone", "number").warning(value)
        if warning is not None:
            show_problem(self.message, problem_text(warning))  # the form beside the list shows it too
        super().accept()
