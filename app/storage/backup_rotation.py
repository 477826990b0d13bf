"""Which backups there are, which is the newest, and which are kept.

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

import datetime as dt
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from app.core.records import kind_of
from app.storage.backup_checks import (
    IS_STAMP,
    MADE_AT_KEY,
    SEQUENCE_KEY,
    check_connection,
    check_file,
    open_read_only,
    schema_of,
)

# Why a backup was made. "start" is the daily one at start; the others are taken just before
# the change they are named after.
REASONS = ("start", "manual", "import", "restore", "replace", "delete-all")
BEFORE_REASONS = frozenset(REASONS) - {"start"}
KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS, KEEP_BEFORE = 7, 4, 12, 5
KEEP_NEWEST = 7  # the newest backups by content, kept whatever their dates say
KEEP_LIST = "keep.txt"  # names of backups never pruned (recovery pins the one it put back)

PREFIX = "paraat-"
SUFFIX = ".sqlite3"
_STAMP = "%Y-%m-%dT%H%M%S"
_NAME = re.compile(
    r"^paraat-(\d{4}-\d{2}-\d{2}T\d{6})-([a-z]+(?:-[a-z]+)*)(?:-(\d+))?\.sqlite3$")


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
        f"SELECT key, value FROM settings WHERE {IS_STAMP}").fetchall())
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


def backup_name(when: dt.datetime, reason: str, number: int = 1) -> str:
    extra = f"-{number}" if number > 1 else ""
    return f"{PREFIX}{when.strftime(_STAMP)}-{reason}{extra}{SUFFIX}"


def parse_name(name: str) -> tuple[dt.datetime, str]:
    """(when, reason) of a backup file name; ValueError for any other name."""
    match = _NAME.match(name)
    if not match:
        raise ValueError(f"not a backup name: {name!r}")
    return dt.datetime.strptime(match.group(1), _STAMP), match.group(2)


def is_unknown(info: BackupInfo) -> bool:
    """Damaged and saying nothing about itself: it can never be restored."""
    return info.ok is False and info.sequence is None


def rank_key(info: BackupInfo, mtime: float = 0.0) -> tuple[int, int, float, float, str]:
    """Sort key, larger is first (module docstring): files that are damaged and say nothing
    about themselves (tried and reported first, never chosen), then numbered backups, then
    unnumbered ones; within each, the sequence, the moment it was made, the file time, the
    name."""
    if is_unknown(info):
        return (2, 0, info.when.astimezone().timestamp(), mtime, info.path.name)
    if info.sequence is not None:
        moment = (info.made_at or info.when.astimezone()).timestamp()
        return (1, info.sequence, moment, mtime, info.path.name)
    return (0, 0, info.when.astimezone().timestamp(), mtime, info.path.name)


def _ranked(infos: Iterable[BackupInfo]) -> list[BackupInfo]:
    return sorted(infos, key=lambda info: rank_key(info, _mtime(info.path)), reverse=True)


def backup_files(folder: Path) -> list[BackupInfo]:
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
    files = backup_files(folder)
    if summarize:
        return _ranked(describe(info.path) for info in files)
    return files


def newest_backup(folder: Path) -> BackupInfo | None:
    """The newest backup by content that can be read (not yet fully checked), or None."""
    return next((info for info in backup_files(folder) if not is_unknown(info)), None)


def newest_verified(folder: Path) -> BackupInfo | None:
    """The newest backup by content that passes its full check, or None."""
    for info in backup_files(folder):
        if check_file(info.path, full=True).ok:
            return info
    return None


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
    files = backup_files(folder)
    kept = _generations(((info.path, info.when, info.reason) for info in files), now)
    kept |= {Path(path) for path in keep} | pinned(folder)
    if files:
        kept.add(files[0].path)
    kept |= {info.path for info in [info for info in files if not is_unknown(info)][:KEEP_NEWEST]}
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
