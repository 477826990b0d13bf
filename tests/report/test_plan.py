"""The emergency plan on paper: every name and number, A4, footer, blank lines, flowing pages."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.check import NextCheck, next_check_of
from app.core.demo import demo_household, demo_stock
from app.core.phones import display
from app.core.supplies import kit_report
from app.report.document import PrintOptions
from app.report.plan import PlanDocument
from tests.report.conftest import (
    TODAY,
    assert_a4_pages,
    assert_font_embedded,
    assert_footer_on_every_page,
    flat,
    long_household,
    pdf_text,
)


@pytest.mark.parametrize("large", [True, False])
def test_demo_plan_has_every_name_and_number(render, large: bool) -> None:
    path, pages = render("plan", "demo", large)
    assert pages >= 2
    assert_a4_pages(path, pages)
    assert_footer_on_every_page(path, pages)
    assert_font_embedded(path)
    text = flat(pdf_text(path))
    household = demo_household()
    for member in household.members:
        assert member.name in text
    for contact in household.contacts:
        assert contact.name in text
    for phone in household.phones:
        assert display(phone.number) in text
    for number in ("112", "0900-8844", "0800-9009", "93.1 FM", "Bibliotheek Oost, Oudwijk 40",
                   "Tante Ineke (Zwolle)", "06 12345009", "Metoprolol 50 mg", "Kelder"):
        assert number in text
    assert "None" not in text
    assert "Who lives here" in text and "Page 1 of" in text  # one English check


def test_empty_household_prints_lines_to_fill_in(render) -> None:
    path, pages = render("plan", "empty")
    assert_a4_pages(path, pages)
    assert_footer_on_every_page(path, pages)
    text = pdf_text(path)
    assert "None" not in text
    assert text.count("_" * 20) >= 20  # each empty section has lines to write on


def test_long_household_flows_without_losing_or_cutting_lines(render) -> None:
    path, pages = render("plan", "long")
    assert pages >= 6
    assert_a4_pages(path, pages)
    assert_footer_on_every_page(path, pages)
    text = flat(pdf_text(path))  # all text in the file, hidden or not: nothing may be there twice
    assert flat(pdf_text(path, top_pt=55)) == text  # no text hides above the 20 mm top margin
    household = long_household()
    names = [member.name for member in household.members]
    names += [contact.name for contact in household.contacts]
    positions = []
    for name in names:
        # a line cut at a page end would be drawn on both pages: every name exactly once
        assert text.count(name) == 1, name
        positions.append(text.index(name))
    assert positions == sorted(positions)
    for phone in household.phones:
        assert text.count(display(phone.number)) == 1
    for member in household.members:
        assert display(member.phone) in text
    assert text.count("vullen.") == 12 * 90  # every line of the long notes, once


def test_large_print_sizes_and_escaping(qapp) -> None:
    household = demo_household()
    household.members[0].name = "<b>Jan & Piet</b>"
    stock = demo_stock(TODAY)
    report = kit_report(household, stock, TODAY, 72, None)
    large = PlanDocument(household, stock, report, PrintOptions(TODAY, next_check_of(report)))
    assert large.sizes.body >= 14 and large.sizes.heading >= 20
    assert "&lt;b&gt;Jan &amp; Piet&lt;/b&gt;" in large.html()
    doc = large.text_document(480)
    assert doc.defaultFont().family() == "Atkinson Hyperlegible"
    block = doc.begin()
    sizes = set()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            sizes.add(iterator.fragment().charFormat().fontPointSize() or doc.defaultFont().pixelSize())
            iterator += 1
        block = block.next()
    assert min(sizes) >= 14 and max(sizes) >= 20
    normal = PlanDocument(household, stock, report,
                          PrintOptions(TODAY, NextCheck("planned", dt.date(2026, 6, 1), None), large=False))
    assert normal.sizes.body < large.sizes.body


def test_medicines_say_daily_or_when_needed_doses_and_keep_cold(render) -> None:
    """The member section prints how each medicine is taken and what to do when the fridge is
    off (the demo: Metoprolol daily once, insulin daily twice and cold, an EpiPen when needed)."""
    path, _pages = render("plan", "demo")
    text = flat(pdf_text(path))
    assert "Metoprolol 50 mg, 1 tablet per dag — every day, once a day" in text
    assert "Insuline (pen), 2 keer per dag — every day, 2 times a day; keep cold" in text
    assert "When the fridge is off: Pen die in gebruik is mag 4 weken buiten de koelkast" in text
    assert "Adrenalinepen (EpiPen Junior), Bij allergische reactie — only when needed" in text
    assert text.count("keep cold") == 1  # only the insulin


def test_a_medicine_without_doses_a_day_says_only_every_day() -> None:
    from app.core.records import Medicine

    html = PlanDocument.medicine(Medicine(1, 1, "Levothyroxine <50>", keep_cold=1))
    assert html == "<b>Levothyroxine &lt;50&gt;</b> — every day; keep cold"  # no note: no extra line
