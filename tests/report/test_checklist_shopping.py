"""The kit checklist and the shopping list: every item, quantities, tick boxes, A4."""

from __future__ import annotations

from app.core.check import next_check_of
from app.core.demo import demo_household, demo_stock
from app.core.kit import catalogue
from app.core.supplies import kit_report
from app.words.bilingual import to_buy_origin_label
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
    # the window's words, in the language the paper is printed in (the tests leave it English or
    # Dutch): the demo kit was never checked, so 'check now', not its next date as if planned
    assert "Controleer je noodpakket nu." in text or "Check your emergency kit now." in text
    assert "01-06-2026" not in text
    for status in report.statuses:
        assert status.requirement.item.label(current_language()).split()[0] in text
        assert quantity_text(status.required, status.requirement.item.unit) in text
    for where in ("Kelder", "Gangkast", "Woonkamer", "Noodtas"):
        assert where in text
    assert "None" not in text


def test_checklist_names_not_needed_items_with_their_reason_under_the_table(render) -> None:
    """The demo does not need the tools (it borrows them): no tick box for them in the table,
    but a list under it says so, with the reason, so the decision is checked too."""
    path, _ = render("checklist", "demo")
    text = flat(pdf_text(path))
    tools = catalogue().item("tools").label(current_language())
    assert text.count(tools) == 1
    heading = text.index("Not needed for us")
    assert text.index(tools) > heading
    assert f"{tools}: We lenen gereedschap van de buurman op nummer 14" in text
    assert text.index(catalogue().item("blankets").label(current_language())) < heading  # the table first


def test_checklist_without_not_needed_items_has_no_such_list(qapp) -> None:
    from app.report.checklist import ChecklistDocument
    from app.report.document import PrintOptions

    household = demo_household()
    household.not_needed = []
    report = kit_report(household, demo_stock(TODAY), TODAY, 72, None)
    html = ChecklistDocument(report, PrintOptions(today=TODAY, next_check=next_check_of(report))).body_html()
    assert "Not needed for us" not in html
    assert catalogue().item("tools").label(current_language()) in html


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


def test_shopping_list_has_the_own_things_and_never_a_not_needed_item(render) -> None:
    path, _ = render("shopping", "demo")
    text = flat(pdf_text(path))
    assert "Your own things to buy" in text
    drawn = flat(pdf_text(path, raw=True))  # a wrapped cell's lines together
    own = drawn[drawn.index("Your own things to buy"):]
    assert "Hoofdlampjes, één per persoon" in own
    assert "Na de oefenavond: met een hoofdlamp heb je je handen vrij." in own
    assert to_buy_origin_label("practice", current_language()) in own
    label = catalogue().item("tools").label(current_language())
    assert label not in text  # marked "not needed for us" in the demo, and missing
    assert catalogue().item("whistle").label(current_language()) in text  # missing and needed


def test_shopping_list_with_only_own_things(render, monkeypatch) -> None:
    import app.report.shopping as shopping
    from app.core.records import ToBuy

    class OnlyOwn:
        shopping = ()
        to_buy = (ToBuy(1, "=Kaarsen", "check", "2026-03-01", ""),)

    original = shopping.ShoppingDocument.__init__

    def init(self, report, options):  # type: ignore[no-untyped-def]
        original(self, OnlyOwn(), options)

    monkeypatch.setattr(shopping.ShoppingDocument, "__init__", init)
    path, pages = render("shopping", "demo")
    text = flat(pdf_text(path))
    assert pages == 1
    assert "Nothing is missing" in text
    assert "=Kaarsen" in text and to_buy_origin_label("check", current_language()) in text


def test_shopping_list_when_nothing_is_missing(render, monkeypatch) -> None:
    import app.report.shopping as shopping

    class Complete:
        shopping = ()
        to_buy = ()

    original = shopping.ShoppingDocument.__init__

    def init(self, report, options):  # type: ignore[no-untyped-def]
        original(self, Complete(), options)

    monkeypatch.setattr(shopping.ShoppingDocument, "__init__", init)
    path, pages = render("shopping", "demo")
    assert pages == 1
    assert "Nothing is missing" in pdf_text(path)
