"""The chapters on the information page read as they should for this household and this day:
no candle advice once someone uses oxygen, and dated facts with the date of their source."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.records import Device

TODAY = dt.date(2026, 12, 4)


@pytest.fixture
def info(launcher):
    window = launcher.start_demo(TODAY)
    window.show_page("info")
    return window.info


def add_oxygen(info) -> None:
    info.session.add("device", Device(None, 5, "oxygen_concentrator", "", battery_hours=4, cylinders=2,
                                      cylinder_hours=5, supplier="Vivisol", supplier_phone="0800-0200300"))


def test_an_oxygen_device_takes_the_candles_out_of_the_open_chapter(info, qtbot):
    info.show_chapter("03-aan-de-slag")
    assert "Kaarsen of waxinelichtjes" in info.browser.toPlainText()
    add_oxygen(info)
    text = info.browser.toPlainText()
    assert info.current_chapter == "03-aan-de-slag"
    assert "Kaarsen of waxinelichtjes" not in text
    assert "Geen kaarsen of lucifers: iemand in jullie huis gebruikt zuurstof." in text
    info.toc.setCurrentRow(5)  # 06-stroom, through the list as a reader does
    assert info.current_chapter == "06-stroom"
    text = info.browser.toPlainText()
    assert "Gebruik kaarsen alleen als het moet" not in text
    assert "Gebruik geen kaarsen, lucifers of gasstel, en rook niet." in text
    # Search shows what this household reads, not the chapters for everyone.
    qtbot.keyClicks(info.search, "kaarsen")
    found = [info.results.item(row).text() for row in range(info.results.count())]
    assert found and not any("Gebruik kaarsen alleen als het moet" in line for line in found)
    # Undo takes the device away again, and the candle line comes back.
    info.session.undo_stack.undo()
    info.show_chapter("03-aan-de-slag")
    assert "Kaarsen of waxinelichtjes" in info.browser.toPlainText()


def test_dated_facts_show_the_date_of_their_source(info):
    info.show_chapter("07-overheid")
    text = info.browser.toPlainText()
    assert "Sinds februari 2026 proberen bijna 70 gemeenten dit uit." in text
    # A source a year old or more says the fact may have changed (the page's day is 4 December 2026).
    assert "(stand: februari 2026)" in text and "(stand: mei 2025; dit kan nu anders zijn)" in text
    info.show_chapter("08-informatie")
    text = info.browser.toPlainText()
    assert "Een sms naar 112 werkt niet. (stand: juni 2011; dit kan nu anders zijn)" in text
    assert "Wat er na 2025 met de sirenes is gebeurd, weet Paraat niet." in text


def test_a_new_day_turns_a_claim_about_the_future_into_the_past(info):
    info.show_chapter("07-overheid")
    info.session.clock = lambda: dt.date(2027, 1, 5)
    info.session.set_field("home", 1, "address", "Dorpsstraat 1")  # any change: the page looks again
    text = info.browser.toPlainText()
    assert "In 2026 probeerden bijna 70 gemeenten dit uit" in text
    assert "Sinds februari 2026" not in text


def test_chapters_at_the_largest_text_scroll_once_with_calm_headings(launcher, qtbot):
    """At 24 pt in a 1280×800 window: the chapter scrolls, the page around it does not, and a
    chapter title is one step larger than the text, not twice as large."""
    from PySide6.QtGui import QTextFormat
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
        info.show_chapter("08-informatie")
        qtbot.waitUntil(lambda: info.browser.isVisible())
        QApplication.processEvents()
        # One scroll: the page's. The chapter is as high as its text and has no scroll of its own.
        area = page_scroll_area(info.browser)
        assert isinstance(area, QScrollArea)
        qtbot.waitUntil(lambda: info.browser.verticalScrollBar().maximum() == 0)  # laid out
        assert area.verticalScrollBar().maximum() > 0
        assert info.browser.height() >= info.browser.document().size().height()
        sizes = []
        block = info.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel():
                sizes.append(block.charFormat().intProperty(QTextFormat.Property.FontSizeAdjustment))
                for fragment in block.textFormats():
                    sizes.append(fragment.format.intProperty(QTextFormat.Property.FontSizeAdjustment))
            block = block.next()
        assert sizes and max(sizes) <= 1
    finally:
        launcher.paraat.session.set_setting("text_size", "normal")
