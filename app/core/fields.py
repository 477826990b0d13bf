"""Field rules: what a value of each kind may be, and the plain-language problem when it is not.

Rules live in dataclass field metadata (see ``records.py``), so the repository, the GUI and the
command line all check a value the same way. A rule turns raw input into the stored value
(``clean``) or raises ``InvalidValue`` with a ``Problem`` that the UI turns into a sentence.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Problem:
    """Why a value was refused: a code the UI translates, and its parameters."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)


class InvalidValue(ValueError):
    """A value that breaks a field rule. Nothing has been saved."""

    def __init__(self, problem: Problem, field_name: str = "") -> None:
        super().__init__(f"{field_name}: {problem.code} {problem.params}")
        self.problem = problem
        self.field_name = field_name


# Control characters other than tab and newline have no place in a household plan; they come
# from pasted terminal output or damaged files and break printing. C1 controls (U+0080–U+009F)
# come from a file read in the wrong encoding; a lone surrogate cannot be stored as UTF-8 at all.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# Unicode's other line breaks (NEL, line and paragraph separator) count as a newline.
_LINE_BREAKS = re.compile("\r\n|[\r\x85\u2028\u2029]")
# Invisible characters that change the order in which text is shown without being seen
# ("Trojan Source", CVE-2021-42574; UTS #39): bidi embeddings, overrides, isolates and marks.
# Removed from every text: a name or number must read as it is stored.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
# Zero-width characters, removed from one-line fields (names, numbers, places), where they only
# hide a difference: "Jan" and "J\u200ban" look the same. (This also splits emoji sequences
# joined by U+200D into their parts, an acceptable loss in a name.)
ZERO_WIDTH = "\u200b\u200c\u200d\ufeff"
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")
_INVISIBLE = re.compile(f"[{BIDI_CONTROLS}{ZERO_WIDTH}]")


def visible_text(text: str, multiline: bool = False) -> str:
    """``text`` with one kind of newline, the invisible controls removed, in NFC.

    Bidi controls go everywhere; zero-width characters too unless ``multiline`` (notes keep
    them: some scripts need U+200C/U+200D between letters). NFC comes last, so that removing a
    character between a letter and its accent still gives the composed letter.
    """
    text = _LINE_BREAKS.sub("\n", text)
    text = (_BIDI if multiline else _INVISIBLE).sub("", text)
    return unicodedata.normalize("NFC", text)


def has_control_characters(text: str) -> bool:
    """True when ``text`` holds a control character other than tab and newline, or a lone
    surrogate: such text is refused, not cleaned."""
    return _CONTROL.search(text) is not None


def _plain(value: Any) -> str:
    """A value as trimmed text without invisible characters, for the rules of codes, numbers
    and dates: a date copied from a right-to-left text often carries a U+200E or U+200F."""
    return "" if value is None else visible_text(str(value)).strip()


@dataclass(frozen=True)
class Rule:
    """Base rule: accepts anything."""

    def clean(self, value: Any) -> Any:
        return value

    def warning(self, value: Any) -> Problem | None:
        """Why a stored value may not be right (it is kept as it is), or None."""
        return None


@dataclass(frozen=True)
class Text(Rule):
    """Free text of at most ``max_length`` characters."""

    max_length: int = 200
    required: bool = False
    multiline: bool = False

    def clean(self, value: Any) -> str:
        text = visible_text("" if value is None else str(value), self.multiline)
        if not self.multiline and "\n" in text:
            text = " ".join(part.strip() for part in text.split("\n"))
        text = text.strip()
        if has_control_characters(text):
            raise InvalidValue(Problem("control_characters"))
        if len(text) > self.max_length:
            raise InvalidValue(Problem("too_long", {"max": self.max_length, "length": len(text)}))
        if self.required and not text:
            raise InvalidValue(Problem("required"))
        return text


@dataclass(frozen=True)
class Choice(Rule):
    """One of a fixed list of stored codes; the empty string means "not chosen yet"."""

    options: Sequence[str] = ()
    required: bool = False

    def clean(self, value: Any) -> str:
        text = _plain(value)
        if not text and not self.required:
            return ""
        if text not in self.options:
            raise InvalidValue(Problem("not_an_option", {"value": text}))
        return text


@dataclass(frozen=True)
class Whole(Rule):
    """A whole number between ``minimum`` and ``maximum``; empty means ``empty_as``."""

    minimum: int = 0
    maximum: int = 1000
    empty_as: int | None = None

    def clean(self, value: Any) -> int | None:
        if value is None or (isinstance(value, str) and not _plain(value)):
            return self.empty_as
        if isinstance(value, bool):
            raise InvalidValue(Problem("not_a_number"))
        try:
            number = int(_plain(value)) if not isinstance(value, int) else value
        except ValueError:
            raise InvalidValue(Problem("not_a_number")) from None
        if not self.minimum <= number <= self.maximum:
            raise InvalidValue(Problem("out_of_range", {"min": self.minimum, "max": self.maximum}))
        return number


@dataclass(frozen=True)
class Decimal(Rule):
    """A decimal number (comma or point) between two bounds, stored as text ('' when empty)."""

    minimum: float = 0.0
    maximum: float = 1e9
    places: int = 1

    def clean(self, value: Any) -> str:
        text = _plain(value)
        if not text:
            return ""
        text = text.replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            raise InvalidValue(Problem("not_a_number")) from None
        if not self.minimum <= number <= self.maximum:
            raise InvalidValue(Problem("out_of_range", {"min": self.minimum, "max": self.maximum}))
        return f"{number:.{self.places}f}"


