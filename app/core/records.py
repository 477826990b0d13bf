"""The household and its noodplan as plain records.

Each record type is a dataclass whose fields carry their rule (``fields.py``). A ``Kind``
describes how a record type is stored: its table, key, parent and fixed rows. The storage layer
and the GUI work through these descriptions, so adding a field is one line here plus a
migration.

Longer than 400 lines on purpose: every record type and how it is stored, in one place, so
adding a field stays one line here.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from app.core.fields import (
    Amount,
    Choice,
    Date,
    Decimal,
    Expiry,
    Flag,
    InvalidValue,
    Problem,
    Rule,
    Text,
    Whole,
    rule,
)
from app.core.phones import Phone, PhoneTypes

# --- fixed choices (stored codes; labels live in the UI's translations) -----------------------

AGE_GROUPS = ("baby", "child", "adult", "senior")  # baby < 2, child 2-17, adult, 65+
CHILD_AGE_GROUPS = ("baby", "child")

HEATING_TYPES = ("gas", "heat_pump", "district", "electric", "wood", "other")  # wood: or pellets
YES_NO = ("yes", "no")  # an answer to a kit question; "" = not answered yet
# The kit questions a home answers (besides heating; babies and pets come from the members and
# pets). Each changes the kit list, see ``kit.py``.
KIT_QUESTIONS = ("has_car", "glasses", "hearing_aids", "menstruation", "own_well", "toddler")
# Devices that need power (FACTS 6.1): the kinds a member can choose.
DEVICE_KINDS = ("oxygen_concentrator", "ventilator", "cpap", "suction_pump", "dialysis",
                "feeding_pump", "wheelchair", "stair_lift", "hoist_or_mattress", "alarm_pendant",
                "insulin_pump_cgm", "other")
OXYGEN_DEVICES = ("oxygen_concentrator",)
TO_BUY_ORIGINS = ("own", "practice", "check")  # typed by the user, from the practice evening, the check

# The 13 regional public broadcasters, each the official calamity broadcaster of its region.
BROADCASTERS = (
    "rtv_noord",
    "omrop_fryslan",
    "rtv_drenthe",
    "rtv_oost",
    "omroep_gelderland",
    "omroep_flevoland",
    "rtv_utrecht",
    "nh",
    "omroep_west",
    "rijnmond",
    "omroep_zeeland",
    "omroep_brabant",
    "l1",
)

# The 25 safety regions (veiligheidsregio's), by their own names.
SAFETY_REGIONS = (
    "Groningen",
    "Fryslân",
    "Drenthe",
    "IJsselland",
    "Twente",
    "Noord- en Oost-Gelderland",
    "Gelderland-Midden",
    "Gelderland-Zuid",
    "Utrecht",
    "Noord-Holland Noord",
    "Zaanstreek-Waterland",
    "Kennemerland",
    "Amsterdam-Amstelland",
    "Gooi en Vechtstreek",
    "Haaglanden",
    "Hollands Midden",
    "Rotterdam-Rijnmond",
    "Zuid-Holland Zuid",
    "Zeeland",
    "Midden- en West-Brabant",
    "Brabant-Noord",
    "Brabant-Zuidoost",
    "Limburg-Noord",
    "Zuid-Limburg",
    "Flevoland",
)

MEETING_PLACES = ("home", "near", "neighbourhood", "town")
ROLES = ("gas", "water", "power", "pets", "grab_bag", "neighbours")
SCENARIOS = ("power", "water", "evacuation", "shelter", "heat", "networks")
HELP_POINTS = ("emergency_point", "fire_station", "town_hall", "gp", "hospital")
"""Where to go when phone and internet are down (FACTS 1.2, 6.7), in the order they are shown."""
CARD_FIELDS = ("names", "phones", "needs_help", "meeting_place")
"""What the card for a neighbour may carry, each only with the household's consent."""

# Units a stock entry can be counted in (the kit catalogue says which fits which item).
UNITS = ("l", "ml", "kcal", "kj", "eur", "pcs", "pack", "set", "day")

MAX_MEMBERS = 30
MAX_ROWS = 200  # pets, medicines, documents, pickups, care links
MAX_STOCK = 20_000

