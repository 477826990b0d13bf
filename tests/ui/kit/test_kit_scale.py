"""Issue 20: one edit reads the stock table at most once, whatever page is open, and the kit
page holds the same widgets for 100 and for 20,000 entries that go off soon."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from app.core.records import Stock
from app.ui.common.table_models import RECORD_ROLE
from app.words.i18n import tr
from tests.conftest import count_whole_table_reads
from tests.perf.households import entry

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def stock_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every read of the whole stock table (a read of one row by its id is not counted)."""
    return count_whole_table_reads(monkeypatch, "stock")


def settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(20)


def every_page_built(window, qtbot) -> None:
    for name in list(window.pages):
        window.show_page(name)
        settle(qtbot)
    window.show_page("kit")
    settle(qtbot)


def test_an_edit_reads_the_stock_once_with_every_page_built(launcher, qtbot, stock_reads):
    window = launcher.start_demo(TODAY)
    session = launcher.paraat.session
    every_page_built(window, qtbot)
    contact = session.repository.list("contact")[0]
    food = next(e for e in session.repository.list("stock") if e.item_id == "food")

    stock_reads.clear()
    session.set_field("contact", contact.id, "name", "Buurvrouw Els")
    settle(qtbot)
    assert len(stock_reads) <= 1, "a contact's name: the stock table was read again and again"

    stock_reads.clear()
    session.set_field("stock", food.id, "quantity", food.quantity + 3)
    settle(qtbot)
    assert len(stock_reads) <= 1, "a stock entry: the stock table was read again and again"
    # and every page that shows it is current
    kit = window.kit
    assert any(e.id == food.id and e.quantity == food.quantity + 3 for e in kit.stock.model.records)
    status = kit.kit_model.records[kit.kit_model.row_of("food")]
    assert session.kit_report().statuses[kit.kit_model.row_of("food")].present == status.present
    assert kit.kit_model.report is session.kit_report()  # one report, shared


def _kit_with_soon(launcher, count: int):
    window = launcher.start_demo(TODAY)
    session = launcher.paraat.session
    room = min(count, 20_000 - session.repository.count("stock"))  # 20,000: the limit
    session.add_many([("stock", entry(n, TODAY, soon=True)) for n in range(room)])
    QApplication.processEvents()
    return window, session


def test_the_kit_page_holds_the_same_widgets_for_100_and_20000_entries(launcher, qtbot):
    counts = []
    for count in (100, 20_000):
        window, session = _kit_with_soon(launcher, count)
        page = window.kit
        page.tabs.setCurrentIndex(3)
        settle(qtbot)
        assert page.expiring_model.rowCount() >= min(count, 19_900)
        assert f"{len(session.kit_report().expiry.soon):,}".replace(",", ".") in page.expiring_label.text()
        counts.append(len(page.findChildren(QWidget)))
        launcher.stop()
        window.deleteLater()
        launcher.paraat = None
        settle(qtbot)
    assert counts[0] == counts[1]


def test_a_member_edit_reloads_the_stock_list_only_for_medicine_names(launcher, qtbot):
    window = launcher.start_demo(TODAY)
    session = launcher.paraat.session
    model = window.kit.stock.model
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    household = session.household()
    with_medicine = {medicine.member_id for medicine in household.medicines}
    without = next(m for m in household.members if m.id not in with_medicine)
    session.set_field("member", without.id, "name", "Anders")
    assert resets == []  # no medicine of theirs: the 20,000 rows stay as they are
    taker = next(m for m in household.members if m.id in with_medicine)
    pills = next(medicine for medicine in household.medicines if medicine.member_id == taker.id)
    session.add("stock", Stock(item_id=f"medicine:{pills.id}", quantity=10, unit="day"))
    resets.clear()
    session.set_field("member", taker.id, "name", "Oma Els")
    assert resets
    assert any("Oma Els" in model.label(e) for e in model.records if e.item_id.startswith("medicine:"))