_DATE_DMY = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$")
_DATE_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def parse_date(text: str) -> _dt.date:
    """Read a date as people in the Netherlands write it (31-12-2026) or as ISO (2026-12-31)."""
    text = text.strip()
    if match := _DATE_DMY.match(text):
        day, month, year = (int(g) for g in match.groups())
    elif match := _DATE_YMD.match(text):
        year, month, day = (int(g) for g in match.groups())
    else:
        raise InvalidValue(Problem("not_a_date"))
    try:
        return _dt.date(year, month, day)
    except ValueError:
        raise InvalidValue(Problem("no_such_date", {"text": text})) from None


def format_date(iso: str) -> str:
    """Show a stored ISO date the Dutch way (dd-mm-jjjj); '' stays ''."""
    if not iso:
        return ""
    date = _dt.date.fromisoformat(iso)
    return f"{date.day:02d}-{date.month:02d}-{date.year:04d}"


@dataclass(frozen=True)
class Date(Rule):
    """A calendar date stored as ISO text; '' when empty."""

    def clean(self, value: Any) -> str:
        if isinstance(value, _dt.date):
            # A datetime is a date too; store only its date, and check its range like text.
            date = value.date() if isinstance(value, _dt.datetime) else value
        else:
            text = _plain(value)
            if not text:
                return ""
            date = parse_date(text)
        if not 1900 <= date.year <= 2200:
            raise InvalidValue(Problem("out_of_range", {"min": 1900, "max": 2200}))
        return date.isoformat()


@dataclass(frozen=True)
class Amount(Rule):
    """A quantity (comma or point decimal) between two bounds, stored as a float.

    Empty gives None when ``optional``; otherwise it is refused as required.
    """

    minimum: float = 0.0
    maximum: float = 1_000_000.0
    optional: bool = False

    def clean(self, value: Any) -> float | None:
        if value is None or (isinstance(value, str) and not _plain(value)):
            if self.optional:
                return None
            raise InvalidValue(Problem("required"))
        if isinstance(value, bool):
            raise InvalidValue(Problem("not_a_number"))
        if isinstance(value, int | float):
            try:
                number = float(value)
            except OverflowError:  # an int too large for any float
                number = float("inf")
        else:
            text = _plain(value).replace(" ", "")
            if "," in text and "." in text:  # 1.234,5 (Dutch thousands) → 1234.5
                text = text.replace(".", "")
            text = text.replace(",", ".")
            try:
                number = float(text)
            except ValueError:
                raise InvalidValue(Problem("not_a_number")) from None
        if number != number or not self.minimum <= number <= self.maximum:  # NaN too
            raise InvalidValue(Problem("out_of_range", {"min": self.minimum, "max": self.maximum}))
        return round(number, 3)


@dataclass(frozen=True)
class Flag(Rule):
    """Yes or no, stored as 1 or 0."""

    def clean(self, value: Any) -> int:
        if isinstance(value, str):
            text = _plain(value).lower()
            if text in ("", "0", "nee", "no", "false", "n"):
                return 0
            if text in ("1", "ja", "yes", "true", "j", "y", "x"):
                return 1
            raise InvalidValue(Problem("not_yes_no"))
        return 1 if value else 0


_MONTH_MY = re.compile(r"^(\d{1,2})[-/. ](\d{4})$")
_MONTH_YM = re.compile(r"^(\d{4})-(\d{1,2})$")


@dataclass(frozen=True)
class Expiry(Rule):
    """A best-before date with day precision (2027-03-15) or month precision (2027-03)."""

    def clean(self, value: Any) -> str:
        if isinstance(value, _dt.date):
            return Date().clean(value)
        text = _plain(value)
        if not text:
            return ""
        match = _MONTH_MY.match(text) or _MONTH_YM.match(text)
        if match is None:
            return Date().clean(text)
        first, second = (int(g) for g in match.groups())
        year, month = (second, first) if match.re is _MONTH_MY else (first, second)
        if not 1 <= month <= 12:
            raise InvalidValue(Problem("no_such_date", {"text": text}))
        if not 1900 <= year <= 2200:
            raise InvalidValue(Problem("out_of_range", {"min": 1900, "max": 2200}))
        return f"{year:04d}-{month:02d}"


def expiry_day(stored: str) -> _dt.date | None:
    """The last day a stored expiry covers (the end of the month for month precision)."""
    if not stored:
        return None
    if len(stored) == 7:
        year, month = int(stored[:4]), int(stored[5:])
        following = _dt.date(year + (month == 12), month % 12 + 1, 1)
        return following - _dt.timedelta(days=1)
    return _dt.date.fromisoformat(stored)


def format_expiry(stored: str) -> str:
    """A stored expiry as people write it: 31-03-2027, or 03-2027 for a month."""
    if len(stored) == 7:
        return f"{stored[5:]}-{stored[:4]}"
    return format_date(stored)


def rule(r: Rule, default: Any = "") -> Any:
    """A dataclass field carrying a rule in its metadata."""
    return field(default=default, metadata={"rule": r})
