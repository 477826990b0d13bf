"""The recovery journal (``paraat.sqlite3.recovery``) and what recovery tells its caller.

``Recovery`` is the outcome of opening the file; ``RecoveryState`` is the recovery journal's
content, saved atomically before every step, so that the next start can finish a recovery a
crash interrupted; setting the damaged file aside and putting it back are its two moves.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from app.storage import backups
from app.storage.file_steps import journal_of, remove, write_json

OK, RESTORED, FRESH, JOURNAL = "ok", "restored", "fresh", "journal"
SET_ASIDE, COPIED, FRESH_STATE = "set-aside", "copied", "fresh"
# The repair is finished but the user may not have been told yet: the recovery journal stays
# until ``acknowledge`` (called once the message has been shown), so a crash before that
# makes the next start tell it again instead of opening the household as if nothing happened.
TOLD_PENDING = {RESTORED: "restored-untold", FRESH: "fresh-untold"}


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
        journal = journal_of(self.damaged_as)
        return journal if journal.exists() else None


def recovery_journal(database: Path) -> Path:
    return database.with_name(database.name + ".recovery")


def restoring_file(database: Path) -> Path:
    return database.with_name(database.name + ".restoring")


class RecoveryState:
    """The recovery journal's content."""

    def __init__(self, database: Path, problem: str, damaged_as: Path | None, started: str,
                 state: str = SET_ASIDE, backup: str | None = None,
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
        write_json(recovery_journal(self.database), {
            "state": self.state, "problem": self.problem,
            "damaged_as": self.damaged_as.name if self.damaged_as else None,
            "backup": self.backup, "skipped": self.skipped, "started": self.started,
            "journal_problem": self.journal_problem, "journal_kept": self.journal_kept,
            "salvaged": self.salvaged})

    @classmethod
    def load(cls, database: Path) -> RecoveryState | None:
        try:
            data = json.loads(recovery_journal(database).read_text(encoding="utf-8"))
            damaged = data.get("damaged_as")
            return cls(database, str(data.get("problem") or "cannot_open"),
                       database.with_name(Path(damaged).name) if damaged else None,
                       str(data.get("started") or ""), str(data.get("state") or SET_ASIDE),
                       data.get("backup"), [str(p) for p in data.get("skipped") or []],
                       str(data.get("journal_problem") or ""),
                       [str(p) for p in data.get("journal_kept") or []],
                       bool(data.get("salvaged")))
        except (OSError, ValueError, TypeError, AttributeError):
            return None

    def finish(self) -> None:
        remove(recovery_journal(self.database))
        backups.fsync_folder(self.database.parent)

    def recovery(self, status: str, restored: backups.BackupInfo | None,
                 resumed: bool) -> Recovery:
        skipped = tuple(Path(p) for p in self.skipped
                        if self.damaged_as is None or Path(p).name != self.damaged_as.name)
        return Recovery(status, self.problem, self.damaged_as, restored, skipped,
                        self.journal_problem,
                        tuple(self.database.with_name(Path(p).name) for p in self.journal_kept),
                        resumed, repaired=self.salvaged and status == RESTORED)


def set_aside(state: RecoveryState) -> None:
    """Move the damaged file (and its journal, still paired) to ``state.damaged_as``."""
    database, target = state.database, state.damaged_as
    assert target is not None
    if database.exists():
        os.replace(database, target)
    if journal_of(database).exists() and not journal_of(target).exists():
        os.replace(journal_of(database), journal_of(target))
    backups.fsync_folder(database.parent)


def put_damaged_back(state: RecoveryState) -> None:
    """Undo the set-aside after a failed restore: the damaged original goes back in place."""
    database, target = state.database, state.damaged_as
    for partial in (restoring_file(database), journal_of(restoring_file(database))):
        with contextlib.suppress(OSError):
            remove(partial)
    if state.state == FRESH_STATE:
        for partial in (database, journal_of(database)):
            with contextlib.suppress(OSError):
                remove(partial)
    if target is not None and target.exists() and not database.exists():
        os.replace(target, database)
        if journal_of(target).exists() and not journal_of(database).exists():
            os.replace(journal_of(target), journal_of(database))
    backups.fsync_folder(database.parent)
    state.finish()
