"""Reading and writing the household, one transaction per user action.

Every public method that changes data runs in its own transaction and returns only when the
change is durable. Values are cleaned by the core rules before they reach SQL, so nothing
invalid is ever stored, whichever door (GUI, command line, import) it came through.

Every record row carries a checksum (``checksums.py``), kept right by each write in the same
transaction and compared on every read (``damage.py``: ``damaged()``, ``verify_all()``,
``accept_as_is()``).
"""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
import functools
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from app.core.fields import InvalidValue, Problem
from app.core.household import Household
from app.core.records import (
    KINDS,
    Home,
    Kind,
    Plan,
    clean_record,
    clean_value,
    kind_of,
    too_many,
)
from app.storage import checksums
from app.storage.damage import DamagedRecord, DamageTracking
from app.storage.database import open_database, put_setting, read_setting, transaction

if TYPE_CHECKING:
    from app.core.supplies import Tally

__all__ = ["DamagedRecord", "Repository", "Snapshot"]

# Records deleted together with a parent (foreign keys with ON DELETE CASCADE): for each
# parent kind, the child kinds and the field that points at the parent.
_CHILDREN: dict[str, list[tuple[Kind, str]]] = {}
for _kind in KINDS.values():
    for _link in (_kind.parent, _kind.also_parent):
        if _link:
            _CHILDREN.setdefault(_link[1], []).append((_kind, _link[0]))


F = TypeVar("F", bound=Callable[..., Any])


def _family(kind_name: str) -> set[str]:
    """A kind and every kind a delete of it takes along (foreign key cascades)."""
    found, todo = set(), [kind_name]
    while todo:
        name = todo.pop()
        if name not in found:
            found.add(name)
            todo += [child.name for child, _ in _CHILDREN.get(name, [])]
    return found


def _writes(kinds: Callable[..., Iterable[str]]) -> Callable[[F], F]:
    """A write that changes only the tables of ``kinds(*arguments)``: the other tables the
    repository keeps stay kept (a contact's name does not make 20,000 stock entries be read
    again). Any other write, and any write past these methods, drops them all."""
    def wrap(method: F) -> F:
        @functools.wraps(method)
        def run(self: Repository, *args: Any, **kwargs: Any) -> Any:
            before = self.data_stamp() if self._lists else None
            try:
                return method(self, *args, **kwargs)
            finally:
                if before is not None:
                    self._keep_others(before, set(kinds(*args, **kwargs)))
        return cast(F, run)
    return wrap


@functools.cache
def _record_maker(cls: type, columns: tuple[str, ...]) -> Callable[[Any], Any]:
    """How a row of ``columns`` becomes a record: by position when the columns are the
    dataclass's fields in order (every kind: a quarter of the time of reading 20,000 stock
    entries, issue 20), else by name."""
    fields = dataclasses.fields(cls)
    if tuple(field.name for field in fields) == columns and all(field.init for field in fields):
        return lambda row: cls(*row)
    return lambda row: cls(**dict(zip(columns, row, strict=True)))


@dataclasses.dataclass(frozen=True)
class Snapshot:
    """A deleted record with its dependants, enough to put everything back."""

    kind: str
    record: Any
    dependants: tuple[tuple[str, Any], ...] = ()


