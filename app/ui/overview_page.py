"""The overview: who is in the household, how far the plan is, and what is still missing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.core.household import MissingItem, completeness, missing_items
from app.ui import messages
from app.ui.i18n import tr
from app.ui.session import Session
from app.ui.theme import heading, page_layout, scroll_page

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
        layout.addWidget(heading(tr("Your household"), level=2))
        layout.addWidget(self.household_label)
        self.edit_household = QPushButton(tr("Change the household"))
        self.edit_household.clicked.connect(lambda: session.navigate_requested.emit("household", ""))
        layout.addWidget(self.edit_household, 0, Qt.AlignmentFlag.AlignLeft)

        layout.addWidget(heading(tr("Your emergency plan"), level=2))
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
        layout.addStretch(1)

        outer = page_layout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll_page(content))
        self.session.changed.connect(self.refresh)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        household = self.session.household()
        self.household_label.setText(self._household_text(household))
        done, total = completeness(household)
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(tr("%1 of %2").replace("%1", str(done)).replace("%2", str(total)))
        missing = missing_items(household)
        if missing:
            self.progress_label.setText(tr("%1 of %2 parts of your plan are filled in. Do the next one now: it takes a few minutes.").replace("%1", str(done)).replace("%2", str(total)))
        else:
            self.progress_label.setText(tr("Your plan is complete. Print it and talk it through with everyone in the house."))
        self._show_missing(missing)

    def _household_text(self, household: object) -> str:
        from app.core.household import Household

        assert isinstance(household, Household)
        if not household.members:
            return tr("You have not added anyone yet.")
        counts = household.age_counts()
        labels = messages.age_group_labels()
        parts = [f"{counts[group]} × {labels[group].lower()}" for group in ("adult", "senior", "child", "baby") if counts[group]]
        text = tr("%1 people: %2.").replace("%1", str(len(household.members))).replace("%2", ", ".join(parts))
        if household.pets:
            text += " " + tr("Pets: %1.").replace("%1", ", ".join(f"{p.count} × {p.species}" for p in household.pets))
        names = ", ".join(member.name for member in household.members)
        return f"{text}\n{names}"

    def _show_missing(self, missing: list[MissingItem]) -> None:
        while self.todo_grid.count():
            widget = self.todo_grid.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)  # gone from the page (and from findChild) at once
                widget.deleteLater()
        self.todo_title.setVisible(bool(missing))
        for row, item in enumerate(missing[:MAX_SHOWN]):
            label = QLabel("☐ " + messages.missing_text(item))
            label.setWordWrap(True)
            button = QPushButton(tr("Fill in"))
            button.setAccessibleName(tr("Fill in: %1").replace("%1", messages.missing_text(item)))
            button.setObjectName(f"overview.todo.{row}")
            button.clicked.connect(lambda _=False, i=item: self.session.navigate_requested.emit(i.page, i.target))
            self.todo_grid.addWidget(label, row, 0)
            self.todo_grid.addWidget(button, row, 1)
        hidden = len(missing) - MAX_SHOWN
        self.more_label.setVisible(hidden > 0)
        self.more_label.setText(tr("And %1 more.").replace("%1", str(hidden)))
