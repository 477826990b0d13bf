"""Opening the household's file at start, and recovering when it is damaged.

**Busy is not damaged.** A file that another program holds (a second Paraat, a backup or sync
tool, a virus scanner) raises ``FileInUse`` and nothing is touched: not the file, not its
journal, not the backups. Every "database is locked/busy" on the way ends there.

**Only ordinary files.** Before anything is opened, moved or removed, the file, its journal and
the recovery journal are looked at with ``lstat``: a folder, a pipe (FIFO: opening it would wait
forever), a device, a socket or a link to nothing at one of those names raises DataFolderError
("not a normal file", naming it) and nothing is touched. A symbolic link to an ordinary file is
followed (a user may keep the file elsewhere); SQLite keeps the journal beside the real file,
so that journal is checked too.

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

**Recovery is a journaled state machine.** A file that fails ``diagnose`` is moved aside
(never deleted) and the newest backup that passes its full check is put in its place. Before
the first step a small recovery journal ``paraat.sqlite3.recovery`` (JSON, written atomically)
records the state, where the damaged file goes and (later) which backup is being put back:

1. ``set-aside``: the damaged file (and its journal) are renamed to ``paraat-damaged-<when>``;
2. the backup is copied with SQLite's backup API to ``paraat.sqlite3.restoring`` and synced;
3. ``copied``: the copy is complete; it is renamed into place and the folder synced;
4. the file is opened and checked, the backup is pinned so pruning keeps it, and the recovery
   journal is removed. With no good backup the state is ``fresh`` and an empty file is made.

A crash (or power cut) at any point leaves the damaged original, or the restored copy, and
the recovery journal; the next start finishes the recovery (``resumed``) and says so. A
``.restoring`` file without a recovery journal is a leftover and removed. A missing file while
backups or earlier damaged files exist is not a first start: the newest good backup is put
back (problem "missing"), or the user is told that Paraat starts empty and where the damaged
file is. When the disk is full (or another write error happens) while restoring, everything
is put back as it was (damaged original in place, partial copies removed) and a
``DataFolderError`` names the reason; nothing is pruned by recovery.

A header byte that makes SQLite open the file read-only (the write version, byte 18, above 2)
counts as damage ("read_only").

**Salvage first.** Before any backup is tried, a damaged file whose only fault may be in the
fixed bytes of its header (the write and read versions, bytes 18 and 19, above 2; the payload
fractions, bytes 21-23, that must be 64, 32, 32) is copied to ``.restoring`` with those bytes
set to what SQLite writes (1; 64, 32, 32). When that copy passes the full check of a backup
it is put in place as the restored file, through the same ``copied`` step: it holds the newest
data, newer than any backup. The outcome is "restored" with ``repaired`` (nothing lost); the
damaged original is kept aside as always. A copy that fails its check is removed and the
backups are tried.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import logging
import os
import sqlite3
import stat
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.storage import backups
from app.storage.database import (
    MEMORY,
    NOT_A_FILE,
    DamagedDatabase,
    DataFolderError,
    FileInUse,
    UnsafeSettings,
)
from app.storage.repository import Repository
from app.storage.schema import SchemaTooNew

log = logging.getLogger(__name__)

OK, RESTORED, FRESH, JOURNAL = "ok", "restored", "fresh", "journal"
FOREIGN, STALE, APPLIED = "foreign", "stale", "applied"
_BUSY_SECONDS = 2.0
_DISK_FULL = "the disk is full"
_IN_USE = "the file is in use by another program"
_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
_DB_MAGIC = b"SQLite format 3\x00"
_SET_ASIDE, _COPIED, _FRESH_STATE = "set-aside", "copied", "fresh"
# The repair is finished but the user may not have been told yet: the recovery journal stays
# until ``acknowledge`` (called once the message has been shown), so a crash before that
# makes the next start tell it again instead of opening the household as if nothing happened.
_TOLD_PENDING = {RESTORED: "restored-untold", FRESH: "fresh-untold"}


@dataclass(frozen=True)
class Recovery:
    """What happened while opening the file.

    ``status``: "ok" (nothing wrong), "restored" (damaged or missing; a backup was put back),
    "fresh" (damaged or missing; no good backup, an empty household was started) or
    "journal" (the file is fine; a journal beside it did not belong to it and was kept aside
    unused, or it did and undid an interrupted change). ``problem`` says what was wrong ("cannot_open", "check_failed", "schema",
    "not_paraat", "read_only", "missing"); ``damaged_as`` is where the damaged file is now
    (for "missing": the newest damaged file found, if any); ``restored`` the backup that was
    put back; ``skipped`` backups that failed their check on the way. ``journal_problem``
    ("foreign" or "stale": kept aside unused; "applied": a hot journal of an interrupted change
    was rolled back; or "") and ``journal_kept`` (the copies kept aside before SQLite opened
    the file) tell about a journal; ``resumed``: a recovery that a crash interrupted
    was finished; ``repaired``: the damaged file itself was repaired and put back (``restored``
    is then None).
    """

    status: str = OK
    problem: str = ""
    damaged_as: Path | None = None
    restored: backups.BackupInfo | None = None
    skipped: tuple[Path, ...] = field(default=())
    journal_problem: str = ""
    journal_kept: tuple[Path, ...] = field(default=())
    resumed: bool = False
    repaired: bool = False  # "restored" from the damaged file itself (header fixed): nothing lost

    @property
    def damaged_journal(self) -> Path | None:
        """The damaged file's own journal, kept beside it, when there was one."""
        if self.damaged_as is None:
            return None
        journal = _journal(self.damaged_as)
        return journal if journal.exists() else None


