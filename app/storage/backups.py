"""Automatic backups of the household's file, made with SQLite's backup API.

A backup is never a file copy of a live database (RELIABILITY.md §1.3, §1.7). It is written
with ``Connection.backup`` to a temporary file in the backups folder, stamped, synced to the
disk, checked (``PRAGMA integrity_check`` and the schema Paraat expects), and only then renamed
to its final name; the folder is synced after the rename. A power cut at any moment leaves
either no new backup or a complete, checked one. A temp file left by a crash carries the id of
the process that wrote it (``….sqlite3.tmp-<pid>``): the next start removes it once that
process is gone (and any temp file older than an hour).

File names carry the local date-time and the reason: ``paraat-2026-11-28T041502-import.sqlite3``.
The name is for people; it is **never** used to decide which backup is the newest, because the
computer's clock can be wrong (set a year ahead or back, a flat CMOS battery).

Each backup carries its own identity inside the file, in its ``settings`` table:

- ``backup.sequence``: a counter, one more than the highest sequence found in the backups
  already in the folder (read from their contents). It only grows, whatever the clock says.
- ``backup.made_at``: when it was made, in UTC (ISO 8601).
- ``backup.reason``: why it was made.

These keys are not data: ``data_fingerprint`` leaves them out, and a restore removes them
from the live file. No counter is kept in the live database: that would be a write on every
backup (and every restore would have to put it right again), while the folder's own highest
sequence is enough to order the backups in it. The cost: a backup with the highest sequence
that cannot be read at the moment a new one is made (moved away, unreadable) may later share
or outrank the new one's number; ``made_at`` and then the file time break such a tie.

Ranking (newest first, as ``list_backups`` and recovery use it): first the files that are
damaged and say nothing about themselves (so recovery tries them, reports them as damaged and
moves on: they can never win), then every backup that has a sequence, by sequence, then ``made_at``, then file time; then the backups made by an older
Paraat (no sequence), by the date in their name and then their file time. A backup without a
sequence is ranked below every backup with one, because the first backup this Paraat makes is
made after every older one, from the file as it is now; only a return to an older Paraat
(which makes unnumbered backups again) would break this, and then the numbered ones still
hold everything up to the downgrade.

Generations, by each backup's own ``made_at`` (the name's date for older ones), newest first
by the ranking above: the newest backup of each of the last 7 days, of each of the last 4 weeks
and of each of the last 12 months, plus the last few made before an import, a restore or a
replacement. Always kept, whatever the dates say: the first file by the ranking, the 7 newest readable
backups by the ranking (a clock
set a year ahead makes every older backup look a year old), the newest backup that passes its
full check, and every backup dated later than now (the clock was set back). The rest is deleted.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import os
import re
import sqlite3
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from app.core.records import kind_of
from app.storage.database import transaction
from app.storage.schema import SCHEMA_VERSION, migrate

# Why a backup was made. "start" is the daily one at start; the others are taken just before
# the change they are named after.
REASONS = ("start", "manual", "import", "restore", "replace", "delete-all")
BEFORE_REASONS = frozenset(REASONS) - {"start"}
KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS, KEEP_BEFORE = 7, 4, 12, 5
KEEP_NEWEST = 7  # the newest backups by content, kept whatever their dates say
KEEP_LIST = "keep.txt"  # names of backups never pruned (recovery pins the one it put back)

PREFIX = "paraat-"
SUFFIX = ".sqlite3"
TEMP_SUFFIX = ".tmp"
_STAMP = "%Y-%m-%dT%H%M%S"
_NAME = re.compile(
    r"^paraat-(\d{4}-\d{2}-\d{2}T\d{6})-([a-z]+(?:-[a-z]+)*)(?:-(\d+))?\.sqlite3$")
_TEMP_PID = re.compile(r"\.tmp-(\d+)(?:-journal)?$")
_STALE_TEMP_SECONDS = 3600

# The keys a backup carries about itself (module docstring). Not data.
KEY_PREFIX = "backup."
SEQUENCE_KEY = "backup.sequence"
MADE_AT_KEY = "backup.made_at"
REASON_KEY = "backup.reason"
_IS_STAMP = "substr(key, 1, 7) = 'backup.'"

# Settings that only remember how the window looked: a change to them is not a change of data.
_UI_STATE_KEYS = ("window_geometry", "last_page", "reminder_shown_on")


class BackupError(Exception):
    """A backup could not be made or used. Nothing was changed."""


class BackupRefused(BackupError):
    """A transaction is open on the connection: a backup now could hold half a change."""


class BackupDamaged(BackupError):
    """The backup file failed its check and will not be restored."""


@dataclass(frozen=True)
class FileCheck:
    """What a read-only look at a database file found."""

    ok: bool
    problem: str = ""  # "", "cannot_open", "check_failed", "schema", "too_new", "not_paraat"
    version: int = 0


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when and why it was made, and what it holds.

    ``when`` is the local time it was made (from ``made_at`` inside the file, else from the
    name); ``sequence`` and ``made_at`` (UTC) are what the file says about itself, None for a
    backup made by an older Paraat or one that cannot be read.
    """

    path: Path
    when: dt.datetime
    reason: str
    members: int | None = None
    contacts: int | None = None
    stock: int | None = None
    ok: bool | None = None  # None: not checked
    sequence: int | None = None
    made_at: dt.datetime | None = None

    def summary(self) -> str:
        """A short English line for logs and the command line (the GUI words its own)."""
        if self.ok is False:
            return "damaged"
        return f"{self.members} members, {self.contacts} contacts, {self.stock} stock entries"


