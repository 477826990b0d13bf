"""Asking for the password of a locked plan file: a new one (twice, with the rule and a
strength hint in words) or the one that opens a file.

The rule is shown before people type: at least 10 characters, or 4 words with spaces. The
strength is said in words with a mark (✗, ✓), never by colour alone. "Show the password"
helps people who type slowly or with one finger; the text is never stored anywhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.exchange.plan_file import MIN_CHARACTERS, MIN_WORDS, password_strength
from app.ui.common.announce import show_problem
from app.words.i18n import tr


def strength_texts() -> dict[str, str]:
    """The strength hint for each outcome of ``password_strength``, in words."""
    return {
        "empty": "",
        "too_short": "✗ " + tr("Too short: use at least %1 characters, or %2 words.")
        .replace("%1", str(MIN_CHARACTERS)).replace("%2", str(MIN_WORDS)),
        "too_simple": "✗ " + tr("Too easy to guess. Choose something else."),
        "fair": "✓ " + tr("Good enough. Longer is even better."),
        "strong": "✓ " + tr("Strong."),
    }


class PasswordDialog(QDialog):
    """Ask for a password. ``new``: choose one (typed twice); otherwise: open a file."""

    def __init__(self, file_name: str, new: bool, parent: QWidget | None = None,
                 message: str = "") -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(tr("Lock the plan file") if new else tr("Open the plan file"))
        layout = QVBoxLayout(self)
        if new:
            intro = tr("Choose a password for %1. Without it nobody can open the file: not you, not the library, not the makers of Paraat.").replace("%1", file_name)
        else:
            intro = tr("Type the password of %1.").replace("%1", file_name)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        if new:
            self.rule = QLabel(tr("Use at least %1 characters, or %2 words with spaces between them, for example: tulip bicycle rain lamp. Do not use a password you use anywhere else.")
                               .replace("%1", str(MIN_CHARACTERS)).replace("%2", str(MIN_WORDS)))
            self.rule.setObjectName("password.rule")
            self.rule.setWordWrap(True)
            layout.addWidget(self.rule)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.password = QLineEdit()
        self.password.setObjectName("password.first")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        first_label = QLabel(tr("&Password"))
        first_label.setBuddy(self.password)
        self.password.setAccessibleName(first_label.text().replace("&", ""))
        form.addRow(first_label, self.password)
        self.strength = QLabel()
        self.strength.setObjectName("password.strength")
        self.strength.setWordWrap(True)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("password.repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.mismatch = QLabel()
        self.mismatch.setObjectName("password.mismatch")
        self.mismatch.setWordWrap(True)
        if new:
            form.addRow(self.strength)
            repeat_label = QLabel(tr("Type the password &again"))
            repeat_label.setBuddy(self.repeat)
            self.repeat.setAccessibleName(repeat_label.text().replace("&", ""))
            form.addRow(repeat_label, self.repeat)
            form.addRow(self.mismatch)
        layout.addLayout(form)
        self.show_text = QCheckBox(tr("&Show the password"))
        self.show_text.setObjectName("password.show")
        layout.addWidget(self.show_text)
        self.message = QLabel()
        self.message.setObjectName("password.message")
        self.message.setWordWrap(True)
        self._problem = message  # shown now, read out when the dialog opens (showEvent)
        show_problem(self.message, message, announced=False)
        if message:
            self.message.setAccessibleName(message)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("Lock and save") if new else tr("Open"))
        self.ok_button.setObjectName("password.ok")
        layout.addWidget(self.buttons)
        self.setTabOrder(self.password, self.repeat if new else self.show_text)
        if new:
            self.setTabOrder(self.repeat, self.show_text)
        self.password.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self.show_text.toggled.connect(self._show)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self._update()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._problem:  # "wrong password": said after the dialog's title, each time it opens
            show_problem(self.message, self._problem)

    @Slot(bool)
    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    @Slot()
    def _update(self) -> None:
        text = self.password.text()
        if not self.new:
            self.ok_button.setEnabled(bool(text))
            return
        strength = password_strength(text)
        words = strength_texts()[strength]
        self.strength.setText(tr("Strength: %1").replace("%1", words) if words else "")
        self.strength.setAccessibleName(self.strength.text())
        same = text == self.repeat.text()
        self.mismatch.setText("" if same or not self.repeat.text()
                              else "✗ " + tr("The two passwords are not the same."))
        self.mismatch.setAccessibleName(self.mismatch.text())
        self.ok_button.setEnabled(strength in ("fair", "strong") and same)

    def value(self) -> str:
        return self.password.text()
