"""Phone numbers: checked with the ``phonenumbers`` library, stored as typed, shown readably.

Dutch numbers may be typed any way people write them (06-12345678, 0612345678, +31 6 1234
5678, 030 - 123 45 67); foreign numbers need their +country code. Short national numbers such
as 112 and 0900-8844 are accepted too.

Before the check a number is cleaned as every text is (``fields.visible_text``: no bidi or
zero-width characters, which could make one number show as another) and brought to NFKC, so
full-width digits (from Japanese and Chinese keyboards) are stored as plain 0-9. Control
characters are refused.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

import phonenumbers

from app.core.fields import InvalidValue, Problem, Rule, has_control_characters, visible_text

REGION = "NL"
MAX_LENGTH = 40


def parse(text: str) -> phonenumbers.PhoneNumber | None:
    """The number ``text`` stands for, or None when it cannot be a phone number."""
    try:
        number = phonenumbers.parse(text, REGION)
    except phonenumbers.NumberParseException:
        return None
    if phonenumbers.is_possible_number(number) or phonenumbers.is_valid_number(number):
        return number
    region = phonenumbers.region_code_for_number(number) or REGION
    if phonenumbers.is_possible_short_number_for_region(number, region):
        return number
    return None


def display(text: str) -> str:
    """A readable form: Dutch numbers the Dutch way (06 12345678), others internationally."""
    number = parse(text) if text else None
    if number is None:
        return text
    if phonenumbers.region_code_for_number(number) == REGION or number.country_code == 31:
        formatted = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        return formatted if formatted else text
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def same_number(first: str, second: str) -> bool:
    """True when two typed numbers reach the same phone (06-1234 5678 = +31612345678)."""
    a, b = parse(first), parse(second)
    if a is None or b is None:
        return _digits(first) == _digits(second) and bool(_digits(first))
    return (a.country_code, a.national_number) == (b.country_code, b.national_number)


def number_key(text: str) -> tuple[int, int] | str:
    """What ``same_number`` compares, for a set or dict: parse once, compare many times.

    Two numbers that both parse are the same when their keys are equal. ("" for text without
    digits, which is the same as nothing.)
    """
    number = parse(text)
    if number is None:
        return _digits(text)
    return (number.country_code, number.national_number)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


@dataclass(frozen=True)
class Phone(Rule):
    """A phone number as the user typed it; refused when it cannot be one."""

    required: bool = False

    def clean(self, value: Any) -> str:
        text = visible_text("" if value is None else str(value))
        if has_control_characters(text):
            raise InvalidValue(Problem("control_characters"))
        text = " ".join(unicodedata.normalize("NFKC", text).split())
        if not text:
            if self.required:
                raise InvalidValue(Problem("required"))
            return ""
        if len(text) > MAX_LENGTH:
            raise InvalidValue(Problem("too_long", {"max": MAX_LENGTH, "length": len(text)}))
        if parse(text) is None:
            raise InvalidValue(Problem("not_a_phone_number", {"text": text}))
        return text
