"""A figure with its explanation one click away: no black-box scores."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.words.i18n import tr


class ExplainedFigure(QWidget):
    """A sentence, a "How is this worked out?" button, and the working behind it (hidden)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.text = QLabel()
        self.text.setObjectName(f"{name}.text")
        self.text.setWordWrap(True)
        self.toggle = QPushButton(tr("How is this worked out?"))
        self.toggle.setObjectName(f"{name}.toggle")
        self.toggle.setCheckable(True)
        self.explanation = QLabel()
        self.explanation.setObjectName(f"{name}.explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                 | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.explanation.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.explanation)
        self.toggle.toggled.connect(self._on_toggled)

    @Slot(bool)
    def _on_toggled(self, shown: bool) -> None:
        self.explanation.setVisible(shown)
        self.toggle.setText(tr("Hide the explanation") if shown else tr("How is this worked out?"))

    def set_texts(self, text: str, explanation: str) -> None:
        self.text.setText(text)
        self.toggle.setAccessibleName(tr("How is this worked out?") + " " + text)
        self.explanation.setText(explanation)
