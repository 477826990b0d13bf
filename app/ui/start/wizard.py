"""First run: "In 3 steps on your way" — who lives here, where, and then the overview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.core.fields import InvalidValue
from app.core.records import MAX_MEMBERS, Member, Pet
from app.ui.common.session import SaveError, Session
from app.ui.common.theme import heading, scroll_page
from app.words.i18n import tr
from app.words.plan import broadcaster_labels, numbered_member_name
from app.words.problems import problem_text


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _scrolling_body(page: QWizardPage) -> QVBoxLayout:
    """The page's content in a scroll area, so large text scrolls instead of squeezing rows."""
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setAlignment(Qt.AlignmentFlag.AlignTop)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll_page(body))
    return layout


def _spin(form: QFormLayout, label_text: str, name: str, value: int = 0) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, 12)
    spin.setValue(value)
    spin.setObjectName(name)
    spin.setAccessibleName(label_text)
    label = QLabel(label_text)
    label.setBuddy(spin)
    form.addRow(label, spin)
    return spin


class PeoplePage(QWizardPage):
    """Step 1 and 2: who lives in the house, and which animals."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Step 1 of 3: Who lives in your house?"))
        layout = _scrolling_body(self)
        layout.addWidget(_label(tr("Count everyone who sleeps in your house most nights. You can add names and details later.")))
        form = QFormLayout()
        self.your_name = QLineEdit()
        self.your_name.setObjectName("wizard.your_name")
        self.your_name.setAccessibleName(tr("Your first name (if you like)"))
        name_label = QLabel(tr("Your first name (if you like)"))
        name_label.setBuddy(self.your_name)
        form.addRow(name_label, self.your_name)
        self.adults = _spin(form, tr("Adults (18 to 64)"), "wizard.adults", 1)
        self.seniors = _spin(form, tr("People of 65 or older"), "wizard.seniors")
        # not "children": that would hide QObject.children()
        self.children_spin = _spin(form, tr("Children (2 to 17)"), "wizard.children")
        self.babies = _spin(form, tr("Babies (under 2)"), "wizard.babies")
        form.addRow(heading(tr("Animals in the house"), level=3))
        self.dogs = _spin(form, tr("Dogs"), "wizard.dogs")
        self.cats = _spin(form, tr("Cats"), "wizard.cats")
        self.other_pets = _spin(form, tr("Other animals"), "wizard.other_pets")
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("wizard.message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

    def total(self) -> int:
        return sum(s.value() for s in (self.adults, self.seniors, self.children_spin, self.babies))

    def validatePage(self) -> bool:
        total = self.total()
        if total == 0:
            self.message.setText("⚠ " + tr("Count at least one person."))
            return False
        if total > MAX_MEMBERS:
            self.message.setText("⚠ " + tr("Paraat has room for at most %1 people in one household.").replace("%1", str(MAX_MEMBERS)))
            return False
        self.message.setText("")
        return True


class HomePage(QWizardPage):
    """Step 3: where you live and your emergency radio station."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Step 2 of 3: Where do you live?"))
        layout = _scrolling_body(self)
        layout.addWidget(_label(tr("In an emergency your regional broadcaster tells you what is going on, on FM radio, also when the power and the internet are down.")))
        form = QFormLayout()
        self.municipality = QLineEdit()
        self.municipality.setObjectName("wizard.municipality")
        self.municipality.setAccessibleName(tr("Municipality"))
        label = QLabel(tr("Municipality"))
        label.setBuddy(self.municipality)
        form.addRow(label, self.municipality)
        self.broadcaster = QComboBox()
        self.broadcaster.setObjectName("wizard.broadcaster")
        self.broadcaster.setAccessibleName(tr("Regional broadcaster"))
        self.broadcaster.addItem(tr("I don't know yet"), "")
        for code, text in broadcaster_labels().items():
            self.broadcaster.addItem(text, code)
        label = QLabel(tr("Regional broadcaster"))
        label.setBuddy(self.broadcaster)
        form.addRow(label, self.broadcaster)
        layout.addLayout(form)


class DonePage(QWizardPage):
    """Step 3: what comes next."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Step 3 of 3: Ready to start"))
        layout = _scrolling_body(self)
        layout.addWidget(_label(tr("The booklet asks you to take three steps: 1. make an emergency kit, 2. make an emergency plan, 3. talk with each other and help each other.")))
        layout.addWidget(_label(tr("The Overview shows what is still missing. Everything you fill in is saved at once; there is no Save button.")))


class FirstRunWizard(QWizard):
    """A short first run that creates the household and lands on the overview."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(tr("Paraat: in 3 steps on your way"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.people = PeoplePage()
        self.home = HomePage()
        self.addPage(self.people)
        self.addPage(self.home)
        self.addPage(DonePage())
        em = self.fontMetrics().averageCharWidth()
        line = self.fontMetrics().lineSpacing()
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 75 * em, 34 * line
        if screen is not None:
            width, height = min(width, screen.width()), min(height, screen.height())
        self.resize(width, height)

    def household_records(self) -> list[tuple[str, Member | Pet]]:
        """The members and pets the answers describe, names numbered per group."""
        page = self.people
        members: list[Member] = []
        your_name = page.your_name.text().strip()
        for group, spin in (("adult", page.adults), ("senior", page.seniors),
                            ("child", page.children_spin), ("baby", page.babies)):
            for number in range(1, spin.value() + 1):
                name = numbered_member_name(group, number)
                if your_name and group in ("adult", "senior") and not any(
                        member.name == your_name for member in members):
                    name = your_name
                members.append(Member(name=name, age_group=group))
        records: list[tuple[str, Member | Pet]] = [("member", member) for member in members]
        for species, spin in ((tr("Dog"), page.dogs), (tr("Cat"), page.cats), (tr("Other animal"), page.other_pets)):
            if spin.value():
                records.append(("pet", Pet(species=species, count=spin.value())))
        return records

    def accept(self) -> None:
        updates = [
            ("home", 1, "municipality", self.home.municipality.text()),
            ("home", 1, "broadcaster", self.home.broadcaster.currentData() or ""),
        ]
        try:
            self.session.add_many(self.household_records(), updates)
        except InvalidValue as error:
            self.people.message.setText("⚠ " + problem_text(error.problem))
            self.restart()
            return
        except SaveError as error:
            self.people.message.setText("⚠ " + str(error))
            return
        self.session.set_setting("wizard_done", "1")
        super().accept()

    def reject(self) -> None:
        self.session.set_setting("wizard_done", "1")
        super().reject()
