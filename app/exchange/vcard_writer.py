"""Writing contacts as vCard 3.0 files (.vcf), UTF-8 without BOM, CRLF.

vobject builds each card; lines it leaves longer than 75 octets (it counts characters) are
folded afterwards, never inside a character. Dutch name particles go with the family name.
Reading is ``app.exchange.vcard``, which re-exports these names.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable
from typing import IO

import vobject

from app.core import phones as phone_rules
from app.core.records import Contact, ContactPhone
from app.exchange.files import write_atomic
from app.words.bilingual import contact_category_label

PRODID = "-//Paraat//Paraat//NL"
DOMAIN = "paraat.invalid"
LINE_OCTETS = 75
Target = str | os.PathLike[str] | IO[bytes]


# Dutch (and a few other) name particles that belong to the family name: "Jan van der Berg".
NAME_PARTICLES = frozenset({
    "van", "de", "der", "den", "het", "'t", "te", "ten", "ter", "in", "op", "aan", "bij", "uit",
    "la", "le", "les", "du", "da", "di", "del", "della", "dos", "das", "von", "zu", "vom",
    "el", "al", "bin", "ben", "ibn", "abu",
})


def split_name(name: str) -> tuple[str, str]:
    """(given, family): the last word is the family name, with the particles before it.

    One word is a given name only. "Jan van der Berg" → ("Jan", "van der Berg"),
    "Fatima el Amrani" → ("Fatima", "el Amrani"), "Oma" → ("Oma", "").
    """
    words = name.split()
    if len(words) <= 1:
        return name.strip(), ""
    first = len(words) - 1
    while first > 1 and words[first - 1].casefold() in NAME_PARTICLES:
        first -= 1
    return " ".join(words[:first]), " ".join(words[first:])


def contact_uid(contact: Contact) -> str:
    """The stored uid, else a stable one from the contact's id."""
    return contact.uid or f"paraat-contact-{contact.id}@{DOMAIN}"


_TEL_TYPES = {"mobile": ["CELL"], "home": ["HOME"], "work": ["WORK"], "other": []}


def tel_types(phone: ContactPhone) -> list[str]:
    """The TYPE of a number in an export: its kind and its other types; VOICE unless it is a
    number nobody talks on (fax, pager), so a fax does not come back as a voice number."""
    extra = phone_rules.split_types(phone.types)
    types = list(_TEL_TYPES.get(phone.kind, [])) + [name.upper() for name in extra]
    if "voice" not in extra and not set(extra) & phone_rules.NOT_VOICE:
        types.append("VOICE")
    return types


def vcard_text(contact: Contact, phones: Iterable[ContactPhone], language: str = "nl") -> str:
    """One contact as a vCard 3.0 (CRLF line ends, folded by vobject)."""
    card = vobject.vCard()
    card.add("prodid").value = PRODID
    card.add("uid").value = contact_uid(contact)
    card.add("fn").value = contact.name
    given, family = split_name(contact.name)
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    for phone in phones:
        line = card.add("tel")
        line.value = phone.number
        line.params["TYPE"] = tel_types(phone)
    if contact.email:
        line = card.add("email")
        line.value = contact.email
        line.params["TYPE"] = ["INTERNET"]
    if contact.address:
        card.add("adr").value = vobject.vcard.Address(street=contact.address)
    if contact.notes:
        card.add("note").value = contact.notes
    card.add("categories").value = [contact_category_label(contact.category, language)]
    serialized: str = card.serialize()
    return serialized


def _fold(text: str) -> str:
    """Fold the lines vobject left longer than 75 octets, never inside a character."""
    out: list[str] = []
    for line in text.split("\r\n"):
        if len(line.encode("utf-8")) <= LINE_OCTETS:
            out.append(line)
            continue
        piece, size = "", 0
        for char in line:
            width = len(char.encode("utf-8"))
            if size + width > LINE_OCTETS:
                out.append(piece)
                piece, size = " ", 1
            piece += char
            size += width
        out.append(piece)
    return "\r\n".join(out)


def write_vcards(contacts: Iterable[Contact], phones: Iterable[ContactPhone], target: Target,
                 language: str = "nl") -> int:
    """Write contacts as vCard 3.0 (UTF-8, no BOM, CRLF); returns the number of cards.

    ``phones`` may hold the numbers of every contact; each card gets those of its contact.
    ``target`` is a path (written atomically: the old file or the whole new one) or a binary
    stream. CATEGORIES holds the Paraat category in words of ``language`` (Dutch by default).
    """
    by_contact: dict[int | None, list[ContactPhone]] = {}
    for phone in phones:
        by_contact.setdefault(phone.contact_id, []).append(phone)
    cards = [vcard_text(contact, by_contact.get(contact.id, []), language)
             for contact in contacts]
    data = _fold("".join(cards)).encode("utf-8")
    if isinstance(target, str | os.PathLike):
        write_atomic(target, data)
    elif isinstance(target, io.TextIOBase):
        raise TypeError("write_vcards needs a binary stream")
    else:
        target.write(data)
    return len(cards)
