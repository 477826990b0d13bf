"""paraat export-pdf practice: the practice evening's script as a PDF from the command line."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from app.__main__ import main


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
def test_export_pdf_practice_writes_the_households_script(tmp_path, capsys):
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    target = tmp_path / "oefenavond.pdf"
    assert main(["--data-dir", str(folder), "export-pdf", "practice", str(target)]) == 0
    assert "pagina's" in capsys.readouterr().out
    text = re.sub(r"\s+", " ", subprocess.run(["pdftotext", str(target), "-"], capture_output=True,
                                             text=True).stdout)
    assert "Oefen een avond zonder stroom" in text
    assert "93.1 FM" in text and "Tante Ineke" in text
    english = tmp_path / "practice.pdf"
    assert main(["--data-dir", str(folder), "--lang", "en", "export-pdf", "practice", str(english),
                 "--normal-size"]) == 0
    text = re.sub(r"\s+", " ", subprocess.run(["pdftotext", str(english), "-"], capture_output=True,
                                             text=True).stdout)
    assert "Practise an evening without power" in text and "What did you miss?" in text


def test_practice_is_a_document_export_pdf_knows():
    from app.cli.parser import DOCUMENTS
    from app.report.builders import DOCUMENTS as BUILT

    assert "practice" in DOCUMENTS and DOCUMENTS == BUILT
