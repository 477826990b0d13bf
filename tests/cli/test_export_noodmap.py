"""paraat export-pdf noodmap: the whole emergency folder from the command line, with
--chapters and --with-medical."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from app.__main__ import main

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", out)


@pytest.fixture
def demo(qapp, tmp_path: Path) -> Path:
    """The demo household's folder. ``qapp`` first: export-pdf in this process would otherwise
    make a window-less QGuiApplication, and a later widget test in the same run would abort."""
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    return folder


def test_export_pdf_noodmap_prints_the_folder(demo: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "noodmap.pdf"
    capsys.readouterr()
    assert main(["--data-dir", str(demo), "export-pdf", "noodmap", str(target), "--with-medical"]) == 0
    pages = int(re.search(r"(\d+) pagina's", capsys.readouterr().out).group(1))
    text = _text(target)
    assert f"Pagina 1 van {pages}" in text and f"Pagina {pages} van {pages}" in text
    assert "Wat zit er in deze map?" in text
    assert "Metoprolol" in text and "Medicijnlijst" in text
    assert "Voorbeeld: wat doe je als de stroom uitvalt?" in text  # the default chapters
    assert "Wat doe je als…?" in text


def test_chapters_picks_the_booklet_chapters(demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "hoofdstukken.pdf"
    assert main(["--data-dir", str(demo), "export-pdf", "chapters", str(target),
                 "--chapters", "05-samen, 10-zorgen"]) == 0
    text = _text(target)
    assert "Voorbeeld: wat doe je als de stroom uitvalt?" not in text
    assert "Samen staan we sterker" in text and "Zorgen en nepnieuws" in text
    folder = tmp_path / "noodmap.pdf"
    assert main(["--data-dir", str(demo), "export-pdf", "noodmap", str(folder), "--chapters", "09-situaties"]) == 0
    text = _text(folder)
    assert "Wat doe je als…?" in text and "Voorbeeld: wat doe je als de stroom uitvalt?" not in text
    assert "De medicijnlijst is niet geprint" in text  # without --with-medical


@pytest.mark.parametrize(("language", "words"), [
    ("nl", "Het boekje heeft geen hoofdstuk '99-niets'. Kies uit: 01-waarom"),
    ("en", "The booklet has no chapter '99-niets'. Choose from: 01-waarom"),
])
def test_an_unknown_chapter_stops_with_a_message(demo: Path, tmp_path: Path, capsys, language: str,
                                                 words: str) -> None:
    target = tmp_path / "noodmap.pdf"
    capsys.readouterr()
    assert main(["--data-dir", str(demo), "--lang", language, "export-pdf", "noodmap", str(target),
                 "--chapters", "06-stroom,99-niets"]) == 1
    error = capsys.readouterr().err
    assert words in error and "Traceback" not in error
    assert not target.exists()


def test_without_chapters_the_folder_has_those_chosen_on_the_print_page(demo: Path, tmp_path: Path) -> None:
    from app.report.export import CHAPTERS_SETTING
    from app.storage.repository import Repository

    repository = Repository.open(demo / "paraat.sqlite3")
    try:
        repository.set_setting(CHAPTERS_SETTING, "05-samen,gone-chapter")  # a chapter a later booklet dropped
    finally:
        repository.close()
    target = tmp_path / "noodmap.pdf"
    assert main(["--data-dir", str(demo), "export-pdf", "noodmap", str(target)]) == 0
    text = _text(target)
    assert "Samen staan we sterker" in text
    assert "Voorbeeld: wat doe je als de stroom uitvalt?" not in text and "Wat doe je als…?" not in text


def test_a_chapter_asked_for_twice_prints_once(demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "noodmap.pdf"
    assert main(["--data-dir", str(demo), "export-pdf", "noodmap", str(target),
                 "--chapters", "09-situaties,09-situaties"]) == 0
    assert _text(target).count("Wat doe je als…? pagina") == 1  # one line in the contents
