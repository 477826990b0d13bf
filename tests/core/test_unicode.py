"""Unicode hygiene in the field rules: what a name or number shows is what is stored.

Every door (GUI, command line, CSV and vCard imports) stores values through the repository,
which cleans them with these rules; the imports are checked end to end in
tests/exchange/test_hostile_*.py.
"""

from __future__ import annotations

import dataclasses
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.fields import (
    BIDI_CONTROLS,
    ZERO_WIDTH,
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
    has_control_characters,
    visible_text,
)
from app.core.phones import MAX_LENGTH, Phone, same_number
from app.core.records import KINDS, NAME, NOTE, Contact, ContactPhone, field_rule
from app.storage.repository import Repository

INVISIBLE = BIDI_CONTROLS + ZERO_WIDTH


def problem_of(r: Rule, value: object) -> Problem:
    with pytest.raises(InvalidValue) as caught:
        r.clean(value)
    return caught.value.problem


def test_the_lists_hold_exactly_the_characters_of_trojan_source_and_zero_width() -> None:
    expected_bidi = {*map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A)),
                     "\u200e", "\u200f", "\u061c"}
    assert set(BIDI_CONTROLS) == expected_bidi
    assert set(ZERO_WIDTH) == {"\u200b", "\u200c", "\u200d", "\ufeff"}
    assert all(unicodedata.category(char) == "Cf" for char in INVISIBLE)


# --- names and other one-line text ----------------------------------------------------------


@pytest.mark.parametrize("char", list(INVISIBLE), ids=lambda char: f"U+{ord(char):04X}")
def test_invisible_characters_are_removed_from_a_name(char: str) -> None:
    assert NAME.clean(f"{char}Jan{char} de{char} Vries{char}") == "Jan de Vries"


def test_an_override_cannot_make_a_name_read_backwards() -> None:
    # "Piet" followed by RIGHT-TO-LEFT OVERRIDE and "nomiS" shows as "Piet Simon".
    assert NAME.clean("Piet \u202enomiS\u202c") == "Piet nomiS"


def test_names_that_look_the_same_are_stored_the_same() -> None:
    plain = NAME.clean("Zoë Jansen")
    assert NAME.clean("Zo\u200be\u0308 Jansen") == plain  # zero width between e and its accent
    assert NAME.clean("\ufeffZoe\u0308 Jansen\u200f") == plain
    assert NAME.clean("Zoe\u0308\u2066 Jansen\u2069") == plain


def test_a_name_of_invisible_characters_only_is_empty_and_so_required() -> None:
    assert problem_of(NAME, "\u200b\u202e\ufeff").code == "required"


def test_notes_lose_bidi_controls_but_keep_joiners_between_letters() -> None:
    persian = "می\u200cخواهم"  # U+200C ZERO WIDTH NON-JOINER belongs in Persian words
    assert NOTE.clean(f"\u202e{persian}\u202c\nregel 2") == f"{persian}\nregel 2"


@pytest.mark.parametrize("separator", ["\x85", "\u2028", "\u2029", "\r\n", "\r"])
def test_unicode_line_breaks_are_newlines(separator: str) -> None:
    assert NOTE.clean(f"een{separator}twee") == "een\ntwee"
    assert NAME.clean(f"een{separator}twee") == "een twee"


@pytest.mark.parametrize("char", ["\x80", "\x9b", "\x9f", "\ud800", "\udfff"],
                         ids=lambda char: f"U+{ord(char):04X}")
def test_c1_controls_and_lone_surrogates_are_refused(char: str) -> None:
    assert problem_of(NAME, f"Jan{char}").code == "control_characters"
    assert problem_of(NOTE, f"Jan{char}").code == "control_characters"
    assert has_control_characters(char)


def test_a_lone_surrogate_is_refused_by_the_repository_not_a_crash() -> None:
    # Before: the value reached SQLite, which raised UnicodeEncodeError (not InvalidValue).
    repository = Repository.open(":memory:")
    try:
        with pytest.raises(InvalidValue) as caught:
            repository.add("contact", Contact(None, name="Jan\ud800"))
        assert caught.value.problem.code == "control_characters"
        assert repository.count("contact") == 0
    finally:
        repository.close()


def test_the_repository_stores_the_visible_text() -> None:
    repository = Repository.open(":memory:")
    try:
        contact = repository.add("contact", Contact(None, name="\u202eOma\u202c Jansen\u200b"))
        assert repository.get("contact", contact.id).name == "Oma Jansen"
        stored = repository.set_field("contact", contact.id, "address", "Dorps\u200bstraat 1")
        assert stored == "Dorpsstraat 1"
    finally:
        repository.close()


