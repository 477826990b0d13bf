"""The noodmap's cover: whose folder it is, the date it was printed, and what is in it on
which page (the table of contents)."""

from __future__ import annotations

from app.core.fields import format_date
from app.core.household import Household
from app.report.document import PrintOptions, TextDocument
from app.report.html import esc, heading
from app.report.plan import address_html
from app.words.i18n import tr


class Cover(TextDocument):
    """One page: the title, the household, the date, and each part with its first page."""

    def __init__(self, household: Household, options: PrintOptions,
                 contents: list[tuple[str, int]]) -> None:
        super().__init__(options)
        self.household = household
        self.contents = contents  # (title, first page) of each part, in order
        self.title = tr("Emergency folder")

    def body_html(self) -> str:
        names = ", ".join(member.name for member in sorted(self.household.members, key=lambda m: m.position)
                          if member.name)
        made = tr("Printed on %1").replace("%1", format_date(self.options.today.isoformat()))
        page = tr("page")
        keep = tr("When the power is out, paper is all you have. Print your plan and keep it with the booklet.")
        size = f"font-size: {self.sizes.body + 4:.0f}pt;"  # Qt takes the size from the text, not the cell
        rows = "".join(f"<tr><td style='border-bottom: 1px dotted #000000;'><span style='{size}'>{esc(title)}</span></td>"
                       f"<td align='right' width='22%' style='border-bottom: 1px dotted #000000;'>"
                       f"<span style='{size}'>{esc(page)} <b>{number}</b></span></td></tr>"
                       for title, number in self.contents)
        return "".join((
            f"<h1 style='font-size: {self.sizes.title * 1.4:.0f}pt;'>{esc(self.title)}</h1>",
            address_html(self.household),
            f"<p>{esc(names)}</p>" if names else "",
            f"<p>{esc(made)}</p>",
            f"<p>{esc(keep)}</p>",
            heading(tr("What is in this folder")),
            f"<table width='100%' cellspacing='0' cellpadding='6'>{rows}</table>",
        ))
