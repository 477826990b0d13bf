"""Step 3 of the booklet: talk with each other and help each other.

Contacts for emergencies (with the national numbers always on top), the neighbours and who
checks on whom, and vCard files to and from phones.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QWidget,
)

from app.core.national import NATIONAL_NUMBERS
from app.core.records import Check, Contact, ContactPhone
from app.ui.common.fields import FormBuilder, make_hint
from app.ui.common.fit_table import FitTableView
from app.ui.common.flow_layout import FlowLayout
from app.ui.common.record_list import RecordListEditor
from app.ui.common.search_proxy import SearchProxy, search_box
from app.ui.common.session import Session
from app.ui.common.tabbed_page import TabbedPage
from app.ui.common.theme import heading, page_layout
from app.ui.common.wrap_button import WrapPushButton
from app.ui.together.contact_models import (
    CheckTableModel,
    ContactTableModel,
    NeighbourTableModel,
    PhoneTableModel,
)
from app.ui.together.neighbour_card import NeighbourCardBox
from app.ui.together.phone_dialog import PhoneNumberDialog
from app.words.counts import plan_labels
from app.words.i18n import tr
from app.words.together import (
    category_labels,
    direction_labels,
    national_number_labels,
    phone_kind_labels,
)


def national_numbers() -> list[tuple[str, str]]:
    """The numbers everyone in the Netherlands needs (app/core/national.py), with when to use
    each: the same words as on the fridge sheet (app.words.together)."""
    when = national_number_labels()
    return [(entry.number, when[entry.purpose]) for entry in NATIONAL_NUMBERS]


class ContactsPage(TabbedPage):
    """Contacts, neighbours and who checks on whom."""

    page_name = "together"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, tr("Step 3: Talk with each other and help each other"), parent)
        self.status.setVisible(True)
        self.status.setText(tr("Nobody gets through a crisis alone. Know your neighbours, and agree who looks in on whom."))
        self.add_tab(self._contacts_tab(), tr("Contacts"))
        self.add_tab(self._neighbours_tab(), tr("Neighbours and help"))
        self.session.changed.connect(self._on_changed)

    def object_for(self, target: str) -> str:
        if target.startswith("contact."):
            self.contacts.select_id(int(target.split(".")[1]))
            return "contact.name"
        return {"neighbours": "neighbours.table", "contacts": "contact.table"}.get(target, target)

    # --- contacts -----------------------------------------------------------------------------

    def _contacts_tab(self) -> QWidget:
        widget = QWidget()
        layout = page_layout(widget)
        numbers = QGroupBox(tr("Always at hand"))
        numbers.setObjectName("together.national")
        grid = QGridLayout(numbers)
        for row, (number, when) in enumerate(national_numbers()):
            big = heading(number, level=2)
            big.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text = QLabel(when)
            text.setWordWrap(True)
            grid.addWidget(big, row, 0)
            grid.addWidget(text, row, 1)
        grid.setColumnStretch(1, 1)
        layout.addWidget(numbers)

        self.search = search_box("contact.search", tr("Search your contacts"))
        layout.addWidget(self.search)
        self.proxy = SearchProxy(self)
        self.contacts = RecordListEditor(
            self.session, ContactTableModel(self.session),
            title=tr("Your contacts"),
            intro=tr("Family, the contact outside the area, neighbours, your GP and the after-hours GP post, pharmacy, vet, school, work, insurers, the grid operator, the water company and the municipality."),
            add_text=tr("Add a contact"), delete_text=tr("Delete this contact"),
            form_title=tr("About this contact"), new_record=lambda: Contact(name=tr("New contact")),
            build_form=self._contact_form, focus_field="name", proxy=self.proxy,
        )
        self.contacts.table.setSortingEnabled(True)
        self.contacts.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.search.textChanged.connect(self.proxy.set_search)
        self.contacts.selection_changed.connect(self._on_contact_selected)
        layout.addWidget(self.contacts)
        self.file_row = FlowLayout()
        self.import_button = WrapPushButton(tr("Add contacts from a phone (.vcf)…"))
        self.import_button.setObjectName("contacts.import")
        self.export_button = WrapPushButton(tr("Save all contacts for a phone (.vcf)…"))
        self.export_button.setObjectName("contacts.export")
        self.export_one_button = WrapPushButton(tr("Save this contact for a phone (.vcf)…"))
        self.export_one_button.setObjectName("contacts.export_one")
        for button in (self.import_button, self.export_button, self.export_one_button):
            self.file_row.addWidget(button)
        self.import_button.clicked.connect(self._import_contacts)
        self.export_button.clicked.connect(lambda: self._export_contacts(None))
        self.export_one_button.clicked.connect(lambda: self._export_contacts(self.contacts.selected_id()))
        layout.addLayout(self.file_row)
        layout.addWidget(make_hint(tr("On a smartphone you can save your contacts as a .vcf file (in the Contacts app: share or export). Put that file on this computer and add the few that matter here.")))
        layout.addStretch(1)
        # the first contact's numbers, agreements and card follow in the next pass of the event
        # loop: checking its number loads the phone number library (~25 ms), which made the
        # page's first show one long stretch (issue 20); the phone list is empty until then
        self._on_contact_selected(None)
        QTimer.singleShot(0, self, lambda: self._on_contact_selected(self.contacts.selected_id()))
        return widget

    # vCard files: app/ui/together/contact_files.py and the vCard library are imported on the
    # first click, not when the page is first shown (issue 20)

    @Slot()
    def _import_contacts(self) -> None:
        from app.ui.together import contact_files

        contact_files.import_contacts(self, self.session)

    def _export_contacts(self, contact_id: int | None) -> None:
        from app.ui.together import contact_files

        contact_files.export_contacts(self, self.session, contact_id)

    def _contact_form(self, form: FormBuilder) -> None:
        form.line("name", tr("Name"))
        form.choice("category", tr("Who is this?"), category_labels())
        self.phones = RecordListEditor(
            self.session, PhoneTableModel(self.session),
            title=tr("Phone numbers"), intro=tr("Write the number as you would dial it."),
            add_text=tr("Add a number"), delete_text=tr("Delete this number"),
            form_title=tr("About this number"), new_record=self._new_phone,
            build_form=self._phone_form, focus_field="number",
        )
        form.layout.addRow(self.phones)
        form.line("email", tr("Email"))
        form.line("address", tr("Address"))
        form.check("needs_help", tr("This person may need help in an emergency"))
        form.text("help_needed", tr("What help?"), tr("For example: lives alone, cannot use stairs, needs power for oxygen."))
        self.contact_form = form  # "our house", or "your house" to a household of one
        form.check("spare_key", plan_labels(len(self.session.household().members))["spare_key"])
        form.check("first_aid", tr("Can give first aid"))
        form.check("has_car", tr("Has a car"))
        form.check("has_radio", tr("Has a radio on batteries"))
        form.text("can_help_with", tr("Can also help with"))
        self.checks = RecordListEditor(
            self.session, CheckTableModel(self.session),
            title=tr("Who looks in on whom?"),
            intro=tr("Agree who goes to see whom when the power or the phone network fails."),
            add_text=tr("Add an agreement"), delete_text=tr("Delete this agreement"),
            form_title=tr("About this agreement"), new_record=self._new_check,
            build_form=self._check_form, focus_field="member_id",
        )
        form.layout.addRow(self.checks)
        self.card_box = NeighbourCardBox(self.session)
        form.layout.addRow(self.card_box)
        form.text("notes", tr("Notes"))

    def _phone_form(self, form: FormBuilder) -> None:
        form.line("number", tr("Number"), placeholder="06-12345678")
        form.choice("kind", tr("Kind"), phone_kind_labels())

    def _check_form(self, form: FormBuilder) -> None:
        self.member_combo = form.choice("member_id", tr("Household member"), self._member_options())
        form.choice("direction", tr("How"), direction_labels())

    def _member_options(self) -> dict[int, str]:
        return {member.id: member.name for member in self.session.repository.list("member")}

    def _new_phone(self) -> ContactPhone | None:
        """Ask for the number first: the list never shows a number nobody typed."""
        contact_id = self.contacts.selected_id()
        if contact_id is None:
            return None
        dialog = PhoneNumberDialog(self)
        if dialog.exec() != PhoneNumberDialog.DialogCode.Accepted or not dialog.number():
            return None
        return ContactPhone(contact_id=contact_id, number=dialog.number())

    def _new_check(self) -> Check | None:
        contact_id = self.contacts.selected_id()
        members = self._member_options()
        if contact_id is None:
            return None
        if not members:
            self.checks._show_problem(tr("Add the people in your household first."))
            return None
        taken = {(c.member_id, c.direction) for c in self.session.repository.list("check", contact_id)}
        for member_id in members:
            for direction in ("member_checks", "contact_checks"):
                if (member_id, direction) not in taken:
                    return Check(contact_id=contact_id, member_id=member_id, direction=direction)
        self.checks._show_problem(tr("Every possible agreement with this person is already there."))
        return None

    @Slot(object)
    def _on_contact_selected(self, contact_id: object) -> None:
        self.phones.model.set_parent_id(contact_id)  # type: ignore[arg-type]
        self.phones._select_row(0)
        self.checks.model.set_parent_id(contact_id)  # type: ignore[arg-type]
        self.checks._select_row(0)
        self.card_box.set_contact(contact_id)  # type: ignore[arg-type]
        self.export_one_button.setEnabled(contact_id is not None)

    @Slot(str)
    def _on_changed(self, kind: str) -> None:
        if kind in ("contact", "check", "member", "*"):
            self.card_box.load()  # a new category or agreement; an undone choice
        if kind in ("member", "*"):
            self.card_box.relabel()
            self.contact_form.relabel("spare_key", plan_labels(len(self.session.household().members))["spare_key"])
            combo = self.member_combo
            current = combo.currentData()
            blocked = combo.blockSignals(True)
            combo.clear()
            for member_id, name in self._member_options().items():
                combo.addItem(name, member_id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(blocked)
            for binding in self.checks.form.bindings:
                binding.load()

    # --- neighbours ---------------------------------------------------------------------------

    def _neighbours_tab(self) -> QWidget:
        widget = QWidget()
        layout = page_layout(widget)
        layout.addWidget(heading(tr("Neighbours and who needs help"), level=2))
        layout.addWidget(make_hint(tr("Who needs help, who can help with what, and who looks in on whom. Research shows that people around you matter even more than your emergency kit.")))
        self.neighbour_model = NeighbourTableModel(self.session)
        self.neighbour_table = FitTableView(wrap_rows=True)  # few rows, no form beside: text wraps
        self.neighbour_table.setObjectName("neighbours.table")
        self.neighbour_table.setAccessibleName(tr("Neighbours and who needs help"))
        self.neighbour_table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.neighbour_table.setModel(self.neighbour_model)
        self.neighbour_table.verticalHeader().setVisible(False)
        # A short list: every column shares the width and rows grow to show wrapped text.
        self.neighbour_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.neighbour_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.neighbour_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.neighbour_table)
        layout.addWidget(make_hint(tr("Mark a contact as neighbour, or as someone who needs help, on the Contacts tab; agree there who looks in on them.")))
        layout.addStretch(1)
        return widget
