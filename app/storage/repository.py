"""Reading and writing the household, one transaction per user action.

Every public method that changes data runs in its own transaction and returns only when the
change is durable. Values are cleaned by the core rules before they reach SQL, so nothing
invalid is ever stored, whichever door (GUI, command line, import) it came through.

Every record row carries a checksum (``checksums.py``), kept right by each write in the same
transaction and compared on every read. A row that does not match is still returned (its
values made safe to show) and is listed by ``damaged()`` until it is deleted, replaced, or the
user keeps it as it is (``accept_as_is``). A change to a damaged row does not make it "good".
"""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from app.core.fields import InvalidValue, Problem
from app.core.household import Household
from app.core.records import KINDS, Kind, clean_record, clean_value, kind_of, too_many
from app.storage import checksums
from app.storage.database import open_database, transaction

# Records deleted together with a parent (foreign keys with ON DELETE CASCADE): for each
# parent kind, the child kinds and the field that points at the parent.
_CHILDREN: dict[str, list[tuple[Kind, str]]] = {}
for _kind in KINDS.values():
    for _link in (_kind.parent, _kind.also_parent):
        if _link:
            _CHILDREN.setdefault(_link[1], []).append((_kind, _link[0]))


@dataclasses.dataclass(frozen=True)
class Snapshot:
    """A deleted record with its dependants, enough to put everything back."""

    kind: str
    record: Any
    dependants: tuple[tuple[str, Any], ...] = ()


class DamagedRecord(NamedTuple):
    """A record whose stored checksum does not match its values."""

    kind: str
    record_id: Any
    label: str  # its name (or what, species, …) as far as it can be read; may be ''


_INTACT_CACHE_LIMIT = 100_000