def _journal(path: Path) -> Path:
    return Path(f"{path}-journal")


def recovery_journal(database: Path) -> Path:
    return database.with_name(database.name + ".recovery")


def _restoring(database: Path) -> Path:
    return database.with_name(database.name + ".restoring")


def _stamp(now: dt.datetime) -> str:
    return now.strftime("%Y-%m-%dT%H%M%S")


def _must_be_regular(path: Path) -> bool:
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
        raise _folder_error(path, error) from error
    if stat.S_ISLNK(info.st_mode):
        try:
            info = os.stat(path)  # a link to an ordinary file is fine: follow it
        except OSError as error:
            raise DataFolderError(path, NOT_A_FILE) from error
    if not stat.S_ISREG(info.st_mode):
        raise DataFolderError(path, NOT_A_FILE)
    return True


def _refuse_odd_files(database: Path) -> None:
    """The file, its journal (beside the link and beside the file it points to: SQLite keeps
    the journal beside the real file) and the recovery journal must be ordinary files."""
    real = Path(os.path.realpath(database))
    for path in dict.fromkeys((database, _journal(database), _journal(real),
                               recovery_journal(database))):
        _must_be_regular(path)


def _free_name(database: Path, kind: str, now: dt.datetime) -> Path:
    """``paraat-<kind>-<when>[-n].sqlite3`` beside ``database``, not yet used (nor its journal)."""
    number = 1
    while True:
        extra = f"-{number}" if number > 1 else ""
        target = database.with_name(
            f"{database.stem}-{kind}-{_stamp(now)}{extra}{database.suffix}")
        if not target.exists() and not _journal(target).exists():
            return target
        number += 1


# --- errors ----------------------------------------------------------------------------------


def _busy(error: BaseException) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return True
    text = str(error).lower()
    return "database is locked" in text or "database is busy" in text or "table is locked" in text


def _full(error: BaseException) -> bool:
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    code = getattr(error, "sqlite_errorcode", None)
    return (code is not None and code & 0xFF == sqlite3.SQLITE_FULL) or "disk is full" in str(error)


def _write_failed(error: BaseException) -> bool:
    """An error of the disk we write to (not of the backup we read)."""
    if isinstance(error, OSError) or _full(error):
        return True
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN,
                                                 sqlite3.SQLITE_READONLY)


