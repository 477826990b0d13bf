"""First run: "In 5 steps on your way" — how big the letters are and which language, who lives
here, where, what the kit needs, and then the overview."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.core.fields import InvalidValue
from app.core.municipalities import (
    FILLED_SETTING,
    canonical_name,
    filled_to_setting,
    match_municipality,
    municipality_names,
    radio_for,
)
from app.core.records import MAX_MEMBERS, Member, Pet, clean_value
from app.ui.common.announce import announce, show_problem
from app.ui.common.flow_layout import FlowLayout
from app.ui.common.focus import quiet_page_scrolls
from app.ui.common.radio_group import one_tab_stop
from app.ui.common.session import SaveError, Session
from app.ui.common.theme import DEFAULT_TEXT_SIZE, TEXT_SIZES, apply_text_size, heading, scroll_page
from app.ui.start.view_keys import (
    LARGER_KEYS,
    NORMAL_KEYS,
    SMALLER_KEYS,
    text_size_step,
    window_title,
)
from app.words.i18n import Translations, current_language, tr
from app.words.plan import (
    broadcaster_labels,
    heating_labels,
    heating_question,
    kit_questions,
    not_sure_label,
    numbered_member_name,
    yes_no_labels,
)
from app.words.problems import problem_text
from app.words.radio import frequency_note, municipality_hint, radio_text, unknown_municipality_text


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _field(layout: QVBoxLayout, text: str, editor: QWidget) -> None:
    """A field with its label above it in bold (it stands out from the hints at large text),
    after a little space."""
    label = _label(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setBuddy(editor)
    layout.addSpacing(label.fontMetrics().height() // 2)
    layout.addWidget(label)
    layout.addWidget(editor)


def _scrolling_body(page: QWizardPage) -> QVBoxLayout:
    """The page's content in a scroll area, so large text scrolls instead of squeezing rows."""
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setAlignment(Qt.AlignmentFlag.AlignTop)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll_page(body))
    return layout


STEPS = 5
LANGUAGES = {"nl": "Nederlands", "en": "English"}  # each language in its own words
LANGUAGE_TITLE = "Taal · Language"  # in both: whoever reads either finds it


def step_title(number: int, text: str) -> str:
    """The title of step ``number``: "Step 2 of 5: Who lives in your house?"."""
    return tr("Step %1 of %2").replace("%1", str(number)).replace("%2", str(STEPS)) + ": " + text


def _bold(label: QLabel, points: float = 0.0) -> QLabel:
    font = QFont(QApplication.font())
    if points:
        font.setPointSizeF(points)
    font.setBold(True)
    label.setFont(font)
    return label


# the round mark grows with the text size (Qt draws it in a fixed size otherwise)
def _big_mark() -> str:
    """The round and square marks as large as the text now in use."""
    size = int(QFontMetrics(QApplication.font()).height() * 0.8)
    return f"QRadioButton::indicator, QCheckBox::indicator {{ width: {size}px; height: {size}px; }}"


