"""vCard import and export: real-world dialects, damaged cards, whole-file refusals, round trips.

The sample files under samples/ imitate what phones and mail programs write; every name,
number and address in them is invented.
"""

from __future__ import annotations

import codecs
import dataclasses
import io
import os
from pathlib import Path

import pytest
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.fields import Problem
from app.core.phones import same_number
from app.core.records import Contact, ContactPhone, clean_record
from app.exchange import vcard
from app.exchange.files import ImportRefused
from app.exchange.vcard import (
    CardPreview,
    VCardPreview,
    contact_uid,
    read_vcards,
    split_name,
    write_vcards,
)
from app.words import bilingual

SAMPLES = Path(__file__).parent / "samples"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def card(*lines: str, version: str = "3.0") -> str:
    return "\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD"]) + "\n"


def names(preview: VCardPreview) -> list[str]:
    return [card.contact.name for card in preview.cards]


def numbers(card: CardPreview) -> list[tuple[str, str]]:
    return [(phone.number, phone.kind) for phone in card.phones]


def skipped(preview: VCardPreview) -> list[tuple[int, str, str]]:
    return [(skip.number, skip.name, skip.problem.code) for skip in preview.skipped]


def refused(path: Path) -> Problem:
    with pytest.raises(ImportRefused) as caught:
        read_vcards(path)
    return caught.value.problem


# --- what phones and mail programs write ----------------------------------------------------


def test_iphone_export_with_item_groups_labels_and_a_photo() -> None:
    preview = read_vcards(SAMPLES / "iphone-3.0.vcf")
    assert preview.skipped == []
    assert names(preview) == ["Sanne de Wit", "Huisartsenpraktijk Zuilen", "Ayşe Yılmaz"]
    sanne, practice, ayse = preview.cards
    assert numbers(sanne) == [("06 2345 6789", "mobile"), ("030 765 43 21", "home"),
                              ("+31 20 555 0101", "work")]  # own label "Werk bakkerij"
    assert sanne.contact.email == "sanne@example.org"
    assert sanne.contact.address == "Lindelaan 12, Achterom, 3521 AB Utrecht, Nederland"
    assert sanne.contact.notes == "Heeft een reservesleutel.\nBel eerst even."
    assert sanne.contact.uid == "4F1C2D3E-1111-2222-3333-ABCDEF012345"
    assert sanne.contact.category == "other" and sanne.notes == []
    assert numbers(practice) == [("030-2440000", "work"), ("0900 1234567", "other")]
    assert numbers(ayse) == [("+90 532 123 45 67", "mobile"), ("+31 6 98765432", "mobile")]
    assert [card.number for card in preview.cards] == [1, 2, 3]


def test_gmail_export() -> None:
    preview = read_vcards(SAMPLES / "gmail-3.0.vcf")
    joris, lucia = preview.cards
    assert joris.contact == Contact(
        None, "Joris van der Berg", "other", email="joris.vdberg@example.com",
        address="Kerkstraat 5, 3811 CV Amersfoort, Nederland", notes="Buurman van nummer 7")
    assert numbers(joris) == [("+31 6 12345678", "mobile"), ("0302345678", "home")]
    assert lucia.contact.name == "Lucía Fernández"
    assert numbers(lucia) == [("+34 612 34 56 78", "mobile")]


def test_android_2_1_quoted_printable_with_soft_line_breaks() -> None:
    preview = read_vcards(SAMPLES / "android-2.1.vcf")
    assert preview.skipped == []
    renee, francois = preview.cards
    assert renee.contact.name == "Renée Bjørnsen"
    assert renee.contact.address == "Søndergade 3, 2100 København, Danmark"
    assert renee.contact.notes == (
        "Spreekt Deens en Engels. Heeft een auto en kan helpen met vervoer naar het ziekenhuis "
        "in Utrecht of Amersfoort, ook 's nachts. Één keer per week.")
    assert numbers(renee) == [("0612340001", "mobile"), ("0101234567", "home")]
    assert renee.notes == []  # the base64 photo block is left out without a word
    assert francois.contact.name == "François Østergaard-Lefevre"
    # "12" cannot be a whole number, but it is kept as written, marked for checking
    assert numbers(francois) == [("+33 6 12 34 56 78", "mobile"), ("12", "work")]
    assert francois.notes == [Problem("check_number", {"number": "12"})]


