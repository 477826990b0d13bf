"""Noodplan: the household's whole emergency plan on paper, several A4 pages.

The household and its needs, the four meeting places, the contact outside the area, who
fetches whom, who helps whom, the tasks, the agreements per situation, the contacts, the
radio and where to find information, the shut-offs in the house, where the kit is and where
the important papers are. An empty section prints as lines to write on.
"""

from __future__ import annotations

from collections import defaultdict

from app.content.help_points import filled, help_point_text
from app.core.fields import format_date
from app.core.household import Household
from app.core.kit import catalogue, medicine_item_id
from app.core.phones import display
from app.core.readiness import readiness
from app.core.records import (
    HELP_POINTS,
    MEETING_PLACES,
    ROLES,
    SCENARIOS,
    Medicine,
    Member,
    Pickup,
    Stock,
)
from app.core.supplies import KitReport
from app.report.document import PrintOptions, TextDocument
from app.report.fridge import help_point_paragraph, national_rows, radio_text
from app.report.html import SHORT_RULE, blank_lines, bullets, esc, heading, join, labelled, section
from app.words import counts
from app.words.i18n import current_language, tr
from app.words.kit import readiness_texts
from app.words.plan import (
    age_group_labels,
    heating_labels,
    help_point_labels,
    medicine_paper_text,
    meeting_place_labels,
    paper_where_to_go,
    role_labels,
    scenario_labels,
)
from app.words.together import category_labels, help_offers, phone_kind_labels


def address_html(household: Household) -> str:
    """The address in one line, or a line to write it on."""
    home = household.home
    place = join(home.address, " ".join(part for part in (home.postcode, home.municipality) if part))
    return f"<p>{place}</p>" if place else labelled(tr("Address"), "")


