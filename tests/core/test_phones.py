"""Phone numbers are stored as typed; one that cannot be right is kept and marked, never
reformatted into another number; a number's vCard types are kept in one checked text."""

from __future__ import annotations

import pytest

from app.core import phones
from app.core.fields import InvalidValue, Problem
from app.core.phones import Phone, PhoneTypes
from app.core.records import ContactPhone, clean_record, field_rule


@pytest.mark.parametrize("text", ["06-12345678", "0612345678", "+31 6 1234 5678",
                                  "030 - 123 45 67", "112", "0900-8844", "0800-9009", "14 030",
                                  "+1 212 555 0199", "+32 470 12 34 56"])
def test_numbers_that_exist_need_no_check(text: str) -> None:
    assert phones.is_valid(text)
    assert not phones.needs_check(text)
    assert Phone().warning(text) is None


@pytest.mark.parametrize("text", ["06-1234", "+1 (212) 204-34456", "12", "06-0000000",
                                  "+31 6 1234", "0612345678901"])
def test_numbers_that_cannot_be_right_are_kept_as_typed_and_marked(text: str) -> None:
    assert Phone().clean(text) == text  # stored as typed, not refused
    assert phones.needs_check(text)
    assert Phone().warning(text) == Problem("check_number", {"number": text})
    assert phones.display(text) == text  # shown as typed: "06-1234", never "61234"


def test_valid_numbers_are_still_shown_readably() -> None:
    assert phones.display("0612345678") == "06 12345678"
    assert phones.display("+31 6 1234 5678") == "06 12345678"
    assert phones.display("+1 212 555 0199") == "+1 212-555-0199"


@pytest.mark.parametrize("text", ["bel maar", "geen nummer", "-", "()"])
def test_text_without_a_digit_is_refused(text: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        Phone().clean(text)
    assert caught.value.problem.code == "not_a_phone_number"


def test_empty_is_no_warning() -> None:
    assert Phone().clean("") == ""
    assert Phone().warning("") is None and not phones.needs_check("  ")


def test_every_phone_field_warns_through_its_rule() -> None:
    for kind, name in (("contact_phone", "number"), ("member", "phone"),
                       ("plan", "contact_phone")):
        assert field_rule(kind, name).warning("06-1234") is not None
        assert field_rule(kind, name).warning("06-12345678") is None
    assert field_rule("contact", "name").warning("06-1234") is None  # other rules never warn


def test_phone_types_are_one_checked_text() -> None:
    rule = PhoneTypes()
    assert rule.clean("") == ""
    assert rule.clean("FAX") == "fax"
    assert rule.clean("voice, fax") == "fax,voice"  # stored order, no spaces
    assert rule.clean("fax,fax;pager") == "fax,pager"
    with pytest.raises(InvalidValue) as caught:
        rule.clean("fax,telex")
    assert caught.value.problem == Problem("not_an_option", {"value": "telex"})
    assert phones.split_types("WORK,FAX,X-CUSTOM") == ["fax"]


def test_a_contact_phone_keeps_kind_and_types() -> None:
    phone = clean_record("contact_phone", ContactPhone(contact_id=1, number="030-2468199",
                                                       kind="work", types="Fax"))
    assert (phone.number, phone.kind, phone.types) == ("030-2468199", "work", "fax")


@pytest.mark.parametrize("text", ["06-12345678", "0612345678", "+31 6 1234 5678", "010-1234567", "0511 123456",
                                  "112", "144", "06-1234", "+32 470 12 34 56", "+1 202 555 0143", "0800-9009",
                                  "0900-8844", "abc", "", "+31 (0)20 123 4567", "0031612345678"])
def test_display_parses_once_and_says_what_two_parses_said(text: str) -> None:
    """Issue 20: ``display`` parses a number once (and keeps the answer); what it shows is
    what parsing for validity and then again for the number showed."""
    import phonenumbers

    number = phones.parse(text) if text and phones.is_valid(text) else None
    if number is None:
        expected = text
    elif phonenumbers.region_code_for_number(number) == "NL" or number.country_code == 31:
        expected = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL) or text
    else:
        expected = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    assert phones.display(text) == expected
