"""Ctrl+plus, Ctrl+minus and Ctrl+0 change the text size; Ctrl+1 … Ctrl+9 open the pages; the
View menu and the sidebar's tooltips show the keys; window titles name Paraat once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QTextBrowser

from app.ui.common.theme import TEXT_SIZES, apply_text_size
from app.ui.start.main_window import MainWindow
from app.ui.start.view_keys import text_size_step, window_title
from tests.ui.helpers import show_active

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _normal_text_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    apply_text_size(qapp, "normal")


def _press(qtbot, window: MainWindow, key: Qt.Key) -> None:
    """The key with Ctrl, where the focus is (a text field takes it first, if it wants it)."""
    qtbot.keyClick(QApplication.focusWidget() or window, key, CTRL)


def test_size_steps_stay_within_the_four_sizes():
    assert text_size_step("normal", 1) == "large"
    assert text_size_step("larger", 1) == "largest"
    assert text_size_step("largest", 1) == "largest"
    assert text_size_step("normal", -1) == "normal"
    assert text_size_step("largest", -1) == "larger"
    assert text_size_step("larger", 0) == "normal"
    assert text_size_step("nonsense", 1) == "large"


def test_ctrl_plus_makes_the_text_one_step_larger_and_ctrl_0_normal_again(launcher, qtbot):
    window = show_active(qtbot, launcher.start())
    window.show_page("plan")
    field = window.findChild(QLineEdit, "plan.stay_place")
    field.setFocus()  # in a text field the keys work too
    qtbot.waitUntil(field.hasFocus)
    _press(qtbot, window, Qt.Key.Key_Plus)
    qtbot.waitUntil(lambda: launcher.paraat.window is not window)
    larger = launcher.paraat.window
    assert launcher.paraat.session.repository.setting("text_size") == "large"  # saved
    assert QApplication.font().pointSizeF() == TEXT_SIZES["large"] == 15
    assert larger.findChild(QLineEdit, "plan.stay_place").font().pointSizeF() == 15
    assert larger.current_page() == "plan"  # stays where it was
    assert larger.size_actions["smaller"].isEnabled()

    show_active(qtbot, larger)
    _press(qtbot, larger, Qt.Key.Key_0)
    qtbot.waitUntil(lambda: launcher.paraat.window is not larger)
    assert launcher.paraat.session.repository.setting("text_size") == "normal"
    assert QApplication.font().pointSizeF() == 12
    normal = launcher.paraat.window
    assert not normal.size_actions["smaller"].isEnabled()  # nothing smaller than normal
    assert not normal.size_actions["normal"].isEnabled()
    assert normal.size_actions["larger"].isEnabled()


def test_ctrl_minus_goes_one_step_back_and_ctrl_equals_is_plus(launcher, qtbot):
    launcher.start()
    launcher.paraat.session.set_setting("text_size", "larger")
    window = show_active(qtbot, launcher.paraat.build_window())
    window.show_page("info")
    browser = window.info.findChild(QTextBrowser)
    browser.setFocus()  # a text you read: the key is still Paraat's, not the text's own zoom
    qtbot.waitUntil(browser.hasFocus)
    _press(qtbot, window, Qt.Key.Key_Minus)
    qtbot.waitUntil(lambda: launcher.paraat.window is not window)
    assert launcher.paraat.session.setting("text_size") == "large"
    window = show_active(qtbot, launcher.paraat.window)
    _press(qtbot, window, Qt.Key.Key_Equal)  # the plus key without Shift
    qtbot.waitUntil(lambda: launcher.paraat.window is not window)
    assert launcher.paraat.session.setting("text_size") == "larger"
    assert QApplication.font().pointSizeF() == 18


def test_ctrl_3_opens_the_third_page_and_ctrl_9_the_ninth(launcher, qtbot):
    window = show_active(qtbot, launcher.start())
    window.show_page("overview")
    _press(qtbot, window, Qt.Key.Key_3)
    assert window.current_page() == list(window.pages)[2] == "kit"
    assert window.stack.currentWidget() is window.kit
    _press(qtbot, window, Qt.Key.Key_9)
    assert window.current_page() == "settings"
    _press(qtbot, window, Qt.Key.Key_1)
    assert window.current_page() == "overview"


def test_the_view_menu_shows_the_sizes_and_the_pages_with_their_keys(launcher):
    window = launcher.start()
    menus = {action.text().replace("&", ""): action.menu() for action in window.menuBar().actions()}
    assert list(menus) == ["Bestand", "Bewerken", "Beeld"]
    entries = [(action.text().replace("&", ""), action.shortcut().toString())
               for action in menus["Beeld"].actions() if not action.isSeparator()]
    assert entries[:3] == [("Groter", "Ctrl++"), ("Kleiner", "Ctrl+-"), ("Normale grootte", "Ctrl+0")]
    assert entries[13:] == [("Volgende deel", "Ctrl+Tab"), ("Vorig deel", "Ctrl+Shift+Tab"),
                            ("Tussen lijst en pagina", "F6"), ("Tussen lijst en pagina, terug", "Shift+F6")]
    assert entries[3:13] == [("Overzicht", "Ctrl+1"), ("Huishouden", "Ctrl+2"), ("1 Noodpakket", "Ctrl+3"),
                           ("2 Noodplan", "Ctrl+4"), ("3 Samen", "Ctrl+5"), ("Informatie", "Ctrl+6"),
                           ("Afdrukken", "Ctrl+7"), ("Meenemen", "Ctrl+8"), ("Instellingen", "Ctrl+9"),
                           ("Reservekopieën", "")]
    tips = [window.sidebar.item(row).toolTip() for row in range(window.sidebar.count())]
    assert tips[2] == "1 Noodpakket (Ctrl+3)"
    assert tips[0] == "Overzicht (Ctrl+1)" and tips[-1] == "Reservekopieën"  # a page without a key: its name


def test_no_two_commands_share_a_key(launcher):
    window = launcher.start()
    window.pages.build_all()  # the pages' own keys too
    keys = [key.toString() for action in window.findChildren(type(window.undo_action))
            for key in action.shortcuts()]
    assert len(keys) == len(set(keys)), keys
    for existing in ("Ctrl+Z", "Ctrl+Y", "Ctrl+Shift+Z"):  # undo and redo keep theirs
        assert existing in keys
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)


def test_window_titles_name_paraat_once(launcher):
    window = launcher.start()
    window.show_page("overview")
    assert window.windowTitle() == "Overzicht — Paraat"
    window.show_page("kit")
    assert window.windowTitle() == "Noodpakket — Paraat"
    window.show_page("together")
    assert window.windowTitle() == "Samen — Paraat"
    assert window_title("Paraat") == "Paraat"