class StartPage(QWizardPage):
    """Step 1: how big the letters are (with an example in that size), the language and high
    contrast. Each choice applies at once to the wizard and the whole program."""

    size_chosen = Signal(str)
    language_chosen = Signal(str)
    contrast_chosen = Signal(bool)

    def __init__(self, size: str, language: str, high_contrast: bool, language_locked: bool = False) -> None:
        super().__init__()
        self.chosen_size = size if size in TEXT_SIZES else DEFAULT_TEXT_SIZE
        self.language = language
        layout = _scrolling_body(self)
        self.intro = _label("")
        layout.addWidget(self.intro)
        self.sizes = QButtonGroup(self)
        self.size_buttons: dict[str, QRadioButton] = {}
        line = QFontMetrics(QApplication.font()).height()
        # side by side (wrapping when there is no room), so the language shows without scrolling
        size_row = QWidget()
        size_flow = FlowLayout(size_row, spacing=line)
        for code, points in TEXT_SIZES.items():
            button = QRadioButton()
            button.setObjectName(f"wizard.size.{code}")
            font = QFont(QApplication.font())
            font.setPointSizeF(points)  # each choice in its own size
            button.setFont(font)
            button.setStyleSheet(_big_mark())
            button.setChecked(code == self.chosen_size)
            button.setProperty("code", code)
            self.sizes.addButton(button)
            self.size_buttons[code] = button
            size_flow.addWidget(button)
        one_tab_stop(self.sizes)
        layout.addSpacing(line // 2)
        layout.addWidget(size_row)
        self.example = _label("")
        self.example.setObjectName("wizard.example")
        self.example.setFrameShape(QLabel.Shape.StyledPanel)
        self.example.setMargin(8)
        layout.addWidget(self.example)
        self.language_title = _label(LANGUAGE_TITLE)
        layout.addSpacing(line // 2)
        layout.addWidget(self.language_title)
        language_row = QWidget()
        language_flow = FlowLayout(language_row, spacing=line)
        self.languages = QButtonGroup(self)
        self.language_buttons: dict[str, QRadioButton] = {}
        for code, name in LANGUAGES.items():
            button = QRadioButton(name)
            button.setObjectName(f"wizard.language.{code}")
            button.setStyleSheet(_big_mark())
            button.setChecked(code == language)
            button.setEnabled(not language_locked)
            button.setProperty("code", code)
            self.languages.addButton(button)
            self.language_buttons[code] = button
            language_flow.addWidget(button)
        one_tab_stop(self.languages)
        layout.addWidget(language_row)
        self.language_locked = _label("")
        self.language_locked.setVisible(language_locked)
        layout.addWidget(self.language_locked)
        self.contrast = QCheckBox()
        self.contrast.setObjectName("wizard.high_contrast")
        self.contrast.setStyleSheet(_big_mark())
        self.contrast.setChecked(high_contrast)
        layout.addSpacing(line // 2)
        layout.addWidget(self.contrast)
        self.contrast_hint = _label("")
        layout.addWidget(self.contrast_hint)
        self.retranslate()
        self.sizes.buttonToggled.connect(self._on_size)
        self.languages.buttonToggled.connect(self._on_language)
        self.contrast.toggled.connect(self.contrast_chosen)

    def retranslate(self) -> None:
        """The texts in the language now in use, and the example and headings in the size now
        in use."""
        self.setTitle(step_title(1, tr("How big do you want the letters?")))
        self.intro.setText(tr("Choose the size you read most easily. You see it at once. You can change it later under Settings, or with Ctrl and plus or minus."))
        names = {"normal": tr("Normal"), "large": tr("Large"), "larger": tr("Larger"), "largest": tr("Largest")}
        for code, button in self.size_buttons.items():
            button.setText(names[code])
            button.setAccessibleName(tr("Text size") + ": " + names[code])
            button.setChecked(code == self.chosen_size)
        for mark in (*self.size_buttons.values(), *self.language_buttons.values(), self.contrast):
            mark.setStyleSheet(_big_mark())
        points = TEXT_SIZES[self.chosen_size]
        font = QFont(QApplication.font())
        font.setPointSizeF(points)
        self.example.setFont(font)
        self.example.setText(tr("Example: this is how big the letters are in Paraat."))
        self.example.setAccessibleName(self.example.text())
        _bold(self.language_title)
        self.language_locked.setText(tr("The library has set the language on this computer."))
        self.contrast.setText(tr("High contrast"))
        self.contrast_hint.setText(tr("Black letters on white with sharp lines: easier to read when your eyes are tired or bad."))

    @Slot(QAbstractButton, bool)
    def _on_size(self, button: QAbstractButton, checked: bool) -> None:
        code = str(button.property("code"))
        if checked and code != self.chosen_size:
            self.chosen_size = code
            self.size_chosen.emit(code)

    @Slot(QAbstractButton, bool)
    def _on_language(self, button: QAbstractButton, checked: bool) -> None:
        code = str(button.property("code"))
        if checked and code != self.language:
            self.language = code
            self.language_chosen.emit(code)


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
    """Step 2: who lives in the house, and which animals."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(step_title(2, tr("Who lives in your house?")))
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

    def take_over(self, old: PeoplePage) -> None:
        """What was filled in on ``old`` (the same step in another language or size)."""
        self.your_name.setText(old.your_name.text())
        for name in ("adults", "seniors", "children_spin", "babies", "dogs", "cats", "other_pets"):
            cast(QSpinBox, getattr(self, name)).setValue(cast(QSpinBox, getattr(old, name)).value())

    def validatePage(self) -> bool:
        total = self.total()
        if total == 0:
            show_problem(self.message, tr("Count at least one person."))
            return False
        if total > MAX_MEMBERS:
            show_problem(self.message, tr("Paraat has room for at most %1 people in one household.").replace("%1", str(MAX_MEMBERS)))
            return False
        self.message.setText("")
        return True


class HomePage(QWizardPage):
    """Step 3: where you live and your emergency radio station. Choosing the municipality fills
    in the safety region and the broadcaster, and the FM frequency when exactly one sourced
    frequency fits. Paraat changes or clears only what it filled in itself: a broadcaster the
    user chose and a frequency the user typed stay."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(step_title(3, tr("Where do you live?")))
        layout = _scrolling_body(self)
        layout.addWidget(_label(tr("In an emergency your regional broadcaster tells you what is going on, on FM radio, also when the power and the internet are down.")))
        # One column, labels above their fields: wrapped notes keep their full height at 24 pt
        # (in a QFormLayout a note whose text changes later was cut off).
        self.municipality = QLineEdit()
        self.municipality.setObjectName("wizard.municipality")
        self.municipality.setAccessibleName(tr("Municipality"))
        completer = QCompleter(municipality_names(), self.municipality)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(8)
        self.municipality.setCompleter(completer)
        _field(layout, tr("Municipality"), self.municipality)
        layout.addWidget(_label(municipality_hint()))
        self.radio_note = _label("")
        self.radio_note.setObjectName("wizard.radio_note")
        layout.addSpacing(self.fontMetrics().height() // 4)
        layout.addWidget(self.radio_note)
        self.broadcaster = QComboBox()
        self.broadcaster.setObjectName("wizard.broadcaster")
        self.broadcaster.setAccessibleName(tr("Regional broadcaster"))
        self.broadcaster.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.broadcaster.setMinimumContentsLength(12)
        self.broadcaster.addItem(tr("I don't know yet"), "")
        for code, text in broadcaster_labels().items():
            self.broadcaster.addItem(text, code)
        _field(layout, tr("Regional broadcaster"), self.broadcaster)
        self.fm_frequency = QLineEdit()
        self.fm_frequency.setObjectName("wizard.fm_frequency")
        self.fm_frequency.setAccessibleName(tr("FM frequency"))
        _field(layout, tr("FM frequency"), self.fm_frequency)
        self.frequency_note = _label("")
        self.frequency_note.setObjectName("wizard.frequency_note")
        layout.addWidget(self.frequency_note)
        self.message = _label("")
        self.message.setObjectName("wizard.home_message")
        layout.addWidget(self.message)
        self.region = ""
        """The safety region that follows from the municipality ("" when unknown)."""
        self._filled_broadcaster = ""  # what Paraat chose, so it may change it again
        self._filled_frequency = ""  # what Paraat filled in, so it may change it again
        self._frequency_typed = False  # the user typed the frequency: Paraat leaves it alone
        self.municipality.textChanged.connect(self._on_municipality)
        self.municipality.editingFinished.connect(self._on_municipality_done)
        self.broadcaster.activated.connect(self._on_broadcaster_chosen)
        self.fm_frequency.textEdited.connect(self._on_frequency_typed)
        self.broadcaster.currentIndexChanged.connect(self._update_frequency_note)
        self.fm_frequency.textChanged.connect(self._update_frequency_note)
        self._update_frequency_note()

    @Slot(str)
    def _on_municipality(self, text: str) -> None:
        radio = radio_for(text)
        if radio is None:  # still typing, or not in the list: undo only what Paraat filled in
            self.region = ""
            self.radio_note.setText("")
            if self._filled_broadcaster and self.broadcaster.currentData() == self._filled_broadcaster:
                self.broadcaster.setCurrentIndex(0)
            self._filled_broadcaster = ""
            self._fill_frequency("")
            return
        self.region = radio.region
        self.radio_note.setText(radio_text(radio))
        self.broadcaster.setCurrentIndex(max(0, self.broadcaster.findData(radio.broadcaster.id)))
        self._filled_broadcaster = radio.broadcaster.id
        self._fill_frequency(radio.frequency.mhz if radio.frequency else "")

    def _fill_frequency(self, mhz: str) -> None:
        current = self.fm_frequency.text().strip()
        if self._frequency_typed or (current and current != self._filled_frequency):
            return  # typed by the user: never overwritten or cleared
        self.fm_frequency.setText(mhz)
        self._filled_frequency = mhz
        self._update_frequency_note()

    @Slot(int)
    def _on_broadcaster_chosen(self, _index: int) -> None:
        self._filled_broadcaster = ""  # the user's choice now

    @Slot(str)
    def _on_frequency_typed(self, text: str) -> None:
        self._frequency_typed = bool(text.strip())  # emptied: Paraat may fill it in again
        if self._frequency_typed:
            self._filled_frequency = ""

    def filled(self) -> dict[str, str]:
        """The values Paraat filled in that are still there (FILLED_SETTING)."""
        filled = {"safety_region": self.region}
        if self._filled_broadcaster and self.broadcaster.currentData() == self._filled_broadcaster:
            filled["broadcaster"] = self._filled_broadcaster
        if not self._frequency_typed and self._filled_frequency \
                and self.fm_frequency.text().strip() == self._filled_frequency:
            filled["fm_frequency"] = self._filled_frequency
        return filled

    def take_over(self, old: HomePage) -> None:
        """What was filled in on ``old``, and what of it Paraat filled in itself."""
        self.municipality.setText(old.municipality.text())
        self.broadcaster.setCurrentIndex(max(0, self.broadcaster.findData(old.broadcaster.currentData())))
        self.fm_frequency.setText(old.fm_frequency.text())
        self.region = old.region
        self._filled_broadcaster = old._filled_broadcaster
        self._filled_frequency = old._filled_frequency
        self._frequency_typed = old._frequency_typed
        self._on_municipality_done()
        self._update_frequency_note()

    @Slot()
    def _on_municipality_done(self) -> None:
        text = self.municipality.text()
        if text.strip() and radio_for(text) is None:
            self.radio_note.setText(unknown_municipality_text(match_municipality(text).candidates))

    def frequency_value(self) -> str:
        """The frequency as it will be stored ("93,1" → "93.1"); raises InvalidValue."""
        return str(clean_value("home", "fm_frequency", self.fm_frequency.text()))

    @Slot()
    def _update_frequency_note(self) -> None:
        try:
            mhz = self.frequency_value()
        except InvalidValue:
            mhz = self.fm_frequency.text().strip()
        self.frequency_note.setText(frequency_note(self.broadcaster.currentData() or "", self.region, mhz))

    def validatePage(self) -> bool:
        try:
            self.frequency_value()
        except InvalidValue as error:
            show_problem(self.message, tr("FM frequency") + ": " + problem_text(error.problem))
            self.fm_frequency.setFocus()
            return False
        self.message.setText("")
        return True


class Question(QWidget):
    """One kit question: the question in bold, its answers as radio buttons side by side (they
    wrap at large text), and one line on what the answer changes in the kit list."""

    def __init__(self, field: str, question: str, effect: str, options: dict[str, str]) -> None:
        super().__init__()
        self.field = field
        self.setObjectName(f"wizard.{field}")
        layout = QVBoxLayout(self)
        line = self.fontMetrics().lineSpacing()
        layout.setContentsMargins(0, line // 2, 0, 0)  # a little room between the questions
        title = _label(question)
        bold = QFont(title.font())
        bold.setBold(True)
        title.setFont(bold)
        layout.addWidget(title)
        row = QWidget()
        # yes / no / later side by side (wrapping at large text); a longer list one per line
        flow = FlowLayout(row, spacing=12) if len(options) <= 2 else QVBoxLayout(row)
        if isinstance(flow, QVBoxLayout):
            flow.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for code, text in [*options.items(), ("", not_sure_label())]:
            button = QRadioButton(text)
            # the round mark grows with the text size (Qt draws it in a fixed size otherwise)
            button.setStyleSheet("QRadioButton::indicator { width: 0.9em; height: 0.9em; }")
            button.setObjectName(f"wizard.{field}.{code or 'later'}")
            button.setAccessibleName(f"{question} {text}")
            self.group.addButton(button)
            self.buttons[code] = button
            flow.addWidget(button)
        self.buttons[""].setChecked(True)
        one_tab_stop(self.group)
        layout.addWidget(row)
        layout.addWidget(_label(effect))

    def answer(self) -> str:
        """"yes", "no", a heating type, or "" (not answered)."""
        return next((code for code, button in self.buttons.items() if button.isChecked()), "")


class KitPage(QWizardPage):
    """Step 4: the questions that make the kit list fit (editable later on the household page)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(step_title(4, tr("What does your kit need?")))
        layout = _scrolling_body(self)
        layout.addWidget(_label(tr("A few questions make the kit list fit your household. Not sure? Choose \"%1\": you can change every answer later under Household.").replace("%1", not_sure_label())))
        question, effect = heating_question()
        self.questions = [Question("heating", question, effect, heating_labels())]
        self.questions += [Question(field, question, effect, yes_no_labels())
                           for field, question, effect in kit_questions()]
        for widget in self.questions:
            layout.addWidget(widget)
        self.toddler = next(q for q in self.questions if q.field == "toddler")

    def initializePage(self) -> None:
        """Ask about a toddler in nappies only when the household has children."""
        wizard = self.wizard()
        people = wizard.people if isinstance(wizard, FirstRunWizard) else None
        children = people is None or people.children_spin.value() > 0
        self.toddler.setVisible(children)
        if not children:
            self.toddler.buttons[""].setChecked(True)

    def answers(self) -> dict[str, str]:
        return {question.field: question.answer() for question in self.questions}

    def take_over(self, old: KitPage) -> None:
        for question, answer in zip(self.questions, old.answers().values(), strict=True):
            question.buttons[answer].setChecked(True)


class DonePage(QWizardPage):
    """Step 5: what comes next."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(step_title(5, tr("Ready to start")))
        layout = _scrolling_body(self)
        layout.addWidget(_label(tr("The booklet asks you to take three steps: 1. make an emergency kit, 2. make an emergency plan, 3. talk with each other and help each other.")))
        layout.addWidget(_label(tr("The Overview shows what is still missing. Everything you fill in is saved at once; there is no Save button.")))


class FirstRunWizard(QWizard):
    """A short first run that creates the household and lands on the overview. Its first step
    sets the text size, the language and high contrast for the whole program, at once."""

    def __init__(self, session: Session, apply_choices: Callable[[bool], None] | None = None,
                 parent: QWidget | None = None, *, language_locked: bool = False) -> None:
        """``apply_choices(language_chosen)`` applies the saved language, text size and look to
        the whole program (the application's; without it the wizard applies language and size)."""
        super().__init__(parent)
        self.session = session
        self.apply_choices = apply_choices or self._apply_choices
        self.language_chosen = False
        """True once the user chose a language here (it then counts, not --lang)."""
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.start_page = StartPage(session.setting("text_size", DEFAULT_TEXT_SIZE), current_language(),
                                    session.setting("high_contrast") == "1", language_locked)
        self.setPage(0, self.start_page)
        self._pages: list[QWizardPage] = []
        self._build_pages()
        self.start_page.size_chosen.connect(self.set_text_size)
        self.start_page.language_chosen.connect(self.set_language)
        self.start_page.contrast_chosen.connect(self.set_high_contrast)
        for keys, step in ((LARGER_KEYS, 1), (SMALLER_KEYS, -1), (NORMAL_KEYS, 0)):
            for key in keys:  # Ctrl+plus, Ctrl+minus, Ctrl+0, as in the main window
                QShortcut(key, self).activated.connect(lambda step=step: self.step_text_size(step))
        self._retitle()
        self._fit()
        self.currentIdChanged.connect(self._on_step)

    @Slot(int)
    def _on_step(self, page_id: int) -> None:
        """A step opens: its title names the step (read when the focus enters it) and is read
        out at once; its scroll area is no Tab stop."""
        page = self.page(page_id)
        if page is None:
            return
        quiet_page_scrolls(page)
        page.setAccessibleName(page.title())
        announce(page, page.title())

    def _build_pages(self) -> None:
        """Steps 2 to 5, in the language and size now in use, keeping what was filled in."""
        old = self._pages
        for page_id in range(1, STEPS):
            if self.page(page_id) is not None:
                self.removePage(page_id)
        self.people = PeoplePage()
        self.home = HomePage()
        self.kit = KitPage()
        self._pages = [self.people, self.home, self.kit, DonePage()]
        if old:
            self.people.take_over(cast(PeoplePage, old[0]))
            self.home.take_over(cast(HomePage, old[1]))
            self.kit.take_over(cast(KitPage, old[2]))
        for page_id, page in enumerate(self._pages, start=1):
            self.setPage(page_id, page)
        for page in old:
            page.deleteLater()

    def _retitle(self) -> None:
        self.setWindowTitle(window_title(tr("In %1 steps on your way").replace("%1", str(STEPS))))
        for which, text in ((QWizard.WizardButton.BackButton, tr("< &Back")),
                            (QWizard.WizardButton.NextButton, tr("&Next >")),
                            (QWizard.WizardButton.FinishButton, tr("&Finish")),
                            (QWizard.WizardButton.CancelButton, tr("Cancel"))):
            self.setButtonText(which, text)

    def _fit(self) -> None:
        """About 75 letters wide and 34 lines high in the size now in use, within the screen."""
        metrics = QFontMetrics(QApplication.font())
        width, height = 75 * metrics.averageCharWidth(), 34 * metrics.lineSpacing()
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width, height = min(width, screen.width()), min(height, screen.height())
        self.resize(width, height)

    def _renew(self) -> None:
        """Everything again in the language and size now in use."""
        step = self.currentId()
        # the new text size reaches the open windows in a posted event: let it arrive first,
        # so the steps made now start in it
        QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
        self.start_page.retranslate()
        self._build_pages()
        self._retitle()
        # Qt sets the title's font once, and the Next/Finish buttons when a step opens: open the
        # step again (Ctrl+plus on a later step goes back there through the steps before it)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.restart()
        # with an application style sheet a new application font no longer reaches existing
        # widgets (the buttons, the intro, the hints): polish each one again to take it
        for widget in (self, *self.findChildren(QWidget)):
            if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        while 0 <= self.currentId() < step:
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break
        self._fit()

    def _apply_choices(self, language_chosen: bool) -> None:
        app = cast(QApplication, QApplication.instance())
        Translations(app).use(self.session.setting("language", "nl"))
        apply_text_size(app, self.session.setting("text_size", DEFAULT_TEXT_SIZE))

    @Slot(str)
    def set_text_size(self, size: str) -> None:
        """Use ``size`` everywhere at once and save it (in public mode: in memory only)."""
        self.session.set_setting("text_size", size)
        self.apply_choices(self.language_chosen)
        self.start_page.chosen_size = size
        self._renew()
        self._focus_on_start(self.start_page.size_buttons.get(size))

    @Slot(int)
    def step_text_size(self, step: int) -> None:
        """Ctrl+plus (1), Ctrl+minus (-1), Ctrl+0 (0)."""
        current = self.session.setting("text_size", DEFAULT_TEXT_SIZE)
        size = text_size_step(current, step)
        if size != current:
            self.set_text_size(size)

    @Slot(str)
    def set_language(self, language: str) -> None:
        self.session.set_setting("language", language)
        self.language_chosen = True
        self.apply_choices(True)
        self._renew()
        self._focus_on_start(self.start_page.language_buttons.get(language))

    def _focus_on_start(self, button: QAbstractButton | None) -> None:
        """After a choice on the first step rebuilt the wizard, the focus stays on that choice
        (not on the first size button, where one Space would change the size again)."""
        if button is None or self.currentPage() is not self.start_page:
            return
        def focus() -> None:
            if self.currentPage() is self.start_page and button.isVisible():
                button.setFocus(Qt.FocusReason.OtherFocusReason)

        focus()
        QTimer.singleShot(0, button, focus)  # again once the rebuilt step has settled

    @Slot(bool)
    def set_high_contrast(self, on: bool) -> None:
        """Saved, and applied at once by the application's ``apply_choices``."""
        self.session.set_setting("high_contrast", "1" if on else "0")
        self.apply_choices(self.language_chosen)
        self.start_page.retranslate()  # the example and headings in the new look

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

    def _save(self, pages: list[QWizardPage]) -> bool:
        """Store what ``pages`` hold (the people, the home, the kit answers), as one change.
        False, with the step and its message shown, when something cannot be stored."""
        updates: list[tuple[str, int, str, str]] = []
        if self.home in pages:
            updates += [
                ("home", 1, "municipality", canonical_name(self.home.municipality.text())),
                ("home", 1, "safety_region", self.home.region),
                ("home", 1, "broadcaster", self.home.broadcaster.currentData() or ""),
                ("home", 1, "fm_frequency", self.home.fm_frequency.text()),
            ]
        if self.kit in pages:
            updates += [("home", 1, field, answer) for field, answer in self.kit.answers().items()]
        records = self.household_records() if self.people in pages else []
        try:
            self.session.add_many(records, updates)
        except InvalidValue as error:
            self.restart()
            self.next()  # to "who lives in your house?", where the message is
            show_problem(self.people.message, problem_text(error.problem))
            return False
        except SaveError as error:
            show_problem(self.people.message, str(error))
            return False
        if self.home in pages:
            self.session.set_setting(FILLED_SETTING, filled_to_setting(self.home.filled()))
        return True

    def accept(self) -> None:
        if not self._save([self.people, self.home, self.kit]):
            return
        self.session.set_setting("wizard_done", "1")
        super().accept()

    def _ask_to_stop(self) -> bool:
        """"Do you want to stop?": True to keep what was filled in and stop, False to go on
        (also Escape and closing the question)."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("Stop?"),
                          tr("Do you want to stop? Paraat keeps what you filled in. "
                             "You can fill in the rest later on the pages of Paraat."),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("wizard.stop_question")
        keep = box.addButton(tr("&Keep and stop"), QMessageBox.ButtonRole.AcceptRole)
        go_on = box.addButton(tr("&Go on filling in"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go_on)
        box.setEscapeButton(go_on)
        box.exec()
        return box.clickedButton() is keep

    def reject(self) -> None:
        """Escape, Cancel or the window's close button. On step 1 (only the text size, language
        and look, already saved) the wizard closes; later it asks first and keeps what was
        filled in. An empty household sees the wizard again at the next start."""
        self._stop(ask=True)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """Closed by the program (it quits) rather than by the user: keep what can be kept,
        without asking."""
        if event.spontaneous() or not self.isVisible():
            super().closeEvent(event)  # the user's close button: reject() asks
            return
        self._stop(ask=False)
        event.setAccepted(not self.isVisible())

    def _stop(self, ask: bool) -> None:
        if self.currentId() > 0:
            if ask and not self._ask_to_stop():
                return
            seen = [self.page(page_id) for page_id in self.visitedIds() if page_id > 0]
            current = self.currentPage()
            if current is self.people and self.people.total() == 0:
                seen.remove(self.people)  # nobody counted yet: no one to keep
            elif current is not None and not current.validatePage():
                if ask:
                    return  # its message says what is wrong; nothing is lost
                seen.remove(current)
            if not self._save([page for page in seen if page is not None]) and ask:
                return
        if not self.session.repository.is_empty():
            self.session.set_setting("wizard_done", "1")
        super().reject()
