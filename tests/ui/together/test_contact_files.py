"""vCard files from the GUI: the preview with check boxes, duplicates, skipped cards, undo, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app.core.demo import demo_household
from app.exchange.vcard import read_vcards
from app.ui.together import contact_files
from app.ui.together.contact_files import ContactImportDialog
from tests.ui.helpers import hold

SAMPLES = Path(__file__).resolve().parents[2] / "exchange" / "samples"

THREE_CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Çelik\r\nTEL;TYPE=CELL:06-11122233\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Fatima el Amrani\r\nTEL;TYPE=CELL:+31 6 12345014\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN;broken line without colon\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:مريم الحسن\r\nTEL:+31 20 1234567\r\nEND:VCARD\r\n"
)


@pytest.fixture
def page(launcher):
    window = launcher.start("nl")
    launcher.paraat.session.replace_all(demo_household())
    window.show_page("together")
    return window.together


def _open(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def test_preview_ticks_new_cards_marks_duplicates_and_lists_skipped(page, tmp_path, monkeypatch):
    session = page.session
    path = tmp_path / "telefoon.vcf"
    path.write_text(THREE_CARDS, encoding="utf-8")
    _open(monkeypatch, path)
    before = session.repository.count("contact")
    seen = {}

    def answer(dialog: ContactImportDialog):
        seen["cards"] = [dialog.cards.item(i).text() for i in range(dialog.cards.count())]
        seen["ticked"] = dialog.ticked()
        seen["skipped"] = dialog.skipped.count()
        assert session.repository.count("contact") == before  # nothing written while previewing
        dialog.add_button.click()
        return dialog.result()

    monkeypatch.setattr(ContactImportDialog, "exec", answer)
    assert contact_files.import_contacts(page, session) == 2
    assert any("Fatima" in text and "Paraat" in text for text in seen["cards"])  # already there
    assert len(seen["ticked"]) == 2
    assert seen["skipped"] >= 1
    names = {c.name for c in session.repository.list("contact")}
    assert {"Zoë Çelik", "مريم الحسن"} <= names
    session.undo_stack.undo()
    assert session.repository.count("contact") == before


def test_more_than_twenty_cards_start_unticked(page, tmp_path):
    path = tmp_path / "groot.vcf"
    path.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Persoon {n}\r\nTEL:06-1000{n:04d}\r\nEND:VCARD\r\n"
                            for n in range(25)), encoding="utf-8")
    dialog = ContactImportDialog(page.session, read_vcards(path), str(path))
    assert dialog.ticked() == []
    assert not dialog.add_button.isEnabled()
    dialog.cards.item(3).setCheckState(Qt.CheckState.Checked)
    assert dialog.ticked() == [3]
    assert dialog.add_button.isEnabled() and "1" in dialog.add_button.text()
    dialog.deleteLater()


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.glob("*.vcf")))
def test_real_style_samples_preview(page, sample):
    dialog = ContactImportDialog(page.session, read_vcards(SAMPLES / sample), sample)
    assert dialog.cards.count() >= 1
    dialog.deleteLater()


def test_junk_file_gets_a_plain_message(page, tmp_path, monkeypatch):
    junk = tmp_path / "foto.vcf"
    junk.write_bytes(bytes(range(256)) * 40)
    _open(monkeypatch, junk)
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(text))
    assert contact_files.import_contacts(page, page.session) == 0
    assert told and "foto.vcf" in told[0]


def test_export_all_and_one(page, tmp_path, monkeypatch):
    target = tmp_path / "contacten.vcf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert contact_files.export_contacts(page, page.session) == str(target)
    preview = read_vcards(target)
    assert len(preview.cards) == 8 and not preview.skipped
    one = tmp_path / "een.vcf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(one), ""))
    first = page.session.repository.list("contact")[0]
    contact_files.export_contacts(page, page.session, first.id)
    assert [card.contact.name for card in read_vcards(one).cards] == [first.name]
    assert QDialog is not None


def test_reading_and_saving_cards_run_off_the_gui_thread(page, tmp_path, monkeypatch, qtbot):
    """A phone book is read, checked and compared in a worker thread behind a busy dialog; a
    second click meanwhile starts nothing; the ticked cards are added in the GUI thread."""
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog

    session = page.session
    path = tmp_path / "telefoon.vcf"
    path.write_text(THREE_CARDS, encoding="utf-8")
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (asked.append(1), (str(path), ""))[1])
    release, seen = hold(monkeypatch, contact_files, "read_vcards")

    def while_busy():
        dialog = page.window().findChild(QProgressDialog, "worker.busy")
        seen["dialog"] = dialog.labelText() if dialog is not None and dialog.isVisible() else None
        page.import_button.click()
        seen["again"] = contact_files.import_contacts(page, session)
        release.set()

    def answer(dialog: ContactImportDialog):
        seen["duplicates"] = [card.contact.name for card in dialog.preview.cards if card.duplicate]
        dialog.add_button.click()
        return dialog.result()

    monkeypatch.setattr(ContactImportDialog, "exec", answer)
    QTimer.singleShot(50, while_busy)
    assert contact_files.import_contacts(page, session) == 2
    assert seen["thread"] is not threading.main_thread()
    assert seen["dialog"] == "Het bestand wordt gelezen…" and seen["again"] == 0 and len(asked) == 1
    assert seen["duplicates"] == ["Fatima el Amrani"]  # compared with the household in the worker

    threads = []
    real_write = contact_files.write_vcards
    monkeypatch.setattr(contact_files, "write_vcards",
                        lambda *a, **k: (threads.append(threading.current_thread()), real_write(*a, **k))[1])
    target = tmp_path / "alle.vcf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert contact_files.export_contacts(page, session) == str(target)
    assert threads and threads[0] is not threading.main_thread()
    assert len(read_vcards(target).cards) == session.repository.count("contact")
