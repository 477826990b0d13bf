"""The emergency-kit page with real widgets: quantities, adding and editing stock, undo, overview."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QPushButton

from app.ui.kit.kit_models import RECORD_ROLE
from tests.ui.helpers import choose, click, type_into

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def kit_window(launcher):
    window = launcher.start_demo(TODAY)
    window.show_page("kit")
    return window


def _status(window, item_id):
    model = window.kit.kit_model
    return model.index(model.row_of(item_id), 0).data(RECORD_ROLE)


def test_demo_quantities_on_the_page(kit_window):
    window = kit_window
    water = _status(window, "water")
    assert water.required == 45  # 3 L × 5 people × 3 days
    assert water.present == 34
    assert _status(window, "cash_adults").required == 210  # €70 × 3 adults (65+ counts as adult)
    assert _status(window, "cash_children").required == 60
    assert _status(window, "pet_water").required == 1.5
    assert "2 dagen en 4 uur" in window.kit.status.text()


def test_seven_day_preset_changes_the_quantities(kit_window, qtbot):
    window = kit_window
    window.findChild(QPushButton.__mro__[1], "kit.horizon.7d").click()
    assert launcher_hours(window) == 168
    assert _status(window, "water").required == 105  # 3 × 5 × 7
    assert _status(window, "nappies").required == 42  # 6 × 1 baby × 7
    spin = window.kit.own_days
    spin.setValue(5)
    assert launcher_hours(window) == 120
    assert _status(window, "water").required == 75


def launcher_hours(window) -> float:
    return window.kit.session.kit_hours()


def test_add_edit_delete_stock_with_undo(kit_window, qtbot):
    window = kit_window
    page = window.kit
    session = page.session
    page.select_item("powerbank")
    assert _status(window, "powerbank").present == 0
    click(qtbot, page.item_stock.add_button)
    entry_id = page.item_stock.selected_id()
    entry = session.repository.get("stock", entry_id)
    assert (entry.item_id, entry.quantity, entry.unit, entry.added) == ("powerbank", 1.0, "pcs", TODAY.isoformat())
    assert _status(window, "powerbank").present == 1
    quantity = page.item_stock.form.editors["quantity"]
    quantity.selectAll()
    qtbot.keyClicks(quantity, "2")
    quantity.editingFinished.emit()
    type_into(qtbot, page.item_stock, "stock.location", "Gangkast").editingFinished.emit()
    type_into(qtbot, page.item_stock, "stock.expires", "6-2027").editingFinished.emit()
    page.item_stock.findChild(QCheckBox, "stock.grab_bag").setChecked(True)
    entry = session.repository.get("stock", entry_id)
    assert (entry.quantity, entry.location, entry.expires, entry.grab_bag) == (2.0, "Gangkast", "2027-06", 1)
    assert page.item_stock.findChild(QLineEdit, "stock.expires").text() == "06-2027"

    session.undo_stack.undo()  # grab bag
    assert session.repository.get("stock", entry_id).grab_bag == 0
    click(qtbot, page.item_stock.delete_button)
    assert session.repository.get("stock", entry_id) is None
    assert _status(window, "powerbank").present == 0
    session.undo_stack.undo()
    assert session.repository.get("stock", entry_id).location == "Gangkast"


def test_bad_quantity_and_date_are_refused(kit_window, qtbot):
    page = kit_window.kit
    page.select_item("water")
    entry_id = page.item_stock.selected_id()
    before = page.session.repository.get("stock", entry_id)
    for text in ("-3", "0", "veel", "99999999"):
        type_into(qtbot, page.item_stock, "stock.quantity", text).editingFinished.emit()
        assert page.session.repository.get("stock", entry_id).quantity == before.quantity
    type_into(qtbot, page.item_stock, "stock.expires", "31-02-2027").editingFinished.emit()
    assert page.session.repository.get("stock", entry_id).expires == before.expires
    type_into(qtbot, page.item_stock, "stock.expires", "1-1-2020").editingFinished.emit()
    assert page.session.repository.get("stock", entry_id).expires == "2020-01-01"  # allowed: flagged


def test_unit_list_fits_the_item(kit_window):
    page = kit_window.kit
    page.select_item("water")
    combo = page.item_stock.unit_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["l", "ml"]
    page.select_item("food")
    assert [combo.itemData(i) for i in range(combo.count())] == ["kcal", "kj"]


def test_own_item_and_search(kit_window, qtbot):
    window = kit_window
    page = window.kit
    page.tabs.setCurrentIndex(1)
    click(qtbot, page.stock.add_button)
    type_into(qtbot, page.stock, "stock.name", "Campingstoeltje").editingFinished.emit()
    qtbot.keyClicks(page.stock_search, "camping")
    assert page.stock_proxy.rowCount() == 1
    page.stock_search.clear()
    qtbot.keyClicks(page.stock_search, "kelder")
    assert page.stock_proxy.rowCount() == 3  # two water entries and the food in the cellar cupboard
    assert page.stock.selected_id() in {e.id for e in page.stock.model.records if "Kelder" in e.location}


def test_overview_follows_the_kit(kit_window, qtbot):
    window = kit_window
    session = window.kit.session
    window.show_page("overview")
    overview = window.overview
    assert overview.kit_progress.value() == session.readiness().percent
    assert "1 over de datum" in overview.expiry_label.text() or "1" in overview.expiry_label.text()
    before = overview.kit_progress.value()
    from app.core.records import Stock

    session.add("stock", Stock(item_id="candles", quantity=1, unit="pack"))  # tier 2: light
    assert overview.kit_progress.value() > before
    overview.kit_figure.toggle.click()
    assert overview.kit_figure.explanation.isVisibleTo(overview)
    assert "34 liter" in overview.kit_figure.explanation.text()


def test_check_today_and_dont_remind(kit_window, qtbot):
    window = kit_window
    page = window.kit
    session = page.session
    page.tabs.setCurrentIndex(3)
    assert "Controleer je noodpakket nu." in page.check_label.text()
    click(qtbot, page.checked_button)  # the guided check (tests/ui/kit/test_check_dialog.py)
    page.check_dialog.accept()
    assert session.setting("kit_last_check") == TODAY.isoformat()
    assert "01-06-2027" in page.check_label.text()
    crackers = next(e for e in session.repository.list("stock") if e.expires and e.expires < TODAY.isoformat())
    assert "1 ding is over de datum." in page.expiring_label.text()
    row = page.expiring_model.row_of(crackers.id)
    assert row == 0  # past its date: first
    page.expiring_table.selectRow(row)
    button = page.findChild(QPushButton, "kit.remind")
    assert button.text() == "Niet meer herinneren"
    click(qtbot, button)
    assert session.repository.get("stock", crackers.id).dont_remind == 1
    # the table is the same widget, reset in place; the row stays selected and says so
    assert page.expiring_model.rows[page.expiring_table.currentIndex().row()].id == crackers.id
    assert page.expiring_model.index(row, 3).data() == "Uit"
    assert button.text() == "Herinner me weer"
    click(qtbot, button)
    assert session.repository.get("stock", crackers.id).dont_remind == 0
    assert page.expiring_model.index(row, 3).data() == "Aan"


def test_reminder_banner_once_a_day(kit_window, qtbot):
    window = kit_window
    session = window.kit.session
    assert window.reminder.show_if_due() is True
    assert window.reminder.isVisibleTo(window)
    assert "datum" in window.reminder.text.text()
    click(qtbot, window.reminder.show_button)
    assert window.current_page() == "kit"
    assert window.kit.tabs.currentIndex() == 3
    assert window.reminder.show_if_due() is False  # not twice on one day
    session.clock = lambda: TODAY + dt.timedelta(days=1)
    for entry in session.repository.list("stock"):
        if entry.expires:
            session.set_field("stock", entry.id, "dont_remind", 1)
    assert window.reminder.show_if_due() is False  # everything dismissed, check not overdue


def test_a_shown_reminder_follows_the_kit(kit_window, qtbot):
    """The notice never keeps an old count (a new day while open, an entry renewed); with
    nothing due any more it goes."""
    window = kit_window
    session = window.kit.session
    assert window.reminder.show_if_due() is True
    before = window.reminder.text.text()
    session.clock = lambda: TODAY + dt.timedelta(days=400)  # everything dated is past it now
    session.check_day()
    after = window.reminder.text.text()
    assert after != before and "over de datum" in after
    assert window.reminder.text.accessibleName() == after[2:]
    for entry in session.repository.list("stock"):
        if entry.expires:
            session.set_field("stock", entry.id, "dont_remind", 1)
    assert not window.reminder.isVisibleTo(window) or "half" in window.reminder.text.text()


def test_kit_models_pass_the_model_tester(kit_window, qtmodeltester):
    page = kit_window.kit
    for model in (page.kit_model, page.shopping_model, page.stock.model, page.kit_proxy, page.stock_proxy):
        qtmodeltester.check(model)
    assert QApplication.instance() is not None
    choose  # noqa: B018 - imported helper kept for symmetry with other GUI tests


def test_kit_search_while_an_item_is_selected(kit_window, qtbot):
    """Typing in the kit search filters and keeps what was typed, also with an item selected."""
    page = kit_window.kit
    page.select_item("water")
    assert page._selected_item == "water"
    page.kit_search.setText("wa")
    assert page.kit_search.text() == "wa"
    assert 0 < page.kit_proxy.rowCount() < page.kit_model.rowCount()
    assert page._selected_item == "water"  # still visible: still selected
    qtbot.keyClicks(page.kit_search, "ter")
    assert page.kit_search.text() == "water"
    assert page._selected_item == "water"
    page.kit_search.setText("zaklamp")  # water is filtered out: the first visible row is chosen
    assert page.kit_search.text() == "zaklamp"
    assert page.kit_proxy.rowCount() >= 1
    shown = {page.kit_proxy.index(row, 0).data(RECORD_ROLE).requirement.item.id
             for row in range(page.kit_proxy.rowCount())}
    assert page._selected_item in shown
    page.select_item("water")  # chosen from elsewhere while hidden by the search: the search makes room
    assert page.kit_search.text() == ""
    assert page._selected_item == "water"


def test_the_horizon_choice_follows_data_replaced_behind_it(launcher):
    """A restored backup or an opened plan file brings its own horizon: the buttons show it (they
    kept the old choice while the table asked for the stored one)."""
    import datetime as dt

    from app.core.demo import demo_household, demo_stock

    window = launcher.start_demo(dt.date(2026, 3, 1))
    session = launcher.paraat.session
    kit = window.kit
    assert session.kit_hours() == 72
    session.repository.set_setting("kit_hours", "240")  # as a restore or a plan file leaves it
    session.replace_all(demo_household(), demo_stock(dt.date(2026, 3, 1)))
    assert session.kit_hours() == 240
    assert kit.own_days.value() == 10
    checked = kit.horizons.checkedButton()
    assert checked is not None and "10" in checked.text()