def _folder_error(database: Path, error: BaseException) -> DataFolderError:
    if _full(error):
        return DataFolderError(database, _DISK_FULL)
    if isinstance(error, OSError):
        return DataFolderError(database, error.strerror or str(error))
    return DataFolderError(database, str(error))


# --- small durable file steps ------------------------------------------------------------------


def _write_json(path: Path, data: dict[str, Any]) -> None:
    """Write ``data`` to ``path`` atomically: temp file, fsync, rename, folder fsync."""
    temp = path.with_name(path.name + ".tmp")
    try:
        with open(temp, "wb") as handle:
            handle.write(json.dumps(data, indent=1).encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    backups.fsync_folder(path.parent)


def _copy_file(source: Path, target: Path) -> None:
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


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


def _clean_leftovers(database: Path, has_journal: bool) -> None:
    """Remove what a crash left that holds nothing anyone needs."""
    folder = database.parent
    leftovers = [recovery_journal(database).with_name(recovery_journal(database).name + ".tmp")]
    if not has_journal:
        leftovers += [_restoring(database), _journal(_restoring(database))]
    with contextlib.suppress(OSError):
        leftovers += list(folder.glob(f"{database.stem}-before-journal-*.copying"))
    for leftover in leftovers:
        if leftover.exists():
            log.warning("removing a leftover of an interrupted start: %s", leftover.name)
            with contextlib.suppress(OSError):
                _remove(leftover)


# --- diagnosing ------------------------------------------------------------------------------


def _page_size(header: bytes) -> int:
    value = struct.unpack(">H", header[16:18])[0]
    return 65536 if value == 1 else value


def _header(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(100)
    except OSError:
        return b""


def diagnose(database: Path, busy_seconds: float = _BUSY_SECONDS) -> str:
    """"" when the file at ``database`` is a sound Paraat file, else what is wrong.

    Raises SchemaTooNew for a file from a newer Paraat, FileInUse when another program holds
    it and DataFolderError when the file is fine but cannot be used now (no permission).
    """
    if not os.access(database, os.R_OK | os.W_OK) or not os.access(
            database.parent, os.W_OK | os.X_OK):
        raise DataFolderError(database, "no permission to read and write this file")
    header = _header(database)
    if len(header) == 100 and header[:16] == _DB_MAGIC and header[18] > 2:
        return "read_only"  # SQLite would open it read-only: a damaged header byte
    uri = database.absolute().as_uri() + "?mode=rw"
    try:
        connection = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=busy_seconds,
                                     check_same_thread=False)
    except sqlite3.Error as error:
        if _busy(error):
            raise FileInUse(database, _IN_USE) from error
        return "cannot_open"
    try:
        check = backups.check_connection(connection, full=True)
    except sqlite3.Error as error:
        if _busy(error):
            raise FileInUse(database, _IN_USE) from error
        return "cannot_open"
    finally:
        connection.close()
    if check.problem == "too_new":
        raise SchemaTooNew(check.version)
    return check.problem


# --- journals ----------------------------------------------------------------------------------


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
        data = _journal(database).read_bytes()
    except OSError:
        return ""
    head = _header(database)
    if len(data) < 28 or data[:8] != _JOURNAL_MAGIC:
        return FOREIGN
    _count, _nonce, initial, sector, page = struct.unpack(">IIIII", data[8:28])
    if (not 512 <= sector <= 65536 or sector & (sector - 1)
            or not 512 <= page <= 65536 or page & (page - 1)):
        return FOREIGN
    first = _first_record(data, sector, page)
    if first is None or first[0] != 1:
        return FOREIGN  # Paraat's changes (database.transaction, migrations) save page 1 first
    if len(head) < 100 or head[:16] != _DB_MAGIC:
        return ""  # the file's own header is unreadable: nothing to compare (the pair is kept)
    if page != _page_size(head):
        return FOREIGN
    counter = struct.unpack(">I", head[24:28])[0]
    if initial == 0 and counter > 1:
        return FOREIGN  # a journal of a new, empty file beside a file that has had changes
    first_page = first[1]
    if first_page[:16] != _DB_MAGIC or _page_size(first_page) != page:
        return FOREIGN
    saved = struct.unpack(">I", first_page[24:28])[0]
    if counter in (saved, (saved + 1) & 0xFFFFFFFF):
        return ""
    return STALE if saved < counter else FOREIGN


def _hot_journal(database: Path, busy_seconds: float) -> bool:
    """True when a journal SQLite would roll back is beside ``database``.

    Raises FileInUse when another program is writing the file (its journal is live).
    """
    journal = _journal(database)
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
        if _busy(error):
            raise FileInUse(database, _IN_USE) from error
        return True  # SQLITE_READONLY_ROLLBACK: hot; or unreadable: keep the pair anyway
    finally:
        connection.close()
    # Readable without a rollback while a journal with content is there: another program
    # holds the file's write lock and is writing it right now.
    raise FileInUse(database, _IN_USE)


def _keep_journal(database: Path, now: dt.datetime, busy_seconds: float) -> tuple[str, tuple[Path, ...]]:
    """Copy the file and its hot journal aside before SQLite opens them; move a journal that
    does not belong. Returns (journal problem, the paths kept)."""
    if not _journal(database).exists() or not _hot_journal(database, busy_seconds):
        return "", ()
    verdict = journal_verdict(database)
    target = _free_name(database, "before-journal", now)
    try:
        _copy_file(database, target)
        if verdict:
            os.replace(_journal(database), _journal(target))
        else:
            _copy_file(_journal(database), _journal(target))
        backups.fsync_folder(database.parent)
    except OSError as error:
        if not _journal(database).exists() and _journal(target).exists():
            with contextlib.suppress(OSError):
                os.replace(_journal(target), _journal(database))
        for partial in (target, _journal(target)):
            with contextlib.suppress(OSError):
                _remove(partial)
        raise _folder_error(database, error) from error
    if verdict:
        log.warning("a %s journal was beside the data file; kept aside unused as %s",
                    verdict, _journal(target).name)
    else:
        log.warning("a hot journal was beside the data file; copied aside as %s first", target.name)
    return verdict or APPLIED, (target, _journal(target))


# --- the recovery journal and its steps ----------------------------------------------------------


class _State:
    """The recovery journal's content."""

    def __init__(self, database: Path, problem: str, damaged_as: Path | None, started: str,
                 state: str = _SET_ASIDE, backup: str | None = None,
                 skipped: list[str] | None = None, journal_problem: str = "",
                 journal_kept: list[str] | None = None, salvaged: bool = False) -> None:
        self.database = database
        self.problem = problem
        self.damaged_as = damaged_as
        self.started = started
        self.state = state
        self.backup = backup
        self.skipped = skipped or []
        self.journal_problem = journal_problem
        self.journal_kept = journal_kept or []
        self.salvaged = salvaged  # the file being put back is the damaged one, repaired

    def save(self, state: str, backup: Path | None = None) -> None:
        self.state = state
        self.backup = str(backup) if backup is not None else None
        _write_json(recovery_journal(self.database), {
            "state": self.state, "problem": self.problem,
            "damaged_as": self.damaged_as.name if self.damaged_as else None,
            "backup": self.backup, "skipped": self.skipped, "started": self.started,
            "journal_problem": self.journal_problem, "journal_kept": self.journal_kept,
            "salvaged": self.salvaged})

    @classmethod
    def load(cls, database: Path) -> _State | None:
        try:
            data = json.loads(recovery_journal(database).read_text(encoding="utf-8"))
            damaged = data.get("damaged_as")
            return cls(database, str(data.get("problem") or "cannot_open"),
                       database.with_name(Path(damaged).name) if damaged else None,
                       str(data.get("started") or ""), str(data.get("state") or _SET_ASIDE),
                       data.get("backup"), [str(p) for p in data.get("skipped") or []],
                       str(data.get("journal_problem") or ""),
                       [str(p) for p in data.get("journal_kept") or []],
                       bool(data.get("salvaged")))
        except (OSError, ValueError, TypeError, AttributeError):
            return None

    def finish(self) -> None:
        _remove(recovery_journal(self.database))
        backups.fsync_folder(self.database.parent)

    def recovery(self, status: str, restored: backups.BackupInfo | None,
                 resumed: bool) -> Recovery:
        skipped = tuple(Path(p) for p in self.skipped
                        if self.damaged_as is None or Path(p).name != self.damaged_as.name)
        return Recovery(status, self.problem, self.damaged_as, restored, skipped,
                        self.journal_problem,
                        tuple(self.database.with_name(Path(p).name) for p in self.journal_kept),
                        resumed, repaired=self.salvaged and status == RESTORED)


def _set_aside(state: _State) -> None:
    """Move the damaged file (and its journal, still paired) to ``state.damaged_as``."""
    database, target = state.database, state.damaged_as
    assert target is not None
    if database.exists():
        os.replace(database, target)
    if _journal(database).exists() and not _journal(target).exists():
        os.replace(_journal(database), _journal(target))
    backups.fsync_folder(database.parent)


def _put_damaged_back(state: _State) -> None:
    """Undo the set-aside after a failed restore: the damaged original goes back in place."""
    database, target = state.database, state.damaged_as
    for partial in (_restoring(database), _journal(_restoring(database))):
        with contextlib.suppress(OSError):
            _remove(partial)
    if state.state == _FRESH_STATE:
        for partial in (database, _journal(database)):
            with contextlib.suppress(OSError):
                _remove(partial)
    if target is not None and target.exists() and not database.exists():
        os.replace(target, database)
        if _journal(target).exists() and not _journal(database).exists():
            os.replace(_journal(target), _journal(database))
    backups.fsync_folder(database.parent)
    state.finish()


def _open_checked(database: Path) -> Repository:
    repository = Repository.open(database)
    try:
        check = backups.check_connection(repository.connection, full=False, read_all=False)
    except sqlite3.Error:
        repository.close()
        raise
    if not check.ok:
        repository.close()
        raise DamagedDatabase(check.problem)
    return repository


def _pin(backup: Path) -> None:
    """Tell pruning to keep the backup that was put back (best effort)."""
    try:
        folder = backup.parent
        names = sorted({path.name for path in backups.pinned(folder)} | {backup.name})
        temp = folder / (backups.KEEP_LIST + ".tmp")
        with open(temp, "w", encoding="utf-8") as handle:
            handle.write("".join(f"{name}\n" for name in names))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, folder / backups.KEEP_LIST)
        backups.fsync_folder(folder)
    except OSError as error:
        log.warning("could not pin the restored backup: %s", error)


