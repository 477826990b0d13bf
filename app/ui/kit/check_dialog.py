"""The half-yearly check, step by step: one page per storage place, then batteries and radio,
phone numbers and meeting places, medicines, and the printed plan (app/core/check.py).

On a place's page the user ticks "klopt", changes an amount, marks something as used up or gone,
and puts what goes off before the next check on the shopping list ("koop nieuw", a ToBuy record
with origin "check"). A page's changes are stored when the user presses Next (each through the
session, so undo works); Cancel keeps what earlier pages stored and stores nothing more, and the
check then does not count. Finish records the date (setting "kit_last_check"), so the kit page,
the overview, the printed plan, ``paraat status`` and the calendar file show the next check.

Each page's title is the step's title ("Stap 2 van 6: Plek: Keukenkast"), also the page's
accessible name and the window title, so a screen reader announces every step.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.core.check import CheckEntry, CheckStep, NextCheck, check_after_today, check_steps
from app.core.fields import InvalidValue, format_date, format_expiry
from app.core.records import ToBuy
from app.ui.common.announce import show_problem
from app.ui.common.flow_layout import FlowLayout
from app.ui.common.session import SaveError, Session
from app.ui.common.theme import scroll_page
from app.ui.kit.kit_models import medicine_names
from app.words.check import check_word, next_check_sentence, place_title
from app.words.counts import enough_for_days
from app.words.i18n import current_language, tr
from app.words.kit import item_label, quantity_text, unit_labels
from app.words.plan import broadcaster_labels, meeting_place_labels
from app.words.problems import problem_text


def _label(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def _body(page: QWizardPage) -> QVBoxLayout:
    """The page's content in a scroll area, so large text scrolls instead of squeezing rows."""
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setAlignment(Qt.AlignmentFlag.AlignTop)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll_page(body))
    return layout


class WrapCheck(QWidget):
    """A check box whose text wraps at large text sizes (a QCheckBox's own text does not).
    The box carries the text as its accessible name; clicking the text ticks the box."""

    def __init__(self, text: str, name: str) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.box = QCheckBox()
        self.box.setObjectName(name)
        self.box.setAccessibleName(text)
        self.text = _label(text)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.text.mousePressEvent = lambda _event: self.box.toggle()  # type: ignore[method-assign]
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.setFocusProxy(self.box)

    def isChecked(self) -> bool:
        return self.box.isChecked()


def record_check(session: Session) -> None:
    """The check is done today: store the date and let every page show the next check."""
    session.set_setting("kit_last_check", session.today().isoformat())
    session.changed.emit("settings")
    session.notice.emit(tr("Thank you. Paraat will remind you of the next check."))


class StepPage(QWizardPage):
    """One step: its title (numbered), its advice and sources; subclasses add the rest."""

    def __init__(self, title: str, advice: str, facts: tuple[str, ...]) -> None:
        super().__init__()
        self.step_title = title
        self.setAccessibleName(title)
        self.setAccessibleDescription(advice)
        self.body = _body(self)
        if advice:
            self.body.addWidget(_label(advice))
        self.facts = facts
        self.message = _label("", "check.message")
        self.message.setVisible(False)

    def finish_body(self, saves: bool) -> None:
        """Sources, the error line, and (on pages that store something) when that happens."""
        if self.facts:
            self.body.addWidget(_label(tr("Sources: %1").replace("%1", ", ".join(self.facts))))
        if saves:
            self.body.addWidget(_label(tr("Your changes on this page are saved when you press Next. Cancel does not save them."),
                                       "check.saves"))
        self.body.addWidget(self.message)

    def show_problem(self, text: str) -> None:
        show_problem(self.message, text)


@dataclass
class EntryRow:
    """The widgets of one stock entry on a place's page."""

    item: CheckEntry
    label: str
    ok: QCheckBox
    amount: QDoubleSpinBox
    gone: WrapCheck
    buy: WrapCheck | None
    box: QFrame


