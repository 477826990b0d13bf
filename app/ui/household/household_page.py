"""The household page: the people, their needs and medicines, the pets, and the house."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QWidget

from app.core.records import SAFETY_REGIONS, Medicine, Member, Pet
from app.ui.common.fields import FormBuilder
from app.ui.common.record_list import RecordListEditor
from app.ui.common.session import Session
from app.ui.common.tabbed_page import TabbedPage
from app.ui.common.theme import heading, page_layout
from app.ui.household.household_models import MedicineTableModel, MemberTableModel, PetTableModel
from app.words.i18n import tr
from app.words.plan import age_group_labels, broadcaster_labels, frequency_hint, heating_labels


class HouseholdPage(TabbedPage):
    """Who lives here, what they need, and where things are in the house."""

    page_name = "household"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, tr("Our household"), parent)
        self.add_tab(self._people_tab(), tr("People"))
        self.add_tab(self._pets_tab(), tr("Pets"))
        self.add_tab(self._house_tab(), tr("The house"))

    def object_for(self, target: str) -> str:
        if target == "members":
            return "member.table"
        if target.startswith("member."):
            self.members.select_id(int(target.split(".")[1]))
            return "member.needs_help_from"
        return target

    @property
    def tab_names(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]

    # --- people -------------------------------------------------------------------------------

    def _people_tab(self) -> QWidget:
        widget = QWidget()
        layout = page_layout(widget)
        self.members = RecordListEditor(
            self.session,
            MemberTableModel(self.session),
            title=tr("Who lives in the house?"),
            intro=tr("Add everyone who lives here. Write down what each person needs in an emergency: medicines, devices that need power, help with walking, seeing or hearing."),
            add_text=tr("Add a person"),
            delete_text=tr("Delete this person"),
            form_title=tr("About this person"),
            new_record=lambda: Member(name=tr("New person")),
            build_form=self._member_form,
            focus_field="name",
            movable=True,
        )
        layout.addWidget(self.members)
        self.members.selection_changed.connect(self._on_member_selected)
        self._on_member_selected(self.members.selected_id())
        layout.addStretch(1)
        return widget

    def _member_form(self, form: FormBuilder) -> None:
        form.line("name", tr("Name"))
        form.choice("age_group", tr("Age"), age_group_labels())
        form.line("phone", tr("Mobile phone number"), placeholder="06-12345678")
        self.medicines = RecordListEditor(
            self.session,
            MedicineTableModel(self.session),
            title=tr("Medicines"),
            intro=tr("Which medicines must this person always have? Write how many days the supply must last."),
            add_text=tr("Add a medicine"),
            delete_text=tr("Delete this medicine"),
            form_title=tr("About this medicine"),
            new_record=self._new_medicine,
            build_form=self._medicine_form,
            focus_field="name",
        )
        form.layout.addRow(self.medicines)
        form.text("devices", tr("Medical devices that need power"),
                  tr("For example oxygen, a home dialysis machine or an electric bed. Talk with your doctor about what to do during a power cut."))
        form.text("mobility", tr("Help with walking or moving"), tr("For example a walker, a wheelchair, cannot use stairs."))
        form.text("sensory", tr("Help with seeing or hearing"), tr("For example a hearing aid with batteries, glasses, a white cane."))
        form.text("diet", tr("Diet"), tr("For example no salt, vegetarian, baby food."))
        form.text("allergies", tr("Allergies"))
        form.line("languages", tr("Languages"), tr("Which languages does this person speak and understand?"))
        form.line("needs_help_from", tr("Who helps this person?"))
        form.line("gives_help_to", tr("Who does this person help?"))
        form.text("notes", tr("Other notes"))

    def _medicine_form(self, form: FormBuilder) -> None:
        form.line("name", tr("Medicine"))
        form.line("dose", tr("How much and how often"), placeholder=tr("1 tablet in the morning"))
        form.number("days_needed", tr("Days the supply must last"), 0, 365,
                    tr("Ask your pharmacy for a spare supply. Many guides advise at least 7 days."))
        form.text("notes", tr("Notes"))

    def _new_medicine(self) -> Medicine | None:
        member_id = self.members.selected_id()
        if member_id is None:
            return None
        return Medicine(member_id=member_id, name=tr("New medicine"))

    @Slot(object)
    def _on_member_selected(self, member_id: object) -> None:
        self.medicines.model.set_parent_id(member_id)  # type: ignore[arg-type]
        self.medicines._select_row(0)

    # --- pets ---------------------------------------------------------------------------------

    def _pets_tab(self) -> QWidget:
        widget = QWidget()
        layout = page_layout(widget)
        self.pets = RecordListEditor(
            self.session,
            PetTableModel(self.session),
            title=tr("Pets"),
            intro=tr("Pets need water and food too: about half a litre of water per animal per day."),
            add_text=tr("Add an animal"),
            delete_text=tr("Delete this animal"),
            form_title=tr("About this animal"),
            new_record=lambda: Pet(species=tr("Dog")),
            build_form=self._pet_form,
            focus_field="species",
        )
        layout.addWidget(self.pets)
        layout.addStretch(1)
        return widget

    def _pet_form(self, form: FormBuilder) -> None:
        form.line("species", tr("Kind of animal"), placeholder=tr("Dog, cat, rabbit…"))
        form.number("count", tr("How many"), 1, 100)
        form.line("names", tr("Names"))
        form.text("notes", tr("Notes"), tr("Food, medicines, where the animal can stay."))

    # --- house --------------------------------------------------------------------------------

    def _house_tab(self) -> QWidget:
        widget = QWidget()
        layout = page_layout(widget)
        layout.addWidget(heading(tr("Your home"), level=2))
        form = FormBuilder(self.session, "home", 1)
        form.line("address", tr("Address"))
        form.line("postcode", tr("Postcode"))
        form.line("municipality", tr("Municipality"))
        form.choice("safety_region", tr("Safety region"), {name: name for name in SAFETY_REGIONS},
                    empty=tr("I don't know yet"),
                    hint=tr("Your municipality's website says which safety region you live in."))
        broadcaster = form.choice("broadcaster", tr("Regional broadcaster (emergency radio)"),
                                  broadcaster_labels(), empty=tr("Not chosen yet"),
                                  hint=tr("In an emergency your regional broadcaster keeps you informed on FM radio, also without power."))
        form.line("fm_frequency", tr("FM frequency"), placeholder="93.1")
        self.frequency_hint = QLabel()
        self.frequency_hint.setWordWrap(True)
        form.layout.addRow(self.frequency_hint)
        broadcaster.currentIndexChanged.connect(self._update_frequency_hint)
        self._broadcaster = broadcaster
        self._update_frequency_hint()
        form.line("water_main", tr("Where is the main water tap?"))
        form.line("gas_valve", tr("Where is the gas valve?"))
        form.line("meter_box", tr("Where is the meter box?"))
        form.line("fire_extinguisher", tr("Where is the fire extinguisher?"))
        form.choice("heating", tr("Heating"), heating_labels(), empty=tr("Not chosen yet"))
        form.text("notes", tr("Other notes about the house"))
        self.home_form = form
        layout.addLayout(form.layout)
        layout.addStretch(1)
        return widget

    @Slot()
    def _update_frequency_hint(self) -> None:
        self.frequency_hint.setText(frequency_hint(self._broadcaster.currentData() or ""))

