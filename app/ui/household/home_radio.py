"""The home section's municipality → safety region → broadcaster → FM frequency.

Choosing a municipality from the list (or typing its whole name) fills in the safety region and
the broadcaster, and the FM frequency when exactly one sourced frequency fits the region, in
one undo step. A frequency the user typed is never overwritten; one that Paraat filled in from
the list is replaced or cleared when the municipality moves to another region. A line under
the municipality says what follows from it (and how sure that is); a line under the frequency
says where it comes from and when, or where to look it up.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QLabel, QLineEdit

from app.core.broadcasters import broadcasters
from app.core.fields import InvalidValue
from app.core.municipalities import canonical_name, radio_for
from app.ui.common.fields import FieldBinding, FormBuilder, make_hint
from app.ui.common.session import SaveError, Session
from app.words.i18n import tr
from app.words.radio import frequency_note, radio_text, unknown_municipality_text

HOME_ID = 1


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
        self.refresh()

    def _note(self, name: str) -> QLabel:
        label = make_hint("")
        label.setObjectName(name)
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
        """Store the municipality and, when the list knows it, what follows from it."""
        binding = self._binding("municipality")
        home = self.session.repository.get("home", HOME_ID)
        radio = radio_for(text)
        if home is None or radio is None:
            if binding is not None:
                binding.commit()
            self.refresh()
            return
        if binding is not None:  # stored below, in the same undo step
            binding.dirty = False
        changes: list[tuple[str, str]] = [("municipality", canonical_name(text)),
                                          ("safety_region", radio.region),
                                          ("broadcaster", radio.broadcaster.id)]
        if self._frequency_is_ours(home.broadcaster, home.fm_frequency):
            changes.append(("fm_frequency", radio.frequency.mhz if radio.frequency else ""))
        changes = [(field, value) for field, value in changes if getattr(home, field) != value]
        if changes:
            stack = self.session.undo_stack
            stack.beginMacro(tr("Choose municipality"))
            try:
                for field, value in changes:
                    self.session.set_field("home", HOME_ID, field, value)
            except (InvalidValue, SaveError):  # SaveError is already reported in the status bar
                pass
            finally:
                stack.endMacro()
        self.refresh()

    def _frequency_is_ours(self, broadcaster_id: str, stored: str) -> bool:
        """True when the frequency field is empty or holds what Paraat filled in from the list
        (a sourced frequency of the broadcaster chosen before); False for one the user typed."""
        editor = self.form.editors.get("fm_frequency")
        binding = self._binding("fm_frequency")
        if isinstance(editor, QLineEdit) and binding is not None and binding.dirty:
            if editor.text().strip():
                return False  # being typed right now
            binding.dirty = False
        if not stored:
            return True
        before = broadcasters().get(broadcaster_id)
        return before is not None and before.source_of(stored) is not None

    # --- showing ------------------------------------------------------------------------------

    @Slot(str)
    def _on_changed(self, kind: str) -> None:
        if kind in ("home", "*"):
            self.refresh()

    def refresh(self) -> None:
        home = self.session.repository.get("home", HOME_ID)
        if home is None:
            self._show(self.region_note, "")
            if self.frequency_note is not None:
                self._show(self.frequency_note, "")
            return
        radio = radio_for(home.municipality)
        if radio is not None:
            text = radio_text(radio)
        else:
            text = unknown_municipality_text() if home.municipality.strip() else ""
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
