"""The window tells a failed write as it is: the file's name and "de schijf is vol", no
"saved" notice; a change that could not be stored says the disk is full, not SQLite's English."""

from __future__ import annotations

import datetime as dt
import errno
import os

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.core.records import Contact
from app.storage import safe_write
from app.ui.common.session import SaveError
from app.words.i18n import Translations
from tests.tiny_disk import fill, leftovers, tiny_disk

TODAY = dt.date(2026, 11, 28)
OLD = b"%PDF-1.4 the old, complete PDF %%EOF\n"


@pytest.fixture
def page(launcher):
    window = launcher.start_demo(TODAY)
    window.show_page("print")
    return window.print_page


def _watch(page, monkeypatch):
    seen: dict[str, list[str]] = {"warning": [], "notice": []}
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: seen["warning"].append(text))
    page.session.notice.connect(seen["notice"].append)
    return seen


def test_saving_a_pdf_on_a_full_disk_says_so_and_keeps_the_old_file(page, tmp_path, monkeypatch):
    seen = _watch(page, monkeypatch)
    with tiny_disk(tmp_path / "stick") as stick:
        target = stick / "plan.pdf"
        target.write_bytes(OLD)
        fill(stick)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
        page.select("plan")
        assert page.save_pdf() is None
        assert target.read_bytes() == OLD and leftovers(stick, {"plan.pdf", "filler.bin"}) == []
    assert seen["warning"] == [f"Paraat kon het bestand {target} niet gebruiken: de schijf is vol."] \
        or (len(seen["warning"]) == 1 and str(target) in seen["warning"][0]
            and "de schijf is vol" in seen["warning"][0]), seen
    assert ".tmp" not in seen["warning"][0]
    assert seen["notice"] == []


def test_saving_a_pdf_after_an_injected_enospc_says_so(page, tmp_path, monkeypatch):
    seen = _watch(page, monkeypatch)
    target = tmp_path / "plan.pdf"
    target.write_bytes(OLD)

    class FullDisk:
        def __getattr__(self, name):
            return getattr(os, name)

        def write(self, descriptor, data):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(safe_write, "os", FullDisk())
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.select("fridge")
    assert page.save_pdf() is None
    assert target.read_bytes() == OLD and leftovers(tmp_path, {"plan.pdf", "data"}) == []
    assert len(seen["warning"]) == 1 and str(target) in seen["warning"][0]
    assert "de schijf is vol" in seen["warning"][0] and seen["notice"] == []


@pytest.mark.parametrize(("language", "expected"), [
    ("nl", "Je wijziging kon niet worden opgeslagen: de schijf is vol"),
    ("en", "Your change could not be saved: the disk is full"),
])
def test_a_change_on_a_full_database_says_the_disk_is_full(qapp, session, language, expected):
    Translations(qapp).use(language)
    told: list[str] = []
    session.save_failed.connect(told.append)
    connection = session.repository.connection
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(SaveError):
        for n in range(2000):
            session.add("contact", Contact(name=f"Buur {n}", help_needed="x" * 1000))
    assert told[-1] == expected, told