class PlacePage(StepPage):
    """One storage place: what is there, and what to use up and buy new before the next check."""

    def __init__(self, session: Session, step: CheckStep, until: str) -> None:
        language = current_language()
        advice = check_word("advice_place" if step.place else "advice_no_place", language)
        super().__init__(place_title(step.place, language), advice, step.facts)
        self.session = session
        self.place = step.place
        medicines = medicine_names(session)
        self.rows: list[EntryRow] = []
        self.shown: dict[int | None, float] = {}
        units = unit_labels()
        for number, item in enumerate(step.entries):
            entry = item.entry
            label = item_label(entry.item_id, entry.name, medicines) or entry.name or entry.item_id
            box = QFrame()
            box.setObjectName(f"check.entry.{number}")
            box.setFrameShape(QFrame.Shape.StyledPanel)
            layout = QVBoxLayout(box)
            what = f"<b>{label}</b> — {quantity_text(entry.quantity, entry.unit)}"
            if entry.expires:
                what += " — " + tr("best before %1").replace("%1", format_expiry(entry.expires))
            title = _label(what)
            title.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(title)
            if item.renew:
                words = check_word("renew", language) + " " + (
                    check_word("expired", language) if item.expired
                    else check_word("renew_why", language).format(date=until))
                layout.addWidget(_label("⚠ " + words, f"check.renew.{number}"))
            if item.refresh_water:
                layout.addWidget(_label(check_word("refresh_water", language)))
            row = FlowLayout()
            ok = QCheckBox(tr("Correct"))
            ok.setObjectName(f"check.ok.{number}")
            ok.setAccessibleName(tr("%1 is correct").replace("%1", label))
            row.addWidget(ok)
            amount_label = QLabel(tr("How much:"))
            amount = QDoubleSpinBox()
            amount.setObjectName(f"check.amount.{number}")
            whole = entry.unit in ("pcs", "pack", "set", "kcal", "kj", "eur")
            amount.setDecimals(0 if whole and entry.quantity == int(entry.quantity) else 2)
            amount.setRange(0.001, 1_000_000)
            amount.setValue(entry.quantity)
            amount.setSuffix(" " + units.get(entry.unit, entry.unit))
            amount.setAccessibleName(tr("How much %1").replace("%1", label))
            amount_label.setBuddy(amount)
            row.addWidget(amount_label)
            row.addWidget(amount)
            layout.addLayout(row)
            gone = WrapCheck(tr("Used up or gone: take it off the list"), f"check.gone.{number}")
            gone.box.setAccessibleName(tr("%1 is used up or gone").replace("%1", label))
            gone.box.toggled.connect(amount.setDisabled)
            layout.addWidget(gone)
            buy: WrapCheck | None = None
            if item.renew:
                buy = WrapCheck(tr("Buy new: put it on the shopping list"), f"check.buy.{number}")
                buy.box.setAccessibleName(tr("Buy new %1: put it on the shopping list").replace("%1", label))
                layout.addWidget(buy)
            self.body.addWidget(box)
            self.rows.append(EntryRow(item, label, ok, amount, gone, buy, box))
            # What the box showed at first: only a change the user made is stored (the box rounds
            # to 2 decimals, so 1.333 litres shows as 1,33 and must not be stored as 1.33).
            self.shown[entry.id] = amount.value()
        if not step.entries:
            self.body.addWidget(_label(tr("Nothing is kept here.")))
        self.finish_body(saves=True)

    def validatePage(self) -> bool:
        """Store this page: amounts, what is gone, what to buy new. Stays on the page on a problem."""
        today = self.session.today().isoformat()
        try:
            for row in self.rows:
                entry_id = row.item.entry.id
                stored = self.session.repository.get("stock", entry_id)
                if stored is not None and row.gone.isChecked():
                    self.session.delete("stock", entry_id)
                elif stored is not None and abs(row.amount.value() - self.shown.get(entry_id, stored.quantity)) > 1e-9:
                    self.session.set_field("stock", entry_id, "quantity", row.amount.value())
                if row.buy is not None and row.buy.isChecked() and not self._on_list(row.label):
                    self.session.add("to_buy", ToBuy(name=row.label[:100], origin="check", added=today,
                                                     notes=self.place))
                if row.gone.isChecked():
                    row.box.setEnabled(False)
        except InvalidValue as error:
            self.show_problem(problem_text(error.problem))
            return False
        except SaveError as error:
            self.show_problem(str(error))
            return False
        self.message.setVisible(False)
        return True

    def _on_list(self, name: str) -> bool:
        return any(item.name == name[:100] and item.origin == "check"
                   for item in self.session.household().to_buy)