# --- the schema Paraat expects -------------------------------------------------------------------


@functools.cache
def expected_schema(version: int) -> dict[str, tuple[tuple[str, str, int, int], ...]]:
    """Table → columns (name, type, not null, primary key) after ``version`` migrations.

    Built by running the migrations themselves in memory, so a new migration (a new column, a
    new table) changes what is expected without a second list to keep in step.
    """
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        with transaction(memory):
            migrate(memory, version)
        return schema_of(memory)
    finally:
        memory.close()


def schema_of(connection: sqlite3.Connection) -> dict[str, tuple[tuple[str, str, int, int], ...]]:
    """Table → columns of the database open on ``connection`` (SQLite's own tables left out)."""
    names = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    return {
        name: tuple((row[1], str(row[2]).upper(), int(row[3]), int(row[5]))
                    for row in connection.execute(f'PRAGMA table_info("{name}")'))
        for name in names
    }


def check_connection(connection: sqlite3.Connection, full: bool = False,
                     read_all: bool = True) -> FileCheck:
    """Check an open database: SQLite's own check, the schema for its version, and (with
    ``read_all``) that every row reads, text included.

    ``full`` runs ``integrity_check`` (also indexes against tables), else ``quick_check``.
    Raises sqlite3.Error when SQLite cannot read the file at all.
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = connection.execute(f"PRAGMA {pragma}(1)").fetchall()
        if rows != [("ok",)]:
            return FileCheck(False, "check_failed")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            return FileCheck(False, "too_new", version)
        if version < 1:
            return FileCheck(False, "not_paraat", version)
        if schema_of(connection) != expected_schema(version):
            return FileCheck(False, "schema", version)
        if read_all:
            data_fingerprint(connection)
    except UnicodeDecodeError:  # text that is not UTF-8 any more: damaged bytes
        return FileCheck(False, "check_failed")
    return FileCheck(True, "", version)


def open_read_only(path: Path) -> sqlite3.Connection:
    uri = Path(path).absolute().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)


def check_file(path: Path, full: bool = True) -> FileCheck:
    """Check a closed database file (a backup) read-only; never raises for a bad file."""
    try:
        connection = open_read_only(path)
    except sqlite3.Error:
        return FileCheck(False, "cannot_open")
    try:
        return check_connection(connection, full)
    except sqlite3.Error:
        return FileCheck(False, "cannot_open")
    finally:
        connection.close()


# --- what the data is ----------------------------------------------------------------------------


def data_fingerprint(connection: sqlite3.Connection) -> str:
    """A hash of every stored row, leaving out settings that only remember the window and the
    keys a backup carries about itself."""
    digest = hashlib.sha256()
    keys = ", ".join("?" for _ in _UI_STATE_KEYS)
    for table in sorted(schema_of(connection)):
        if table == "settings":
            sql = (f"SELECT * FROM settings WHERE key NOT IN ({keys}) "
                   f"AND key NOT LIKE 'section.%' AND NOT {_IS_STAMP} ORDER BY key")
            rows = connection.execute(sql, _UI_STATE_KEYS)
        else:
            rows = connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
        digest.update(table.encode())
        for row in rows:
            digest.update(repr(row).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _counts(connection: sqlite3.Connection) -> tuple[int, int, int]:
    tables = schema_of(connection)
    counts = []
    for kind in ("member", "contact", "stock"):
        table = kind_of(kind).table
        counts.append(connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                      if table in tables else 0)
    return counts[0], counts[1], counts[2]


def _stamp_of(connection: sqlite3.Connection) -> tuple[int | None, dt.datetime | None]:
    """(sequence, made_at in UTC) as the backup open on ``connection`` says; None for what it
    does not say or says in a form that cannot be right."""
    rows = dict(connection.execute(
        f"SELECT key, value FROM settings WHERE {_IS_STAMP}").fetchall())
    sequence: int | None = None
    made_at: dt.datetime | None = None
    try:
        value = int(str(rows.get(SEQUENCE_KEY, "")))
        sequence = value if value > 0 else None
    except ValueError:
        pass
    try:
        moment = dt.datetime.fromisoformat(str(rows.get(MADE_AT_KEY, "")))
        if moment.tzinfo is not None:
            made_at = moment.astimezone(dt.UTC)
    except ValueError:
        pass
    return sequence, made_at


def read_stamp(path: Path) -> tuple[int | None, dt.datetime | None]:
    """(sequence, made_at) stored inside the backup at ``path``; (None, None) when it has none
    or cannot be read. Read-only; never raises for a bad file."""
    sequence, made_at, _ = _identify(path)
    return sequence, made_at


def _identify(path: Path) -> tuple[int | None, dt.datetime | None, bool]:
    """(sequence, made_at, readable): ``readable`` is False when the file could not be read
    as a Paraat database at all (damaged, empty, not SQLite)."""
    try:
        connection = open_read_only(path)
    except sqlite3.Error:
        return None, None, False
    try:
        return (*_stamp_of(connection), True)
    except (sqlite3.Error, UnicodeDecodeError):
        return None, None, False
    finally:
        connection.close()


def _local(moment: dt.datetime) -> dt.datetime:
    """An aware moment as a naive local time (how names and ``now`` are given)."""
    return moment.astimezone().replace(tzinfo=None)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def describe(path: Path) -> BackupInfo:
    """A backup's date, reason and identity, and its counts, read from the file itself (the
    date from the name for a backup without its own ``made_at``)."""
    when, reason = parse_name(path.name)
    sequence, made_at = read_stamp(path)  # a damaged backup still says what it was, if it can
    dated = _local(made_at) if made_at else when
    damaged = BackupInfo(path, dated, reason, ok=False, sequence=sequence, made_at=made_at)
    try:
        connection = open_read_only(path)
    except sqlite3.Error:
        return damaged
    try:
        check = check_connection(connection, full=False, read_all=False)
        if not check.ok:
            return damaged
        members, contacts, stock = _counts(connection)
        return BackupInfo(path, dated, reason, members, contacts, stock, ok=True,
                          sequence=sequence, made_at=made_at)
    except (sqlite3.Error, UnicodeDecodeError):
        return damaged
    finally:
        connection.close()


# --- names, ranking and listing ------------------------------------------------------------------


def backup_name(when: dt.datetime, reason: str, number: int = 1) -> str:
    extra = f"-{number}" if number > 1 else ""
    return f"{PREFIX}{when.strftime(_STAMP)}-{reason}{extra}{SUFFIX}"


def parse_name(name: str) -> tuple[dt.datetime, str]:
    """(when, reason) of a backup file name; ValueError for any other name."""
    match = _NAME.match(name)
    if not match:
        raise ValueError(f"not a backup name: {name!r}")
    return dt.datetime.strptime(match.group(1), _STAMP), match.group(2)


def _unknown(info: BackupInfo) -> bool:
    """Damaged and saying nothing about itself: it can never be restored."""
    return info.ok is False and info.sequence is None


def rank_key(info: BackupInfo, mtime: float = 0.0) -> tuple[int, int, float, float, str]:
    """Sort key, larger is first (module docstring): files that are damaged and say nothing
    about themselves (tried and reported first, never chosen), then numbered backups, then
    unnumbered ones; within each, the sequence, the moment it was made, the file time, the
    name."""
    if _unknown(info):
        return (2, 0, info.when.astimezone().timestamp(), mtime, info.path.name)
    if info.sequence is not None:
        moment = (info.made_at or info.when.astimezone()).timestamp()
        return (1, info.sequence, moment, mtime, info.path.name)
    return (0, 0, info.when.astimezone().timestamp(), mtime, info.path.name)


def _ranked(infos: Iterable[BackupInfo]) -> list[BackupInfo]:
    return sorted(infos, key=lambda info: rank_key(info, _mtime(info.path)), reverse=True)


def _backup_files(folder: Path) -> list[BackupInfo]:
    """Every file with a backup's name in ``folder``, with the identity it carries, newest
    first by content."""
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        try:
            when, reason = parse_name(path.name)
        except ValueError:
            continue
        if not path.is_file():
            continue
        sequence, made_at, readable = _identify(path)
        found.append(BackupInfo(path, _local(made_at) if made_at else when, reason,
                                ok=None if readable else False,
                                sequence=sequence, made_at=made_at))
    return _ranked(found)


def list_backups(folder: Path, summarize: bool = True) -> list[BackupInfo]:
    """Every backup in ``folder``, newest first by what each file says about itself (never by
    its name); with ``summarize`` the counts read from each file, and ``ok``."""
    files = _backup_files(folder)
    if summarize:
        return _ranked(describe(info.path) for info in files)
    return files


def newest_backup(folder: Path) -> BackupInfo | None:
    """The newest backup by content that can be read (not yet fully checked), or None."""
    return next((info for info in _backup_files(folder) if not _unknown(info)), None)


def newest_verified(folder: Path) -> BackupInfo | None:
    """The newest backup by content that passes its full check, or None."""
    for info in _backup_files(folder):
        if check_file(info.path, full=True).ok:
            return info
    return None


# --- generations ---------------------------------------------------------------------------------


def _generations(ordered: Iterable[tuple[Path, dt.datetime, str]], now: dt.datetime) -> set[Path]:
    """The newest (first in ``ordered``) of each day, week and month bucket by the date each
    backup carries, and the last few "before …" ones."""
    keep: set[Path] = set()
    seen: set[tuple[object, ...]] = set()
    before = 0
    today = now.date()
    for path, when, reason in ordered:
        age = (today - when.date()).days
        buckets: list[tuple[object, ...]] = []
        if age < KEEP_DAYS:
            buckets.append(("day", when.date()))
        if age < KEEP_WEEKS * 7:
            buckets.append(("week", *when.isocalendar()[:2]))
        if age < 366 and (today.year - when.year) * 12 + today.month - when.month < KEEP_MONTHS:
            buckets.append(("month", when.year, when.month))
        for bucket in buckets:
            if bucket not in seen:
                seen.add(bucket)
                keep.add(path)
        if reason in BEFORE_REASONS and before < KEEP_BEFORE:
            before += 1
            keep.add(path)
    return keep


def to_keep(backups: Iterable[tuple[Path, dt.datetime, str]], now: dt.datetime) -> set[Path]:
    """The generations alone, for (path, when, reason) ordered by ``when``: newest per day
    (7 days), week (4 weeks), month (12 months), the last few "before …" ones, and always the
    newest one. ``prune`` adds what the backups' own contents say must stay."""
    ordered = sorted(backups, key=lambda item: (item[1], item[0].name), reverse=True)
    keep = _generations(ordered, now)
    if ordered:
        keep.add(ordered[0][0])
    return keep


