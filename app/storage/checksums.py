"""A checksum per stored record, so that silent damage inside the file is noticed.

``PRAGMA integrity_check`` checks the file's structure, not its data: a flipped bit inside a
name or a date leaves a well-formed file (RELIABILITY.md §1.5d, D7). Every row of a record table
therefore carries a ``checksum`` column: the first 16 hex digits of the SHA-256 of the table
name, the row id and every field value, in a canonical JSON encoding (fields by name, so the
order of columns does not matter). A row whose checksum does not match its values was changed
outside Paraat: by damage on the disk, or by another program.

Checksums are always computed from values *as SQLite returns them* (the row is read back after
it is written), so column affinity can never make a good row look damaged. Only standard DB-API
calls are used (``execute``, ``executemany``, ``fetchall``), no SQLite-specific functions.

The ``settings`` table has no checksum: it holds preferences (language, window size, the last
page, the kit's horizon), every reader of a setting already falls back to a default for a value
it cannot use, and "restore a backup" would be out of proportion for a window size.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from app.core.fields import InvalidValue, Rule, Text
from app.core.phones import MAX_LENGTH as PHONE_LENGTH
from app.core.phones import Phone
from app.core.records import Kind

# SHA-256 from CPython's own module, not hashlib: ``import hashlib`` loads OpenSSL's libcrypto
# (3.3 MiB of memory at every start, issue 20) for the one hash Paraat needs at start. The
# digests are the same bytes (tests/storage/test_checksums.py compares them with hashlib's).
if TYPE_CHECKING:
    from hashlib import sha256 as sha256
elif sys.version_info >= (3, 12):
    from _sha2 import sha256
else:
    from _sha256 import sha256

COLUMN = "checksum"
DIGITS = 16
_CHUNK = 400  # ids per "WHERE id IN (...)": well under SQLite's 999-parameter minimum

# Fields that name a record for the user, in order of preference.
LABEL_FIELDS = ("name", "what", "species", "person", "number", "place", "first_person", "item_id")


def _blob(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):  # text turned into a blob by damage
        return {"blob": bytes(value).hex()}
    raise TypeError(f"cannot encode {type(value).__name__}")


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_blob)


def _value_encoder() -> Callable[[Any], str]:
    """``_ENCODER.encode`` for a row's values, without making a new C encoder at every call.

    ``JSONEncoder.encode`` builds its C encoder for each call; this builds it once, with the
    same arguments (no circular check: a row's values are flat). When the standard library's
    C encoder is missing or has changed, or gives other text for a test row, ``_ENCODER.encode``
    itself is used. Half the time of encoding 20,000 stock entries (issue 20).
    """
    from json import encoder

    make: Any = getattr(encoder, "c_make_encoder", None)
    if make is None:
        return _ENCODER.encode
    try:
        chunks = make(None, _blob, encoder.encode_basestring, None, ":", ",", False, False, True)
    except TypeError:
        return _ENCODER.encode

    def encode(value: Any) -> str:
        return "".join(chunks(value, 0))

    sample = ["Pasp\ud800ort ⚠ \"q\" \\", 1.5, 10**20, -0.0, None, True, b"\x00", 3]
    return encode if encode(sample) == _ENCODER.encode(sample) else _ENCODER.encode


_encode_values = _value_encoder()


@functools.lru_cache(maxsize=256)
def _layout(names: tuple[str, ...]) -> tuple[list[str], tuple[int, ...]]:
    order = tuple(sorted(range(len(names)), key=names.__getitem__))
    return [names[index] for index in order], order


@functools.lru_cache(maxsize=256)
def _parts(table: str, names: tuple[str, ...]) -> tuple[str, str, tuple[int, ...]]:
    """What a table's payloads share: '["table",', ',[sorted names],' and the values' order."""
    sorted_names, order = _layout(names)
    return f"[{_ENCODER.encode(table)},", f",{_ENCODER.encode(sorted_names)},", order


def checksum(table: str, row_id: Any, names: Sequence[str], values: Sequence[Any]) -> str:
    """The checksum of one row: table, id and every field value (not the checksum column).

    The SHA-256 of the JSON array ``[table, id, [names, sorted], [their values]]`` (compact,
    not ASCII-escaped). The array is written in parts, the table's once, which gives the same
    text as encoding it whole (a fifth quicker with 20,000 stock entries).
    """
    head, middle, order = _parts(table, tuple(names))
    ident = str(row_id) if type(row_id) is int else _ENCODER.encode(row_id)
    payload = f"{head}{ident}{middle}{_encode_values([values[index] for index in order])}]"
    return sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()[:DIGITS]


def field_columns(kind: Kind) -> list[str]:
    """The columns a record's checksum covers besides its id: the kind's fields."""
    return kind.field_names()


def table_columns(connection: Any, table: str) -> list[str]:
    """The columns a row's checksum covers in ``table`` as it is in the file (for migrations)."""
    return [row[1] for row in connection.execute(f"PRAGMA table_info({table})").fetchall()
            if row[1] not in ("id", COLUMN)]


def checked_tables(connection: Any) -> list[str]:
    """The tables in the file that have a checksum column."""
    names = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()]
    return [name for name in names
            if any(row[1] == COLUMN for row in connection.execute(f"PRAGMA table_info({name})"))]


# --- reading rows, even damaged ones ---------------------------------------------------------


def _decode(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).decode("utf-8", "replace")
    return value


def is_decode_error(error: Exception) -> bool:
    # sqlite3: OperationalError "Could not decode to UTF-8 column ..."; other drivers: Unicode…
    return isinstance(error, UnicodeDecodeError) or "decode" in str(error).lower()


def is_malformed(error: Exception) -> bool:
    return "malformed" in str(error).lower()


def _safe(name: str) -> str:
    """A column as stored, with text as bytes (decoded in Python, invalid UTF-8 replaced)."""
    return f"CASE WHEN typeof({name}) = 'text' THEN CAST({name} AS BLOB) ELSE {name} END"


def _select(connection: Any, table: str, columns: Sequence[str], tail: str,
            params: tuple[Any, ...], safe: bool) -> list[tuple[Any, ...]]:
    if not safe:
        sql = f"SELECT {', '.join(columns)} FROM {table}{tail}"
        return [tuple(row) for row in connection.execute(sql, params).fetchall()]
    sql = f"SELECT {', '.join(_safe(name) for name in columns)} FROM {table}{tail}"
    return [tuple(_decode(value) for value in row)
            for row in connection.execute(sql, params).fetchall()]


def read_rows(connection: Any, table: str, names: Sequence[str], where: str = "",
              params: Iterable[Any] = (), order_by: str = "",
              limit: int | None = None) -> list[tuple[Any, ...]]:
    """Rows as (id, *names, checksum), read so that one damaged row never hides the rest.

    Text that is no longer valid UTF-8 is read with replacement characters. When SQLite reports
    a row as malformed (damage ``quick_check`` does not see), the rows are read one by one and
    a value that cannot be read at all comes back as None: its checksum will not match.
    """
    columns = ["id", *names, COLUMN]
    where_sql = f" WHERE {where}" if where else ""
    order_sql = f" ORDER BY {order_by}" if order_by else ""
    if limit is not None:  # the first rows only (``order_by`` says which); at least one
        order_sql += f" LIMIT {max(1, int(limit))}"
    params = tuple(params)
    try:
        return _select(connection, table, columns, where_sql + order_sql, params, safe=False)
    except Exception as error:
        if not (is_decode_error(error) or is_malformed(error)):
            raise
        first = error
    try:
        return _select(connection, table, columns, where_sql + order_sql, params, safe=True)
    except Exception as error:
        if not is_malformed(error):
            raise first from None
    return _one_by_one(connection, table, columns, where_sql, order_sql, params, first)


def _one_by_one(connection: Any, table: str, columns: Sequence[str], where_sql: str,
                order_sql: str, params: tuple[Any, ...], first: Exception) -> list[tuple[Any, ...]]:
    rowids = None
    for tail in (where_sql + order_sql, where_sql):
        try:
            rowids = [row[0] for row in connection.execute(
                f"SELECT rowid FROM {table}{tail}", params).fetchall()]
            break
        except Exception as error:
            if not (is_decode_error(error) or is_malformed(error)):
                raise
    if rowids is None:
        raise first
    rows = []
    for rowid in rowids:
        try:
            rows.extend(_select(connection, table, columns, " WHERE rowid = ?", (rowid,), True))
            continue
        except Exception as error:
            if not is_malformed(error):
                raise
        row = []
        for name in columns:
            try:
                found = _select(connection, table, [name], " WHERE rowid = ?", (rowid,), True)
                row.append(found[0][0] if found else None)
            except Exception as error:
                if not is_malformed(error):
                    raise
                row.append(None)
        rows.append(tuple(row))
    return rows


def expected(table: str, names: Sequence[str], row: Sequence[Any]) -> str:
    """The checksum a row (id, *names[, checksum]) should carry."""
    return checksum(table, row[0], names, row[1:1 + len(names)])


def is_intact(table: str, names: Sequence[str], row: Sequence[Any]) -> bool:
    """True when a row (id, *names, checksum) matches its stored checksum."""
    stored: str | None = row[-1]
    return stored == expected(table, names, row)


def sign(connection: Any, table: str, names: Sequence[str],
         ids: Iterable[Any] | None = None) -> int:
    """Store the checksum of each row (every row when ``ids`` is None) from what is stored now.

    Call inside the transaction that wrote the rows. Returns the number of rows signed.
    """
    if ids is None:
        batches: list[list[Any] | None] = [None]
    else:
        wanted = list(dict.fromkeys(ids))
        batches = [wanted[start:start + _CHUNK] for start in range(0, len(wanted), _CHUNK)]
    signed = 0
    for batch in batches:
        if batch is None:
            rows = read_rows(connection, table, names)
        else:
            rows = read_rows(connection, table, names,
                             f"id IN ({', '.join('?' for _ in batch)})", batch)
        updates = [(digest, row[0]) for row in rows
                   if (digest := expected(table, names, row)) != row[-1]]
        if updates:
            connection.executemany(f"UPDATE {table} SET {COLUMN} = ? WHERE id = ?", updates)
        signed += len(rows)
    return signed


def intact_ids(connection: Any) -> dict[str, list[Any]]:
    """For every checked table, the ids of the rows whose checksum matches (for migrations)."""
    found = {}
    for table in checked_tables(connection):
        names = table_columns(connection, table)
        found[table] = [row[0] for row in read_rows(connection, table, names)
                        if is_intact(table, names, row)]
    return found


def sign_again(connection: Any, intact: dict[str, list[Any]]) -> None:
    """After a migration changed columns: sign the rows that were intact before it, again.

    Rows that were damaged before stay damaged; tables the migration dropped are skipped.
    """
    present = set(checked_tables(connection))
    for table, ids in intact.items():
        if table in present:
            sign(connection, table, table_columns(connection, table), ids)


# --- showing a damaged record -----------------------------------------------------------------


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _as_text(value: Any, limit: int) -> str:
    text = "" if value is None else _decode(value) if not isinstance(value, str) else value
    if not isinstance(text, str):
        text = str(text)
    return _CONTROL.sub("\ufffd", text)[:limit]


def readable(value: Any, rule: Rule, default: Any) -> Any:
    """A value of a damaged row in a form the app can show without failing.

    A value that still passes its field's rule is kept (cleaned). Text and phone numbers that do
    not are kept as text, control characters replaced and cut to length, so the user can see
    and judge them; other values (dates, numbers, choices) fall back to the field's default.
    """
    try:
        cleaned = rule.clean(_decode(value))
        if cleaned is not None or default is None:
            return cleaned
    except (InvalidValue, ValueError, TypeError, OverflowError):
        pass
    if isinstance(rule, Text):
        return _as_text(value, rule.max_length)
    if isinstance(rule, Phone):
        return _as_text(value, PHONE_LENGTH)
    return default


def readable_values(kind: Kind, values: dict[str, Any]) -> dict[str, Any]:
    """Every field of a damaged row made ``readable``."""
    result = {}
    for field in dataclasses.fields(kind.cls):
        if field.name in values:
            rule = field.metadata.get("rule", Rule())
            result[field.name] = readable(values[field.name], rule, field.default)
    return result


def label_of(values: dict[str, Any]) -> str:
    """A short name for a record, for the user: its name, what, species, ... or ''."""
    for name in LABEL_FIELDS:
        value = values.get(name)
        if isinstance(value, str) and value.strip():
            return _as_text(value.strip(), 60)
    return ""
