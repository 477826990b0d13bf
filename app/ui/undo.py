"""Undo and redo for every edit and deletion, through one QUndoStack.

Each command is pushed *after* its first change has been stored (QUndoStack calls ``redo`` on
push, and an exception inside ``redo`` would be lost in Qt), so the first ``redo`` is skipped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from app.storage.repository import Snapshot
    from app.ui.session import Session

_SET_FIELD_ID = 1001


class _StoredCommand(QUndoCommand):
    """A command whose first redo has already happened."""

    def __init__(self, session: Session, kind: str, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.kind = kind
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.session.run_stored(self.kind, self.apply)

    def undo(self) -> None:
        self.session.run_stored(self.kind, self.revert)

    def apply(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def revert(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class SetFieldCommand(_StoredCommand):
    """One field of one record changed from ``old`` to ``new``."""

    def __init__(self, session: Session, kind: str, record_id: Any, field: str, old: Any, new: Any,
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

    def apply(self) -> None:
        self.session.repository.set_field(self.kind, self.record_id, self.field, self.new)

    def revert(self) -> None:
        self.session.repository.set_field(self.kind, self.record_id, self.field, self.old)


class AddRecordCommand(_StoredCommand):
    """A record was added; undo deletes it again (with anything added under it since)."""

    def __init__(self, session: Session, kind: str, record: Any, text: str) -> None:
        super().__init__(session, kind, text)
        self.record = record
        self.snapshot: Snapshot | None = None

    def apply(self) -> None:
        if self.snapshot is not None:
            self.session.repository.restore(self.snapshot)

    def revert(self) -> None:
        self.snapshot = self.session.repository.delete(self.kind, self.record.id)


class DeleteRecordCommand(_StoredCommand):
    """A record (and its dependants) was deleted; undo puts it all back."""

    def __init__(self, session: Session, snapshot: Snapshot, text: str) -> None:
        super().__init__(session, snapshot.kind, text)
        self.snapshot = snapshot

    def apply(self) -> None:
        self.snapshot = self.session.repository.delete(self.kind, self.snapshot.record.id)

    def revert(self) -> None:
        self.session.repository.restore(self.snapshot)


class MoveMemberCommand(_StoredCommand):
    """A member moved up or down in the list."""

    def __init__(self, session: Session, member_id: int, offset: int, text: str) -> None:
        super().__init__(session, "member", text)
        self.member_id = member_id
        self.offset = offset

    def apply(self) -> None:
        self.session.repository.move_member(self.member_id, self.offset)

    def revert(self) -> None:
        self.session.repository.move_member(self.member_id, -self.offset)


class ImportCommand(_StoredCommand):
    """Records added together by an import; undo takes them all out again in one step."""

    def __init__(self, session: Session, kind: str, ids: list[Any], text: str) -> None:
        super().__init__(session, kind, text)
        self.ids = ids
        self.snapshots: list[Snapshot] = []

    def apply(self) -> None:
        self.session.repository.restore_many(self.snapshots)

    def revert(self) -> None:
        self.snapshots = self.session.repository.delete_many(self.kind, self.ids)
