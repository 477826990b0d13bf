"""Asking why a kit item is "not needed for us": a few reasons to pick, or one's own words.

The reasons are radio buttons (one click, readable at large text); the last one, "Something
else", has a line to type in, and typing there picks it. OK stays off until there is a reason,
so a greyed row on the kit page always says why.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.kit import CatalogueItem
from app.ui.common.text_dialog import TextDialog
from app.words.counts import why_not_needed
from app.words.i18n import tr


def suggested_reasons(item: CatalogueItem) -> list[str]:
    """The reasons offered for this item: one that fits the item (no car for the car key),
    then the ones that fit any item."""
    fitting = {
        "has_car": tr("We do not have a car"),
        "menstruation": tr("Nobody here has periods"),
        "toddler": tr("Our child no longer wears nappies"),
    }
    reasons = [fitting[item.when.field]] if item.when is not None and item.when.field in fitting else []
    return [*reasons, tr("We already have this in another way"), tr("It does not suit us")]


class NotNeededDialog(TextDialog):
    """Pick or type why the household does not need ``item``; ``reason()`` gives the text."""

    WIDTH_CHARS = 55

    def __init__(self, item: CatalogueItem, label: str, parent: QWidget | None = None,
                 persons: int = 2) -> None:
        super().__init__(parent)
        self.setObjectName("not_needed.dialog")
        self.setWindowTitle(tr("Not needed for us"))
        layout = QVBoxLayout(self)
        self.question = QLabel(why_not_needed(persons, label))
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        explain = QLabel(tr("It stays in the list in grey, with your reason. It is not on the shopping list and does not count as missing. “Needed after all” puts it back."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.choices = QButtonGroup(self)
        self.reasons = suggested_reasons(item)
        for index, reason in enumerate(self.reasons):
            button = QRadioButton(reason)
            button.setObjectName(f"not_needed.reason.{index}")
            self.choices.addButton(button, index)
            layout.addWidget(button)
        self.other = QRadioButton(tr("Something else:"))
        self.other.setObjectName("not_needed.other")
        self.choices.addButton(self.other, len(self.reasons))
        layout.addWidget(self.other)
        self.other_text = QLineEdit()
        self.other_text.setObjectName("not_needed.text")
        self.other_text.setAccessibleName(tr("Your own reason"))
        self.other_text.setMaxLength(300)  # NotNeeded.reason holds 300 characters
        self.other_text.setPlaceholderText(tr("Your own reason"))
        layout.addWidget(self.other_text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("Not needed for us"))
        self.ok_button.setObjectName("not_needed.ok")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("not_needed.cancel")
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.choices.idToggled.connect(self._update)
        self.other_text.textEdited.connect(self._typed)
        self.choices.button(0).setChecked(True)
        self.choices.button(0).setFocus(Qt.FocusReason.OtherFocusReason)
        self._update()

    @Slot(str)
    def _typed(self, text: str) -> None:
        if text and not self.other.isChecked():
            self.other.setChecked(True)
        self._update()

    @Slot()
    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()))

    def reason(self) -> str:
        """The chosen reason, or the typed one (stripped); "" when "Something else" is empty."""
        chosen = self.choices.checkedId()
        if 0 <= chosen < len(self.reasons):
            return self.reasons[chosen]
        return " ".join(self.other_text.text().split())
