"""Which records are damaged: comparing rows with their checksums, and keeping them right.

A mixin of ``Repository``. Every read compares each row with its checksum (``checksums.py``);
a row that does not match is still returned, its values made safe to show, and is listed by
``damaged()`` until it is deleted, replaced by ``replace_all``, or kept by the user as it is
shown (``accept_as_is``). A change to a damaged row does not make it "good": writes sign again
only the rows that matched before them (``_keep_signed``). Qt-free; listeners are plain
callables.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple

from app.core.records import KINDS, Kind, kind_of
from app.storage import checksums
from app.storage.database import transaction


class DamagedRecord(NamedTuple):
    """A record whose stored checksum does not match its values."""

    kind: str
    record_id: Any
    label: str  # its name (or what, species, …) as far as it can be read; may be ''


_INTACT_CACHE_LIMIT = 100_000
STEP_ROWS = 1500  # rows per step of ``verify_in_steps``: about 10 ms on a 2020 laptop


class DamageTracking:
    """The damaged-record list and the checksum side of writing, for ``Repository``."""

    connection: Any

    def _init_damage_tracking(self) -> None:
        self._damaged: dict[tuple[str, Any], str] = {}  # (kind, id) → label
        self._damaged_deleted: dict[tuple[str, Any], str] = {}  # deleted, may come back by undo
        self._intact: set[tuple[Any, ...]] = set()  # rows already verified: (table, *row)
        self._pending: dict[str, list[Any]] = {}  # kind → ids to sign before COMMIT
        self._damage_listeners: list[Callable[[], None]] = []

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

    def _verified_ids(self, kind: Kind) -> set[Any] | None:
        """The ids of ``kind``'s whole table when it was read (every row verified) since the
        last change, else None. ``Repository`` keeps whole tables; here nothing is kept."""
        return None

    def verify_all(self) -> list[DamagedRecord]:
        """Compare every record with its checksum (at start and before an export); the damaged.

        A table read whole since the last change had every row compared then (its damage is
        listed already) and is not read again: at start the overview's kit report has just
        read 20,000 stock entries (issue 20)."""
        verified = {kind.name: ids for kind in KINDS.values()
                    if (ids := self._verified_ids(kind)) is not None}
        with self._reading():
            for kind in KINDS.values():
                present = verified.get(kind.name)
                if present is None:
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

    def verify_in_steps(self, rows: int = STEP_ROWS) -> Iterator[str]:
        """``verify_all`` a step at a time: at most ``rows`` rows per step, in id order, yielding
        the kind after each step, so that the window paints and answers in between (the check
        of every row after start, issue 20: 20,000 stock entries take some 150 ms).

        A row written between two steps is compared by the write itself (``_keep_signed``
        signs again only rows that matched), and a damaged row deleted meanwhile leaves the
        list with its delete; a table read whole since the last change is not read again."""
        for kind in KINDS.values():
            if self._verified_ids(kind) is not None:
                continue
            names = kind.field_names()
            after: Any = None
            stamp, every = self._stamp(), []
            while True:
                where, params = ("id > ?", (after,)) if after is not None else ("", ())
                found = checksums.read_rows(self.connection, kind.table, names, where, params,
                                            "id", limit=rows)
                for row in found:
                    self._verify(kind, row, names)
                every += found
                yield kind.name
                try:
                    after = max(row[0] for row in found) if found else None
                except TypeError:  # ids of two types: a damaged id; the rest is read with it
                    after = None
                if len(found) < rows or after is None:
                    break
            if stamp is not None and self._stamp() == stamp:
                self._swept(kind, stamp, every)
                yield kind.name

    def _stamp(self) -> Any:
        """What changes with every change of the data (``Repository.data_stamp``); None here."""
        return None

    def _swept(self, kind: Kind, stamp: Any, rows: list[tuple[Any, ...]]) -> None:
        """``verify_in_steps`` read every row of ``kind``'s table and nothing changed meanwhile:
        ``Repository`` keeps the table, so that the first page to show it need not read it."""

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

    def _forget_deleted(self, snapshots: Iterable[Any]) -> None:
        """Deleted damaged records leave the list, and come back to it if undo restores them."""
        self._move_labels(snapshots, self._damaged, self._damaged_deleted)

    def _was_damaged(self, kind_name: str, record: Any) -> bool:
        return (kind_name, record.id) in self._damaged_deleted

    def _remember_restored(self, snapshots: Iterable[Any]) -> None:
        self._move_labels(snapshots, self._damaged_deleted, self._damaged)

    def _move_labels(self, snapshots: Iterable[Any], source: dict[tuple[str, Any], str],
                     target: dict[tuple[str, Any], str]) -> None:
        """Move the snapshots' records (with their dependants) from one damage list to the other."""
        changed = False
        for snapshot in snapshots:
            for kind_name, record in ((snapshot.kind, snapshot.record), *snapshot.dependants):
                label = source.pop((kind_name, record.id), None)
                if label is not None:
                    target[(kind_name, record.id)] = label
                    changed = True
        if changed:
            self._notify_damage()
