"""The whole household in one object, and what is still missing from its plan.

``Household`` gathers every record so pages, printouts and the overview read one consistent
picture. ``missing_items`` is the plain checklist the overview shows: each item says what is
missing and where to fill it in.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from app.core.records import (
    MEETING_PLACES,
    ROLES,
    SCENARIOS,
    Care,
    Check,
    Contact,
    ContactPhone,
    Device,
    Document,
    HelpPoint,
    Home,
    Medicine,
    MeetingPlace,
    Member,
    NotNeeded,
    Pet,
    Pickup,
    Plan,
    Role,
    Scenario,
    ToBuy,
)


@dataclass
class Household:
    """Everything Paraat knows about one household."""

    home: Home = field(default_factory=Home)
    members: list[Member] = field(default_factory=list)
    medicines: list[Medicine] = field(default_factory=list)
    pets: list[Pet] = field(default_factory=list)
    plan: Plan = field(default_factory=Plan)
    meeting_places: dict[str, MeetingPlace] = field(default_factory=dict)
    help_points: dict[str, HelpPoint] = field(default_factory=dict)
    pickups: list[Pickup] = field(default_factory=list)
    care: list[Care] = field(default_factory=list)
    roles: dict[str, Role] = field(default_factory=dict)
    documents: list[Document] = field(default_factory=list)
    scenarios: dict[str, Scenario] = field(default_factory=dict)
    contacts: list[Contact] = field(default_factory=list)
    phones: list[ContactPhone] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    devices: list[Device] = field(default_factory=list)
    not_needed: list[NotNeeded] = field(default_factory=list)
    to_buy: list[ToBuy] = field(default_factory=list)

    def age_counts(self) -> Counter[str]:
        """How many members are in each age group."""
        return Counter(member.age_group for member in self.members)

    def pet_count(self) -> int:
        return sum(pet.count for pet in self.pets)

    def children(self) -> list[Member]:
        return [member for member in self.members if member.is_child]

    def medicines_of(self, member_id: int | None) -> list[Medicine]:
        return [medicine for medicine in self.medicines if medicine.member_id == member_id]

    def not_needed_reason(self, item_id: str) -> str | None:
        """Why the household does not need this kit item ("" without a reason), or None."""
        return next((entry.reason for entry in self.not_needed if entry.item_id == item_id), None)

    def devices_of(self, member_id: int | None) -> list[Device]:
        return [device for device in self.devices if device.member_id == member_id]

    def phones_of(self, contact_id: int | None) -> list[ContactPhone]:
        return [phone for phone in self.phones if phone.contact_id == contact_id]

    def phones_by_contact(self) -> dict[int | None, list[ContactPhone]]:
        """Each contact's numbers, in one pass: for a loop over all contacts (a household may
        have thousands, and ``phones_of`` in such a loop is contacts × numbers)."""
        found: dict[int | None, list[ContactPhone]] = {}
        for phone in self.phones:
            found.setdefault(phone.contact_id, []).append(phone)
        return found


OXYGEN = re.compile(r"zuurstof|oxygen|\bO[2₂](?![0-9])", re.IGNORECASE)
"""How a member's devices, notes or medicines say that oxygen is used in the house (FACTS 6.1:
no candles, no open fire, no smoking near oxygen)."""


def oxygen_users(household: Household) -> list[str]:
    """The names of members who use oxygen, by their devices (an oxygen concentrator or spare
    cylinders, or the words in the free-text devices), notes or medicines."""
    with_medicine = {medicine.member_id for medicine in household.medicines
                     if OXYGEN.search(f"{medicine.name} {medicine.dose} {medicine.notes}")}
    with_medicine |= {device.member_id for device in household.devices
                      if device.uses_oxygen or OXYGEN.search(f"{device.name} {device.notes}")}
    return [member.name for member in household.members
            if member.id in with_medicine or OXYGEN.search(
                f"{member.devices} {member.notes} {member.mobility} {member.sensory}")]


def has_oxygen(household: Household) -> bool:
    """Whether oxygen is used in the house: by a member (``oxygen_users``), or as the home's
    notes say without naming who. Every "no open fire" rule asks this (FACTS 6.1)."""
    return bool(oxygen_users(household)) or bool(OXYGEN.search(household.home.notes))


@dataclass(frozen=True)
class TogetherStatus:
    """Step 3 of the booklet, counted: what is done and what is still open."""

    out_of_area: bool
    neighbours: int
    unchecked: tuple[str, ...]  # names of people who need help and have nobody checking on them

    @property
    def done(self) -> int:
        return int(self.out_of_area) + int(self.neighbours > 0) + int(not self.unchecked)

    total = 3


def together_status(household: Household) -> TogetherStatus:
    """Out-of-area contact present, at least one neighbour, and everyone who needs help has
    someone who checks on them (a contact for a member, a member for a contact)."""
    out_of_area = bool(household.plan.contact_name) or any(
        contact.category == "out_of_area" for contact in household.contacts)
    neighbours = sum(1 for contact in household.contacts if contact.category == "neighbour")
    checked_members: set[int | None] = {
        c.member_id for c in household.checks if c.direction == "contact_checks"}
    checked_members |= {m.id for m in household.members if m.needs_help_from}
    checked_contacts = {c.contact_id for c in household.checks if c.direction == "member_checks"}
    unchecked = [m.name for m in household.members if m.has_needs and m.id not in checked_members]
    unchecked += [c.name for c in household.contacts if c.needs_help and c.id not in checked_contacts]
    return TogetherStatus(out_of_area, neighbours, tuple(unchecked))


@dataclass(frozen=True)
class MissingItem:
    """One thing still missing from the plan.

    ``code`` names what is missing (the UI words it), ``page`` and ``target`` say where to fill
    it in, ``subject`` is a name to mention ("Who fetches Sam?").
    """

    code: str
    page: str
    target: str = ""
    subject: str = ""


def missing_items(household: Household) -> list[MissingItem]:
    """What the household still has to fill in, in the order the booklet asks for it."""
    items: list[MissingItem] = []
    add = items.append

    if not household.members:
        add(MissingItem("no_members", "household", "members"))
    home = household.home
    if not home.municipality:
        add(MissingItem("municipality", "household", "home.municipality"))
    if not home.broadcaster:
        add(MissingItem("broadcaster", "household", "home.broadcaster"))
    if not home.fm_frequency:
        add(MissingItem("fm_frequency", "household", "home.fm_frequency"))
    for shutoff in ("water_main", "gas_valve", "meter_box"):
        if not getattr(home, shutoff):
            add(MissingItem(shutoff, "household", f"home.{shutoff}"))

    for member in household.members:
        if member.has_needs and not member.needs_help_from:
            add(MissingItem("helper_for_member", "household", f"member.{member.id}", member.name))

    for place_id in MEETING_PLACES:
        place = household.meeting_places.get(place_id)
        if place is None or not place.place:
            add(MissingItem(f"meeting_{place_id}", "plan", f"meeting_place.{place_id}"))
    if not household.plan.contact_name or not household.plan.contact_phone:
        add(MissingItem("out_of_area_contact", "plan", "plan.contact_name"))
    if not household.plan.stay_place:
        add(MissingItem("stay_place", "plan", "plan.stay_place"))
    if not any(point.filled for point in household.help_points.values()):  # one item for all five
        add(MissingItem("help_point", "plan", "help_point.emergency_point"))

    pickups: dict[int | None, Pickup] = {pickup.child_id: pickup for pickup in household.pickups}
    for child in household.children():
        pickup = pickups.get(child.id)
        if pickup is None or not pickup.first_person:
            add(MissingItem("pickup_first", "plan", f"pickup.{child.id}", child.name))
        elif not pickup.backup_person:
            add(MissingItem("pickup_backup", "plan", f"pickup.{child.id}", child.name))

    for care in household.care:
        if not care.helper:
            add(MissingItem("care_helper", "plan", f"care.{care.id}", care.person))

    for role_id in ROLES:
        if role_id == "pets" and not household.pets:
            continue
        role = household.roles.get(role_id)
        if role is None or not role.person:
            add(MissingItem(f"role_{role_id}", "plan", f"role.{role_id}"))

    if not household.documents:
        add(MissingItem("documents", "plan", "documents"))

    for scenario_id in SCENARIOS:
        scenario = household.scenarios.get(scenario_id)
        if scenario is None or not scenario.agreement:
            add(MissingItem(f"scenario_{scenario_id}", "plan", f"scenario.{scenario_id}"))
    return items


def checks_total(household: Household) -> int:
    """How many checklist items this household has in all (done or not)."""
    fixed = 6 + len(MEETING_PLACES) + 2 + 1 + 1 + len(SCENARIOS)  # home, places, contact+stay, help point, docs
    roles = len(ROLES) - (0 if household.pets else 1)
    helpers = sum(1 for member in household.members if member.has_needs)
    children = len(household.children())
    members = 1 if not household.members else 0
    return fixed + roles + helpers + children + len(household.care) + members


def completeness(household: Household) -> tuple[int, int]:
    """(done, total) over the plan checklist."""
    total = checks_total(household)
    missing = missing_items(household)
    # A child whose first fetcher is known but whose backup is not counts as one open check.
    return total - len(missing), total
