"""The editor for stock entries: a list with a form, used for one kit item and for everything."""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QAbstractProxyModel, QEvent, QObject, QStringListModel, Qt, Slot
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from app.core.kit import catalogue, units_for
from app.core.records import UNITS, Stock
from app.ui.common.fields import FormBuilder
from app.ui.common.record_list import RecordListEditor
from app.ui.common.session import Session
from app.ui.kit.kit_models import StockTableModel
from app.words.i18n import tr
from app.words.kit import unit_labels


def units_for_item(item_id: str) -> list[str]:
    """The units an entry for this item may be counted in."""
    if item_id.startswith("medicine:"):
        return ["day"]
    item = catalogue().item(item_id)
    return units_for(item.unit) if item is not None else list(UNITS)


class _Places:
    """The places of one session's stock, kept until the stock changes: through the session
    (its ``changed`` signal for "stock" or everything) or by another connection (SQLite's
    data_version); a setting stored on the way (the page or section shown) keeps them."""

    def __init__(self, session: Session) -> None:
        self.changes = 0
        self.key: tuple[int, int] | None = None
        self.places: list[str] = []
        session.changed.connect(self._on_changed)

    def _on_changed(self, kind: str) -> None:
        if kind in ("stock", "*"):
            self.changes += 1


_places: weakref.WeakKeyDictionary[Session, _Places] = weakref.WeakKeyDictionary()


def _places_of(session: Session) -> _Places:
    known = _places.get(session)
    if known is None:
        known = _places[session] = _Places(session)
    return known


def stock_places(session: Session) -> list[str]:
    """Every place a stock entry is kept, sorted: worked out once per change of the stock and
    shared by every stock editor (20,000 entries are walked once, not once per editor)."""
    known = _places_of(session)
    key = (known.changes, session.repository.data_stamp()[1])
    if known.key != key:
        known.places = places_in(session.repository.list("stock"))
        known.key = key
    return known.places


def places_in(stock: list[Stock]) -> list[str]:
    return sorted({entry.location for entry in stock if entry.location})


class StockEditor(RecordListEditor):
    """Stock entries with add, delete and a form; the unit list follows the selected entry."""

    model: StockTableModel  # set by RecordListEditor

    def __init__(self, session: Session, model: StockTableModel, *, title: str, intro: str,
                 add_text: str, new_record: Callable[[], Stock | None],
                 proxy: QAbstractProxyModel | None = None, parent: QWidget | None = None) -> None:
        self.item_label = QLabel()
        self.item_label.setObjectName("stock.item_label")
        self.item_label.setWordWrap(True)
        super().__init__(
            session, model, title=title, intro=intro, add_text=add_text,
            delete_text=tr("Delete this entry"), form_title=tr("About this entry"),
            new_record=new_record, build_form=self._build_form, focus_field="quantity",
            proxy=proxy, parent=parent,
        )
        if proxy is not None:  # first to go off on top; enabling sorting sorts once, on this
            self.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(proxy is not None)
        # a column sized to its contents measures 100 rows around the ones shown, not 1,000:
        # every fit of the 20,000-entry list then costs what a short one does (issue 20)
        self.table.horizontalHeader().setResizeContentsPrecision(100)
        self.table.verticalHeader().setResizeContentsPrecision(100)
        self.selection_changed.connect(self._on_selected)
        self._on_selected(self.selected_id())

    def _build_form(self, form: FormBuilder) -> None:
        form.layout.addRow(self.item_label)
        self.name_edit = form.line("name", tr("What is it?"))
        form.line("quantity", tr("How much"), placeholder="1")
        self.unit_combo = form.choice("unit", tr("Unit"), {})
        self._unit_binding = form.bindings[-1]
        # the places typed before, offered when the field gets the focus (stock_places)
        self.location_edit = form.line("location", tr("Where is it?"), suggestions=[],
                                       placeholder=tr("For example: cellar, kitchen cupboard"))
        self.location_edit.installEventFilter(self)
        _places_of(self.session)  # it hears of a change before the editor asks for the places
        self.session.changed.connect(self._on_data_changed)
        form.line("expires", tr("Best before"),
                  tr("A day (31-12-2027) or just a month (12-2027). Leave empty if it does not go off."),
                  placeholder=tr("dd-mm-yyyy or mm-yyyy"))
        form.check("grab_bag", tr("This is in the grab bag"))
        form.line("hours", tr("Hours of light"),
                  tr("Only for a torch, batteries or candles: how many hours it gives light. Paraat adds these up."))
        form.text("notes", tr("Notes"))

    def places(self) -> list[str]:
        """The places the "Where is it?" field offers now."""
        completer = self.location_edit.completer()
        model = completer.model() if completer is not None else None
        return model.stringList() if isinstance(model, QStringListModel) else []

    def _offer_places(self) -> None:
        completer = self.location_edit.completer()
        model = completer.model() if completer is not None else None
        places = stock_places(self.session)
        if isinstance(model, QStringListModel) and model.stringList() != places:
            model.setStringList(places)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.location_edit and event.type() == QEvent.Type.FocusIn:
            self._offer_places()
        return super().eventFilter(watched, event)

    @Slot(str)
    def _on_data_changed(self, _kind: str) -> None:
        if self.location_edit.hasFocus():  # a place saved while typing is offered at once
            self._offer_places()

    @Slot(object)
    def _on_selected(self, record_id: object) -> None:
        entry = self.session.repository.get("stock", record_id) if record_id is not None else None
        if entry is None:
            self.item_label.setText("")
            return
        self.item_label.setText(tr("Item: %1").replace("%1", self.model.label(entry)))
        item = catalogue().item(entry.item_id)
        self.form.show_field("name", entry.item_id == "own")
        self.form.show_field("hours", entry.item_id == "own" or bool(item and item.light))
        self._fill_units(units_for_item(entry.item_id), entry.unit)

    def _fill_units(self, units: list[str], current: str) -> None:
        combo: QComboBox = self.unit_combo
        labels = unit_labels()
        if current not in units:
            units = [*units, current]  # an imported entry in an odd unit still shows its unit
        blocked = combo.blockSignals(True)
        combo.clear()
        for unit in units:
            combo.addItem(labels.get(unit, unit), unit)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(blocked)
