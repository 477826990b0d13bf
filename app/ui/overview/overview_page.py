"""The overview: who is in the household, how far the plan is, and what is still missing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.core.check import next_check_of
from app.core.household import Household, MissingItem, completeness, missing_items, together_status
from app.core.supplies import expiry_counts
from app.ui.common.session import Session
from app.ui.common.theme import heading, page_layout, scroll_page
from app.ui.overview.explained import ExplainedFigure
from app.words.check import next_check_sentence
from app.words.counts import (
    household_people,
    parts_filled_in,
    step_one,
    step_two,
    your_household_heading,
)
from app.words.i18n import current_language, tr
from app.words.kit import (
    autonomy_sentence,
    kit_explanation,
    quantity_text,
    readiness_texts,
    sentences,
)
from app.words.numbers import format_amount
from app.words.plan import age_group_labels, missing_text

MAX_SHOWN = 12



class OverviewPage(QWidget):
    """Start page: the household at a glance and the next steps."""

    page_name = "overview"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        content = QWidget()
        layout = page_layout(content)
        layout.addWidget(heading(tr("Overview")))
        self.household_label = QLabel()
        self.household_label.setWordWrap(True)
        self.household_label.setObjectName("overview.household")
        self.household_heading = heading(tr("Your household"), level=2)
        layout.addWidget(self.household_heading)
        layout.addWidget(self.household_label)
        self.edit_household = QPushButton(tr("Change the household"))
        self.edit_household.clicked.connect(lambda: session.navigate_requested.emit("household", ""))
        layout.addWidget(self.edit_household, 0, Qt.AlignmentFlag.AlignLeft)

        self.kit_heading = heading(tr("Step 1: Your emergency kit"), level=2)
        layout.addWidget(self.kit_heading)
        self.kit_progress = QProgressBar()
        self.kit_progress.setObjectName("overview.kit_progress")
        self.kit_progress.setAccessibleName(tr("How much of your emergency kit is ready"))
        layout.addWidget(self.kit_progress)
        self.kit_figure = ExplainedFigure("overview.kit")
        layout.addWidget(self.kit_figure)
        self.kit_missing = QLabel()
        self.kit_missing.setObjectName("overview.kit_missing")
        self.kit_missing.setWordWrap(True)
        layout.addWidget(self.kit_missing)
        self.expiry_label = QLabel()
        self.expiry_label.setObjectName("overview.expiry")
        self.expiry_label.setWordWrap(True)
        layout.addWidget(self.expiry_label)
        self.check_label = QLabel()
        self.check_label.setObjectName("overview.check")
        self.check_label.setWordWrap(True)
        layout.addWidget(self.check_label)
        self.start_check = QPushButton(tr("Start the check"))
        self.start_check.setObjectName("overview.start_check")
        self.start_check.setAccessibleDescription(tr("Opens the emergency kit at the half-yearly check."))
        self.start_check.clicked.connect(lambda: session.navigate_requested.emit("kit", "check"))
        layout.addWidget(self.start_check, 0, Qt.AlignmentFlag.AlignLeft)
        self.open_kit = QPushButton(tr("Go to the emergency kit"))
        self.open_kit.setObjectName("overview.open_kit")
        self.open_kit.clicked.connect(lambda: session.navigate_requested.emit("kit", ""))
        layout.addWidget(self.open_kit, 0, Qt.AlignmentFlag.AlignLeft)

        self.plan_heading = heading(tr("Step 2: Your emergency plan"), level=2)
        layout.addWidget(self.plan_heading)
        self.progress = QProgressBar()
        self.progress.setObjectName("overview.progress")
        self.progress.setAccessibleName(tr("How much of your plan is filled in"))
        layout.addWidget(self.progress)
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        layout.addWidget(self.progress_label)

        self.todo_title = heading(tr("Still to do"), level=3)
        layout.addWidget(self.todo_title)
        self.todo_grid = QGridLayout()
        self.todo_grid.setColumnStretch(0, 1)
        layout.addLayout(self.todo_grid)
        self.more_label = QLabel()
        self.more_label.setWordWrap(True)
        layout.addWidget(self.more_label)

        layout.addWidget(heading(tr("Step 3: Talk with each other and help each other"), level=2))
        self.together_progress = QProgressBar()
        self.together_progress.setObjectName("overview.together_progress")
        self.together_progress.setAccessibleName(tr("How far you are with step 3"))
        layout.addWidget(self.together_progress)
        self.together_label = QLabel()
        self.together_label.setObjectName("overview.together")
        self.together_label.setWordWrap(True)
        layout.addWidget(self.together_label)
        self.open_together = QPushButton(tr("Go to your contacts and neighbours"))
        self.open_together.setObjectName("overview.open_together")
        self.open_together.clicked.connect(lambda: session.navigate_requested.emit("together", ""))
        layout.addWidget(self.open_together, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

        outer = page_layout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll_page(content))
        self._stale = False
        self.session.changed.connect(self._follow)
        self.refresh()

    @Slot(str)
    def _follow(self, _kind: str) -> None:
        """A change: shown now, or when the page is next shown (issue 20: an edit elsewhere
        does not work out the overview's figures for nobody)."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if self._stale:
            self.refresh()
        super().showEvent(event)

    @Slot()
    def refresh(self) -> None:
        self._stale = False
        household = self.session.household()
        persons = len(household.members)  # one person is "je", more are "jullie"
        for label, text in ((self.household_heading, your_household_heading(persons)),
                            (self.kit_heading, step_one(persons)),
                            (self.plan_heading, step_two(persons))):
            label.setText(text)
            label.setAccessibleName(text)
        self.household_label.setText(self._household_text(household))
        done, total = completeness(household)
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(tr("%1 of %2").replace("%1", str(done)).replace("%2", str(total)))
        missing = missing_items(household)
        if missing:
            self.progress_label.setText(parts_filled_in(done, total, overview=True))
        else:
            self.progress_label.setText(tr("Your plan is complete. Print it and talk it through with everyone in the house."))
        self._show_missing(missing)
        self._show_kit()
        self._show_together(household)

    def _show_together(self, household: Household) -> None:
        status = together_status(household)
        self.together_progress.setRange(0, status.total)
        self.together_progress.setValue(status.done)
        self.together_progress.setFormat(tr("%1 of %2").replace("%1", str(status.done)).replace("%2", str(status.total)))
        lines = [
            ("✔ " if status.out_of_area else "☐ ") + tr("A contact person outside the area"),
            ("✔ " if status.neighbours else "☐ ") + tr("At least one neighbour in your contacts"),
        ]
        if status.unchecked:
            lines.append("☐ " + tr("Somebody looks in on everyone who needs help; not yet on: %1")
                         .replace("%1", ", ".join(status.unchecked)))
        else:
            lines.append("✔ " + tr("Somebody looks in on everyone who needs help"))
        self.together_label.setText("\n".join(lines))

    def _show_kit(self) -> None:
        report = self.session.kit_summary()
        result = self.session.readiness(report)
        figure, weakest = readiness_texts(result)
        self.kit_progress.setRange(0, 100)
        self.kit_progress.setValue(result.percent or 0)
        self.kit_progress.setFormat(figure)
        sentence = autonomy_sentence(report.autonomy, len(self.session.household().members))
        self.kit_figure.set_texts(sentences(figure, weakest, sentence),
                                  kit_explanation(report, self.session.household()))
        if not result.started:
            self.kit_missing.setText(tr("Add the people in your household to see what your kit needs."))
            self.expiry_label.clear()
            self.check_label.clear()
            self.start_check.setVisible(False)
            return
        language = current_language()
        missing = [f"{status.requirement.item.label(language)} ({quantity_text(status.missing, status.requirement.item.unit)})"
                   for status in report.shopping]
        if missing:
            shown = ", ".join(missing[:4])
            more = tr(" and %1 more").replace("%1", str(len(missing) - 4)) if len(missing) > 4 else ""
            self.kit_missing.setText(tr("Still to get: %1%2.").replace("%1", shown).replace("%2", more))
        else:
            self.kit_missing.setText("✔ " + tr("Nothing is missing from your kit."))
        counts = expiry_counts(report)
        expired, soon = counts.expired, counts.soon
        if expired or soon:
            self.expiry_label.setText("⚠ " + tr("%1 past its date, %2 going off within 60 days. See Emergency kit › Check and reminders.")
                                      .replace("%1", format_amount(expired, group=True)).replace("%2", format_amount(soon, group=True)))
        else:
            self.expiry_label.setText("✔ " + tr("Nothing in your kit is past its date or going off soon."))
        check = next_check_of(report)  # the words of the kit page, the paper and `paraat status`
        self.check_label.setText(("⚠ " if check.check_now else "") + next_check_sentence(check, language))
        self.start_check.setVisible(check.check_now)

    def _household_text(self, household: Household) -> str:
        if not household.members:
            return tr("You have not added anyone yet.")
        counts = household.age_counts()
        labels = age_group_labels()
        parts = [f"{counts[group]} × {labels[group].lower()}" for group in ("adult", "senior", "child", "baby") if counts[group]]
        text = household_people(len(household.members), ", ".join(parts))
        if household.pets:
            text += " " + tr("Pets: %1.").replace("%1", ", ".join(f"{p.count} × {p.species}" for p in household.pets))
        names = ", ".join(member.name for member in household.members)
        return f"{text}\n{names}"

    def _show_missing(self, missing: list[MissingItem]) -> None:
        while self.todo_grid.count():
            layout_item = self.todo_grid.takeAt(0)
            widget = layout_item.widget() if layout_item is not None else None
            if widget is not None:
                widget.setParent(None)  # gone from the page (and from findChild) at once
                widget.deleteLater()
        self.todo_title.setVisible(bool(missing))
        for row, item in enumerate(missing[:MAX_SHOWN]):
            label = QLabel("☐ " + missing_text(item))
            label.setWordWrap(True)
            button = QPushButton(tr("Fill in"))
            button.setAccessibleName(tr("Fill in: %1").replace("%1", missing_text(item)))
            button.setObjectName(f"overview.todo.{row}")
            button.clicked.connect(lambda _=False, i=item: self.session.navigate_requested.emit(i.page, i.target))
            self.todo_grid.addWidget(label, row, 0)
            self.todo_grid.addWidget(button, row, 1)
        hidden = len(missing) - MAX_SHOWN
        self.more_label.setVisible(hidden > 0)
        # a hidden label is still in the screen reader's tree: never "En nog -12."
        self.more_label.setText(tr("And %1 more.").replace("%1", str(hidden)) if hidden > 0 else "")
