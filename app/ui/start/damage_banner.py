"""A calm notice when stored entries may be damaged (their checksum no longer matches).

The repository compares every record with its checksum when it reads it and, a step at a
time, after start-up (``verify_in_steps``). When it finds damage, this banner names the entries and offers two ways on:
go to the backups to restore one, or keep the entries as they are shown after checking them.
Never a pop-up; the warning sign and the words carry the meaning, not a colour.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QWidget

from app.storage.repository import DamagedRecord
from app.ui.common.banner import arrange_banner
from app.ui.common.session import Session
from app.words import bilingual
from app.words.i18n import current_language, tr
from app.words.plan import meeting_place_labels, role_labels, scenario_labels

SHOWN = 3  # entries named in the text; the rest are counted


def kind_names() -> dict[str, str]:
    """What a kind of record is called in the banner (resources/words/labels.toml, the same
    words that name the parts of a plan file)."""
    language = current_language()
    return {kind: bilingual.record_kind_label(kind, language)
            for kind in bilingual.label_codes("record_kind")}


def _fixed_label(kind: str, record_id: Any) -> str:
    """The title of a fixed row (a meeting place, a task, a scenario), or ''."""
    if kind == "meeting_place":
        return meeting_place_labels().get(record_id, ("",))[0]
    if kind == "role":
        return role_labels().get(record_id, "")
    if kind == "scenario":
        return scenario_labels().get(record_id, ("",))[0]
    return ""


def describe(record: DamagedRecord) -> str:
    """One entry for the user: "Jansen (contact)", or just the kind when it has no name."""
    kind = kind_names().get(record.kind, record.kind)
    label = record.label or _fixed_label(record.kind, record.record_id)
    return f"“{label}” ({kind})" if label else kind


def damage_text(records: list[DamagedRecord]) -> str:
    """The banner's sentence; '' when nothing is damaged."""
    if not records:
        return ""
    which = ", ".join(describe(record) for record in records[:SHOWN])
    if len(records) > SHOWN:
        which += " " + tr("and %1 more").replace("%1", str(len(records) - SHOWN))
    if len(records) == 1:
        return tr("An entry may be damaged: %1. Restore a backup, or check it.").replace("%1", which)
    return (tr("%1 entries may be damaged: %2. Restore a backup, or check them.")
            .replace("%1", str(len(records))).replace("%2", which))


class DamageBanner(QFrame):
    """Shown above the pages while damaged entries exist."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("damage")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setObjectName("damage.text")
        self.text.setWordWrap(True)
        self.backups_button = QPushButton(tr("Go to backups"))
        self.backups_button.setObjectName("damage.backups")
        self.keep_button = QPushButton(tr("Keep as it is"))
        self.keep_button.setObjectName("damage.keep")
        self.close_button = QPushButton(tr("Close"))
        self.close_button.setObjectName("damage.close")
        self.close_button.setAccessibleName(tr("Close the notice about damaged entries"))
        arrange_banner(self, [self.text], [self.backups_button, self.keep_button, self.close_button])
        self.setTabOrder(self.backups_button, self.keep_button)
        self.setTabOrder(self.keep_button, self.close_button)
        self.setVisible(False)
        self._dismissed: set[tuple[str, Any]] = set()
        self._refresh_due = False
        self._connect_signals()
        # At start, once the window is up: every row compared with its checksum, a step of
        # some 10 ms at a time, so the window paints and answers in between (issue 20).
        self.checking = True
        """The check of every row after start is still going on."""
        self._steps = self.session.repository.verify_in_steps()
        self._step_timer = QTimer(self)
        self._step_timer.setInterval(0)
        self._step_timer.timeout.connect(self._check_step)
        self._step_timer.start()

    def _connect_signals(self) -> None:
        self.backups_button.clicked.connect(self._go_to_backups)
        self.keep_button.clicked.connect(self._keep)
        self.close_button.clicked.connect(self._close)
        repository = self.session.repository
        listener = self._refresh_soon
        repository.add_damage_listener(listener)
        self.destroyed.connect(lambda: repository.remove_damage_listener(listener))

    def _refresh_soon(self) -> None:
        """The repository's list changed (maybe in the middle of a read): refresh afterwards."""
        if not self._refresh_due:
            self._refresh_due = True
            QTimer.singleShot(0, self.refresh)

    @Slot()
    def _check_step(self) -> None:
        """One step of the check after start; at the end, show what it found."""
        try:
            done = next(self._steps, None) is None
        except sqlite3.Error:  # a file too damaged to read is the start-up check's business
            done = True
        if done:
            self._step_timer.stop()
            self.checking = False
            self.refresh()

    @Slot()
    def check_all(self) -> None:
        """Compare every stored entry with its checksum, then show what was found."""
        try:
            self.session.repository.verify_all()
        except sqlite3.Error:  # a file too damaged to read is the start-up check's business
            return
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        self._refresh_due = False
        records = self.shown_records()
        if not records:
            self.setVisible(False)
            return
        text = damage_text(records)
        self.text.setText("⚠ " + text)
        self.text.setAccessibleName(text)
        self.setAccessibleName(text)
        self.keep_button.setText(tr("Keep as it is") if len(records) == 1
                                 else tr("Keep them as they are"))
        self.keep_button.setAccessibleDescription(
            tr("Paraat stops warning about these entries. Check them first."))
        self.setVisible(True)

    def shown_records(self) -> list[DamagedRecord]:
        """The damaged entries this banner speaks of (not those closed this session)."""
        return [record for record in self.session.repository.damaged()
                if (record.kind, record.record_id) not in self._dismissed]

    @Slot()
    def _go_to_backups(self) -> None:
        self.session.navigate_requested.emit("backups", "")

    @Slot()
    def _keep(self) -> None:
        """The user checked the entries: keep them as they are shown, and stop warning."""
        kinds = set()
        try:
            for record in self.shown_records():
                self.session.repository.accept_as_is(record.kind, record.record_id)
                kinds.add(record.kind)
        except sqlite3.Error as error:  # the disk refused: say so
            message = tr("Your change could not be saved: %1").replace(
                "%1", bilingual.save_error_reason(error, current_language()))
            self.session.save_failed.emit(message)
            return
        self.session.saved.emit()
        for kind in sorted(kinds):
            self.session.changed.emit(kind)
        self.session.notice.emit(tr("Paraat no longer warns about these entries."))
        self.refresh()

    @Slot()
    def _close(self) -> None:
        """Hide the notice for the entries it names now; newly found damage shows it again."""
        self._dismissed.update((record.kind, record.record_id) for record in self.shown_records())
        self.setVisible(False)
