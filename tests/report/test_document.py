"""The print engine: A4 layout, atomic PDF writing, the same code for QPrinter, the command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from app.core.check import next_check_of
from app.core.demo import demo_household, demo_stock
from app.core.supplies import kit_report
from app.report.builders import BUILDERS, DOCUMENTS, build_document
from app.report.document import PrintOptions, a4_layout, print_document, write_pdf
from tests.report.conftest import TODAY, assert_a4_pages, pdf_text

ROOT = Path(__file__).resolve().parents[2]


def _document(kind: str = "fridge"):
    household, stock = demo_household(), demo_stock(TODAY)
    report = kit_report(household, stock, TODAY, 72, None)
    return build_document(kind, household, stock, report, PrintOptions(TODAY, next_check_of(report)))


def test_a4_layout() -> None:
    layout = a4_layout(20)
    assert layout.pageSize().id() == QPageSize.PageSizeId.A4
    assert layout.orientation() == QPageLayout.Orientation.Portrait
    assert layout.margins(QPageLayout.Unit.Millimeter).left() == pytest.approx(20)


def test_documents_and_builders(qapp) -> None:
    assert DOCUMENTS == ("noodmap", "plan", "fridge", "wallet", "checklist", "shopping", "practice",
                         "timeline", "medicines", "chapters")  # the whole folder first (issue 19)
    assert set(DOCUMENTS) == set(BUILDERS)
    for kind in ("plan", "fridge", "checklist", "shopping"):
        assert _document(kind).title
    assert {"plan", "fridge", "checklist", "shopping"} <= set(BUILDERS)
    with pytest.raises(KeyError):
        _document("poster")


def test_write_pdf_is_atomic_and_replaces(qapp, tmp_path: Path) -> None:
    path = tmp_path / "koelkast.pdf"
    path.write_text("old")
    assert write_pdf(_document(), path) == 1
    assert path.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["koelkast.pdf"]  # no temp file left
    assert_a4_pages(path, 1)


def test_write_pdf_to_a_missing_folder_raises_oserror(qapp, tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_pdf(_document(), tmp_path / "no" / "such" / "x.pdf")


def test_print_document_uses_the_same_layout(qapp, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    path = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(path))
    pages = print_document(_document("plan"), printer)
    assert pages >= 2
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    assert_a4_pages(path, pages)
    assert "Sanne de Vries" in pdf_text(path)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env=env)


def test_cli_export_pdf(tmp_path: Path) -> None:
    folder = str(tmp_path / "data")
    assert _cli("--data-dir", folder, "demo").returncode == 0
    target = tmp_path / "plan.pdf"
    result = _cli("--data-dir", folder, "--lang", "en", "export-pdf", "plan", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().startswith(f"{target}: ") and "pages" in result.stdout
    assert "Sanne de Vries" in pdf_text(target)
    small = tmp_path / "fridge.pdf"
    result = _cli("--data-dir", folder, "export-pdf", "fridge", str(small), "--normal-size")
    assert result.returncode == 0, result.stderr
    assert_a4_pages(small, 1)


def test_cli_export_pdf_unwritable_path(tmp_path: Path) -> None:
    folder = str(tmp_path / "data")
    result = _cli("--data-dir", folder, "--lang", "en", "export-pdf", "fridge",
                  str(tmp_path / "missing" / "x.pdf"))
    assert result.returncode == 1
    assert "cannot write" in result.stderr and "Traceback" not in result.stderr