def _finish_restore(state: _State, backup: Path, resumed: bool) -> tuple[Repository, Recovery]:
    """The restored copy is in place: open and check it, pin the backup, end the journal."""
    database = state.database
    repository = _open_checked(database)
    if not state.salvaged:
        _pin(backup)
    try:
        state.save(_TOLD_PENDING[RESTORED], backup)
    except OSError as error:  # the journal still says "copied": the next start finishes it
        log.warning("the recovery journal could not be updated: %s", error)
    if state.salvaged:
        return repository, state.recovery(RESTORED, None, resumed)
    restored = backups.describe(backup) if backup.exists() else backups.BackupInfo(
        backup, dt.datetime.fromisoformat(state.started) if state.started else dt.datetime.now(),
        "restore")
    return repository, state.recovery(RESTORED, restored, resumed)


def _fixed_header(header: bytes) -> bytes | None:
    """The header with its fixed bytes as SQLite writes them, or None when nothing changes
    (or it is not an SQLite header at all)."""
    if len(header) < 100 or header[:16] != _DB_MAGIC:
        return None
    fixed = bytearray(header)
    for index in (18, 19):
        if fixed[index] > 2:  # write / read version: 1 (rollback journal), never above 2
            fixed[index] = 1
    fixed[21:24] = b"\x40\x20\x20"  # payload fractions: always 64, 32, 32
    return bytes(fixed) if fixed != header else None