class BatteriesPage(StepPage):
    """Switch on the torch and the radio, test the CO alarm, and tune to the regional station."""

    def __init__(self, session: Session, step: CheckStep) -> None:
        language = current_language()
        super().__init__(check_word("title_batteries", language),
                         check_word("advice_batteries", language), step.facts)
        medicines = medicine_names(session)
        self.checks: list[WrapCheck] = []
        for number, item in enumerate(step.entries):
            entry = item.entry
            label = item_label(entry.item_id, entry.name, medicines) or entry.name
            where = f" ({entry.location})" if entry.location else ""
            box = WrapCheck(tr("%1 works").replace("%1", label + where), f"check.works.{number}")
            self.body.addWidget(box)
            self.checks.append(box)
        if step.broadcaster:
            station = broadcaster_labels().get(step.broadcaster, step.broadcaster)
            if step.fm_frequency:
                station += f", {step.fm_frequency} FM"
            self.body.addWidget(_label(check_word("radio_station", language).format(station=station),
                                       "check.station"))
        self.finish_body(saves=False)


class ContactsPage(StepPage):
    """The phone numbers and meeting places as Paraat has them, to read through."""

    def __init__(self, step: CheckStep) -> None:
        language = current_language()
        super().__init__(check_word("title_contacts", language),
                         check_word("advice_contacts", language), step.facts)
        phones_title = tr("Phone numbers")  # tr() outside f-strings, so that lupdate finds it
        self.body.addWidget(_label(f"<b>{phones_title}</b>"))
        phones = "\n".join(f"• {who}: {number}" if who else f"• {number}" for who, number in step.phones)
        self.body.addWidget(_label(phones or check_word("no_phones", language), "check.phones"))
        places_title = tr("Meeting places")
        self.body.addWidget(_label(f"<b>{places_title}</b>"))
        labels = meeting_place_labels()
        places = "\n".join(f"• {labels[place_id][0]}: {place}" for place_id, place in step.meeting_places
                           if place)
        self.body.addWidget(_label(places or check_word("no_places", language), "check.places"))
        self.finish_body(saves=False)


class MedicinesPage(StepPage):
    """Each medicine: how many doses are left (editable), and whether it must stay cold."""

    def __init__(self, session: Session, step: CheckStep) -> None:
        language = current_language()
        super().__init__(check_word("title_medicines", language),
                         check_word("advice_medicines", language), step.facts)
        self.session = session
        self.spins: list[tuple[int, QDoubleSpinBox]] = []
        for number, item in enumerate(step.medicines):
            medicine = item.medicine
            who = f" ({item.member})" if item.member else ""
            lines = [f"<b>{medicine.name}{who}</b>"]
            if item.days is not None:
                lines.append(enough_for_days(item.days))
            if medicine.keep_cold:
                lines.append("❄ " + check_word("keep_cold", language)
                             + (f" {medicine.cold_note}" if medicine.cold_note else ""))
            text = _label("<br>".join(lines))
            text.setTextFormat(Qt.TextFormat.RichText)
            self.body.addWidget(text)
            row = FlowLayout()
            label = QLabel(tr("Doses in the house:"))
            spin = QDoubleSpinBox()
            spin.setObjectName(f"check.doses.{number}")
            spin.setDecimals(0 if (medicine.in_stock or 0) == int(medicine.in_stock or 0) else 2)
            spin.setRange(0, 1_000_000)
            spin.setSpecialValueText(tr("not known"))
            spin.setValue(medicine.in_stock or 0)
            spin.setProperty("shown", spin.value())  # only a change the user makes is stored
            spin.setAccessibleName(tr("Doses of %1 in the house").replace("%1", medicine.name))
            label.setBuddy(spin)
            row.addWidget(label)
            row.addWidget(spin)
            self.body.addLayout(row)
            if medicine.id is not None:
                self.spins.append((medicine.id, spin))
        self.finish_body(saves=True)

    def validatePage(self) -> bool:
        try:
            for medicine_id, spin in self.spins:
                stored = self.session.repository.get("medicine", medicine_id)
                if abs(spin.value() - float(spin.property("shown"))) < 1e-9:
                    continue  # untouched: keep what is stored (2.5 doses stay 2.5, unknown stays unknown)
                value = spin.value() or None
                if stored is not None and value != stored.in_stock:
                    self.session.set_field("medicine", medicine_id, "in_stock", value)
        except InvalidValue as error:
            self.show_problem(problem_text(error.problem))
            return False
        except SaveError as error:
            self.show_problem(str(error))
            return False
        return True


