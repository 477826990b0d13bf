"""SQLite's rollback journal beside the data file, looked at before SQLite opens it.

**Journals** (``paraat.sqlite3-journal``, SQLite's rollback journal). When one is present at
start and another program is not writing the file, SQLite would roll it back as soon as it
opens the file. Before that happens the file and the journal are copied aside, byte for byte and
synced, as a dated pair ``paraat-before-journal-<when>.sqlite3`` (+ ``-journal``), so a
rollback can always be undone by hand. Then the journal's header (sqlite.org/fileformat.html
§4.1) is compared with the file: a wrong magic number, another page size, an implausible
"database size" or a saved first page that is not this file's header at the start of its
last change (its change counter must be the file's, or one less) means the journal does not
belong to this file ("foreign") or belongs to an earlier change of it ("stale"). Such a
journal is *moved* aside instead of copied (SQLite never applies it) and the user is told.
Every change Paraat makes saves page 1 first (``database.transaction`` writes
``user_version`` first; so does a migration at open): a journal whose first page record is
not page 1 (or has none, or a bad checksum) was not written by Paraat and is foreign too.
A journal that passes is applied by SQLite (the change a crash interrupted is undone) and the
user is told so (journal problem "applied"), with the kept pair named. (File times are not
used: a genuine hot journal is normally older than the file's last write.)

**What the file alone cannot tell.** Two copies of one household (a synced or copied folder)
share their history: a journal made by the other copy at the same change counter passes
every check above, and applying it mixes the other copy's old pages into this file. Nothing in
the two files tells them apart. That is why an applied journal is never silent: the message
names the ``paraat-before-journal-…`` pair, the file and journal exactly as they were, so the
user can go back by hand.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
import struct
from pathlib import Path

from app.storage import backups
from app.storage.database import FileInUse
from app.storage.file_steps import (
    DB_MAGIC,
    IN_USE,
    copy_file,
    folder_error,
    free_name,
    is_busy,
    journal_of,
    read_header,
    remove,
)

log = logging.getLogger("app.storage.recovery")  # one logger for the whole start-up recovery

FOREIGN, STALE, APPLIED = "foreign", "stale", "applied"
_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def _page_size(header: bytes) -> int:
    value = struct.unpack(">H", header[16:18])[0]
    return 65536 if value == 1 else value


def _first_record(data: bytes, sector: int, page: int) -> tuple[int, bytes] | None:
    """(page number, saved content) of the journal's first page record, or None when there is
    none or its checksum is wrong (SQLite would stop its rollback there)."""
    count, nonce = struct.unpack(">II", data[8:16])
    record = page + 8
    if count == 0 or sector + record > len(data):
        return None
    number = struct.unpack(">I", data[sector:sector + 4])[0]
    content = data[sector + 4:sector + 4 + page]
    checksum = nonce
    index = page - 200
    while index > 0:
        checksum += content[index]
        index -= 200
    stored = struct.unpack(">I", data[sector + 4 + page:sector + record])[0]
    return (number, content) if checksum & 0xFFFFFFFF == stored else None


def journal_verdict(database: Path) -> str:
    """Whether the journal beside ``database`` belongs to it.

    "" (it may: SQLite applies it), "foreign" (another database's, not a journal, or not one
    Paraat wrote: every Paraat change saves page 1 first) or "stale" (an earlier change of
    this file's).
    """
    try:
        data = journal_of(database).read_bytes()
    except OSError:
        return ""
    head = read_header(database)
    if len(data) < 28 or data[:8] != _JOURNAL_MAGIC:
        return FOREIGN
    _count, _nonce, initial, sector, page = struct.unpack(">IIIII", data[8:28])
    if (not 512 <= sector <= 65536 or sector & (sector - 1)
            or not 512 <= page <= 65536 or page & (page - 1)):
        return FOREIGN
    first = _first_record(data, sector, page)
    if first is None or first[0] != 1:
        return FOREIGN  # Paraat's changes (database.transaction, migrations) save page 1 first
    if len(head) < 100 or head[:16] != DB_MAGIC:
        return ""  # the file's own header is unreadable: nothing to compare (the pair is kept)
    if page != _page_size(head):
        return FOREIGN
    counter = struct.unpack(">I", head[24:28])[0]
    if initial == 0 and counter > 1:
        return FOREIGN  # a journal of a new, empty file beside a file that has had changes
    first_page = first[1]
    if first_page[:16] != DB_MAGIC or _page_size(first_page) != page:
        return FOREIGN
    saved = struct.unpack(">I", first_page[24:28])[0]
    if counter in (saved, (saved + 1) & 0xFFFFFFFF):
        return ""
    return STALE if saved < counter else FOREIGN


def hot_journal(database: Path, busy_seconds: float) -> bool:
    """True when a journal SQLite would roll back is beside ``database``.

    Raises FileInUse when another program is writing the file (its journal is live).
    """
    journal = journal_of(database)
    try:
        with open(journal, "rb") as handle:
            first = handle.read(1)
        size = database.stat().st_size
    except OSError:
        return False
    if not first or first == b"\x00":
        return False  # empty or finished: SQLite ignores it
    if size == 0:
        return True
    uri = database.absolute().as_uri() + "?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=busy_seconds,
                                     check_same_thread=False)
    except sqlite3.Error:
        return True
    try:
        connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as error:
        if is_busy(error):
            raise FileInUse(database, IN_USE) from error
        return True  # SQLITE_READONLY_ROLLBACK: hot; or unreadable: keep the pair anyway
    finally:
        connection.close()
    # Readable without a rollback while a journal with content is there: another program
    # holds the file's write lock and is writing it right now.
    raise FileInUse(database, IN_USE)


def keep_journal(database: Path, now: dt.datetime, busy_seconds: float) -> tuple[str, tuple[Path, ...]]:
    """Copy the file and its hot journal aside before SQLite opens them; move a journal that
    does not belong. Returns (journal problem, the paths kept)."""
    if not journal_of(database).exists() or not hot_journal(database, busy_seconds):
        return "", ()
    verdict = journal_verdict(database)
    target = free_name(database, "before-journal", now)
    try:
        copy_file(database, target)
        if verdict:
            os.replace(journal_of(database), journal_of(target))
        else:
            copy_file(journal_of(database), journal_of(target))
        backups.fsync_folder(database.parent)
    except OSError as error:
        if not journal_of(database).exists() and journal_of(target).exists():
            with contextlib.suppress(OSError):
                os.replace(journal_of(target), journal_of(database))
        for partial in (target, journal_of(target)):
            with contextlib.suppress(OSError):
                remove(partial)
        raise folder_error(database, error) from error
    if verdict:
        log.warning("a %s journal was beside the data file; kept aside unused as %s",
                    verdict, journal_of(target).name)
    else:
        log.warning("a hot journal was beside the data file; copied aside as %s first", target.name)
    return verdict or APPLIED, (target, journal_of(target))
