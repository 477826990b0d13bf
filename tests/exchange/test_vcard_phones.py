"""Phone numbers from real phone exports: kept as written, marked when they cannot be right,
their types (fax, pager, text, work, home, cell) the same after import → store → export, and
a field with a bad byte costing that byte only.

The samples imitate a Lotus Notes 8.5 export (vCard 3.0), an Android 2.1 export (every
non-ASCII field quoted-printable, one note with a byte that is not UTF-8) and an iPhone OS 3
export (item groups with Apple's labels, FAX and PAGER). Every name and number is invented.
"""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
import vobject

from app.core.fields import Problem
from app.core.records import Contact, ContactPhone
from app.exchange.vcard import CardPreview, read_vcards, tel_types, write_vcards
from app.storage.repository import Repository
from app.storage.schema import migrate
from app.words import bilingual

SAMPLES = Path(__file__).parent / "samples"
PHONE_SAMPLES = ("lotus-notes-3.0.vcf", "android-2.1-bad-byte.vcf", "iphone-3.0-fax-pager.vcf")


def phones(card: CardPreview) -> list[tuple[str, str, str]]:
    return [(phone.number, phone.kind, phone.types) for phone in card.phones]


def codes(card: CardPreview) -> list[str]:
    return [note.code for note in card.notes]


@pytest.fixture
def repo(tmp_path: Path):
    repository = Repository.open(tmp_path / "huishouden.sqlite3")
    yield repository
    repository.close()


# --- Lotus Notes: a number phonenumbers calls invalid is kept and marked ----------------------


def test_lotus_notes_keeps_an_invalid_number_as_written_and_marks_it() -> None:
    preview = read_vcards(SAMPLES / "lotus-notes-3.0.vcf")
    assert preview.skipped == []
    daniel, marloes = preview.cards
    assert phones(daniel) == [("+1 (212) 204-34456", "work", ""),
                              ("+1 212 555 0199", "work", "fax"),
                              ("+1 917 555 0123", "mobile", "")]
    assert daniel.notes == [Problem("check_number", {"number": "+1 (212) 204-34456"})]
    assert phones(marloes) == [("010 - 4567 890", "work", ""), ("06-1234", "home", ""),
                               ("06 5512 3456", "other", "pager")]
    assert marloes.notes == [Problem("check_number", {"number": "06-1234"})]
    assert bilingual.problem_text(daniel.notes[0], "nl") == (
        "Controleer dit nummer: '+1 (212) 204-34456' kan niet kloppen. Het is overgenomen "
        "zoals het er staat.")
    assert bilingual.problem_text(daniel.notes[0], "en").startswith("Check this number:")


def test_the_marked_number_is_stored_exactly_as_written(repo: Repository) -> None:
    preview = read_vcards(SAMPLES / "lotus-notes-3.0.vcf")
    stored = repo.add_contacts([(card.contact, card.phones) for card in preview.cards])
    numbers = [phone.number for phone in repo.list("contact_phone", stored[0].id)]
    assert numbers == ["+1 (212) 204-34456", "+1 212 555 0199", "+1 917 555 0123"]


def test_text_without_a_digit_is_still_left_out(tmp_path: Path) -> None:
    path = tmp_path / "c.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Geen Nummer\r\nTEL:bel maar\r\n"
                     b"TEL:06-1\r\nEND:VCARD\r\n")
    (only,) = read_vcards(path).cards
    assert phones(only) == [("06-1", "other", "")]
    assert only.notes == [Problem("phone_dropped", {"number": "bel maar"}),
                          Problem("check_number", {"number": "06-1"})]


# --- Android 2.1: one bad byte in one field -------------------------------------------------


