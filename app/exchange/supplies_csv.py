"""The kit's stock as a CSV file, for spreadsheets: export, and an import that checks every row.

Two dialects:

* ``"excel-nl"``, what Dutch Excel writes and reads: ``;`` between cells, UTF-8 with a BOM,
  decimal comma (1,5), dates as dd-mm-jjjj (mm-jjjj for a month), CRLF line ends;
* ``"plain"``: ``,`` between cells, UTF-8 without BOM, decimal point, ISO dates, CRLF line
  ends too (RFC 4180; with LF alone Python's csv would not quote a cell holding a CR).

Headers are in the user's language (Dutch by default); the reader accepts either language, in
any order and case, and ignores columns it does not know. Units are written as words (liter,
stuks, dagen); the reader takes the stored codes and the usual words in both languages.

Export neutralises spreadsheet formulas (OWASP "CSV injection"): a cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return (after any leading apostrophes) gets a
leading apostrophe. The reader removes exactly that apostrophe, so a round trip is exact.

Import never writes anything: ``read_supplies`` returns a ``SuppliesPreview`` with the valid
rows as ``Stock`` records and a ``RowProblem`` for every refused cell. Problems with the whole
file raise ``ImportRefused``. Row numbers are those a spreadsheet shows (the header is row 1).

Limits against hostile files (tests/exchange/test_hostile_csv.py): the size is checked before
reading (5 MB; only regular files), a cell may hold 65,536 characters (``csv.field_size_limit``
while reading, so an unmatched quote cannot swallow the file), a row 100 cells, a file 20,000
rows. UTF-16 and NUL are refused.

Encoding: the file is decided once, as a whole, then read field by field.

* A UTF-8 BOM, or bytes that are all valid UTF-8, make it UTF-8.
* Otherwise the bytes are read as UTF-8 with each invalid byte kept aside, and two things are
  counted: the valid multibyte UTF-8 sequences (é is C3 A9) and the invalid bytes. A legacy
  8-bit file (Windows-1252, Latin-1: é is one byte E9) almost never forms a valid sequence
  by chance, while a UTF-8 file with a stray byte is mostly valid sequences. So: at least as
  many valid sequences as invalid bytes → UTF-8 with a few bad bytes; otherwise Windows-1252
  throughout (it reads Latin-1's letters the same).
* A byte that cannot be read in the chosen encoding (an invalid UTF-8 byte, or one of the
  five bytes Windows-1252 leaves undefined) becomes U+FFFD "�" in the one cell that holds it,
  and that cell's row gets a note (``RowProblem`` with ``note=True``: "an unreadable character
  was replaced"). The row is still added; the rest of the file keeps its real encoding.

Ambiguous by nature: a file of plain ASCII with one byte like FF and no other accents is read
as Windows-1252 ("ÿ"), since that is what such a byte means in a legacy file.

Longer than 400 lines on purpose: export and import share the dialects, headers, units and
cell rules of one file format, kept in one place.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import io
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import IO, Any

from app.core.fields import InvalidValue, Problem, format_date, format_expiry
from app.core.kit import catalogue, units_for
from app.core.records import MAX_STOCK, UNITS, Stock, ToBuy, clean_record, clean_value
from app.core.supplies import ItemStatus
from app.exchange.files import ImportRefused as ImportRefused  # raised here: part of this API
from app.exchange.files import read_limited, write_atomic
from app.words.bilingual import (
    COLUMNS,
    SHOPPING_COLUMNS,
    UNIT_ALIASES,
    category_label,
    column_label,
    header_names,
    normalise_header,
    to_buy_origin_label,
    unit_word,
    yes_no,
)

DIALECTS = ("excel-nl", "plain")
MAX_MB = 5
MAX_BYTES = MAX_MB * 1024 * 1024
MAX_COLUMNS = 100
MAX_CELL = 65_536  # characters in one cell; csv.field_size_limit while reading
REQUIRED_COLUMNS = ("item", "quantity")
FORMULA_STARTS = frozenset("=+-@\t\r")

Target = str | os.PathLike[str] | IO[str] | IO[bytes]


@dataclass(frozen=True)
class RowProblem:
    """Why one cell of one row was refused; ``line`` is the spreadsheet row (header = 1).

    With ``note`` the row is not refused, only told about (an unreadable character replaced).
    """

    line: int
    column: str
    problem: Problem
    note: bool = False


@dataclass
class SuppliesPreview:
    """What an import would add: the valid rows, and the problems of the others."""

    rows: list[Stock]
    problems: list[RowProblem]
    dialect: str
    line_of_row: dict[int, int] = field(default_factory=dict)  # index in rows → row number
    encoding: str = "utf-8"

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def rejected_lines(self) -> list[int]:
        """The rows left out for a problem (a row with only notes is added)."""
        return sorted({problem.line for problem in self.problems if not problem.note})


# --- cells -----------------------------------------------------------------------------------


def neutralise(cell: str) -> str:
    """A cell a spreadsheet will not run as a formula: a leading ' before =, +, -, @, tab, CR."""
    return "'" + cell if cell.lstrip("'")[:1] in FORMULA_STARTS else cell


