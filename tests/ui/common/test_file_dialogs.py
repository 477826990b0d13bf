"""Paraat's own file dialog for public and portable mode: choosing, refusing, remembering nothing."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox

from app.ui.common import file_dialogs
from app.ui.common.file_dialogs import PrivateFileDialog, parse_filters


@pytest.fixture
def private_mode() -> Iterator[None]:
    file_dialogs.configure(private_dialogs=True, allow_local_save=True)
    yield
    file_dialogs.configure(private_dialogs=False, allow_local_save=True)


def make(qtbot, start: str, filters: str = "PDF files (*.pdf)", saving: bool = True) -> PrivateFileDialog:
    dialog = PrivateFileDialog(None, "Bewaren", start, filters, saving=saving)
    qtbot.addWidget(dialog)
    return dialog


def test_filters_are_parsed() -> None:
    assert parse_filters("PDF files (*.pdf)") == [("PDF files (*.pdf)", ["*.pdf"])]
    assert parse_filters("CSV files (*.csv *.txt);;All files (*)") == [
        ("CSV files (*.csv *.txt)", ["*.csv", "*.txt"]), ("All files (*)", ["*"])]
    assert parse_filters("Excel, Dutch (semicolons) (*.csv)")[0][1] == ["*.csv"]
    assert parse_filters("") == [("*", ["*"])]


def test_save_adds_the_suffix_and_returns_the_type(qtbot, tmp_path: Path) -> None:
    dialog = make(qtbot, str(tmp_path / "noodplan.pdf"),
                  "Excel, Dutch (semicolons) (*.csv);;CSV with commas (*.csv)")
    assert dialog.folder() == tmp_path and dialog.name.text() == "noodplan.pdf"
    dialog.name.setText("voorraad")
    dialog.type.setCurrentIndex(1)
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.selected_path() == str(tmp_path / "voorraad.csv")
    assert dialog.selected_filter() == "CSV with commas (*.csv)"


def test_an_empty_name_or_a_missing_folder_is_told_not_saved(qtbot, tmp_path: Path) -> None:
    dialog = make(qtbot, str(tmp_path))
    dialog.show()
    dialog.name.setText("")
    dialog.ok_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.findChild(QLabel, "private_file_dialog.message").isVisible()
    dialog.name.setText(str(tmp_path / "gone" / "plan.pdf"))
    dialog.ok_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.selected_path() == ""


def test_replacing_a_file_asks_first(qtbot, tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "plan.pdf").write_bytes(b"%PDF old")
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *args: next(answers))
    dialog = make(qtbot, str(tmp_path / "plan.pdf"))
    dialog.ok_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.ok_button.click()
    assert dialog.selected_path() == str(tmp_path / "plan.pdf")


def test_typing_a_folder_name_opens_it(qtbot, tmp_path: Path) -> None:
    (tmp_path / "USB").mkdir()
    dialog = make(qtbot, str(tmp_path))
    dialog.name.setText("USB")
    dialog.ok_button.click()
    assert dialog.folder() == tmp_path / "USB" and dialog.name.text() == ""
    dialog.up_button.click()
    assert dialog.folder() == tmp_path


def test_open_needs_an_existing_file(qtbot, tmp_path: Path) -> None:
    (tmp_path / "contacten.vcf").write_text("BEGIN:VCARD")
    dialog = make(qtbot, str(tmp_path), "Contact files (*.vcf *.vcard);;All files (*)", saving=False)
    assert dialog.ok_button.text().replace("&", "") == "Open"
    dialog.name.setText("contacten.vcard")
    dialog.ok_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.name.setText("contacten.vcf")
    dialog.ok_button.click()
    assert dialog.selected_path() == str(tmp_path / "contacten.vcf")


def test_no_local_save_refuses_the_computers_own_disk(qtbot, tmp_path: Path, monkeypatch) -> None:
    file_dialogs.configure(private_dialogs=True, allow_local_save=False)
    try:
        monkeypatch.setattr(file_dialogs, "computer_disks", lambda: {os.stat(tmp_path).st_dev})
        dialog = make(qtbot, str(tmp_path / "plan.pdf"))
        dialog.show()
        dialog.ok_button.click()
        assert dialog.result() != QDialog.DialogCode.Accepted
        message = dialog.findChild(QLabel, "private_file_dialog.message")
        assert message.isVisible() and "USB" in message.text()
        monkeypatch.setattr(file_dialogs, "computer_disks", lambda: {-1})  # as if tmp were a stick
        dialog.ok_button.click()
        assert dialog.selected_path() == str(tmp_path / "plan.pdf")
    finally:
        file_dialogs.configure(private_dialogs=False, allow_local_save=True)


def test_the_real_disks_count_as_the_computers_own() -> None:
    assert file_dialogs.on_computer_disk(Path.home())
    assert file_dialogs.on_computer_disk(Path.home() / "not" / "there" / "yet.pdf")


def test_private_mode_never_uses_qts_dialog(qtbot, tmp_path: Path, monkeypatch, private_mode) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("Qt's file dialog remembers folders in QSettings")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", refuse)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", refuse)
    shown = []

    def answer(dialog: PrivateFileDialog) -> QDialog.DialogCode:
        shown.append(dialog.saving)
        dialog.name.setText("plan")
        dialog.set_folder(str(tmp_path))
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(PrivateFileDialog, "exec", answer)
    assert file_dialogs.save_file(None, "Bewaren", str(tmp_path / "x.pdf"), "PDF files (*.pdf)") == (
        str(tmp_path / "plan.pdf"), "PDF files (*.pdf)")
    (tmp_path / "plan").write_text("x")
    assert file_dialogs.open_file(None, "Openen", str(tmp_path), "All files (*)") == str(tmp_path / "plan")
    assert shown == [True, False]


def test_places_include_home_and_the_root(qtbot) -> None:
    paths = [path for _label, path in file_dialogs.places()]
    assert str(Path.home()) in paths or any(Path(path) == Path.home() for path in paths)
    assert any(Path(path) == Path(Path.home().anchor) for path in paths)
    assert len(paths) == len(set(paths))


# --- nothing else in Paraat remembers anything behind the user's back --------------------------

APP = Path(file_dialogs.__file__).resolve().parents[2]  # app/


def _sources() -> dict[str, str]:
    return {str(path.relative_to(APP)): path.read_text(encoding="utf-8") for path in APP.rglob("*.py")}


def _users(identifier: str) -> list[str]:
    """Modules whose code (not comments or docstrings) names ``identifier``."""
    import ast

    found = []
    for name, text in _sources().items():
        for node in ast.walk(ast.parse(text)):
            names = [alias.name for alias in node.names] if isinstance(node, ast.ImportFrom) else []
            if (isinstance(node, ast.Name) and node.id == identifier) or identifier in names or (
                    isinstance(node, ast.Attribute) and node.attr == identifier):
                found.append(name)
                break
    return sorted(found)


def test_no_module_uses_qsettings() -> None:
    """Only file_dialogs names QSettings: to point Qt's own settings nowhere in private mode."""
    assert _users("QSettings") == [str(Path("ui") / "common" / "file_dialogs.py")]
    import ast

    tree = ast.parse(_sources()[str(Path("ui") / "common" / "file_dialogs.py")])
    made = [node for node in ast.walk(tree) if isinstance(node, ast.Call)
            and getattr(node.func, "id", getattr(node.func, "attr", "")) == "QSettings"]
    assert made == []  # it never opens a settings file, it only points Qt's elsewhere


