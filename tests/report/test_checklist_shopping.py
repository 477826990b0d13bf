"""The kit checklist and the shopping list: every item, quantities, tick boxes, A4."""

from __future__ import annotations

from app.core.demo import demo_household, demo_stock
from app.core.supplies import kit_report
from app.words.i18n import current_language
from app.words.kit import quantity_text
from tests.report.conftest import (
    TODAY,
    assert_a4_pages,
    assert_font_embedded,
    assert_footer_on_every_page,
    flat,
    pdf_text,
)


def _report():
    household, stock = demo_household(), demo_stock(TODAY)
    return kit_report(household, stock, TODAY, 72, None)


def test_demo_checklist_lists_every_item(render) -> None:
    path, pages = render("checklist", "demo")
    assert_a4_pages(path, pages)
    assert_footer_on_every_page(path, pages)
    assert_font_embedded(path)
    text = flat(pdf_text(path))
    report = _report()
    assert "Volgende controle van je noodpakket: 01-06-2026." in text  # the window's words
    for status in report.statuses:
        assert status.requirement.item.label(current_language()).split()[0] in text
        assert quantity_text(status.required, status.requirement.item.unit) in text
    for where in ("Kelder", "Gangkast", "Woonkamer", "Schooltas Lotte"):
        assert where in text
    assert "None" not in text


def test_empty_and_long_checklists(render) -> None:
    for name in ("empty", "long"):
        path, pages = render("checklist", name)
        assert_a4_pages(path, pages)
        assert_footer_on_every_page(path, pages)
        assert "None" not in pdf_text(path)


def test_demo_shopping_list_has_what_is_missing(render) -> None:
    path, pages = render("shopping", "demo")
    assert_a4_pages(path, pages)
    assert_footer_on_every_page(path, pages)
    text = flat(pdf_text(path))
    report = _report()
    assert report.shopping
    for status in report.shopping:
        assert quantity_text(status.missing, status.requirement.item.unit) in text
    assert "None" not in text


def test_shopping_list_when_nothing_is_missing(render, monkeypatch) -> None:
    import app.report.shopping as shopping

    class Complete:
        shopping = ()

    original = shopping.ShoppingDocument.__init__

    def init(self, report, options):  # type: ignore[no-untyped-def]
        original(self, Complete(), options)

    monkeypatch.setattr(shopping.ShoppingDocument, "__init__", init)
    path, pages = render("shopping", "demo")
    assert pages == 1
    assert "Nothing is missing" in pdf_text(path)
