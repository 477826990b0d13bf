"""The Buurtkaart part of a contact: what the card for this neighbour may carry, and printing it.

One check box per part of the card (``records.CARD_FIELDS``), nothing checked until the
household chooses; each box is saved at once into the contact's ``card_share`` (undo brings
it back). Printing and saving as PDF work as on the print page; with nothing chosen the
buttons say so instead of printing an empty card. Shown for a neighbour and for anyone in a
"who looks in on whom" agreement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QGroupBox, QLabel, QVBoxLayout, QWidget

from app.core.check import next_check_of
from app.core.fields import InvalidValue
from app.core.records import CARD_FIELDS, Contact
from app.report.card_fields import field_labels, shared_fields
from app.ui.common import file_dialogs, pdf_saving
from app.ui.common.announce import show_problem
from app.ui.common.fields import make_hint
from app.ui.common.flow_layout import FlowLayout
from app.ui.common.session import SaveError, Session
from app.ui.common.wrap_button import WrapCheckBox, WrapPushButton
from app.words.i18n import tr

if TYPE_CHECKING:
    from app.report.neighbour_card import NeighbourCard


def safe_file_name(name: str) -> str:
    """A file name every system accepts: no / \\ : * ? " < > | or control characters."""
    cleaned = "".join("-" if char in '/\\:*?"<>|' or ord(char) < 32 else char for char in name)
    return " ".join(cleaned.split()).strip(" .") or "buurtkaart.pdf"


class NeighbourCardBox(QGroupBox):
    """Consent per part of the card for one contact, and the buttons to print it."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(tr("Neighbour card"), parent)
        self.setObjectName("contact.card")
        self.setAccessibleName(tr("Neighbour card"))  # else it borrows the form's group title
        self.session = session
        self.contact_id: int | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel(tr("A card to give to this neighbour. Choose what is on it."))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.boxes: dict[str, WrapCheckBox] = {}
        for name in CARD_FIELDS:
            box = WrapCheckBox("")
            box.setObjectName(f"contact.card.{name}")
            box.toggled.connect(self._save)
            layout.addWidget(box)
            self.boxes[name] = box
        self.why = make_hint(tr("You choose what the neighbours know about you. Ask everyone at home if it is all right."))
        layout.addWidget(self.why)
        self.problem = QLabel()
        self.problem.setObjectName("contact.card.problem")
        self.problem.setWordWrap(True)
        bold = QFont(self.problem.font())
        bold.setBold(True)  # as the forms' messages
        self.problem.setFont(bold)
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        row = FlowLayout()
        self.print_button = WrapPushButton(tr("Print the neighbour card…"))
        self.print_button.setObjectName("contact.card.print")
        self.pdf_button = WrapPushButton(tr("Save the neighbour card as PDF…"))
        self.pdf_button.setObjectName("contact.card.pdf")
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        layout.addLayout(row)
        self.print_button.clicked.connect(self.print_card)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.relabel()

    # --- showing a contact --------------------------------------------------------------------

    def relabel(self) -> None:
        """The words of the boxes ("Our names", or "My name" for a household of one)."""
        labels = field_labels(len(self.session.household().members))
        for name, box in self.boxes.items():
            box.setText(labels[name])
            # said with the card: "Mijn naam" alone sounds like a detail of the contact
            box.setAccessibleName(tr("Neighbour card: %1").replace("%1", labels[name]))

    def contact(self) -> Contact | None:
        if self.contact_id is None:
            return None
        record = self.session.repository.get("contact", self.contact_id)
        return record if isinstance(record, Contact) else None

    def wanted(self, contact: Contact | None) -> bool:
        """Whether this contact gets a card: a neighbour, or someone in an agreement."""
        if contact is None or contact.id is None:
            return False
        return contact.category == "neighbour" or bool(self.session.repository.list("check", contact.id))

    def set_contact(self, contact_id: int | None) -> None:
        self.contact_id = contact_id
        self.load()

    def load(self) -> None:
        """Show the stored choice of the contact (no saving while loading)."""
        contact = self.contact()
        chosen = shared_fields(contact)
        whose = tr("On the card you give to %1.").replace("%1", contact.name) if contact else ""
        for name, box in self.boxes.items():
            box.setAccessibleDescription(whose)
            blocked = box.blockSignals(True)
            box.setChecked(name in chosen)
            box.blockSignals(blocked)
        show_problem(self.problem, "", announced=False)
        self.setVisible(self.wanted(contact))

    def chosen(self) -> str:
        return ",".join(name for name in CARD_FIELDS if self.boxes[name].isChecked())

    @Slot()
    def _save(self) -> None:
        if self.contact_id is None:
            return
        show_problem(self.problem, "", announced=False)
        try:
            self.session.set_field("contact", self.contact_id, "card_share", self.chosen())
        except InvalidValue:
            self.load()
        except SaveError as error:
            self.load()
            show_problem(self.problem, str(error))

    # --- printing: the card's layout and the print engine are imported on the first click ------

    def document(self) -> NeighbourCard:
        from app.report import neighbour_card
        from app.report.document import PrintOptions

        report = self.session.kit_report()
        options = PrintOptions(today=self.session.today(), next_check=next_check_of(report),
                               started=self.session.readiness(report).started)
        return neighbour_card.build(self.session.household(), self.contact_id, options)

    def ready(self) -> bool:
        """Whether there is something to print; if not, say what to do."""
        self.session.flush()
        if not shared_fields(self.contact()):
            show_problem(self.problem, tr("First choose what may be on the card."))
            self.boxes[CARD_FIELDS[0]].setFocus()
            return False
        show_problem(self.problem, "", announced=False)
        return True

    @Slot()
    def print_card(self) -> None:
        if not self.ready():
            return
        from PySide6.QtPrintSupport import QPrinter

        from app.report.document import print_document

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = file_dialogs.print_dialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_document(self.document(), printer)

    @Slot()
    def save_pdf(self) -> str | None:
        if not self.ready():
            return None
        contact = self.contact()
        name = safe_file_name(tr("Neighbour card %1.pdf").replace("%1", contact.name if contact else ""))
        from app.report.document import write_pdf

        return pdf_saving.save_pdf(self, self.session, name, lambda path: write_pdf(self.document(), path))
