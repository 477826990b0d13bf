"""The whole household as one JSON document: the plain export, and the inside of a plan file.

``paraat export-json`` and "Save as JSON…" write this document unencrypted, so people can take
their data to any other program (the right to data portability, GDPR Art. 20). The encrypted
plan file (``plan_file.py``) holds exactly the same document, so one reader checks both.

The document (UTF-8, no BOM)::

    {
      "format": "paraat-household",    always this text
      "version": 1,                     the document's version; a newer Paraat may raise it
      "app": "Paraat 0.1.0",            the program that wrote it
      "saved": "2026-11-28T05:12:00+01:00",   when it was written (ISO 8601, local time)
      "household": {
        "home":  {one record},          the house: address, region, radio, shut-offs
        "plan":  {one record},          the out-of-area contact and where we can stay
        "meeting_places": [records],    ids "home", "near", "neighbourhood", "town"
        "help_points": [records],       ids "emergency_point", "fire_station", "town_hall", "gp", "hospital"
        "roles": [records],             ids "gas", "water", "power", "pets", "grab_bag",
                                        "neighbours"; "person" does that task
        "scenarios": [records],         ids "power", "water", "evacuation", "shelter",
                                        "heat", "networks"; "agreement" is what we agreed
        "members": [records],           the people in the house
        "medicines": [records],         "member_id" is the member who takes it
        "pets": [records],
        "pickups": [records],           who fetches a child; "child_id" is a member
        "care": [records],              who needs extra help, and who gives it
        "documents": [records],         important papers: original and copy
        "contacts": [records],          family, neighbours, GP, ...
        "contact_phones": [records],    "contact_id" is the contact the number belongs to;
                                        "types" what else a phone said ("fax", "pager",
                                        "text"; may be left out)
        "checks": [records],            who looks in on whom: "member_checks" means the
                                        member looks in on the contact, "contact_checks"
                                        the other way round
        "devices": [records],           devices that need power; "member_id" is the member
                                        who uses it (may be left out)
        "not_needed": [records],        kit items this household does not need: "item_id"
                                        a kit catalogue item, "reason" why (may be left out)
        "to_buy": [records]             things to buy that the kit catalogue does not list;
                                        "origin" is "own", "practice" or "check" (may be
                                        left out)
      },
      "stock": [records],               the emergency kit: "item_id" is a kit catalogue
                                        item, "medicine:<id>" a medicine, or "own"
      "kit": {                          how the kit is measured (may be left out):
        "hours": 72,                    the horizon: how many hours the kit must last
                                        (24 to 672)
        "last_check": "2026-03-01"      when the kit was last checked ("" = never)
      }
    }

Every record is an object with an ``"id"`` and one key per field, named as in
``app/core/records.py`` (that module's dataclasses are the field list and their rules, e.g.
lengths). Values are text, whole numbers, decimal numbers or ``null`` (a stock entry without
burn hours). Dates are ISO text ("2027-03-31"); a best-before may be a month ("2027-03").
Yes/no fields are 1 or 0. Choices are stored codes (``age_group`` "baby", "child", "adult",
"senior"; ``category`` "gp", "neighbour", ...). Empty text is "".

Reading is careful, because a plan file may come from anywhere: the size is capped, nesting
is bounded before parsing, duplicate keys, NaN and Infinity are refused, every record goes
through the same field rules as the database, ids must be unique and links must point at an
existing record. Nothing is stored here; ``ImportRefused`` says what is wrong.

Longer than 400 lines on purpose: the writer and the strict reader of one document format,
described once above, stay together.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import os
from dataclasses import dataclass
from typing import Any

from app import APP_NAME, __version__
from app.core.fields import Date, InvalidValue, Problem
from app.core.household import Household
from app.core.kit import DEFAULT_HOURS, MAX_DAYS, MIN_DAYS
from app.core.records import Stock, clean_record, kind_of, too_many
from app.exchange.files import ImportRefused, write_atomic

FORMAT = "paraat-household"
VERSION = 1
MAX_MB = 20
MAX_BYTES = MAX_MB * 1024 * 1024
MAX_DEPTH = 8  # document → household → list → record is 4 deep

# (key in the document, record kind, how the Household holds it: "one", "list" or "dict")
SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("home", "home", "one"),
    ("plan", "plan", "one"),
    ("meeting_places", "meeting_place", "dict"),
    ("help_points", "help_point", "dict"),
    ("roles", "role", "dict"),
    ("scenarios", "scenario", "dict"),
    ("members", "member", "list"),
    ("medicines", "medicine", "list"),
    ("pets", "pet", "list"),
    ("pickups", "pickup", "list"),
    ("care", "care", "list"),
    ("documents", "document", "list"),
    ("contacts", "contact", "list"),
    ("contact_phones", "contact_phone", "list"),
    ("checks", "check", "list"),
    ("devices", "device", "list"),
    ("not_needed", "not_needed", "list"),
    ("to_buy", "to_buy", "list"),
)
_ATTRIBUTES = {
    "home": "home", "plan": "plan", "meeting_places": "meeting_places", "help_points": "help_points",
    "roles": "roles", "scenarios": "scenarios", "members": "members", "medicines": "medicines", "pets": "pets",
    "pickups": "pickups", "care": "care", "documents": "documents", "contacts": "contacts",
    "contact_phones": "phones", "checks": "checks", "devices": "devices", "not_needed": "not_needed",
    "to_buy": "to_buy",
}


@dataclass(frozen=True)
class KitSettings:
    """The kit's horizon in hours and the date of its last check (ISO, '' when never)."""

    hours: float = DEFAULT_HOURS
    last_check: str = ""


