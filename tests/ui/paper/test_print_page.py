"""The print page with real widgets: every document previews, saves as a real PDF, and prints."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from app.report.builders import DOCUMENTS

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def page(launcher):
    window = launcher.start_demo(TODAY)
    window.show_page("print")
    return window.print_page


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_every_document_saves_as_pdf(page, kind, tmp_path, monkeypatch):
    page.select(kind)
    target = tmp_path / f"{kind}.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert page.save_pdf() == str(target)
    assert target.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
        if kind in ("plan", "fridge", "wallet"):
            assert "Tante Ineke" in text or "Sanne" in text


def test_preview_paints_pages(page, qtbot):
    page.select("plan")
    page.preview.updatePreview()
    qtbot.waitUntil(lambda: page.preview.pageCount() >= 1)


def test_medical_details_only_when_chosen(page, tmp_path, monkeypatch):
    page.select("wallet")
    assert page.medical.isEnabled()
    without = tmp_path / "zonder.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(without), ""))
    page.save_pdf()
    page.medical.setChecked(True)
    with_medical = tmp_path / "met.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(with_medical), ""))
    page.save_pdf()
    if shutil.which("pdftotext"):
        def text(path):
            return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
        assert "Metoprolol" not in text(without)
        assert "Metoprolol" in text(with_medical)
    page.select("plan")
    assert not page.medical.isEnabled()


def test_print_goes_through_the_same_layout(page, tmp_path):
    from app.report.document import print_document

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    page.select("fridge")
    assert print_document(page.document(), printer) == 1


def test_large_preview_dialog_renders_the_same_document(page, qtbot):
    page.select("fridge")
    qtbot.waitUntil(lambda: not page.stale and page.building is None)
    dialog = page.preview_dialog()
    dialog.open()
    from app.ui.paper.page_preview import PagePreview

    widget = dialog.findChild(PagePreview)
    assert widget.pageCount() == 1
    qtbot.waitUntil(lambda: dialog.focusWidget() is widget)  # the keys page through at once
    qtbot.waitUntil(lambda: widget.painted == 1)  # the page, painted as large as the window
    assert widget.page_size().width() > page.preview.page_size().width()
    dialog.reject()


def test_the_large_preview_of_the_folder_opens_without_painting_every_page(page, qtbot, monkeypatch):
    """Qt's preview window painted all pages first; this one paints those in view, and prints
    the document it shows from its own button."""
    from app.ui.paper import print_page
    from app.ui.paper.page_preview import PagePreview

    page.select("noodmap")
    qtbot.waitUntil(lambda: not page.stale and page.building is None)
    dialog = page.preview_dialog()
    dialog.open()
    widget = dialog.findChild(PagePreview)
    qtbot.waitUntil(lambda: widget.painted >= 1)
    assert widget.pageCount() == page.preview.pageCount() > 15 and widget.painted <= 3
    printed = []
    monkeypatch.setattr(print_page.file_dialogs, "print_dialog", lambda printer, parent: type(
        "Accepting", (), {"exec": lambda self: print_page.QDialog.DialogCode.Accepted})())
    monkeypatch.setattr(print_page, "print_document", lambda document, printer: printed.append(document))
    dialog.print_button.click()
    assert printed == [page.current_document]
    dialog.reject()


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
def test_at_the_largest_text_the_preview_has_room_and_nothing_is_cut_off(launcher, qtbot, size):
    """The preview is a scroll view that sits in no other scroll view, at least 45 % of the
    window high; the buttons and choices beside it show their whole text."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractScrollArea,
        QApplication,
        QComboBox,
        QLabel,
    )

    from app.ui.common.theme import TEXT_SIZES

    window = launcher.start_demo(TODAY)
    window.show_page("settings")
    window.findChild(QAbstractButton, "settings.size.largest").click()
    qtbot.waitUntil(lambda: launcher.paraat.window is not window)
    try:
        window = launcher.paraat.window
        assert QApplication.font().pointSizeF() == TEXT_SIZES["largest"]
        window.resize(*size)
        window.show()
        window.show_page("print")
        page = window.print_page
        # the wallet cards show the medical choice too, the emergency folder its chapters as well
        for kind in [kind for kind in ("wallet", "noodmap") if kind in DOCUMENTS]:
            page.select(kind)
            qtbot.waitUntil(lambda: page.preview.isVisible() and page.big_preview_button.isVisible())
            QApplication.processEvents()
            parent = page.preview.parentWidget()
            while parent is not None:
                assert not isinstance(parent, QAbstractScrollArea), "the preview sits in a scroll view"
                parent = parent.parentWidget()
            assert page.preview.height() >= 0.45 * window.height()
            for area in (page.choices.viewport(), page.button_bar):
                inner = page.choices.widget() if area is not page.button_bar else area
                for widget in inner.findChildren(QAbstractButton) + inner.findChildren(QComboBox):
                    if not widget.isVisible():
                        continue
                    assert widget.minimumSizeHint().width() <= widget.width(), widget.objectName()
                    if widget.hasHeightForWidth():  # a wrapping box: every line of it shows
                        assert widget.height() >= widget.heightForWidth(widget.width()), widget.objectName()
                    else:
                        assert widget.width() >= widget.sizeHint().width(), widget.objectName()
                    right = widget.mapTo(area, widget.rect().topRight()).x()
                    assert right <= area.width(), widget.objectName()
            # 'Print' shows without scrolling: under the choices, or (large text in a low window)
            # right under the document's description
            assert page.choices.verticalScrollBar().value() == 0
            assert page.print_button.isVisible()
            assert page.print_button.visibleRegion().boundingRect().height() == page.print_button.height()
            assert page.buttons_fixed == (page.button_bar.parentWidget() is not page.choices.widget())
            for label in page.choices.widget().findChildren(QLabel):
                if label.isVisible() and label.wordWrap():
                    assert label.height() >= label.heightForWidth(label.width()), label.text()
            assert page.choices.horizontalScrollBar().maximum() == 0
    finally:
        launcher.paraat.session.set_setting("text_size", "normal")


def test_the_pdf_is_laid_out_and_painted_off_the_gui_thread(page, tmp_path, monkeypatch, qtbot):
    """The worker builds, lays out and paints a document of its own (never the preview's) and
    drops it there; the window keeps its preview; a second click meanwhile does nothing."""
    import threading

    from PySide6.QtCore import QTimer

    from app.ui.paper import print_page

    target = tmp_path / "noodmap.pdf"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (asked.append(1), (str(target), ""))[1])
    seen = {}
    real_write = print_page.write_pdf

    def write(document, path):
        seen["thread"] = threading.current_thread()
        seen["same"] = document is page.current_document
        seen["pages"] = real_write(document, path)
        return seen["pages"]

    monkeypatch.setattr(print_page, "write_pdf", write)
    page.select("noodmap")
    QTimer.singleShot(0, lambda: seen.setdefault("again", page.save_pdf()))
    assert page.save_pdf() == str(target)
    assert seen["thread"] is not threading.main_thread() and seen["same"] is False
    assert seen["again"] is None and len(asked) == 1
    assert target.read_bytes().startswith(b"%PDF") and seen["pages"] > 5
