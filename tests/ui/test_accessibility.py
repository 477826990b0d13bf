"""Every input has an accessible name, every form label a buddy, and no text is in pixels."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.core.demo import demo_household

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def _inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parent()
    return False


def _name_of(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton):
        return widget.accessibleName() or widget.text()
    return widget.accessibleName()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_input_and_button_has_a_name(launcher, language):
    window = launcher.start(language)
    launcher.paraat.session.replace_all(demo_household())
    missing = []
    for widget in window.findChildren(QWidget):
        if _inside(widget, (QComboBox, QAbstractSpinBox, QLineEdit)):
            continue  # parts of a combo box, spin box or line edit (its clear button): the outer widget is named
        if isinstance(widget, INPUTS + (QAbstractButton,)) and not _name_of(widget).strip():
            if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
                continue
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert missing == []


def test_form_labels_have_buddies(launcher):
    window = launcher.start()
    window.pages.build_all()  # pages are built on first show
    labels = [label for label in window.findChildren(QLabel) if label.buddy() is not None]
    assert len(labels) > 40
    for label in labels:
        assert label.text().replace("&", "") in label.buddy().accessibleName()


def test_no_pixel_font_sizes(launcher):
    window = launcher.start()
    window.pages.build_all()
    for widget in window.findChildren(QWidget):
        assert widget.font().pixelSize() == -1, widget.objectName()
        assert "px" not in widget.styleSheet()
