"""Medicijnlijst: every member's medicines on paper, for the doctor, the pharmacy or a helper.

Per person: the name and dose, how often, how many doses are in the house and how many days
they last, and for a medicine that must stay cold what to do when the fridge is off (the
household's own words, else the booklet's advice, FACTS 6.3).

A medicine list is medical by nature, so it is printed only with ``include_medical`` ("Medical
details" on the print page, ``--with-medical`` on the command line), as the wallet cards'
medical lines are; without it the page says in one line that the list was left out and how
to add it. Alone or in the noodmap, the same rule.
"""

from __future__ import annotations

from app.core.household import Household
from app.core.records import Medicine, Stock
from app.core.supplies import KitReport
from app.report.document import PrintOptions, TextDocument
from app.report.html import esc, heading, join
from app.words import counts
from app.words.i18n import tr
from app.words.numbers import format_amount
from app.words.plan import medicine_paper_text

EMPTY_ROWS = 6  # with no medicines filled in
KEEP_COLD_ADVICE_FACTS = "FACTS 6.3"  # the advice for a cold medicine without the household's own note


def cold_text(medicine: Medicine) -> str:
    """What to do with a cold medicine when the fridge is off; '' when it need not stay cold."""
    if not medicine.keep_cold:
        return ""
    return " ".join(medicine.cold_note.split()) or tr(
        "Put it in the coolest room, out of the sun; never in the freezer.")


def left_out_text() -> str:
    """The one line printed instead of the list without medical details."""
    return tr("The medicine list is not printed: it holds medical details. To print it, tick "
              "'Medical details' on the Print page.")


class MedicineList(TextDocument):
    """A table per household: one category row per person, one row per medicine."""

    def __init__(self, household: Household, options: PrintOptions) -> None:
        super().__init__(options)
        self.household = household
        self.title = tr("Medicine list")

    def rows(self) -> str:
        parts = []
        for member in sorted(self.household.members, key=lambda m: m.position):
            medicines = self.household.medicines_of(member.id)
            if not medicines:
                continue
            parts.append(f"<tr><td colspan='4' style='background-color: #e6e6e6;'><b>{esc(member.name)}</b></td></tr>")
            for medicine in medicines:
                days = medicine.days_in_stock
                stock = "" if medicine.in_stock is None else format_amount(medicine.in_stock)
                lasts = counts.days_text(days) if days is not None else ""
                cold = cold_text(medicine)
                parts.append(
                    f"<tr><td><b>{join(medicine.name, medicine.dose)}</b><br>{esc(medicine_paper_text(medicine))}</td>"
                    f"<td>{esc(stock)}</td><td>{esc(lasts)}</td>"
                    f"<td>{esc(cold)}</td></tr>")
        return "".join(parts)

    def body_html(self) -> str:
        parts = [heading(self.title, 1)]
        if not self.options.include_medical:
            return "".join(parts) + f"<p>{esc(left_out_text())}</p>"
        rows = self.rows()
        if not rows:  # rows to write in by hand, as the plan gives lines for an empty part
            none = tr("No medicines filled in. Add them on the Household page, or write them here.")
            parts.append(f"<p>{esc(none)}</p>")
            rows = "<tr><td>&nbsp;<br>&nbsp;</td><td></td><td></td><td></td></tr>" * EMPTY_ROWS
        head = "".join(f"<th width='{width}'>{esc(text)}</th>" for text, width in (
            (tr("Medicine and how often"), "38%"), (tr("In the house (doses)"), "16%"),
            (tr("Lasts"), "16%"), (tr("When the fridge is off"), "30%")))
        return "".join(parts) + (
            "<table width='100%' border='1' cellspacing='0' style='border-color: #000000; border-style: solid;'>"
            f"<thead><tr>{head}</tr></thead>{rows}</table>")


def build(household: Household, stock: list[Stock], report: KitReport,
          options: PrintOptions) -> MedicineList:
    return MedicineList(household, options)