def restore(cell: str) -> str:
    """The cell as it was before ``neutralise``."""
    if cell.startswith("'") and cell.lstrip("'")[:1] in FORMULA_STARTS:
        return cell[1:]
    return cell


def _number(value: float, dialect: str) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if dialect == "excel-nl" else text


def _check_dialect(dialect: str) -> None:
    if dialect not in DIALECTS:
        raise ValueError(f"unknown CSV dialect {dialect!r}; use one of {DIALECTS}")


# --- export -------------------------------------------------------------------------------


def _label(entry: Stock, language: str, medicines: Mapping[str, str] | None) -> str:
    """The name column: the entry's own name, else the catalogue's or the medicine's."""
    if entry.name:
        return entry.name
    item = catalogue().item(entry.item_id)
    if item is not None:
        return item.label(language)
    return (medicines or {}).get(entry.item_id, "")


def _date(stored: str, dialect: str, expiry: bool) -> str:
    if dialect == "plain" or not stored:
        return stored
    try:
        return format_expiry(stored) if expiry else format_date(stored)
    except ValueError:  # not a stored date after all: write it as it is
        return stored


def supplies_rows(stock: Iterable[Stock], dialect: str = "excel-nl", language: str = "nl",
                  medicines: Mapping[str, str] | None = None) -> Iterator[list[str]]:
    """The header and one row per entry, as the cells of a supplies file (not neutralised)."""
    _check_dialect(dialect)
    yield [column_label(column, language) for column in COLUMNS]
    for entry in stock:
        yield [
            entry.item_id,
            _label(entry, language, medicines),
            _number(entry.quantity, dialect),
            unit_word(entry.unit, language),
            entry.location,
            _date(entry.expires, dialect, expiry=True),
            yes_no(entry.grab_bag, language),
            "" if entry.hours is None else _number(entry.hours, dialect),
            entry.notes,
            _date(entry.added, dialect, expiry=False),
            yes_no(entry.dont_remind, language),
        ]


def _csv_text(rows: Iterable[list[str]], dialect: str) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";" if dialect == "excel-nl" else ",",
                        lineterminator="\r\n",
                        quoting=csv.QUOTE_MINIMAL)
    for row in rows:
        writer.writerow([neutralise(str(cell)) for cell in row])
    return buffer.getvalue()


def _deliver(text: str, dialect: str, target: Target) -> None:
    if dialect == "excel-nl":
        text = "\ufeff" + text
    if isinstance(target, str | os.PathLike):
        write_atomic(target, text.encode("utf-8"))
    elif isinstance(target, io.TextIOBase):
        target.write(text)
    else:
        target.write(text.encode("utf-8"))  # type: ignore[arg-type]


def write_supplies(stock: Iterable[Stock], target: Target, dialect: str = "excel-nl",
                   language: str = "nl", medicines: Mapping[str, str] | None = None) -> int:
    """Write the stock as CSV; returns the number of entries written.

    ``target`` is a path (written atomically: the old file or the whole new one), a binary
    stream (receives the UTF-8 bytes, with the BOM for excel-nl) or a text stream (receives
    the characters, "\\ufeff" first for excel-nl; open it with newline=""). ``medicines`` maps
    "medicine:<id>" to a name for the name column of medicine entries.
    """
    rows = list(supplies_rows(stock, dialect, language, medicines))
    _deliver(_csv_text(rows, dialect), dialect, target)
    return len(rows) - 1


