"""The print engine: one layout code for the printer, the preview and PDF files.

A ``PrintDocument`` paints its pages on any ``QPagedPaintDevice`` whose A4 page layout is
already set: ``write_pdf`` gives it a ``QPdfWriter`` on a memory buffer (the bytes then go
through the one file writer, app/storage/safe_write.py), ``print_document`` a ``QPrinter`` (the
print dialog and the live preview). ``TextDocument`` is the base of the flowing documents: its
content is HTML in the shipped font, laid out by ``QTextDocument`` in points (a 72 dpi layout
device, so 1 unit = 1 pt) ONCE, as one long page as wide as the content area; ``paginate``
then cuts it into pages in one pass over its lines, paragraphs and table rows: a row never
splits (its table's header repeats above it on the next page), a heading or a category row
never ends a page, and a long paragraph may end at any line that leaves two lines at least on
each side of the page end. ``render`` draws each page's
slice (translate and clip), scaled to the device, then the footer: the print date, the next
kit check and "page x of y". Laying out once keeps printing linear in the document's size.

Several documents can share one device (the noodmap, app/report/noodmap.py): each tells its
``page_count(device)`` and then ``paint``s its pages with one shared painter, numbered from a
first page "of" the whole total; the layout behind the count is kept, so nothing is laid out
twice. A document whose margin is larger than the device's keeps its own margin inside it.

``paint`` is one function per page (``pages``) called in turn, a new page between them; the
print page's preview calls only those of the pages in view, each on an image of its page
(app/ui/paper/page_preview.py), from a layout made in a pool thread (``lay_out``).
"""

from __future__ import annotations

import dataclasses
import errno
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, Qt, QThread
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from app.core.check import NextCheck
from app.core.fields import format_date
from app.report.fonts import report_family
from app.storage.safe_write import write_atomic
from app.words.check import next_check_sentence
from app.words.i18n import current_language, tr

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from app.core.household import Household
    from app.core.records import Stock
    from app.core.supplies import KitReport

PDF_DPI = 300
A4_WIDTH_MM = 210.0
LAYOUT_DPI = 72  # the text layout works in points


NOODMAP_CHAPTERS = ("06-stroom", "09-situaties")
"""The booklet chapters the emergency folder carries unless the household picks others: when
the power fails, and what to do in each situation (issue 19)."""


@dataclass(frozen=True)
class PrintOptions:
    """What every document needs besides the household's data."""

    today: date
    next_check: NextCheck  # app.core.check.next_check_of(report): "never", "due" or "planned"
    large: bool = True
    include_medical: bool = False  # wallet cards only
    started: bool = True  # the first run is finished (app.commands.first_run_done)
    chapters: tuple[str, ...] = NOODMAP_CHAPTERS  # the booklet chapters the noodmap carries

    @property
    def check(self) -> NextCheck:
        """The next check as the window shows it (never checked or due: "check now"). The app
        passes a NextCheck (mypy holds it to that); a plain date, as an old caller may still
        pass, is planned only when it is after today and due otherwise, never "planned" when due."""
        value: object = self.next_check
        if isinstance(value, NextCheck):
            return value
        if isinstance(value, date):
            return NextCheck("planned" if value > self.today else "due", value, None)
        return NextCheck("never", None, None)

    def check_sentence(self) -> str:
        """'Volgende controle van je noodpakket: 01-06-2026.', or 'Controleer je noodpakket
        nu.' when the kit was never checked: the very words of the window and ``paraat status``."""
        return next_check_sentence(self.check, current_language())


