"""Issue 20: the kit page's first show makes only what it shows (the first section; the item's
entries one pass of the event loop later); the stock list, the shopping list and the check are
made when opened or just after the page shows, and then show exactly what a page made at once
shows. The place list of the stock editors is worked out once per change and follows every one."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from app.ui.common.session import Session
from app.ui.kit import stock_editor
from app.ui.kit.kit_page import KitPage
from tests.ui.conftest import DEMO_DAY
from tests.ui.helpers import show_active

TODAY = DEMO_DAY  # the day of the ``demo`` fixture (tests/ui/conftest.py)


def _page(qtbot, session: Session) -> KitPage:
    page = KitPage(session)
    qtbot.addWidget(page)
    return page


def _shown_texts(page: KitPage) -> dict[str, object]:
    return {"status": page.status.text(), "check": page.check_label.text(),
            "expiring": page.expiring_label.text(), "expiring rows": page.expiring_model.rowCount(),
            "shopping rows": page.shopping_model.rowCount(), "stock rows": page.stock.model.rowCount(),
            "shopping shown": not page.shopping_table.isHidden(), "all there": not page.shopping_empty.isHidden(),
            "item": page.item_title.text(), "item rows": page.item_stock.model.rowCount()}


def test_the_first_show_makes_the_first_section_and_the_rest_after_it(qtbot, demo: Session) -> None:
    page = _page(qtbot, demo)
    assert [page.is_made(index) for index in range(page.tabs.count())] == [True, False, False, False]
    assert page.kit_model.rowCount() > 0 and page.status.text()
    # a change while they wait does not make them
    water = next(entry for entry in demo.repository.list("stock") if entry.item_id == "water")
    demo.set_field("stock", water.id, "quantity", water.quantity + 6)
    QApplication.processEvents()
    assert page.sections_waiting() == 3  # not shown: nothing made in the background
    assert page.findChild(QLabel, "stock.item_label") is None  # the item's entries: once shown
    page.show()
    assert page.findChild(QLabel, "stock.item_label") is None  # the first show: not yet
    qtbot.waitUntil(lambda: page.sections_waiting() == 0)
    assert page.findChild(QLabel, "stock.item_label") is not None
    made_later = _shown_texts(page)

    at_once = _page(qtbot, demo)
    at_once.build_sections()
    assert _shown_texts(at_once) == made_later
    assert made_later["stock rows"] == len(demo.repository.list("stock"))
    assert made_later["expiring"]


def test_opening_a_section_makes_it_and_asking_for_its_parts_makes_them(qtbot, demo: Session) -> None:
    page = _page(qtbot, demo)
    page.tabs.setCurrentIndex(page.CHECK)
    assert [page.is_made(index) for index in range(4)] == [True, False, False, True]
    assert page.check_label.text() and page.expiring_label.text()
    assert page.sections_waiting() == 1 + 1
    other = _page(qtbot, demo)
    assert other.stock.model.rowCount() > 0  # a part of a waiting section: made at once
    assert other.sections_waiting() == 0
    with pytest.raises(AttributeError):
        other.no_such_part  # noqa: B018  # only declared parts are made on demand


def test_a_link_to_a_part_of_a_waiting_section_opens_it(qtbot, demo: Session) -> None:
    page = _page(qtbot, demo)
    assert page.focus_target("expiring")
    assert page.tabs.currentIndex() == page.CHECK


def test_the_place_list_is_worked_out_once_per_change_and_follows_each(launcher, qtbot, monkeypatch) -> None:
    window = launcher.start_demo(TODAY)
    session = launcher.paraat.session
    show_active(qtbot, window)
    window.show_page("kit")
    page = window.kit
    qtbot.waitUntil(lambda: page.sections_waiting() == 0)
    stock_lists: list[int] = []
    whole = session.repository.list
    walk = stock_editor.places_in

    def counted(stock):
        stock_lists.append(1)
        return walk(stock)

    monkeypatch.setattr(stock_editor, "places_in", counted)
    item_editor, all_editor = page.item_stock, page.stock

    def focus(editor) -> None:
        page.tabs.setCurrentIndex(0 if editor is item_editor else page.STOCK)
        qtbot.waitUntil(editor.location_edit.isVisible)
        editor.location_edit.setFocus()
        qtbot.waitUntil(editor.location_edit.hasFocus)

    places = sorted({entry.location for entry in whole("stock") if entry.location})
    focus(item_editor)
    assert item_editor.places() == places
    focus(all_editor)
    assert all_editor.places() == places
    assert len(stock_lists) == 1  # one walk over the stock for both editors

    entry = whole("stock")[0]
    session.set_field("stock", entry.id, "location", "Zolderkast")  # an edit elsewhere
    assert "Zolderkast" in all_editor.places()  # it has the focus: offered at once
    focus(item_editor)
    assert "Zolderkast" in item_editor.places()
    assert item_editor.places() == all_editor.places()
    assert len(stock_lists) == 1 + 1
    session.undo_stack.undo()
    focus(all_editor)
    assert "Zolderkast" not in all_editor.places()
