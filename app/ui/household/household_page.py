"""The household page: the people, their needs, medicines and devices that need power, the
pets, and the house."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from app.core.records import SAFETY_REGIONS, Device, Medicine, Member, Pet
from app.ui.common.fields import FormBuilder, make_hint
from app.ui.common.record_list import RecordListEditor
from app.ui.common.session import Session
from app.ui.common.tabbed_page import TabbedPage, later_holder, put_in_holder
from app.ui.common.theme import heading, page_layout
from app.ui.household.household_models import (
    DeviceTableModel,
    MedicineTableModel,
    MemberTableModel,
    PetTableModel,
)
from app.words.counts import household_title
from app.words.i18n import tr
from app.words.plan import (
    age_group_labels,
    broadcaster_labels,
    device_kind_labels,
    device_run_out_text,
    heating_labels,
    heating_question,
    keep_cold_advice,
    kit_questions,
    medicine_kind_labels,
    medicine_supply_text,
    not_sure_label,
    oxygen_flame_warning,
    yes_no_labels,
)
from app.words.radio import municipality_hint

if TYPE_CHECKING:
    from app.ui.household.home_radio import HomeRadio


class HouseholdPage(TabbedPage):
    """Who lives here, what they need, and where things are in the house."""

    page_name = "household"

    # made with their sections, when first opened or after the page shows (add_later)
    pets: RecordListEditor
    home_radio: HomeRadio
    home_form: FormBuilder
    questions_form: FormBuilder

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, household_title(len(session.household().members)), parent)
        self.add_made(self._people_tab, tr("People"))
        # made on their first show or after the page shows, each in its own pass (issue 20)
        self.add_later(self._pets_tab, tr("Pets"))
        self.add_later(self._house_tab, tr("The house"))
        self.add_later(self._questions_tab, tr("Questions for your kit"))
        self.session.changed.connect(self._update_title)

    @Slot(str)
    def _update_title(self, kind: str) -> None:
        """"Ons huishouden", or "Jouw huishouden" when one person lives here."""
        if kind in ("member", "*"):
            title = household_title(len(self.session.household().members))
            self.title.setText(title)
            self.title.setAccessibleName(title)
            self.page_scroll.setAccessibleName(title)

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
        # the person's medicines and devices come in the next pass of the event loop after the
        # page first shows (issue 20); asked for before, they are made then
        self._medicine_holder, self._device_holder = later_holder(), later_holder()
        form.layout.addRow(self._medicine_holder)
        form.layout.addRow(self._device_holder)
        self._member_parts: tuple[RecordListEditor, RecordListEditor] | None = None
        form.text("devices", tr("Other aids or devices (in your own words)"),
                  tr("Anything the list above does not cover. Put each device that needs power in the list above: then Paraat works out how long it keeps going."))
        form.text("mobility", tr("Help with walking or moving"), tr("For example a walker, a wheelchair, cannot use stairs."))
        form.text("sensory", tr("Help with seeing or hearing"), tr("For example a hearing aid with batteries, glasses, a white cane."))
        form.text("diet", tr("Diet"), tr("For example no salt, vegetarian, baby food."))
        form.text("allergies", tr("Allergies"))
        form.line("languages", tr("Languages"), tr("Which languages does this person speak and understand?"))
        form.line("needs_help_from", tr("Who helps this person?"))
        form.line("gives_help_to", tr("Who does this person help?"))
        form.text("notes", tr("Other notes"))

    @property
    def medicines(self) -> RecordListEditor:
        """The selected person's medicines."""
        return self._parts()[0]

    @property
    def devices(self) -> RecordListEditor:
        """The selected person's devices that need power."""
        return self._parts()[1]

    def _parts(self) -> tuple[RecordListEditor, RecordListEditor]:
        if self._member_parts is None:
            self._make_member_parts()
        assert self._member_parts is not None
        return self._member_parts

    def parts_waiting(self) -> bool:
        return self._member_parts is None  # made a pass after the page shows (TabbedPage)

    def make_parts(self) -> None:
        self._make_member_parts()

    def _make_member_parts(self) -> None:
        if self._member_parts is not None:
            return
        medicines = RecordListEditor(
            self.session,
            MedicineTableModel(self.session),
            title=tr("Medicines"),
            intro=tr("Which medicines must this person always have? Write how many are in the house: Paraat works out how long they last."),
            add_text=tr("Add a medicine"),
            delete_text=tr("Delete this medicine"),
            form_title=tr("About this medicine"),
            new_record=self._new_medicine,
            build_form=self._medicine_form,
            focus_field="name",
        )
        medicines.selection_changed.connect(self._on_medicine_selected)
        devices = RecordListEditor(
            self.session,
            DeviceTableModel(self.session),
            title=tr("Devices that need power"),
            intro=tr("Oxygen, a breathing machine, a feeding pump, a stair lift… Write down how long each "
                     "works without power and whom you call: Paraat puts it on the fridge sheet, the "
                     "wallet card and the timeline."),
            add_text=tr("Add a device"),
            delete_text=tr("Delete this device"),
            form_title=tr("About this device"),
            new_record=self._new_device,
            build_form=self._device_form,
            focus_field="kind",
        )
        devices.selection_changed.connect(self._on_device_selected)
        self._member_parts = (medicines, devices)
        put_in_holder(medicines, self._medicine_holder)
        put_in_holder(devices, self._device_holder)
        self._on_member_selected(self.members.selected_id())
        self.select_kept(medicines)
        self.select_kept(devices)

    def _medicine_form(self, form: FormBuilder) -> None:
        form.line("name", tr("Medicine"))
        form.line("dose", tr("How much each time"), placeholder=tr("1 tablet in the morning"))
        form.choice("as_needed", tr("Every day or only when needed?"), medicine_kind_labels())
        form.line("per_day", tr("How many times a day"), placeholder=tr("For example 2"))
        form.line("in_stock", tr("How many do you have in the house (pieces or doses)"),
                  tr("Count what is in the house now, also opened packs."))
        self.medicine_supply = QLabel()
        self.medicine_supply.setObjectName("medicine.supply")
        self.medicine_supply.setWordWrap(True)
        bold = QFont(self.medicine_supply.font())
        bold.setBold(True)
        self.medicine_supply.setFont(bold)
        form.layout.addRow(self.medicine_supply)
        form.check("keep_cold", tr("Keep cold (in the fridge)"))
        self.cold_advice = make_hint(keep_cold_advice())
        self.cold_advice.setObjectName("medicine.cold_advice")
        form.layout.addRow(self.cold_advice)
        form.text("cold_note", tr("What do you do when the fridge is off?"),
                  tr("For example: which cool place, and how long this medicine may be out of the fridge."))
        form.text("notes", tr("Notes"))
        self._medicine_form_builder = form
        self.session.changed.connect(self._on_medicine_changed)

    def _device_form(self, form: FormBuilder) -> None:
        """The device, how long it works without power (DEVICE_FACTS), whom to call, what to do."""
        form.choice("kind", tr("What kind of device?"), device_kind_labels())
        form.line("name", tr("Name or brand"), placeholder=tr("For example: oxygen device from Philips"))
        form.line("battery_hours", tr("How long does the battery last? (hours)"),
                  tr("Leave it empty if you do not know yet. Write 0 if it has no battery."))
        form.number("cylinders", tr("How many spare oxygen cylinders are in the house?"), 0, 100)
        form.line("cylinder_hours", tr("How many hours does one cylinder last?"),
                  tr("At the flow you normally use. Your supplier can tell you."))
        form.line("spare_battery_hours", tr("Spare battery: how many hours? (empty: no spare battery)"))
        form.check("car_charger", tr("Can be charged in the car (car charger)"))
        form.check("power_bank", tr("Can be charged with a power bank"))
        self.device_run_out = QLabel()
        self.device_run_out.setObjectName("device.run_out")
        self.device_run_out.setWordWrap(True)
        bold = QFont(self.device_run_out.font())
        bold.setBold(True)
        self.device_run_out.setFont(bold)
        form.layout.addRow(self.device_run_out)
        self.oxygen_warning = make_hint(oxygen_flame_warning())  # OXYGEN_FLAME_FACTS
        self.oxygen_warning.setObjectName("device.oxygen_warning")
        self.oxygen_warning.setFont(bold)
        form.layout.addRow(self.oxygen_warning)
        form.line("supplier", tr("Supplier or care organisation"))
        form.line("supplier_phone", tr("Their 24-hour phone number"), placeholder="0800-1234567")
        what = form.text("when_power_fails", tr("What do you do when the power fails?"))
        what.setPlaceholderText(tr("For example: Call the supplier within 2 hours. Go to …"))
        form.text("notes", tr("Notes"))
        self._device_form_builder = form
        self.session.changed.connect(self._on_device_changed)

    @Slot(object)
    def _on_device_selected(self, _device_id: object) -> None:
        self._update_device_fields()

    @Slot(str)
    def _on_device_changed(self, kind: str) -> None:
        if kind in ("device", "*"):
            self._update_device_fields()

    def _update_device_fields(self) -> None:
        """The cylinder fields and the oxygen warning for oxygen, and how long it works."""
        if self._member_parts is None:
            return  # done when they are made
        device_id = self.devices.selected_id()
        device = self.session.repository.get("device", device_id) if device_id is not None else None
        form = self._device_form_builder
        oxygen = device is not None and device.uses_oxygen
        form.show_field("cylinders", oxygen)
        form.show_field("cylinder_hours", oxygen)
        self.oxygen_warning.setVisible(oxygen)
        self.device_run_out.setVisible(device is not None)
        self.device_run_out.setText(device_run_out_text(device) if device is not None else "")

    def _new_device(self) -> Device | None:
        member_id = self.members.selected_id()
        if member_id is None:
            return None
        return Device(member_id=member_id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_medicine_fields()  # the kit's horizon may have changed meanwhile

    @Slot(object)
    def _on_medicine_selected(self, _medicine_id: object) -> None:
        self._update_medicine_fields()

    @Slot(str)
    def _on_medicine_changed(self, kind: str) -> None:
        if kind in ("medicine", "setting", "*"):
            self._update_medicine_fields()

    def _update_medicine_fields(self) -> None:
        """Show only the fields that apply, and how long the doses in the house last."""
        if self._member_parts is None:
            return  # done when they are made
        medicine_id = self.medicines.selected_id()
        medicine = self.session.repository.get("medicine", medicine_id) if medicine_id is not None else None
        form = self._medicine_form_builder
        daily = medicine is not None and not medicine.as_needed
        cold = medicine is not None and bool(medicine.keep_cold)
        form.show_field("per_day", daily)
        form.show_field("cold_note", cold)
        self.cold_advice.setVisible(cold)
        self.medicine_supply.setVisible(medicine is not None)
        self.medicine_supply.setText(medicine_supply_text(medicine, self.session.kit_hours())
                                     if medicine is not None else "")

    def _new_medicine(self) -> Medicine | None:
        member_id = self.members.selected_id()
        if member_id is None:
            return None
        return Medicine(member_id=member_id, name=tr("New medicine"))

    @Slot(object)
    def _on_member_selected(self, member_id: object) -> None:
        if self._member_parts is None:
            return  # they are made for the person selected then
        self.medicines.model.set_parent_id(member_id)  # type: ignore[arg-type]
        self.medicines._select_row(0)
        self._update_medicine_fields()
        self.devices.model.set_parent_id(member_id)  # type: ignore[arg-type]
        self.devices._select_row(0)
        self._update_device_fields()

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
        from app.core.municipalities import municipality_names  # with the section that asks
        from app.ui.household.home_radio import HomeRadio

        widget = QWidget()
        layout = page_layout(widget)
        layout.addWidget(heading(tr("Your home"), level=2))
        form = FormBuilder(self.session, "home", 1)
        form.line("address", tr("Address"))
        form.line("postcode", tr("Postcode"))
        form.line("municipality", tr("Municipality"), hint=municipality_hint(),
                  suggestions=municipality_names())
        self.home_radio = HomeRadio(self.session, form)  # municipality -> region, broadcaster, FM
        form.choice("safety_region", tr("Safety region"), {name: name for name in SAFETY_REGIONS},
                    empty=tr("I don't know yet"),
                    hint=tr("Your municipality's website says which safety region you live in."))
        form.choice("broadcaster", tr("Regional broadcaster (emergency radio)"),
                    broadcaster_labels(), empty=tr("Not chosen yet"),
                    hint=tr("In an emergency your regional broadcaster keeps you informed on FM radio, also without power."))
        form.line("fm_frequency", tr("FM frequency"))
        self.home_radio.add_frequency_note()
        form.line("water_main", tr("Where is the main water tap?"))
        form.line("gas_valve", tr("Where is the gas valve?"))
        form.line("meter_box", tr("Where is the meter box?"))
        form.line("fire_extinguisher", tr("Where is the fire extinguisher?"))
        form.text("notes", tr("Other notes about the house"))
        self.home_form = form
        layout.addLayout(form.layout)
        layout.addStretch(1)
        return widget

    def _questions_tab(self) -> QWidget:
        """The questions that make the kit list fit this household (also asked at the first run)."""
        widget = QWidget()
        layout = page_layout(widget)
        layout.addWidget(heading(tr("Questions for your emergency kit"), level=2))
        layout.addWidget(make_hint(tr("Your answers change the kit list. Not sure? Leave it on \"%1\".")
                                   .replace("%1", not_sure_label())))
        form = FormBuilder(self.session, "home", 1)
        question, effect = heating_question()
        form.choice("heating", question, heating_labels(), empty=not_sure_label(), hint=effect)
        for field, question, effect in kit_questions():
            form.choice(field, question, yes_no_labels(), empty=not_sure_label(), hint=effect)
        self.questions_form = form
        layout.addLayout(form.layout)
        layout.addStretch(1)
        return widget