def test_every_text_field_has_a_length_cap() -> None:
    for kind in KINDS.values():
        for field in dataclasses.fields(kind.cls):
            rule = field_rule(kind.name, field.name) if "rule" in field.metadata else None
            if isinstance(rule, Text):
                assert 0 < rule.max_length <= 10_000, (kind.name, field.name)
    assert NAME.max_length == 100
    assert NOTE.max_length == 10_000


@settings(max_examples=300, deadline=None)
@given(text=st.text(), multiline=st.booleans())
def test_cleaned_text_never_holds_invisible_controls(text: str, multiline: bool) -> None:
    rule = Text(10_000, multiline=multiline)
    try:
        cleaned = rule.clean(text)
    except InvalidValue as error:
        assert error.problem.code in {"control_characters", "too_long"}
        return
    assert not any(char in cleaned for char in BIDI_CONTROLS)
    if not multiline:
        assert not any(char in cleaned for char in ZERO_WIDTH)
    assert cleaned == unicodedata.normalize("NFC", cleaned)
    assert not has_control_characters(cleaned)
    assert rule.clean(cleaned) == cleaned
    assert visible_text(cleaned, multiline) == cleaned


# --- phone numbers ------------------------------------------------------------------------------


@pytest.mark.parametrize("char", list(INVISIBLE), ids=lambda char: f"U+{ord(char):04X}")
def test_invisible_characters_are_removed_from_a_number(char: str) -> None:
    assert Phone().clean(f"{char}06-{char}1234{char}5678{char}") == "06-12345678"


def test_an_override_cannot_show_a_number_backwards() -> None:
    # Before: "\u202e8765-4321-60\u202c" would be stored as typed, with the override.
    cleaned = Phone().clean("\u202d06-12345678\u202c")
    assert cleaned == "06-12345678"
    assert same_number(cleaned, "+31 6 12345678")


def test_full_width_digits_become_plain_digits() -> None:
    assert Phone().clean("＋３１ ６ １２３４ ５６７８") == "+31 6 1234 5678"


@pytest.mark.parametrize("text", ["06\x001234 5678", "06-1234\ud8005678", "06\x1b[31m12345678"])
def test_control_characters_in_a_number_are_refused(text: str) -> None:
    assert problem_of(Phone(), text).code == "control_characters"


def test_a_number_has_a_length_cap() -> None:
    problem = problem_of(Phone(), "06 " + "1" * MAX_LENGTH)
    assert problem.code == "too_long" and problem.params["max"] == MAX_LENGTH


def test_the_repository_stores_a_clean_number() -> None:
    repository = Repository.open(":memory:")
    try:
        stored = repository.add_contacts([(Contact(None, name="Buurvrouw"),
                                           [ContactPhone(None, 0, "\u200e06\u200b-12345678")])])
        assert [phone.number for phone in repository.list("contact_phone", stored[0].id)] == \
            ["06-12345678"]
    finally:
        repository.close()


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=60))
def test_any_number_is_clean_or_refused(text: str) -> None:
    try:
        cleaned = Phone().clean(text)
    except InvalidValue as error:
        assert error.problem.code in {"control_characters", "too_long", "not_a_phone_number"}
        return
    assert not any(char in cleaned for char in INVISIBLE)
    assert not has_control_characters(cleaned)
    assert len(cleaned) <= MAX_LENGTH
    assert Phone().clean(cleaned) == cleaned


# --- codes, numbers and dates -------------------------------------------------------------------


@pytest.mark.parametrize(("rule", "typed", "stored"), [
    (Date(), "\u200e31-12-2026\u200f", "2026-12-31"),  # as Windows writes dates in Arabic
    (Expiry(), "\u200e03\u200e-2028", "2028-03"),
    (Amount(), "1,5\u200b", 1.5),
    (Decimal(), "\u202a93,1\u202c", "93.1"),
    (Whole(), "\ufeff12", 12),
    (Flag(), "ja\u200b", 1),
    (Choice(("gas", "water")), "\u2066gas\u2069", "gas"),
], ids=lambda value: type(value).__name__ if isinstance(value, Rule) else None)
def test_invisible_marks_do_not_make_a_date_or_number_wrong(rule: Rule, typed: str,
                                                            stored: object) -> None:
    # Before: each of these was refused ("not a date", "not a number", ...).
    assert rule.clean(typed) == stored


def test_invisible_marks_alone_are_empty() -> None:
    assert Date().clean("\u200e") == ""
    assert Whole(empty_as=None).clean("\u200b") is None
    assert problem_of(Amount(), "\u200b").code == "required"
