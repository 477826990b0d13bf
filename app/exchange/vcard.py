"""Contacts as vCard files (.vcf): an import that shows every card first, and an export.

Reading uses the ``vobject`` library for the vCard syntax: logical lines, parameters,
escaping, quoted-printable, structured N, ADR and ORG. It reads vCard 2.1 (older Android and
Outlook), 3.0 (iPhone, macOS, Gmail) and 4.0 (RFC 6350). ``read_vcards`` never writes
anything and returns a ``VCardPreview``: each readable card as a ``CardPreview`` (a
``Contact``, its ``ContactPhone``s, and notes on what was left out), each other card as a
``SkippedCard`` with the reason. Problems with the whole file raise ``ImportRefused``.

vobject needs help in a few places; each is small, tested, and has its reason written down:

* cutting the file into cards, decoding each line, joining lines, parameters vobject
  misreads, binary values, commas: ``app.exchange.vcard_syntax`` (see its docstring);
* **vCard 4.0 numbers.** vobject has no 4.0 rules: ``TEL;VALUE=uri:tel:+31-6-1234-5678``
  keeps its ``tel:`` and ``TYPE="cell,voice"`` stays one value; both are unpacked here;
* **Apple's labels.** iPhone and macOS write the kind of a number as
  ``item1.X-ABLabel:_$!<Mobile>!$_`` (or ``_$!<WorkFAX>!$_``, or the user's own words) beside
  ``item1.TEL``; vobject keeps the group, and the label is matched to its number here;
* **Writing.** vobject decides whether to fold a line by counting characters, not octets, so
  a line of 60 Arabic letters (120 octets) stays unfolded; such lines are folded afterwards at
  75 octets, between characters, as RFC 2425 and 6350 ask.

Every number is kept as written: one that ``phonenumbers`` does not call valid (a Lotus Notes
export has ``+1 (212) 204-34456``) is imported with the note "check this number"
(``check_number``); only text without a digit is left out. A number's kind (mobile, home, work,
other) and its other types (fax, pager, text, …; ``phones.PHONE_TYPES``) are stored, and
written back the same: WORK,FAX comes back as WORK,FAX. A field with bytes that are not in its
character set keeps its other characters (see ``vcard_syntax``) and the card says which field
(``bad_characters``).

Limits against hostile files (tests/exchange/test_hostile_vcard.py): the size is checked
before reading (5 MB; only regular files), at most ``MAX_FILE_LINES`` lines, ``MAX_CARDS``
cards and ``MAX_LINES`` lines for vobject in a file, and per card the limits in ``vcard_syntax``; a card's numbers
are compared once each (``phones.number_key``), not each with each.

Export writes vCard 3.0, the version every phone and mail program reads, in UTF-8 without BOM
with CRLF line ends, serialised by vobject (``app.exchange.vcard_writer``).
"""

from __future__ import annotations

import codecs
import os
import re
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from app.core import phones as phone_rules
from app.core.fields import InvalidValue, Problem
from app.core.records import Contact, ContactPhone, clean_value, kind_of
from app.exchange.files import ImportRefused, read_limited
from app.exchange.vcard_syntax import (
    Block,
    CardProblem,
    CardText,
    card_text,
    guess_name,
    looks_utf8,
    parse_text,
    split_cards,
)
from app.exchange.vcard_writer import (
    contact_uid,
    split_name,
    tel_types,
    vcard_text,
    write_vcards,
)

MAX_MB = 5
MAX_BYTES = MAX_MB * 1024 * 1024
MAX_CARDS = 5000
MAX_LINES = 40_000  # lines for vobject in one file (a phone's card has about 5 to 15 of them)
MAX_FILE_LINES = 250_000  # lines in the file, photos included (5 MB of them: about 70,000)
MAX_PHONES = kind_of("contact_phone").limit



@dataclass(frozen=True)
class SkippedCard:
    """A card that cannot be imported: its place in the file (1 = first card), name, why."""

    number: int
    name: str
    problem: Problem