class Repository:
    """The household's data in one SQLite file."""

    def __init__(self, connection: sqlite3.Connection, path: Path | str = ":memory:") -> None:
        self.connection = connection
        self.path = path
        self._damaged: dict[tuple[str, Any], str] = {}  # (kind, id) → label
        self._damaged_deleted: dict[tuple[str, Any], str] = {}  # deleted, may come back by undo
        self._intact: set[tuple[Any, ...]] = set()  # rows already verified: (table, *row)
        self._pending: dict[str, list[Any]] = {}  # kind → ids to sign before COMMIT
        self._damage_listeners: list[Callable[[], None]] = []

    @classmethod
    def open(cls, path: Path | str) -> Repository:
        return cls(open_database(path), path)

    def close(self) -> None:
        self.connection.close()

    # --- reading ------------------------------------------------------------------------------

    def _row_to_record(self, kind: Kind, row: sqlite3.Row | tuple, columns: list[str]) -> Any:
        return kind.cls(**dict(zip(columns, row, strict=True)))

    def _select(self, kind: Kind, where: str = "", params: Iterable[Any] = ()) -> list[Any]:
        names = kind.field_names()
        columns = ["id", *names]
        rows = checksums.read_rows(self.connection, kind.table, names, where, params, kind.order_by)
        records = []
        for row in rows:
            if self._verify(kind, row, names):
                records.append(self._row_to_record(kind, row[:-1], columns))
            else:
                values = checksums.readable_values(kind, dict(zip(names, row[1:-1], strict=True)))
                records.append(kind.cls(id=row[0], **values))
        return records

    def list(self, kind_name: str, parent_id: int | None = None) -> list[Any]:
        """All records of a kind (of one parent, when given)."""
        kind = kind_of(kind_name)
        if parent_id is not None and kind.parent:
            return self._select(kind, f"{kind.parent[0]} = ?", (parent_id,))
        return self._select(kind)

    def get(self, kind_name: str, record_id: Any) -> Any | None:
        records = self._select(kind_of(kind_name), "id = ?", (record_id,))
        return records[0] if records else None

    def count(self, kind_name: str) -> int:
        table = kind_of(kind_name).table
        return self.connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]

    def household(self) -> Household:
        """Everything, read in one consistent snapshot."""
        with self._reading():
            return Household(
                home=self.get("home", 1),
                members=self.list("member"),
                medicines=self.list("medicine"),
                pets=self.list("pet"),
                plan=self.get("plan", 1),
                meeting_places={r.id: r for r in self.list("meeting_place")},
                pickups=self.list("pickup"),
                care=self.list("care"),
                roles={r.id: r for r in self.list("role")},
                documents=self.list("document"),
                scenarios={r.id: r for r in self.list("scenario")},
                contacts=self.list("contact"),
                phones=self.list("contact_phone"),
                checks=self.list("check"),
            )

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        """A read transaction: one consistent snapshot of several SELECTs."""
        self.connection.execute("BEGIN")
        try:
            yield
        finally:
            try:
                self.connection.execute("COMMIT")
            except sqlite3.DatabaseError as error:
                # After a damaged row was read around (checksums.read_rows), SQLite reports
                # the damage again at COMMIT; the read transaction has ended all the same.
                if "malformed" not in str(error):
                    raise

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

    def delete_many(self, kind_name: str, record_ids: Iterable[Any]) -> list[Snapshot]:
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

    def add_many(self, records: list[tuple[str, Any]],
                 updates: list[tuple[str, Any, str, Any]] = ()) -> list[Any]:
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

    def add_contacts(self, pairs: Iterable[tuple[Any, Iterable[Any]]]) -> list[Any]:
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

    def replace_all(self, household: Household, stock: Iterable[Any] = ()) -> None:
        """Replace every household record (and the kit's stock) in one transaction."""
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
        if self._damaged or self._damaged_deleted:
            self._damaged.clear()
            self._damaged_deleted.clear()
            self._notify_damage()

    # --- checksums: silent damage -------------------------------------------------------------

    def _verify(self, kind: Kind, row: tuple[Any, ...], names: list[str] | None = None) -> bool:
        """Compare a row (id, *fields, checksum) with its checksum; note the outcome."""
        key = (kind.table, *row)
        names = names or kind.field_names()
        intact = key in self._intact or checksums.is_intact(kind.table, names, row)
        record_key = (kind.name, row[0])
        if intact:
            if len(self._intact) >= _INTACT_CACHE_LIMIT:
                self._intact.clear()
            self._intact.add(key)
            if self._damaged.pop(record_key, None) is not None:
                self._notify_damage()
        elif record_key not in self._damaged:
            values = dict(zip(names, row[1:-1], strict=True))
            self._damaged[record_key] = checksums.label_of(checksums.readable_values(kind, values))
            self._notify_damage()
        return intact

    def damaged(self) -> list[DamagedRecord]:
        """The records found damaged so far (by reads, or by ``verify_all``), in kind order."""
        order = {name: index for index, name in enumerate(KINDS)}
        return [DamagedRecord(kind, record_id, label) for (kind, record_id), label in
                sorted(self._damaged.items(), key=lambda item: (order[item[0][0]], str(item[0][1])))]

    def verify_all(self) -> list[DamagedRecord]:
        """Compare every record with its checksum (at start and before an export); the damaged."""
        with self._reading():
            for kind in KINDS.values():
                names = kind.field_names()
                rows = checksums.read_rows(self.connection, kind.table, names)
                for row in rows:
                    self._verify(kind, row, names)
                present = {row[0] for row in rows}
                for key in [key for key in self._damaged if key[0] == kind.name]:
                    if key[1] not in present:  # gone meanwhile
                        del self._damaged[key]
                        self._notify_damage()
        return self.damaged()

    def accept_as_is(self, kind_name: str, record_id: Any) -> bool:
        """Keep a damaged record as it is shown now (the user checked it): store the values as
        shown and give it a new checksum. False when the record does not exist."""
        kind = kind_of(kind_name)
        names = kind.field_names()
        with self._writing():
            rows = checksums.read_rows(self.connection, kind.table, names, "id = ?", (record_id,))
            if not rows:
                return False
            shown = checksums.readable_values(kind, dict(zip(names, rows[0][1:-1], strict=True)))
            for name in names:  # one by one: a value the file refuses stays as stored
                with contextlib.suppress(sqlite3.IntegrityError):
                    self.connection.execute(f"UPDATE {kind.table} SET {name} = ? WHERE id = ?",
                                            (shown[name], record_id))
            self._pending.setdefault(kind.name, []).append(record_id)
        if self._damaged.pop((kind.name, record_id), None) is not None:
            self._notify_damage()
        return True

    def add_damage_listener(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` whenever the list of damaged records changes. It may run in the
        middle of a read: it should only note that something changed (or schedule work)."""
        self._damage_listeners.append(callback)

    def remove_damage_listener(self, callback: Callable[[], None]) -> None:
        if callback in self._damage_listeners:
            self._damage_listeners.remove(callback)

    def _notify_damage(self) -> None:
        for callback in list(self._damage_listeners):
            callback()

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """One transaction that signs the rows it wrote (``_pending``) just before COMMIT."""
        self._pending = {}
        try:
            with transaction(self.connection):
                yield
                for kind_name, ids in self._pending.items():
                    kind = kind_of(kind_name)
                    checksums.sign(self.connection, kind.table, kind.field_names(), ids)
        finally:
            self._pending = {}

    def _keep_signed(self, kind: Kind, ids: Iterable[Any] | None = None) -> None:
        """Before changing rows: those that match their checksum now are signed again after
        the change; damaged ones stay damaged. ``None`` means every row of the kind."""
        pending = self._pending.setdefault(kind.name, [])
        names = kind.field_names()
        if ids is None:
            rows = checksums.read_rows(self.connection, kind.table, names)
        else:
            wanted = [record_id for record_id in ids if record_id not in pending]
            if not wanted:
                return
            rows = checksums.read_rows(self.connection, kind.table, names,
                                       f"id IN ({', '.join('?' for _ in wanted)})", wanted)
        pending.extend([row[0] for row in rows if row[0] in pending or self._verify(kind, row, names)])

    def _forget_deleted(self, snapshots: Iterable[Snapshot]) -> None:
        """Deleted damaged records leave the list, and come back to it if undo restores them."""
        changed = False
        for snapshot in snapshots:
            for kind_name, record in ((snapshot.kind, snapshot.record), *snapshot.dependants):
                label = self._damaged.pop((kind_name, record.id), None)
                if label is not None:
                    self._damaged_deleted[(kind_name, record.id)] = label
                    changed = True
        if changed:
            self._notify_damage()

    def _was_damaged(self, kind_name: str, record: Any) -> bool:
        return (kind_name, record.id) in self._damaged_deleted

    def _remember_restored(self, snapshots: Iterable[Snapshot]) -> None:
        changed = False
        for snapshot in snapshots:
            for kind_name, record in ((snapshot.kind, snapshot.record), *snapshot.dependants):
                label = self._damaged_deleted.pop((kind_name, record.id), None)
                if label is not None:
                    self._damaged[(kind_name, record.id)] = label
                    changed = True
        if changed:
            self._notify_damage()

    # --- settings -----------------------------------------------------------------------------

    def setting(self, key: str, default: str = "") -> str:
        row = self.connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with transaction(self.connection):
            self.connection.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, str(value)),
            )


def _records_of(household: Household) -> list[tuple[str, list[Any]]]:
    return [
        ("home", [household.home]),
        ("plan", [household.plan]),
        ("meeting_place", list(household.meeting_places.values())),
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
    ]
