"""The open household: the repository, the undo stack, and the signals pages listen to.

Pages never write to the repository themselves; they call the session, which stores the
change in one durable transaction, pushes an undo step and emits ``changed``.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QUndoStack

from app import commands
from app.core.household import Household
from app.core.readiness import Readiness
from app.core.records import clean_value
from app.core.supplies import KitReport
from app.paths import backups_folder_for
from app.storage import backups
from app.storage.repository import Repository
from app.ui.common.undo import (
    AddRecordCommand,
    DeleteRecordCommand,
    ImportCommand,
    MoveMemberCommand,
    SetFieldCommand,
)
from app.words import bilingual
from app.words.backups import failure_text
from app.words.i18n import current_language, tr

log = logging.getLogger(__name__)

KitKey = tuple[tuple[int, int], dt.date, float, "dt.date | None"]
"""What a kit report was made for (``Session._kit_key``)."""

T = TypeVar("T")


class SaveError(Exception):
    """The change could not be stored (disk full, folder gone, …). Nothing changed."""



class Session(QObject):
    """One household, open for editing."""

    changed = Signal(str)
    """A record kind changed (by an edit, undo or redo); pages showing it reload."""
    saved = Signal()
    """A change is durably stored."""
    save_failed = Signal(str)
    """A change could not be stored; the argument says why, in plain words."""
    flush_requested = Signal()
    """Editors holding typed text must store it now (the window is closing)."""
    navigate_requested = Signal(str, str)
    """Show a page (and a place on it): page name, target."""
    notice = Signal(str)
    """A short message for the status bar."""
    backups_changed = Signal()
    """A backup was made or restored; the backups page reloads its list."""
    backup_failed = Signal(str)
    """A backup could not be made; the argument says why, in plain words (``backup_problem``)."""

    def __init__(self, repository: Repository, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repository = repository
        self.undo_stack = QUndoStack(self)
        self.clock: Callable[[], dt.date] = dt.date.today
        self.backups_folder: Path | None = backups_folder_for(repository.path)
        """Where backups go; None in memory (public mode): nothing is written then."""
        self.backup_problem = ""
        """Why the last backup failed, in plain words; "" after one that worked."""
        self._report: tuple[KitKey, KitReport] | None = None
        self._summary: tuple[KitKey, KitReport] | None = None
        # connected first, so it runs before any page's slot: no page sees the old report
        self.changed.connect(self._forget_report)
        # A new day makes entries expire: every page shows today's state, also when the window
        # stays open past midnight or the computer slept through it (once a minute, no more).
        self._day: dt.date | None = None
        self._day_timer = QTimer(self)
        self._day_timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._day_timer.setInterval(60_000)
        self._day_timer.timeout.connect(self.check_day)
        self._day_timer.start()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):  # back at the window (woken, restored): look at once
            app.applicationStateChanged.connect(self._on_application_state)

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check_day()

    def check_day(self) -> bool:
        """When the date changed since the last look, tell every page (``changed("*")``):
        what is past its date, the kit's state and the timeline depend on the day. True then."""
        if self.repository.closed:  # a session outlived by its window (replaced, erased)
            self._day_timer.stop()
            return False
        today = self.today()
        if self._day is None or self._day == today:
            self._day = today
            return False
        self._day = today
        self.changed.emit("*")
        return True

    def _forget_report(self, _kind: str = "") -> None:
        """Drop the kit report of the data before a change. The tables themselves the
        repository keeps until a write touches them (Repository.list: read once per change,
        shared by every page; a write it cannot follow drops them all)."""
        self._report = self._summary = None

    def _forget(self) -> None:
        """Drop everything read before: the data was replaced behind the connection's back."""
        self._report = self._summary = None
        self.repository.forget_cached()

    # --- storing ------------------------------------------------------------------------------

    def _store(self, action: Callable[[], T]) -> T:
        try:
            result = action()
        except sqlite3.Error as error:
            log.error("could not save: %s", error)
            message = tr("Your change could not be saved: %1").replace(
                "%1", bilingual.save_error_reason(error, current_language()))
            self.save_failed.emit(message)
            raise SaveError(message) from error
        return result

    def run_stored(self, kind: str, action: Callable[[], Any]) -> None:
        """Run an undo or redo step (errors are reported, not raised: Qt calls this)."""
        try:
            self._store(action)
        except SaveError:
            return
        self.saved.emit()
        self.changed.emit(kind)

    def set_field(self, kind: str, record_id: Any, field: str, value: Any) -> Any:
        """Store one field; raises InvalidValue (nothing stored) or SaveError."""
        record = self.repository.get(kind, record_id)
        if record is None:
            return value
        old = getattr(record, field)
        if clean_value(kind, field, value) == old:
            return old
        new = self._store(lambda: self.repository.set_field(kind, record_id, field, value))
        self.undo_stack.push(SetFieldCommand(self, kind, record_id, field, old, new, tr("Edit")))
        self.saved.emit()
        self.changed.emit(kind)
        return new

    def add(self, kind: str, record: Any) -> Any:
        """Store a new record and return it with its id."""
        stored = self._store(lambda: self.repository.add(kind, record))
        self.undo_stack.push(AddRecordCommand(self, kind, stored, tr("Add")))
        self.saved.emit()
        self.changed.emit(kind)
        return stored

    def delete(self, kind: str, record_id: Any) -> None:
        """Delete a record (and what hangs under it); undo brings it all back."""
        snapshot = self._store(lambda: self.repository.delete(kind, record_id))
        self.undo_stack.push(DeleteRecordCommand(self, snapshot, tr("Delete")))
        self.saved.emit()
        self.changed.emit(kind)
        for child_kind, _ in snapshot.dependants:
            self.changed.emit(child_kind)

    def move_member(self, member_id: int, offset: int) -> bool:
        moved = self._store(lambda: self.repository.move_member(member_id, offset))
        if moved:
            self.undo_stack.push(MoveMemberCommand(self, member_id, offset, tr("Move")))
            self.saved.emit()
            self.changed.emit("member")
        return moved

    def add_many(self, records: Iterable[tuple[str, Any]],
                 updates: Iterable[tuple[str, Any, str, Any]] = ()) -> list[Any]:
        """Store records and changes in one transaction (the first-run wizard). Not undoable."""
        stored = self._store(lambda: self.repository.add_many(records, updates))
        self.saved.emit()
        self.changed.emit("*")
        return stored

    def import_records(self, kind: str, records: list[Any]) -> list[Any]:
        """Add imported records in one transaction (all or nothing); one undo step."""
        self.backup("import")
        stored = self._store(lambda: self.repository.add_many([(kind, record) for record in records]))
        self.undo_stack.push(ImportCommand(self, kind, [record.id for record in stored], tr("Import")))
        self.saved.emit()
        self.changed.emit(kind)
        return stored

    def import_contacts(self, pairs: list[tuple[Any, list[Any]]]) -> list[Any]:
        """Add contacts with their phone numbers in one transaction; one undo step."""
        self.backup("import")
        stored = self._store(lambda: self.repository.add_contacts(pairs))
        self.undo_stack.push(ImportCommand(self, "contact", [contact.id for contact in stored], tr("Import")))
        self.saved.emit()
        self.changed.emit("contact")
        self.changed.emit("contact_phone")
        return stored

    def replace_all(self, household: Household, stock: list[Any] | None = None,
                    settings: dict[str, str] | None = None) -> None:
        """Replace the whole household and the kit's stock (demo, plan file), with
        ``settings`` in the same transaction. Clears the undo history."""
        if not self.repository.is_empty():
            self.backup("replace")
        self._store(lambda: self.repository.replace_all(household, stock or [], settings))
        self.undo_stack.clear()
        self.saved.emit()
        self.changed.emit("*")

    def flush(self) -> None:
        """Ask every editor to store what it holds."""
        self.flush_requested.emit()

    # --- backups ------------------------------------------------------------------------------

    def backup(self, reason: str) -> backups.BackupInfo | None:
        """Make a backup now (``reason``: see backups.REASONS). None when backups are not kept
        (in memory) or it failed: a failure is logged and told in the status bar, and never
        stops the change it comes before."""
        if self.backups_folder is None:
            return None
        try:
            made = backups.make_backup(self.repository.connection, self.backups_folder, reason)
        except (OSError, sqlite3.Error, backups.BackupError) as error:
            log.warning("backup (%s) failed: %s", reason, type(error).__name__)
            self._backup_failed(error)
            return None
        self.backup_problem = ""
        self.backups_changed.emit()
        return made

    def _backup_failed(self, error: BaseException) -> None:
        self.backup_problem = failure_text(error)
        self.backup_failed.emit(self.backup_problem)
        # the status bar is one line: the reason is in the banner at the top of the window
        self.notice.emit(tr("No backup was made. Read the message at the top of the window."))

    def backup_at_start(self) -> backups.BackupInfo | None:
        """The daily backup at start: at most once a day, only when the data changed."""
        if self.backups_folder is None:
            return None
        try:
            made = backups.backup_at_start(self.repository.connection, self.backups_folder)
        except (OSError, sqlite3.Error, backups.BackupError) as error:
            log.warning("backup at start failed: %s", type(error).__name__)
            self._backup_failed(error)  # told in the window, not only logged
            return None
        if made is not None:
            self.backup_problem = ""
            self.backups_changed.emit()
        return made

    def restore_backup(self, path: Path) -> backups.BackupInfo:
        """Put a backup back, after backing up what is there now; returns that backup.

        Raises BackupDamaged (nothing changed) or SaveError. The undo history is cleared
        and every page reloads.
        """
        if self.backups_folder is None:
            raise backups.BackupError("no backups in memory")
        self.flush()
        try:
            before = backups.restore_backup(self.repository.connection, self.backups_folder, path)
        except OSError as error:
            log.error("could not restore a backup: %s", type(error).__name__)
            message = tr("The backup could not be put back: %1").replace(
                "%1", bilingual.os_error_reason(error, current_language()))
            self.save_failed.emit(message)
            raise SaveError(message) from error
        except sqlite3.Error as error:
            log.error("could not restore a backup: %s", type(error).__name__)
            message = tr("The backup could not be put back: %1").replace(
                "%1", bilingual.save_error_reason(error, current_language()))
            self.save_failed.emit(message)
            raise SaveError(message) from error
        finally:
            self._forget()  # copied in page by page: the connection's counters do not see it
        self.undo_stack.clear()
        self.backups_changed.emit()
        self.saved.emit()
        self.changed.emit("*")
        return before

    # --- reading and settings -----------------------------------------------------------------

    def today(self) -> dt.date:
        """Today's date (tests set ``session.clock``)."""
        return self.clock()

    def kit_hours(self) -> float:
        """The chosen horizon in hours: 72 by default, 1 to 28 days."""
        return commands.kit_hours(self.repository)

    def last_kit_check(self) -> dt.date | None:
        return commands.last_kit_check(self.repository)

    def kit_report(self) -> KitReport:
        """The kit against the stock, for the chosen horizon, as of today: computed once per
        change (and per day) and shared by every page."""
        key = self._kit_key()
        if self._report is None or self._report[0] != key:
            self._report = (key, commands.kit_report_of(self.repository, key[1]))
        return self._report[1]

    def _kit_key(self) -> KitKey:
        """What the kit's state depends on: the records, the day, the horizon and the last
        check (not the window's own settings: the page it shows, its open sections)."""
        return (self.repository.record_stamp(), self.today(), self.kit_hours(), self.last_kit_check())

    def kit_summary(self) -> KitReport:
        """The kit's state for the overview and the daily reminder, as of today: the kit
        report when it is current, else one made from the stock's tallies without reading the
        entries (``commands.kit_summary_of``, issue 20). Its statuses hold one entry per tally:
        the kit page and the paper use ``kit_report``."""
        key = self._kit_key()
        if self._report is not None and self._report[0] == key:
            return self._report[1]
        if self._summary is None or self._summary[0] != key:
            self._summary = (key, commands.kit_summary_of(self.repository, key[1]))
        return self._summary[1]

    def stock(self) -> list[Any]:
        """Every stock entry (read once per change; the list is the caller's own)."""
        return self.repository.list("stock")

    def readiness(self, report: KitReport | None = None) -> Readiness:
        """How ready the household is (app/core/readiness.py), from ``report`` or today's."""
        return commands.readiness_of(self.repository, self.today(), report)

    def household(self) -> Household:
        return self.repository.household()

    def setting(self, key: str, default: str = "") -> str:
        return self.repository.setting(key, default)

    def set_setting(self, key: str, value: str) -> None:
        try:
            self.repository.set_setting(key, value)
        except sqlite3.Error as error:
            log.error("could not save setting %s: %s", key, error)