@dataclass(frozen=True)
class PlanContents:
    """A household read from a document, checked and ready for ``Repository.replace_all``."""

    household: Household
    stock: list[Stock]
    saved: str = ""  # when the document was written (ISO text as found), '' when unknown
    app: str = ""
    kit: KitSettings | None = None  # None when the document does not say

    @property
    def saved_at(self) -> dt.datetime | None:
        try:
            return dt.datetime.fromisoformat(self.saved)
        except ValueError:
            return None


def _refuse(code: str, **params: Any) -> ImportRefused:
    return ImportRefused(Problem(code, params))


# --- writing -----------------------------------------------------------------------------------


def _record_dict(record: Any) -> dict[str, Any]:
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}


def build_document(household: Household, stock: list[Stock], saved: dt.datetime | None = None,
                   kit: KitSettings | None = None) -> dict[str, Any]:
    """The document for this household and kit (see the module docstring)."""
    saved = saved or dt.datetime.now().astimezone()
    body: dict[str, Any] = {}
    for key, _kind, shape in SECTIONS:
        value = getattr(household, _ATTRIBUTES[key])
        if shape == "one":
            body[key] = _record_dict(value)
        elif shape == "dict":
            body[key] = [_record_dict(record) for record in value.values()]
        else:
            body[key] = [_record_dict(record) for record in value]
    document = {
        "format": FORMAT,
        "version": VERSION,
        "app": f"{APP_NAME} {__version__}",
        "saved": saved.isoformat(timespec="seconds"),
        "household": body,
        "stock": [_record_dict(entry) for entry in stock],
    }
    if kit is not None:
        document["kit"] = {"hours": kit.hours, "last_check": kit.last_check}
    return document


def document_bytes(household: Household, stock: list[Stock], saved: dt.datetime | None = None,
                   kit: KitSettings | None = None) -> bytes:
    """The document as UTF-8 JSON text, indented so people can read it."""
    text = json.dumps(build_document(household, stock, saved, kit), ensure_ascii=False,
                      indent=2, allow_nan=False)
    return (text + "\n").encode("utf-8")


def write_json(path: str | os.PathLike[str], household: Household, stock: list[Stock],
               kit: KitSettings | None = None) -> int:
    """Write the plain JSON export atomically; returns the number of bytes written."""
    data = document_bytes(household, stock, kit=kit)
    write_atomic(path, data)
    return len(data)


