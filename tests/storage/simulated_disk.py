"""A simulated disk for SQLite that forgets what was not synced when the power goes.

``Disk`` is an in-memory file system served to SQLite as an APSW VFS (``connect``), modelled
on SQLite's own crash-test VFS (RELIABILITY.md §1.4). Every write, truncate, sync, delete and
file creation is one I/O operation, counted; the power goes off just before operation
``cut_at``. Writes since a file's last xSync are volatile; creates and deletes are volatile
until the directory is synced (an xDelete with ``syncdir``, or the first xSync of a new
journal, as SQLite's unix VFS does). At the cut, ``Disk.after_cut`` is built from the synced
state: each unsynced write is applied, lost, or torn at 512-byte sectors (each sector new,
old, or now and then garbage); a file may have grown with garbage or zeros; each unsynced
truncate, create and delete may or may not have happened.

Stdlib ``sqlite3`` cannot use a Python VFS, so ``connect`` returns an APSW connection behind
``ApswConnection``: a thin adapter with the ``sqlite3.Connection`` calls the storage layer makes
(``execute`` with ``fetchone``/``fetchall``/``rowcount``/``lastrowid``, ``executemany``,
``in_transaction``, ``close``; APSW errors become the matching ``sqlite3`` errors). Test-only code.
"""

from __future__ import annotations

import contextlib
import dataclasses
import random
import sqlite3
from collections.abc import Iterator
from typing import Any

import apsw

SECTOR = 512
VFS_NAME = "paraat-powerloss"

_NEW_FILE_DIRSYNC = (apsw.SQLITE_OPEN_MAIN_JOURNAL | apsw.SQLITE_OPEN_SUPER_JOURNAL
                     | apsw.SQLITE_OPEN_WAL)
_PERSISTENT = apsw.SQLITE_OPEN_MAIN_DB | _NEW_FILE_DIRSYNC


class PowerCut(Exception):
    """The power is off: no more I/O."""


