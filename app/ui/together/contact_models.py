"""Table models for step 3: contacts, their phone numbers, who checks on whom, and neighbours."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.core import phones
from app.core.household import Household
from app.core.records import Contact
from app.ui.common.table_models import RecordTableModel
from app.words.i18n import tr
from app.words.together import (
    category_labels,
    direction_labels,
    help_offers,
    phone_kind_text,
    phone_text,
)


class ContactTableModel(RecordTableModel):
    """All contacts, by name; searchable by name, kind, number, address and notes."""

    kind = "contact"
    optional_columns = (3, 1)

    def depends_on(self) -> tuple[str, ...]:
        return ("contact_phone",)

    def load_records(self) -> list[Any]:
        household = self.session.household()
        self._phones = household.phones_by_contact()
        self._texts: list[str] | None = None  # made when a search first asks (formatting numbers costs)
        return household.contacts

    def first_phone(self, contact: Contact) -> str:
        numbers = self._phones.get(contact.id, [])
        return phone_text(numbers[0].number) if numbers else ""

    def columns(self) -> list[tuple[str, Callable[[Any], str]]]:
        categories = category_labels()

        def help_text(contact: Contact) -> str:
            parts = []
            if contact.needs_help:
                parts.append(tr("needs help"))
            if help_offers(contact):
                parts.append(tr("can help"))
            return ", ".join(parts)

        return [
            (tr("Name"), lambda c: c.name),
            (tr("Kind"), lambda c: categories.get(c.category, "")),
            (tr("Phone"), self.first_phone),
            (tr("Help"), help_text),
        ]

    @property
    def search_texts(self) -> list[str]:
        """The texts a search looks in, made with the records they belong to: a search that is
        on while the list reloads sees the new texts at once (it showed every row before)."""
        if self._texts is None:
            labels = category_labels()
            self._texts = [
                " ".join([c.name, labels.get(c.category, ""), c.address, c.email, c.notes,
                          *(p.number for p in self._phones.get(c.id, [])),
                          *(phones.display(p.number) for p in self._phones.get(c.id, []))]).lower()
                for c in self.records]
        return self._texts

    def sort_key(self, row: int, column: int) -> Any:
        return str(self._columns[column][1](self.records[row])).lower()


class PhoneTableModel(RecordTableModel):
    """The phone numbers of one contact."""

    kind = "contact_phone"

    def load_records(self) -> list[Any]:
        return [] if self.parent_id is None else self.session.repository.list(self.kind, self.parent_id)

    def columns(self) -> list[tuple[str, Callable[[Any], str]]]:
        return [(tr("Number"), lambda p: phone_text(p.number)), (tr("Kind"), phone_kind_text)]


class CheckTableModel(RecordTableModel):
    """Who in the household looks in on one contact, or is looked in on by them."""

    kind = "check"

    def depends_on(self) -> tuple[str, ...]:
        return ("member",)

    def load_records(self) -> list[Any]:
        self._names = {m.id: m.name for m in self.session.repository.list("member")}
        return [] if self.parent_id is None else self.session.repository.list(self.kind, self.parent_id)

    def columns(self) -> list[tuple[str, Callable[[Any], str]]]:
        directions = direction_labels()
        return [(tr("Household member"), lambda c: self._names.get(c.member_id, "")),
                (tr("How"), lambda c: directions.get(c.direction, ""))]


class NeighbourTableModel(RecordTableModel):
    """Neighbours and everyone who needs help: what they need, what they offer, who checks."""

    kind = "contact"
    optional_columns = (2,)

    def depends_on(self) -> tuple[str, ...]:
        return ("member", "check", "contact_phone")

    def load_records(self) -> list[Any]:
        household: Household = self.session.household()
        names = {m.id: m.name for m in household.members}
        contacts = {c.id: c.name for c in household.contacts}
        rows = []
        for contact in household.contacts:
            if contact.category != "neighbour" and not contact.needs_help:
                continue
            checkers = [names.get(c.member_id, "") for c in household.checks
                        if c.contact_id == contact.id and c.direction == "member_checks"]
            rows.append(_Row(contact.id, contact.name, contact.help_needed if contact.needs_help else "",
                             ", ".join(help_offers(contact)), ", ".join(checkers), contact.needs_help))
        for member in household.members:
            if not member.has_needs or member.id is None:  # a stored member always has an id
                continue
            checkers = [contacts.get(c.contact_id, "") for c in household.checks
                        if c.member_id == member.id and c.direction == "contact_checks"]
            if member.needs_help_from:
                checkers.append(member.needs_help_from)
            needs = "; ".join(part for part in (member.mobility, member.sensory, member.devices) if part)
            rows.append(_Row(-member.id, member.name + " " + tr("(household)"), needs or tr("65 or older"),
                             "", ", ".join(checkers), True))
        self.search_texts = [" ".join((r.name, r.needs, r.offers, r.checkers)).lower() for r in rows]
        return rows

    def columns(self) -> list[tuple[str, Callable[[Any], str]]]:
        def checked(row: _Row) -> str:
            if row.checkers:
                return row.checkers
            return "⚠ " + tr("nobody yet") if row.needs_help else ""

        return [
            (tr("Who"), lambda r: r.name),
            (tr("Needs help with"), lambda r: r.needs),
            (tr("Can help with"), lambda r: r.offers),
            (tr("Who looks in on them"), checked),
        ]

    def sort_key(self, row: int, column: int) -> Any:
        return str(self._columns[column][1](self.records[row])).lower()


class _Row:
    """One line of the neighbours view (contacts have their id, members a negative id)."""

    __slots__ = ("id", "name", "needs", "offers", "checkers", "needs_help")

    def __init__(self, row_id: int | None, name: str, needs: str, offers: str, checkers: str,
                 needs_help: int) -> None:
        self.id, self.name, self.needs, self.offers = row_id, name, needs, offers
        self.checkers, self.needs_help = checkers, bool(needs_help)

