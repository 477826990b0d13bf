"""Als de stroom uitvalt: the personal power-cut timeline on paper.

First how long this household holds out (the kit's water and food hours, each daily
medicine's and each device's run-out hour), then the government's scenario step by step with
what to do now and what it means for this household: the very lines of the Information page
(``app.content.timeline.personal_timeline``, FACTS in resources/guidance/timeline.toml),
never computed again here.
"""

from __future__ import annotations

from app.content.timeline import personal_timeline
from app.core.household import Household
from app.core.records import Stock
from app.core.supplies import KitReport
from app.report.document import PrintOptions, TextDocument
from app.report.html import esc, heading
from app.words import counts
from app.words.bilingual import duration_words
from app.words.i18n import current_language, tr
from app.words.plan import device_name, device_stop_text


class TimelineSheet(TextDocument):
    """The scenario hour by hour, with this household's lines under each step."""

    def __init__(self, household: Household, stock: list[Stock], report: KitReport,
                 options: PrintOptions) -> None:
        super().__init__(options)
        self.household = household
        self.stock = stock
        self.report = report
        self.title = tr("What if the power fails?")

    def run_out_rows(self) -> list[tuple[str, str]]:
        """(what, how long) for the water, the food, each daily medicine and each device:
        the kit report's hours and the devices' own stop texts, as the fridge sheet has them."""
        language = current_language()
        autonomy = self.report.autonomy
        rows = []
        if autonomy.water_hours is not None:
            rows.append((tr("Water"), duration_words(autonomy.water_hours, language)))
        if autonomy.food_hours is not None:
            rows.append((tr("Food"), duration_words(autonomy.food_hours, language)))
        for supply in autonomy.medicines:
            who = f"{supply.medicine} ({supply.member})" if supply.member else supply.medicine
            rows.append((who, duration_words(supply.hours, language)))
        names = {member.id: member.name for member in self.household.members}
        for device in self.household.devices:
            who = names.get(device.member_id, "")
            what = f"{device_name(device)} ({who})" if who else device_name(device)
            rows.append((what, device_stop_text(device)))
        return rows

    def body_html(self) -> str:
        persons = len(self.household.members)
        parts = [heading(self.title, 1), f"<p>{esc(counts.timeline_intro(persons))}</p>"]
        rows = self.run_out_rows() if persons else []
        if rows:
            cells = "".join(f"<tr><td width='50%'>{esc(what)}</td><td><b>{esc(long)}</b></td></tr>"
                            for what, long in rows)
            parts += [heading(tr("How long you can manage")),
                      f"<table width='100%' border='1' cellspacing='0' style='border-color: #000000;"
                      f" border-style: solid;'>{cells}</table>"]
        steps = personal_timeline(self.household, self.stock, self.options.today, current_language(),
                                  self.report.hours, self.report)
        to_do = tr("What to do now:")
        for_you = counts.for_your_household(persons)
        for step in steps:
            parts += [heading(step.title), f"<p>{esc(step.what_happens)}</p>"]
            for label, lines in ((to_do, step.actions), (for_you, step.for_you)):
                if lines:
                    parts.append(f"<p><b>{esc(label)}</b></p><ul>"
                                 + "".join(f"<li>{esc(line.text)}</li>" for line in lines) + "</ul>")
        return "".join(parts)


def build(household: Household, stock: list[Stock], report: KitReport,
          options: PrintOptions) -> TimelineSheet:
    return TimelineSheet(household, stock, report, options)