@dataclass
class CardPreview:
    """One card as Paraat would store it, with what was left out (``notes``)."""

    number: int
    contact: Contact
    phones: list[ContactPhone]
    notes: list[Problem] = field(default_factory=list)
    duplicate: bool = False
    duplicate_of: str = ""  # the name of the contact already in Paraat


@dataclass
class VCardPreview:
    """What an import would add: the readable cards, and the skipped ones with the reason."""

    cards: list[CardPreview]
    skipped: list[SkippedCard]

    @property
    def new_cards(self) -> list[CardPreview]:
        """The cards that are not already in Paraat."""
        return [card for card in self.cards if not card.duplicate]

    def mark_duplicates(self, contacts: Iterable[Contact], phones: Iterable[ContactPhone]) -> int:
        """Flag the cards already in Paraat; returns how many.

        A card is already there when its UID is an existing contact's uid, or when its name
        (trimmed, any case) is an existing contact's name and they share a phone number (or
        neither has one).
        """
        numbers: dict[int | None, list[str]] = {}
        for phone in phones:
            numbers.setdefault(phone.contact_id, []).append(phone.number)
        by_uid: dict[str, Contact] = {}
        by_name: dict[str, list[Contact]] = {}
        for contact in contacts:
            if contact.uid:
                by_uid.setdefault(contact.uid, contact)
            by_name.setdefault(_name_key(contact.name), []).append(contact)
        count = 0
        for card in self.cards:
            match = by_uid.get(card.contact.uid) if card.contact.uid else None
            for contact in by_name.get(_name_key(card.contact.name), []) if match is None else ():
                theirs = numbers.get(contact.id, [])
                if (not theirs and not card.phones) or any(
                        phone_rules.same_number(mine.number, number)
                        for mine in card.phones for number in theirs):
                    match = contact
                    break
            card.duplicate = match is not None
            card.duplicate_of = match.name if match is not None else ""
            count += card.duplicate
        return count


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


# --- reading: the file --------------------------------------------------------------------


def read_vcards(path: str | os.PathLike[str]) -> VCardPreview:
    """Read a .vcf file into a preview; never writes anything.

    Raises ``ImportRefused`` for a file that cannot be read as a whole (too large, not a
    regular file, empty, not a vCard file, too many cards or lines), OSError when it cannot
    be opened.
    """
    data = read_limited(path, MAX_BYTES)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeError:
            raise ImportRefused(Problem("not_a_vcard")) from None
    data = data.removeprefix(codecs.BOM_UTF8)
    if not data.strip():
        raise ImportRefused(Problem("empty_file"))
    if max(data.count(b"\n"), data.count(b"\r")) > MAX_FILE_LINES:
        raise ImportRefused(Problem("too_many_lines", {"max": MAX_FILE_LINES}))
    blocks = split_cards(data, MAX_CARDS)
    if not blocks:
        raise ImportRefused(Problem("not_a_vcard"))
    if len(blocks) > MAX_CARDS:
        raise ImportRefused(Problem("too_many_cards", {"max": MAX_CARDS}))
    texts = _card_texts(blocks, looks_utf8(data))
    preview = VCardPreview([], [])
    first_with_uid: dict[str, int] = {}
    for number, ((_, lines, _), text) in enumerate(zip(blocks, texts, strict=True), start=1):
        result = _card(number, text, lines) if isinstance(text, CardText) else text
        if isinstance(result, SkippedCard):
            preview.skipped.append(result)
            continue
        uid = result.contact.uid
        if uid and uid in first_with_uid:
            preview.skipped.append(SkippedCard(number, result.contact.name, Problem(
                "duplicate_uid", {"number": first_with_uid[uid]})))
            continue
        if uid:
            first_with_uid[uid] = number
        preview.cards.append(result)
    return preview


