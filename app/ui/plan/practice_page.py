"""Oefen een avond zonder stroom: the practice evening, a section of the plan page.

Shows the script for one evening without power, filled in with the household's own facts
(``app.content.practice``), prints it (``app.report.practice``), and afterwards asks three
questions: each line of "what did you miss?" goes on the shopping list (a ToBuy record with
origin "practice"), the other two answers are added to the plan's practice notes under
today's date, and today becomes the date the plan was last practised. All of it is stored
through the session in one undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.content.practice import (
    Outcome,
    Script,
    ScriptStep,
    add_note,
    practice_outcome,
    practice_script,
)
from app.core.check import next_check_of
from app.core.fields import InvalidValue, format_date
from app.core.records import clean_value
from app.ui.common.fields import FormBuilder, make_hint
from app.ui.common.grow_text import GrowingTextEdit
from app.ui.common.session import SaveError, Session
from app.ui.common.theme import heading, page_layout
from app.words import bilingual
from app.words.counts import plan_labels
from app.words.i18n import current_language, tr

if TYPE_CHECKING:
    from app.report.practice import PracticeDocument


def _plain_label(text: str) -> QLabel:
    """A wrapped label that shows the household's own words as typed (never as HTML)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class PracticeSection(QWidget):
    """The practice evening: the script, a print button, and the three questions afterwards."""

    answers_saved = Signal(int)
    """The answers are stored; the argument is how many things went on the shopping list."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("practice")
        layout = page_layout(self)
        self.title = heading("", level=2)
        self.intro = make_hint("")
        self.last = QLabel()
        self.last.setWordWrap(True)
        self.last.setObjectName("practice.last")
        self.print_button = QPushButton(tr("Print the script…"))
        self.print_button.setObjectName("practice.print")
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.last)
        layout.addLayout(buttons)
        layout.addWidget(make_hint(tr("You can also save it as a PDF on the Print page.")))

        self.steps = QWidget()
        self.steps.setObjectName("practice.steps")
        self.steps_layout = QVBoxLayout(self.steps)
        self.steps_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.steps)

        layout.addWidget(heading(tr("Afterwards: three questions"), level=2))
        self.answers: dict[str, QPlainTextEdit] = {}
        self.question_labels: dict[str, QLabel] = {}
        self.question_hints: dict[str, QLabel] = {}
        for question_id in ("missed", "hard", "agree"):
            label = QLabel()
            label.setWordWrap(True)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            editor = GrowingTextEdit()  # grows with the answer up to half the window, then scrolls
            editor.setObjectName(f"practice.{question_id}")
            editor.setTabChangesFocus(True)
            label.setBuddy(editor)
            hint = make_hint("")
            layout.addWidget(label)
            layout.addWidget(hint)  # what happens to the answer: read before typing
            layout.addWidget(editor)
            self.answers[question_id] = editor
            self.question_labels[question_id] = label
            self.question_hints[question_id] = hint
        self.save_button = QPushButton(tr("Save the answers"))
        self.save_button.setObjectName("practice.save")
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        layout.addLayout(save_row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("practice.message")
        font = self.message.font()
        font.setBold(True)
        self.message.setFont(font)
        self.message.setVisible(False)
        layout.addWidget(self.message)

        notes = FormBuilder(session, "plan", 1)
        notes.text("practice_notes", tr("What we learned from practising"),
                   tr("The answers you saved are added here, with the date. You can change them."))
        layout.addLayout(notes.layout)
        self.notes = notes
        layout.addStretch(1)
        self._stale = False  # a change came while hidden: refreshed when shown
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self.print_button.clicked.connect(self.print_script)
        self.save_button.clicked.connect(self.save_answers)
        self.session.changed.connect(self._on_changed)

    # --- the script ---------------------------------------------------------------------------

    def script(self) -> Script:
        """The script for the household as it is now, in the language shown."""
        return practice_script(self.session.household(), self.session.repository.list("stock"),
                               current_language())

    @Slot(str)
    def _on_changed(self, _kind: str) -> None:
        if self.isVisible():
            self.refresh()
        else:  # the script walks the whole stock: not on every edit elsewhere (issue 20)
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Show the script with the household's facts as they are now."""
        self._stale = False
        script = self.script()
        self.notes.relabel("practice_notes", plan_labels(len(self.session.household().members))["learned"])
        self.title.setText(script.title)
        self.intro.setText(script.intro)
        last = self.session.household().plan.last_practised
        self.last.setText(tr("You last practised on %1.").replace("%1", format_date(last)) if last
                          else tr("You have not practised yet."))
        while self.steps_layout.count():
            item = self.steps_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # off the page now; Qt frees it later
                widget.deleteLater()
        for number, step in enumerate(script.steps, 1):
            title = heading(f"{number}.  {step.title}", level=3)
            title.setTextFormat(Qt.TextFormat.PlainText)
            self.steps_layout.addSpacing(title.fontMetrics().lineSpacing() // 2)
            self.steps_layout.addWidget(title)
            self.steps_layout.addWidget(self._step_body(step))
        for question in script.questions:
            self.question_labels[question.id].setText(question.text)
            self.answers[question.id].setAccessibleName(question.text)
            self.question_hints[question.id].setText(question.screen)

    @staticmethod
    def _step_body(step: ScriptStep) -> QWidget:
        """The step's sentences as a list whose wrapped lines stay clear of the bullets; who
        checks on whom indented below."""
        body = QWidget()
        body.setObjectName(f"practice.step.{step.id}")
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(2, 1)
        top = Qt.AlignmentFlag.AlignTop
        row = 0
        for line in step.lines:
            grid.addWidget(QLabel("•"), row, 0, top)
            grid.addWidget(_plain_label(line.text), row, 1, 1, 2)
            row += 1
        for text in step.listed:
            grid.addWidget(QLabel("–"), row, 1, top)
            grid.addWidget(_plain_label(text), row, 2)
            row += 1
        return body

    # --- printing -----------------------------------------------------------------------------

    def document(self) -> PracticeDocument:
        """The printed script, in large print, for the household as it is now."""
        from app.report.document import PrintOptions  # the print engine: when printing
        from app.report.practice import PracticeDocument

        report = self.session.kit_report()
        options = PrintOptions(today=self.session.today(), next_check=next_check_of(report),
                               started=self.session.readiness(report).started)
        return PracticeDocument(self.script(), options)

    @Slot()
    def print_script(self) -> None:
        from PySide6.QtPrintSupport import QPrinter

        from app.report.document import print_document
        from app.ui.common import file_dialogs

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = file_dialogs.print_dialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_document(self.document(), printer)

    # --- afterwards ---------------------------------------------------------------------------

    def outcome(self) -> Outcome:
        """What the typed answers become (nothing is stored)."""
        household = self.session.household()
        return practice_outcome(
            self.answers["missed"].toPlainText(), self.answers["hard"].toPlainText(),
            self.answers["agree"].toPlainText(), self.session.today(), current_language(),
            already=[item.name for item in household.to_buy], persons=len(household.members))

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    @Slot()
    def save_answers(self) -> bool:
        """Store the answers and today's date; True when stored. Nothing is stored when any
        part is refused (too long, a character that is not allowed) or cannot be saved."""
        self.notes.reload()  # what is stored, not text still being typed in the notes field
        self.session.flush()
        outcome = self.outcome()
        today = self.session.today().isoformat()
        notes = add_note(self.session.household().plan.practice_notes, outcome.note)
        try:
            clean_value("plan", "practice_notes", notes)
            for item in outcome.to_buy:
                clean_value("to_buy", "name", item.name)
                clean_value("to_buy", "notes", item.notes)
        except InvalidValue as error:
            self._show(tr("Your answers were not saved: %1").replace(
                "%1", bilingual.problem_text(error.problem, current_language())))
            return False
        stack = self.session.undo_stack
        stack.beginMacro(tr("Practice evening"))
        try:
            for item in outcome.to_buy:
                self.session.add("to_buy", item)
            if outcome.note:
                self.session.set_field("plan", 1, "practice_notes", notes)
            self.session.set_field("plan", 1, "last_practised", today)
        except (SaveError, InvalidValue):
            self._show(tr("Your answers could not be saved. They are still here; try again."))
            return False
        finally:
            stack.endMacro()
        for editor in self.answers.values():
            editor.clear()
        count = len(outcome.to_buy)
        parts = [tr("Saved.")]
        if count:
            parts.append(tr("Things added to your shopping list: %1.").replace("%1", str(count)))
        if outcome.note:
            parts.append(tr("Your notes are in your plan, below."))
        self._show(" ".join(parts))
        self.session.notice.emit(" ".join(parts))
        self.answers_saved.emit(count)
        return True