class PrintDocument:
    """Something that paints itself on A4 pages."""

    title: str = ""

    @property
    def margins_mm(self) -> float:
        """The margin on every side, in millimetres (a subclass may make it a class attribute)."""
        return 15.0

    def page_count(self, device: QPagedPaintDevice) -> int:
        """How many pages this document takes on ``device`` (page layout already set)."""
        raise NotImplementedError

    def pages(self, device: QPagedPaintDevice, first_page: int, total: int) -> list[PagePainter]:
        """One function per page that paints it, numbered from ``first_page`` "of ``total``", in
        ``device``'s coordinates (its paint rect, its resolution). ``device`` only gives the
        page's geometry: the painter may be on the device itself (``paint``), or on an image of
        one page scaled to it (the print page's preview paints only the pages in view)."""
        raise NotImplementedError

    def paint(self, painter: QPainter, device: QPagedPaintDevice, first_page: int, total: int) -> None:
        """Paint every page with ``painter`` (active on ``device``), numbered from ``first_page``
        "of ``total``"; a new page starts before each page but the first (the caller starts
        the first one, so several documents can share one device: the noodmap)."""
        for number, page in enumerate(self.pages(device, first_page, total)):
            if number:
                device.newPage()
            page(painter)

    def hand_over(self, thread: QThread) -> None:
        """Give the Qt objects this document keeps (its laid-out text) to ``thread``: a document
        laid out off the GUI thread (``lay_out``) is then painted and dropped in the GUI thread."""

    def render(self, device: QPagedPaintDevice) -> int:
        """Paint every page on ``device`` (page layout already set); return the page count."""
        pages = self.page_count(device)
        painter = QPainter()
        if not painter.begin(device):
            raise OSError("cannot start painting on the page")
        try:
            self.paint(painter, device, 1, pages)
        finally:
            painter.end()
        return pages


PagePainter = Callable[[QPainter], None]
"""Paints one page with a painter whose coordinates are the device's (see ``PrintDocument.pages``)."""

Builder = Callable[["Household", "list[Stock]", "KitReport", PrintOptions], PrintDocument]
"""How a document is made from the household's data (the registry is app/report/builders.py)."""


def footer_texts(options: PrintOptions, page: int, pages: int) -> tuple[str, str]:
    """The footer of every printed page: print date and next kit check, and "page x of y"."""
    printed = tr("Printed on %1").replace("%1", format_date(options.today.isoformat()))
    check = options.check_sentence()
    number = tr("Page %1 of %2").replace("%1", str(page)).replace("%2", str(pages))
    return f"{printed}  ·  {check}", number


def a4_layout(margins_mm: float) -> QPageLayout:
    """A4 portrait with the same margin on every side, in millimetres."""
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(margins_mm, margins_mm, margins_mm, margins_mm),
                       QPageLayout.Unit.Millimeter)


def pdf_bytes(document: PrintDocument) -> tuple[bytes, int]:
    """``document`` as an A4 PDF in memory, and its page count.

    Rendering into a buffer rather than a file means the file is written by the one writer
    (app/storage/safe_write.py), with every write checked; QPdfWriter itself reports no
    write errors. Raises OSError when Qt produced no complete PDF.
    """
    buffer = QBuffer()
    if not buffer.open(QIODevice.OpenModeFlag.WriteOnly):
        raise OSError(errno.ENOMEM, "cannot make the PDF in memory")
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(a4_layout(getattr(document, "margins_mm", 15.0)))
    writer.setTitle(document.title)
    writer.setCreator("Paraat")
    pages = document.render(writer)  # the painter's end() finishes the PDF
    del writer
    buffer.close()
    data = bytes(buffer.data().data())
    if not data.startswith(b"%PDF") or b"%%EOF" not in data[-64:]:
        raise OSError(errno.EIO, "the PDF could not be made")
    return data, pages


def write_pdf(document: PrintDocument, path: str | os.PathLike[str]) -> int:
    """Write ``document`` as an A4 PDF through the one writer (the old file or the whole new one).

    Returns the number of pages; raises OSError naming ``path`` when the file cannot be written.
    """
    data, pages = pdf_bytes(document)
    write_atomic(path, data)
    return pages


def lay_out(document: PrintDocument, resolution: int, thread: QThread | None = None) -> QPdfWriter:
    """Lay ``document`` out for an A4 printer of ``resolution`` dpi, as ``print_document`` sets
    it up, and return the device it was laid out for (a writer that never writes: it gives the
    page's geometry to paint the pages from, ``PrintDocument.pages``); then hand the document's
    and the device's Qt objects to ``thread``. The preview's document is laid out this way in a
    pool thread (QTextDocument is reentrant), so that the GUI thread only paints it: the
    printer's page has the same size in pixels as this writer's, so painting on the printer
    finds the layout made here too."""
    buffer = QBuffer()  # never opened: nothing is written
    writer = QPdfWriter(buffer)
    buffer.setParent(writer)  # it lives and goes with the writer
    writer.setResolution(resolution)
    writer.setPageLayout(a4_layout(getattr(document, "margins_mm", 15.0)))
    document.page_count(writer)
    if thread is not None:
        document.hand_over(thread)
        writer.moveToThread(thread)
    return writer