class PaperPage(StepPage):
    """Is the printed plan still the plan? Offer to open the print page afterwards."""

    def __init__(self, step: CheckStep) -> None:
        language = current_language()
        super().__init__(check_word("title_paper", language), check_word("advice_paper", language),
                         step.facts)
        self.print_again = WrapCheck(tr("After the check, open Print so I can print my plan again"),
                                     "check.print_again")
        self.body.addWidget(self.print_again)
        self.finish_body(saves=False)


class DonePage(StepPage):
    """What finishing does: the date of this check, and the next one."""

    def __init__(self, session: Session) -> None:
        language = current_language()
        today = session.today()
        after = NextCheck("planned", check_after_today(today), today)
        super().__init__(tr("Finish the check"), "", ())
        self.body.addWidget(_label(tr("Press Finish: Paraat notes that you checked your kit today (%1).")
                                   .replace("%1", format_date(today.isoformat()))))
        self.body.addWidget(_label(next_check_sentence(after, language), "check.next"))
        self.calendar = WrapCheck(tr("Then save the reminders for my calendar again"), "check.calendar")
        self.body.addWidget(self.calendar)
        self.finish_body(saves=False)


class CheckDialog(QWizard):
    """The guided half-yearly check of the kit."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("kit.check_dialog")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        today = session.today()
        steps = check_steps(session.household(), session.repository.list("stock"), today)
        until = format_date(check_after_today(today).isoformat())
        self.pages: list[StepPage] = []
        self.paper: PaperPage | None = None
        for step in steps:
            page: StepPage
            if step.kind == "place":
                page = PlacePage(session, step, until)
            elif step.kind == "batteries":
                page = BatteriesPage(session, step)
            elif step.kind == "contacts":
                page = ContactsPage(step)
            elif step.kind == "medicines":
                page = MedicinesPage(session, step)
            else:
                page = self.paper = PaperPage(step)
            self.pages.append(page)
        self.done_page = DonePage(session)
        self.pages.append(self.done_page)
        total = len(self.pages)
        for number, page in enumerate(self.pages, start=1):
            title = tr("Step %1 of %2: %3").replace("%1", str(number)).replace("%2", str(total)) \
                .replace("%3", page.step_title)
            page.setTitle(title)
            page.setAccessibleName(title)
            self.addPage(page)
        self.finished_check = False
        self.currentIdChanged.connect(self._announce)
        em = self.fontMetrics().averageCharWidth()
        line = self.fontMetrics().lineSpacing()
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 80 * em, 30 * line
        if screen is not None:
            width, height = min(width, screen.width()), min(height, int(screen.height() * 0.95))
        self.resize(width, height)
        self._announce()

    @Slot()
    def _announce(self, _page_id: int = -1) -> None:
        """Name the step in the window title, so a screen reader says where the user is."""
        page = self.currentPage()
        title = page.title() if page is not None else ""
        self.setWindowTitle(tr("Half-yearly check") + (f" – {title}" if title else ""))

    def accept(self) -> None:
        record_check(self.session)
        self.finished_check = True
        super().accept()
        if self.done_page.calendar.isChecked():
            from app.ui.kit import kit_files  # the calendar library: only when asked for

            kit_files.export_calendar(self.parentWidget() or self, self.session)
        if self.paper is not None and self.paper.print_again.isChecked():
            self.session.navigate_requested.emit("paper", "")

    def reject(self) -> None:
        if self.currentId() > 0:
            self.session.notice.emit(tr("The check has stopped. What you saved with Next stays saved; the check does not count yet."))
        super().reject()
