"""The field rules the kit's stock entries use: Amount, Flag, Expiry, and the Stock record."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.fields import (
    Amount,
    Expiry,
    Flag,
    InvalidValue,
    Problem,
    Rule,
    expiry_day,
    format_expiry,
)
from app.core.records import MAX_STOCK, UNITS, Stock, clean_record, clean_value, kind_of


def problem_of(r: Rule, value: object) -> Problem:
    with pytest.raises(InvalidValue) as caught:
        r.clean(value)
    return caught.value.problem


# --- Amount -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "expected"), [
    ("1,5", 1.5), ("1.5", 1.5), ("1.234,5", 1234.5), (" 12 ", 12.0), ("1 000", 1000.0),
    ("0,25", 0.25), (2, 2.0), (2.5, 2.5), ("0", 0.0), ("1000000", 1_000_000.0),
    ("1,23456", 1.235), (0.0004, 0.0),
])
def test_amount_accepts_dutch_and_plain_numbers(raw: object, expected: float) -> None:
    value = Amount().clean(raw)
    assert value == expected
    assert isinstance(value, float)


@pytest.mark.parametrize(("raw", "code"), [
    ("-1", "out_of_range"), ("abc", "not_a_number"), ("1,2,3", "not_a_number"),
    ("nan", "out_of_range"), (float("nan"), "out_of_range"), ("inf", "out_of_range"),
    (float("inf"), "out_of_range"), (float("-inf"), "out_of_range"), ("1e7", "out_of_range"),
    (True, "not_a_number"), (False, "not_a_number"), ("", "required"), (None, "required"),
    ("   ", "required"), (10**400, "out_of_range"), (-(10**400), "out_of_range"),
])
def test_amount_refuses(raw: object, code: str) -> None:
    assert problem_of(Amount(), raw).code == code


def test_amount_minimum_refuses_zero_for_a_quantity() -> None:
    quantity = Amount(0.001, 1_000_000)
    assert problem_of(quantity, "0").code == "out_of_range"
    assert problem_of(quantity, 0).code == "out_of_range"
    assert problem_of(quantity, "0,0001").code == "out_of_range"
    problem = problem_of(quantity, "-1")
    assert problem.params == {"min": 0.001, "max": 1_000_000}
    assert quantity.clean("0,001") == 0.001


def test_optional_amount_gives_none_when_empty() -> None:
    hours = Amount(0.0, 100_000, optional=True)
    assert hours.clean("") is None
    assert hours.clean("  ") is None
    assert hours.clean(None) is None
    assert hours.clean("0") == 0.0
    assert hours.clean("7,5") == 7.5
    assert problem_of(hours, "100001").code == "out_of_range"


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_amount_never_raises_anything_but_invalid_value_for_text(text: str) -> None:
    try:
        value = Amount(0.001, 1_000_000).clean(text)
    except InvalidValue:
        return
    assert isinstance(value, float)
    assert 0.001 <= value <= 1_000_000


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789,.- eE", max_size=20))
def test_amount_on_number_like_text(text: str) -> None:
    try:
        value = Amount(optional=True).clean(text)
    except InvalidValue as error:
        assert error.problem.code in ("not_a_number", "out_of_range")
        return
    assert value is None or (math.isfinite(value) and 0 <= value <= 1_000_000)


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=0, max_value=999_999, places=3))
def test_amount_reads_back_what_dutch_notation_writes(number: object) -> None:
    text = f"{number:,.3f}".replace(",", "_").replace(".", ",").replace("_", ".")
    assert Amount().clean(text) == pytest.approx(float(number))


# --- Flag ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["ja", "Ja", "JA", "yes", "1", "x", "X", "j", "y", "true", " ja ",
                                 1, True, 5])
def test_flag_yes(raw: object) -> None:
    assert Flag().clean(raw) == 1


@pytest.mark.parametrize("raw", ["nee", "Nee", "no", "0", "", "  ", "n", "false", 0, False, None])
def test_flag_no(raw: object) -> None:
    assert Flag().clean(raw) == 0


@pytest.mark.parametrize("raw", ["misschien", "maybe", "2", "jaa", "-"])
def test_flag_refuses_anything_else(raw: str) -> None:
    assert problem_of(Flag(), raw).code == "not_yes_no"


# --- Expiry ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "stored"), [
    ("3-2027", "2027-03"), ("03-2027", "2027-03"), ("2027-03", "2027-03"), ("2027-3", "2027-03"),
    ("3/2027", "2027-03"), ("12.2027", "2027-12"), (" 1 2030 ", "2030-01"),
    ("15-03-2027", "2027-03-15"), ("2027-03-15", "2027-03-15"), ("1/2/2028", "2028-02-01"),
    ("29-02-2028", "2028-02-29"), (dt.date(2027, 3, 15), "2027-03-15"),
    (dt.datetime(2027, 3, 15, 12, 30), "2027-03-15"), ("", ""), (None, ""), ("  ", ""),
])
def test_expiry_accepts_a_month_or_a_day(raw: object, stored: str) -> None:
    assert Expiry().clean(raw) == stored


@pytest.mark.parametrize(("raw", "code"), [
    ("13-2027", "no_such_date"), ("0-2027", "no_such_date"), ("2027-13", "no_such_date"),
    ("2027-00", "no_such_date"), ("31-02-2027", "no_such_date"), ("29-02-2027", "no_such_date"),
    ("32-01-2027", "no_such_date"), ("03-1800", "out_of_range"), ("2300-01", "out_of_range"),
    ("01-01-1800", "out_of_range"), (dt.date(1800, 1, 1), "out_of_range"), ("maart", "not_a_date"),
    ("2027", "not_a_date"), ("3-27", "not_a_date"),
])
def test_expiry_refuses(raw: object, code: str) -> None:
    assert problem_of(Expiry(), raw).code == code


def test_expiry_of_a_stored_value_is_unchanged() -> None:
    for stored in ("2027-03", "2027-03-15", ""):
        assert Expiry().clean(stored) == stored


@pytest.mark.parametrize(("stored", "last"), [
    ("2027-03", dt.date(2027, 3, 31)), ("2027-04", dt.date(2027, 4, 30)),
    ("2027-02", dt.date(2027, 2, 28)), ("2028-02", dt.date(2028, 2, 29)),
    ("2026-12", dt.date(2026, 12, 31)), ("2027-01", dt.date(2027, 1, 31)),
    ("2027-03-15", dt.date(2027, 3, 15)),
])
def test_expiry_day_is_the_last_day_covered(stored: str, last: dt.date) -> None:
    assert expiry_day(stored) == last


def test_expiry_day_of_nothing_is_none() -> None:
    assert expiry_day("") is None


@pytest.mark.parametrize(("stored", "shown"), [
    ("2027-03", "03-2027"), ("2027-12", "12-2027"), ("2027-03-15", "15-03-2027"),
    ("2030-01-01", "01-01-2030"), ("", ""),
])
def test_format_expiry(stored: str, shown: str) -> None:
    assert format_expiry(stored) == shown


@settings(max_examples=200, deadline=None)
@given(st.dates(dt.date(1900, 1, 1), dt.date(2200, 12, 31)), st.booleans())
def test_a_shown_expiry_reads_back_as_stored(date: dt.date, month_only: bool) -> None:
    stored = f"{date.year:04d}-{date.month:02d}" if month_only else date.isoformat()
    assert Expiry().clean(format_expiry(stored)) == stored
    last = expiry_day(stored)
    assert last >= date.replace(day=1)
    assert (last + dt.timedelta(days=1)).day == 1 if month_only else last == date


# --- the Stock record -----------------------------------------------------------------------------


def test_stock_defaults_are_valid_and_unchanged_by_cleaning() -> None:
    blank = Stock()
    assert (blank.item_id, blank.quantity, blank.unit, blank.hours) == ("own", 1.0, "pcs", None)
    assert clean_record("stock", blank) == blank


def test_stock_fields_clean_their_values() -> None:
    raw = Stock(None, " water ", "", "1,5", "l", " Kelder ", "3-2027", "ja", "", "1-5-2026",
                "x", "Twee flessen")
    cleaned = clean_record("stock", raw)
    assert cleaned == Stock(None, "water", "", 1.5, "l", "Kelder", "2027-03", 1, None,
                            "2026-05-01", 1, "Twee flessen")


@pytest.mark.parametrize(("field", "value", "code"), [
    ("quantity", "0", "out_of_range"), ("quantity", "-2", "out_of_range"),
    ("quantity", "", "required"), ("quantity", "veel", "not_a_number"),
    ("unit", "kg", "not_an_option"), ("unit", "", "not_an_option"),
    ("item_id", "", "required"), ("item_id", "x" * 61, "too_long"),
    ("expires", "13-2027", "no_such_date"), ("grab_bag", "misschien", "not_yes_no"),
    ("hours", "-1", "out_of_range"), ("added", "31-02-2026", "no_such_date"),
])
def test_stock_fields_refuse_bad_values_naming_the_field(field: str, value: str, code: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        clean_value("stock", field, value)
    assert caught.value.problem.code == code
    assert caught.value.field_name == field


def test_stock_units_and_limit() -> None:
    assert set(UNITS) == {"l", "ml", "kcal", "kj", "eur", "pcs", "pack", "set", "day"}
    assert kind_of("stock").limit == MAX_STOCK == 20_000
    assert kind_of("stock").table == "stock"