def _card_texts(blocks: list[Block], utf8: bool = False) -> list[CardText | SkippedCard]:
    """Each card's text for vobject, or why it is skipped; refuses a file with too much in it.

    This step is quick; vobject is not (about 0.1 ms a line), so the lines it would get are
    counted first and a file with more than MAX_LINES is refused before vobject starts.
    """
    texts: list[CardText | SkippedCard] = []
    total = 0
    for number, (start, lines, closed) in enumerate(blocks, start=1):
        if not closed:
            texts.append(SkippedCard(number, guess_name(lines),
                                     Problem("card_unclosed", {"line": start})))
            continue
        try:
            text = card_text(start, lines, utf8)
        except CardProblem as error:
            texts.append(SkippedCard(number, guess_name(lines), error.problem))
            continue
        total += len(text.origin)
        if total > MAX_LINES:
            raise ImportRefused(Problem("too_many_lines", {"max": MAX_LINES}))
        texts.append(text)
    return texts


# --- reading: from vobject to a Contact ------------------------------------------------------


def _text(value: Any, separator: str = ", ") -> str:
    """A property value (text, list of texts, or bytes) as one trimmed text."""
    if isinstance(value, bytes) or value is None:
        return ""
    if isinstance(value, list | tuple):
        return separator.join(text for part in value if (text := _text(part, separator)))
    return str(value).strip()


def _values(card: Any, name: str) -> list[Any]:
    found: list[Any] = card.contents.get(name.lower(), [])
    return found


def _first(card: Any, name: str) -> str:
    for line in _values(card, name):
        if text := _text(line.value):
            return text
    return ""


def _name(card: Any) -> str:
    if name := _first(card, "FN"):
        return name
    for line in _values(card, "N"):
        value = line.value
        parts = [getattr(value, part, "") for part in ("given", "additional", "family")]
        if name := " ".join(_text(part, " ") for part in parts if _text(part, " ")):
            return name
    return _first(card, "ORG")


def _address(card: Any) -> str:
    for line in _values(card, "ADR"):
        value = line.value

        def part(name: str, value: Any = value) -> str:
            text = getattr(value, name, "")
            if isinstance(text, str):
                text = text.replace("\r\n", "\n").replace("\n", ", ")
            return _text(text)

        town = " ".join(text for text in (part("code"), part("city")) if text)
        parts = (part("box"), part("extended"), part("street"), town, part("region"),
                 part("country"))
        if text := ", ".join(text for text in parts if text):
            return text
    return ""


_KIND_WORDS = {
    "mobile": {"cell", "mobile", "iphone", "x-mobile", "mobiel", "gsm", "cellular", "mob"},
    "home": {"home", "thuis", "privé", "prive", "private", "huis"},
    "work": {"work", "werk", "office", "kantoor", "business", "zakelijk", "company"},
}
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_LABEL_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")  # "WorkFAX" → Work, FAX
_TYPE_WORDS = {"fax": "fax", "telefax": "fax", "pager": "pager", "pieper": "pager",
               "sms": "text", **{name: name for name in phone_rules.PHONE_TYPES}}


def _phone_kind(line: Any, labels: dict[str, str]) -> tuple[str, str, bool]:
    """(mobile/home/work/other, other types, preferred) from TYPE, bare 2.1 types and Apple's
    labels.

    For the kind a label ("_$!<Mobile>!$_", or the user's own "Werk bakkerij") wins over
    TYPE. The other types (fax, pager, text, …) come from both: "_$!<WorkFAX>!$_" and
    ``TYPE=WORK,FAX`` are a work number with type fax. "voice" is kept only beside a type
    nobody talks on (fax, pager), where it says something.
    """
    types = [part.strip().strip('"').casefold() for value in line.params.get("TYPE", [])
             for part in str(value).split(",")]
    types += [str(value).casefold() for value in line.singletonparams]
    preferred = "pref" in types or "PREF" in line.params
    label = labels.get(line.group or "", "")
    if match := _APPLE_LABEL.match(label):
        label = match.group(1)
    label_words = re.findall(r"\w+", label.casefold()) + [
        word.casefold() for word in _LABEL_WORD.findall(label)]  # "privé"; "WorkFAX"
    extra = {_TYPE_WORDS[word] for word in (*label_words, *types) if word in _TYPE_WORDS}
    if not extra & phone_rules.NOT_VOICE:
        extra.discard("voice")
    kind = "other"
    for words in (label_words, types):
        found = [name for name, names in _KIND_WORDS.items() if any(word in names for word in words)]
        if found:
            kind = found[0]
            break
    return kind, ",".join(phone_rules.split_types(",".join(extra))), preferred


