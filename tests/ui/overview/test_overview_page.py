"""The overview page: its to-do list leads to the field that is still empty."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from app.core.demo import demo_household
from tests.ui.helpers import click, type_into


def test_overview_fill_in_button_goes_to_the_field(launcher, qtbot):
    window = launcher.start()
    session = launcher.paraat.session
    household = demo_household()
    household.plan.contact_phone = ""
    session.replace_all(household)
    window.show_page("overview")
    assert window.overview.todo_title.isVisible()
    button = window.findChild(QPushButton, "overview.todo.0")
    assert "contactpersoon" in button.accessibleName()
    click(qtbot, button)
    assert window.current_page() == "plan"
    assert QApplication.focusWidget() is window.findChild(QLineEdit, "plan.contact_name")
    type_into(qtbot, window, "plan.contact_phone", "06-12345678").editingFinished.emit()
    window.show_page("overview")
    assert not window.overview.todo_title.isVisible()
    assert "compleet" in window.overview.progress_label.text()


def test_no_negative_count_hides_in_the_more_line(launcher) -> None:
    """The 'And … more.' line is empty when nothing more is missing: a hidden label still
    reaches a screen reader's tree, and it said 'En nog -12.'"""
    import datetime as dt

    window = launcher.start_demo(dt.date(2026, 3, 1))
    more = window.overview.more_label
    assert not more.isVisibleTo(window) and more.text() == ""
