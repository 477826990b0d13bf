"""Words for step 3, talk and help each other: the kinds of contact, the kinds of phone
number, when to call each national number, who looks in on whom, and what a contact can help
with."""

from __future__ import annotations

from app.core import phones
from app.core.records import Contact, ContactPhone
from app.words import bilingual
from app.words.i18n import current_language, tr


def category_labels() -> dict[str, str]:
    """Who a contact is, in the current language, from resources/words/labels.toml (the same
    words a vCard's CATEGORIES holds)."""
    language = current_language()
    return {code: bilingual.contact_category_label(code, language)
            for code in bilingual.label_codes("contact_category")}


def phone_kind_labels() -> dict[str, str]:
    """"Mobiel", "Thuis", …: the kind of a number, from resources/words/labels.toml."""
    language = current_language()
    return {code: bilingual.phone_kind_label(code, language, capital=True)
            for code in bilingual.label_codes("phone_kind")}


def national_number_labels() -> dict[str, str]:
    """When to call each national number (app/core/national.py), in a few words: the same on
    the contacts page and on the fridge sheet."""
    return {
        "emergency": tr("Life in danger, fire, or a crime happening now"),
        "police": tr("Police, when it is not urgent"),
        "outage": tr("Report a power or gas outage (free call)"),
    }


def phone_type_labels() -> dict[str, str]:
    """Words for the vCard types a number may have beside its kind (``phones.PHONE_TYPES``)."""
    return {
        "fax": tr("fax"), "pager": tr("pager"), "text": tr("text messages"),
        "msg": tr("messages"), "video": tr("video calls"), "textphone": tr("text phone"),
        "main": tr("main number"), "car": tr("car phone"), "isdn": tr("ISDN"),
        "modem": tr("modem"), "bbs": tr("BBS"), "pcs": tr("PCS"), "voice": tr("voice"),
    }


def phone_kind_text(phone: ContactPhone) -> str:
    """The kind of a number in words, with its other types: "Work, fax"."""
    labels = phone_type_labels()
    parts = [phone_kind_labels().get(phone.kind, phone.kind)]
    parts += [labels.get(name, name) for name in phones.split_types(phone.types)]
    return ", ".join(parts)


def phone_text(number: str) -> str:
    """A number as shown in lists: readable, or exactly as typed with a warning in words when
    it cannot be right (so the warning is not in colour alone, and a screen reader says it)."""
    if phones.needs_check(number):
        return number + " ⚠ " + tr("check this number")
    return phones.display(number)


def direction_labels() -> dict[str, str]:
    return {
        "member_checks": tr("Looks in on this person"),
        "contact_checks": tr("Is looked in on by this person"),
    }


def help_offers(contact: Contact) -> list[str]:
    """What a contact can help with, in words."""
    offers = []
    if contact.first_aid:
        offers.append(tr("first aid"))
    if contact.has_car:
        offers.append(tr("a car"))
    if contact.has_radio:
        offers.append(tr("a battery radio"))
    if contact.spare_key:
        offers.append(tr("our spare key"))
    if contact.can_help_with:
        offers.append(contact.can_help_with)
    return offers
