"""The information page with real widgets: chapters, links, search, printing, the timeline."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from app.ui.info.info_page import CHAPTER_ROLE

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def info(launcher):
    window = launcher.start_demo(TODAY)
    window.show_page("info")
    return window.info


def test_chapters_in_dutch_and_links(info, launcher):
    assert info.toc.count() >= 8
    info.toc.setCurrentRow(1)
    assert info.current_chapter == info.toc.item(1).data(CHAPTER_ROLE) != "01-waarom"
    info.follow_link(QUrl("chapter:01-waarom"))
    assert info.current_chapter == "01-waarom"
    assert "72" in info.browser.toPlainText()  # filled in from the kit data
    info.follow_link(QUrl("app:kit"))
    assert launcher.paraat.window.current_page() == "kit"


def test_timeline_link_opens_the_timeline(info, launcher):
    info.follow_link(QUrl("app:timeline"))
    assert info.tabs.currentIndex() == 1
    launcher.paraat.window.show_page("timeline")
    assert launcher.paraat.window.current_page() == "info"


def test_search_finds_words_and_opens_the_chapter(info, qtbot):
    qtbot.keyClicks(info.search, "NOODPAKKET")
    assert info.results.isVisibleTo(info)
    assert info.results.count() > 0
    info._on_result(info.results.item(0))
    assert "noodpakket" in info.browser.toPlainText().lower()
    info.search.clear()
    qtbot.keyClicks(info.search, "xyzzyqq")
    assert info.results.count() == 1  # "nothing found"


def test_timeline_is_personal_and_follows_changes(info):
    text = info.timeline.toPlainText()
    assert "93.1" in text and "Tante Ineke" in text and "Gangkast" in text
    session = info.session
    session.set_field("home", 1, "fm_frequency", "")
    assert "93.1 FM" not in info.timeline.toPlainText()


def test_print_a_chapter_to_pdf(info, tmp_path):
    target = tmp_path / "hoofdstuk.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    info.show_chapter("06-stroom")
    info.print_document(printer)
    assert target.stat().st_size > 1000
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
        assert "stroom" in text.lower()


def test_english_chapters(launcher):
    window = launcher.start("en")
    window.show_page("info")
    assert window.info.language == "en"
    assert window.info.browser.toPlainText().startswith("Why")


def test_timeline_lists_what_to_do_and_follows_an_oxygen_device(info):
    from app.core.records import Device

    text = info.timeline.toPlainText()
    assert text.count("Wat je nu doet:") == 6  # every step, +2 h to +72 h
    assert "twee vuilniszakken" in text and "(stand: februari 2026)" in text
    assert "kaarsen" in text  # no oxygen in the demo home yet: the candle advice is there
    info.session.add("device", Device(None, 5, "oxygen_concentrator", "", battery_hours=4, cylinders=2,
                                      cylinder_hours=5, supplier="Vivisol", supplier_phone="0800-0200300"))
    text = info.timeline.toPlainText()
    assert "Na 14 uur is de zuurstof van Oma Riet op" in text and "0800-0200300" in text
    # Only the line that says why: candles, matches and gas stay out of a home with oxygen.
    assert text.count("kaars") == text.count("lucifer") == text.count("gasfornuis") == 1
    assert "Gebruik je toch kaarsen" not in text


def test_timeline_at_the_largest_text_scrolls_once(launcher, qtbot):
    """At 24 pt in a 1280×800 window the timeline has one scroll bar: the page's, not a page
    that scrolls around a text that scrolls too."""
    from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea

    from app.ui.common.fit_table import page_scroll_area
    from app.ui.common.theme import TEXT_SIZES

    window = launcher.start_demo(TODAY)
    window.show_page("settings")
    window.findChild(QAbstractButton, "settings.size.largest").click()
    qtbot.waitUntil(lambda: launcher.paraat.window is not window)
    try:
        window = launcher.paraat.window
        assert QApplication.font().pointSizeF() == TEXT_SIZES["largest"]
        window.resize(1280, 800)
        window.show()
        window.show_page("info")
        info = window.info
        info.tabs.setCurrentIndex(1)
        qtbot.waitUntil(lambda: info.timeline.isVisible())
        QApplication.processEvents()
        area = page_scroll_area(info.timeline)
        assert isinstance(area, QScrollArea)
        qtbot.waitUntil(lambda: info.timeline.verticalScrollBar().maximum() == 0)  # the text does not
        assert area.verticalScrollBar().maximum() > 0  # a long timeline: the page scrolls
        assert info.timeline.height() >= info.timeline.document().size().height()
    finally:
        launcher.paraat.session.set_setting("text_size", "normal")