def test_android_card_with_a_bad_byte_keeps_every_other_field() -> None:
    raw = (SAMPLES / "android-2.1-bad-byte.vcf").read_bytes()
    assert b"=FF" in raw  # a quoted-printable note with CHARSET=UTF-8 that is not UTF-8
    preview = read_vcards(SAMPLES / "android-2.1-bad-byte.vcf")
    assert preview.skipped == []
    emma, gulsen, piet = preview.cards
    assert emma.contact.name == "Emma Jansen"
    assert emma.contact.address == "Oude Gracht 12, 3511 AB Utrecht, Nederland"
    assert emma.contact.email == "emma.jansen@example.nl"
    assert emma.contact.notes == ("Sleutel ligt bij de buren (nr. 14). Kan 's avonds\n"
                                  "niet rijden; helpt met boodschappen \ufffd en de hond.")
    assert phones(emma) == [("06-24681357", "mobile", ""), ("030-2468135", "home", ""),
                            ("030-2468199", "work", "fax")]
    assert emma.notes == [Problem("bad_characters", {"field": "notes", "line": 14})]
    assert bilingual.problem_text(emma.notes[0], "nl").startswith(
        "In notities (regel 14 van het bestand) stonden tekens")
    # the rest of the file keeps its real encoding (UTF-8), not Windows-1252 mojibake
    assert gulsen.contact.name == "Gülşen Çelik"
    assert gulsen.notes == [] and piet.notes == []
    assert phones(gulsen) == [("+31 6 13579246", "mobile", ""), ("06 5598 7654", "other", "pager")]
    assert phones(piet) == [("0341-123456", "home", ""), ("0687654321", "mobile", "text")]


@pytest.mark.parametrize("field,bad", [
    ("NOTE", b"NOTE;CHARSET=UTF-8:Caf\xc3\xa9 open tot 22 uur \xff daarna dicht"),
    ("ADR", b"ADR;HOME:;;Stra\xdfe 1\xff;M\xc3\xbcnchen;;80331;Duitsland"),
])
def test_a_raw_bad_byte_in_a_utf8_file_is_replaced_in_that_field_only(
        tmp_path: Path, field: str, bad: bytes) -> None:
    good = ("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Zoë Ünal\r\nTEL;CELL:0612345678\r\n"
            "NOTE:Één keer per week.\r\nEND:VCARD\r\n").encode()
    broken = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ren\xc3\xa9e M\xc3\xbcller\r\n"
              b"TEL;CELL:0687654321\r\n" + bad + b"\r\nEND:VCARD\r\n")
    path = tmp_path / "android.vcf"
    path.write_bytes(good + broken + good.replace(b"0612345678", b"0611111111"))
    preview = read_vcards(path)
    assert preview.skipped == [] and len(preview.cards) == 3
    first, renee, last = preview.cards
    assert first.contact.name == last.contact.name == "Zoë Ünal"  # UTF-8, not mojibake
    assert renee.contact.name == "Renée Müller"
    assert phones(renee) == [("0687654321", "mobile", "")]
    expected = {"NOTE": "notes", "ADR": "address"}[field]
    assert renee.notes == [Problem("bad_characters", {"field": expected, "line": 11})]
    text = renee.contact.notes if field == "NOTE" else renee.contact.address
    assert "\ufffd" in text and "ÿ" not in text
    assert ("Café" in text) if field == "NOTE" else ("München" in text and "Straße" not in text)


def test_a_windows_1252_file_stays_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "outlook.vcf"
    path.write_bytes("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Zoë Hoëvenaars\r\nTEL;WORK:030-1234567\r\n"
                     "NOTE:Geopend tot 22:00 – daarna dicht.\r\nEND:VCARD\r\n".encode("cp1252"))
    (zoe,) = read_vcards(path).cards
    assert zoe.contact.name == "Zoë Hoëvenaars"
    assert zoe.contact.notes == "Geopend tot 22:00 – daarna dicht."
    assert zoe.notes == []


# --- iPhone 3.0: FAX, PAGER and Apple's labels ---------------------------------------------


def test_iphone_fax_pager_and_labels() -> None:
    preview = read_vcards(SAMPLES / "iphone-3.0-fax-pager.vcf")
    assert preview.skipped == []
    willem, joke = preview.cards
    assert phones(willem) == [
        ("06 1122 3344", "mobile", ""), ("0318-654321", "work", ""),
        ("0318-654322", "work", "fax"), ("0318-123499", "home", "fax"),
        ("06 5511 2233", "other", "pager"), ("0318-654300", "work", "fax"),
        ("06 1122 9988", "other", ""), ("+31 6 4455 6677", "mobile", "text")]
    assert willem.notes == []
    assert phones(joke) == [("0318-445500", "home", ""), ("0318-445566", "home", "fax"),
                            ("06-1234", "other", "pager")]
    assert joke.notes == [Problem("check_number", {"number": "06-1234"})]