# --- reading -----------------------------------------------------------------------------------


def _nesting_depth(text: str, limit: int) -> int:
    """How deep ``[`` and ``{`` nest outside strings; stops counting past ``limit``.

    Python's json parser recurses, so a document of a million ``[`` ends in RecursionError;
    this linear scan refuses such a document before it is parsed.
    """
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    return deepest
        elif char in "]}":
            depth -= 1
    return deepest


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _refuse("content_duplicate_key", key=key[:40])
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise _refuse("content_not_a_number", value=name)


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):  # 1e999 parses as infinity
        raise _refuse("content_not_a_number", value=text[:40])
    return number


def parse_json(data: bytes) -> Any:
    """JSON text parsed safely: size, UTF-8, nesting, duplicate keys, NaN; or ImportRefused."""
    if len(data) > MAX_BYTES:
        raise _refuse("too_large", max_mb=MAX_MB)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise _refuse("content_not_json") from None
    if _nesting_depth(text, MAX_DEPTH) > MAX_DEPTH:
        raise _refuse("content_too_deep", max=MAX_DEPTH)
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant,
                          parse_float=_finite)
    except (ValueError, RecursionError):  # JSONDecodeError; an int of more than 4,300 digits
        raise _refuse("content_not_json") from None


def read_document(data: bytes) -> PlanContents:
    """A whole document read and checked; raises ImportRefused and stores nothing."""
    document = parse_json(data)
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _refuse("content_not_paraat")
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _refuse("content_not_paraat")
    if version > VERSION:
        raise _refuse("plan_too_new")
    body = document.get("household")
    stock = document.get("stock", [])
    if not isinstance(body, dict) or not isinstance(stock, list):
        raise _refuse("content_not_paraat")
    unknown = set(body) - {key for key, _, _ in SECTIONS}
    if unknown:
        raise _refuse("content_unknown_part", part=sorted(unknown)[0][:40])
    kit = _read_kit(document.get("kit"))
    saved, app = document.get("saved", ""), document.get("app", "")
    contents = _Reader().read(body, stock, saved if isinstance(saved, str) else "",
                              app if isinstance(app, str) else "")
    return dataclasses.replace(contents, kit=kit)


def _read_kit(raw: Any) -> KitSettings | None:
    """The optional "kit" part: a horizon within the kit page's range and a real date."""
    if raw is None:
        return None

    def refuse(field: str, reason: Problem) -> ImportRefused:
        return _refuse("content_record", section="kit", number=1, field=field, reason=reason)

    if not isinstance(raw, dict):
        raise refuse("", Problem("content_not_a_record"))
    extra = set(raw) - {"hours", "last_check"}
    if extra:
        raise refuse(sorted(extra)[0][:40], Problem("content_unknown_field"))
    hours = raw.get("hours", DEFAULT_HOURS)
    low, high = MIN_DAYS * 24, MAX_DAYS * 24
    if isinstance(hours, bool) or not isinstance(hours, int | float):
        raise refuse("hours", Problem("not_a_number"))
    if not low <= hours <= high:
        raise refuse("hours", Problem("out_of_range", {"min": low, "max": high}))
    last_check = raw.get("last_check", "")
    if not isinstance(last_check, str):
        raise refuse("last_check", Problem("content_not_a_value"))
    try:
        last_check = Date().clean(last_check)
    except InvalidValue as error:
        raise refuse("last_check", error.problem) from None
    return KitSettings(float(hours), last_check)


