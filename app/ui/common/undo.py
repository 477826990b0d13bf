"""Undo and redo for every edit and deletion, through one QUndoStack.

Each command is pushed *after* its first change has been stored (QUndoStack calls ``redo`` on
push, and an exception inside ``redo`` would be lost in Qt), so the first ``redo`` is skipped.

Before it changes anything, an undo or redo checks that the data is still as this command left
it: the record is there (or, to bring one back, its id is still free) and the value this
command stored is still the value stored. When something else changed it in the meantime (a
command-line import, another program, a backup put back outside Paraat), the step changes
nothing, says so in the status bar in plain words, and leaves the history: it could only do
harm later. Nothing raises out of ``undo`` or ``redo``: Qt calls them.
"""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QUndoCommand

from app.words.i18n import tr

if TYPE_CHECKING:
    from app.storage.repository import Repository, Snapshot

log = logging.getLogger(__name__)

_SET_FIELD_ID = 1001
# Fields that change as a side effect of other steps in this history (moving one member
# renumbers every member's position), not a sign that something else changed the record.
_DERIVED_FIELDS = frozenset({"position"})


class UndoHost(Protocol):
    """What an undo step needs of the open household: ``app.ui.common.session.Session``, which
    pushes these steps (described here so that this module does not import that one)."""

    repository: Repository
    notice: SignalInstance
    """A short message for the status bar."""
    changed: SignalInstance
    """A record kind changed; pages showing it reload."""

    def run_stored(self, kind: str, action: Callable[[], Any]) -> None:
        """Run ``action`` as one stored change, reporting errors instead of raising."""


class ChangedElsewhere(Exception):
    """The record is gone, taken or changed by something other than this history."""


def _same(stored: Any, expected: Any) -> bool:
    """True when the stored record still holds what this history last stored in it."""
    if type(stored) is not type(expected):
        return False
    return all(getattr(stored, field.name) == getattr(expected, field.name)
               for field in dataclasses.fields(stored) if field.name not in _DERIVED_FIELDS)


class _StoredCommand(QUndoCommand):
    """A command whose first redo has already happened."""

    def __init__(self, session: UndoHost, kind: str, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.kind = kind
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self.apply, undoing=False)

    def undo(self) -> None:
        self._run(self.revert, undoing=True)

    def _run(self, action: Any, undoing: bool) -> None:
        try:
            self.session.run_stored(self.kind, action)
        except (ChangedElsewhere, LookupError) as error:
            log.warning("%s of %s refused: %s", "undo" if undoing else "redo", self.kind,
                        type(error).__name__)
            self.setObsolete(True)  # QUndoStack drops it: it can never be done safely again
            self.session.notice.emit(
                tr("This cannot be undone: it has been changed elsewhere in the meantime.")
                if undoing else
                tr("This cannot be redone: it has been changed elsewhere in the meantime."))
            self.session.changed.emit("*")  # every page shows what is stored now

    # --- checks shared by the commands --------------------------------------------------------

    def _current(self, kind: str, record_id: Any) -> Any:
        record = self.session.repository.get(kind, record_id)
        if record is None:
            raise ChangedElsewhere(f"{kind} {record_id!r} is gone")
        return record

    def _expect(self, kind: str, record: Any) -> None:
        if not _same(self._current(kind, record.id), record):
            raise ChangedElsewhere(f"{kind} {record.id!r} was changed")

    def _put_back(self, snapshots: list[Snapshot]) -> None:
        """Restore deleted records with their ids, unless an id is taken or a parent is gone."""
        repository = self.session.repository
        for snapshot in snapshots:
            for kind, record in ((snapshot.kind, snapshot.record), *snapshot.dependants):
                if repository.get(kind, record.id) is not None:
                    raise ChangedElsewhere(f"{kind} {record.id!r} is taken")
        try:
            repository.restore_many(snapshots)
        except sqlite3.IntegrityError as error:  # its parent was deleted elsewhere
            raise ChangedElsewhere("a record it belongs to is gone") from error

    def apply(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def revert(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class SetFieldCommand(_StoredCommand):
    """One field of one record changed from ``old`` to ``new``."""

    def __init__(self, session: UndoHost, kind: str, record_id: Any, field: str, old: Any, new: Any,
                 text: str) -> None:
        super().__init__(session, kind, text)
        self.record_id = record_id
        self.field = field
        self.old = old
        self.new = new

    def id(self) -> int:
        return _SET_FIELD_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing in one field makes one undo step, not one per pause."""
        if not isinstance(other, SetFieldCommand):
            return False
        if (other.kind, other.record_id, other.field) != (self.kind, self.record_id, self.field):
            return False
        self.new = other.new
        return True

    def _change(self, expected: Any, value: Any) -> None:
        current = self._current(self.kind, self.record_id)
        if getattr(current, self.field) != expected:
            raise ChangedElsewhere(f"{self.kind} {self.record_id!r} {self.field} was changed")
        self.session.repository.set_field(self.kind, self.record_id, self.field, value)

    def apply(self) -> None:
        self._change(self.old, self.new)

    def revert(self) -> None:
        self._change(self.new, self.old)


class AddRecordCommand(_StoredCommand):
    """A record was added; undo deletes it again (with anything added under it since)."""

    def __init__(self, session: UndoHost, kind: str, record: Any, text: str) -> None:
        super().__init__(session, kind, text)
        self.record = record
        self.snapshot: Snapshot | None = None

    def apply(self) -> None:
        if self.snapshot is not None:
            self._put_back([self.snapshot])

    def revert(self) -> None:
        record = self.snapshot.record if self.snapshot is not None else self.record
        self._expect(self.kind, record)
        self.snapshot = self.session.repository.delete(self.kind, record.id)


class DeleteRecordCommand(_StoredCommand):
    """A record (and its dependants) was deleted; undo puts it all back."""

    def __init__(self, session: UndoHost, snapshot: Snapshot, text: str) -> None:
        super().__init__(session, snapshot.kind, text)
        self.snapshot = snapshot

    def apply(self) -> None:
        self._expect(self.kind, self.snapshot.record)
        self.snapshot = self.session.repository.delete(self.kind, self.snapshot.record.id)

    def revert(self) -> None:
        self._put_back([self.snapshot])


class MoveMemberCommand(_StoredCommand):
    """A member moved up or down in the list."""

    def __init__(self, session: UndoHost, member_id: int, offset: int, text: str) -> None:
        super().__init__(session, "member", text)
        self.member_id = member_id
        self.offset = offset

    def apply(self) -> None:
        self._current("member", self.member_id)
        self.session.repository.move_member(self.member_id, self.offset)

    def revert(self) -> None:
        self._current("member", self.member_id)
        self.session.repository.move_member(self.member_id, -self.offset)


class ImportCommand(_StoredCommand):
    """Records added together by an import; undo takes them all out again in one step."""

    def __init__(self, session: UndoHost, kind: str, ids: list[Any], text: str) -> None:
        super().__init__(session, kind, text)
        self.ids = ids
        self.snapshots: list[Snapshot] = []

    def apply(self) -> None:
        self._put_back(self.snapshots)

    def revert(self) -> None:
        known = {snapshot.record.id: snapshot.record for snapshot in self.snapshots}
        for record_id in self.ids:  # all of them are still here as imported, or none goes
            if record_id in known:
                self._expect(self.kind, known[record_id])
            else:
                self._current(self.kind, record_id)
        self.snapshots = self.session.repository.delete_many(self.kind, self.ids)