NAME = Text(100, required=True)
SHORT = Text(200)
PLACE = Text(300)
NOTE = Text(10_000, multiline=True)
PHONE = Phone()

CONTACT_CATEGORIES = ("family", "out_of_area", "neighbour", "gp", "gp_post", "pharmacy", "vet",
                      "school", "childcare", "work", "insurer", "grid", "water", "municipality",
                      "other")
PHONE_KINDS = ("mobile", "home", "work", "other")
CHECK_DIRECTIONS = ("member_checks", "contact_checks")  # who looks in on whom
MAX_CONTACTS = 2000


# --- records -----------------------------------------------------------------------------------


@dataclass
class Home:
    """The house: address, region, broadcaster, and where the shut-offs are."""

    id: int = 1
    address: str = rule(PLACE)
    postcode: str = rule(Text(10))
    municipality: str = rule(Text(100))
    safety_region: str = rule(Choice(SAFETY_REGIONS))
    broadcaster: str = rule(Choice(BROADCASTERS))
    fm_frequency: str = rule(Decimal(87.5, 108.0, 1))
    water_main: str = rule(PLACE)
    gas_valve: str = rule(PLACE)
    meter_box: str = rule(PLACE)
    fire_extinguisher: str = rule(PLACE)
    heating: str = rule(Choice(HEATING_TYPES))
    notes: str = rule(NOTE)
    has_car: str = rule(Choice(YES_NO))
    glasses: str = rule(Choice(YES_NO))  # glasses or contact lenses
    hearing_aids: str = rule(Choice(YES_NO))
    menstruation: str = rule(Choice(YES_NO))
    own_well: str = rule(Choice(YES_NO))
    toddler: str = rule(Choice(YES_NO))  # a child over 2 who still wears nappies

    def answer(self, question: str) -> str:
        """"yes", "no" or "" (not answered) for one of ``KIT_QUESTIONS``."""
        value: str = getattr(self, question)
        return value


@dataclass
class Member:
    """One person in the household and what they need in a crisis."""

    id: int | None = None
    position: int = rule(Whole(0, 10_000, empty_as=0), 0)
    name: str = rule(NAME)
    age_group: str = rule(Choice(AGE_GROUPS, required=True), "adult")
    phone: str = rule(PHONE)
    devices: str = rule(Text(1000, multiline=True))
    mobility: str = rule(Text(1000, multiline=True))
    sensory: str = rule(Text(1000, multiline=True))
    diet: str = rule(Text(1000, multiline=True))
    allergies: str = rule(Text(1000, multiline=True))
    languages: str = rule(SHORT)
    needs_help_from: str = rule(SHORT)
    gives_help_to: str = rule(SHORT)
    notes: str = rule(NOTE)

    @property
    def is_child(self) -> bool:
        return self.age_group in CHILD_AGE_GROUPS

    @property
    def has_needs(self) -> bool:
        """Whether this person may need extra help (noted needs, devices, or 65+)."""
        return bool(self.devices or self.mobility or self.sensory) or self.age_group == "senior"


@dataclass
class Medicine:
    """A medicine a member takes: daily or only when needed, how many doses a day, how many
    doses are in the house (the days follow), and whether it must stay cold.

    ``days_needed`` is no longer used (its old default of 7 days had no source); it is kept so
    plan files written before version 8 still read. The kit asks every daily medicine to last
    the household's horizon.
    """

    id: int | None = None
    member_id: int = rule(Whole(1, 2**62), 0)
    name: str = rule(NAME)
    dose: str = rule(SHORT)
    days_needed: int = rule(Whole(0, 365, empty_as=7), 7)
    notes: str = rule(Text(1000, multiline=True))
    as_needed: int = rule(Flag(), 0)  # 1: only when needed (a puffer, a painkiller)
    per_day: float | None = rule(Amount(0.001, 1000, optional=True), None)  # doses a day
    in_stock: float | None = rule(Amount(0.0, 1_000_000, optional=True), None)  # doses in the house
    keep_cold: int = rule(Flag(), 0)
    cold_note: str = rule(Text(1000, multiline=True))  # what to do when the fridge is off

    @property
    def days_in_stock(self) -> float | None:
        """How many days the doses in the house last (None: unknown, or only when needed)."""
        if self.as_needed or not self.per_day or self.in_stock is None:
            return None
        return self.in_stock / self.per_day


