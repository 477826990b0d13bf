"""The fridge sheet: one A4 page with the numbers, the contact, the places, the radio."""

from __future__ import annotations

import pytest

from tests.report.conftest import (
    assert_a4_pages,
    assert_font_embedded,
    assert_footer_on_every_page,
    flat,
    pdf_text,
)


@pytest.mark.parametrize("large", [True, False])
def test_demo_fridge_sheet_is_one_page_with_the_first_hour(render, large: bool) -> None:
    path, pages = render("fridge", "demo", large)
    assert pages == 1
    assert_a4_pages(path, 1)
    assert_footer_on_every_page(path, 1)
    assert_font_embedded(path)
    text = flat(pdf_text(path))
    for expected in ("112", "0900-8844", "0800-9009", "Tante Ineke (Zwolle)", "06 12345009",
                     "Bij de speeltuin op de hoek", "Bibliotheek Oost, Oudwijk 40",
                     "RTV Utrecht", "93.1 FM"):
        assert expected in text
    assert "When the power fails" in text
    assert "None" not in text


def test_empty_fridge_sheet_has_lines_to_fill_in(render) -> None:
    path, pages = render("fridge", "empty")
    assert pages == 1
    assert_footer_on_every_page(path, 1)
    text = pdf_text(path)
    assert "None" not in text
    assert text.count("_" * 20) >= 5  # contact name, phone, two places, radio
    assert "112" in text


def test_long_fridge_sheet_keeps_its_content(render) -> None:
    path, pages = render("fridge", "long")
    assert_a4_pages(path, pages)
    text = flat(pdf_text(path))
    assert "Oom Kees" in text and "06 12347000" in text and "De grote eik" in text
    assert "89.9 FM" in text
