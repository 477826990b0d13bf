"""Tables and text views that are part of the page's one scroll (issue 18): they grow to their
rows or text, have no scroll bar of their own, and a keyboard move scrolls the page."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.ui.common.fit_table import FitTableView, row_height
from app.ui.common.grow_text import GrowingTextEdit


def _model(rows: int, columns: int = 3) -> QStandardItemModel:
    model = QStandardItemModel(0, columns)
    model.setHorizontalHeaderLabels([f"Kolom {c}" for c in range(columns)])
    for row in range(rows):
        model.appendRow([QStandardItem(f"rij {row} " + "lang " * c * 3) for c in range(columns)])
    return model


def _page(qtbot, *widgets: QWidget, width: int = 500, height: int = 400) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    inner = QWidget()
    layout = QVBoxLayout(inner)
    layout.addWidget(QLabel("Boven"))
    for widget in widgets:
        layout.addWidget(widget)
    layout.addWidget(QLabel("Onder"))
    area.setWidget(inner)
    area.resize(width, height)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    return area


def test_a_grown_table_shows_every_row_and_grows_when_a_row_is_added(qtbot):
    model = _model(30)
    table = FitTableView()
    table.setModel(model)
    area = _page(qtbot, table)
    qtbot.waitUntil(lambda: table.height() == table.grown_height())
    assert table.verticalScrollBar().maximum() == 0
    assert table.horizontalScrollBar().maximum() == 0
    assert table.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    last = table.visualRect(model.index(29, 0))
    assert last.bottom() <= table.viewport().height()  # the last row is inside the table
    assert area.verticalScrollBar().maximum() > 0  # the page scrolls instead
    before = table.height()
    model.appendRow([QStandardItem("nieuw")])
    qtbot.waitUntil(lambda: table.height() == before + row_height(table))
    assert table.verticalScrollBar().maximum() == 0
    model.removeRows(0, 10)
    qtbot.waitUntil(lambda: table.height() == before - 9 * row_height(table))


def test_the_height_of_20000_rows_is_counted_not_measured(qtbot):
    model = _model(20000, columns=2)
    table = FitTableView()
    started = time.perf_counter()
    table.setModel(model)
    height = table.grown_height()
    assert time.perf_counter() - started < 2
    header = table.horizontalHeader().sizeHint().height()
    assert height == header + 20000 * row_height(table) + 2 * table.frameWidth()
    assert table.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed


def test_a_keyboard_move_to_the_last_row_scrolls_the_page_to_it(qtbot):
    model = _model(40)
    table = FitTableView()
    table.setModel(model)
    area = _page(qtbot, table)
    qtbot.waitUntil(lambda: table.height() == table.grown_height())
    table.setFocus()
    table.selectRow(0)
    assert area.verticalScrollBar().value() == 0
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert table.currentIndex().row() == 39
    rect = table.visualRect(table.currentIndex())
    top = table.viewport().mapTo(area.widget(), rect.topLeft()).y()
    shown = area.verticalScrollBar().value()
    assert shown <= top and top + rect.height() <= shown + area.viewport().height()
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert area.verticalScrollBar().value() < shown


def _fitting(model, points: float) -> tuple[FitTableView, QHeaderView]:
    """A fitting table at ``points``: the first column stretches, the others fit their contents."""
    table = FitTableView()
    font = table.font()
    font.setPointSizeF(points)
    table.setFont(font)
    table.setModel(model)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table, header


def test_columns_never_run_past_the_table(qtbot):
    table, header = _fitting(_model(5, columns=4), 12)  # 12: whatever size an earlier test left
    area = _page(qtbot, table, width=520)  # room for the floors, not for the natural widths
    qtbot.waitUntil(lambda: header.length() <= table.viewport().width())
    assert header.sectionResizeMode(3) == QHeaderView.ResizeMode.Interactive  # it was squeezed
    assert header.sectionSize(0) >= table.viewport().width() // 4  # the name keeps room
    area.resize(1400, 400)  # wide again: the columns get their own widths back
    qtbot.waitUntil(lambda: header.sectionResizeMode(1) == QHeaderView.ResizeMode.ResizeToContents)
    assert header.length() <= table.viewport().width()


def test_a_notes_field_grows_with_its_text_up_to_half_the_window(qtbot):
    editor = GrowingTextEdit()
    area = _page(qtbot, editor, height=600)
    three_lines = editor.height()
    assert three_lines >= editor.fontMetrics().lineSpacing() * 3
    editor.setPlainText("\n".join(f"regel {n}" for n in range(6)))
    qtbot.waitUntil(lambda: editor.height() > three_lines)
    assert editor.verticalScrollBar().maximum() == 0  # no scroll inside: it grew instead
    editor.setPlainText("\n".join(f"regel {n}" for n in range(200)))
    qtbot.waitUntil(lambda: editor.height() == area.window().height() // 2)
    assert editor.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded


@pytest.mark.parametrize("points", [12, 18, 24])
def test_the_table_never_scrolls_sideways_at_any_width_or_font(qtbot, points):
    """Like the kit table: the name and a wide column stretch, the others fit their contents and
    the last one stretches; the font changes after the columns were fitted (the contents are
    measured again later), then the page gets narrower and wider."""
    model = _model(12, columns=5)
    model.setHorizontalHeaderLabels(["Naam", "Hoeveel je hebt", "Hoeveel je nodig hebt", "Waarom", "Notitie"])
    table = FitTableView()
    table.setModel(model)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(3, 300)
    area = _page(qtbot, table, width=1000)
    font = table.font()
    font.setPointSizeF(points)
    table.setFont(font)
    for width in (1000, 640, 777, 1281, 900, 1000):
        area.resize(width, 400)
        qtbot.wait(20)
        qtbot.waitUntil(lambda: header.length() <= table.viewport().width())
        assert table.horizontalScrollBar().maximum() == 0, (width, header.length(), table.viewport().width())
        model.appendRow([QStandardItem("een heel lange waarde " * 2) for _ in range(5)])
        qtbot.wait(20)
        qtbot.waitUntil(lambda: header.length() <= table.viewport().width())
        assert table.horizontalScrollBar().maximum() == 0


def test_a_column_title_wraps_instead_of_being_cut(qtbot):
    """'Heeft hulp nodig' in a column too narrow for it goes over two lines: the header grows,
    the rows move down with it, and the title is never elided."""
    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["Naam", "Leeftijd", "Heeft hulp nodig"])
    for row in range(3):
        model.appendRow([QStandardItem(f"Persoon {row}"), QStandardItem("Volwassene"), QStandardItem("Nee")])
    table = FitTableView()
    table.setModel(model)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    header = table.horizontalHeader()
    area = _page(qtbot, table, width=900)
    qtbot.waitUntil(lambda: header.height() > 0)
    one_line = header.height()
    assert header.textElideMode() == Qt.TextElideMode.ElideNone
    title_width = header.fontMetrics().horizontalAdvance("Heeft hulp nodig")
    area.resize(max(200, title_width * 3 // 2), 400)  # each of three columns narrower than the title
    qtbot.waitUntil(lambda: header.sectionSize(2) < title_width)
    qtbot.waitUntil(lambda: header.height() >= one_line + header.fontMetrics().height() - 2)
    assert table.viewport().geometry().top() >= header.geometry().bottom()  # rows under the header
    qtbot.waitUntil(lambda: table.height() >= table.grown_height())  # the table grew with its header
    area.resize(900, 400)
    qtbot.waitUntil(lambda: header.height() == one_line)  # room again: one line


def test_a_hidden_table_fits_its_columns_when_it_is_shown(qtbot):
    # a table in a closed section or a page being built has no width yet: fitting it then is
    # wasted work (issue 20: the kit page measured its 20,000-row tables a dozen times before
    # it was on the screen); the fit asked for while hidden happens when it is shown
    model = _model(5, columns=4)
    model.optional_columns = (3,)  # type: ignore[attr-defined]
    table, header = _fitting(model, 24)
    holder = QWidget()
    holder_layout = QVBoxLayout(holder)
    holder_layout.addWidget(table)
    table.hide()
    area = _page(qtbot, holder, width=420)
    table.fit_columns()
    assert not table.isColumnHidden(3)  # hidden: nothing measured, nothing decided
    table.show()
    qtbot.waitUntil(lambda: table.isColumnHidden(3))  # 24 pt in 420 px: the optional one goes
    assert header.length() <= table.viewport().width()
    area.close()


def test_an_optional_column_goes_before_the_others_are_cut_short(qtbot):
    # at large text the least important column goes first, so the others keep their whole
    # text and the name a third of the width; squeezing (eliding) only when that is not enough
    model = QStandardItemModel(0, 4)
    model.setHorizontalHeaderLabels(["Naam", "Waar", "Datum", "Stand"])
    for row in range(5):
        model.appendRow([QStandardItem(f"Een lange naam {row} " * 3), QStandardItem("Keukenkast boven het aanrecht"),
                         QStandardItem("24-11-2026"), QStandardItem("Aan")])
    model.optional_columns = (1,)  # type: ignore[attr-defined]
    table, header = _fitting(model, 24)
    header.setStretchLastSection(False)
    metrics = table.fontMetrics()
    # the titles' floors fit (4 × 11 characters), the three columns' own widths too (about 47
    # characters), but not with a third left for the name
    width = metrics.averageCharWidth() * 60 + 40
    area = _page(qtbot, table, width=width)
    qtbot.waitUntil(lambda: table.isColumnHidden(1))
    assert header.sectionSize(2) >= metrics.horizontalAdvance("24-11-2026")
    assert header.sectionResizeMode(2) == QHeaderView.ResizeMode.ResizeToContents  # not squeezed
    assert header.sectionSize(0) >= table.viewport().width() // 3 - 2
    area.close()