def pinned(folder: Path) -> set[Path]:
    """The backups named in ``folder``'s ``KEEP_LIST`` (written by recovery): never pruned."""
    try:
        text = (folder / KEEP_LIST).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return set()
    return {folder / Path(line.strip()).name for line in text.splitlines() if line.strip()}


def prune(folder: Path, now: dt.datetime | None = None, keep: Iterable[Path] = (),
          verified: Iterable[Path] = ()) -> list[Path]:
    """Delete the backups the generations do not keep; returns what was deleted.

    Never deleted: the paths in ``keep``, the ``KEEP_NEWEST`` newest by content, the newest one
    that passes its full check (``verified``: paths known to pass, not checked again), and every
    backup dated later than ``now`` (a clock set back). A file that cannot be deleted stays.
    """
    now = now or dt.datetime.now()
    files = _backup_files(folder)
    kept = _generations(((info.path, info.when, info.reason) for info in files), now)
    kept |= {Path(path) for path in keep} | pinned(folder)
    if files:
        kept.add(files[0].path)
    kept |= {info.path for info in [info for info in files if not _unknown(info)][:KEEP_NEWEST]}
    kept |= {info.path for info in files if info.when > now}
    known_good = {Path(path) for path in verified}
    for info in files:
        if info.path in known_good or check_file(info.path, full=True).ok:
            kept.add(info.path)
            break
    deleted = []
    for info in files:
        if info.path not in kept:
            try:
                info.path.unlink()
                deleted.append(info.path)
            except OSError:
                continue
    return deleted


