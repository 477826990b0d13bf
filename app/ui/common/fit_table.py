"""A table that grows to its rows and hides its less important columns when the text is too large.

A page scrolls as one piece (issue 18): a table inside it has no scroll bar of its own but is as
high as its header and all its rows, so the page's scroll bar is the only one. Rows are all one
height, worked out from the font, so the height is rowCount × row height: cheap for 20,000 stock
entries too. Moving the current row with the keyboard scrolls the page so the row stays in view.

At 24-point text a six-column table on a library screen would elide every cell to "Dri…".
The model names the columns that may go (``optional_columns``, least important first); the
table hides as many as it must so the others stay readable. Every value stays visible in the
form beside the table and in the row's tooltip.

A short table whose cells wrap (``wrap_rows=True``: the neighbours, the backups; no form beside
them to show a cut-off value) lets each row grow to its text instead; its height is the sum of
its rows, fine for the few dozen rows such a list has. Its rows are measured once after each
change of the rows or the column widths (not in Qt's ResizeToContents mode, which measured
every row again on each of the several layouts of a page that is built). When such a list grows past
``WRAP_LIMIT`` rows (hundreds of neighbours), its rows are one line high like any other table:
Qt measures every row's wrapped text again on each layout, which grows with the rows (400
neighbours took half a second to show); the whole value stays in the row's tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QListWidget,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTableView,
    QWidget,
)

WRAP_LIMIT = 60
"""The most rows a ``wrap_rows`` table wraps; a longer one keeps its rows one line high."""


def row_height(view: QAbstractItemView) -> int:
    """One line of text with a little room above and below (and for the focus ring)."""
    metrics = view.fontMetrics()
    return metrics.height() + max(6, metrics.height() // 3)


def page_scroll_area(widget: QWidget) -> QScrollArea | None:
    """The nearest scroll area around ``widget``: the page that scrolls."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def show_in_page(view: QAbstractScrollArea, rect: QRect) -> None:
    """Scroll the page around ``view`` so ``rect`` (in the view's viewport) can be seen."""
    area = page_scroll_area(view)
    inner = area.widget() if area is not None else None
    if area is None or inner is None or not inner.isAncestorOf(view):
        return
    top_left = view.viewport().mapTo(inner, rect.topLeft())
    margin = rect.height() // 2 + 4
    area.ensureVisible(top_left.x(), top_left.y() + rect.height() // 2, 0, margin)


def grow_list(view: QAbstractItemView, rows_shown: int | None = None) -> None:
    """Make a list view (QListWidget, QListView) part of the page: no scroll bar of its own and
    as high as its rows (all of them, or ``rows_shown`` if the caller knows better)."""
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
    policy = view.sizePolicy()
    policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
    view.setSizePolicy(policy)
    model = view.model()
    count = (model.rowCount() if model is not None else 0) if rows_shown is None else rows_shown
    height = 0
    for row in range(count):  # a list in a page is short: a few dozen rows at most
        height += max(view.sizeHintForRow(row), row_height(view))
    view.setFixedHeight(height + 2 * view.frameWidth() + (4 if count else row_height(view)))


class GrowingListWidget(QListWidget):
    """A QListWidget for a page (see grow_list): when wrapped items turn out taller than
    measured, it grows by what it would otherwise scroll."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        grow_list(self)

    def updateGeometries(self) -> None:
        super().updateGeometries()
        extra = self.verticalScrollBar().maximum()
        if extra > 0 and self.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            self.setFixedHeight(self.height() + extra)

    def resizeEvent(self, event: QResizeEvent) -> None:
        width_changed = event.oldSize().width() != event.size().width()
        super().resizeEvent(event)
        if width_changed and event.oldSize().width() > 0:
            grow_list(self)  # measure again at the new width; updateGeometries adds what is missing


class TitleHeader(QHeaderView):
    """A column header at least ``least_height`` high: room for titles that wrap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.least_height = 0

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        hint.setHeight(max(hint.height(), self.least_height))
        return hint


class FitTableView(QTableView):
    """A QTableView that grows to its rows and drops optional columns instead of squeezing."""

    MIN_CHARS = 9  # a column narrower than this many characters is not worth showing

    def __init__(self, parent: QWidget | None = None, *, grow: bool = True, wrap_rows: bool = False) -> None:
        super().__init__(parent)
        self._grow = grow
        self._wrap_wanted = wrap_rows
        self._wrap_rows = not wrap_rows  # set below by _wrap
        self._rows_pending = False  # wrapped rows to measure when the table is shown
        self._rows_timer = QTimer(self)  # measures the wrapped rows once after a burst of changes
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self.measure_rows)
        self._stretch_last = False
        self._squeezed: dict[int, tuple[QHeaderView.ResizeMode, int, int]] = {}  # column: mode, width, squeezed
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.verticalHeader()
        self._wrap(wrap_rows)
        rows.sectionResized.connect(self._rows_changed)
        self._fitting = False
        self._fit_pending = False  # a fit was asked for while the table was hidden
        self._refit_timer = QTimer(self)  # a child: it goes with the table
        self._refit_timer.setSingleShot(True)
        self._refit_timer.setInterval(0)
        self._refit_timer.timeout.connect(self.fit_columns)
        # columns sized to their contents are measured later than fit_columns runs (after a font
        # change, a filter, new rows): when they then run past the table, fit again
        # column titles wrap at their spaces instead of ending in "…" ("Heeft hulp / nodig")
        titles = TitleHeader(self)
        titles.setSectionsClickable(True)
        titles.setHighlightSections(True)
        self.setHorizontalHeader(titles)
        titles.sectionResized.connect(self._columns_changed)
        titles.setDefaultAlignment(Qt.AlignmentFlag(int(Qt.AlignmentFlag.AlignCenter.value)
                                                     | int(Qt.TextFlag.TextWordWrap.value)))
        titles.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._title_height = 0  # the header's height for its wrapped titles, once measured
        if grow:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._set_row_height()

    # --- height -------------------------------------------------------------------------------

    def _set_row_height(self) -> None:
        height = row_height(self)
        rows = self.verticalHeader()
        rows.setMinimumSectionSize(min(rows.minimumSectionSize(), height))
        rows.setDefaultSectionSize(height)

    def _wrap(self, wrap: bool) -> None:
        """Rows that grow to their wrapped text, or rows one line high."""
        if wrap == self._wrap_rows:
            return
        self._wrap_rows = wrap
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # measured here
        if not wrap:
            self._set_row_height()
            rows, size = self.verticalHeader(), self.verticalHeader().defaultSectionSize()
            for row in range(rows.count()):  # rows measured while wrapping keep their height
                if rows.sectionSize(row) != size:
                    rows.resizeSection(row, size)
        self.setWordWrap(wrap)
        self._measure_rows_soon()

    def _measure_rows_soon(self, *_args: object) -> None:
        if self._wrap_rows:
            self._rows_timer.start()

    def measure_rows(self) -> None:
        """Make each wrapped row as high as its text at the columns' widths (one pass; a hidden
        table measures when it is shown)."""
        self._rows_timer.stop()
        if not self._wrap_rows:
            return
        if not self.isVisible():
            self._rows_pending = True
            return
        self._rows_pending = False
        self.resizeRowsToContents()

    def _wrap_as_long(self, *_args: object, model: QAbstractItemModel | None = None) -> None:
        """A ``wrap_rows`` table wraps while it has at most WRAP_LIMIT rows."""
        model = model or self.model()
        self._wrap(self._wrap_wanted and (model.rowCount() if model is not None else 0) <= WRAP_LIMIT)

    def wraps_rows(self) -> bool:
        """Whether the rows grow to their wrapped text now."""
        return self._wrap_rows

    def rows_height(self) -> int:
        """The height of all rows: rowCount × row height (or their sum for wrapped rows)."""
        model = self.model()
        count = model.rowCount() if model is not None else 0
        if self._wrap_rows:
            return self.verticalHeader().length()
        return count * self.verticalHeader().defaultSectionSize()

    def grown_height(self) -> int:
        header = self.horizontalHeader()
        header_height = max(header.sizeHint().height(), self._title_height) if not header.isHidden() else 0
        rows = self.rows_height() or row_height(self) // 2
        return header_height + rows + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self._grow:
            hint.setHeight(self.grown_height())
        return hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self._grow:
            hint.setHeight(self.grown_height())
        return hint

    def _rows_changed(self, *_args: object) -> None:
        if self._grow:
            self.updateGeometry()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._set_row_height()
            self._measure_rows_soon()
            self.fit_columns()
            self._rows_changed()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._grow or event.oldSize().width() != event.size().width():
            self.fit_columns()  # a grown table only taller (more rows): the columns fit already
        if self._grow:
            if self._wrap_rows and event.oldSize().width() != event.size().width():
                self.measure_rows()  # a few dozen wrapped rows: their height follows the width
            if self.height() != self.grown_height():
                self.updateGeometry()
            self.verticalScrollBar().setValue(0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_pending:
            self.fit_columns()
        if self._rows_pending:
            self.measure_rows()

    def setModel(self, model: QAbstractItemModel | None) -> None:
        self._wrap_as_long(model=model)  # before the view measures the new model's rows
        super().setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
                signal.connect(self._wrap_as_long)  # before the rows are measured for the height
                signal.connect(self._measure_rows_soon)
            model.dataChanged.connect(self._measure_rows_soon)  # a cell's text: its row's lines
            model.layoutChanged.connect(self._measure_rows_soon)  # sorted: other rows at each place
            model.modelReset.connect(self.fit_columns)
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
                signal.connect(self._rows_changed)
        self.fit_columns()
        self._rows_changed()

    # --- keyboard: the page follows the current row -------------------------------------------

    def currentChanged(self, current: QModelIndex | QPersistentModelIndex,
                       previous: QModelIndex | QPersistentModelIndex) -> None:
        super().currentChanged(current, previous)
        if self._grow and current.isValid() and (self.hasFocus() or self.window().focusWidget() is self):
            show_in_page(self, self.visualRect(current))

    def scrollTo(self, index: QModelIndex | QPersistentModelIndex, hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        if not self._grow:
            super().scrollTo(index, hint)
        # grown: every row is in the table already; the page scrolls (currentChanged)

    def select_row_and_show(self, row: int) -> None:
        """Make ``row`` current and selected and scroll the page to it."""
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        index = model.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        show_in_page(self, self.visualRect(index))

    # --- columns ------------------------------------------------------------------------------

    def _optional(self) -> list[int]:
        model = self.model()
        while model is not None and not hasattr(model, "optional_columns") and hasattr(model, "sourceModel"):
            model = model.sourceModel()
        return list(getattr(model, "optional_columns", []))

    def _columns_changed(self, *_args: object) -> None:
        self._measure_rows_soon()  # wrapped text takes more or fewer lines at the new width
        if not self._fitting:
            self._fit_title_height()  # a column got narrower or wider: its title may wrap otherwise
        if not self._fitting and self.horizontalHeader().length() > self.viewport().width() > 0:
            self._refit_timer.start()

    def fit_columns(self) -> None:
        if self._fitting:
            return
        if not self.isVisible():  # a hidden table (another section, a page being built) fits
            self._fit_pending = True  # when it is shown: its width is not known before that
            return
        self._fit_pending = False
        self._fitting = True
        try:
            self._fit_columns()
        finally:
            self._fitting = False

    def _fit_columns(self) -> None:
        model = self.model()
        if model is None:
            return
        metrics = self.fontMetrics()
        header = self.horizontalHeader()
        needed = {
            column: max(metrics.horizontalAdvance(str(model.headerData(column, header.orientation()) or "")),
                        metrics.averageCharWidth() * self.MIN_CHARS) + 2 * metrics.averageCharWidth()
            for column in range(model.columnCount())
        }
        available = self.viewport().width()
        if self._squeezed:  # the width or the font changed: start again from the page's own widths
            for column, (mode, width, squeezed) in self._squeezed.items():
                if header.sectionSize(column) != squeezed:
                    width = header.sectionSize(column)  # the page set another width since
                header.setSectionResizeMode(column, mode)
                if mode == QHeaderView.ResizeMode.ResizeToContents:
                    width = max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
                header.resizeSection(column, width)
            self._squeezed.clear()
            header.setStretchLastSection(self._stretch_last)
        hidden: set[int] = set()
        for column in self._optional():
            if sum(width for col, width in needed.items() if col not in hidden) <= available:
                break
            hidden.add(column)
        for column in range(model.columnCount()):
            self.setColumnHidden(column, column in hidden)
        self._squeeze(available, [column for column in self._optional() if column not in hidden])
        self._fit_title_height()

    def _fit_title_height(self) -> None:
        """Make the header as tall as its most wrapped title at the columns' widths. Only the
        height changes, so the columns' fit does not run again because of it."""
        header = self.horizontalHeader()
        model = self.model()
        if model is None or header.isHidden():
            return
        metrics = header.fontMetrics()
        one_line = QHeaderView.sizeHint(header).height()
        margin = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 4
        wrap = int(Qt.TextFlag.TextWordWrap.value)
        needed = one_line
        for column in range(model.columnCount()):
            if self.isColumnHidden(column) or header.sectionSize(column) <= margin:
                continue
            title = str(model.headerData(column, header.orientation()) or "")
            lines = metrics.boundingRect(0, 0, header.sectionSize(column) - margin, 100000, wrap, title).height()
            needed = max(needed, one_line + lines - metrics.height())
        if needed != self._title_height:
            self._title_height = needed
            if isinstance(header, TitleHeader):
                header.least_height = needed
            self.updateGeometries()
            self.updateGeometry()

    def _squeeze(self, available: int, optional: list[int]) -> None:
        """No sideways scrolling: when columns sized to their contents are together wider than
        the table, the ``optional`` columns still shown go first (least important first), so
        the others keep their whole text; when that is not enough, the columns become plain
        columns that share what is left (their text is elided; the whole value is in the row's
        tooltip and the form beside the table), below their floors if need be: together the
        columns are never wider than the table."""
        header = self.horizontalHeader()
        model = self.model()
        if model is None or available <= 0:
            return  # (a stretching name that got less than its third counts as not fitting)
        floor = self.fontMetrics().averageCharWidth() * self.MIN_CHARS
        while True:
            shown = [column for column in range(model.columnCount()) if not self.isColumnHidden(column)]
            if not shown:
                return
            fixed = [column for column in shown
                     if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch]
            stretch = [column for column in shown if column not in fixed]
            keeps = max(len(stretch) * floor, available // 3) if stretch else 0
            if not optional or sum(header.sectionSize(column) for column in fixed) + keeps <= available:
                break
            self.setColumnHidden(optional.pop(0), True)
        # the stretching columns (the name) keep at least a third of the width between them
        keep = max(len(stretch) * floor, available // 3) if stretch else 0
        if keep + len(fixed) * floor > available:
            keep = min(keep, len(stretch) * floor)
        room = available - keep - len(fixed) * floor  # what is left above the floors
        natural = {column: header.sectionSize(column) for column in fixed}
        extra = sum(max(0, width - floor) for width in natural.values())
        if not fixed or sum(natural.values()) + keep <= available:
            return
        self._stretch_last = header.stretchLastSection()
        header.setStretchLastSection(False)  # what is left goes to the name, not the last column
        below = max(1, (available - keep) // len(fixed)) if room < 0 else 0  # floors do not fit
        for column, width in natural.items():
            share = max(0, width - floor) * max(room, 0) // max(extra, 1)
            squeezed = min(width, below or floor + share)
            self._squeezed[column] = (header.sectionResizeMode(column), width, squeezed)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, squeezed)


def list_table(name: str, title: str, model: QAbstractItemModel | None = None) -> FitTableView:
    """A read-only table of records: whole rows, one at a time, Tab leaves it (arrows move in it),
    no row numbers. ``model`` is set first, so a caller's per-column header modes have columns."""
    table = FitTableView()
    if model is not None:
        table.setModel(model)
    table.setObjectName(name)
    table.setAccessibleName(title)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    return table