def test_typing_in_the_kit_search_keeps_the_columns_where_they_are(launcher, qtbot):
    # the amounts and dates are measured once per change of the kit, from every row's text
    # (not by Qt on each key: that measured every cell a dozen times per key, issue 20)
    from PySide6.QtGui import QFontMetrics

    from tests.ui.helpers import type_into

    window = launcher.start_demo(TODAY)
    window.resize(1900, 1000)  # room for every column at its width
    window.show_page("kit")
    page = window.kit
    settle(qtbot)
    table, header = page.kit_table, page.kit_table.horizontalHeader()
    metrics = QFontMetrics(table.font())
    checked = []
    for column in (1, 2, 5):
        if not table.isColumnHidden(column) and column not in table._squeezed:  # else: elided, as asked
            longest = max(page.kit_model.column_texts(column), key=metrics.horizontalAdvance)
            assert header.sectionSize(column) >= metrics.horizontalAdvance(longest), column
            checked.append(column)
    assert checked, "no column at its own width: the window is too narrow for this test"
    widths = [header.sectionSize(column) for column in range(header.count())]
    type_into(qtbot, page, "kit.search", "wat")
    settle(qtbot)
    assert 0 < page.kit_proxy.rowCount() < page.kit_model.rowCount()
    assert [header.sectionSize(column) for column in range(header.count())] == widths


def test_the_stock_list_works_out_its_search_texts_when_a_word_is_typed(launcher, qtbot):
    window = launcher.start_demo(TODAY)
    session = launcher.paraat.session
    session.add_many([("stock", entry(n, TODAY, soon=False)) for n in range(300)])
    window.show_page("kit")
    page = window.kit
    settle(qtbot)
    model = page.stock.model
    assert model._search_texts is None  # the page opened without 300 texts
    page.stock_search.setText("kelder")
    assert model._search_texts is not None and len(model._search_texts) == model.rowCount()
    shown = {page.stock_proxy.mapToSource(page.stock_proxy.index(row, 0)).row()
             for row in range(page.stock_proxy.rowCount())}
    assert shown == {row for row, e in enumerate(model.records) if "kelder" in e.location.lower()}
    # still first to go off on top, after a search as before it
    days = [page.stock_proxy.index(row, 0).data(RECORD_ROLE).expires
            for row in range(page.stock_proxy.rowCount())]
    assert days and page.stock.table.horizontalHeader().sortIndicatorSection() == 3


def test_the_expiring_table_is_reset_only_when_its_entries_change(launcher, qtbot):
    window, session = _kit_with_soon(launcher, 300)
    page = window.kit
    page.tabs.setCurrentIndex(3)
    settle(qtbot)
    resets: list[int] = []
    page.expiring_model.modelReset.connect(lambda: resets.append(1))
    page.expiring_table.selectRow(5)
    chosen = page._selected_expiring()
    contact = session.repository.list("contact")[0]
    session.set_field("contact", contact.id, "name", "Buurvrouw Els")  # the stock stays as read
    settle(qtbot)
    assert resets == [] and page._selected_expiring() is chosen  # 300 rows left alone
    session.set_field("stock", chosen.id, "dont_remind", 1)  # this one changes: the table follows
    settle(qtbot)
    assert resets
    assert page._selected_expiring().id == chosen.id and page._selected_expiring().dont_remind
    assert page.remind_button.text() == tr("Remind me again")


def test_a_page_switch_keeps_the_kit_report(launcher, qtbot):
    """The window remembering its page (a setting) is no change of the household: the kit
    report stays (issue 20), while the kit's horizon, a setting the household chose, renews it."""
    window = launcher.start_demo(TODAY)
    session = launcher.paraat.session
    session.check_day()  # the test's day, not the machine's
    report = session.kit_report()
    window.show_page("plan")
    window.show_page("kit")
    settle(qtbot)
    assert session.kit_report() is report
    session.set_setting("kit_hours", "168")
    assert session.kit_report() is not report and session.kit_report().hours == 168