@dataclass
class Pet:
    """Animals in the house: a species and how many."""

    id: int | None = None
    species: str = rule(NAME)
    count: int = rule(Whole(1, 100, empty_as=1), 1)
    names: str = rule(SHORT)
    notes: str = rule(Text(1000, multiline=True))


@dataclass
class Plan:
    """The plan's single answers: the out-of-area contact and where we can stay."""

    id: int = 1
    contact_name: str = rule(Text(100))
    contact_phone: str = rule(PHONE)
    contact_notes: str = rule(Text(1000, multiline=True))
    stay_place: str = rule(PLACE)
    stay_notes: str = rule(Text(1000, multiline=True))
    last_practised: str = rule(Date())
    practice_notes: str = rule(Text(5000, multiline=True))  # what the practice evening taught us


@dataclass
class MeetingPlace:
    """One of the four places where we meet."""

    id: str = "home"
    place: str = rule(PLACE)
    details: str = rule(Text(1000, multiline=True))


@dataclass
class HelpPoint:
    """A place to go when phone and internet are down: the noodsteunpunt, fire station, …"""

    id: str = "emergency_point"
    place: str = rule(PLACE)  # name and address, as the household wrote them
    details: str = rule(Text(1000, multiline=True))  # opening hours, how to get there

    @property
    def filled(self) -> bool:
        """Something written down: a name and address, or only notes (both are printed)."""
        return bool(self.place.strip() or self.details.strip())


@dataclass
class Pickup:
    """Who fetches a child, first and as backup."""

    id: int | None = None
    child_id: int = rule(Whole(1, 2**62), 0)
    first_person: str = rule(Text(100))
    backup_person: str = rule(Text(100))
    notes: str = rule(Text(1000, multiline=True))


@dataclass
class Care:
    """Who needs extra help, and who gives it."""

    id: int | None = None
    person: str = rule(NAME)
    helper: str = rule(Text(100))
    what: str = rule(Text(1000, multiline=True))


@dataclass
class Role:
    """A task in a crisis and who does it."""

    id: str = "gas"
    person: str = rule(Text(100))


@dataclass
class Document:
    """An important paper: where the original is and where the copy is."""

    id: int | None = None
    what: str = rule(NAME)
    original_location: str = rule(PLACE)
    copy_location: str = rule(PLACE)
    number: str = rule(Text(100))
    expires: str = rule(Date())
    notes: str = rule(Text(1000, multiline=True))


@dataclass
class Scenario:
    """What we agreed for one kind of emergency."""

    id: str = "power"
    agreement: str = rule(Text(5000, multiline=True))


@dataclass
class Stock:
    """Something the household has in its emergency kit.

    ``item_id`` names a kit catalogue item, ``medicine:<id>`` a member's medicine, or
    ``own`` for the household's own item (then ``name`` says what it is).
    """

    id: int | None = None
    item_id: str = rule(Text(60, required=True), "own")
    name: str = rule(Text(100))
    quantity: float = rule(Amount(0.001, 1_000_000), 1.0)
    unit: str = rule(Choice(UNITS, required=True), "pcs")
    location: str = rule(PLACE)
    expires: str = rule(Expiry())
    grab_bag: int = rule(Flag(), 0)
    hours: float | None = rule(Amount(0.0, 100_000, optional=True), None)
    added: str = rule(Date())
    dont_remind: int = rule(Flag(), 0)
    notes: str = rule(Text(1000, multiline=True))


@dataclass(frozen=True)
class CardFields(Rule):
    """Some of CARD_FIELDS, comma-separated in their fixed order ("names,phones"); "" for none."""

    def clean(self, value: Any) -> str:
        text = "" if value is None else str(value)
        words = {word.strip() for word in text.replace(";", ",").replace(" ", ",").split(",")}
        words.discard("")
        unknown = sorted(words - set(CARD_FIELDS))
        if unknown:
            raise InvalidValue(Problem("not_an_option", {"value": unknown[0][:40]}))
        return ",".join(name for name in CARD_FIELDS if name in words)


