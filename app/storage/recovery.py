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

The parts: ``journals`` (SQLite's rollback journal beside the file), ``restoring`` (salvage
and the backups), ``recovery_state`` (the recovery journal and its outcome) and
``file_steps`` (error kinds and small durable file steps). This module drives them and is
the public API.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
from pathlib import Path

from app.storage import backups
from app.storage.database import (
    MEMORY,
    DamagedDatabase,
    DataFolderError,
    FileInUse,
    UnsafeSettings,
)
from app.storage.file_steps import (
    DB_MAGIC,
    IN_USE,
    folder_error,
    free_name,
    is_busy,
    journal_of,
    must_be_regular,
    read_header,
    remove,
)
from app.storage.journals import APPLIED, FOREIGN, STALE, hot_journal, journal_verdict, keep_journal
from app.storage.recovery_state import (
    COPIED,
    FRESH,
    FRESH_STATE,
    JOURNAL,
    OK,
    RESTORED,
    SET_ASIDE,
    TOLD_PENDING,
    Recovery,
    RecoveryState,
    put_damaged_back,
    recovery_journal,
    restoring_file,
    set_aside,
)
from app.storage.repository import Repository
from app.storage.restoring import finish_restore, open_checked, restore
from app.storage.schema import SchemaTooNew

__all__ = [
    "APPLIED", "FOREIGN", "FRESH", "JOURNAL", "OK", "RESTORED", "STALE", "Recovery",
    "acknowledge", "diagnose", "journal_verdict", "open_or_recover", "recovery_journal",
]

log = logging.getLogger(__name__)

_BUSY_SECONDS = 2.0


def _refuse_odd_files(database: Path) -> None:
    """The file, its journal (beside the link and beside the file it points to: SQLite keeps
    the journal beside the real file) and the recovery journal must be ordinary files."""
    real = Path(os.path.realpath(database))
    for path in dict.fromkeys((database, journal_of(database), journal_of(real),
                               recovery_journal(database))):
        must_be_regular(path)


def _clean_leftovers(database: Path, has_journal: bool) -> None:
    """Remove what a crash left that holds nothing anyone needs."""
    folder = database.parent
    leftovers = [recovery_journal(database).with_name(recovery_journal(database).name + ".tmp")]
    if not has_journal:
        leftovers += [restoring_file(database), journal_of(restoring_file(database))]
    with contextlib.suppress(OSError):
        leftovers += list(folder.glob(f"{database.stem}-before-journal-*.copying"))
    for leftover in leftovers:
        if leftover.exists():
            log.warning("removing a leftover of an interrupted start: %s", leftover.name)
            with contextlib.suppress(OSError):
                remove(leftover)


def diagnose(database: Path, busy_seconds: float = _BUSY_SECONDS) -> str:
    """"" when the file at ``database`` is a sound Paraat file, else what is wrong.

    Raises SchemaTooNew for a file from a newer Paraat, FileInUse when another program holds
    it and DataFolderError when the file is fine but cannot be used now (no permission).
    """
    if not os.access(database, os.R_OK | os.W_OK) or not os.access(
            database.parent, os.W_OK | os.X_OK):
        raise DataFolderError(database, "no permission to read and write this file")
    header = read_header(database)
    if len(header) == 100 and header[:16] == DB_MAGIC and header[18] > 2:
        return "read_only"  # SQLite would open it read-only: a damaged header byte
    uri = database.absolute().as_uri() + "?mode=rw"
    try:
        connection = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=busy_seconds,
                                     check_same_thread=False)
    except sqlite3.Error as error:
        if is_busy(error):
            raise FileInUse(database, IN_USE) from error
        return "cannot_open"
    try:
        check = backups.check_connection(connection, full=True)
    except sqlite3.Error as error:
        if is_busy(error):
            raise FileInUse(database, IN_USE) from error
        return "cannot_open"
    finally:
        connection.close()
    if check.problem == "too_new":
        raise SchemaTooNew(check.version)
    return check.problem


