"""Afdrukken: the household's own papers, with a live preview, to the printer or as a PDF.

The documents are built by app/report from the same data as the pages; the preview, the
printer and the PDF all use the same layout code (``PrintDocument.render``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.check import next_check_of
from app.report.builders import DOCUMENTS, build_document
from app.report.document import PrintDocument, PrintOptions, print_document, write_pdf
from app.ui.common import file_dialogs
from app.ui.common.fields import make_hint
from app.ui.common.flow_layout import FlowLayout
from app.ui.common.session import Session
from app.ui.common.theme import heading, page_layout
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
        # The preview is a scroll view of its own, so nothing scrolls around it (issue 18): the
        # choices stand beside it in a column as wide as its widest button, which scrolls only
        # when the window is too short for them; the preview gets the rest, the full height.
        layout = page_layout(self)
        layout.addWidget(heading(tr("Print")))
        row = QHBoxLayout()
        left = QWidget()
        choices = QVBoxLayout(left)
        choices.setContentsMargins(0, 0, 0, 0)
        self.intro = make_hint(tr("When the power is out, paper is all you have. Print your plan and keep it with the booklet."))
        self.documents = QComboBox()
        self.documents.setObjectName("print.document")
        what = QLabel(tr("&What do you want to print?"))
        what.setWordWrap(True)
        what.setBuddy(self.documents)
        self.documents.setAccessibleName(what.text().replace("&", ""))
        texts = document_texts()
        for kind in DOCUMENTS:
            self.documents.addItem(texts[kind][0], kind)
        choices.addWidget(what)
        choices.addWidget(self.documents)
        self.about = QLabel()
        self.about.setObjectName("print.about")
        self.about.setWordWrap(True)
        choices.addWidget(self.about)
        options = FlowLayout()
        self.large = QCheckBox(tr("Large letters"))
        self.large.setObjectName("print.large")
        self.large.setChecked(True)
        self.medical = QCheckBox(tr("Medical details"))
        self.medical.setObjectName("print.medical")
        options.addWidget(self.large)
        options.addWidget(self.medical)
        choices.addLayout(options)
        self.medical_hint = make_hint(tr("Medicines, allergies and devices that need power, on the cards. Medical details are private: only put them on the cards if the person agrees."))
        self.medical_hint.setObjectName("print.medical_hint")
        self.medical.setAccessibleDescription(self.medical_hint.text())
        choices.addWidget(self.medical_hint)
        buttons = FlowLayout()
        self.print_button = QPushButton(tr("Print…"))
        self.print_button.setObjectName("print.print")
        self.pdf_button = QPushButton(tr("Save as PDF…"))
        self.pdf_button.setObjectName("print.pdf")
        self.big_preview_button = QPushButton(tr("Large preview…"))
        self.big_preview_button.setObjectName("print.big_preview")
        for button in (self.print_button, self.pdf_button, self.big_preview_button):
            buttons.addWidget(button)
        choices.addSpacing(self.fontMetrics().lineSpacing() // 2)
        choices.addLayout(buttons)
        choices.addWidget(self.intro)  # why, after what to do: the choices come first
        choices.addStretch(1)
        self.choices = QScrollArea()
        self.choices.setObjectName("print.choices")
        self.choices.setWidgetResizable(True)
        self.choices.setFrameShape(QFrame.Shape.NoFrame)
        self.choices.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.choices.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible Tab stop
        self.choices.setWidget(left)
        row.addWidget(self.choices, 2)
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
        self.documents.currentIndexChanged.connect(lambda _index: self._update_options())
        self.large.toggled.connect(lambda _on: self.preview.updatePreview())
        self.medical.toggled.connect(lambda _on: self.preview.updatePreview())
        self.print_button.clicked.connect(self.print_now)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.big_preview_button.clicked.connect(self.show_preview_dialog)
        self.session.changed.connect(lambda _kind: self.preview.updatePreview() if self.isVisible() else None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_choices()

    def _fit_choices(self) -> None:
        """The column of choices is as wide as its widest button or box, never cut off."""
        inner = self.choices.widget()
        widest = inner.minimumSizeHint().width() if inner is not None else 0
        self.choices.setMinimumWidth(widest + self.choices.verticalScrollBar().sizeHint().width())

    def kind(self) -> str:
        return str(self.documents.currentData())

    def _update_options(self) -> None:
        wallet = self.kind() == "wallet"
        self.medical.setEnabled(wallet)
        self.medical.setVisible(wallet)  # only the wallet cards can carry medical details
        self.medical_hint.setVisible(wallet)
        self.about.setText(document_texts()[self.kind()][1])
        self.preview.updatePreview()

    def select(self, kind: str) -> None:
        self.documents.setCurrentIndex(DOCUMENTS.index(kind))

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