class Repository(DamageTracking):
    """The household's data in one SQLite file."""

    def __init__(self, connection: sqlite3.Connection, path: Path | str = ":memory:") -> None:
        self.connection = connection
        self.path = path
        self._init_damage_tracking()
        self._lists: dict[str, tuple[tuple[int, int], builtins.list[Any]]] = {}
        """Whole tables as last read (kind → (data_stamp, records)): read once per change."""
        self._snapshot = 0  # inside household()'s read transaction: the cache may be used

    @classmethod
    def open(cls, path: Path | str) -> Repository:
        return cls(open_database(path), path)

    def close(self) -> None:
        self.connection.close()
        self.closed = True

    closed = False
    """After ``close``: nothing may read or write through this repository any more."""

    # --- reading ------------------------------------------------------------------------------

    def _select(self, kind: Kind, where: str = "", params: Iterable[Any] = ()) -> list[Any]:
        names = kind.field_names()
        make = _record_maker(kind.cls, ("id", *names))
        rows = checksums.read_rows(self.connection, kind.table, names, where, params, kind.order_by)
        records = []
        for row in rows:
            if self._verify(kind, row, names):
                records.append(make(row[:-1]))
            else:
                values = checksums.readable_values(kind, dict(zip(names, row[1:-1], strict=True)))
                records.append(kind.cls(id=row[0], **values))
        return records

    def list(self, kind_name: str, parent_id: int | None = None) -> list[Any]:
        """All records of a kind (of one parent, when given)."""
        kind = kind_of(kind_name)
        if parent_id is not None and kind.parent:
            return self._select(kind, f"{kind.parent[0]} = ?", (parent_id,))
        return builtins.list(self._whole(kind))

    def data_stamp(self) -> tuple[int, int]:
        """Changes whenever the data may have changed: a write through this connection (its
        ``total_changes``) or a commit by another one (``PRAGMA data_version``)."""
        version = self.connection.execute("PRAGMA data_version").fetchone()[0]
        return self.connection.total_changes, int(version)

    def forget_cached(self) -> None:
        """Read every table again next time (after a change this connection cannot see, such
        as a backup copied into the file)."""
        self._lists.clear()
        self._forgotten += 1

    _forgotten = 0
    """How often ``forget_cached`` ran: a check in steps across it keeps nothing it read."""

    def _keep_others(self, before: tuple[int, int], changed: set[str]) -> None:
        """After a write that changed only ``changed`` kinds: the tables read before it that it
        did not touch are still current (unless another connection wrote meanwhile)."""
        after = self.data_stamp()
        if after[1] != before[1]:
            return
        for name, (stamp, records) in builtins.list(self._lists.items()):
            if stamp == before and name not in changed:
                self._lists[name] = (after, records)

    def _whole(self, kind: Kind) -> builtins.list[Any]:
        """A whole table, read (and its rows verified) once per change and then shared.

        Not inside a write transaction: what it reads there may still be rolled back."""
        if not isinstance(self.connection, sqlite3.Connection) or (
                self.connection.in_transaction and not self._snapshot):
            return self._select(kind)  # (a connection it cannot watch is never cached)
        stamp = self.data_stamp()
        cached = self._lists.get(kind.name)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        records = self._select(kind)
        self._lists[kind.name] = (stamp, records)
        return records

    def _stamp(self) -> Any:
        if not isinstance(self.connection, sqlite3.Connection) or self.connection.in_transaction:
            return None
        return self._forgotten, self.data_stamp()

    def _swept(self, kind: Kind, stamp: Any, rows: builtins.list[tuple[Any, ...]]) -> None:
        """Keep the table the check after start read in steps, as ``_whole`` would have read
        it: the records in the kind's order (asked of SQLite: ids only), damaged ones made
        safe to show (issue 20: the kit page's first show need not read 20,000 entries)."""
        order = [row[0] for row in self.connection.execute(
            f"SELECT id FROM {kind.table} ORDER BY {kind.order_by}").fetchall()]
        by_id = {row[0]: row for row in rows}
        if len(by_id) != len(rows) or set(order) != by_id.keys():
            return  # (ids that do not read the same twice: damage; ``_whole`` reads it itself)
        names = kind.field_names()
        make = _record_maker(kind.cls, ("id", *names))
        damaged = {key[1] for key in self._damaged if key[0] == kind.name}
        records = []
        for record_id in order:
            row = by_id[record_id]
            if record_id in damaged:
                values = checksums.readable_values(kind, dict(zip(names, row[1:-1], strict=True)))
                records.append(kind.cls(id=record_id, **values))
            else:
                records.append(make(row[:-1]))
        self._lists[kind.name] = (stamp[1], records)

    def _verified_ids(self, kind: Kind) -> set[Any] | None:
        """The ids of ``kind``'s table when it is kept and still current (read and verified
        once since the last change), else None: ``verify_all`` need not read it again."""
        if not isinstance(self.connection, sqlite3.Connection) or self.connection.in_transaction:
            return None
        cached = self._lists.get(kind.name)
        if cached is None or cached[0] != self.data_stamp():
            return None
        return {record.id for record in cached[1]}

    def stock_tallies(self) -> builtins.list[Tally] | None:
        """The stock entries added up per item, unit, date, burning hours and "do not remind",
        from schema 11's covering index: a few hundred sums instead of 20,000 entries (issue 20).

        The entries are not read, so not compared with their checksums here: the check of
        every row after start does that (and the kit page reads them). None when a sum holds a
        value no entry may have (damage): then the entries must be read after all."""
        from app.core.supplies import Tally  # the kit catalogue: only where the kit is wanted

        try:
            rows = self.connection.execute(
                "SELECT item_id, unit, expires, hours, dont_remind, total(quantity), count(*), "
                "max(typeof(quantity) <> 'real' OR quantity < 0.001 OR quantity > 1000000 "
                "OR round(quantity, 3) <> quantity) "
                "FROM stock GROUP BY item_id, unit, expires, hours, dont_remind").fetchall()
        except sqlite3.DatabaseError as error:  # text that is not UTF-8 any more, a bad page
            if checksums.is_decode_error(error) or checksums.is_malformed(error):
                return None
            raise
        tallies = []
        for item_id, unit, expires, hours, dont_remind, quantity, entries, odd in rows:
            if odd:  # a quantity no entry may have: the entries' reading makes it safe
                return None
            try:
                cleaned = [clean_value("stock", name, value) for name, value in (
                    ("item_id", item_id), ("unit", unit), ("expires", expires), ("hours", hours),
                    ("dont_remind", dont_remind))]
            except (InvalidValue, TypeError, ValueError):
                return None
            if cleaned != [item_id, unit, expires, hours, dont_remind] or not (
                    isinstance(quantity, float) and quantity > 0):
                return None
            tallies.append(Tally(item_id, unit, expires, hours, dont_remind, quantity, entries))
        return tallies

    def get(self, kind_name: str, record_id: Any) -> Any | None:
        records = self._select(kind_of(kind_name), "id = ?", (record_id,))
        return records[0] if records else None

    def count(self, kind_name: str) -> int:
        table = kind_of(kind_name).table
        found: int = self.connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        return found

    def household(self) -> Household:
        """Everything, read in one consistent snapshot."""
        with self._reading(), self._in_snapshot():
            # one home and one plan row (id 1), made with the schema and never deleted
            return Household(
                home=cast(Home, self.get("home", 1)),
                members=self.list("member"),
                medicines=self.list("medicine"),
                pets=self.list("pet"),
                plan=cast(Plan, self.get("plan", 1)),
                meeting_places={r.id: r for r in self.list("meeting_place")},
                help_points={r.id: r for r in self.list("help_point")},
                pickups=self.list("pickup"),
                care=self.list("care"),
                roles={r.id: r for r in self.list("role")},
                documents=self.list("document"),
                scenarios={r.id: r for r in self.list("scenario")},
                contacts=self.list("contact"),
                phones=self.list("contact_phone"),
                checks=self.list("check"),
                devices=self.list("device"),
                not_needed=self.list("not_needed"),
                to_buy=self.list("to_buy"),
            )

    @contextlib.contextmanager
    def _in_snapshot(self) -> Iterator[None]:
        self._snapshot += 1
        try:
            yield
        finally:
            self._snapshot -= 1

    def is_empty(self) -> bool:
        """True when no household data has been entered yet (settings do not count)."""
        if any(self.count(kind.name) for kind in KINDS.values() if not kind.is_fixed):
            return False
        return all(self._fixed_rows_empty(kind.name) for kind in KINDS.values() if kind.is_fixed)

    def _fixed_rows_empty(self, kind_name: str) -> bool:
        kind = kind_of(kind_name)
        blank = kind.cls()
        return all(
            dataclasses.replace(record, id=blank.id) == blank for record in self.list(kind_name)
        )

    # --- writing ------------------------------------------------------------------------------

    @_writes(lambda kind_name, *_, **__: [kind_name])
    def set_field(self, kind_name: str, record_id: Any, field_name: str, value: Any) -> Any:
        """Change one field of one record; returns the stored (cleaned) value."""
        kind = kind_of(kind_name)
        if kind.parent and field_name == kind.parent[0]:
            raise KeyError("a record's parent cannot be changed")
        cleaned = clean_value(kind_name, field_name, value)
        with self._writing():
            self._keep_signed(kind, [record_id])
            cursor = self.connection.execute(
                f"UPDATE {kind.table} SET {field_name} = ? WHERE id = ?", (cleaned, record_id)
            )
            if cursor.rowcount != 1:
                raise LookupError(f"{kind_name} {record_id!r} does not exist")
        return cleaned

    def _insert(self, kind: Kind, record: Any, keep_id: bool, sign: bool = True) -> int:
        """Insert a row; it is signed before COMMIT unless ``sign`` is False (it stays damaged)."""
        names = kind.field_names()
        if keep_id:
            names = ["id", *names]
        values = [getattr(record, name) for name in names]
        placeholders = ", ".join("?" for _ in names)
        cursor = self.connection.execute(
            f"INSERT INTO {kind.table} ({', '.join(names)}) VALUES ({placeholders})", values
        )
        new_id = int(cursor.lastrowid)
        if sign:
            self._pending.setdefault(kind.name, []).append(record.id if keep_id else new_id)
        return new_id

    def _check_room(self, kind: Kind, record: Any) -> None:
        if kind.parent:
            parent_field = kind.parent[0]
            count = self.connection.execute(
                f"SELECT COUNT(*) FROM {kind.table} WHERE {parent_field} = ?",
                (getattr(record, parent_field),),
            ).fetchone()[0]
        else:
            count = self.count(kind.name)
        too_many(kind.name, count)

    @_writes(lambda kind_name, *_, **__: [kind_name])
    def add(self, kind_name: str, record: Any) -> Any:
        """Store a new record; returns it with its id."""
        kind = kind_of(kind_name)
        if kind.is_fixed:
            raise TypeError(f"{kind_name} has fixed rows; use set_field")
        record = clean_record(kind_name, record)
        with self._writing():
            self._check_room(kind, record)
            if kind.name == "member" and not record.position:
                top = self.connection.execute("SELECT COALESCE(MAX(position), 0) FROM member")
                record = dataclasses.replace(record, position=top.fetchone()[0] + 1)
            try:
                new_id = self._insert(kind, record, keep_id=False)
            except sqlite3.IntegrityError as error:
                raise InvalidValue(Problem("conflict", {"detail": str(error)})) from error
        return dataclasses.replace(record, id=new_id)

    @_writes(lambda kind_name, *_, **__: _family(kind_name))
    def delete(self, kind_name: str, record_id: Any) -> Snapshot:
        """Delete a record and its dependants; returns what is needed to undo it."""
        kind = kind_of(kind_name)
        if kind.is_fixed:
            raise TypeError(f"{kind_name} rows cannot be deleted")
        with transaction(self.connection):
            record = self.get(kind_name, record_id)
            if record is None:
                raise LookupError(f"{kind_name} {record_id!r} does not exist")
            dependants = self._dependants(kind_name, record_id)
            self.connection.execute(f"DELETE FROM {kind.table} WHERE id = ?", (record_id,))
        snapshot = Snapshot(kind_name, record, dependants)
        self._forget_deleted([snapshot])
        return snapshot

    def _dependants(self, kind_name: str, record_id: Any) -> tuple[tuple[str, Any], ...]:
        """The records a delete of this one takes with it (by foreign key cascade)."""
        return tuple(
            (child.name, child_record)
            for child, field_name in _CHILDREN.get(kind_name, [])
            for child_record in self._select(child, f"{field_name} = ?", (record_id,))
        )

    def delete_many(self, kind_name: str, record_ids: Iterable[Any]) -> builtins.list[Snapshot]:
        """Delete several records in one transaction (undo of an import); returns snapshots."""
        kind = kind_of(kind_name)
        snapshots = []
        with transaction(self.connection):
            for record_id in record_ids:
                record = self.get(kind_name, record_id)
                if record is None:
                    continue
                dependants = self._dependants(kind_name, record_id)
                self.connection.execute(f"DELETE FROM {kind.table} WHERE id = ?", (record_id,))
                snapshots.append(Snapshot(kind_name, record, dependants))
        self._forget_deleted(snapshots)
        return snapshots

    def restore_many(self, snapshots: Iterable[Snapshot]) -> None:
        """Put back several deleted records in one transaction."""
        snapshots = list(snapshots)
        with self._writing():
            for snapshot in snapshots:
                for kind_name, record in ((snapshot.kind, snapshot.record), *snapshot.dependants):
                    self._insert(kind_of(kind_name), record, keep_id=True,
                                 sign=not self._was_damaged(kind_name, record))
        self._remember_restored(snapshots)

    def restore(self, snapshot: Snapshot) -> None:
        """Put back a deleted record and its dependants, with their old ids."""
        self.restore_many([snapshot])

    @_writes(lambda *_, **__: ["member"])
    def move_member(self, member_id: int, offset: int) -> bool:
        """Move a member up (-1) or down (+1) in the list; False at either end."""
        with self._writing():
            self._keep_signed(kind_of("member"))
            ids = [row[0] for row in self.connection.execute("SELECT id FROM member ORDER BY position, id")]
            if member_id not in ids:
                raise LookupError(f"member {member_id} does not exist")
            index = ids.index(member_id)
            other = index + offset
            if not 0 <= other < len(ids):
                return False
            ids[index], ids[other] = ids[other], ids[index]
            for position, row_id in enumerate(ids, start=1):
                self.connection.execute("UPDATE member SET position = ? WHERE id = ?", (position, row_id))
        return True

    def add_many(self, records: Iterable[tuple[str, Any]],
                 updates: Iterable[tuple[str, Any, str, Any]] = ()) -> builtins.list[Any]:
        """Store new records and field changes in one transaction (all or nothing).

        ``updates`` are (kind, id, field, value) changes to existing rows.
        """
        cleaned_updates = [
            (kind_of(kind_name), record_id, field_name, clean_value(kind_name, field_name, value))
            for kind_name, record_id, field_name, value in updates
        ]
        stored = []
        with self._writing():
            for kind_name, record in records:
                kind = kind_of(kind_name)
                record = clean_record(kind_name, record)
                self._check_room(kind, record)
                new_id = self._insert(kind, record, keep_id=False)
                stored.append(dataclasses.replace(record, id=new_id))
            for kind, record_id, field_name, value in cleaned_updates:
                if field_name not in kind.field_names():
                    raise KeyError(field_name)
                self._keep_signed(kind, [record_id])
                self.connection.execute(
                    f"UPDATE {kind.table} SET {field_name} = ? WHERE id = ?", (value, record_id)
                )
        return stored

    def add_contacts(self, pairs: Iterable[tuple[Any, Iterable[Any]]]) -> builtins.list[Any]:
        """Store new contacts, each with its phone numbers, in one transaction (all or nothing).

        ``pairs`` are (Contact, [ContactPhone]); each phone is stored under the new id of the
        contact it comes with (its own ``contact_id`` is ignored). Returns the stored contacts.
        """
        contact_kind, phone_kind = kind_of("contact"), kind_of("contact_phone")
        cleaned = [
            (clean_record("contact", contact),
             [clean_record("contact_phone", dataclasses.replace(phone, contact_id=1))
              for phone in phones])
            for contact, phones in pairs
        ]
        stored = []
        with self._writing():
            for contact, phones in cleaned:
                self._check_room(contact_kind, contact)
                contact_id = self._insert(contact_kind, contact, keep_id=False)
                for phone in phones:
                    phone = dataclasses.replace(phone, contact_id=contact_id)
                    self._check_room(phone_kind, phone)
                    self._insert(phone_kind, phone, keep_id=False)
                stored.append(dataclasses.replace(contact, id=contact_id))
        return stored

    def replace_all(self, household: Household, stock: Iterable[Any] = (),
                    settings: Mapping[str, str] | None = None) -> None:
        """Replace every household record (and the kit's stock) in one transaction.

        ``settings`` (key → value, such as the kit's horizon and last check from a plan file)
        are stored in that same transaction: all of it is stored, or nothing is.
        """
        cleaned: list[tuple[Kind, Any, bool]] = []
        for kind_name, records in [*_records_of(household), ("stock", list(stock))]:
            kind = kind_of(kind_name)
            for record in records:
                cleaned.append((kind, clean_record(kind_name, record), True))
        with transaction(self.connection):
            for kind in reversed(list(KINDS.values())):
                if not kind.is_fixed:
                    self.connection.execute(f"DELETE FROM {kind.table}")
                else:  # fixed rows the new household leaves out must not keep old answers
                    blank = kind.cls()
                    names = kind.field_names()
                    assignments = ", ".join(f"{name} = ?" for name in names)
                    self.connection.execute(
                        f"UPDATE {kind.table} SET {assignments}",
                        [getattr(blank, name) for name in names],
                    )
            for kind, record, _ in cleaned:
                if kind.is_fixed:
                    names = kind.field_names()
                    assignments = ", ".join(f"{name} = ?" for name in names)
                    self.connection.execute(
                        f"UPDATE {kind.table} SET {assignments} WHERE id = ?",
                        [*(getattr(record, name) for name in names), record.id],
                    )
                else:
                    self._check_room(kind, record)
                    self._insert(kind, record, keep_id=record.id is not None, sign=False)
            for kind in KINDS.values():  # every row is new: sign them all
                checksums.sign(self.connection, kind.table, kind.field_names())
            for key, value in (settings or {}).items():
                self._put_setting(key, value)
        if self._damaged or self._damaged_deleted:
            self._damaged.clear()
            self._damaged_deleted.clear()
            self._notify_damage()

    # --- settings -----------------------------------------------------------------------------

    def setting(self, key: str, default: str = "") -> str:
        return read_setting(self.connection, key, default)

    @_writes(lambda *_, **__: [])
    def set_setting(self, key: str, value: str) -> None:
        if not isinstance(self.connection, sqlite3.Connection):  # (one it cannot watch)
            with transaction(self.connection):
                self._put_setting(key, value)
            return
        before = self.connection.total_changes
        try:
            with transaction(self.connection):
                self._put_setting(key, value)
        finally:
            self._setting_changes += self.connection.total_changes - before

    _setting_changes = 0
    """Changes ``set_setting`` made through this connection (``record_stamp`` leaves them out)."""

    def record_stamp(self) -> tuple[int, int]:
        """``data_stamp`` without the changes of ``set_setting``: the window remembering its
        page or a section is no change of the household (issue 20: a page switch made every
        page work the kit out again). A setting the household chose (the kit's horizon) is
        read by whoever depends on it."""
        changes, version = self.data_stamp()
        return changes - self._setting_changes, version

    def _put_setting(self, key: str, value: str) -> None:
        """Store one setting inside the caller's transaction."""
        put_setting(self.connection, key, value)


def _records_of(household: Household) -> list[tuple[str, list[Any]]]:
    return [
        ("home", [household.home]),
        ("plan", [household.plan]),
        ("meeting_place", list(household.meeting_places.values())),
        ("help_point", list(household.help_points.values())),
        ("role", list(household.roles.values())),
        ("scenario", list(household.scenarios.values())),
        ("member", household.members),
        ("medicine", household.medicines),
        ("pet", household.pets),
        ("pickup", household.pickups),
        ("care", household.care),
        ("document", household.documents),
        ("contact", household.contacts),
        ("contact_phone", household.phones),
        ("check", household.checks),
        ("device", household.devices),
        ("not_needed", household.not_needed),
        ("to_buy", household.to_buy),
    ]