@dataclass
class Contact:
    """Someone to call or to help in an emergency: family, neighbours, the GP, the insurer."""

    id: int | None = None
    name: str = rule(NAME)
    category: str = rule(Choice(CONTACT_CATEGORIES, required=True), "other")
    email: str = rule(Text(200))
    address: str = rule(PLACE)
    spare_key: int = rule(Flag(), 0)
    needs_help: int = rule(Flag(), 0)
    help_needed: str = rule(Text(1000, multiline=True))
    first_aid: int = rule(Flag(), 0)
    has_car: int = rule(Flag(), 0)
    has_radio: int = rule(Flag(), 0)
    can_help_with: str = rule(Text(1000, multiline=True))
    notes: str = rule(NOTE)
    uid: str = rule(Text(300))
    card_share: str = rule(CardFields())  # CARD_FIELDS this contact's card may carry: "names,phones"


@dataclass
class ContactPhone:
    """One phone number of a contact, as typed, with its kind (mobile, home, work).

    ``types`` keeps what else a phone said about the number (fax, pager, text; see
    ``phones.PHONE_TYPES``), so that it comes back the same in a vCard export.
    """

    id: int | None = None
    contact_id: int = rule(Whole(1, 2**62), 0)
    number: str = rule(Phone(required=True))
    kind: str = rule(Choice(PHONE_KINDS, required=True), "mobile")
    types: str = rule(PhoneTypes())


@dataclass
class Check:
    """Who looks in on whom: a household member on a contact, or a contact on a member."""

    id: int | None = None
    contact_id: int = rule(Whole(1, 2**62), 0)
    member_id: int = rule(Whole(1, 2**62), 0)
    direction: str = rule(Choice(CHECK_DIRECTIONS, required=True), "member_checks")


@dataclass
class Device:
    """A device a member needs that runs on power, and what keeps it going when the power fails.

    ``battery_hours``: how long the device runs on its own battery; ``cylinders`` and
    ``cylinder_hours``: spare oxygen cylinders and how long each lasts at the usual flow;
    ``spare_battery_hours``: a spare battery. Empty hours are unknown, not zero.
    """

    id: int | None = None
    member_id: int = rule(Whole(1, 2**62), 0)
    kind: str = rule(Choice(DEVICE_KINDS, required=True), "other")
    name: str = rule(Text(100))  # what it is, in the household's words ("Zuurstofapparaat van Philips")
    battery_hours: float | None = rule(Amount(0.0, 10_000, optional=True), None)
    cylinders: int = rule(Whole(0, 100, empty_as=0), 0)
    cylinder_hours: float | None = rule(Amount(0.0, 10_000, optional=True), None)
    spare_battery_hours: float | None = rule(Amount(0.0, 10_000, optional=True), None)
    car_charger: int = rule(Flag(), 0)
    power_bank: int = rule(Flag(), 0)
    supplier: str = rule(Text(100))  # the supplier or care organisation
    supplier_phone: str = rule(PHONE)  # its 24-hour number
    when_power_fails: str = rule(Text(1000, multiline=True))  # "bel de leverancier binnen 2 uur"
    notes: str = rule(Text(1000, multiline=True))

    @property
    def uses_oxygen(self) -> bool:
        return self.kind in OXYGEN_DEVICES or self.cylinders > 0

    @property
    def run_out_hours(self) -> float | None:
        """How many hours after the power fails the device stops: its battery, then the spare
        battery and the cylinders one after another. None when nothing is known."""
        parts = [self.battery_hours, self.spare_battery_hours,
                 (self.cylinders * self.cylinder_hours) if self.cylinders and self.cylinder_hours is not None
                 else None]
        known = [part for part in parts if part is not None]
        return sum(known) if known else None


@dataclass
class NotNeeded:
    """A kit item this household does not need, and why ("we have no car")."""

    id: int | None = None
    item_id: str = rule(Text(60, required=True), "")
    reason: str = rule(Text(300))


