"""Step 1 of the booklet: the emergency kit for this household, what is there, what to buy."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction, QContextMenuEvent, QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.check import next_check_of
from app.core.fields import InvalidValue
from app.core.kit import MAX_DAYS, MIN_DAYS, answers, catalogue, horizon_days
from app.core.readiness import Readiness
from app.core.records import NotNeeded, Stock
from app.core.supplies import KitReport
from app.ui.common.fields import make_hint
from app.ui.common.fit_table import FitTableView, list_table
from app.ui.common.flow_layout import FlowLayout
from app.ui.common.search_proxy import SearchProxy, search_box
from app.ui.common.session import SaveError, Session
from app.ui.common.tabbed_page import TabbedPage, later_holder, put_in_holder
from app.ui.common.table_models import RECORD_ROLE
from app.ui.common.theme import heading, page_layout
from app.ui.common.wrap_button import WrapPushButton, WrapRadioButton
from app.ui.kit.check_dialog import CheckDialog
from app.ui.kit.expiring import ExpiringModel, expiring_summary, expiring_table
from app.ui.kit.kit_models import (
    KitTableModel,
    ShoppingTableModel,
    StockTableModel,
)
from app.ui.kit.not_needed_dialog import NotNeededDialog
from app.ui.kit.stock_editor import StockEditor
from app.ui.kit.to_buy_list import ToBuyList
from app.words.check import check_word, next_check_sentence
from app.words.counts import not_needed_button, not_needed_tip
from app.words.i18n import current_language, tr
from app.words.kit import (
    autonomy_sentence,
    essential_text,
    explain_requirement,
    horizon_text,
    not_needed_text,
    readiness_texts,
    sentences,
)
from app.words.numbers import format_amount
from app.words.problems import problem_text


def _table(name: str, title: str) -> FitTableView:
    table = list_table(name, title)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class KitPage(TabbedPage):
    """The recommended kit, the stock, the shopping list and the half-yearly check."""

    page_name = "kit"
    STOCK, SHOPPING, CHECK = 1, 2, 3
    """The sections made when first opened or after the page shows (TabbedPage.add_later)."""

    # made with the "What you have" section
    stock: StockEditor
    stock_search: QLineEdit
    stock_proxy: SearchProxy
    exchange_row: FlowLayout
    import_button: QPushButton
    export_button: QPushButton
    # made with the "Shopping list" section
    shopping_model: ShoppingTableModel
    shopping_table: FitTableView
    shopping_empty: QLabel
    shopping_row: FlowLayout
    shopping_button: QPushButton
    to_buy: ToBuyList
    # made with the "Check and reminders" section
    check_label: QLabel
    checked_button: QPushButton
    check_dialog: CheckDialog | None
    expiring_label: QLabel
    expiring_model: ExpiringModel
    expiring_table: FitTableView
    remind_row: FlowLayout
    remind_button: QPushButton
    calendar_row: FlowLayout
    calendar_button: QPushButton

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, tr("Step 1: Make an emergency kit"), parent)
        self.status.setVisible(True)
        self.status.setObjectName("kit.status")
        self.add_made(self._needs_tab, tr("What you need"))
        # the 20,000-entry stock list, the shopping list and the expiring entries are made on
        # their first show or after the page shows, each in its own pass (issue 20)
        self.add_later(self._stock_tab, tr("What you have"))
        self.add_later(self._shopping_tab, tr("Shopping list"))
        self.add_later(self._check_tab, tr("Check and reminders"))
        self.session.changed.connect(self._refresh)
        self._refresh()

    def section_made(self, index: int) -> None:
        if index in (self.SHOPPING, self.CHECK):
            report = self.kit_model.report or self.session.kit_report()
            if index == self.SHOPPING:
                self._show_shopping(report, self.session.readiness(report))
            else:
                self._show_check(report)

    def object_for(self, target: str) -> str:
        if target.startswith("item."):
            self.select_item(target[5:])
            return "kit.table"
        return {"shopping": "shopping.table", "check": "kit.checked", "expiring": "kit.expiring"}.get(target, target)

    # --- what you need ------------------------------------------------------------------------

    def _needs_tab(self) -> QWidget:
        widget = QWidget()
        layout = page_layout(widget)
        layout.addWidget(heading(tr("How long must your kit last?"), level=2))
        self.horizons = QButtonGroup(self)
        choices = QVBoxLayout()
        kit = catalogue()
        for index, horizon in enumerate(kit.horizons):
            button = WrapRadioButton(horizon_text(horizon.hours))
            button.setObjectName(f"kit.horizon.{horizon.id}")
            button.setToolTip(kit.source_text(horizon.source, current_language()))
            self.horizons.addButton(button, index)
            choices.addWidget(button)
        own_row = QHBoxLayout()
        self.own_horizon = WrapRadioButton(tr("Your own number of days:"))
        self.own_horizon.setObjectName("kit.horizon.own")
        self.horizons.addButton(self.own_horizon, len(kit.horizons))
        self.own_days = QSpinBox()
        self.own_days.setObjectName("kit.horizon.days")
        self.own_days.setAccessibleName(tr("Your own number of days"))
        self.own_days.setRange(MIN_DAYS, MAX_DAYS)
        own_row.addWidget(self.own_horizon)
        own_row.addWidget(self.own_days)
        own_row.addStretch(1)
        choices.addLayout(own_row)
        layout.addLayout(choices)
        self.horizon_source = make_hint("")
        layout.addWidget(self.horizon_source)
        self._show_horizon()
        self.horizons.idToggled.connect(self._on_horizon)
        self.own_days.valueChanged.connect(self._on_own_days)

        layout.addWidget(heading(tr("Your kit, item by item"), level=2))
        self.kit_search = search_box("kit.search", tr("Search the kit"))
        layout.addWidget(self.kit_search)
        self.kit_model = KitTableModel(self.session)
        self.kit_proxy = SearchProxy(self)
        self.kit_proxy.setSourceModel(self.kit_model)
        self.kit_search.textChanged.connect(self.kit_proxy.set_search)
        self.kit_table = _table("kit.table", tr("Your kit, item by item"))
        self.kit_table.setModel(self.kit_proxy)
        self.kit_table.setSortingEnabled(True)
        self.kit_table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = self.kit_table.horizontalHeader()
        # the amounts and dates fit their texts, measured once per change of the kit (not by Qt
        # on every key typed in the search: that re-measured every cell a dozen times a key)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.kit_model.modelReset.connect(self._size_still_needed)
        self._still_needed_pending = True
        layout.addWidget(self.kit_table)
        self._not_needed_controls(layout)

        self.item_box = QGroupBox(tr("About this item"))
        box_layout = QVBoxLayout(self.item_box)
        self.item_title = heading("", level=3)
        self.item_explain = QLabel()
        self.item_explain.setObjectName("kit.explain")
        self.item_explain.setWordWrap(True)
        self.item_explain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                                  | Qt.TextInteractionFlag.TextSelectableByMouse)
        box_layout.addWidget(self.item_title)
        box_layout.addWidget(self.item_explain)
        self._item_stock: StockEditor | None = None
        self._item_stock_holder = later_holder()
        box_layout.addWidget(self._item_stock_holder)
        # the item's entries (its editor reads the stock) come in the next pass of the event
        # loop after the page first shows (issue 20); asked for before, they are made then
        layout.addWidget(self.item_box)
        self.kit_table.selectionModel().currentRowChanged.connect(self._on_item_selected)
        self.kit_proxy.modelReset.connect(self._keep_item_selected)
        self._selected_item = ""
        self.kit_table.selectRow(0)
        self._on_item_selected()
        return widget

    @property
    def item_stock(self) -> StockEditor:
        """The entries of the selected kit item, with their form."""
        if self._item_stock is None:
            self._make_item_stock()
        assert self._item_stock is not None
        return self._item_stock

    def parts_waiting(self) -> bool:
        return self._item_stock is None  # made a pass after the page shows (TabbedPage)

    def make_parts(self) -> None:
        self._make_item_stock()

    def _make_item_stock(self) -> None:
        if self._item_stock is not None:
            return
        self._item_stock = StockEditor(
            self.session, StockTableModel(self.session, item_id=self._selected_item),
            title=tr("What you have of this"), intro=tr("Add what you have, for example each pack you bought, with its date."),
            add_text=tr("Add what you have"), new_record=self._new_item_stock,
        )
        put_in_holder(self._item_stock, self._item_stock_holder)
        self._item_stock._select_row(0)
        self.select_kept(self._item_stock)

    @Slot()
    def _size_still_needed(self) -> None:
        """"Needed", "You have", "Still needed" and "Best before" as wide as their longest text
        in any row (searched or not, so columns stay put while typing); a long "Not needed for
        us: <reason>" is cut off at about 20 characters (the whole reason is in the tooltip and
        under "About this item")."""
        if not self.kit_table.isVisible():  # measured when the table is shown (eventFilter)
            self._still_needed_pending = True
            return
        self._still_needed_pending = False
        metrics = self.kit_table.fontMetrics()
        italic = self.kit_table.font()
        italic.setItalic(True)  # rows not needed for us are in italics
        slanted = QFontMetrics(italic)
        padding = 2 * metrics.averageCharWidth()
        header = self.kit_table.horizontalHeader()
        for column in (1, 2, 3, 5):
            texts = self.kit_model.column_texts(column)
            width = max((max(metrics.horizontalAdvance(text), slanted.horizontalAdvance(text))
                         for text in texts), default=0) + padding
            width = max(width, header.sectionSizeHint(column))
            if column == 3:
                width = min(width, metrics.averageCharWidth() * 20)
            header.resizeSection(column, width)
        self.kit_table.fit_columns()  # and still no wider than the page

    def _show_horizon(self) -> None:
        hours = self.session.kit_hours()
        kit = catalogue()
        preset = next((i for i, h in enumerate(kit.horizons) if h.hours == hours), None)
        blocked = self.horizons.blockSignals(True), self.own_days.blockSignals(True)
        if preset is not None:
            self.horizons.button(preset).setChecked(True)
            self.own_days.setValue(round(horizon_days(hours)))
            source = kit.source_text(kit.horizons[preset].source, current_language())
        else:
            self.own_horizon.setChecked(True)
            self.own_days.setValue(round(horizon_days(hours)))
            source = tr("Your own choice.")
        self.horizons.blockSignals(blocked[0])
        self.own_days.blockSignals(blocked[1])
        self.horizon_source.setText(tr("Source: %1").replace("%1", source))

    @Slot(int, bool)
    def _on_horizon(self, button_id: int, checked: bool) -> None:
        if not checked:
            return
        kit = catalogue()
        hours = kit.horizons[button_id].hours if button_id < len(kit.horizons) else self.own_days.value() * 24
        self._set_hours(hours)

    @Slot(int)
    def _on_own_days(self, days: int) -> None:
        self.own_horizon.setChecked(True)
        self._set_hours(days * 24)

    def _set_hours(self, hours: float) -> None:
        if hours == self.session.kit_hours():
            return
        self.session.set_setting("kit_hours", format_amount(hours).replace(",", "."))
        self._show_horizon()
        self.session.changed.emit("settings")

    def select_item(self, item_id: str) -> None:
        """Select the item; clear the search only when it hides the item."""
        if not self._select_visible(item_id) and self.kit_model.row_of(item_id) >= 0:
            self.kit_search.clear()
            self._select_visible(item_id)

    def _select_visible(self, item_id: str) -> bool:
        """Select the item's row if the search shows it; False if it is not shown."""
        row = self.kit_model.row_of(item_id)
        index = self.kit_proxy.mapFromSource(self.kit_model.index(row, 0)) if row >= 0 else None
        if index is None or not index.isValid():
            return False
        self.kit_table.selectRow(index.row())
        return True

    @Slot()
    def _on_item_selected(self) -> None:
        index = self.kit_table.currentIndex()
        status = index.data(RECORD_ROLE) if index.isValid() else None
        self.item_box.setVisible(status is not None)
        self._show_not_needed_state(status)
        editor = self._item_stock  # None until made: it is made for the item selected then
        if status is None:
            self._selected_item = ""
            if editor is not None:
                editor.model.set_item("")
            return
        item = status.requirement.item
        same = item.id == self._selected_item and (editor is None or editor.model.item_id == item.id)
        self._selected_item = item.id
        self.item_title.setText(item.label(current_language()))
        self.item_explain.setText(explain_requirement(status, catalogue(), answers(self.session.household())))
        if not same and editor is not None:  # a search that keeps the item shown does not reload its entries
            self.item_stock.model.set_item(item.id)
            self.item_stock._select_row(0)

    @Slot()
    def _keep_item_selected(self) -> None:
        if self._selected_item:
            self._select_visible(self._selected_item)  # never clears what is being typed
        if not self.kit_table.currentIndex().isValid():
            self.kit_table.selectRow(0)
        self._on_item_selected()

    def _new_item_stock(self) -> Stock | None:
        index = self.kit_table.currentIndex()
        if not index.isValid():
            return None
        status = index.data(RECORD_ROLE)
        item = status.requirement.item
        return Stock(item_id=item.id, quantity=1.0, unit=item.unit, added=self.session.today().isoformat())

    # --- not needed for us --------------------------------------------------------------------

    def _not_needed_controls(self, layout: QVBoxLayout) -> None:
        """The "Not needed for us" button under the table, the same action in the table's
        context menu (right click, or the Menu key on the selected row), and a line that says
        why an essential item cannot be marked."""
        row = FlowLayout()
        self.not_needed_button = QPushButton()
        self.not_needed_button.setObjectName("kit.not_needed")
        self.not_needed_button.clicked.connect(self.toggle_not_needed)
        row.addWidget(self.not_needed_button)
        layout.addLayout(row)
        self.not_needed_why = make_hint(essential_text())
        self.not_needed_why.setObjectName("kit.not_needed_why")
        layout.addWidget(self.not_needed_why)
        self.not_needed_action = QAction(self)
        self.not_needed_action.setObjectName("kit.not_needed_action")
        self.not_needed_action.triggered.connect(self.toggle_not_needed)
        self.item_menu = QMenu(self.kit_table)
        self.item_menu.setObjectName("kit.item_menu")
        self.item_menu.addAction(self.not_needed_action)
        self.kit_table.installEventFilter(self)
        self.kit_table.viewport().installEventFilter(self)

    def _show_not_needed_state(self, status: object) -> None:
        """The button and the menu entry follow the selected row: mark, or "Needed after all";
        off, with the reason in words, for water, food, baby food and medicines."""
        requirement = getattr(status, "requirement", None)
        marked = requirement is not None and requirement.not_needed is not None
        essential = requirement is not None and requirement.item.essential
        persons = len(self.session.household().members)
        text = tr("Needed after all") if marked else not_needed_button(persons)
        why = essential_text() if essential else ""
        for control in (self.not_needed_button, self.not_needed_action):
            control.setText(text)
            control.setEnabled(requirement is not None and not essential)
            control.setToolTip(why or (tr("Put this item back on your list.") if marked else
                                       not_needed_tip(persons)))
        label = requirement.item.label(current_language()) if requirement is not None else ""
        self.not_needed_button.setAccessibleName(f"{text}: {label}" if label else text)
        self.not_needed_button.setAccessibleDescription(why)
        self.not_needed_why.setVisible(essential)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The kit table's context menu: on the row under the mouse, or (the Menu key) on the
        selected row."""
        if watched is self.kit_table and (event.type() == QEvent.Type.FontChange
                                          or (event.type() == QEvent.Type.Show and self._still_needed_pending)):
            self._size_still_needed()  # the text size changed, or a change came while hidden
        if event.type() == QEvent.Type.ContextMenu and watched in (self.kit_table, self.kit_table.viewport()) \
                and isinstance(event, QContextMenuEvent):
            if event.reason() == QContextMenuEvent.Reason.Mouse:
                index = self.kit_table.indexAt(self.kit_table.viewport().mapFrom(watched, event.pos()))
                if index.isValid():
                    self.kit_table.selectRow(index.row())
                where = event.globalPos()
            else:
                rect = self.kit_table.visualRect(self.kit_table.currentIndex())
                where = self.kit_table.viewport().mapToGlobal(rect.bottomLeft())
            self.item_menu.popup(where)
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def toggle_not_needed(self) -> None:
        """Mark the selected item "not needed for us" (asking why), or put it back."""
        index = self.kit_table.currentIndex()
        status = index.data(RECORD_ROLE) if index.isValid() else None
        if status is None or status.requirement.item.essential:
            return
        item = status.requirement.item
        label = item.label(current_language())
        try:
            if status.requirement.not_needed is not None:
                for entry in self.session.repository.list("not_needed"):
                    if entry.item_id == item.id:
                        self.session.delete("not_needed", entry.id)
                self.session.notice.emit(tr("“%1” is back on your list. Press Ctrl+Z to undo.").replace("%1", label))
            else:
                dialog = NotNeededDialog(item, label, self, persons=len(self.session.household().members))
                if dialog.exec() != NotNeededDialog.DialogCode.Accepted:
                    return
                self.session.add("not_needed", NotNeeded(item_id=item.id, reason=dialog.reason()))
                self.session.notice.emit(not_needed_text(dialog.reason()) + ": " + label + ". "
                                         + tr("Press Ctrl+Z to undo."))
        except InvalidValue as error:
            self.session.notice.emit(problem_text(error.problem))
        except SaveError as error:
            self.session.notice.emit(str(error))
        self.select_item(item.id)
        self.kit_table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- what you have ------------------------------------------------------------------------

    def _stock_tab(self) -> QWidget:
        widget = QWidget()
        layout = page_layout(widget)
        self.stock_search = search_box("stock.search", tr("Search what you have"))
        layout.addWidget(self.stock_search)
        self.stock_proxy = SearchProxy(self)
        self.stock = StockEditor(
            self.session, StockTableModel(self.session),
            title=tr("Everything in your kit"),
            intro=tr("Everything you have, the first to go off at the top. Add your own things too, like spare hearing-aid batteries."),
            add_text=tr("Add your own item"), new_record=self._new_own_stock, proxy=self.stock_proxy,
        )
        self.stock_search.textChanged.connect(self.stock_proxy.set_search)
        # first to go off on top: StockEditor sorts on "Best before" when it enables sorting
        layout.addWidget(self.stock)
        self.exchange_row = FlowLayout()
        self.import_button = self._file_button("kit.import", tr("Add from a CSV file…"), "import_supplies")
        self.export_button = self._file_button("kit.export", tr("Save as a CSV file…"), "export_supplies")
        self.exchange_row.addWidget(self.import_button)
        self.exchange_row.addWidget(self.export_button)
        layout.addLayout(self.exchange_row)
        layout.addWidget(make_hint(tr("A CSV file opens in Excel or LibreOffice. You can fill in a list there and add it here in one go.")))
        layout.addStretch(1)
        return widget

    def _new_own_stock(self) -> Stock:
        return Stock(item_id="own", name=tr("New item"), quantity=1.0, unit="pcs",
                     added=self.session.today().isoformat())

    def _file_button(self, name: str, text: str, action: str) -> QPushButton:
        """A button for one of kit_files' functions, imported on the first click (it brings in
        the calendar and CSV libraries: not needed to show the page)."""
        button = WrapPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda: self._run_file_action(action))
        return button

    def _run_file_action(self, action: str) -> None:
        from app.ui.kit import kit_files

        function: Callable[[QWidget, Session], object] = getattr(kit_files, action)
        function(self, self.session)

    # --- shopping list ------------------------------------------------------------------------

    def _shopping_tab(self) -> QWidget:
        widget = QWidget()
        layout = page_layout(widget)
        layout.addWidget(heading(tr("What you still need to get"), level=2))
        layout.addWidget(make_hint(tr("Build up your kit step by step; you do not need to buy it all at once. A ready-made kit from a shop is often expensive and not complete.")))
        self.shopping_model = ShoppingTableModel(self.session)
        self.shopping_table = _table("shopping.table", tr("What you still need to get"))
        self.shopping_table.setModel(self.shopping_model)
        self.shopping_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.shopping_table)
        self.shopping_empty = QLabel(tr("Nothing is missing. Well done!"))
        layout.addWidget(self.shopping_empty)
        self.shopping_row = FlowLayout()
        self.shopping_button = self._file_button("kit.shopping_export", tr("Save the shopping list…"),
                                                 "export_shopping_list")
        self.shopping_row.addWidget(self.shopping_button)
        layout.addLayout(self.shopping_row)
        self.to_buy = ToBuyList(self.session)
        layout.addWidget(self.to_buy)
        layout.addStretch(1)
        return widget

    # --- check and reminders ------------------------------------------------------------------

    def _check_tab(self) -> QWidget:
        widget = QWidget()
        layout = page_layout(widget)
        layout.addWidget(heading(tr("Check your kit every six months"), level=2))
        self.check_label = QLabel()
        self.check_label.setObjectName("kit.next_check")
        self.check_label.setWordWrap(True)
        layout.addWidget(self.check_label)
        self.checked_button = WrapPushButton(tr("Start the check, step by step"))
        self.checked_button.setObjectName("kit.checked")
        self.check_dialog: CheckDialog | None = None
        self.checked_button.clicked.connect(self._mark_checked)
        layout.addWidget(self.checked_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout.addWidget(heading(tr("Past its date or going off soon"), level=2))
        self.expiring_label = QLabel()
        self.expiring_label.setObjectName("kit.expiring")
        self.expiring_label.setWordWrap(True)
        layout.addWidget(self.expiring_label)
        # one table however long the list (never a widget per entry), one button for the row
        # the entries' names as the item's editor names them: the stock list may not be made yet
        self.expiring_model = ExpiringModel(self.item_stock.model.label, self)
        self.expiring_table = expiring_table(self.expiring_model)
        layout.addWidget(self.expiring_table)
        self.remind_row = FlowLayout()
        self.remind_button = WrapPushButton(tr("Do not remind me again"))
        self.remind_button.setObjectName("kit.remind")
        self.remind_button.clicked.connect(self._toggle_selected_reminder)
        self.remind_row.addWidget(self.remind_button)
        layout.addLayout(self.remind_row)
        self.expiring_table.selectionModel().currentRowChanged.connect(self._show_reminder_state)
        self.expiring_model.modelReset.connect(self._show_reminder_state)
        layout.addWidget(heading(tr("Reminders in your own calendar"), level=2))
        layout.addWidget(make_hint(tr("Paraat only reminds you when it is open. Save a calendar file and open it on your phone or computer: then your calendar reminds you of the check, of fresh tap water and of every best-before date.")))
        self.calendar_row = FlowLayout()
        self.calendar_button = self._file_button("kit.calendar", tr("Save reminders for your calendar…"),
                                                 "export_calendar")
        self.calendar_row.addWidget(self.calendar_button)
        layout.addLayout(self.calendar_row)
        layout.addStretch(1)
        return widget

    @Slot()
    def _mark_checked(self) -> None:
        """Open the guided check (check_dialog.py); finishing it records the date."""
        self.check_dialog = CheckDialog(self.session, self)
        self.check_dialog.open()

    # --- refreshing ---------------------------------------------------------------------------

    @Slot()
    def _refresh(self, kind: str = "") -> None:
        if kind in ("*", "settings"):  # a restored backup or an opened plan file has its own horizon
            self._show_horizon()
        report: KitReport = self.kit_model.report or self.session.kit_report()
        result = self.session.readiness(report)
        figure, weakest = readiness_texts(result)
        self.status.setText(sentences(figure, weakest, autonomy_sentence(report.autonomy, len(self.session.household().members))))
        if self.is_made(self.SHOPPING):
            self._show_shopping(report, result)
        if self.is_made(self.CHECK):
            self._show_check(report)
        self._on_item_selected()  # "About this item", also when the kit table kept its rows

    def _show_shopping(self, report: KitReport, result: Readiness) -> None:
        self.shopping_empty.setVisible(result.started and not report.shopping)
        self.shopping_table.setVisible(bool(report.shopping))

    def _show_check(self, report: KitReport) -> None:
        check = next_check_of(report)  # the words of the overview, the paper and `paraat status`
        text = ("⚠ " if check.check_now else "") + next_check_sentence(check, current_language())
        if check.last is not None:
            text += " " + check_word("last", current_language()).format(date=check.last.strftime("%d-%m-%Y"))
        self.check_label.setText(text)
        self._show_expiring(report)

    def _show_expiring(self, report: KitReport) -> None:
        """A summary line and the table of entries past or near their date (reset in place)."""
        selected = self._selected_expiring()
        self.expiring_label.setText(expiring_summary(len(report.expiry.expired), len(report.expiry.soon)))
        if not self.expiring_model.show_report(report):
            return  # the same entries: the table and its selection stay as they are
        shown = bool(self.expiring_model.rows)
        self.expiring_table.setVisible(shown)
        self.remind_button.setVisible(shown)
        if shown:
            row = self.expiring_model.row_of(selected.id) if selected is not None else -1
            self.expiring_table.selectRow(max(row, 0))

    def _selected_expiring(self) -> Stock | None:
        index = self.expiring_table.currentIndex()
        entry = index.data(RECORD_ROLE) if index.isValid() else None
        return entry if isinstance(entry, Stock) else None

    @Slot()
    def _show_reminder_state(self) -> None:
        """The button follows the selected entry: stop its reminders, or start them again."""
        entry = self._selected_expiring()
        text = tr("Remind me again") if entry is not None and entry.dont_remind else tr("Do not remind me again")
        self.remind_button.setText(text)
        self.remind_button.setEnabled(entry is not None)
        label = self.expiring_model.data(self.expiring_table.currentIndex(),
                                         Qt.ItemDataRole.AccessibleTextRole) if entry is not None else ""
        self.remind_button.setAccessibleName(f"{text}: {label}" if label else text)

    @Slot()
    def _toggle_selected_reminder(self) -> None:
        entry = self._selected_expiring()
        if entry is not None:
            self._toggle_reminder(entry)

    def _toggle_reminder(self, entry: Stock) -> None:
        try:
            self.session.set_field("stock", entry.id, "dont_remind", 0 if entry.dont_remind else 1)
        except SaveError as error:
            self.session.notice.emit(str(error))

