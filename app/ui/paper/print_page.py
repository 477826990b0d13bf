"""Afdrukken: the household's own papers, with a live preview, to the printer or as a PDF.

The documents are built by app/report from the same data as the pages; the preview, the
printer and the PDF all use the same layout code (``PrintDocument.render``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.check import next_check_of
from app.report.builders import DOCUMENTS, build_document
from app.report.document import PrintDocument, PrintOptions, print_document, write_pdf
from app.ui.common import file_dialogs
from app.ui.common.fields import make_hint
from app.ui.common.session import Session
from app.ui.common.theme import heading, page_layout, scroll_page
from app.words import bilingual, counts
from app.words.i18n import current_language, tr


def document_texts() -> dict[str, tuple[str, str, str]]:
    """Title, one line on what it is for, and a file name, for each document."""
    return {
        "plan": (tr("Emergency plan"), tr("Your whole plan on a few A4 pages: keep it with the booklet."),
                 tr("emergency-plan.pdf")),
        "fridge": (tr("Fridge sheet"), tr("One page with what you need in the first hour. Hang it on the fridge."),
                   tr("fridge-sheet.pdf")),
        "wallet": (tr("Wallet cards"), tr("A card for everyone in the house, the size of a bank card. Cut, fold and put it in your wallet."),
                   tr("wallet-cards.pdf")),
        "checklist": (tr("Kit checklist"), tr("Every item of your kit with tick boxes, for the half-yearly check."),
                      tr("kit-checklist.pdf")),
        "shopping": (tr("Shopping list"), tr("What your kit still needs. Take it to the shop."),
                     tr("shopping-list.pdf")),
        "practice": (tr("Practice evening"), tr("The script for an evening without power, with room to write down what you learned."),
                     tr("practice-evening.pdf")),
    }


class PrintPage(QWidget):
    """Choose a document, see it, print it or save it as a PDF."""

    page_name = "print"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = page_layout(self)
        layout.addWidget(heading(tr("Print")))
        layout.addWidget(make_hint(tr("When the power is out, paper is all you have. Print your plan and keep it with the booklet.")))
        row = QHBoxLayout()
        left = QWidget()
        choices = QVBoxLayout(left)
        choices.setContentsMargins(0, 0, 0, 0)
        self.documents = QButtonGroup(self)
        texts = document_texts()
        for index, kind in enumerate(DOCUMENTS):
            title, about, _ = texts[kind]
            button = QRadioButton(title)
            button.setObjectName(f"print.{kind}")
            button.setAccessibleDescription(about)
            self.documents.addButton(button, index)
            choices.addWidget(button)
            hint = QLabel(about)
            hint.setWordWrap(True)
            hint.setIndent(button.fontMetrics().averageCharWidth() * 3)
            choices.addWidget(hint)
        self.documents.button(0).setChecked(True)
        self.large = QCheckBox(tr("Large letters"))
        self.large.setObjectName("print.large")
        self.large.setChecked(True)
        self.medical = QCheckBox(tr("Medicines, allergies and devices that need power on the cards"))
        self.medical.setObjectName("print.medical")
        choices.addSpacing(self.fontMetrics().lineSpacing())
        choices.addWidget(self.large)
        choices.addWidget(self.medical)
        choices.addWidget(make_hint(tr("Medical details are private: only put them on the cards if the person agrees.")))
        self.print_button = QPushButton(tr("Print…"))
        self.print_button.setObjectName("print.print")
        self.pdf_button = QPushButton(tr("Save as PDF…"))
        self.pdf_button.setObjectName("print.pdf")
        self.big_preview_button = QPushButton(tr("Large preview…"))
        self.big_preview_button.setObjectName("print.big_preview")
        choices.addSpacing(self.fontMetrics().lineSpacing())
        choices.addWidget(self.print_button)
        choices.addWidget(self.pdf_button)
        choices.addWidget(self.big_preview_button)
        choices.addStretch(1)
        row.addWidget(scroll_page(left), 2)  # wrapped texts keep their height at any size
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.preview = QPrintPreviewWidget(self.printer)
        self.preview.setObjectName("print.preview")
        self.preview.setAccessibleName(tr("Preview"))
        for inner in self.preview.findChildren(QWidget):  # Qt's view inside takes the focus: name it
            if inner.focusPolicy() != inner.focusPolicy().NoFocus:
                inner.setAccessibleName(tr("Preview"))
        self.preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitToWidth)
        row.addWidget(self.preview, 3)
        layout.addLayout(row, 1)
        self._connect_signals()
        self._update_options()

    def _connect_signals(self) -> None:
        self.preview.paintRequested.connect(self._paint)
        self.documents.idToggled.connect(lambda _id, on: self._update_options() if on else None)
        self.large.toggled.connect(lambda _on: self.preview.updatePreview())
        self.medical.toggled.connect(lambda _on: self.preview.updatePreview())
        self.print_button.clicked.connect(self.print_now)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.big_preview_button.clicked.connect(self.show_preview_dialog)
        self.session.changed.connect(lambda _kind: self.preview.updatePreview() if self.isVisible() else None)

    def kind(self) -> str:
        return DOCUMENTS[self.documents.checkedId()]

    def _update_options(self) -> None:
        self.medical.setEnabled(self.kind() == "wallet")
        self.preview.updatePreview()

    def select(self, kind: str) -> None:
        self.documents.button(DOCUMENTS.index(kind)).setChecked(True)

    def document(self) -> PrintDocument:
        """The chosen document, built from the household as it is now."""
        report = self.session.kit_report()
        options = PrintOptions(today=self.session.today(), next_check=next_check_of(report),
                               large=self.large.isChecked(), include_medical=self.medical.isChecked(),
                               started=self.session.readiness(report).started)
        return build_document(self.kind(), self.session.household(), self.session.repository.list("stock"),
                              report, options)

    @Slot(QPrinter)
    def _paint(self, printer: QPrinter) -> None:
        print_document(self.document(), printer)

    @Slot()
    def print_now(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = file_dialogs.print_dialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_document(self.document(), printer)

    def preview_dialog(self) -> QPrintPreviewDialog:
        """Qt's print preview window: zoom, page through, and print from there."""
        return file_dialogs.preview_dialog(self, document_texts()[self.kind()][0], self._paint)

    @Slot()
    def show_preview_dialog(self) -> None:
        self.preview_dialog().exec()

    @Slot()
    def save_pdf(self) -> str | None:
        folder = file_dialogs.documents_folder()
        name = document_texts()[self.kind()][2]
        path, _ = file_dialogs.save_file(self, tr("Save as PDF"), str(Path(folder) / name), tr("PDF files (*.pdf)"))
        if not path:
            return None
        try:
            pages = write_pdf(self.document(), path)
        except OSError as error:
            QMessageBox.warning(self, "Paraat", tr("Paraat could not use the file %1: %2.").replace("%1", path)
                                .replace("%2", bilingual.os_error_reason(error, current_language())))
            return None
        self.session.notice.emit(counts.pdf_saved(path, pages))
        return path