# --- making and restoring ------------------------------------------------------------------------


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (not possible, nor needed, on Windows)."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _running(pid: int) -> bool:
    """Whether a process ``pid`` still runs (assumed so where that cannot be asked)."""
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def remove_stale_temps(folder: Path) -> list[Path]:
    """Remove temp files a crashed backup left: those whose writer is gone, and any older than
    an hour. Returns what was removed; never raises."""
    limit = time.time() - _STALE_TEMP_SECONDS
    removed = []
    try:
        candidates = list(folder.glob(f"{PREFIX}*{TEMP_SUFFIX}*"))
    except OSError:
        return []
    for path in candidates:
        match = _TEMP_PID.search(path.name)
        try:
            gone = match is not None and not _running(int(match.group(1)))
            if gone or path.stat().st_mtime < limit:
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed


def copy_to_file(source: sqlite3.Connection, target: Path,
                 stamp: Mapping[str, str] | None = None) -> None:
    """Write the database open on ``source`` into a new file with the backup API, synced.

    ``stamp``: ``backup.*`` settings to write into the copy before it is synced (any such keys
    copied from ``source`` are replaced); without it the copy is exactly the source.
    """
    connection = sqlite3.connect(str(target), isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = OFF")  # a scratch file: we sync it ourselves
        connection.execute("PRAGMA synchronous = OFF")
        source.backup(connection)
        if stamp is not None:
            with transaction(connection):
                connection.execute(f"DELETE FROM settings WHERE {_IS_STAMP}")
                connection.executemany("INSERT INTO settings (key, value) VALUES (?, ?)",
                                       sorted(stamp.items()))
    finally:
        connection.close()
    fsync_file(target)


def next_sequence(folder: Path) -> int:
    """One more than the highest sequence any backup in ``folder`` carries."""
    return 1 + max((info.sequence or 0 for info in _backup_files(folder)), default=0)


def make_backup(connection: sqlite3.Connection, folder: Path, reason: str,
                now: dt.datetime | None = None, prune_after: bool = True) -> BackupInfo:
    """Back up the database open on ``connection`` into ``folder``; returns the new backup.

    Raises BackupRefused inside a transaction, BackupError when the copy fails its check and
    OSError (or sqlite3.Error) when the folder cannot be written; no half file is ever left
    under a final name. A failure while pruning afterwards is not an error: the backup is made.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if connection.in_transaction:
        raise BackupRefused("a transaction is open")
    now = (now or dt.datetime.now()).replace(microsecond=0)
    made_at = now.astimezone(dt.UTC)
    folder.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(folder)
    sequence = next_sequence(folder)
    number = 1
    while (folder / backup_name(now, reason, number)).exists():
        number += 1
    final = folder / backup_name(now, reason, number)
    temp = folder / f"{final.name}{TEMP_SUFFIX}-{os.getpid()}"
    stamp = {SEQUENCE_KEY: str(sequence), MADE_AT_KEY: made_at.isoformat(), REASON_KEY: reason}
    try:
        copy_to_file(connection, temp, stamp)
        check = check_file(temp, full=True)
        if not check.ok:
            raise BackupError(f"the new backup failed its check: {check.problem}")
        if read_stamp(temp) != (sequence, made_at):
            raise BackupError("the new backup does not say what it is")
        os.replace(temp, final)
    except BaseException:
        for leftover in (temp, Path(f"{temp}-journal")):
            with contextlib.suppress(OSError):  # else the next start removes it
                leftover.unlink(missing_ok=True)
        raise
    fsync_folder(folder)
    made = BackupInfo(final, now, reason, sequence=sequence, made_at=made_at)
    if prune_after:
        prune(folder, now, keep=[final], verified=[final])
    return made


def backup_at_start(connection: sqlite3.Connection, folder: Path,
                    now: dt.datetime | None = None) -> BackupInfo | None:
    """The daily backup at start: at most one a day, and only when the data changed since the
    newest backup (by content). Returns the new backup, or None when none was needed. Temp
    files left by a crashed backup are removed first."""
    now = now or dt.datetime.now()
    remove_stale_temps(folder)
    files = _backup_files(folder)
    if any(info.reason == "start" and info.when.date() == now.date() for info in files):
        return None
    last = next((info for info in files if not _unknown(info)), None)
    if last is not None:
        unchanged = False
        try:
            newest = open_read_only(last.path)
            try:
                if check_connection(newest, full=False, read_all=False).ok:
                    unchanged = data_fingerprint(newest) == data_fingerprint(connection)
            finally:
                newest.close()
        except (sqlite3.Error, UnicodeDecodeError):
            unchanged = False
        if unchanged:
            return None
    return make_backup(connection, folder, "start", now)


def copy_into(source: Path, connection: sqlite3.Connection) -> None:
    """Replace the database open on ``connection`` by the file ``source``, in one step, and
    bring it up to this version's schema (the backup's own ``backup.*`` keys are dropped)."""
    reader = open_read_only(source)
    try:
        reader.backup(connection)
    finally:
        reader.close()
    with transaction(connection):
        migrate(connection)
        connection.execute(f"DELETE FROM settings WHERE {_IS_STAMP}")


def restore_backup(connection: sqlite3.Connection, folder: Path, source: Path,
                   now: dt.datetime | None = None) -> BackupInfo:
    """Put the backup ``source`` back into the live database.

    The current state is backed up first (reason "restore"); returns that backup. Raises
    BackupDamaged (nothing changed) when ``source`` fails its check.
    """
    check = check_file(source, full=True)
    if not check.ok:
        raise BackupDamaged(check.problem)
    before = make_backup(connection, folder, "restore", now, prune_after=False)
    copy_into(source, connection)
    prune(folder, now, keep=[source, before.path], verified=[before.path])
    return before
