"""Field rules: what each kind of value may be, and the problem reported when it is not."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.fields import (
    Choice,
    Date,
    Decimal,
    InvalidValue,
    Problem,
    Rule,
    Text,
    Whole,
    format_date,
    parse_date,
    rule,
)
from app.core.records import NOTE

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def problem_of(r: Rule, value: object) -> Problem:
    with pytest.raises(InvalidValue) as caught:
        r.clean(value)
    return caught.value.problem


# --- Text --------------------------------------------------------------------------------------


def test_text_strips_surrounding_whitespace() -> None:
    assert Text().clean("  Utrecht \t ") == "Utrecht"


def test_text_none_becomes_empty_string() -> None:
    assert Text().clean(None) == ""


def test_text_non_strings_are_stored_as_their_text() -> None:
    assert Text().clean(12) == "12"


def test_text_is_normalised_to_nfc() -> None:
    decomposed = "Frysla\u0302n"  # a + combining circumflex
    cleaned = Text().clean(decomposed)
    assert cleaned == "Fryslân"
    assert cleaned == unicodedata.normalize("NFC", decomposed)
    assert len(cleaned) == 7


def test_text_too_long_reports_max_and_length() -> None:
    problem = problem_of(Text(5), "abcdef")
    assert problem == Problem("too_long", {"max": 5, "length": 6})


def test_text_at_exactly_max_length_is_accepted() -> None:
    assert Text(5).clean("abcde") == "abcde"


def test_text_length_is_measured_after_stripping() -> None:
    assert Text(3).clean("   abc   ") == "abc"


def test_text_length_is_measured_after_nfc() -> None:
    # 3 decomposed characters (6 code points) fit in a limit of 3 once composed.
    assert Text(3).clean("e\u0301e\u0301e\u0301") == "ééé"


def test_hundred_thousand_character_note_is_refused_as_too_long() -> None:
    problem = problem_of(NOTE, "x" * 100_000)
    assert problem.code == "too_long"
    assert problem.params == {"max": NOTE.max_length, "length": 100_000}


def test_required_text_refuses_empty_and_blank() -> None:
    assert problem_of(Text(required=True), "").code == "required"
    assert problem_of(Text(required=True), "   \n ").code == "required"
    assert problem_of(Text(required=True), None).code == "required"


def test_optional_text_accepts_empty() -> None:
    assert Text().clean("   ") == ""


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x7f", "\x0b", "\x0c"])
def test_control_characters_are_refused(char: str) -> None:
    assert problem_of(Text(), f"ab{char}cd").code == "control_characters"
    assert problem_of(Text(multiline=True), f"ab{char}cd").code == "control_characters"


def test_tab_is_not_a_refused_control_character() -> None:
    assert Text().clean("a\tb") == "a\tb"


def test_single_line_text_folds_newlines_into_spaces() -> None:
    assert Text().clean("Meterkast\nlinks onder") == "Meterkast links onder"
    assert Text().clean("a\r\nb\rc") == "a b c"
    assert Text().clean("a  \n   b") == "a b"


def test_multiline_text_keeps_newlines_and_normalises_line_ends() -> None:
    r = Text(multiline=True)
    assert r.clean("regel 1\nregel 2") == "regel 1\nregel 2"
    assert r.clean("a\r\nb\rc") == "a\nb\nc"


def test_invalid_value_is_a_value_error_and_carries_problem() -> None:
    with pytest.raises(ValueError) as caught:
        Text(2).clean("abc")
    assert isinstance(caught.value, InvalidValue)
    assert caught.value.problem.code == "too_long"
    assert caught.value.field_name == ""


@settings(max_examples=300)
@given(
    text=st.text(),
    max_length=st.integers(min_value=0, max_value=50),
    required=st.booleans(),
    multiline=st.booleans(),
)
def test_any_text_cleans_within_limits_or_raises_invalid_value(
    text: str, max_length: int, required: bool, multiline: bool
) -> None:
    r = Text(max_length, required=required, multiline=multiline)
    try:
        cleaned = r.clean(text)
    except InvalidValue as error:
        assert error.problem.code in {"too_long", "required", "control_characters"}
        return
    assert isinstance(cleaned, str)
    assert len(cleaned) <= max_length
    assert not CONTROL.search(cleaned)
    assert "\r" not in cleaned
    assert cleaned == cleaned.strip()
    assert cleaned == unicodedata.normalize("NFC", cleaned)
    if not multiline:
        assert "\n" not in cleaned
    if required:
        assert cleaned
    # Cleaning is idempotent: a stored value is accepted as it is.
    assert r.clean(cleaned) == cleaned


# --- Choice ------------------------------------------------------------------------------------


def test_choice_accepts_an_option_and_empty_when_optional() -> None:
    r = Choice(("gas", "wood"))
    assert r.clean(" gas ") == "gas"
    assert r.clean("") == ""
    assert r.clean(None) == ""


def test_choice_refuses_an_unknown_option() -> None:
    assert problem_of(Choice(("gas",)), "coal") == Problem("not_an_option", {"value": "coal"})


def test_required_choice_refuses_empty() -> None:
    assert problem_of(Choice(("gas",), required=True), "").code == "not_an_option"


# --- Whole -------------------------------------------------------------------------------------


def test_whole_accepts_int_and_numeric_text() -> None:
    r = Whole(0, 100)
    assert r.clean(7) == 7
    assert r.clean(" 42 ") == 42
    assert r.clean("0") == 0
    assert r.clean(100) == 100


def test_whole_empty_gives_empty_as() -> None:
    assert Whole(empty_as=7).clean("") == 7
    assert Whole(empty_as=7).clean("  ") == 7
    assert Whole(empty_as=7).clean(None) == 7
    assert Whole().clean(None) is None


@pytest.mark.parametrize("value", [-1, 101, "101", "-5"])
def test_whole_out_of_range(value: object) -> None:
    assert problem_of(Whole(0, 100), value) == Problem("out_of_range", {"min": 0, "max": 100})


@pytest.mark.parametrize("value", ["abc", "3.5", "1,5", "12a", 3.5])
def test_whole_not_a_number(value: object) -> None:
    assert problem_of(Whole(0, 100), value).code == "not_a_number"


@pytest.mark.parametrize("value", [True, False])
def test_whole_refuses_bool(value: bool) -> None:
    assert problem_of(Whole(0, 100), value).code == "not_a_number"


@given(st.integers())
def test_whole_any_int_is_kept_or_out_of_range(number: int) -> None:
    r = Whole(-50, 50)
    if -50 <= number <= 50:
        assert r.clean(number) == number
        assert r.clean(str(number)) == number
    else:
        assert problem_of(r, number).code == "out_of_range"


# --- Decimal -----------------------------------------------------------------------------------


def test_decimal_comma_is_read_as_decimal_point() -> None:
    assert Decimal(87.5, 108.0, 1).clean("93,1") == "93.1"


def test_decimal_is_stored_with_fixed_places() -> None:
    assert Decimal(0, 200, 1).clean("93") == "93.0"
    assert Decimal(0, 200, 2).clean(" 1.5 ") == "1.50"
    assert Decimal(0, 200, 1).clean(95.8) == "95.8"


def test_decimal_empty_is_empty_text() -> None:
    assert Decimal().clean("") == ""
    assert Decimal().clean(None) == ""


@pytest.mark.parametrize("value", ["87.4", "108.1", "200", "-1", "nan", "inf", "-inf"])
def test_decimal_out_of_range(value: str) -> None:
    problem = problem_of(Decimal(87.5, 108.0, 1), value)
    assert problem == Problem("out_of_range", {"min": 87.5, "max": 108.0})


@pytest.mark.parametrize("value", ["abc", "93,1 MHz", "1.000,5", "9 3"])
def test_decimal_not_a_number(value: str) -> None:
    assert problem_of(Decimal(0, 1000, 1), value).code == "not_a_number"


@pytest.mark.parametrize("value", [True, False])
def test_decimal_refuses_bool(value: bool) -> None:
    assert problem_of(Decimal(0, 1000, 1), value).code == "not_a_number"


# --- Dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("31-12-2026", "2026-12-31"),
        ("2026-12-31", "2026-12-31"),
        ("1/2/2027", "2027-02-01"),
        ("1.2.2027", "2027-02-01"),
        (" 05-06-2026 ", "2026-06-05"),
        ("29-02-2028", "2028-02-29"),
    ],
)
def test_date_accepts_dutch_and_iso_and_stores_iso(text: str, stored: str) -> None:
    assert Date().clean(text) == stored


def test_date_no_such_date() -> None:
    problem = problem_of(Date(), "31-02-2026")
    assert problem.code == "no_such_date"
    assert problem.params == {"text": "31-02-2026"}
    assert problem_of(Date(), "29-02-2026").code == "no_such_date"
    assert problem_of(Date(), "2026-13-01").code == "no_such_date"


@pytest.mark.parametrize("text", ["hello", "31-12-26", "2026/12/31", "12-2026", "31-12-2026x"])
def test_date_not_a_date(text: str) -> None:
    assert problem_of(Date(), text).code == "not_a_date"


def test_date_empty_is_empty() -> None:
    assert Date().clean("") == ""
    assert Date().clean(None) == ""
    assert Date().clean("  ") == ""


def test_date_outside_1900_2200_is_out_of_range() -> None:
    assert problem_of(Date(), "01-01-1899").code == "out_of_range"
    assert problem_of(Date(), "01-01-2201").code == "out_of_range"
    assert Date().clean("01-01-1900") == "1900-01-01"
    assert Date().clean("31-12-2200") == "2200-12-31"


def test_date_accepts_a_date_object() -> None:
    assert Date().clean(dt.date(2026, 12, 31)) == "2026-12-31"


def test_date_accepts_a_datetime_object_as_its_date() -> None:
    assert Date().clean(dt.datetime(2026, 12, 31, 14, 30)) == "2026-12-31"


def test_date_object_outside_range_is_refused_like_text() -> None:
    assert problem_of(Date(), dt.date(1500, 1, 1)).code == "out_of_range"


def test_parse_date_returns_a_date() -> None:
    assert parse_date("31-12-2026") == dt.date(2026, 12, 31)
    assert parse_date("2026-1-2") == dt.date(2026, 1, 2)


def test_format_date_is_dutch_and_empty_stays_empty() -> None:
    assert format_date("2026-12-31") == "31-12-2026"
    assert format_date("2027-02-01") == "01-02-2027"
    assert format_date("") == ""


@given(st.dates())
def test_parse_date_round_trips_format_date(date: dt.date) -> None:
    shown = format_date(date.isoformat())
    assert re.fullmatch(r"\d{2}-\d{2}-\d{4}", shown)
    assert parse_date(shown) == date


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_date_rule_round_trips_through_dutch_form(date: dt.date) -> None:
    stored = Date().clean(format_date(date.isoformat()))
    assert stored == date.isoformat()
    assert Date().clean(stored) == stored


@given(st.text(max_size=30))
def test_date_rule_never_raises_anything_but_invalid_value(text: str) -> None:
    try:
        stored = Date().clean(text)
    except InvalidValue as error:
        assert error.problem.code in {"not_a_date", "no_such_date", "out_of_range"}
    else:
        assert stored == "" or dt.date.fromisoformat(stored).isoformat() == stored


# --- rule() ------------------------------------------------------------------------------------


def test_rule_puts_the_rule_in_field_metadata() -> None:
    r = Text(10)
    f = rule(r, "x")
    assert f.default == "x"
    assert f.metadata["rule"] is r


def test_base_rule_accepts_anything() -> None:
    marker = object()
    assert Rule().clean(marker) is marker