def _salvage(state: _State) -> bool:
    """Put a copy of the damaged file with its header's fixed bytes repaired at
    ``.restoring``; True when it passes the full check of a backup. A write error puts
    everything back and raises DataFolderError."""
    damaged, database = state.damaged_as, state.database
    if (damaged is None or state.problem == "missing" or str(damaged) in state.skipped
            or not damaged.exists()):
        return False
    fixed = _fixed_header(_header(damaged))
    if fixed is None:
        return False
    restoring = _restoring(database)
    try:
        for partial in (restoring, _journal(restoring)):
            _remove(partial)
        with open(damaged, "rb") as reader, open(restoring, "wb") as writer:
            reader.seek(len(fixed))
            writer.write(fixed)
            while chunk := reader.read(1 << 20):
                writer.write(chunk)
            writer.flush()
            os.fsync(writer.fileno())
    except OSError as error:
        log.warning("repairing the file's header failed (%s); the damaged file goes back", error)
        with contextlib.suppress(OSError):
            _put_damaged_back(state)
        raise _folder_error(database, error) from error
    if backups.check_file(restoring, full=True).ok:
        log.warning("the damaged file's header was repaired; it passes its check")
        state.salvaged = True
        return True
    state.skipped.append(str(damaged))  # a crash from here on does not try it again
    with contextlib.suppress(OSError):
        _remove(restoring)
    return False


