"""Boodschappenlijst: what the kit still lacks, with the amount to buy and a box to tick, then
the household's own things to buy (from the practice evening, the check, or typed in), each
with where it came from. Items marked "not needed for us" are never on it."""

from __future__ import annotations

from app.core.household import Household
from app.core.records import Stock, ToBuy
from app.core.supplies import KitReport
from app.report.checklist import Column, item_name, kit_table
from app.report.document import PrintOptions, TextDocument
from app.report.html import esc, heading
from app.words.bilingual import to_buy_origin_label
from app.words.i18n import current_language, tr
from app.words.kit import quantity_text

TABLE = ("<table width='100%' border='1' cellspacing='0' cellpadding='5' "
         "style='border-collapse: collapse; border-color: #000000;'>")


def own_list_table(entries: list[ToBuy], language: str) -> str:
    """The own things to buy: a tick box, the thing (with its note) and where it came from."""
    item, origin_head = tr("Item"), tr("Where from")  # tr() outside f-strings, so lupdate finds them
    head = (f"<th width='7%'>&nbsp;</th><th width='58%'>{esc(item)}</th>"
            f"<th width='35%'>{esc(origin_head)}</th>")
    rows = []
    for entry in entries:
        name = f"<b>{esc(entry.name)}</b>" + (f"<br>{esc(entry.notes)}" if entry.notes else "")
        origin = esc(to_buy_origin_label(entry.origin, language))
        rows.append(f"<tr><td width='7%'>&nbsp;</td><td width='58%'>{name}</td>"
                    f"<td width='35%'>{origin}</td></tr>")
    return f"{TABLE}<thead><tr>{head}</tr></thead>{''.join(rows)}</table>"


class ShoppingDocument(TextDocument):
    """What is still missing from the kit, grouped by category."""

    def __init__(self, report: KitReport, options: PrintOptions) -> None:
        super().__init__(options)
        self.report = report
        self.title = tr("Shopping list")

    def body_html(self) -> str:
        language = current_language()
        title = heading(tr("Shopping list for the emergency kit"), 1)
        own = list(self.report.to_buy)
        if not self.report.shopping:
            complete = tr("Nothing is missing: your emergency kit is complete.")
            body = f"<p>{esc(complete)}</p>"
        else:
            columns: list[Column] = [
                (tr("Item"), "63%", lambda s: item_name(s, language)),
                (tr("To buy"), "30%", lambda s: quantity_text(s.missing, s.requirement.item.unit, up=True)),
            ]
            body = kit_table(self.report.shopping, columns, blank_rows=0 if own else 2)
        if own:
            body += heading(tr("Your own things to buy"), 2) + own_list_table(own, language)
        return title + body


def build(household: Household, stock: list[Stock], report: KitReport,
          options: PrintOptions) -> ShoppingDocument:
    return ShoppingDocument(report, options)