@dataclass
class ToBuy:
    """Something to buy that the catalogue does not list (from the practice evening, the
    half-yearly check, or typed by the user); it stays on the shopping list until deleted."""

    id: int | None = None
    name: str = rule(NAME)
    origin: str = rule(Choice(TO_BUY_ORIGINS, required=True), "own")
    added: str = rule(Date())
    notes: str = rule(Text(1000, multiline=True))


# --- kinds: how each record type is stored ----------------------------------------------------


@dataclass(frozen=True)
class Kind:
    """How one record type is stored."""

    name: str
    cls: type
    table: str
    fixed_ids: tuple[Any, ...] = ()  # rows that always exist (singletons, fixed lists)
    parent: tuple[str, str] | None = None  # (field, parent kind name)
    also_parent: tuple[str, str] | None = None  # a second parent whose deletion removes this too
    limit: int = MAX_ROWS
    order_by: str = "id"

    @property
    def is_fixed(self) -> bool:
        return bool(self.fixed_ids)

    def field_names(self) -> list[str]:
        return [f.name for f in dataclasses.fields(self.cls) if f.name != "id"]


KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind("home", Home, "home", fixed_ids=(1,)),
        Kind("member", Member, "member", limit=MAX_MEMBERS, order_by="position, id"),
        Kind("medicine", Medicine, "medicine", parent=("member_id", "member")),
        Kind("pet", Pet, "pet"),
        Kind("plan", Plan, "plan", fixed_ids=(1,)),
        Kind("meeting_place", MeetingPlace, "meeting_place", fixed_ids=MEETING_PLACES),
        Kind("help_point", HelpPoint, "help_point", fixed_ids=HELP_POINTS),
        Kind("pickup", Pickup, "pickup", parent=("child_id", "member")),
        Kind("care", Care, "care"),
        Kind("role", Role, "role", fixed_ids=ROLES),
        Kind("document", Document, "document"),
        Kind("scenario", Scenario, "scenario", fixed_ids=SCENARIOS),
        Kind("stock", Stock, "stock", limit=MAX_STOCK,
             order_by="CASE WHEN expires = '' THEN 1 ELSE 0 END, "
                      "CASE WHEN length(expires) = 7 THEN expires || '-31' ELSE expires END, id"),
        Kind("contact", Contact, "contact", limit=MAX_CONTACTS, order_by="name COLLATE NOCASE, id"),
        Kind("contact_phone", ContactPhone, "contact_phone", parent=("contact_id", "contact"), limit=20),
        Kind("check", Check, "contact_check", parent=("contact_id", "contact"),
             also_parent=("member_id", "member"), limit=MAX_MEMBERS),
        Kind("device", Device, "device", parent=("member_id", "member")),
        Kind("not_needed", NotNeeded, "not_needed"),
        Kind("to_buy", ToBuy, "to_buy"),
    )
}


def kind_of(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        raise KeyError(f"unknown record kind {name!r}") from None


def field_rule(kind: str, field_name: str) -> Rule:
    """The rule of one field; KeyError for a field that does not exist."""
    for f in dataclasses.fields(kind_of(kind).cls):
        if f.name == field_name and f.name != "id":
            found: Rule = f.metadata.get("rule", Rule())
            return found
    raise KeyError(f"{kind} has no field {field_name!r}")


def clean_value(kind: str, field_name: str, value: Any) -> Any:
    """The stored form of ``value``; raises InvalidValue (naming the field) when it is refused."""
    try:
        return field_rule(kind, field_name).clean(value)
    except InvalidValue as error:
        raise InvalidValue(error.problem, field_name) from None


def clean_record(kind: str, record: Any) -> Any:
    """A copy of ``record`` with every field cleaned; raises on the first invalid field."""
    values = {name: clean_value(kind, name, getattr(record, name)) for name in kind_of(kind).field_names()}
    return dataclasses.replace(record, **values)


def too_many(kind: str, count: int) -> None:
    """Raise when adding one more record would pass the kind's limit."""
    limit = kind_of(kind).limit
    if count >= limit:
        raise InvalidValue(Problem("too_many", {"max": limit, "kind": kind}))
