"""Section buttons work like a tab list (issue 18): plain buttons whose default action opens
the section, the open one marked in words and in the font, one Tab stop before the fields,
arrows, Home and End along the bar, Enter and Space to open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from app.ui.common.section_tabs import SectionTabs


def _tabs(qtbot) -> tuple[QWidget, SectionTabs, list[QLineEdit]]:
    window = QWidget()
    layout = QVBoxLayout(window)
    tabs = SectionTabs()
    layout.addWidget(tabs)
    fields = []
    for number in range(3):
        field = QLineEdit()
        field.setObjectName(f"field.{number}")
        field.setAccessibleName(f"Field {number}")
        fields.append(field)
        tabs.addTab(field, f"Section {number}")
    after = QLineEdit()
    after.setAccessibleName("After")
    layout.addWidget(after)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, tabs, fields


def test_the_default_action_of_a_section_button_opens_its_section(qtbot):
    _window, tabs, _fields = _tabs(qtbot)
    button = tabs.buttons.button(2)
    interface = QAccessible.queryAccessibleInterface(button)
    assert interface.role() == QAccessible.Role.Button  # not a check box
    actions = interface.actionInterface()
    assert actions.actionNames()[0] == QAccessibleActionInterface.pressAction()
    assert QAccessibleActionInterface.toggleAction() not in actions.actionNames()
    assert not button.isCheckable()
    with qtbot.waitSignal(tabs.current_changed) as changed:
        actions.doAction(QAccessibleActionInterface.pressAction())
    assert changed.args == [2] and tabs.currentIndex() == 2


def test_the_open_section_is_said_in_words_and_shown_bold_and_underlined(qtbot):
    _window, tabs, _fields = _tabs(qtbot)
    tabs.setCurrentIndex(1)
    marks = [(tabs.buttons.button(i).accessibleDescription(), tabs.buttons.button(i).font().bold(),
              tabs.buttons.button(i).font().underline()) for i in range(3)]
    assert marks == [("", False, False), ("open", True, True), ("", False, False)]


def test_one_tab_stop_the_open_button_before_the_fields(qtbot):
    window, tabs, fields = _tabs(qtbot)
    tabs.setCurrentIndex(1)
    first = window.findChild(QLineEdit, "field.1")
    tabs.buttons.button(2).setFocus()  # somewhere else in the bar; Tab goes on to the fields
    qtbot.keyClick(tabs.buttons.button(2), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is tabs.buttons.button(1)  # the open one, not the last
    qtbot.keyClick(tabs.buttons.button(1), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() not in [tabs.buttons.button(i) for i in range(3)]
    assert fields[1].hasFocus() is False


def test_arrows_home_and_end_move_along_the_bar_and_enter_or_space_opens(qtbot):
    _window, tabs, _fields = _tabs(qtbot)
    buttons = [tabs.buttons.button(i) for i in range(3)]
    buttons[0].setFocus()
    qtbot.keyClick(buttons[0], Qt.Key.Key_Right)
    assert buttons[1].hasFocus() and tabs.currentIndex() == 0  # moved, not opened
    qtbot.keyClick(buttons[1], Qt.Key.Key_End)
    assert buttons[2].hasFocus()
    qtbot.keyClick(buttons[2], Qt.Key.Key_Return)
    assert tabs.currentIndex() == 2
    qtbot.keyClick(buttons[2], Qt.Key.Key_Home)
    assert buttons[0].hasFocus()
    qtbot.keyClick(buttons[0], Qt.Key.Key_Right)
    qtbot.keyClick(buttons[1], Qt.Key.Key_Left)
    assert buttons[0].hasFocus()
    qtbot.keyClick(buttons[0], Qt.Key.Key_Space)
    assert tabs.currentIndex() == 0


def test_step_opens_the_next_and_previous_section_round_the_end(qtbot):
    _window, tabs, fields = _tabs(qtbot)
    fields[0].setFocus()
    tabs.step(-1)
    assert tabs.currentIndex() == 2 and tabs.buttons.button(2).hasFocus()  # focus follows
    tabs.step(1)
    assert tabs.currentIndex() == 0