def _put_in_place(state: _State, source: Path, resumed: bool) -> tuple[Repository, Recovery]:
    """The checked copy of ``source`` is at ``.restoring``: record "copied", rename it into
    place and finish. On a write error before the rename everything goes back as it was."""
    database = state.database
    try:
        state.save(_COPIED, source)
        os.replace(_restoring(database), database)
    except OSError as error:
        with contextlib.suppress(OSError):
            _put_damaged_back(state)
        raise _folder_error(database, error) from error
    try:
        backups.fsync_folder(database.parent)
        return _finish_restore(state, source, resumed)
    except (OSError, sqlite3.Error, UnsafeSettings) as error:
        # The copy is in place and the journal says so: the next start finishes this.
        raise _folder_error(database, error) from error


def _restore(state: _State, backup_folder: Path | None,
             resumed: bool) -> tuple[Repository, Recovery]:
    """Put the newest good backup in place of the (set aside or missing) file; else start
    fresh. On a write error everything goes back as it was and DataFolderError is raised."""
    database = state.database
    restoring = _restoring(database)
    if _salvage(state):
        assert state.damaged_as is not None
        return _put_in_place(state, state.damaged_as, resumed)
    candidates = backups.list_backups(backup_folder, summarize=False) if backup_folder else []
    for candidate in candidates:
        if str(candidate.path) in state.skipped:
            continue
        if not backups.check_file(candidate.path, full=True).ok:
            state.skipped.append(str(candidate.path))
            continue
        try:
            for partial in (restoring, _journal(restoring)):
                _remove(partial)
            reader = backups.open_read_only(candidate.path)
            try:
                backups.copy_to_file(reader, restoring)
            finally:
                reader.close()
            if not backups.check_file(restoring, full=False).ok:
                raise DamagedDatabase("the copy failed its check")
        except (OSError, sqlite3.Error, UnsafeSettings) as error:
            if _write_failed(error):
                log.warning("restoring failed (%s); the damaged file goes back", error)
                with contextlib.suppress(OSError):
                    _put_damaged_back(state)
                raise _folder_error(database, error) from error
            log.warning("a backup could not be put back: %s", type(error).__name__)
            state.skipped.append(str(candidate.path))
            with contextlib.suppress(OSError):
                _remove(restoring)
            continue
        return _put_in_place(state, candidate.path, resumed)
    try:
        state.save(_FRESH_STATE)
        repository = Repository.open(database)
    except (OSError, sqlite3.Error, UnsafeSettings) as error:
        with contextlib.suppress(OSError):
            _put_damaged_back(state)
        raise _folder_error(database, error) from error
    with contextlib.suppress(OSError):
        state.save(_TOLD_PENDING[FRESH])
    return repository, state.recovery(FRESH, None, resumed)