def _number(value: str) -> str:
    """The number as written; a vCard 4.0 ``tel:`` URI becomes its number (and extension)."""
    text = value.strip()
    if text[:4].casefold() == "tel:":
        number, *options = urllib.parse.unquote(text[4:]).split(";")
        extension = [option[4:] for option in options if option.casefold().startswith("ext=")]
        text = f"{number} ext. {extension[0]}" if extension else number
    return " ".join(text.split())


def _phones(card: Any, notes: list[Problem]) -> list[ContactPhone]:
    labels = {line.group: _text(line.value) for line in _values(card, "X-ABLABEL") if line.group}
    found: list[tuple[bool, ContactPhone]] = []
    seen: set[tuple[int | None, int | None] | str] = set()  # each number parsed once: linear, not quadratic
    for line in _values(card, "TEL"):
        number = _number(_text(line.value))
        if not number:
            continue
        try:
            number = clean_value("contact_phone", "number", number)
        except InvalidValue:
            notes.append(Problem("phone_dropped", {"number": number[:40]}))
            continue
        key = phone_rules.number_key(number)
        if key in seen:
            continue
        seen.add(key)
        kind, types, preferred = _phone_kind(line, labels)
        found.append((preferred, ContactPhone(None, 0, number, kind, types)))
    found.sort(key=lambda pair: not pair[0])  # the preferred number first, else file order
    kept = [phone for _, phone in found[:MAX_PHONES]]
    notes.extend(Problem("check_number", {"number": phone.number}) for phone in kept
                 if phone_rules.needs_check(phone.number))
    if len(found) > MAX_PHONES:
        notes.append(Problem("too_many_phones", {"max": MAX_PHONES}))
    return kept


def _card(number: int, text: CardText, lines: list[bytes]) -> CardPreview | SkippedCard:
    """One card as a preview, or the reason it is skipped."""
    try:
        card = parse_text(text)
    except CardProblem as error:
        return SkippedCard(number, guess_name(lines), error.problem)
    notes: list[Problem] = [
        Problem("bad_characters", {"field": _FIELD_OF.get(name, name.casefold()), "line": line})
        for line, name in text.repaired]
    phones = _phones(card, notes)
    email = _first(card, "EMAIL")
    name = _name(card) or (phones[0].number if phones else email)
    if not name:
        return SkippedCard(number, "", Problem("card_empty"))
    try:
        name = clean_value("contact", "name", name)
    except InvalidValue as error:
        return SkippedCard(number, name[:100], error.problem)
    values: dict[str, str] = {}
    notes_text = "\n".join(note for line in _values(card, "NOTE")
                           if (note := _first_value(line)))
    for field_name, raw in (("email", email), ("address", _address(card)),
                            ("notes", notes_text), ("uid", _first(card, "UID"))):
        try:
            values[field_name] = clean_value("contact", field_name, raw)
        except InvalidValue:
            notes.append(Problem("field_dropped", {"field": field_name}))
            values[field_name] = ""
    if not phones:
        notes.append(Problem("no_phone"))
    contact = Contact(None, name=name, category="other", email=values["email"],
                      address=values["address"], notes=values["notes"], uid=values["uid"])
    return CardPreview(number, contact, phones, notes)


# The Paraat field each vCard property is read into (for the words of a card's notes).
_FIELD_OF = {"FN": "name", "N": "name", "ORG": "name", "NOTE": "notes", "ADR": "address",
             "EMAIL": "email", "TEL": "phone", "X-ABLABEL": "phone", "UID": "uid"}


def _first_value(line: Any) -> str:
    value = line.value
    if not isinstance(value, str):
        return _text(value)
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


__all__ = [
    "CardPreview", "ImportRefused", "SkippedCard", "VCardPreview", "contact_uid", "read_vcards",
    "split_name", "tel_types", "vcard_text", "write_vcards",
]
