"""Phone numbers: checked with the ``phonenumbers`` library, stored as typed, shown readably.

Dutch numbers may be typed any way people write them (06-12345678, 0612345678, +31 6 1234
5678, 030 - 123 45 67); foreign numbers need their +country code. Short national numbers such
as 112 and 0900-8844 are accepted too.

A number is never changed or lost because the library does not know it: any text with a digit
in it is stored exactly as typed (or as a phone exported it), and one that ``phonenumbers``
does not call valid (06-1234 is too short for a Dutch mobile; a Lotus Notes export writes
+1 (212) 204-34456) is marked "check this number" (``needs_check``, ``Phone.warning``) and
shown as written, never reformatted. Only text without a single digit is refused.

Besides its kind (mobile, home, work, other; ``records.PHONE_KINDS``) a number may have the
vCard types Paraat keeps for a round trip through a phone: fax, pager, text (SMS) and a few
more (``PHONE_TYPES``), stored as one text ("fax" or "fax,voice") by ``PhoneTypes``.

Before the check a number is cleaned as every text is (``fields.visible_text``: no bidi or
zero-width characters, which could make one number show as another) and brought to NFKC, so
full-width digits (from Japanese and Chinese keyboards) are stored as plain 0-9. Control
characters are refused.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.core.fields import InvalidValue, Problem, Rule, has_control_characters, visible_text

if TYPE_CHECKING:  # imported on first use: the window starts without it (issue 20)
    import phonenumbers

REGION = "NL"
MAX_LENGTH = 40
# vCard TEL types kept beside the kind, in the order they are stored and written.
PHONE_TYPES = ("fax", "pager", "text", "msg", "video", "textphone", "main", "car", "isdn",
               "modem", "bbs", "pcs", "voice")
NOT_VOICE = frozenset({"fax", "pager", "modem", "bbs"})  # types of a number nobody talks on


def parse(text: str) -> phonenumbers.PhoneNumber | None:
    """The number ``text`` stands for, or None when it cannot be a phone number."""
    import phonenumbers

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


def is_valid(text: str) -> bool:
    """True when ``phonenumbers`` knows ``text`` as a number that exists (or a short number
    its metadata lists, such as 112; 144 is not listed there, so it is shown "check this
    number" and kept as typed)."""
    return _valid_number(text) is not None


def _valid_number(text: str) -> phonenumbers.PhoneNumber | None:
    """The number ``text`` stands for when it is valid (``is_valid``), else None."""
    import phonenumbers

    try:
        number = phonenumbers.parse(text, REGION)
    except phonenumbers.NumberParseException:
        return None
    if phonenumbers.is_valid_number(number):
        return number
    region = phonenumbers.region_code_for_number(number) or REGION
    return number if phonenumbers.is_valid_short_number_for_region(number, region) else None


def is_mobile(text: str) -> bool:
    """True for a mobile number, and for one whose kind cannot be told (so a kit never asks
    for too few power banks); False for a number known to be a landline."""
    compact = _compact(text)  # Dutch numbers are answered without loading phonenumbers
    if _DUTCH_MOBILE.fullmatch(compact):  # a mobile, a pager or not given out: not a landline
        return True
    if _DUTCH_LANDLINE.fullmatch(compact):
        return False
    import phonenumbers

    number = parse(text)
    if number is None:
        return True
    kind = phonenumbers.number_type(number)
    return kind not in (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.VOIP,
                        phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.UAN)


_DUTCH_MOBILE = re.compile(r"(?:\+31|0031|0)6\d{8}", re.ASCII)
"""A Dutch 06 number written compactly: 0612345678, +31612345678, 0031612345678."""
NL_FIXED_LINE = (r"(?:1(?:[035]\d|1[13-578]|6[124-8]|7[24]|8[0-467])|2(?:[0346]\d|2[2-46-9]|5[125]"
                 r"|9[479])|3(?:[03568]\d|1[3-8]|2[01]|4[1-8])|4(?:[0356]\d|1[1-368]|7[58]|8[15-8]"
                 r"|9[23579])|5(?:[0358]\d|[19][1-9]|2[1-57-9]|4[13-8]|6[126]|7[0-3578])|7\d\d)\d{6}")
"""phonenumbers' pattern of a Dutch landline (its NL metadata, national number; a test checks
that it is still the library's): the window starts without loading the library (issue 20)."""
_DUTCH_LANDLINE = re.compile(r"(?:\+31|0031|0)" + NL_FIXED_LINE, re.ASCII)


def _compact(text: str) -> str:
    """``text`` without the spaces, dashes, dots, slashes and brackets people write in numbers."""
    return re.sub(r"[\s\-./()]", "", text)


def needs_check(text: str) -> bool:
    """True for a stored number that cannot be right as it is: "check this number"."""
    return bool(text.strip()) and not is_valid(text)


@functools.lru_cache(maxsize=8192)
def display(text: str) -> str:
    """A readable form: Dutch numbers the Dutch way (06 12345678), others internationally.

    A number that is not valid is shown exactly as typed ("06-1234", never "61234"). Parsed
    once and kept (the contacts' search texts ask for 2,000 numbers at the first key, issue 20).
    """
    import phonenumbers

    number = _valid_number(text) if text else None
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


def number_key(text: str) -> tuple[int | None, int | None] | str:
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


def _has_digit(text: str) -> bool:
    return any(char.isdigit() for char in text)


@dataclass(frozen=True)
class Phone(Rule):
    """A phone number as the user typed it; refused only when it holds no digit at all.

    A number that may be wrong is kept as typed; ``warning`` says it should be checked.
    """

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
        if not _has_digit(text) and parse(text) is None:
            raise InvalidValue(Problem("not_a_phone_number", {"text": text}))
        return text

    def warning(self, value: Any) -> Problem | None:
        text = "" if value is None else str(value)
        return Problem("check_number", {"number": text}) if needs_check(text) else None


def split_types(text: str) -> list[str]:
    """The known types in a stored or written list ("WORK,FAX" → ["fax"]), in stored order."""
    words = {word.casefold() for word in text.replace(";", ",").replace(" ", ",").split(",")}
    return [name for name in PHONE_TYPES if name in words]


@dataclass(frozen=True)
class PhoneTypes(Rule):
    """The vCard types of a number beside its kind: "fax", "text", "fax,voice"; "" for none."""

    def clean(self, value: Any) -> str:
        text = visible_text("" if value is None else str(value)).strip()
        words = [word for word in text.replace(";", ",").replace(" ", ",").casefold().split(",")
                 if word]
        unknown = [word for word in words if word not in PHONE_TYPES]
        if unknown:
            raise InvalidValue(Problem("not_an_option", {"value": unknown[0][:40]}))
        return ",".join(split_types(text))
