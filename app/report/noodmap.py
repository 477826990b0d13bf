"""Noodmap: the whole emergency folder in one print job (issue 19).

In this order, each part on new pages: a cover with the household, the date and the table of
contents; the fridge sheet; the plan; the personal power-cut timeline; the wallet cards; the
kit checklist; the medicine list (only with medical details, else one line that says so);
the booklet chapters of ``options.chapters``. The page numbers ("Pagina 3 van 21") run
across the whole folder.

Every part is the very document that prints alone, painted on the same device by one painter
(``PrintDocument.page_count`` and ``paint``): each is laid out once, counted, and then painted
with its first page number and the folder's total. The device has the smallest margin of the
parts (the wallet cards' 10 mm); a part with a larger margin keeps its own inside it, so every
page looks as it does alone.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QThread
from PySide6.QtGui import QPagedPaintDevice, QPageLayout

from app.core.household import Household
from app.core.records import Stock
from app.core.supplies import KitReport
from app.report import checklist, fridge, plan, wallet
from app.report.chapter_pages import ChapterPages
from app.report.cover import Cover
from app.report.document import PagePainter, PrintDocument, PrintOptions
from app.report.medicine_list import MedicineList
from app.report.timeline_sheet import TimelineSheet
from app.words.i18n import tr


class Noodmap(PrintDocument):
    """The cover, then every part in order, numbered as one document."""

    def __init__(self, household: Household, stock: list[Stock], report: KitReport,
                 options: PrintOptions) -> None:
        self.household = household
        self.options = options
        self.title = tr("Emergency folder")
        parts: list[PrintDocument] = [
            fridge.build(household, stock, report, options),
            plan.build(household, stock, report, options),
            TimelineSheet(household, stock, report, options),
            wallet.build(household, stock, report, options),
            checklist.build(household, stock, report, options),
            MedicineList(household, options),
        ]
        titles = [part.title for part in parts]
        # The fridge sheet's page says "Bij een noodsituatie", not its name: the contents say both
        titles[0] = tr("Fridge sheet (%1)").replace("%1", tr("In an emergency"))
        for chapter_id in options.chapters:  # one part per chapter: each has its own first page
            pages = ChapterPages(household, dataclasses.replace(options, chapters=(chapter_id,)))
            titles += pages.chapter_titles()
            parts.append(pages)
        self.parts = list(zip(titles, parts, strict=True))
        self._counted: tuple[int, list[int], Cover] | None = None
        self._counted_for: tuple[float, float, float, float] | None = None  # the page it was counted for

    @property
    def margins_mm(self) -> float:
        return min(part.margins_mm for _title, part in self.parts)

    def _count(self, device: QPagedPaintDevice) -> tuple[int, list[int], Cover]:
        """The folder's pages, each part's first page, and the cover with its contents."""
        paint = device.pageLayout().paintRect(QPageLayout.Unit.Point)
        key = (round(paint.left(), 2), round(paint.top(), 2), round(paint.width(), 2), round(paint.height(), 2))
        if self._counted is not None and self._counted_for == key:
            return self._counted
        self._counted_for = key
        counts = [part.page_count(device) for _title, part in self.parts]
        cover_pages = 1
        while True:
            starts = []
            at = cover_pages + 1
            for pages in counts:
                starts.append(at)
                at += pages
            cover = Cover(self.household, self.options, self.contents(starts))
            found = cover.page_count(device)
            if found == cover_pages:
                break
            cover_pages = found
        self._counted = (at - 1, starts, cover)
        return self._counted

    def hand_over(self, thread: QThread) -> None:
        for _title, part in self.parts:
            part.hand_over(thread)
        if self._counted is not None:
            self._counted[2].hand_over(thread)

    def contents(self, starts: list[int]) -> list[tuple[str, int]]:
        """The table of contents: each part's title and first page."""
        return [(title, start) for (title, _part), start in zip(self.parts, starts, strict=True)]

    def page_count(self, device: QPagedPaintDevice) -> int:
        return self._count(device)[0]

    def pages(self, device: QPagedPaintDevice, first_page: int, total: int) -> list[PagePainter]:
        _pages, starts, cover = self._count(device)
        pages = cover.pages(device, first_page, total)
        for start, (_title, part) in zip(starts, self.parts, strict=True):
            pages += part.pages(device, first_page + start - 1, total)
        return pages


def build(household: Household, stock: list[Stock], report: KitReport, options: PrintOptions) -> Noodmap:
    return Noodmap(household, stock, report, options)
