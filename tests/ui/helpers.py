"""Small helpers that drive widgets the way a person does."""

from __future__ import annotations

import threading
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QWidget

W = TypeVar("W", bound=QWidget)


def click(qtbot, button: QPushButton) -> None:
    """Click only once the button is laid out, visible and enabled."""
    qtbot.waitUntil(lambda: button.isVisible() and button.height() > 0 and button.isEnabled())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot, root: QWidget, name: str, text: str, cls: type = QLineEdit) -> QWidget:
    """Replace the text of the editor called ``name`` by typing ``text``."""
    editor = root.findChild(cls, name)
    assert editor is not None, f"no {cls.__name__} named {name}"
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    return editor


def choose(root: QWidget, name: str, code: str) -> QComboBox:
    """Pick the item with data ``code`` as a user would (activated is emitted)."""
    combo = root.findChild(QComboBox, name)
    assert combo is not None, name
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    return combo


def show_active(qtbot, window: W) -> W:
    """Show ``window`` and wait until it is the active window (keys go to it)."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def hold(monkeypatch: Any, owner: Any, name: str) -> tuple[threading.Event, dict[str, Any]]:
    """Make ``owner.name`` wait, in whatever thread calls it, until the returned event is set
    (at most 10 s); the dict gets the thread it ran in under "thread". For a test that looks at
    the window while a job is still running in the pool."""
    release, seen = threading.Event(), {}
    real = getattr(owner, name)

    def held(*args: Any, **kwargs: Any) -> Any:
        seen["thread"] = threading.current_thread()
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, held)
    return release, seen
