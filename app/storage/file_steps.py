"""Small steps of the start-up recovery on files: what an error means, durable writes, names.

Which errors mean busy (another program holds the file), a full disk or a failed write; the
``DataFolderError`` each ends in; a JSON file written atomically, a byte-for-byte copy,
removal; a check that a path is an ordinary file before anything opens it; free dated names
beside the data file; its 100-byte SQLite header.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import sqlite3
import stat
from pathlib import Path
from typing import Any

from app.storage import safe_write
from app.storage.database import NOT_A_FILE, DataFolderError

DISK_FULL = "the disk is full"
IN_USE = "the file is in use by another program"
DB_MAGIC = b"SQLite format 3\x00"


def journal_of(path: Path) -> Path:
    return Path(f"{path}-journal")


def stamp(now: dt.datetime) -> str:
    return now.strftime("%Y-%m-%dT%H%M%S")


def must_be_regular(path: Path) -> bool:
    """True when ``path`` is an ordinary file (or a link to one), False when nothing is there.

    Anything else (a folder, a pipe, a device, a socket, a link to nothing) raises
    DataFolderError naming it, before anything opens it: opening a pipe would wait forever,
    and a folder where a journal should be must not make a good file look damaged.
    """
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return False
    except OSError as error:
        raise folder_error(path, error) from error
    if stat.S_ISLNK(info.st_mode):
        try:
            info = os.stat(path)  # a link to an ordinary file is fine: follow it
        except OSError as error:
            raise DataFolderError(path, NOT_A_FILE) from error
    if not stat.S_ISREG(info.st_mode):
        raise DataFolderError(path, NOT_A_FILE)
    return True


def free_name(database: Path, kind: str, now: dt.datetime) -> Path:
    """``paraat-<kind>-<when>[-n].sqlite3`` beside ``database``, not yet used (nor its journal)."""
    number = 1
    while True:
        extra = f"-{number}" if number > 1 else ""
        target = database.with_name(
            f"{database.stem}-{kind}-{stamp(now)}{extra}{database.suffix}")
        if not target.exists() and not journal_of(target).exists():
            return target
        number += 1


def is_busy(error: BaseException) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return True
    text = str(error).lower()
    return "database is locked" in text or "database is busy" in text or "table is locked" in text


def is_full(error: BaseException) -> bool:
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    code = getattr(error, "sqlite_errorcode", None)
    return (code is not None and code & 0xFF == sqlite3.SQLITE_FULL) or "disk is full" in str(error)


def write_failed(error: BaseException) -> bool:
    """An error of the disk we write to (not of the backup we read)."""
    if isinstance(error, OSError) or is_full(error):
        return True
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN,
                                                 sqlite3.SQLITE_READONLY)


def folder_error(database: Path, error: BaseException) -> DataFolderError:
    if is_full(error):
        return DataFolderError(database, DISK_FULL)
    if isinstance(error, OSError):
        return DataFolderError(database, error.strerror or str(error))
    return DataFolderError(database, str(error))


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Write ``data`` to ``path`` through Paraat's one writer (temp file, checked writes,
    fsync, rename, folder fsync; a dead process's leftover temp file is removed first)."""
    safe_write.write_atomic(path, json.dumps(data, indent=1).encode("utf-8"))


def copy_file(source: Path, target: Path) -> None:
    """Copy ``source`` byte for byte to ``target`` (through a temp name), synced."""
    temp = target.with_name(target.name + ".copying")
    try:
        with open(source, "rb") as reader, open(temp, "wb") as writer:
            while chunk := reader.read(1 << 20):
                writer.write(chunk)
            writer.flush()
            os.fsync(writer.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


def read_header(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(100)
    except OSError:
        return b""
