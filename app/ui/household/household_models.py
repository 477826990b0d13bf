"""Table models for the household page: the people, their medicines, and the animals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.ui.common.table_models import RecordTableModel
from app.words.i18n import tr
from app.words.plan import age_group_labels, medicine_paper_text


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


class MemberTableModel(RecordTableModel):
    """The people in the household."""

    kind = "member"
    optional_columns = (2,)

    def columns(self) -> list[tuple[str, Callable[[Any], str]]]:
        ages = age_group_labels()
        return [
            (tr("Name"), lambda m: m.name),
            (tr("Age"), lambda m: ages.get(m.age_group, "")),
            (tr("Needs help"), lambda m: tr("Yes") if m.has_needs else tr("No")),
        ]


class MedicineTableModel(RecordTableModel):
    """The medicines of one member."""

    kind = "medicine"
    optional_columns = (1,)

    def load_records(self) -> list[Any]:
        if self.parent_id is None:
            return []
        return self.session.repository.list(self.kind, self.parent_id)

    def columns(self) -> list[tuple[str, Callable[[Any], str]]]:
        return [
            (tr("Medicine"), lambda m: m.name),
            (tr("How often"), lambda m: _first_upper(medicine_paper_text(m))),
        ]


class PetTableModel(RecordTableModel):
    """The animals in the household."""

    kind = "pet"
    optional_columns = (2,)

    def columns(self) -> list[tuple[str, Callable[[Any], str]]]:
        return [
            (tr("Animal"), lambda p: p.species),
            (tr("How many"), lambda p: str(p.count)),
            (tr("Names"), lambda p: p.names),
        ]