def write_shopping_list(statuses: Iterable[ItemStatus], target: Target,
                        dialect: str = "excel-nl", language: str = "nl",
                        to_buy: Iterable[ToBuy] = ()) -> int:
    """Write what is still missing: item, missing quantity, unit, category. Returns the count.

    Items with nothing missing, and items the household marked "not needed for us", are left
    out. The household's own things to buy (``to_buy``) follow, with their note after the name
    and where they came from in the category column ("Van de oefenavond"); they have no amount
    or unit. ``target`` as for ``write_supplies``.
    """
    _check_dialect(dialect)
    rows = [[column_label(column, language) for column in SHOPPING_COLUMNS]]
    for status in statuses:
        if status.missing <= 0 or status.requirement.not_needed is not None:
            continue
        item = status.requirement.item
        name = item.label(language)
        if status.requirement.subject:
            name = f"{name} ({status.requirement.subject})"
        rows.append([name, _number(status.missing, dialect), unit_word(item.unit, language),
                     category_label(item.category, language)])
    for entry in to_buy:
        name = f"{entry.name} ({entry.notes})" if entry.notes.strip() else entry.name
        rows.append([name, "", "", to_buy_origin_label(entry.origin, language)])
    _deliver(_csv_text(rows, dialect), dialect, target)
    return len(rows) - 1


# --- import: the file ---------------------------------------------------------------------


_UNREADABLE = re.compile("[\udc80-\udcff]")  # bytes kept aside by "surrogateescape"
REPLACEMENT = "\ufffd"


def _decode(data: bytes) -> tuple[str, str]:
    """The text and its encoding name ("utf-8-sig", "utf-8" or "cp1252"); see the module
    docstring for the rule. A byte that cannot be read is left in the text as a lone surrogate
    (U+DC80..U+DCFF, Python's "surrogateescape"), for the cell that holds it to be replaced
    and reported. A NUL byte (UTF-16, a binary file) refuses the file."""
    if b"\x00" in data:
        raise ImportRefused(Problem("encoding"))
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", "surrogateescape"), "utf-8-sig"
    text = data.decode("utf-8", "surrogateescape")
    invalid = len(text) - len(_UNREADABLE.sub("", text))  # bytes that are not UTF-8
    if not invalid:
        return text, "utf-8"
    valid = len(text) - len(text.encode("ascii", "ignore")) - invalid  # multibyte sequences
    if valid >= invalid:
        return text, "utf-8"
    return data.decode("cp1252", "surrogateescape"), "cp1252"


def _readable(cell: str) -> tuple[str, bool]:
    """The cell with every unreadable byte replaced by U+FFFD; True when there was one."""
    replaced = _UNREADABLE.sub(REPLACEMENT, cell)
    return replaced, replaced != cell


def _delimiter(line: str) -> str:
    """The separator of the header line: the most frequent of ; , and tab outside quotes."""
    counts = dict.fromkeys(";,\t", 0)
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(counts.values())
    return next(char for char in ";,\t" if counts[char] == best) if best else ","