def test_outlook_2_1_in_windows_1252() -> None:
    raw = (SAMPLES / "outlook-2.1.vcf").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    (zoe,) = read_vcards(SAMPLES / "outlook-2.1.vcf").cards
    assert zoe.contact.name == "Zoë Hoëvenaars"
    assert zoe.contact.notes == "Geopend tot 22:00 – daarna de diënstapotheek."
    assert zoe.contact.address == "Kanaalweg 2, 3526 KL Utrecht, Nederland"
    assert numbers(zoe) == [("(030) 123 4567", "work"), ("06 - 11 22 33 44", "mobile")]


def test_vcard_4_with_tel_uris() -> None:
    (noor,) = read_vcards(SAMPLES / "rfc6350-4.0.vcf").cards
    assert noor.contact.name == "Noor Bakker"
    assert numbers(noor) == [("+31-6-1234-5678", "mobile"), ("+31-30-123-4567 ext. 12", "home"),
                             ("+31-20-765-4321", "work")]
    assert same_number(noor.phones[0].number, "06-12345678")
    assert noor.contact.uid == "urn:uuid:0a5d2b74-2c4a-4c5e-9a0b-3e6c1f7d8e90"
    assert noor.contact.address == "Molenweg 8, 1234 AB Baarn, Nederland"


def test_a_file_with_thirty_cards(tmp_path: Path) -> None:
    text = "".join(card(f"FN:Persoon {index}", f"TEL;TYPE=CELL:06-{10000000 + index}",
                        f"UID:persoon-{index}") for index in range(1, 31))
    preview = read_vcards(write(tmp_path / "dertig.vcf", text))
    assert names(preview) == [f"Persoon {index}" for index in range(1, 31)]
    assert [card.number for card in preview.cards] == list(range(1, 31))
    assert preview.skipped == [] and len(preview.new_cards) == 30


def test_names_from_n_org_phone_or_email_and_a_card_with_nothing(tmp_path: Path) -> None:
    text = (card("N:Visser;Eva;Maria;;", "TEL:0612345678")
            + card("ORG:Waterbedrijf Vitens;Storingen", "TEL;TYPE=WORK:0800-0359")
            + card("TEL;TYPE=CELL:+31 6 55555555")
            + card("EMAIL:alleen@example.org")
            + card("NOTE:niets bruikbaars", "TEL:geen nummer")
            + card("FN:Zonder nummer"))
    preview = read_vcards(write(tmp_path / "namen.vcf", text))
    assert names(preview) == ["Eva Maria Visser", "Waterbedrijf Vitens, Storingen",
                              "+31 6 55555555", "alleen@example.org", "Zonder nummer"]
    assert skipped(preview) == [(5, "", "card_empty")]
    assert preview.cards[3].notes == [Problem("no_phone")]
    assert preview.cards[4].notes == [Problem("no_phone")]


def test_one_broken_card_in_the_middle_is_skipped_and_the_rest_kept(tmp_path: Path) -> None:
    text = (card("FN:Eerste Goed", "TEL:0611111111")
            + card("FN:Kapotte Kaart", "TEL:0622222222", "dit is geen vCard-regel",
                   "NOTE:na de kapotte regel")
            + "wat rommel tussen de kaarten\n"
            + card("FN:Laatste Goed", "TEL:0633333333"))
    preview = read_vcards(write(tmp_path / "kapot.vcf", text))
    assert names(preview) == ["Eerste Goed", "Laatste Goed"]
    assert skipped(preview) == [(2, "Kapotte Kaart", "card_broken")]
    assert preview.skipped[0].problem.params == {"line": 10}
    assert [card.number for card in preview.cards] == [1, 3]