def test_tel_types_of_an_export() -> None:
    def types(kind: str, extra: str = "") -> list[str]:
        return tel_types(ContactPhone(number="0301234567", kind=kind, types=extra))

    assert types("work", "fax") == ["WORK", "FAX"]  # not VOICE
    assert types("home", "fax") == ["HOME", "FAX"]
    assert types("other", "pager") == ["PAGER"]
    assert types("mobile", "text") == ["CELL", "TEXT", "VOICE"]
    assert types("mobile") == ["CELL", "VOICE"]
    assert types("other") == ["VOICE"]
    assert types("work", "fax,voice") == ["WORK", "FAX", "VOICE"]


# --- the round trip: import → store → export → import -------------------------------------


def _type_sets(text: str) -> list[tuple[str, frozenset[str]]]:
    found = []
    for card in vobject.readComponents(text):
        for line in card.contents.get("tel", []):
            found.append((line.value, frozenset(part.upper() for value in line.params["TYPE"]
                                                for part in value.split(","))))
    return found


@pytest.mark.parametrize("sample", PHONE_SAMPLES)
def test_numbers_and_types_survive_import_store_export(
        repo: Repository, tmp_path: Path, sample: str) -> None:
    preview = read_vcards(SAMPLES / sample)
    stored = repo.add_contacts([(card.contact, card.phones) for card in preview.cards])
    kept = [(phone.number, phone.kind, phone.types)
            for contact in stored for phone in repo.list("contact_phone", contact.id)]
    assert kept == [phone for card in preview.cards for phone in phones(card)]
    target = tmp_path / "terug.vcf"
    write_vcards(repo.list("contact"), repo.list("contact_phone"), target)
    again = read_vcards(target)
    by_name = {card.contact.name: phones(card) for card in again.cards}
    assert by_name == {card.contact.name: phones(card) for card in preview.cards}
    # and what a phone reads: no fax or pager comes back as VOICE
    for number, types in _type_sets(target.read_text("utf-8")):
        if {"FAX", "PAGER"} & types:
            assert "VOICE" not in types, number


def test_iphone_types_in_the_exported_file(repo: Repository) -> None:
    preview = read_vcards(SAMPLES / "iphone-3.0-fax-pager.vcf")
    repo.add_contacts([(card.contact, card.phones) for card in preview.cards])
    stream = io.BytesIO()
    write_vcards(repo.list("contact"), repo.list("contact_phone"), stream)
    types = dict(_type_sets(stream.getvalue().decode("utf-8")))
    assert types["0318-654322"] == {"WORK", "FAX"}
    assert types["0318-123499"] == {"HOME", "FAX"}
    assert types["06 5511 2233"] == {"PAGER"}
    assert types["+31 6 4455 6677"] == {"CELL", "TEXT", "VOICE"}
    assert types["06 1122 3344"] == {"CELL", "VOICE"}
    assert types["06-1234"] == {"PAGER"}  # kept as written, marked, exported as written


def test_types_survive_a_change_of_kind_in_the_store(repo: Repository) -> None:
    contact = repo.add("contact", Contact(name="Fax Bakker"))
    phone = repo.add("contact_phone", ContactPhone(contact_id=contact.id, number="0301234567",
                                                   kind="work", types="FAX"))
    assert phone.types == "fax"
    repo.set_field("contact_phone", phone.id, "kind", "home")
    assert repo.get("contact_phone", phone.id).types == "fax"


def test_unknown_types_are_refused_in_the_store(repo: Repository) -> None:
    from app.core.fields import InvalidValue
    contact = repo.add("contact", Contact(name="Iemand"))
    with pytest.raises(InvalidValue) as caught:
        repo.add("contact_phone", ContactPhone(contact_id=contact.id, number="0301234567",
                                               types="fax,telex"))
    assert caught.value.problem.code == "not_an_option"


def test_schema_7_adds_the_types_column_to_an_older_file(tmp_path: Path) -> None:
    path = tmp_path / "oud.sqlite3"
    raw = sqlite3.connect(str(path), isolation_level=None)
    try:
        raw.execute("BEGIN")
        migrate(raw, 6)
        raw.execute("INSERT INTO contact (id, name) VALUES (1, 'Oud')")
        raw.execute("INSERT INTO contact_phone (contact_id, number, kind) "
                    "VALUES (1, '0301234567', 'work')")
        raw.execute("COMMIT")
    finally:
        raw.close()
    repository = Repository.open(path)
    try:
        (phone,) = repository.list("contact_phone", 1)
        assert (phone.number, phone.kind, phone.types) == ("0301234567", "work", "")
    finally:
        repository.close()
