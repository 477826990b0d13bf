"""Draaiboek oefenavond on paper: the household's own facts, large print, room to write, the
questions on a page of their own, no candles where someone uses oxygen."""

from __future__ import annotations

import shutil

import pytest

from app.core.check import next_check_of
from app.core.demo import demo_household, demo_stock
from app.core.supplies import kit_report
from app.report.document import FRIDGE_LARGE, PrintOptions, write_pdf
from app.report.practice import PracticeDocument, build
from app.words.i18n import Translations
from tests.report.conftest import (
    TODAY,
    assert_a4_pages,
    assert_font_embedded,
    flat,
    page_texts,
    pdf_text,
)

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")


@pytest.fixture(autouse=True)
def english(qapp):
    """The script's words follow the language shown: English here, whatever ran before."""
    Translations(qapp).use("en")
    yield
    Translations(qapp).use("en")


def test_the_demo_script_prints_with_the_households_facts(render):
    path, pages = render("practice", "demo")
    assert 2 <= pages <= 6
    assert_a4_pages(path, pages)
    assert_font_embedded(path)
    text = flat(pdf_text(path))
    for fact in ("93.1 FM", "Gangkast", "Woonkamer beneden", "Tante Ineke (Zwolle)",
                 "Sanne checks on Oma Riet."):
        assert fact in text, fact
    assert "1. Before it gets dark" in text
    assert "Afterwards: three questions" in text


def test_the_questions_have_a_page_of_their_own_with_lines_to_write_on(render):
    path, pages = render("practice", "demo")
    last = page_texts(path)[-1]
    assert "Afterwards: three questions" in last
    assert "What did you miss?" in last and "What do you agree on now?" in last
    assert "Keeping warm" not in last
    assert last.count("_" * 40) >= 12  # four lines for each question


def test_large_print_is_larger_than_normal(qapp):
    household, stock = demo_household(), demo_stock(TODAY)
    report = kit_report(household, stock, TODAY, 72, None)
    large = build(household, stock, report, PrintOptions(TODAY, next_check_of(report), large=True))
    normal = build(household, stock, report, PrintOptions(TODAY, next_check_of(report), large=False))
    assert isinstance(large, PracticeDocument)
    assert large.sizes == FRIDGE_LARGE and normal.sizes.body < large.sizes.body


def test_oxygen_prints_no_candles(qapp, tmp_path):
    household, stock = demo_household(), demo_stock(TODAY)
    household.members[4].devices = "Zuurstof (concentrator)"
    report = kit_report(household, stock, TODAY, 72, None)
    path = tmp_path / "oxygen.pdf"
    write_pdf(build(household, stock, report, PrintOptions(TODAY, next_check_of(report))), path)
    text = flat(pdf_text(path)).lower()
    assert "first: the oxygen" in text
    assert "no candles" in text  # the one mention
    assert text.count("candle") == 1


def test_an_empty_household_still_prints_a_complete_script(render):
    path, pages = render("practice", "empty")
    text = flat(pdf_text(path))
    assert "denkvooruit.nl/radio" in text
    assert "{" not in text
    assert pages >= 2


def test_in_dutch_every_word_is_dutch(qapp, render):
    Translations(qapp).use("nl")
    path, _ = render("practice", "demo")
    text = flat(pdf_text(path))
    for words in ("Oefen een avond zonder stroom", "Datum:", "Wie doen er mee:", "Klaar",
                  "Na afloop: drie vragen", "Wat miste je?", "Zoek RTV Utrecht (Radio M Utrecht) op 93.1 FM"):
        assert words in text, words
    for english in ("Done", "Date:", "Afterwards"):
        assert english not in text, english
