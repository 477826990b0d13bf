"""is_mobile answers Dutch numbers without loading phonenumbers (issue 20: the overview counts
the household's mobiles at start, and the window starts without the library). The short cut
must give exactly the library's answer: checked against phonenumbers itself."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from app.core import phones
from app.core.phones import NL_FIXED_LINE, is_mobile


def library_says_mobile(text: str) -> bool:
    """is_mobile as it was, all through phonenumbers."""
    number = phones.parse(text)
    if number is None:
        return True
    return phonenumbers.number_type(number) not in (
        phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.VOIP,
        phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.UAN)


def test_the_landline_pattern_is_still_the_librarys() -> None:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region("NL")
    assert metadata is not None and metadata.fixed_line is not None
    assert metadata.fixed_line.national_number_pattern == NL_FIXED_LINE


def written(digits: str, style: int) -> str:
    """A Dutch number (0 and nine digits) as people write it."""
    national = digits[1:]
    return [digits, f"{digits[:3]}-{digits[3:]}", f"{digits[:2]}-{digits[2:]}",
            f"({digits[:3]}) {digits[3:6]} {digits[6:]}", f"+31{national}", f"+31 {national[:2]} {national[2:]}",
            f"0031{national}", f"{digits[:4]}/{digits[4:]}", f"{digits[:3]}.{digits[3:6]}.{digits[6:]}",
            f"+31 (0){national}"][style]


@pytest.mark.parametrize("first", range(1, 10))
def test_the_short_cut_agrees_with_the_library(first: int) -> None:
    """Every two-digit start after the 0 (landlines, 06, 08x, 09x), in every way of writing."""
    rng = random.Random(first)
    for second in range(10):
        for _ in range(25):
            digits = f"0{first}{second}{rng.randrange(10 ** 7):07d}"
            for style in range(10):
                text = written(digits, style)
                assert is_mobile(text) == library_says_mobile(text), text


@pytest.mark.parametrize("text", ["", "112", "0800-1234", "0900-1234567", "+32 2 123 45 67",
                                  "+49 30 1234567", "06-1234", "030-123456789", "٠٦١٢٣٤٥٦٧٨",
                                  "06 12345678 (werk)", "14020", "085-1234567", "091-1234567"])
def test_other_numbers_go_to_the_library(text: str) -> None:
    assert is_mobile(text) == library_says_mobile(text)


def test_demo_numbers() -> None:
    assert is_mobile("06-12345001") and not is_mobile("030-1234567")
