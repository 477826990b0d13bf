"""Table models for the household page: the people, their medicines and devices, and the animals."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from app.ui.common.table_models import RecordTableModel
from app.words.counts import about_hours
from app.words.i18n import tr
from app.words.plan import age_group_labels, device_name, medicine_paper_text


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


class _MemberListModel(RecordTableModel):
    """A list that belongs to one member (the member chosen above it)."""

    def load_records(self) -> list[Any]:
        if self.parent_id is None:
            return []
        return self.session.repository.list(self.kind, self.parent_id)


class MedicineTableModel(_MemberListModel):
    """The medicines of one member."""

    kind = "medicine"
    optional_columns = (1,)

    def columns(self) -> list[tuple[str, Callable[[Any], str]]]:
        return [
            (tr("Medicine"), lambda m: m.name),
            (tr("How often"), lambda m: _first_upper(medicine_paper_text(m))),
        ]


class DeviceTableModel(_MemberListModel):
    """The devices of one member that need power."""

    kind = "device"
    optional_columns = (1,)

    def columns(self) -> list[tuple[str, Callable[[Any], str]]]:
        return [
            (tr("Device"), device_name),
            (tr("Works without power"), _run_out_cell),
        ]


def _run_out_cell(device: Any) -> str:
    """"About 14 hours", or "Fill in the hours" while they are unknown (never a guess)."""
    if device.battery_hours is None or (device.cylinders and device.cylinder_hours is None):
        return tr("Fill in the hours")
    hours = math.floor((device.run_out_hours or 0.0) * 10 + 1e-9) / 10
    return about_hours(hours)


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
