"""A group of radio buttons that works like one control, as screen readers and keyboard users expect.

Tab lands on the CHOSEN answer (not the first one) and leaves the group with the next Tab; the
arrow keys move to the next or previous answer AND choose it. Qt does this only for buttons that
share a parent and were checked after they got it; Paraat's choices sit in flow layouts and are
checked while they are built, so Tab landed on "Ja" while "Weet ik niet" was the answer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QButtonGroup

_NEXT = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}


class _Arrows(QObject):
    """Arrow keys on a button of the group choose the next or previous enabled button."""

    def __init__(self, group: QButtonGroup) -> None:
        super().__init__(group)
        self.group = group

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = _NEXT.get(Qt.Key(event.key()))
            if step is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                buttons = [b for b in self.group.buttons() if b.isEnabled() and b.isVisible()]
                if isinstance(watched, QAbstractButton) and watched in buttons and len(buttons) > 1:
                    target = buttons[(buttons.index(watched) + step) % len(buttons)]
                    target.setFocus(Qt.FocusReason.TabFocusReason)
                    target.click()  # an exclusive radio button: clicking chooses it
                    return True
        return False


def one_tab_stop(group: QButtonGroup) -> None:
    """Make ``group`` (exclusive radio buttons) one Tab stop on its chosen button, with arrows
    that choose. Call it once all buttons are in the group."""

    def fix(*_args: object) -> None:
        buttons = group.buttons()
        chosen = group.checkedButton() or (buttons[0] if buttons else None)
        for button in buttons:
            policy = Qt.FocusPolicy.StrongFocus if button is chosen else Qt.FocusPolicy.ClickFocus
            if button.focusPolicy() != policy:
                button.setFocusPolicy(policy)

    arrows = _Arrows(group)
    for button in group.buttons():
        button.installEventFilter(arrows)
    group.buttonToggled.connect(fix)
    fix()