def print_document(document: PrintDocument, printer: QPrinter) -> int:
    """Print ``document`` on A4 with the same layout code as the PDF; returns the page count."""
    margins = getattr(document, "margins_mm", 15.0)
    if not printer.setPageLayout(a4_layout(margins)):
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageMargins(QMarginsF(margins, margins, margins, margins),
                               QPageLayout.Unit.Millimeter)
    printer.setDocName(document.title)
    return document.render(printer)


# --- flowing text -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sizes:
    """Font sizes in points and the page margin in millimetres."""

    body: float
    heading: float
    title: float
    footer: float
    margins_mm: float


LARGE = Sizes(body=14, heading=20, title=26, footer=12, margins_mm=20)
NORMAL = Sizes(body=11, heading=16, title=20, footer=9, margins_mm=15)
FRIDGE_LARGE = Sizes(body=16, heading=22, title=28, footer=12, margins_mm=20)


@dataclass(frozen=True)
class Unit:
    """A piece of the laid-out document that a page end may not cut: a line, a short paragraph,
    a table row. ``top``/``bottom`` in layout points; ``keep``: stays on the page of the unit
    after it (a heading, a category row); ``header``: the table's header rows (top, bottom) to
    repeat above a row that starts a page; ``cuts``: where an over-tall unit may be cut (line
    tops that no line crosses); ``new_page``: the unit starts a page (page-break-before)."""

    top: float
    bottom: float
    keep: bool = False
    header: tuple[float, float] | None = None
    cuts: tuple[float, ...] = ()
    new_page: bool = False
    block: int = -1  # a later line of a long paragraph: that paragraph's number




@dataclass(frozen=True)
class Page:
    """One page: the repeated table header (layout top and bottom) if any, then the layout
    from ``top`` to ``bottom``."""

    top: float
    bottom: float
    header: tuple[float, float] | None = None
    block: int = -1  # the page starts inside this paragraph (see TextDocument._paint_slice)


@dataclass
class Paged:
    """A document laid out once as one long page, and where each printed page starts and ends."""

    doc: QTextDocument
    pages: list[Page]

    def pageCount(self) -> int:  # noqa: N802 - the name QTextDocument uses
        return len(self.pages)


def _lines(doc: QTextDocument, block: QTextBlock) -> list[tuple[float, float]]:
    """The lines of ``block`` as (top, bottom) in layout points."""
    layout = block.layout()
    if layout is None or layout.lineCount() == 0:
        return []
    top = doc.documentLayout().blockBoundingRect(block).top() - layout.boundingRect().top()
    return [(top + line.y(), top + line.y() + line.height())
            for line in (layout.lineAt(n) for n in range(layout.lineCount()))]


def _cuts(lines: list[tuple[float, float]]) -> tuple[float, ...]:
    """Line tops that no other line crosses: where a too-tall unit may be cut, leaving at
    least two lines on each side (no lone first line at the foot of a page, no lone last
    line at the head of the next)."""
    cuts = []
    reach = float("-inf")
    for top, bottom in sorted(lines):
        if top >= reach - 0.5:
            cuts.append(top)
        reach = max(reach, bottom)
    return tuple(cuts[2:-1])


def _table_units(doc: QTextDocument, table: QTextTable) -> list[Unit]:
    """One unit per row (the header rows go with the first row and repeat on later pages); a
    row that is one cell across the table (a category) stays with the row after it."""
    border = table.format().border()
    spans: list[tuple[float, float, bool, list[tuple[float, float]]]] = []  # row cut, end, category, lines
    for row in range(table.rows()):
        lines: list[tuple[float, float]] = []
        first_top = float("inf")
        column, cells = 0, 0
        while column < table.columns():
            cell = table.cellAt(row, column)
            column += max(1, cell.columnSpan())
            if cell.row() != row:
                continue
            cells += 1
            block = doc.findBlock(cell.firstPosition())
            padding = cell.format().toTableCellFormat().topPadding()
            cell_lines: list[tuple[float, float]] = []
            while block.isValid() and block.position() <= cell.lastPosition():
                cell_lines += _lines(doc, block)
                block = block.next()
            if cell_lines:
                first_top = min(first_top, doc.documentLayout().blockBoundingRect(
                    doc.findBlock(cell.firstPosition())).top() - padding - border)
            lines += cell_lines
        category = cells == 1 and table.columns() > 1
        spans.append((first_top, max((b for _, b in lines), default=first_top), category, lines))
    frame = doc.documentLayout().frameBoundingRect(table)
    tops = [span[0] if span[0] != float("inf") else frame.top() for span in spans]
    header_rows = min(table.format().headerRowCount(), len(spans) - 1)
    header = (tops[0], tops[header_rows]) if header_rows > 0 else None
    units = []
    for row in range(header_rows, len(spans)):
        top = tops[0] if row == header_rows else tops[row]
        bottom = tops[row + 1] + border if row + 1 < len(spans) else frame.bottom()
        lines = spans[row][3]
        units.append(Unit(top, max(bottom, spans[row][1]), spans[row][2],
                          header if row > header_rows else None, _cuts(lines)))
    return units