def test_only_file_dialogs_uses_qts_file_dialog() -> None:
    assert _users("QFileDialog") == [str(Path("ui") / "common" / "file_dialogs.py")]


def test_temporary_files_are_made_beside_their_target_only() -> None:
    """A temporary file in TMPDIR would hold personal data outside the chosen folder."""
    import re

    for name, text in _sources().items():
        for call in re.findall(r"(?:mkstemp|NamedTemporaryFile|TemporaryFile|mkdtemp|QTemporaryFile)\((.*?)\)\n",
                               text, flags=re.DOTALL):
            assert "dir=" in call, f"{name}: a temporary file outside the target's folder"


# --- Qt's own dialogs in Dutch, and where they start (issue 18) -------------------------------


@pytest.fixture
def _last_folder_forgotten(monkeypatch) -> Iterator[None]:
    monkeypatch.setattr(file_dialogs, "_last_folder", "")
    yield


def test_qts_file_dialog_and_buttons_speak_dutch_then_english_again(qtbot, qapp) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QPushButton

    from app.words.i18n import Translations

    def shown() -> tuple[set[str], set[str]]:
        dialog = QFileDialog(None, "Kies", str(Path.home()))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        dialog.show()
        labels = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
        buttons = {button.text().replace("&", "") for button in dialog.findChildren(QPushButton)}
        dialog.close()
        return labels, buttons

    Translations(qapp).use("nl")
    try:
        labels, buttons = shown()
        assert {"Zoeken in:", "Bestanden van type:"} <= labels
        assert "Annuleren" in buttons
        box = QMessageBox(QMessageBox.Icon.Question, "Paraat", "?", QMessageBox.StandardButton.Yes
                          | QMessageBox.StandardButton.No)
        qtbot.addWidget(box)
        assert box.button(QMessageBox.StandardButton.No).text().replace("&", "") == "Nee"
        assert QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel).button(
            QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"
    finally:
        Translations(qapp).use("en")
    labels, buttons = shown()
    assert {"Look in:", "Files of type:"} <= labels and "Cancel" in buttons


def test_dialogs_start_in_documents_then_the_last_folder_never_the_working_folder(
        tmp_path: Path, monkeypatch, _last_folder_forgotten) -> None:
    documents, elsewhere, work = tmp_path / "Documenten", tmp_path / "stick", tmp_path / "werkmap"
    for folder in (documents, elsewhere, work):
        folder.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setattr(file_dialogs.QStandardPaths, "writableLocation", staticmethod(lambda _where: str(documents)))
    asked: list[str] = []

    def fake_open(_parent, _title, folder, _filters):
        asked.append(folder)
        return str(elsewhere / "contacten.vcf"), ""

    def fake_save(_parent, _title, suggested, _filters):
        asked.append(suggested)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_open))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    assert file_dialogs.documents_folder() == str(documents)
    file_dialogs.open_file(None, "Open", file_dialogs.documents_folder(), "*")
    file_dialogs.open_file(None, "Open", file_dialogs.documents_folder(), "*")  # the folder of the last choice
    file_dialogs.save_file(None, "Save", "noodplan.pdf", "*")  # a bare name goes in that folder too
    assert asked == [str(documents), str(elsewhere), str(elsewhere / "noodplan.pdf")]
    assert all(not entry.startswith(str(work)) for entry in asked)


def test_without_a_documents_folder_dialogs_start_at_home(tmp_path: Path, monkeypatch,
                                                          _last_folder_forgotten) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(file_dialogs.QStandardPaths, "writableLocation",
                        staticmethod(lambda _where: str(tmp_path / "bestaat-niet")))
    assert file_dialogs.documents_folder() == str(Path.home())


def test_private_mode_remembers_no_folder(tmp_path: Path, monkeypatch, private_mode,
                                          _last_folder_forgotten) -> None:
    monkeypatch.setattr(file_dialogs.PrivateFileDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(file_dialogs.PrivateFileDialog, "selected_path", lambda self: str(tmp_path / "plan.paraat"))
    assert file_dialogs.open_file(None, "Open", "", "*") == str(tmp_path / "plan.paraat")
    assert file_dialogs._last_folder == ""
    assert file_dialogs.documents_folder() != str(tmp_path)