@contextlib.contextmanager
def _field_limit(limit: int) -> Iterator[None]:
    previous = csv.field_size_limit(limit)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def read_supplies(path: str | os.PathLike[str], today: dt.date | None = None,
                  medicines: Mapping[str, str] | None = None) -> SuppliesPreview:
    """Read a supplies CSV file into a preview; never writes anything.

    ``today`` fills ``added`` when the file has no such column. ``medicines`` maps
    "medicine:<id>" to a name: when given, only those medicines are accepted (by id or by that
    name); without it any medicine id is. Raises ``ImportRefused`` for a file that cannot be
    read as a whole, OSError when it cannot be opened.
    """
    today = today or dt.date.today()
    text, encoding = _decode(read_limited(path, MAX_BYTES))
    if not text.strip():
        raise ImportRefused(Problem("empty_file"))
    first, _, rest = text.lstrip("\r\n").partition("\n")
    if match := re.fullmatch(r"(?i)sep=(.)\r?", first):  # Excel's "sep=;" hint line
        delimiter, text = match.group(1), rest
    else:
        delimiter = _delimiter(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    parser = _RowParser(today, "excel-nl" if delimiter == ";" else "plain", medicines)
    with _field_limit(MAX_CELL):
        try:
            for line, row in enumerate(reader, start=1):
                parser.feed(line, row)
        except csv.Error as error:
            if "field larger" in str(error):
                raise ImportRefused(Problem("cell_too_large", {"max": MAX_CELL})) from None
            raise ImportRefused(Problem("malformed", {"line": reader.line_num})) from None
    if parser.positions is None:
        raise ImportRefused(Problem("empty_file"))
    return SuppliesPreview(parser.rows, parser.problems, parser.dialect, parser.line_of_row,
                           encoding)


# --- import: one row ----------------------------------------------------------------------

_MONTHS = {"jan": 1, "feb": 2, "mrt": 3, "maa": 3, "mar": 3, "apr": 4, "mei": 5, "may": 5,
           "jun": 6, "jul": 7, "aug": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12}
_MONTH_NAME = re.compile(r"^([a-z]{3,9})\.?[-/ ](\d{2}|\d{4})$")
_MIDNIGHT = re.compile(r"^(.*\d)[ T]0?0:00(:00)?$")


def _expiry_text(text: str) -> str:
    """What Excel makes of a month (mrt-27, March 2027) and of dates with a time, made plain."""
    text = text.strip()
    if match := _MIDNIGHT.match(text):
        text = match.group(1)
    if match := _MONTH_NAME.match(text.casefold()):
        month = _MONTHS.get(match.group(1)[:3])
        if month:
            year = int(match.group(2))
            return f"{month:02d}-{year + 2000 if year < 100 else year}"
    return text


def _amount_text(text: str, dialect: str) -> str:
    text = text.replace("\xa0", "").replace("\u202f", "").strip()
    if dialect == "plain" and "," in text and "." in text:  # 1,234.5
        text = text.replace(",", "")
    return text


def _flag_text(text: str) -> str:
    return {"waar": "1", "onwaar": "0"}.get(text.strip().casefold(), text)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:59] + "…"