class _Reader:
    """Turns the parsed sections into checked records, section by section."""

    def read(self, body: dict[str, Any], stock: list[Any], saved: str, app: str) -> PlanContents:
        values: dict[str, Any] = {}
        self.ids: dict[str, set[Any]] = {}
        for key, kind, shape in SECTIONS:
            raw = body.get(key)
            if shape == "one":
                raw = [raw] if raw is not None else []
            elif raw is None:
                raw = []
            if not isinstance(raw, list):
                raise _refuse("content_not_paraat")
            records = self.records(key, kind, raw)
            if shape == "one":
                values[_ATTRIBUTES[key]] = records[0] if records else kind_of(kind).cls()
            elif shape == "dict":
                values[_ATTRIBUTES[key]] = {record.id: record for record in records}
            else:
                values[_ATTRIBUTES[key]] = records
        entries = self.records("stock", "stock", stock)
        return PlanContents(Household(**values), entries, saved[:40], app[:60])

    def records(self, section: str, kind_name: str, raw: list[Any]) -> list[Any]:
        kind = kind_of(kind_name)
        fields = {f.name: f for f in dataclasses.fields(kind.cls)}
        records: list[Any] = []
        seen: set[Any] = set()
        per_parent: dict[Any, int] = {}
        for number, item in enumerate(raw, start=1):
            if not isinstance(item, dict):
                raise _refuse("content_record", section=section, number=number, field="",
                              reason=Problem("content_not_a_record"))
            extra = set(item) - set(fields)
            if extra:
                raise _refuse("content_record", section=section, number=number,
                              field=sorted(extra)[0][:40], reason=Problem("content_unknown_field"))
            for name, value in item.items():
                if value is not None and not isinstance(value, str | int | float):
                    raise _refuse("content_record", section=section, number=number, field=name,
                                  reason=Problem("content_not_a_value"))
            record_id = self.record_id(section, number, kind, item.get("id"))
            if record_id in seen:
                raise _refuse("content_record", section=section, number=number, field="id",
                              reason=Problem("conflict"))
            seen.add(record_id)
            values = {name: item[name] for name in fields if name in item and name != "id"}
            try:
                record = clean_record(kind_name, kind.cls(id=record_id, **values))
            except InvalidValue as error:
                raise _refuse("content_record", section=section, number=number,
                              field=error.field_name, reason=error.problem) from None
            self.check_links(section, number, kind_name, record)
            parent = getattr(record, kind.parent[0]) if kind.parent else None
            try:
                too_many(kind_name, per_parent.get(parent, 0))
            except InvalidValue as error:
                raise _refuse("content_record", section=section, number=number, field="",
                              reason=error.problem) from None
            per_parent[parent] = per_parent.get(parent, 0) + 1
            records.append(record)
        self.ids[kind_name] = seen
        self.check_unique_pairs(section, kind_name, records)
        return records

    @staticmethod
    def record_id(section: str, number: int, kind: Any, value: Any) -> Any:
        if kind.is_fixed:
            if value not in kind.fixed_ids or isinstance(value, bool):
                raise _refuse("content_record", section=section, number=number, field="id",
                              reason=Problem("not_an_option", {"value": str(value)[:40]}))
            return value
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 2**62:
            raise _refuse("content_record", section=section, number=number, field="id",
                          reason=Problem("content_bad_id"))
        return value

    def check_links(self, section: str, number: int, kind_name: str, record: Any) -> None:
        """A medicine's member, a phone's contact, a check's member and contact must exist."""
        kind = kind_of(kind_name)
        for link in (kind.parent, kind.also_parent):
            if link is None:
                continue
            field_name, parent_kind = link
            if getattr(record, field_name) not in self.ids.get(parent_kind, set()):
                raise _refuse("content_record", section=section, number=number,
                              field=field_name, reason=Problem("content_missing_link"))

    @staticmethod
    def check_unique_pairs(section: str, kind_name: str, records: list[Any]) -> None:
        """What the database keeps unique: one pickup per child, one check per pair, one
        "not needed" per kit item."""
        keys: set[Any] = set()
        for number, record in enumerate(records, start=1):
            if kind_name == "pickup":
                key: Any = record.child_id
            elif kind_name == "check":
                key = (record.contact_id, record.member_id, record.direction)
            elif kind_name == "not_needed":
                key = record.item_id
            else:
                return
            if key in keys:
                raise _refuse("content_record", section=section, number=number, field="",
                              reason=Problem("conflict"))
            keys.add(key)