def _resume(database: Path, backup_folder: Path | None) -> tuple[Repository, Recovery] | None:
    """Finish a recovery that a crash interrupted; None when there is nothing left to do."""
    state = _State.load(database)
    if state is None:  # unreadable (it is written atomically: only by hand): start over
        log.warning("an unreadable recovery journal was removed")
        state_file = recovery_journal(database)
        with contextlib.suppress(OSError):
            _remove(state_file)
        return None
    damaged = state.damaged_as
    log.warning("finishing an interrupted recovery (state %s)", state.state)
    restoring = _restoring(database)
    if state.state in _TOLD_PENDING.values() and database.exists():
        if not _journal(database).exists() and not diagnose(database):
            return _tell_again(state)
        with contextlib.suppress(OSError):  # damaged again since: a new recovery, a new message
            state.finish()
        return None
    if state.state == _COPIED and state.backup:
        backup = Path(state.backup)
        if not database.exists() and restoring.exists() and backups.check_file(restoring, False).ok:
            try:
                os.replace(restoring, database)
            except OSError as error:
                raise _folder_error(database, error) from error
        if database.exists():
            try:
                backups.fsync_folder(database.parent)
                return _finish_restore(state, backup, resumed=True)
            except (DamagedDatabase, UnsafeSettings, sqlite3.DatabaseError) as error:
                log.warning("the restored copy does not open (%s); trying again", error)
                if damaged is None or not damaged.exists():
                    raise
                state.skipped.append(state.backup)
                state.salvaged = False  # the backups are next
                for partial in (database, _journal(database)):
                    _remove(partial)
            except OSError as error:
                raise _folder_error(database, error) from error
    elif state.state == _FRESH_STATE:
        for partial in (database, _journal(database)):  # an empty file of our own, maybe half
            _remove(partial)
    elif database.exists():
        # set-aside: the file was not moved yet (or was made again by someone else): start over
        with contextlib.suppress(OSError):
            state.finish()
        return None
    try:
        if damaged is not None and (damaged.exists() or database.exists()):
            _set_aside(state)  # finish moving the journal, if the crash came in between
    except OSError as error:
        raise _folder_error(database, error) from error
    return _restore(state, backup_folder, resumed=True)


def _tell_again(state: _State) -> tuple[Repository, Recovery]:
    """The repair was finished, but the user may not have been told: say it again."""
    try:
        repository = _open_checked(state.database)
    except OSError as error:
        raise _folder_error(state.database, error) from error
    if state.state == _TOLD_PENDING[FRESH]:
        return repository, state.recovery(FRESH, None, resumed=False)
    if state.salvaged:
        return repository, state.recovery(RESTORED, None, resumed=False)
    backup = Path(state.backup or "")
    restored = backups.describe(backup) if state.backup and backup.exists() else (
        backups.BackupInfo(backup, dt.datetime.fromisoformat(state.started)
                           if state.started else dt.datetime.now(), "restore"))
    return repository, state.recovery(RESTORED, restored, resumed=False)


def acknowledge(database: Path | str) -> None:
    """The user has been told what recovery did: end its journal (nothing to do when none).

    Until this is called, every start repeats the message; a failure to remove the journal
    is logged and only means the message comes once more.
    """
    if str(database) == MEMORY:
        return
    journal = recovery_journal(Path(database))
    if not journal.exists():
        return
    try:
        _remove(journal)
        backups.fsync_folder(Path(database).parent)
    except OSError as error:
        log.warning("the recovery journal could not be removed: %s", error)


