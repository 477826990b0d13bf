"""Hoofdstukken: booklet chapters on paper, each on a new page.

The chapters are the guidance of the Information page (resources/guidance/<language>/*.md,
with their FACTS keys in resources/guidance/chapters.toml), read for this household's flags
(oxygen in the house, a household of one), so the lines about candles or "jullie" are right.
The small part of Markdown they use (headings, paragraphs, bullet lists, bold, links) becomes
HTML here; a link into the app ("app:kit") is a button on the screen and is left off paper,
any other link keeps its words.
"""

from __future__ import annotations

import re

from app.content.chapters import GuidanceError, chapter, chapter_ids, household_flags
from app.core.household import Household
from app.core.records import Stock
from app.core.supplies import KitReport
from app.report.document import PrintOptions, TextDocument
from app.report.html import esc
from app.words.i18n import current_language, tr

_LINK = re.compile(r"(?<!!)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?\s*\)")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<![*\w])[*_](?=\S)(.+?)(?<=\S)[*_](?![*\w])")
_ITEM = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+(.*)$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


class UnknownChapter(ValueError):
    """A chapter id that is not in the booklet."""


def check_chapters(ids: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """``ids`` (each once, in order) when each is a chapter of the booklet; UnknownChapter naming
    the first that is not."""
    known = chapter_ids()
    for chapter_id in ids:
        if chapter_id not in known:
            raise UnknownChapter(chapter_id)
    return tuple(dict.fromkeys(ids))  # a chapter asked for twice prints once


def inline(text: str) -> str:
    """One line of Markdown as HTML: escaped, bold and italic kept, app links left out, and a
    link to a chapter said in words: paper has no links ("… (hoofdstuk 'Wat doet de overheid?')")."""
    def link(match: re.Match[str]) -> str:
        kind, _, name = match.group(2).partition(":")
        if kind == "app":
            return ""
        if kind == "chapter" and name in chapter_ids():
            title = chapter(current_language(), name).title
            return tr("%1 (chapter ‘%2’)").replace("%1", match.group(1)).replace("%2", title)
        return match.group(1)

    plain = _LINK.sub(link, text).strip()
    if _LINK.search(text) and plain and plain[-1] not in ".!?:":
        plain += "."  # a sentence that ended in a link ends with a full stop on paper
    html = esc(plain)
    html = _BOLD.sub(r"<b>\1</b>", html)
    return _ITALIC.sub(r"<i>\1</i>", html).strip()


def markdown_html(markdown: str, new_page: bool) -> str:
    """The chapter as HTML; its title starts a new page when ``new_page``."""
    out: list[str] = []
    paragraph: list[str] = []
    items: list[list[str]] = []

    def flush() -> None:
        if paragraph:
            text = inline(" ".join(paragraph))
            if text:
                out.append(f"<p>{text}</p>")
            paragraph.clear()
        if items:
            listed = [inline(" ".join(item)) for item in items]
            out.append("<ul>" + "".join(f"<li>{item}</li>" for item in listed if item) + "</ul>")
            items.clear()

    first = True
    for raw in markdown.splitlines():
        line = raw.rstrip()
        stripped = line.lstrip().lstrip(">").strip() if line.lstrip().startswith(">") else line.strip()
        if not stripped:
            flush()
            continue
        found = _HEADING.match(stripped)
        if found:
            flush()
            level = min(3, len(found.group(1)))
            brk = " style='page-break-before: always;'" if first and new_page else ""
            first = False
            out.append(f"<h{level}{brk}>{inline(found.group(2))}</h{level}>")
            continue
        item = _ITEM.match(line)
        if item:
            if paragraph:
                flush()
            items.append([item.group(1)])
        elif items:
            items[-1].append(stripped)
        else:
            paragraph.append(stripped)
    flush()
    return "".join(out)


class ChapterPages(TextDocument):
    """The chapters ``options.chapters`` of the booklet, each starting on a new page."""

    def __init__(self, household: Household, options: PrintOptions) -> None:
        super().__init__(options)
        self.household = household
        self.title = tr("Booklet chapters")

    def chapter_titles(self) -> list[str]:
        """The titles of the known chapters in ``options.chapters``, in that order."""
        language, flags = current_language(), household_flags(self.household)
        return [chapter(language, chapter_id, self.options.today, flags).title
                for chapter_id in self.options.chapters if chapter_id in chapter_ids()]

    def body_html(self) -> str:
        language, flags = current_language(), household_flags(self.household)
        parts = []
        for number, chapter_id in enumerate(self.options.chapters):
            try:
                text = chapter(language, chapter_id, self.options.today, flags)
            except GuidanceError:
                continue  # the command line and the print page offer only known chapters
            parts.append(markdown_html(text.markdown, number > 0))
        if not parts:
            none = tr("No chapters chosen. Choose them on the Print page.")
            return f"<h1>{esc(self.title)}</h1><p>{esc(none)}</p>"
        return "".join(parts)


def build(household: Household, stock: list[Stock], report: KitReport,
          options: PrintOptions) -> ChapterPages:
    return ChapterPages(household, options)
