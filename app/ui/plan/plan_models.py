"""Table models for step 2, the plan: who fetches each child, who helps whom, and the register
of important papers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.core.fields import format_date
from app.ui.common.table_models import RecordTableModel
from app.words.i18n import tr


class PickupTableModel(RecordTableModel):
    """Who fetches each child."""

    kind = "pickup"
    optional_columns = (2,)

    def depends_on(self) -> tuple[str, ...]:
        return ("member",)

    def columns(self) -> list[tuple[str, Callable[[Any], str]]]:
        names = {m.id: m.name for m in self.session.repository.list("member")}
        return [
            (tr("Child"), lambda p: names.get(p.child_id, "")),
            (tr("First"), lambda p: p.first_person),
            (tr("Backup"), lambda p: p.backup_person),
        ]


class CareTableModel(RecordTableModel):
    """Who needs extra help and who gives it."""

    kind = "care"

    def columns(self) -> list[tuple[str, Callable[[Any], str]]]:
        return [
            (tr("Who needs help"), lambda c: c.person),
            (tr("Who helps"), lambda c: c.helper),
        ]


class DocumentTableModel(RecordTableModel):
    """The register of important papers."""

    kind = "document"
    optional_columns = (2, 3, 1)

    def columns(self) -> list[tuple[str, Callable[[Any], str]]]:
        return [
            (tr("Document"), lambda d: d.what),
            (tr("Original"), lambda d: d.original_location),
            (tr("Copy"), lambda d: d.copy_location),
            (tr("Valid until"), lambda d: format_date(d.expires)),
        ]