def test_damaged_characters_skip_only_their_card(tmp_path: Path) -> None:
    text = (card("FN:Goed Een")
            + card("FN;CHARSET=X-ONBEKEND:Onbekende Tekenset", version="2.1")
            + card("FN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Kap=ZZot", version="2.1")
            + card("FN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Kap=C3=28ot", version="2.1")
            + "BEGIN:VCARD\nVERSION:3.0\nFN:Niet Afgesloten\n"
            + card("FN:Goed Twee"))
    preview = read_vcards(write(tmp_path / "tekens.vcf", text))
    # a byte that is not UTF-8 costs that character only, and the card says where
    assert names(preview) == ["Goed Een", "Kap\ufffd(ot", "Goed Twee"]
    assert preview.cards[1].notes[0] == Problem("bad_characters", {"field": "name", "line": 15})
    assert skipped(preview) == [
        (2, "Onbekende Tekenset", "unknown_charset"), (3, "", "bad_quoted_printable"),
        (5, "Niet Afgesloten", "card_unclosed")]
    assert preview.skipped[0].problem.params == {"charset": "X-ONBEKEND"}
    assert preview.skipped[1].problem.params == {"line": 11}
    assert preview.skipped[2].problem.params == {"line": 17}
    unclosed = read_vcards(write(tmp_path / "eind.vcf", card("FN:Goed") + "BEGIN:VCARD\nFN:X\n"))
    assert skipped(unclosed) == [(2, "X", "card_unclosed")]


def test_duplicate_uids_in_one_file(tmp_path: Path) -> None:
    text = (card("FN:Anna", "UID:abc") + card("FN:Bert", "UID:def")
            + card("FN:Anna nog eens", "UID:abc") + card("FN:Zonder UID") + card("FN:Ook zonder"))
    preview = read_vcards(write(tmp_path / "uid.vcf", text))
    assert names(preview) == ["Anna", "Bert", "Zonder UID", "Ook zonder"]
    assert skipped(preview) == [(3, "Anna nog eens", "duplicate_uid")]
    assert preview.skipped[0].problem.params == {"number": 1}


# --- whole files ------------------------------------------------------------------------------


def test_whole_file_refusals(tmp_path: Path) -> None:
    junk = tmp_path / "foto.vcf"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20)
    assert refused(junk) == Problem("not_a_vcard")
    text = tmp_path / "brief.vcf"
    text.write_text("Beste buren,\nHier is mijn nummer: 06-12345678.\n", encoding="utf-8")
    assert refused(text) == Problem("not_a_vcard")
    empty = tmp_path / "leeg.vcf"
    empty.write_bytes(b"\r\n  \r\n")
    assert refused(empty) == Problem("empty_file")
    with pytest.raises(FileNotFoundError):
        read_vcards(tmp_path / "bestaat-niet.vcf")


def test_a_50_mb_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "groot.vcf"
    with open(big, "wb") as stream:
        stream.write(card("FN:Eerste").encode())
        stream.truncate(50 * 1024 * 1024)  # sparse: fast, takes no disk space
    assert refused(big) == Problem("too_large", {"max_mb": 5})
    just_over = tmp_path / "net-te-groot.vcf"
    just_over.write_bytes(card("FN:A").encode() + b" " * vcard.MAX_BYTES)
    assert refused(just_over) == Problem("too_large", {"max_mb": 5})


def test_too_many_cards_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vcard, "MAX_CARDS", 3)
    path = write(tmp_path / "veel.vcf", "".join(card(f"FN:P {index}") for index in range(4)))
    assert refused(path) == Problem("too_many_cards", {"max": 3})


