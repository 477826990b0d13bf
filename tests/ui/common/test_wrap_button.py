"""Check boxes, radio buttons and push buttons whose text wraps (issue 18, layouts that reflow)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics, QKeySequence
from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from app.ui.common.flow_layout import FlowLayout
from app.ui.common.theme import apply_text_size
from app.ui.common.wrap_button import WrapCheckBox, WrapPushButton, WrapRadioButton, wrap_lines
from tests.ui.layout_checks import settle

LONG = "Deze &persoon heeft misschien hulp nodig in een noodsituatie"


@pytest.fixture
def largest(qapp):
    old = qapp.font()
    apply_text_size(qapp, "largest")
    yield
    qapp.setFont(old)


@pytest.mark.parametrize("kind", [WrapCheckBox, WrapRadioButton])
def test_a_long_check_box_wraps_in_a_narrow_form(qtbot, largest, kind):
    holder = QWidget()
    qtbot.addWidget(holder)
    form = QFormLayout(holder)
    box = kind(LONG)
    box.setObjectName("long")
    form.addRow(box)
    holder.resize(480, 400)
    holder.show()
    settle()
    one_line = box.sizeHint()
    assert one_line.width() > 900  # one line would not fit
    assert box.width() <= 480
    assert box.hasHeightForWidth()
    assert box.height() >= box.heightForWidth(box.width()) >= 2 * box.fontMetrics().height()
    assert box.minimumSizeHint().width() < 400
    # the text stays the widget's text: mnemonic, accessible text and tests that read it
    assert box.text() == LONG
    # a click on the last line of the text toggles it, as on the mark
    before = box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() - 20, box.height() - 8))
    assert box.isChecked() != before or kind is WrapRadioButton and box.isChecked()
    # a wide form: one line again
    holder.resize(1400, 400)
    settle()
    assert box.height() == one_line.height()


def test_a_wrapped_check_box_keeps_its_mnemonic_and_space_key(qtbot, largest):
    box = WrapCheckBox(LONG)
    qtbot.addWidget(box)
    box.resize(300, 200)
    box.show()
    assert box.shortcut() == QKeySequence("Alt+P")
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()


def test_wrap_lines_breaks_between_words_and_keeps_marks(qapp):
    metrics = QFontMetrics(qapp.font())
    width = metrics.horizontalAdvance("Deze persoon heeft")
    wrapped = wrap_lines(LONG, metrics, width)
    assert wrapped.replace("\n", " ") == LONG
    assert wrapped.count("\n") >= 2
    for line in wrapped.split("\n"):
        assert metrics.horizontalAdvance(line.replace("&", "")) <= width or " " not in line


def test_a_long_push_button_wraps_in_a_flow_row(qtbot, largest):
    holder = QWidget()
    qtbot.addWidget(holder)
    column = QVBoxLayout(holder)
    row = FlowLayout()
    button = WrapPushButton("Alle contacten opslaan voor een telefoon (.vcf)…")
    short = WrapPushButton("Sluiten")
    row.addWidget(button)
    row.addWidget(short)
    column.addLayout(row)
    column.addStretch()
    full = button.sizeHint()
    holder.resize(full.width() // 2 + 40, 600)
    holder.show()
    settle()
    assert button.width() < full.width()
    assert button.height() >= button.heightForWidth(button.width()) > full.height()
    assert button.geometry().right() <= holder.width()
    assert short.height() == short.sizeHint().height()
    assert short.geometry().top() > button.geometry().top()  # on the next row
    assert button.text() == "Alle contacten opslaan voor een telefoon (.vcf)…"
    holder.resize(full.width() + short.sizeHint().width() + 60, 600)
    settle()
    assert button.height() == full.height() and button.width() == full.width()
