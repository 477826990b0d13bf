"""Writing a printable document from the command line: Qt without a window.

Kept out of app/commands.py so that module stays free of Qt; the command line calls this for
``paraat export-pdf``.
"""

from __future__ import annotations

import datetime as dt
import os
import sys

from app.commands import first_run_done, kit_report_of
from app.core.check import next_check_of
from app.storage.repository import Repository

CHAPTERS_SETTING = "print_chapters"
"""The chapters last chosen on the print page, comma-separated ("" = none); the print page
(app/ui/paper/print_page.py) keeps them under this key."""


def chosen_chapters(repository: Repository) -> tuple[str, ...]:
    """The chapters chosen on the print page (those that still exist), or the default."""
    from app.content.chapters import chapter_ids
    from app.report.document import NOODMAP_CHAPTERS

    stored = repository.setting(CHAPTERS_SETTING, "\0")
    if stored == "\0":
        return NOODMAP_CHAPTERS
    known = set(chapter_ids())
    return tuple(part for part in stored.split(",") if part in known)


class DocumentMissing(Exception):
    """The document asked for is not part of this installation (yet)."""


class ChapterMissing(Exception):
    """A chapter asked for is not in the booklet; ``args[0]`` is its id."""


def export_pdf(repository: Repository, kind: str, path: str | os.PathLike[str],
               language: str = "nl", large: bool = True, include_medical: bool = False,
               today: dt.date | None = None, chapters: tuple[str, ...] | None = None) -> int:
    """Write one printable document (noodmap, plan, fridge, wallet, …) as an A4 PDF.

    ``chapters``: the booklet chapters of the noodmap and of ``chapters`` (ids; None: the
    default, NOODMAP_CHAPTERS); ChapterMissing for an id that is not in the booklet.

    Starts a window-less Qt application when none is running (offscreen when there is no
    display), with Paraat's translations for ``language``. Returns the number of pages;
    raises OSError when the file cannot be written, DocumentMissing for an unknown document.
    """
    if (not os.environ.get("QT_QPA_PLATFORM") and sys.platform.startswith("linux")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    from app.report.builders import build_document
    from app.report.chapter_pages import UnknownChapter, check_chapters
    from app.report.document import PrintOptions, write_pdf
    from app.words.i18n import Translations

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    translations = Translations(app)
    translations.use(language)
    try:
        try:
            chosen = check_chapters(chosen_chapters(repository) if chapters is None else chapters)
        except UnknownChapter as error:
            raise ChapterMissing(str(error)) from error
        today = today or dt.date.today()
        report = kit_report_of(repository, today)
        options = PrintOptions(today=today, next_check=next_check_of(report), large=large,
                               include_medical=include_medical,
                               started=first_run_done(repository), chapters=chosen)
        try:
            document = build_document(kind, repository.household(), repository.list("stock"),
                                      report, options)
        except KeyError as error:
            raise DocumentMissing(kind) from error
        return write_pdf(document, path)
    finally:
        translations.use("en")  # leave no translator behind for a caller in the same process