def test_line_ends_leading_junk_bom_and_case(tmp_path: Path) -> None:
    body = "begin:vcard\nversion:3.0\nfn:Klein Geschreven\ntel;type=cell:0612345678\nend:vcard\n"
    for name, data in (
        ("lf.vcf", ("Van: iemand@example.org\n\n" + body).encode()),
        ("cr.vcf", body.replace("\n", "\r").encode()),
        ("bom.vcf", codecs.BOM_UTF8 + body.replace("\n", "\r\n").encode()),
        ("utf16.vcf", body.encode("utf-16")),
    ):
        (tmp_path / name).write_bytes(data)
        preview = read_vcards(tmp_path / name)
        assert names(preview) == ["Klein Geschreven"], name
        assert numbers(preview.cards[0]) == [("0612345678", "mobile")], name


def test_reading_writes_nothing(tmp_path: Path) -> None:
    path = write(tmp_path / "c.vcf", card("FN:Anna"))
    before = sorted(os.listdir(tmp_path)), path.stat().st_mtime_ns
    read_vcards(path)
    assert (sorted(os.listdir(tmp_path)), path.stat().st_mtime_ns) == before


# --- details that vobject alone gets wrong ----------------------------------------------------


def test_2_1_commas_and_backslashes_are_plain_text(tmp_path: Path) -> None:
    text = card("N:Jansen;Piet;;;", "FN:Jansen, Piet", r"NOTE:Map C:\noodplan\, en een komma",
                r"ADR;HOME:;;Dorpsstraat 1\; achter;Utrecht;;;", version="2.1")
    (piet,) = read_vcards(write(tmp_path / "c.vcf", text)).cards
    assert piet.contact.name == "Jansen, Piet"
    assert piet.contact.notes == r"Map C:\noodplan\, en een komma"
    assert piet.contact.address == "Dorpsstraat 1; achter, Utrecht"


def test_3_0_bare_commas_do_not_cut_the_text(tmp_path: Path) -> None:
    text = card(r"FN:Bakker\, Jan", "NOTE:Eerst bellen, dan aanbellen\\, of sms", "N:Bakker;Jan")
    (jan,) = read_vcards(write(tmp_path / "c.vcf", text)).cards
    assert jan.contact.name == "Bakker, Jan"
    assert jan.contact.notes == "Eerst bellen, dan aanbellen, of sms"


def test_encoding_parameters_vobject_would_misread(tmp_path: Path) -> None:
    text = (card("N;CHARSET=UTF-8;ENCODING=8BIT:Dijk;Jo", "FN;ENCODING=8BIT:Jo Dijk",
                 version="2.1")
            + card("FN;charset=iso-8859-1;encoding=quoted-printable:Ren=E9e Ma=EFs",
                   version="2.1")
            + card("FN:Met Raar Plaatje", "X-AVATAR;ENCODING=b:!!!geen base64", "TEL:0612345678"))
    preview = read_vcards(write(tmp_path / "c.vcf", text))
    assert names(preview) == ["Jo Dijk", "Renée Maïs", "Met Raar Plaatje"]


def test_spaces_after_a_soft_line_break_are_dropped(tmp_path: Path) -> None:
    text = card("FN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Ren=C3=A9e =  ",
                "Bj=C3=B8rnsen=\t", "", "TEL:0612345678", version="2.1")
    (renee,) = read_vcards(write(tmp_path / "c.vcf", text)).cards
    assert renee.contact.name == "Renée Bjørnsen"
    assert numbers(renee) == [("0612345678", "other")]


def test_a_2_1_photo_without_indentation_is_left_out(tmp_path: Path) -> None:
    text = card("FN:Foto Persoon", "PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQAB",
                "AAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8M", "",
                "TEL;CELL:0612345678", version="2.1")
    (person,) = read_vcards(write(tmp_path / "c.vcf", text)).cards
    assert person.contact.name == "Foto Persoon"
    assert numbers(person) == [("0612345678", "mobile")]


