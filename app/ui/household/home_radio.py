"""The home section's municipality → safety region → broadcaster → FM frequency.

Choosing a municipality from the list (or typing its name) fills in the safety region and the
broadcaster, and the FM frequency when exactly one sourced frequency fits the region, in one
undo step. Paraat remembers the values it put there (FILLED_SETTING): a frequency the user typed
is never overwritten or cleared; one that Paraat filled in is replaced or cleared when the
municipality moves to another region. A municipality the list does not know clears what Paraat
had filled in and keeps what the user chose. A line under
the municipality says what follows from it (and how sure that is); a line under the frequency
says where it comes from and when, or where to look it up.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QLabel, QLineEdit

from app.core.fields import InvalidValue
from app.core.municipalities import (
    FILLED_SETTING,
    RADIO_FIELDS,
    canonical_name,
    filled_from_setting,
    filled_to_setting,
    match_municipality,
    radio_for,
    radio_values,
)
from app.ui.common.fields import FieldBinding, FormBuilder, make_hint
from app.ui.common.session import SaveError, Session
from app.words.i18n import tr
from app.words.radio import frequency_note, radio_text, unknown_municipality_text

HOME_ID = 1


class _FilledStep(QUndoCommand):
    """Inside the "Choose municipality" undo step: what Paraat filled in (FILLED_SETTING), so
    undo and redo keep it in step with the fields they change."""

    def __init__(self, session: Session, before: str, after: str) -> None:
        super().__init__()
        self.session = session
        self.before = before
        self.after = after

    def redo(self) -> None:
        self.session.set_setting(FILLED_SETTING, self.after)

    def undo(self) -> None:
        self.session.set_setting(FILLED_SETTING, self.before)


class HomeRadio(QObject):
    """Wires the municipality field of a home form to the region, broadcaster and frequency."""

    def __init__(self, session: Session, form: FormBuilder) -> None:
        editor = form.editors["municipality"]
        assert isinstance(editor, QLineEdit)
        super().__init__(editor)
        self.session = session
        self.form = form
        self.municipality = editor
        completer = editor.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setMaxVisibleItems(8)
            completer.activated.connect(self._on_completed)
        self.region_note = self._note("home.radio_note")
        self.frequency_note: QLabel | None = None
        editor.editingFinished.connect(self._on_typed)
        session.changed.connect(self._on_changed)
        if filled_from_setting(session.setting(FILLED_SETTING)) is None:
            self._remember_filled()
        self.refresh()

    def _note(self, name: str) -> QLabel:
        label = make_hint("")
        label.setObjectName(name)
        # a parent from the start: a note shown before the form is in a window never shows as
        # a window of its own (which took the focus from the main window); addRow moves it
        label.setParent(self.municipality)
        label.setVisible(False)
        self.form.layout.addRow(label)
        return label

    def add_frequency_note(self) -> None:
        """The line under the FM frequency field (call right after adding that field)."""
        self.frequency_note = self._note("home.frequency_note")
        self.refresh()

    def _binding(self, field: str) -> FieldBinding | None:
        return next((binding for binding in self.form.bindings if binding.field == field), None)

    # --- choosing -----------------------------------------------------------------------------

    @Slot(str)
    def _on_completed(self, text: str) -> None:
        self.choose(text)

    @Slot()
    def _on_typed(self) -> None:
        if self.municipality.isModified():
            self.municipality.setModified(False)
            self.choose(self.municipality.text())

    def choose(self, text: str) -> None:
        """Store the municipality and what follows from it, in one undo step.

        A known municipality sets the safety region and the broadcaster, and the frequency when
        the field is empty or holds what Paraat put there (FILLED_SETTING). One the list does not
        know ("Weesp", "Bergen": which one?) clears what Paraat had filled in for the one before
        and leaves what the user chose or typed; an empty field changes nothing else."""
        binding = self._binding("municipality")
        home = self.session.repository.get("home", HOME_ID)
        if home is None:
            if binding is not None:
                binding.commit()
            self.refresh()
            return
        if binding is not None:  # stored below, in the same undo step
            binding.dirty = False
        filled = self._filled()
        ours = [field for field in RADIO_FIELDS if self._is_ours(field, getattr(home, field), filled)]
        radio = radio_for(text)
        changes: list[tuple[str, str]] = [("municipality", canonical_name(text))]
        if radio is not None:
            now = radio_values(radio)
            changes += [(field, now[field]) for field in ("safety_region", "broadcaster")]
            if "fm_frequency" in ours:
                changes.append(("fm_frequency", now.get("fm_frequency", "")))
            else:  # the user's own frequency stays, and is not Paraat's to change later
                now.pop("fm_frequency", None)
        elif text.strip():  # not in the list: take back only what Paraat filled in
            changes += [(field, "") for field in ours]
            now = {}
        else:
            now = filled
        changes = [(field, value) for field, value in changes if getattr(home, field) != value]
        if changes:
            stack = self.session.undo_stack
            stack.beginMacro(tr("Choose municipality"))
            try:
                for field, value in changes:
                    self.session.set_field("home", HOME_ID, field, value)
                stack.push(_FilledStep(self.session, self.session.setting(FILLED_SETTING),
                                       filled_to_setting(now)))
            except (InvalidValue, SaveError):  # SaveError is already reported in the status bar
                pass
            finally:
                stack.endMacro()
        elif now != filled:
            self.session.set_setting(FILLED_SETTING, filled_to_setting(now))
        self.refresh()

    def _filled(self) -> dict[str, str]:
        """The values Paraat put in the radio fields (FILLED_SETTING)."""
        filled = filled_from_setting(self.session.setting(FILLED_SETTING))
        if filled is None:  # a household from before Paraat kept this: see _remember_filled
            filled = self._remember_filled()
        return filled

    def _remember_filled(self) -> dict[str, str]:
        """For a household that was just loaded (the demo, a plan file, a backup, or one from
        before Paraat kept track): the fields that hold exactly what Paraat fills in for its
        municipality count as filled by Paraat."""
        home = self.session.repository.get("home", HOME_ID)
        if home is None:
            return {}
        filled = {field: value for field, value in radio_values(radio_for(home.municipality)).items()
                  if getattr(home, field) == value}
        if self.session.setting(FILLED_SETTING) != filled_to_setting(filled):
            self.session.set_setting(FILLED_SETTING, filled_to_setting(filled))
        return filled

    def _is_ours(self, field: str, stored: str, filled: dict[str, str]) -> bool:
        """True when Paraat may change the field: it is empty, or holds exactly the value Paraat
        put there; False for a value the user chose or typed (or is typing right now)."""
        if field == "fm_frequency":
            editor = self.form.editors.get(field)
            binding = self._binding(field)
            if isinstance(editor, QLineEdit) and binding is not None and binding.dirty:
                if editor.text().strip():
                    return False  # being typed right now
                binding.dirty = False
                return True  # just emptied by the user
        return not stored or filled.get(field) == stored

    # --- showing ------------------------------------------------------------------------------

    @Slot(str)
    def _on_changed(self, kind: str) -> None:
        if kind == "*":  # another household (demo, plan file, backup, first run)
            self._remember_filled()
        if kind in ("home", "*"):
            self.refresh()

    def refresh(self) -> None:
        home = self.session.repository.get("home", HOME_ID)
        if home is None:
            self._show(self.region_note, "")
            if self.frequency_note is not None:
                self._show(self.frequency_note, "")
            return
        match = match_municipality(home.municipality)
        radio = radio_for(home.municipality) if match.municipality is not None else None
        if radio is not None:
            text = radio_text(radio)
        else:
            text = unknown_municipality_text(match.candidates) if home.municipality.strip() else ""
        self._show(self.region_note, text)
        if self.frequency_note is not None:
            self._show(self.frequency_note,
                       frequency_note(home.broadcaster, home.safety_region, home.fm_frequency))
        # QFormLayout keeps the wrapped notes' old heights (cut off at 24 pt) until invalidated
        # once the change has been laid out
        QTimer.singleShot(0, self, self._relayout)  # not called once this object is gone

    @Slot()
    def _relayout(self) -> None:
        self.form.layout.invalidate()

    @staticmethod
    def _show(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))