def layout_units(doc: QTextDocument, page_height: float) -> list[Unit]:
    """The document's units in reading order (see ``Unit``)."""
    units: list[Unit] = []
    iterator = doc.rootFrame().begin()
    while not iterator.atEnd():
        frame, block = iterator.currentFrame(), iterator.currentBlock()
        iterator += 1
        if isinstance(frame, QTextTable):
            units += _table_units(doc, frame)
            continue
        if frame is not None or not block.isValid():
            continue
        lines = _lines(doc, block)
        if not lines:
            continue
        block_format = block.blockFormat()
        new_page = bool(block_format.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        # a heading, and a paragraph that opens a list, stay with what follows them
        keep = block_format.headingLevel() > 0 or (
            block.textList() is None and block.next().isValid() and block.next().textList() is not None)
        if keep or lines[-1][1] - lines[0][0] < page_height / 2:
            units.append(Unit(lines[0][0], lines[-1][1], keep, cuts=_cuts(lines), new_page=new_page))
        else:  # a long paragraph may end at any line but its first and its last but one:
            # two lines at least stay together at the foot of a page and at the head of the next
            last = len(lines) - 2
            units += [Unit(top, bottom, keep=n in (0, last), new_page=new_page and n == 0,
                           block=block.blockNumber() if n else -1)
                      for n, (top, bottom) in enumerate(lines)]
    return units


def paginate(units: list[Unit], page_height: float) -> list[Page]:
    """Greedy pages over ``units`` in one pass: a unit that would cross the page end starts the
    next page, together with the units before it that must stay with it (a heading, a category
    row); a table row that starts a page gets its table's header above it. A unit taller than a
    page is cut at its last line that fits."""
    pages: list[Page] = []
    index, count = 0, len(units)
    rest: Unit | None = None  # what is left of units[index] after a cut
    while index < count:
        first = rest or units[index]
        header = first.header
        limit = first.top + page_height - (header[1] - header[0] if header else 0) + 0.5
        if first.bottom > limit:
            cut = max((c for c in first.cuts if first.top + 1 < c <= limit), default=limit - 0.5)
            pages.append(Page(first.top, cut, header))
            rest = dataclasses.replace(first, top=cut, cuts=tuple(c for c in first.cuts if c > cut))
            continue
        end = index + 1
        while end < count and units[end].bottom <= limit and not units[end].new_page:
            end += 1
        if end < count and not units[end].new_page and units[end].cuts \
                and units[end].bottom - units[end].top > page_height * 0.8:
            # a unit (a table row) that would not fit on a page of its own either: start it
            # here, so what goes with it (its category) does not end up alone on a page
            big = units[end]
            cut = max((c for c in big.cuts if c <= limit), default=big.top)
            if cut > big.top + 1:
                pages.append(Page(first.top, cut, header, first.block))
                index, rest = end, dataclasses.replace(big, top=cut, cuts=tuple(c for c in big.cuts if c > cut))
                continue
        last = end
        while end < count and last - 1 > index and units[last - 1].keep:
            last -= 1  # a heading or a category row goes along to the next page
        pages.append(Page(first.top, units[last - 1].bottom, header, first.block))
        index, rest = last, None
    return pages or [Page(0, 0)]


class TextDocument(PrintDocument):
    """A document written as HTML; subclasses give ``title`` and ``body_html()``."""

    def __init__(self, options: PrintOptions) -> None:
        self.options = options
        self.sizes = LARGE if options.large else NORMAL
        self._paged_cache: tuple[tuple[float, float, Sizes], Paged] | None = None
        self._layout_device = QImage(1, 1, QImage.Format.Format_RGB32)
        dots_per_metre = round(LAYOUT_DPI / 0.0254)
        self._layout_device.setDotsPerMeterX(dots_per_metre)
        self._layout_device.setDotsPerMeterY(dots_per_metre)

    @property
    def margins_mm(self) -> float:
        return self.sizes.margins_mm

    def hand_over(self, thread: QThread) -> None:
        if self._paged_cache is not None:
            self._paged_cache[1].doc.moveToThread(thread)

    def body_html(self) -> str:
        raise NotImplementedError

    def stylesheet(self) -> str:
        s = self.sizes
        return (
            f"body {{ font-size: {s.body}pt; color: #000000; }}"
            f"h1 {{ font-size: {s.title}pt; font-weight: bold; margin-top: 0; margin-bottom: 6pt; }}"
            f"h2 {{ font-size: {s.heading}pt; font-weight: bold; margin-top: 18pt; margin-bottom: 6pt; }}"
            f"h3 {{ font-size: {s.body + 2}pt; font-weight: bold; margin-top: 10pt; margin-bottom: 2pt; }}"
            "p { margin-top: 0; margin-bottom: 4pt; }"
            "li { margin-bottom: 3pt; }"
            # px, not pt: Qt ignores a padding in pt (the layout is 72 dpi, so 1 px is 1 pt)
            "td, th { padding: 5px; vertical-align: top; }"
            "th { font-weight: bold; text-align: left; }"
        )

    def html(self) -> str:
        """The whole document as HTML (what QTextDocument lays out)."""
        return f"<html><body>{self.body_html()}</body></html>"

    def font(self, size_pt: float, bold: bool = False) -> QFont:
        font = QFont(report_family())
        font.setPixelSize(max(1, round(size_pt)))  # layout units are points
        font.setBold(bold)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        return font

    def text_document(self, width_pt: float) -> QTextDocument:
        """The document laid out once as one long page ``width_pt`` wide (``paged`` cuts it)."""
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self._layout_device)
        doc.setUseDesignMetrics(True)
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self.font(self.sizes.body))
        doc.setDefaultStyleSheet(self.stylesheet())
        doc.setHtml(self.html())
        doc.setTextWidth(width_pt)
        doc.size()  # Qt lays out lazily: finish the layout before reading positions
        return doc

    def paged(self, width_pt: float, height_pt: float) -> Paged:
        """The document on pages of ``width_pt`` × ``height_pt``: laid out once, then cut
        between lines, paragraphs and table rows (see ``paginate``), in time linear in its size."""
        doc = self.text_document(width_pt)
        return Paged(doc, paginate(layout_units(doc, height_pt), height_pt))

    def footer_height(self) -> float:
        """A rule and one line; two lines when the print date and the next check do not fit
        beside "Page 88 of 88" on the page's width (large print in Dutch)."""
        metrics = QFontMetricsF(self.font(self.sizes.footer), self._layout_device)
        width = (A4_WIDTH_MM - 2 * self.sizes.margins_mm) * LAYOUT_DPI / 25.4
        return metrics.lineSpacing() * (2.2 if self._footer_fits(metrics, width, 88, 88) else 3.3)

    def _footer_fits(self, metrics: QFontMetricsF, width: float, page: int, pages: int) -> bool:
        left, right = self.footer_texts(page, pages)
        return metrics.horizontalAdvance(f"{left}    {right}") <= width

    def _frame(self, device: QPagedPaintDevice) -> tuple[float, QPointF, float, float]:
        """The scale from points to device pixels, where this document's content area starts
        inside the device's, and its width and height in points. Alone on its device the two
        areas are the same; in the noodmap the device has the smallest margin of its parts
        and a part with a larger margin keeps its own (an inset on every side)."""
        scale = device.logicalDpiX() / LAYOUT_DPI
        margins = device.pageLayout().margins(QPageLayout.Unit.Millimeter)
        inset_x = max(0.0, self.margins_mm - margins.left()) * device.logicalDpiX() / 25.4
        inset_y = max(0.0, self.margins_mm - margins.top()) * device.logicalDpiY() / 25.4
        return (scale, QPointF(inset_x, inset_y), (device.width() - 2 * inset_x) / scale,
                (device.height() - 2 * inset_y) / scale)

    def _laid_out(self, width: float, height: float) -> Paged:
        """``paged`` for this size, laid out once: counting the pages and painting them share it."""
        key = (round(width, 3), round(height, 3), self.sizes)
        cached = self._paged_cache
        if cached is None or cached[0] != key:
            cached = (key, self.paged(width, height))
            self._paged_cache = cached
        return cached[1]

    def page_count(self, device: QPagedPaintDevice) -> int:
        _scale, _inset, width, height = self._frame(device)
        return self._laid_out(width, height - self.footer_height()).pageCount()

    def pages(self, device: QPagedPaintDevice, first_page: int, total: int) -> list[PagePainter]:
        scale, inset, width, height = self._frame(device)
        footer = self.footer_height()
        paged = self._laid_out(width, height - footer)

        def paint_page(painter: QPainter, page: Page, number: int) -> None:
            painter.save()
            if not inset.isNull():
                painter.translate(inset)
            painter.scale(scale, scale)
            painter.fillRect(QRectF(0, 0, width, height), Qt.GlobalColor.white)
            at = 0.0
            if page.header is not None:
                self._paint_slice(painter, paged.doc, width, page.header[0], page.header[1], at)
                at = page.header[1] - page.header[0]
            self._paint_slice(painter, paged.doc, width, page.top, page.bottom, at, page.block)
            self._paint_footer(painter, QRectF(0, height - footer, width, footer), number, total)
            painter.restore()

        return [partial(paint_page, page=page, number=first_page + number)
                for number, page in enumerate(paged.pages)]

    @staticmethod
    def _paint_slice(painter: QPainter, doc: QTextDocument, width: float, top: float,
                     bottom: float, at: float, split: int = -1) -> None:
        """The layout from ``top`` to ``bottom`` drawn at ``at`` on the page. Only lines inside
        the slice are drawn (the layout's clip stops half a point inside it), so a line is
        never in the PDF twice; the painter's clip lets a table's border below the slice show.
        A page that starts inside paragraph ``split`` draws that paragraph's lines one by one:
        given a clip, Qt also draws the line just above it, which would hide in the margin of
        the PDF and be read twice by search and screen readers."""
        painter.save()
        painter.setClipRect(QRectF(0, at, width, bottom - top + 1.5))
        painter.translate(0, at - top)
        if split >= 0:
            block = doc.findBlockByNumber(split)
            layout = block.layout()
            rect = doc.documentLayout().blockBoundingRect(block)
            origin = rect.topLeft() - layout.boundingRect().topLeft()
            painter.setPen(QColor("black"))
            for number in range(layout.lineCount()):
                line = layout.lineAt(number)
                if top - 0.5 <= origin.y() + line.y() and origin.y() + line.y() + line.height() <= bottom + 0.5:
                    line.draw(painter, origin)
            top = max(top, origin.y() + layout.lineAt(layout.lineCount() - 1).y()
                      + layout.lineAt(layout.lineCount() - 1).height())
            if top >= bottom:
                painter.restore()
                return
        context = QAbstractTextDocumentLayout.PaintContext()
        # 1.5 pt inside: a table's top border may overlap the line box of the paragraph above
        context.clip = QRectF(0, top + 1.5, width, max(0.0, bottom - top - 3))
        context.palette.setColor(QPalette.ColorRole.Text, QColor("black"))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def footer_texts(self, page: int, pages: int) -> tuple[str, str]:
        return footer_texts(self.options, page, pages)

    def _paint_footer(self, painter: QPainter, area: QRectF, page: int, pages: int) -> None:
        font = self.font(self.sizes.footer)
        metrics = QFontMetricsF(font, self._layout_device)
        left, right = self.footer_texts(page, pages)
        pen = QPen(QColor("black"))
        pen.setWidthF(0.75)
        painter.setPen(pen)
        line_y = area.top() + metrics.lineSpacing() * 0.6
        painter.drawLine(QPointF(area.left(), line_y), QPointF(area.right(), line_y))
        painter.setFont(font)
        baseline = line_y + metrics.lineSpacing() * 0.4 + metrics.ascent()
        painter.drawText(QPointF(area.left(), baseline), left)
        if not self._footer_fits(metrics, area.width(), page, pages) \
                and area.height() >= metrics.lineSpacing() * 3.2:
            baseline += metrics.lineSpacing()  # the page number on a line of its own
        painter.drawText(QPointF(area.right() - metrics.horizontalAdvance(right), baseline), right)
