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
    dialog = page.preview_dialog()
    dialog.open()
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    widget = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() == 1)
    dialog.reject()