def _resume(database: Path, backup_folder: Path | None) -> tuple[Repository, Recovery] | None:
    """Finish a recovery that a crash interrupted; None when there is nothing left to do."""
    state = RecoveryState.load(database)
    if state is None:  # unreadable (it is written atomically: only by hand): start over
        log.warning("an unreadable recovery journal was removed")
        state_file = recovery_journal(database)
        with contextlib.suppress(OSError):
            remove(state_file)
        return None
    damaged = state.damaged_as
    log.warning("finishing an interrupted recovery (state %s)", state.state)
    restoring = restoring_file(database)
    if state.state in TOLD_PENDING.values() and database.exists():
        if not journal_of(database).exists() and not diagnose(database):
            return _tell_again(state)
        with contextlib.suppress(OSError):  # damaged again since: a new recovery, a new message
            state.finish()
        return None
    if state.state == COPIED and state.backup:
        backup = Path(state.backup)
        if not database.exists() and restoring.exists() and backups.check_file(restoring, False).ok:
            try:
                os.replace(restoring, database)
            except OSError as error:
                raise folder_error(database, error) from error
        if database.exists():
            try:
                backups.fsync_folder(database.parent)
                return finish_restore(state, backup, resumed=True)
            except (DamagedDatabase, UnsafeSettings, sqlite3.DatabaseError) as error:
                log.warning("the restored copy does not open (%s); trying again", error)
                if damaged is None or not damaged.exists():
                    raise
                state.skipped.append(state.backup)
                state.salvaged = False  # the backups are next
                for partial in (database, journal_of(database)):
                    remove(partial)
            except OSError as error:
                raise folder_error(database, error) from error
    elif state.state == FRESH_STATE:
        for partial in (database, journal_of(database)):  # an empty file of our own, maybe half
            remove(partial)
    elif database.exists():
        # set-aside: the file was not moved yet (or was made again by someone else): start over
        with contextlib.suppress(OSError):
            state.finish()
        return None
    try:
        if damaged is not None and (damaged.exists() or database.exists()):
            set_aside(state)  # finish moving the journal, if the crash came in between
    except OSError as error:
        raise folder_error(database, error) from error
    return restore(state, backup_folder, resumed=True)


def _tell_again(state: RecoveryState) -> tuple[Repository, Recovery]:
    """The repair was finished, but the user may not have been told: say it again."""
    try:
        repository = open_checked(state.database)
    except OSError as error:
        raise folder_error(state.database, error) from error
    if state.state == TOLD_PENDING[FRESH]:
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
        remove(journal)
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
    state = RecoveryState(database, "missing", None, now.isoformat(timespec="seconds"))
    try:
        state.save(SET_ASIDE)
    except OSError as error:
        raise folder_error(database, error) from error
    repository, recovery = restore(state, backup_folder, resumed=False)
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
            hot_journal(database, busy_seconds)  # refuse (FileInUse) while another program writes
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
            raise (FileInUse(database, IN_USE) if is_busy(error)
                   else folder_error(database, error)) from error

    journal_problem, journal_kept = keep_journal(database, now, busy_seconds)
    try:
        problem = diagnose(database, busy_seconds)
    except DataFolderError:
        raise
    except OSError as error:
        raise folder_error(database, error) from error
    if not problem:
        try:
            repository = Repository.open(database)
        except DataFolderError:
            raise
        except (DamagedDatabase, UnsafeSettings, sqlite3.DatabaseError) as error:
            if is_busy(error):
                raise FileInUse(database, IN_USE) from error
            log.warning("the data file failed to open: %s", type(error).__name__)
            problem = "cannot_open"
        except OSError as error:
            raise folder_error(database, error) from error
        else:
            status = JOURNAL if journal_problem else OK
            return repository, Recovery(status, journal_problem=journal_problem,
                                        journal_kept=journal_kept)

    log.warning("the data file is damaged (%s); setting it aside", problem)
    state = RecoveryState(database, problem, free_name(database, "damaged", now),
                   now.isoformat(timespec="seconds"), journal_problem=journal_problem,
                   journal_kept=[path.name for path in journal_kept])
    try:
        state.save(SET_ASIDE)
    except OSError as error:
        raise folder_error(database, error) from error
    try:
        set_aside(state)
    except OSError as error:
        with contextlib.suppress(OSError):
            put_damaged_back(state)
        raise folder_error(database, error) from error
    return restore(state, backup_folder, resumed=False)
