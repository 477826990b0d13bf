"""The noodplan page: where we meet, who fetches whom, who helps whom, tasks, papers, agreements."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from app.content.help_points import help_point_text
from app.core.household import completeness
from app.core.records import HELP_POINTS, MEETING_PLACES, ROLES, SCENARIOS, Care, Document, Pickup
from app.ui.common.fields import FormBuilder, make_hint
from app.ui.common.record_list import RecordListEditor
from app.ui.common.session import Session
from app.ui.common.tabbed_page import TabbedPage
from app.ui.common.theme import heading, page_layout
from app.ui.plan.plan_models import CareTableModel, DocumentTableModel, PickupTableModel
from app.words.counts import agreements_hint, parts_filled_in, plan_labels
from app.words.i18n import current_language, tr
from app.words.plan import (
    help_point_details_label,
    help_point_labels,
    help_points_heading,
    help_points_own_words,
    meeting_place_labels,
    role_labels,
    scenario_labels,
)

if TYPE_CHECKING:
    from app.ui.plan.practice_page import PracticeSection


class PlanPage(TabbedPage):
    """Step 2 of the booklet: make a plan together."""

    page_name = "plan"
    MEETING, HELP_POINTS, CHILDREN, HELP, ROLES, DOCUMENTS, AGREEMENTS, PRACTICE = range(8)

    # made with their sections, when first opened or after the page shows (add_later)
    help_points_heading: QLabel
    help_point_forms: dict[str, FormBuilder]
    pickups: RecordListEditor
    care: RecordListEditor
    documents: RecordListEditor
    agreements_heading: QLabel
    agreements_hint: QLabel
    scenario_forms: dict[str, FormBuilder]
    practice: PracticeSection
    _persons: int  # the household's size the texts are written for (_address)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, tr("Step 2: Make an emergency plan"), parent)
        self.status.setVisible(True)
        self.add_made(self._meeting_tab, tr("Meeting and contact"))
        # the other sections are made on their first show or after the page shows, each in
        # its own pass of the event loop (issue 20: the practice script reads the stock)
        self.add_later(self._help_points_tab, tr("When nothing works"))
        self.add_later(self._children_tab, tr("Fetching children"))
        self.add_later(self._help_tab, tr("Who helps whom"))
        self.add_later(self._roles_tab, tr("Tasks"))
        self.add_later(self._documents_tab, tr("Important papers"))
        self.add_later(self._scenarios_tab, tr("Agreements"))
        self.add_later(self._practice_tab, tr("Practise an evening"))
        self.session.changed.connect(self._update_status)
        self._update_status()

    def section_made(self, index: int) -> None:
        if index in (self.HELP_POINTS, self.AGREEMENTS):
            self._address(self._persons, again=True)  # as the made sections address them

    def _practice_tab(self) -> QWidget:
        from app.ui.plan.practice_page import PracticeSection  # its printing, with its section

        self.practice = PracticeSection(self.session)
        return self.practice

    @Slot()
    def _update_status(self) -> None:
        household = self.session.household()
        done, total = completeness(household)
        self.status.setText(parts_filled_in(done, total, overview=False))
        self._address(len(household.members))

    def _address(self, persons: int, *, again: bool = False) -> None:
        """"We" to a household of more people (or none yet), "you" to one: the headings, labels
        and questions follow the household's size when it changes (``again``: a section was
        just made)."""
        if persons == getattr(self, "_persons", None) and not again:
            return
        self._persons = persons
        labels = plan_labels(persons)
        headings = [(self.meet_heading, "meet"), (self.stay_heading, "stay")]
        if self.is_made(self.AGREEMENTS):
            headings.append((self.agreements_heading, "agreements"))
        for label, key in headings:
            label.setText(labels[key])
            label.setAccessibleName(labels[key])
        if self.is_made(self.HELP_POINTS):
            where = help_points_heading(persons)
            self.help_points_heading.setText(where)
            self.help_points_heading.setAccessibleName(where)
        self.stay_form.relabel("stay_place", labels["stay_place"])
        self.stay_form.relabel("last_practised", labels["last_practised"])
        if self.is_made(self.AGREEMENTS):
            self.agreements_hint.setText(agreements_hint(persons))
            scenarios = scenario_labels(persons)
            for scenario_id, form in self.scenario_forms.items():
                form.relabel("agreement", scenarios[scenario_id][0], scenarios[scenario_id][1])

    def object_for(self, target: str) -> str:
        kind, _, key = target.partition(".")
        if kind == "pickup":
            return "pickup.table"
        if kind == "care":
            self.care.select_id(int(key))
            return "care.helper"
        if kind == "documents":
            return "document.table"
        return target

    # --- meeting places and the out-of-area contact -------------------------------------------

    def _meeting_tab(self) -> QWidget:
        widget = QWidget()
        layout = page_layout(widget)
        self.meet_heading = heading(tr("Where do we meet?"), level=2)
        layout.addWidget(self.meet_heading)
        layout.addWidget(make_hint(tr("Agree on four places where you meet if you cannot reach each other. Make sure everyone knows them, also the children.")))
        places = QFormLayout()
        for place_id in MEETING_PLACES:
            label, hint = meeting_place_labels()[place_id]
            form = FormBuilder(self.session, "meeting_place", place_id, layout=places)
            form.line("place", label, hint).setObjectName(f"meeting_place.{place_id}")
            details = tr("Address, route or note")
            form.line("details", details).setObjectName(f"meeting_place.{place_id}.details")
            form.editors["details"].setAccessibleName(f"{label}: {details}")
        layout.addLayout(places)

        layout.addWidget(heading(tr("Contact person outside the area"), level=2))
        layout.addWidget(make_hint(tr("Choose one person who lives further away. Everyone in the household calls or texts this person to say where they are. A text message often gets through when calling does not.")))
        contact = FormBuilder(self.session, "plan", 1)
        contact.line("contact_name", tr("Name"))
        contact.line("contact_phone", tr("Phone number"))
        contact.text("contact_notes", tr("Notes"))
        layout.addLayout(contact.layout)

        self.stay_heading = heading(tr("Where can we stay?"), level=2)
        layout.addWidget(self.stay_heading)
        stay = self.stay_form = FormBuilder(self.session, "plan", 1)
        stay.line("stay_place", tr("Place to stay if we cannot go home"),
                  tr("Ask family or friends now whether you may stay with them, and whether pets can come too."))
        stay.text("stay_notes", tr("Notes"))
        stay.line("last_practised", tr("Last time we practised the plan"),
                  tr("Practise once a year: walk to the meeting places and check the phone numbers."),
                  placeholder=tr("dd-mm-yyyy"))
        layout.addLayout(stay.layout)
        layout.addStretch(1)
        return widget

    # --- where to go when nothing works ---------------------------------------------------------

    def _help_points_tab(self) -> QWidget:
        """The five places to go when phone and internet are down, filled in by the household
        (Paraat never guesses an address), each with the booklet's advice beside it."""
        widget = QWidget()
        layout = page_layout(widget)
        self.help_points_heading = heading(help_points_heading(len(self.session.household().members)), level=2)
        layout.addWidget(self.help_points_heading)
        text = help_point_text()
        language = current_language()
        layout.addWidget(make_hint(text.say("screen", language)))  # FACTS 1.2, 6.7 (help_points.toml)
        layout.addWidget(make_hint(help_points_own_words()))
        labels = help_point_labels()
        name, details = tr("Name and address"), help_point_details_label()
        self.help_point_forms: dict[str, FormBuilder] = {}
        for point_id in HELP_POINTS:
            label = labels[point_id]  # each place under its own heading, its advice first
            layout.addWidget(heading(label, level=3))
            advice = text.place(point_id, language)
            if advice:
                layout.addWidget(make_hint(advice))
            form = self.help_point_forms[point_id] = FormBuilder(self.session, "help_point", point_id)
            form.line("place", name).setObjectName(f"help_point.{point_id}")
            form.line("details", details).setObjectName(f"help_point.{point_id}.details")
            form.editors["place"].setAccessibleName(f"{label}: {name}")
            form.editors["details"].setAccessibleName(f"{label}: {details}")
            layout.addLayout(form.layout)
        layout.addStretch(1)
        return widget

    # --- children -----------------------------------------------------------------------------

    def _member_names(self) -> list[str]:
        return [member.name for member in self.session.repository.list("member") if not member.is_child]

    def _children_tab(self) -> QWidget:
        widget = QWidget()
        layout = page_layout(widget)
        self.pickups = RecordListEditor(
            self.session,
            PickupTableModel(self.session),
            title=tr("Who fetches the children?"),
            intro=tr("For each child: who fetches them from school or childcare, and who goes if that person cannot. Tell the school too."),
            add_text=tr("Add the next child"),
            delete_text=tr("Delete this agreement"),
            form_title=tr("Fetching this child"),
            new_record=self._new_pickup,
            build_form=self._pickup_form,
            focus_field="first_person",
        )
        layout.addWidget(self.pickups)
        layout.addStretch(1)
        return widget

    def _pickup_form(self, form: FormBuilder) -> None:
        names = self._member_names()
        form.line("first_person", tr("Who fetches first?"), suggestions=names)
        form.line("backup_person", tr("Who goes if that person cannot?"), suggestions=names)
        form.text("notes", tr("School or childcare, and notes"))

    def _new_pickup(self) -> Pickup | None:
        household = self.session.household()
        children = household.children()
        if not children:
            self.pickups._show_problem(tr("There are no children in your household. Add them on the Household page first."))
            return None
        arranged = {pickup.child_id for pickup in household.pickups}
        for child in children:
            if child.id is not None and child.id not in arranged:  # stored: it has an id
                return Pickup(child_id=child.id)
        self.pickups._show_problem(tr("Every child already has an agreement."))
        return None

    # --- help -----------------------------------------------------------------------------------

    def _help_tab(self) -> QWidget:
        widget = QWidget()
        layout = page_layout(widget)
        self.care = RecordListEditor(
            self.session,
            CareTableModel(self.session),
            title=tr("Who needs extra help, and who helps?"),
            intro=tr("Think of people in your home and close by: someone who cannot walk well, lives alone or needs power for a device. Agree who goes to them."),
            add_text=tr("Add someone"),
            delete_text=tr("Delete this agreement"),
            form_title=tr("About this help"),
            new_record=lambda: Care(person=tr("New person")),
            build_form=self._care_form,
            focus_field="person",
        )
        layout.addWidget(self.care)
        layout.addStretch(1)
        return widget

    def _care_form(self, form: FormBuilder) -> None:
        form.line("person", tr("Who needs help?"))
        form.line("helper", tr("Who helps?"), suggestions=self._member_names())
        form.text("what", tr("What help is needed?"))

    # --- roles ----------------------------------------------------------------------------------

    def _roles_tab(self) -> QWidget:
        widget = QWidget()
        layout = page_layout(widget)
        layout.addWidget(heading(tr("Who does what?"), level=2))
        layout.addWidget(make_hint(tr("Divide the tasks now, so nobody has to think about it when it happens.")))
        roles = QFormLayout()
        names = self._member_names()
        for role_id in ROLES:
            form = FormBuilder(self.session, "role", role_id, layout=roles)
            form.line("person", role_labels()[role_id], suggestions=names).setObjectName(f"role.{role_id}")
        layout.addLayout(roles)
        layout.addStretch(1)
        return widget

    # --- documents ------------------------------------------------------------------------------

    def _documents_tab(self) -> QWidget:
        widget = QWidget()
        layout = page_layout(widget)
        self.documents = RecordListEditor(
            self.session,
            DocumentTableModel(self.session),
            title=tr("Important papers"),
            intro=tr("Where are your passports, insurance papers and other important documents? Keep copies in your grab bag, and write down policy numbers."),
            add_text=tr("Add a document"),
            delete_text=tr("Delete this document"),
            form_title=tr("About this document"),
            new_record=lambda: Document(what=tr("New document")),
            build_form=self._document_form,
            focus_field="what",
        )
        layout.addWidget(self.documents)
        layout.addStretch(1)
        return widget

    def _document_form(self, form: FormBuilder) -> None:
        form.line("what", tr("Document"), placeholder=tr("Passport, home insurance, …"))
        form.line("original_location", tr("Where is the original?"))
        form.line("copy_location", tr("Where is the copy?"))
        form.line("number", tr("Policy or document number"))
        form.line("expires", tr("Valid until"), placeholder=tr("dd-mm-yyyy"))
        form.text("notes", tr("Notes"))

    # --- scenarios ------------------------------------------------------------------------------

    def _scenarios_tab(self) -> QWidget:
        widget = QWidget()
        layout = page_layout(widget)
        self.agreements_heading = heading(tr("What do we do when…"), level=2)
        layout.addWidget(self.agreements_heading)
        self.agreements_hint = make_hint(agreements_hint(len(self.session.household().members)))
        layout.addWidget(self.agreements_hint)
        scenarios = QFormLayout()
        self.scenario_forms: dict[str, FormBuilder] = {}
        for scenario_id in SCENARIOS:
            title, question = scenario_labels()[scenario_id]
            form = self.scenario_forms[scenario_id] = FormBuilder(self.session, "scenario", scenario_id,
                                                                  layout=scenarios)
            form.text("agreement", title, question).setObjectName(f"scenario.{scenario_id}")
        layout.addLayout(scenarios)
        layout.addStretch(1)
        return widget