def _damaged_files(database: Path) -> list[Path]:
    try:
        found = [path for path in database.parent.glob(f"{database.stem}-damaged-*{database.suffix}")
                 if path.is_file()]
    except OSError:
        return []
    return sorted(found, key=lambda path: path.stat().st_mtime, reverse=True)


def _missing(database: Path, backup_folder: Path | None,
             now: dt.datetime) -> tuple[Repository, Recovery] | None:
    """No file, no recovery journal: a first start, or a file that went missing."""
    damaged = _damaged_files(database)
    has_backups = bool(backup_folder and backups.list_backups(backup_folder, summarize=False))
    if not damaged and not has_backups:
        return None  # a first start
    log.warning("the data file is missing while backups or damaged files exist")
    state = _State(database, "missing", None, now.isoformat(timespec="seconds"))
    try:
        state.save(_SET_ASIDE)
    except OSError as error:
        raise _folder_error(database, error) from error
    repository, recovery = _restore(state, backup_folder, resumed=False)
    if recovery.status == FRESH and damaged:
        recovery = Recovery(FRESH, "missing", damaged[0], None, recovery.skipped)
    return repository, recovery


def open_or_recover(database: Path | str, backup_folder: Path | None,
                    now: dt.datetime | None = None,
                    busy_seconds: float = _BUSY_SECONDS) -> tuple[Repository, Recovery]:
    """Open the household's file; when it is damaged, set it aside and restore a backup.

    Raises FileInUse (another program holds the file; nothing touched), DataFolderError (the
    folder or file cannot be used, or the disk is full; the damaged file is in place) and
    SchemaTooNew (a newer Paraat's file; untouched). Every kind of damage ends in one of the
    outcomes of ``Recovery``.
    """
    if str(database) == MEMORY:
        return Repository.open(MEMORY), Recovery()
    database = Path(database)
    now = now or dt.datetime.now()
    _refuse_odd_files(database)  # touching nothing: before any open, move or removal
    has_journal = recovery_journal(database).exists()
    _clean_leftovers(database, has_journal)
    if has_journal:
        if database.exists():
            _hot_journal(database, busy_seconds)  # refuse (FileInUse) while another program writes
        resumed = _resume(database, backup_folder)
        if resumed is not None:
            return resumed
    if not database.exists():
        missing = _missing(database, backup_folder, now)
        if missing is not None:
            return missing
        try:
            return Repository.open(database), Recovery()
        except sqlite3.OperationalError as error:
            raise (FileInUse(database, _IN_USE) if _busy(error)
                   else _folder_error(database, error)) from error

    journal_problem, journal_kept = _keep_journal(database, now, busy_seconds)
    try:
        problem = diagnose(database, busy_seconds)
    except DataFolderError:
        raise
    except OSError as error:
        raise _folder_error(database, error) from error
    if not problem:
        try:
            repository = Repository.open(database)
        except DataFolderError:
            raise
        except (DamagedDatabase, UnsafeSettings, sqlite3.DatabaseError) as error:
            if _busy(error):
                raise FileInUse(database, _IN_USE) from error
            log.warning("the data file failed to open: %s", type(error).__name__)
            problem = "cannot_open"
        except OSError as error:
            raise _folder_error(database, error) from error
        else:
            status = JOURNAL if journal_problem else OK
            return repository, Recovery(status, journal_problem=journal_problem,
                                        journal_kept=journal_kept)

    log.warning("the data file is damaged (%s); setting it aside", problem)
    state = _State(database, problem, _free_name(database, "damaged", now),
                   now.isoformat(timespec="seconds"), journal_problem=journal_problem,
                   journal_kept=[path.name for path in journal_kept])
    try:
        state.save(_SET_ASIDE)
    except OSError as error:
        raise _folder_error(database, error) from error
    try:
        _set_aside(state)
    except OSError as error:
        with contextlib.suppress(OSError):
            _put_damaged_back(state)
        raise _folder_error(database, error) from error
    return _restore(state, backup_folder, resumed=False)
