"""Herstelblad: one printed page that belongs to a locked plan file.

It says which file it is and when it was saved, has room to write the password by hand, says
how to open the file on another computer, and what to do when the password is lost (nobody can
open the file then: there is no back door). The password itself is never printed: it is
written by hand, so it is in no print spool, PDF or printer memory.

Not one of the print page's documents: it needs the file's name and time, which only the page
that saved the file knows. Built with ``build`` and printed with ``document.print_document``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.core.check import NextCheck
from app.core.fields import format_date
from app.report.document import PrintOptions, TextDocument, footer_texts
from app.report.html import blank_lines, bullets, esc, heading, labelled
from app.words.i18n import tr


def paragraph(text: str) -> str:
    return f"<p>{esc(text)}</p>"


class RecoverySheet(TextDocument):
    """One page: the file, a place for the password, how to open it, what if it is lost."""

    def __init__(self, path: str, saved: dt.datetime | None, options: PrintOptions) -> None:
        super().__init__(options)
        self.path = path
        self.saved = saved
        self.title = tr("Recovery sheet")

    def body_html(self) -> str:
        name = Path(self.path).name if self.path else ""
        folder = str(Path(self.path).parent) if self.path else ""
        when = ""
        if self.saved is not None:
            when = f"{format_date(self.saved.date().isoformat())} {self.saved:%H:%M}"
        box = ("<table width='100%' border='1' cellspacing='0' cellpadding='10'>"
               + "".join("<tr><td>&nbsp;<br>&nbsp;</td></tr>" for _ in range(2)) + "</table>")
        return "".join((
            heading(tr("Recovery sheet for your plan file"), 1),
            paragraph(tr("This sheet belongs to a locked plan file made with Paraat. Keep it at home in a safe place, not with the USB stick.")),
            heading(tr("The file")),
            labelled(tr("File name"), name),
            labelled(tr("Folder or USB stick"), folder),
            labelled(tr("Saved on"), when),
            heading(tr("The password")),
            paragraph(tr("Write the password here by hand, letter for letter. Capital letters, spaces and numbers count.")),
            box,
            heading(tr("How to open the file")),
            bullets([esc(tr("Start Paraat on any computer.")),
                     esc(tr("Go to the page Take it home and choose: Open a plan file.")),
                     esc(tr("Choose the file and type the password."))]),
            heading(tr("If the password is lost")),
            bullets([esc(tr("Nobody can open the file without the password: not you, not the library, not the makers of Paraat. There is no back door.")),
                     esc(tr("Use your printed plan, or make a new plan file on a computer where your plan still is.")),
                     esc(tr("Has someone else seen this sheet? Then make a new plan file with a new password."))]),
            heading(tr("Notes")),
            blank_lines(2),
        ))

    def footer_texts(self, page: int, pages: int) -> tuple[str, str]:
        left, right = footer_texts(self.options, page, pages)
        return left.split("  ·  ")[0], right  # the kit check does not belong on this sheet


NOT_PRINTED = NextCheck("never", None, None)  # this sheet leaves the kit check out of its footer


def build(path: str, saved: dt.datetime | None, today: dt.date, large: bool = True) -> RecoverySheet:
    """The recovery sheet for the plan file at ``path`` ('' leaves lines to write on)."""
    return RecoverySheet(path, saved, PrintOptions(today=today, next_check=NOT_PRINTED, large=large))