def test_phone_types_and_labels(tmp_path: Path) -> None:
    text = card("FN:Typen",
                "TEL;TYPE=HOME,FAX:030-1111111",
                "TEL;WORK;VOICE:030-2222222",
                'TEL;TYPE="voice,cell":06-33333333',
                "item1.TEL:06-44444444", "item1.X-ABLabel:Mobiel privé",
                "item2.TEL:030-5555555", "item2.X-ABLabel:_$!<Home>!$_",
                "TEL;TYPE=PAGER:030-6666666",
                "TEL;PREF;HOME:010-7777777",
                "TEL:+31 6 33333333")  # the same number as the third: left out
    (typen,) = read_vcards(write(tmp_path / "c.vcf", text)).cards
    assert numbers(typen) == [
        ("010-7777777", "home"), ("030-1111111", "home"), ("030-2222222", "work"),
        ("06-33333333", "mobile"), ("06-44444444", "mobile"), ("030-5555555", "home"),
        ("030-6666666", "other")]
    assert [phone.types for phone in typen.phones] == ["", "fax", "", "", "", "", "pager"]


def test_too_many_phones_and_fields_that_cannot_be_stored(tmp_path: Path) -> None:
    phones = [f"TEL:06-{20000000 + index}" for index in range(25)]
    text = card("FN:Veel Nummers", f"EMAIL:{'a' * 250}@example.org", "UID:u1", *phones)
    text += card("FN:" + "Lang" * 30, "TEL:0612345678")
    preview = read_vcards(write(tmp_path / "c.vcf", text))
    (many,) = preview.cards
    assert len(many.phones) == 20
    assert many.contact.email == "" and many.contact.uid == "u1"
    assert many.notes == [Problem("too_many_phones", {"max": 20}),
                          Problem("field_dropped", {"field": "email"})]
    assert skipped(preview) == [(2, "Lang" * 25, "too_long")]


# --- duplicates -------------------------------------------------------------------------------


def test_mark_duplicates_by_name_and_number_or_by_uid(tmp_path: Path) -> None:
    text = (card("FN:  anna DE vries ", "TEL:+31 6 12345678")  # same name, same number
            + card("FN:Anna de Vries", "TEL:06-99999999")  # same name, other number
            + card("FN:Iemand Anders", "UID:uid-bram")  # Bram's uid
            + card("FN:Oma")  # no numbers on either side
            + card("FN:Nieuw Persoon", "TEL:06-12345678"))  # Anna's number, other name
    preview = read_vcards(write(tmp_path / "c.vcf", text))
    contacts = [Contact(1, "Anna de Vries"), Contact(2, "Bram", uid="uid-bram"),
                Contact(3, "Oma")]
    phones = [ContactPhone(1, 1, "06-1234 5678", "mobile")]
    assert preview.mark_duplicates(contacts, phones) == 3
    assert [(card.duplicate, card.duplicate_of) for card in preview.cards] == [
        (True, "Anna de Vries"), (False, ""), (True, "Bram"), (True, "Oma"), (False, "")]
    assert [card.number for card in preview.new_cards] == [2, 5]
    assert preview.mark_duplicates([], []) == 0  # marks are recomputed
    assert len(preview.new_cards) == 5


# --- writing and round trips --------------------------------------------------------------------

