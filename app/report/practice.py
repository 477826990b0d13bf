"""Draaiboek oefenavond: the practice evening on paper, in large print, to use in the dark.

The script from ``app.content.practice`` with the household's own facts (its radio station,
where the torches are, the contact person, who checks on whom), a box to tick after each
step, a line to write on where a step asks to write something down, and the three questions
for afterwards with room for the answers. Read by torchlight, so the print is larger than
the other documents' and each step starts with its number.
"""

from __future__ import annotations

from app.content.practice import Script, practice_script
from app.core.household import Household
from app.core.records import Stock
from app.core.supplies import KitReport
from app.report.document import FRIDGE_LARGE, PrintOptions, TextDocument
from app.report.html import RULE, SHORT_RULE, esc
from app.words.i18n import current_language, tr

BOX = ("<table cellspacing='0' cellpadding='0' style='margin-top: 6pt;'><tr>"
       "<td style='border-width: 1px; border-style: solid; border-color: #000000;' width='{size}'>"
       "&nbsp;</td><td>&nbsp;&nbsp;{label}</td></tr></table>")
# A line to write on as wide as the text: underscores are about 0.4 em wide in the shipped font.
WRITE_LINE = {True: "_" * 68, False: "_" * 90}


class PracticeDocument(TextDocument):
    """The practice evening's script with room to write."""

    def __init__(self, script: Script, options: PrintOptions) -> None:
        super().__init__(options)
        if options.large:
            self.sizes = FRIDGE_LARGE
        self.script = script
        self.title = script.title

    def _done_box(self) -> str:
        """A box to tick when the step is done (the shipped font has no ballot box)."""
        return BOX.format(size=round(self.sizes.body * 1.6), label=esc(tr("Done")))

    def _write_lines(self, count: int) -> str:
        line = WRITE_LINE[self.options.large]
        # An empty line above each rule: room for handwriting (a paragraph's top margin set
        # here would be overridden by the document's stylesheet).
        return "".join(f"<p>&nbsp;<br>{line}</p>" for _ in range(count))

    def body_html(self) -> str:
        script = self.script
        date, people = tr("Date"), tr("Who takes part")
        parts = [
            f"<h1>{esc(script.title)}</h1>",
            f"<p>{esc(script.intro)}</p>",
            f"<p>&nbsp;<br>{esc(date)}: {SHORT_RULE}</p>",
            f"<p>&nbsp;<br>{esc(people)}: {SHORT_RULE}</p>",
        ]
        for number, step in enumerate(script.steps, 1):
            parts.append(f"<h2>{number}.&nbsp;&nbsp;{esc(step.title)}</h2>")
            items = [esc(line.text) + (f"<br>{RULE}" if line.write else "") for line in step.lines]
            if step.listed:  # who checks on whom: under the step's last sentence
                items[-1] += "<ul>" + "".join(f"<li><b>{esc(text)}</b></li>" for text in step.listed) + "</ul>"
            parts.append("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
            parts.append(self._done_box())
        # The answers are written the next day: the questions have a page of their own.
        afterwards = tr("Afterwards: three questions")
        parts.append(f"<h1 style='page-break-before: always;'>{esc(afterwards)}</h1>")
        for question in script.questions:
            parts.append(f"<h2>{esc(question.text)}</h2>")
            parts.append(f"<p>{esc(question.paper)}</p>")
            parts.append(self._write_lines(4))
        return "".join(parts)


def build(household: Household, stock: list[Stock], report: KitReport,
          options: PrintOptions) -> PracticeDocument:
    return PracticeDocument(practice_script(household, stock, current_language()), options)
