"""Boodschappenlijst: what the kit still lacks, with the amount to buy and a box to tick."""

from __future__ import annotations

from app.core.household import Household
from app.core.records import Stock
from app.core.supplies import KitReport
from app.report.checklist import Column, item_name, kit_table
from app.report.document import PrintOptions, TextDocument
from app.report.html import esc, heading
from app.words.i18n import current_language, tr
from app.words.kit import quantity_text


class ShoppingDocument(TextDocument):
    """What is still missing from the kit, grouped by category."""

    def __init__(self, report: KitReport, options: PrintOptions) -> None:
        super().__init__(options)
        self.report = report
        self.title = tr("Shopping list")

    def body_html(self) -> str:
        language = current_language()
        title = heading(tr("Shopping list for the emergency kit"), 1)
        if not self.report.shopping:
            complete = tr("Nothing is missing: your emergency kit is complete.")
            return title + f"<p>{esc(complete)}</p>"
        columns: list[Column] = [
            (tr("Item"), "63%", lambda s: item_name(s, language)),
            (tr("To buy"), "30%", lambda s: quantity_text(s.missing, s.requirement.item.unit)),
        ]
        return title + kit_table(self.report.shopping, columns, blank_rows=2)


def build(household: Household, stock: list[Stock], report: KitReport,
          options: PrintOptions) -> ShoppingDocument:
    return ShoppingDocument(report, options)