ROUND_TRIP_CONTACTS = [
    Contact(1, "José Muñoz van der Berg", "family", email="jose@example.es",
            address="Calle Mayor 1, 28013 Madrid", notes="Regel één\nRegel twee; met, tekens\\"),
    Contact(2, "Søren Ølgaard", "neighbour", address="Voorbeeldstraat 14",
            notes="Heeft een reservesleutel"),
    Contact(3, "Ayşe Kılıç", "gp"),
    Contact(4, "مريم الحسن", "out_of_area", email="maryam@example.org",
            notes=("تتحدث العربية والهولندية. " * 6).strip()),
    Contact(5, "Oma", "family", uid="4F1C2D3E-AAAA@example.com"),
    Contact(6, "Ñandú Ltd. Ærø", "work", address="Østergade 2, København"),
]
ROUND_TRIP_PHONES = [
    ContactPhone(1, 1, "+34 612 34 56 78", "mobile"),
    ContactPhone(2, 1, "030 123 45 67", "home"),
    ContactPhone(3, 1, "020-7654321", "work"),
    ContactPhone(4, 1, "0900-8844", "other"),
    ContactPhone(5, 2, "06-12345014", "mobile"),
    ContactPhone(6, 4, "+31 6 11 22 33 44", "mobile"),
    ContactPhone(7, 6, "+45 32 12 34 56", "work"),
]


def test_export_round_trips_through_read_vcards(tmp_path: Path) -> None:
    path = tmp_path / "contacten.vcf"
    assert write_vcards(ROUND_TRIP_CONTACTS, ROUND_TRIP_PHONES, path) == 6
    preview = read_vcards(path)
    assert preview.skipped == []
    assert names(preview) == [contact.name for contact in ROUND_TRIP_CONTACTS]
    for card, contact in zip(preview.cards, ROUND_TRIP_CONTACTS, strict=True):
        assert card.contact == dataclasses.replace(contact, id=None, category="other",
                                                   uid=contact_uid(contact))
        mine = [phone for phone in ROUND_TRIP_PHONES if phone.contact_id == contact.id]
        assert [phone.kind for phone in card.phones] == [phone.kind for phone in mine]
        assert all(same_number(a.number, b.number)
                   for a, b in zip(card.phones, mine, strict=True))
        assert card.notes == ([] if mine else [Problem("no_phone")])


def test_export_is_plain_vcard_3_for_phones_and_mail_programs(tmp_path: Path) -> None:
    path = tmp_path / "contacten.vcf"
    write_vcards(ROUND_TRIP_CONTACTS, ROUND_TRIP_PHONES, path)
    data = path.read_bytes()
    assert not data.startswith(codecs.BOM_UTF8)
    assert data.count(b"\n") == data.count(b"\r\n") and data.endswith(b"END:VCARD\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # long lines are folded
    text = data.decode("utf-8")
    assert "TEL;TYPE=CELL,VOICE:+34 612 34 56 78" in text
    assert "TEL;TYPE=HOME,VOICE:030 123 45 67" in text
    assert "TEL;TYPE=WORK,VOICE:020-7654321" in text and "TEL;TYPE=VOICE:0900-8844" in text
    assert "N:van der Berg;José Muñoz;;;" in text
    assert "UID:paraat-contact-1@paraat.invalid" in text and "UID:4F1C2D3E-AAAA@example.com" in text
    assert "CATEGORIES:Familie" in text and "CATEGORIES:Huisarts" in text
    cards = list(vobject.readComponents(text))
    assert [str(one.fn.value) for one in cards] == [c.name for c in ROUND_TRIP_CONTACTS]
    assert [str(one.version.value) for one in cards] == ["3.0"] * 6
    assert cards[0].note.value == "Regel één\nRegel twee; met, tekens\\"
    assert cards[0].adr.value.street == "Calle Mayor 1, 28013 Madrid"
    assert cards[3].n.value.given == "مريم" and cards[3].n.value.family == "الحسن"
    assert cards[3].note.value == ROUND_TRIP_CONTACTS[3].notes
    assert [tel.value for tel in cards[0].tel_list] == [
        "+34 612 34 56 78", "030 123 45 67", "020-7654321", "0900-8844"]


def test_write_to_a_binary_stream_and_in_english() -> None:
    stream = io.BytesIO()
    assert write_vcards(ROUND_TRIP_CONTACTS[2:3], [], stream, language="en") == 1
    text = stream.getvalue().decode("utf-8")
    assert "CATEGORIES:GP\r\n" in text and "FN:Ayşe Kılıç\r\n" in text
    with pytest.raises(TypeError):
        write_vcards([], [], io.StringIO())
    assert write_vcards([], [], io.BytesIO()) == 0


def test_a_failed_export_leaves_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "contacten.vcf"
    path.write_bytes(b"oud")
    with pytest.raises(AttributeError):
        write_vcards([ROUND_TRIP_CONTACTS[0], object()], [], path)  # type: ignore[list-item]
    assert path.read_bytes() == b"oud" and os.listdir(tmp_path) == ["contacten.vcf"]


@pytest.mark.parametrize(("name", "given", "family"), [
    ("Jan van der Berg", "Jan", "van der Berg"),
    ("Fatima el Amrani", "Fatima", "el Amrani"),
    ("Anna de Vries", "Anna", "de Vries"),
    ("Jan Pieter de Jong", "Jan Pieter", "de Jong"),
    ("Piet Jansen", "Piet", "Jansen"),
    ("Oma", "Oma", ""),
    ("مريم الحسن", "مريم", "الحسن"),
    ("Van Dam", "Van", "Dam"),
    ("Huisartsenpost Utrecht", "Huisartsenpost", "Utrecht"),
])
def test_split_name(name: str, given: str, family: str) -> None:
    assert split_name(name) == (given, family)


def test_contact_uid() -> None:
    assert contact_uid(Contact(7, "A")) == "paraat-contact-7@paraat.invalid"
    assert contact_uid(Contact(7, "A", uid="eigen")) == "eigen"


_TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=60)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=_TEXT.filter(lambda text: text.strip()), notes=_TEXT, address=_TEXT,
       email=_TEXT)