@dataclasses.dataclass(eq=False)
class Inode:
    """One file: what the OS shows, what is on the disk surface, and what is in between."""

    data: bytearray = dataclasses.field(default_factory=bytearray)  # what the OS shows
    durable: bytes = b""  # what is on the disk surface (as of the last sync)
    pending: list[tuple[int, bytes | int]] = dataclasses.field(default_factory=list)
    dirsync: bool = False  # a new journal: its first sync also syncs the directory

    def after_power_loss(self, rng: random.Random) -> bytes:
        disk = bytearray(self.durable)
        for offset, payload in self.pending:
            if isinstance(payload, int):  # a truncate to ``payload`` bytes
                if rng.random() < 0.5:
                    _resize(disk, payload, rng)
                continue
            fate, end = rng.random(), offset + len(payload)
            if fate < 1 / 3:
                _put(disk, offset, payload, rng)
            elif fate < 2 / 3:  # lost; the file size may have reached the disk anyway
                if end > len(disk) and rng.random() < 0.5:
                    _resize(disk, end, rng)
            else:  # torn: each sector the write touches is new, old, or now and then garbage
                start = offset
                while start < end:
                    stop, sector_fate = min(end, (start // SECTOR + 1) * SECTOR), rng.random()
                    if sector_fate < 0.45:
                        _put(disk, start, payload[start - offset:stop - offset], rng)
                    elif sector_fate < 0.9:
                        if stop > len(disk):
                            _resize(disk, stop, rng)
                    else:
                        _put(disk, start, _garbage(stop - start, rng), rng)
                    start = stop
        return bytes(disk)


def _garbage(size: int, rng: random.Random) -> bytes:
    return bytes(size) if rng.random() < 0.5 else rng.randbytes(size)


def _resize(data: bytearray, size: int, rng: random.Random | None = None) -> None:
    if size < len(data):
        del data[size:]
    elif size > len(data):
        data.extend(_garbage(size - len(data), rng) if rng else bytes(size - len(data)))


def _put(data: bytearray, offset: int, payload: bytes, rng: random.Random | None = None) -> None:
    if offset > len(data):
        _resize(data, offset, rng)
    data[offset:offset + len(payload)] = payload


class Disk:
    """Files by name, with what is synced and what would be lost when the power goes."""

    def __init__(self, rng: random.Random, cut_at: int | None = None) -> None:
        self.rng = rng
        self.cut_at = cut_at
        self.ops = 0
        self.names: dict[str, Inode] = {}
        self.durable_names: dict[str, Inode] = {}
        self.pending_dir: list[tuple[str, str, Inode]] = []  # ("create"|"delete", name, inode)
        self.after_cut: dict[str, bytes] | None = None

    @property
    def is_off(self) -> bool:
        return self.after_cut is not None

    def tick(self) -> None:
        """Count one I/O operation; the power goes off just before operation ``cut_at``."""
        if self.after_cut is not None:
            raise PowerCut
        self.ops += 1
        if self.ops == self.cut_at:
            self.after_cut = self._power_loss()
            raise PowerCut

    def load(self, name: str, content: bytes) -> None:
        """A file that is already safely on the disk."""
        inode = Inode(bytearray(content), content)
        self.names[name] = self.durable_names[name] = inode

    def create(self, name: str, dirsync: bool) -> Inode:
        self.tick()
        inode = self.names[name] = Inode(dirsync=dirsync)
        self.pending_dir.append(("create", name, inode))
        return inode

    def delete(self, name: str, syncdir: bool) -> None:
        self.tick()
        inode = self.names.pop(name)
        self.pending_dir.append(("delete", name, inode))
        if syncdir:
            self.sync_directory()

    def sync_directory(self) -> None:
        self.durable_names = dict(self.names)
        self.pending_dir.clear()

    def sync(self, inode: Inode) -> None:
        self.tick()
        inode.durable = bytes(inode.data)
        inode.pending.clear()
        if inode.dirsync:
            inode.dirsync = False
            self.sync_directory()

    def _power_loss(self) -> dict[str, bytes]:
        names = dict(self.durable_names)
        for what, name, inode in self.pending_dir:
            if self.rng.random() < 0.5:
                if what == "create":
                    names[name] = inode
                else:
                    names.pop(name, None)
        return {name: inode.after_power_loss(self.rng) for name, inode in names.items()
                if not name.endswith("-shm")}


class DiskFile:
    """One open file of the simulated disk (the methods APSW calls)."""

    def __init__(self, disk: Disk, inode: Inode, persistent: bool) -> None:
        self.disk, self.inode, self.persistent = disk, inode, persistent

    def _io(self) -> None:
        if self.persistent:
            self.disk.tick()
        elif self.disk.is_off:
            raise PowerCut

    def xRead(self, amount: int, offset: int) -> bytes:
        if self.disk.is_off:
            raise PowerCut
        return bytes(self.inode.data[offset:offset + amount])

    def xWrite(self, data: Any, offset: int) -> None:
        self._io()
        payload = bytes(data)
        _put(self.inode.data, offset, payload)
        self.inode.pending.append((offset, payload))

    def xTruncate(self, newsize: int) -> None:
        self._io()
        _resize(self.inode.data, newsize)
        self.inode.pending.append((0, newsize))

    def xSync(self, flags: int) -> None:
        if self.persistent:
            self.disk.sync(self.inode)

    def xFileSize(self) -> int:
        if self.disk.is_off:
            raise PowerCut
        return len(self.inode.data)

    def xLock(self, level: int) -> None:
        pass

    def xUnlock(self, level: int) -> None:
        pass

    def xCheckReservedLock(self) -> bool:
        return False

    def xFileControl(self, op: int, ptr: int) -> bool:
        return False

    def xSectorSize(self) -> int:
        return SECTOR

    def xDeviceCharacteristics(self) -> int:
        return apsw.SQLITE_IOCAP_POWERSAFE_OVERWRITE  # as SQLite's unix VFS; torn writes keep it

    def xClose(self) -> None:
        pass


class DiskVFS(apsw.VFS):
    """Serves ``disk`` (set per run) to SQLite; other calls go to the default VFS."""

    def __init__(self) -> None:
        super().__init__(VFS_NAME, base="")
        self.disk = Disk(random.Random(0))

    def xOpen(self, name: Any, flags: list[int]) -> DiskFile:
        path = name.filename() if isinstance(name, apsw.URIFilename) else name
        persistent = bool(path) and bool(flags[0] & _PERSISTENT)
        if not persistent:
            return DiskFile(self.disk, Inode(), persistent=False)
        if path not in self.disk.names:
            if not flags[0] & apsw.SQLITE_OPEN_CREATE:
                raise apsw.CantOpenError(path)
            self.disk.create(path, dirsync=bool(flags[0] & _NEW_FILE_DIRSYNC))
        flags[1] = flags[0]
        return DiskFile(self.disk, self.disk.names[path], persistent=True)

    def xDelete(self, filename: str, syncdir: bool) -> None:
        if filename not in self.disk.names:
            raise apsw.IOError(filename)
        self.disk.delete(filename, syncdir)

    def xAccess(self, pathname: str, flags: int) -> bool:
        if self.disk.is_off:
            raise PowerCut
        return pathname in self.disk.names

    def xFullPathname(self, name: str) -> str:
        return name


_VFS: DiskVFS | None = None


def vfs() -> DiskVFS:
    """The registered VFS; set its ``disk`` before opening a connection."""
    global _VFS
    if _VFS is None:
        _VFS = DiskVFS()
    return _VFS


# --- an APSW connection with the sqlite3 calls the storage layer makes ----------------------

_ERRORS: tuple[tuple[type[Exception], type[sqlite3.Error]], ...] = (
    (apsw.ConstraintError, sqlite3.IntegrityError),
    (apsw.CorruptError, sqlite3.DatabaseError),
    (apsw.NotADBError, sqlite3.DatabaseError),
    (apsw.Error, sqlite3.OperationalError),
)


@contextlib.contextmanager
def _as_sqlite3_errors() -> Iterator[None]:
    try:
        yield
    except apsw.Error as error:
        mapped = next(target for source, target in _ERRORS if isinstance(error, source))
        raise mapped(str(error)) from error


class ApswCursor:
    """The rows of one statement (read at once) and what it changed."""

    def __init__(self, rows: list[tuple[Any, ...]], rowcount: int, lastrowid: int) -> None:
        self._rows, self.rowcount, self.lastrowid = rows, rowcount, lastrowid

    def fetchone(self) -> tuple[Any, ...] | None:
        return self._rows.pop(0) if self._rows else None

    def fetchall(self) -> list[tuple[Any, ...]]:
        rows, self._rows = self._rows, []
        return rows

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self.fetchall())


_CHANGES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


def _bindings(parameters: Any) -> Any:
    return parameters if isinstance(parameters, dict) else tuple(parameters)


class ApswConnection:
    """Behaves like ``sqlite3.connect(path, isolation_level=None)`` for the storage layer."""

    def __init__(self, connection: apsw.Connection) -> None:
        self._connection = connection

    def _cursor(self, rows: list[tuple[Any, ...]], sql: str, before: int) -> ApswCursor:
        changed = self._connection.total_changes() - before
        rowcount = changed if sql.lstrip().upper().startswith(_CHANGES) else -1
        return ApswCursor(rows, rowcount, self._connection.last_insert_rowid())

    def execute(self, sql: str, parameters: Any = ()) -> ApswCursor:
        with _as_sqlite3_errors():
            before = self._connection.total_changes()
            rows = list(self._connection.execute(sql, _bindings(parameters)))
            return self._cursor(rows, sql, before)

    def executemany(self, sql: str, seq_of_parameters: Any) -> ApswCursor:
        with _as_sqlite3_errors():
            before = self._connection.total_changes()
            self._connection.executemany(sql, [_bindings(p) for p in seq_of_parameters])
            return self._cursor([], sql, before)

    @property
    def in_transaction(self) -> bool:
        return self._connection.in_transaction

    def close(self) -> None:
        with contextlib.suppress(Exception):  # after a power cut there is nothing to close
            self._connection.close(True)


def connect(path: str, **_: Any) -> ApswConnection:
    """The ``connect`` for open_database: a connection on the simulated disk."""
    flags = apsw.SQLITE_OPEN_READWRITE | apsw.SQLITE_OPEN_CREATE
    vfs()  # registered once, then serves whatever ``vfs().disk`` is
    with _as_sqlite3_errors():
        return ApswConnection(apsw.Connection(path, flags=flags, vfs=VFS_NAME))
