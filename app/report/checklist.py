"""Checklist noodpakket: every kit item for this household, with a box to tick.

A table grouped by category: a tick box (a bordered empty cell, as the shipped font has no
ballot box), the item, the quantity this household needs, where it is stored and the best
before date. The next check date stands at the top.

Items the household marked "not needed for us" are not in the table (there is nothing to tick
for them); a short list under it names each with its reason, in plain black text. Grey or
struck-through text is hard to read on paper for someone with poor eyesight, and a tick box
next to a thing you do not need invites the question "must I buy this after all?".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from app.core.fields import format_expiry
from app.core.household import Household
from app.core.records import Stock
from app.core.supplies import ItemStatus, KitReport
from app.report.document import PrintOptions, TextDocument
from app.report.html import blank_lines, bullets, esc, heading
from app.words import counts
from app.words.i18n import current_language, tr
from app.words.kit import category_labels, quantity_text

Column = tuple[str, str, Callable[[ItemStatus], str]]  # heading, width, cell text


def item_name(status: ItemStatus, language: str) -> str:
    label = status.requirement.item.label(language)
    subject = status.requirement.subject
    return f"{label} ({subject})" if subject else label


def kit_table(statuses: Iterable[ItemStatus], columns: list[Column], blank_rows: int = 0) -> str:
    """A bordered table with a tick-box column, grouped by category in catalogue order."""
    labels = category_labels()
    groups: dict[str, list[ItemStatus]] = {}
    for status in statuses:
        groups.setdefault(status.requirement.item.category, []).append(status)
    span = len(columns) + 1
    head = "<th width='7%'>&nbsp;</th>" + "".join(
        f"<th width='{width}'>{esc(title)}</th>" for title, width, _ in columns)
    rows = []
    for category, members in groups.items():
        rows.append(f"<tr><td colspan='{span}'><b>{esc(labels.get(category, category))}</b></td></tr>")
        for status in members:
            cells = "".join(f"<td width='{width}'>{esc(text(status))}</td>"
                            for _, width, text in columns)
            rows.append(f"<tr><td width='7%'>&nbsp;</td>{cells}</tr>")
    empty = "<td>&nbsp;</td>" * span
    rows.extend(f"<tr>{empty}</tr>" for _ in range(blank_rows))
    return ("<table width='100%' border='1' cellspacing='0' cellpadding='5' "
            "style='border-collapse: collapse; border-color: #000000;'>"
            f"<thead><tr>{head}</tr></thead>{''.join(rows)}</table>")


class ChecklistDocument(TextDocument):
    """The kit as a list to tick off at the half-yearly check."""

    def __init__(self, report: KitReport, options: PrintOptions) -> None:
        super().__init__(options)
        self.report = report
        self.title = tr("Emergency kit checklist")

    def body_html(self) -> str:
        language = current_language()
        check = self.options.check_sentence()  # the window's words: "check now" or the date
        how = tr("Tick each item that is there and still good. Write down where it is and its best before date.")
        intro = f"<p><b>{esc(check)}</b></p><p>{esc(how)}</p>"
        columns: list[Column] = [
            (tr("Item"), "35%", lambda s: item_name(s, language)),
            (tr("Needed"), "16%", lambda s: quantity_text(s.required, s.requirement.item.unit)),
            (tr("Where"), "22%", lambda s: ", ".join(s.locations)),
            (tr("Best before"), "20%", lambda s: format_expiry(s.earliest_expiry)),
        ]
        statuses = [status for status in self.report.statuses if status.requirement.not_needed is None]
        body = kit_table(statuses, columns, blank_rows=3) if statuses else blank_lines(4)
        return heading(tr("Emergency kit checklist"), 1) + intro + body + not_needed_list(self.report, language)


def not_needed_list(report: KitReport, language: str) -> str:
    """'Not needed for us' and each item the household left out, with its reason."""
    skipped = [status for status in report.statuses if status.requirement.not_needed is not None]
    if not skipped:
        return ""
    why = tr("You decided that you do not need these. They are not in the list above. Still true? If not, change it on the kit page.")
    items = []
    for status in skipped:
        reason = (status.requirement.not_needed or "").strip()
        items.append(f"<b>{esc(item_name(status, language))}</b>" + (f": {esc(reason)}" if reason else ""))
    return heading(counts.paper_not_needed(report.people), 2) + f"<p>{esc(why)}</p>" + bullets(items)


def build(household: Household, stock: list[Stock], report: KitReport,
          options: PrintOptions) -> ChecklistDocument:
    return ChecklistDocument(report, options)