def test_any_text_round_trips(name: str, notes: str, address: str, email: str) -> None:
    contact = clean_record("contact", Contact(1, name, notes=notes, address=address,
                                              email=email))
    stream = io.BytesIO()
    write_vcards([contact], [], stream)
    path = Path(os.environ["PARAAT_DATA_DIR"]).parent / "rt.vcf"
    path.write_bytes(stream.getvalue())
    (card,) = read_vcards(path).cards
    assert card.contact == dataclasses.replace(contact, id=None, uid=contact_uid(contact))


# --- words ----------------------------------------------------------------------------------

CARD_PROBLEMS = [
    Problem("not_a_vcard"), Problem("too_many_cards", {"max": 5000}),
    Problem("card_broken", {"line": 12}), Problem("card_unclosed", {"line": 3}),
    Problem("unknown_charset", {"charset": "X-MAC"}),
    Problem("bad_quoted_printable", {"line": 4}), Problem("card_encoding", {"charset": "utf-8"}),
    Problem("card_empty"), Problem("duplicate_uid", {"number": 2}),
    Problem("phone_dropped", {"number": "12"}), Problem("no_phone"),
    Problem("too_many_phones", {"max": 20}), Problem("field_dropped", {"field": "email"}),
    Problem("too_many", {"max": 2000, "kind": "contact"}),
]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_card_problem_has_plain_words(language: str) -> None:
    unknown = bilingual.problem_text(Problem("no_such_code"), language)
    texts = [bilingual.problem_text(problem, language) for problem in CARD_PROBLEMS]
    assert unknown not in texts and len(set(texts)) == len(texts)
    assert all("{" not in text for text in texts)
    joined = " ".join(texts)
    for value in ("12", "X-MAC", "'12'", "2.000" if language == "nl" else "2,000"):
        assert value in joined
    assert ("e-mailadres" if language == "nl" else "email address") in joined


def test_category_and_phone_kind_words() -> None:
    assert bilingual.contact_category_label("gp_post") == "Huisartsenpost"
    assert bilingual.contact_category_label("gp_post", "en") == "After-hours GP post"
    assert bilingual.phone_kind_label("mobile") == "mobiel"
    assert bilingual.phone_kind_label("home", "en") == "home"
    assert bilingual.contact_category_label("onbekend") == "onbekend"