class _RowParser:
    """Turns the header and the data rows into Stock records and row problems."""

    def __init__(self, today: dt.date, dialect: str, medicines: Mapping[str, str] | None) -> None:
        self.today = today
        self.dialect = dialect
        self.medicines = medicines
        self.positions: dict[str, int] | None = None
        self.rows: list[Stock] = []
        self.problems: list[RowProblem] = []
        self.line_of_row: dict[int, int] = {}
        self.count = 0
        kit = catalogue()
        self.names: dict[str, str] = {}
        for item in kit.items:
            for text in (item.id, item.id.replace("_", " "), *item.name.values(), *item.aliases):
                self.names.setdefault(normalise_header(text), item.id)
        self.headers = {name: column for column in COLUMNS for name in header_names(column)}

    def feed(self, line: int, row: list[str]) -> None:
        if len(row) > MAX_COLUMNS:
            raise ImportRefused(Problem("too_many_columns", {"max": MAX_COLUMNS}))
        if not any(cell.strip() for cell in row):
            return
        if self.positions is None:
            self._header([_readable(cell)[0] for cell in row])
            return
        self.count += 1
        if self.count > MAX_STOCK:
            raise ImportRefused(Problem("too_many_rows", {"max": MAX_STOCK}))
        cells: dict[str, str] = {}
        for column, index in self.positions.items():
            cell, replaced = _readable(row[index]) if index < len(row) else ("", False)
            if replaced:  # only this cell changed; the row is still added
                self.problems.append(
                    RowProblem(line, column, Problem("replaced_character"), note=True))
            cells[column] = restore(cell)
        entry, problems = self._entry(line, cells)
        if entry is None:
            self.problems.extend(problems)
        else:
            self.line_of_row[len(self.rows)] = line
            self.rows.append(entry)

    def _header(self, row: list[str]) -> None:
        positions: dict[str, int] = {}
        for index, cell in enumerate(row):
            column = self.headers.get(normalise_header(restore(cell)))
            if column and column not in positions:
                positions[column] = index
        missing = [column for column in REQUIRED_COLUMNS if column not in positions]
        if missing:
            raise ImportRefused(Problem("missing_columns", {"columns": missing}))
        self.positions = positions

    def _item(self, text: str, name: str) -> tuple[str | None, Problem | None]:
        folded = normalise_header(text)
        if not folded:
            return ("own", None) if name.strip() else (None, Problem("required"))
        if folded in ("own", "eigen", "eigen artikel", "own item"):
            return "own", None
        if match := re.fullmatch(r"(?:medicine|medicijn) ?: ?(\d{1,18})", folded):
            item_id = f"medicine:{int(match.group(1))}"
            if self.medicines is not None and item_id not in self.medicines:
                return None, Problem("unknown_medicine", {"value": _short(text)})
            return item_id, None
        if folded in self.names:
            return self.names[folded], None
        for item_id, medicine in (self.medicines or {}).items():
            if normalise_header(medicine) == folded:
                return item_id, None
        return None, Problem("unknown_item", {"value": _short(text)})

    def _units(self, item_id: str) -> list[str]:
        if item_id == "own":
            return list(UNITS)
        if item_id.startswith("medicine:"):
            return ["day"]
        item = catalogue().item(item_id)
        return units_for(item.unit) if item else list(UNITS)

    def _entry(self, line: int, cells: dict[str, str]) -> tuple[Stock | None, list[RowProblem]]:
        problems: list[RowProblem] = []

        def clean(column: str, value: Any) -> Any:
            try:
                return clean_value("stock", column, value)
            except InvalidValue as error:
                problems.append(RowProblem(line, column, error.problem))
                return None

        item_id, problem = self._item(cells.get("item", ""), cells.get("name", ""))
        if problem:
            problems.append(RowProblem(line, "item", problem))
        name = clean("name", cells.get("name", ""))
        if item_id == "own" and name == "":
            problems.append(RowProblem(line, "name", Problem("required")))
        elif name and item_id and normalise_header(name) in self._known_names(item_id):
            name = ""  # the catalogue's or the medicine's own name, as export writes it
        quantity = clean("quantity", _amount_text(cells.get("quantity", ""), self.dialect))
        unit_text = cells.get("unit", "").strip()
        unit: str | None
        if not unit_text:
            unit = self._units(item_id)[0] if item_id and item_id != "own" else "pcs"
        else:
            unit = UNIT_ALIASES.get(unit_text.casefold())
            if unit is None:
                problems.append(RowProblem(line, "unit", Problem("unknown_unit",
                                                                 {"value": _short(unit_text)})))
            elif item_id and unit not in (allowed := self._units(item_id)):
                problems.append(RowProblem(line, "unit", Problem(
                    "unit_not_fitting", {"unit": unit, "allowed": allowed})))
        location = clean("location", cells.get("location", ""))
        expires = clean("expires", _expiry_text(cells.get("expires", "")))
        grab_bag = clean("grab_bag", _flag_text(cells.get("grab_bag", "")))
        hours = clean("hours", _amount_text(cells.get("hours", ""), self.dialect))
        notes = clean("notes", cells.get("notes", ""))
        added_text = cells.get("added", "").strip()
        added = clean("added", added_text) if added_text else self.today.isoformat()
        dont_remind = clean("dont_remind", _flag_text(cells.get("dont_remind", "")))
        if problems:
            return None, problems
        assert item_id is not None and unit is not None  # each None above came with a problem
        entry = Stock(None, item_id=item_id, name=name, quantity=quantity, unit=unit,
                      location=location, expires=expires, grab_bag=grab_bag, hours=hours,
                      added=added, dont_remind=dont_remind, notes=notes)
        try:
            return clean_record("stock", entry), []
        except InvalidValue as error:  # a rule on the whole record; the cells were each fine
            return None, [RowProblem(line, error.field_name, error.problem)]

    def _known_names(self, item_id: str) -> set[str]:
        item = catalogue().item(item_id)
        names = set(item.name.values()) if item else set()
        if self.medicines and item_id in self.medicines:
            names.add(self.medicines[item_id])
        return {normalise_header(name) for name in names}