class PlanDocument(TextDocument):
    """The full emergency plan."""

    def __init__(self, household: Household, stock: list[Stock], report: KitReport,
                 options: PrintOptions) -> None:
        super().__init__(options)
        self.household = household
        self.stock = stock
        self.report = report
        self.readiness = readiness(report, started=options.started)
        self.title = tr("Emergency plan")

    def body_html(self) -> str:
        return "".join((
            heading(counts.paper_plan_heading(len(self.household.members)), 1), address_html(self.household),
            self.ready(),
            section(tr("Who lives here"), self.people(), 4),
            section(counts.paper_where_we_meet(len(self.household.members)), self.meeting_places()),
            section(tr("Contact person outside the area"), self.contact_person()),
            section(paper_where_to_go(len(self.household.members)), self.help_points()),
            self.pickups(),
            section(tr("Who helps whom"), self.helpers()),
            section(tr("Who does what"), self.roles()),
            section(counts.paper_what_we_agreed(len(self.household.members)), self.scenarios()),
            section(tr("Phone numbers"), self.contacts(), 4),
            section(tr("Radio and information"), self.information()),
            section(tr("In the house"), self.house()),
            section(tr("Where the emergency kit is"), self.kit()),
            section(tr("Important papers"), self.papers()),
        ))

    def ready(self) -> str:
        """How ready the household is, as the screen and ``paraat status`` say it."""
        figure, weakest = readiness_texts(self.readiness)
        figure = figure[:1].upper() + figure[1:]  # 'nog niet begonnen' starts the sentence
        return f"<p><b>{esc(figure)}</b>. {esc(weakest)}</p>"

    # --- the people ------------------------------------------------------------------------

    def people(self) -> str:
        parts = [self.member(member) for member in self.household.members]
        if self.household.pets:
            parts.append(heading(tr("Pets"), 3))
            for pet in self.household.pets:
                what = f"{pet.species} ({pet.count})" if pet.count != 1 else pet.species
                parts.append(f"<p><b>{esc(what)}</b>{': ' + esc(pet.names) if pet.names else ''}"
                             f"{'<br>' + esc(pet.notes) if pet.notes else ''}</p>")
        return "".join(parts)

    def member(self, member: Member) -> str:
        ages = age_group_labels()
        first = join(ages.get(member.age_group, member.age_group), display(member.phone))
        rows = [f"<h3>{esc(member.name)}</h3>", f"<p>{first}</p>"]
        medicines = self.household.medicines_of(member.id)
        if medicines:
            label = tr("Medicines")
            rows.append(f"<p>{esc(label)}:</p>")
            rows.append(bullets([self.medicine(medicine) for medicine in medicines]))
        for label, value in (
            (tr("Devices that need power"), member.devices),
            (tr("Walking"), member.mobility),
            (tr("Seeing or hearing"), member.sensory),
            (tr("Diet"), member.diet),
            (tr("Allergies"), member.allergies),
            (tr("Languages"), member.languages),
            (tr("Is helped by"), member.needs_help_from),
            (tr("Helps"), member.gives_help_to),
            (tr("Notes"), member.notes),
        ):
            if value:
                rows.append(labelled(label, value))
        return "".join(rows)

    @staticmethod
    def medicine(medicine: Medicine) -> str:
        """One medicine: its name and dose in bold, every day or when needed, doses a day, and
        "keep cold" with what the household does when the fridge is off."""
        line = f"<b>{join(medicine.name, medicine.dose)}</b> — {esc(medicine_paper_text(medicine))}"
        if medicine.keep_cold and medicine.cold_note:
            line += "<br>" + esc(tr("When the fridge is off: %1").replace("%1", medicine.cold_note))
        return line

    # --- the plan ---------------------------------------------------------------------------

    def meeting_places(self) -> str:
        labels = meeting_place_labels()
        rows = []
        for place_id in MEETING_PLACES:
            place = self.household.meeting_places.get(place_id)
            label = labels[place_id][0]
            if place is None or not place.place:
                rows.append(labelled(label, ""))
                continue
            details = f"<br>{esc(place.details)}" if place.details else ""
            rows.append(f"<p>{esc(label)}: <b>{esc(place.place)}</b>{details}</p>")
        return "".join(rows)

    def help_points(self) -> str:
        """Where to go when phone and internet are down: each place the household filled in with
        its notes, under the advice (FACTS 1.2, 6.7); with none filled, the advice and a whole
        line per place to write its address by hand. Paraat never fills in a place itself."""
        text, language = help_point_text(), current_language()
        places = filled(self.household.help_points)
        if not places:
            labels = help_point_labels()
            return (f"<p>{esc(text.say('paper_blank', language))}</p>"
                    + "".join(f"<p>{esc(labels[point_id])}:</p>{blank_lines(1)}" for point_id in HELP_POINTS))
        return f"<p>{esc(text.say('paper', language))}</p>" + "".join(
            help_point_paragraph(point) for point in places)

    def contact_person(self) -> str:
        plan = self.household.plan
        rows = [labelled(tr("Name"), plan.contact_name),
                labelled(tr("Phone"), display(plan.contact_phone))]
        if plan.contact_notes:
            rows.append(f"<p>{esc(plan.contact_notes)}</p>")
        rows.append(labelled(counts.paper_where_we_can_stay(len(self.household.members)), plan.stay_place))
        if plan.stay_notes:
            rows.append(f"<p>{esc(plan.stay_notes)}</p>")
        rows.append(labelled(tr("Last practised"), format_date(plan.last_practised)))
        return "".join(rows)

    def pickups(self) -> str:
        """Who fetches each child; left out for a household without children."""
        children = self.household.children()
        if self.household.members and not children:
            return ""
        pickups: dict[int | None, Pickup] = {p.child_id: p for p in self.household.pickups}
        rows = []
        for child in children:
            pickup = pickups.get(child.id)
            first = pickup.first_person if pickup else ""
            backup = pickup.backup_person if pickup else ""
            notes = f"<br>{esc(pickup.notes)}" if pickup and pickup.notes else ""
            fetched, or_else = tr("Fetched by"), tr("Or else by")  # outside f-strings for lupdate
            rows.append(f"<h3>{esc(child.name)}</h3><p>{esc(fetched)}: "
                        f"<b>{esc(first) if first else SHORT_RULE}</b><br>{esc(or_else)}: "
                        f"<b>{esc(backup) if backup else SHORT_RULE}</b>{notes}</p>")
        return section(tr("Who fetches the children"), "".join(rows))

    def helpers(self) -> str:
        household = self.household
        rows = []
        for care in household.care:
            helper = f"<b>{esc(care.helper)}</b>" if care.helper else SHORT_RULE
            what = f"<br>{esc(care.what)}" if care.what else ""
            helped_by = tr("helped by")
            rows.append(f"<p><b>{esc(care.person)}</b>: {esc(helped_by)} {helper}{what}</p>")
        members = {member.id: member.name for member in household.members}
        contacts = {contact.id: contact.name for contact in household.contacts}
        for check in household.checks:
            member, contact = members.get(check.member_id), contacts.get(check.contact_id)
            if not member or not contact:
                continue
            who, whom = (member, contact) if check.direction == "member_checks" else (contact, member)
            looks_in = esc(tr("%1 looks in on %2"))
            rows.append("<p>" + looks_in.replace("%1", f"<b>{esc(who)}</b>").replace("%2", f"<b>{esc(whom)}</b>")
                        + "</p>")
        return "".join(rows)

    def roles(self) -> str:
        labels = role_labels()
        rows = []
        for role_id in ROLES:
            role = self.household.roles.get(role_id)
            person = role.person if role else ""
            if role_id == "pets" and not self.household.pets and not person:
                continue
            rows.append(f"<p>{esc(labels[role_id])} "
                        f"<b>{esc(person) if person else SHORT_RULE}</b></p>")
        return "".join(rows)

    def scenarios(self) -> str:
        labels = scenario_labels()
        rows = []
        for scenario_id in SCENARIOS:
            scenario = self.household.scenarios.get(scenario_id)
            rows.append(f"<h3>{esc(labels[scenario_id][0])}</h3>")
            if scenario is not None and scenario.agreement:
                rows.append(f"<p>{esc(scenario.agreement)}</p>")
            else:
                rows.append(blank_lines(2))
        return "".join(rows)

    # --- contacts and information ---------------------------------------------------------

    def contacts(self) -> str:
        categories, kinds = category_labels(), phone_kind_labels()
        rows = [national_rows()]
        numbers = self.household.phones_by_contact()
        for contact in self.household.contacts:
            phones = ", ".join(f"<b>{esc(display(phone.number))}</b> ({esc(kinds.get(phone.kind, phone.kind))})"
                               for phone in numbers.get(contact.id, []))
            lines = [f"<b>{esc(contact.name)}</b> ({esc(categories.get(contact.category, contact.category))})"]
            phone_label = tr("Phone")
            lines.append(phones or f"{esc(phone_label)}: {SHORT_RULE}")
            if contact.address:
                lines.append(esc(contact.address))
            if contact.needs_help and contact.help_needed:
                needs = tr("Needs help")
                lines.append(f"{esc(needs)}: {esc(contact.help_needed)}")
            offers = help_offers(contact)
            if offers:
                can = tr("Can help with")
                lines.append(f"{esc(can)}: {join(*offers)}")
            if contact.notes:
                lines.append(esc(contact.notes))
            rows.append(f"<p style='margin-top: 10pt;'>{'<br>'.join(lines)}</p>")
        if not self.household.contacts:
            rows.append(blank_lines(4))
        return "".join(rows)

    def information(self) -> str:
        home = self.household.home
        rows = [labelled(tr("Emergency radio"), radio_text(self.household))]
        if home.safety_region:
            rows.append(labelled(tr("Safety region"), home.safety_region))
        where = tr("Where to find information")
        rows.append(f"<p>{esc(where)}:</p><ul>")
        for source in (
            tr("NL-Alert: a message on your mobile phone about an emergency near you."),
            tr("Your regional broadcaster on the radio, also when the power is out."),
            tr("crisis.nl and the website of your municipality."),
            tr("denkvooruit.nl: how to prepare for an emergency."),
        ):
            rows.append(f"<li>{esc(source)}</li>")
        rows.append("</ul>")
        return "".join(rows)

    def house(self) -> str:
        home = self.household.home
        rows = [
            labelled(tr("Main water tap"), home.water_main),
            labelled(tr("Gas valve"), home.gas_valve),
            labelled(tr("Meter box"), home.meter_box),
            labelled(tr("Fire extinguisher"), home.fire_extinguisher),
            labelled(tr("Heating"), heating_labels().get(home.heating, "")),
        ]
        if home.notes:
            rows.append(f"<p>{esc(home.notes)}</p>")
        return "".join(rows)

    def kit(self) -> str:
        """Each place where kit is stored, with what lies there; then the grab bag."""
        language = current_language()
        kit = catalogue()
        medicines = {medicine_item_id(m.id): m.name for m in self.household.medicines}

        def label(entry: Stock) -> str:
            if entry.item_id == "own":
                return entry.name
            if entry.item_id in medicines:
                return medicines[entry.item_id]
            item = kit.item(entry.item_id)
            return item.label(language) if item else entry.name or entry.item_id

        places: dict[str, list[str]] = defaultdict(list)
        grab_bag: list[str] = []
        for entry in self.stock:
            name = label(entry)
            where = entry.location or tr("Place not written down")
            if name not in places[where]:
                places[where].append(name)
            if entry.grab_bag and name not in grab_bag:
                grab_bag.append(name)
        rows = [f"<p><b>{esc(where)}</b>: {join(*names)}</p>"
                for where, names in sorted(places.items(), key=lambda pair: pair[0].lower())]
        if grab_bag:
            in_bag = tr("In the grab bag")
            rows.append(f"<p><b>{esc(in_bag)}</b>: {join(*grab_bag)}</p>")
        return "".join(rows)

    def papers(self) -> str:
        rows = []
        for document in self.household.documents:
            lines = [f"<b>{esc(document.what)}</b>"]
            for label, value in ((tr("Original"), document.original_location),
                                 (tr("Copy"), document.copy_location),
                                 (tr("Number"), document.number),
                                 (tr("Valid until"), format_date(document.expires)),
                                 (tr("Notes"), document.notes)):
                if value:
                    lines.append(f"{esc(label)}: {esc(value)}")
            rows.append(f"<p style='margin-top: 10pt;'>{'<br>'.join(lines)}</p>")
        return "".join(rows)


def build(household: Household, stock: list[Stock], report: KitReport,
          options: PrintOptions) -> PlanDocument:
    return PlanDocument(household, stock, report, options)

