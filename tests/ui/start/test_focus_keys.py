"""Focus and keys in the main window and the wizard (issue 18): F6 between the sidebar and the
page, Ctrl+Tab / Ctrl+PgDn and back for the sections, Alt+1 … Alt+9 for the pages, the sidebar
changes the page for any selection, each page and wizard step says its title, and moving
through the sidebar with arrows keeps the focus there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from app.ui.common.section_tabs import SectionTabs
from app.ui.start import main_window as main_window_module
from app.ui.start import wizard as wizard_module
from app.ui.start.main_window import MainWindow
from app.ui.start.wizard import FirstRunWizard
from tests.ui.helpers import show_active

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def _key(qtbot, window: MainWindow, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)


@pytest.fixture
def window(launcher, qtbot) -> MainWindow:
    window = launcher.start()
    show_active(qtbot, window)
    return window


def test_f6_goes_from_the_sidebar_to_the_page_and_back(window, qtbot):
    window.show_page("household")
    window.sidebar.setFocus()
    _key(qtbot, window, Qt.Key.Key_F6)
    tabs = window.household.tabs
    assert QApplication.focusWidget() is tabs.buttons.button(tabs.currentIndex())  # first stop on the page
    _key(qtbot, window, Qt.Key.Key_F6)
    assert window.sidebar.hasFocus()
    _key(qtbot, window, Qt.Key.Key_F6, SHIFT)
    assert window.household.isAncestorOf(QApplication.focusWidget())
    _key(qtbot, window, Qt.Key.Key_F6, SHIFT)
    assert window.sidebar.hasFocus()


def test_ctrl_tab_and_ctrl_page_down_open_the_next_section_and_back(window, qtbot):
    window.show_page("plan")
    tabs: SectionTabs = window.plan.tabs
    tabs.setCurrentIndex(0)
    window.sidebar.setFocus()
    window.switch_pane()  # F6: the open section's button; Tab: its first field
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert tabs.widget(0).isAncestorOf(QApplication.focusWidget())
    _key(qtbot, window, Qt.Key.Key_Tab, CTRL)
    assert tabs.currentIndex() == 1
    assert QApplication.focusWidget() is tabs.buttons.button(1)  # not lost in the closed section
    _key(qtbot, window, Qt.Key.Key_PageDown, CTRL)
    assert tabs.currentIndex() == 2
    _key(qtbot, window, Qt.Key.Key_PageUp, CTRL)
    assert tabs.currentIndex() == 1
    _key(qtbot, window, Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert tabs.currentIndex() == 0
    _key(qtbot, window, Qt.Key.Key_PageUp, CTRL)
    assert tabs.currentIndex() == tabs.count() - 1  # round the end
    window.show_page("print")  # no sections: nothing happens, nothing breaks
    _key(qtbot, window, Qt.Key.Key_PageDown, CTRL)
    assert window.current_page() == "print"


def test_alt_digits_open_the_pages_as_ctrl_digits_do(window, qtbot):
    names = list(window.pages)
    window.sidebar.setFocus()
    for number in (3, 5, 9, 1):
        _key(qtbot, window, getattr(Qt.Key, f"Key_{number}"), ALT)
        assert window.current_page() == names[number - 1]


def test_the_view_menu_shows_the_section_and_f6_keys(window):
    actions = {action.objectName(): action for action in window.findChildren(type(window.undo_action))}
    keys = {name: [key.toString() for key in actions[f"view.{name}"].shortcuts()]
            for name in ("next_section", "previous_section", "next_pane", "previous_pane")}
    assert keys == {"next_section": ["Ctrl+Tab", "Ctrl+PgDown"],
                    "previous_section": ["Ctrl+Shift+Tab", "Ctrl+PgUp"],
                    "next_pane": ["F6"], "previous_pane": ["Shift+F6"]}
    view = window.findChild(type(window.menuBar().actions()[0].menu()), "menu.view")
    assert all(actions[f"view.{name}"] in view.actions() for name in keys)
    assert actions["view.next_section"].text().replace("&", "") == "Volgende deel"
    assert [key.toString() for key in actions["view.page.kit"].shortcuts()] == ["Ctrl+3", "Alt+3"]


def test_the_sidebar_follows_a_selection_made_without_the_current_item(window, qtbot):
    """As a screen reader selects (QAccessibleSelectionInterface): select, not setCurrent."""
    row = list(window.pages).index("together")
    model = window.sidebar.model()
    window.sidebar.selectionModel().select(model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert window.current_page() == "together"
    assert window.stack.currentWidget() is window.together


def test_arrows_in_the_sidebar_change_the_page_and_keep_the_focus_and_say_the_title(window, qtbot, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(main_window_module, "announce", lambda _source, text: said.append(text))
    window.show_page("overview")
    window.sidebar.setFocus()
    for _ in range(3):
        qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
        assert window.sidebar.hasFocus()
    assert window.current_page() == "plan"
    assert said == ["Huishouden", "1 Noodpakket", "2 Noodplan"]


def test_each_wizard_step_says_its_title_and_is_named_by_it(session, qtbot, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(wizard_module, "announce", lambda _source, text: said.append(text))
    wizard = FirstRunWizard(session)
    qtbot.addWidget(wizard)
    show_active(qtbot, wizard)
    wizard.next()
    page = wizard.currentPage()
    assert page.accessibleName() == page.title() == "Step 2 of 5: Who lives in your house?"
    assert said[-1] == page.title()
    wizard.back()
    assert said[-1] == wizard.currentPage().title() and said[-1].startswith("Step 1 of 5")
    wizard.reject()
