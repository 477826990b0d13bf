"""The three national numbers live in one place, each with its purpose."""

from __future__ import annotations

import pytest

from app.core.national import NATIONAL_NUMBERS, PURPOSES, NationalNumber, national_number
from app.core.phones import parse


def test_three_numbers_one_per_purpose():
    assert tuple(entry.purpose for entry in NATIONAL_NUMBERS) == PURPOSES
    assert national_number("emergency").number == "112"
    assert national_number("police").number == "0900-8844"
    assert national_number("outage").number == "0800-9009"
    assert len({entry.digits for entry in NATIONAL_NUMBERS}) == 3


def test_numbers_are_phone_numbers_with_a_source():
    for entry in NATIONAL_NUMBERS:
        assert parse(entry.number) is not None, entry
        assert entry.source


def test_digits_and_unknown_purpose():
    assert NationalNumber("outage", "0800-9009").digits == "08009009"
    with pytest.raises(KeyError):
        national_number("fire")
