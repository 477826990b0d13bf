"""The print engine: one layout code for the printer, the preview and PDF files.

A ``PrintDocument`` paints its pages on any ``QPagedPaintDevice`` whose A4 page layout is
already set: ``write_pdf`` gives it a ``QPdfWriter`` on a memory buffer (the bytes then go
through the one file writer, app/storage/safe_write.py), ``print_document`` a ``QPrinter`` (the
print dialog and the live preview). ``TextDocument`` is the base of the flowing documents: its
content is HTML in the shipped font, laid out by ``QTextDocument`` in points (a 72 dpi layout
device, so 1 unit = 1 pt) on a page the size of the content area minus the footer.
QTextDocument's own pagination moves a line that would cross a page end to the next page;
``render`` draws exactly one such page per sheet (translate and clip), scaled to the device,
then the footer: the print date, the next kit check and "page x of y".
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
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
    QTextCursor,
    QTextDocument,
    QTextFormat,
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
LAYOUT_DPI = 72  # the text layout works in points


@dataclass(frozen=True)
class PrintOptions:
    """What every document needs besides the household's data."""

    today: date
    next_check: NextCheck | date  # app.core.check.next_check_of(report); a date: planned then
    large: bool = True
    include_medical: bool = False  # wallet cards only
    started: bool = True  # the first run is finished (app.commands.first_run_done)

    @property
    def check(self) -> NextCheck:
        """The next check as the window shows it (never checked: "check now", no date)."""
        if isinstance(self.next_check, NextCheck):
            return self.next_check
        return NextCheck("planned", self.next_check, None)

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

    def render(self, device: QPagedPaintDevice) -> int:
        """Paint every page on ``device`` (page layout already set); return the page count."""
        raise NotImplementedError


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


def _first_split_paragraph(doc: QTextDocument, page_height: float,
                           moved: Collection[int] = ()) -> tuple[int, int] | None:
    """The first place where a page break falls badly, if any: the number of the paragraph
    (or of the headings above it) that should start the next page, and where in that
    paragraph the page should end (0: before it). Bad places: inside a paragraph, and between
    a heading and what follows it."""
    doc.pageCount()  # Qt lays out lazily: finish the layout before reading line positions

    def page_of(y: float) -> int:
        return int(y // page_height)  # Qt keeps positions in 1/64 pt: callers allow ½ pt

    def first_heading_above(block: QTextBlock) -> int:
        start = block
        while start.previous().isValid() and start.previous().blockFormat().headingLevel() > 0:
            start = start.previous()
        return start.blockNumber()

    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        if layout is None or layout.lineCount() == 0 or block.textList() is not None or _in_table(block):
            block = block.next()
            continue
        top = layout.position().y() + layout.lineAt(0).y()
        top_page = page_of(top + 0.5)
        follower = block.next()
        if block.blockFormat().headingLevel() > 0 and follower.isValid() and follower.layout() is not None \
                and follower.layout().lineCount() and not _in_table(follower):
            next_top = follower.layout().position().y() + follower.layout().lineAt(0).y()
            start = first_heading_above(block)
            if page_of(next_top + 0.5) != top_page and start not in moved:
                return start, 0  # a heading alone at the foot of a page: it goes along
        for number in range(1, layout.lineCount()):
            line = layout.lineAt(number)
            if page_of(layout.position().y() + line.y() + line.height() - 0.5) != top_page:
                start = first_heading_above(block)
                if layout.boundingRect().height() < page_height / 2 and start not in moved:
                    return start, 0  # short: start it (with its heading) on the next page
                return block.blockNumber(), line.textStart()  # long: end it at the page end
        block = block.next()
    return None


def _in_table(block: QTextBlock) -> bool:
    return QTextCursor(block).currentTable() is not None


class TextDocument(PrintDocument):
    """A document written as HTML; subclasses give ``title`` and ``body_html()``."""

    def __init__(self, options: PrintOptions) -> None:
        self.options = options
        self.sizes = LARGE if options.large else NORMAL
        self._layout_device = QImage(1, 1, QImage.Format.Format_RGB32)
        dots_per_metre = round(LAYOUT_DPI / 0.0254)
        self._layout_device.setDotsPerMeterX(dots_per_metre)
        self._layout_device.setDotsPerMeterY(dots_per_metre)

    @property
    def margins_mm(self) -> float:
        return self.sizes.margins_mm

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
            "td, th { padding: 3pt; vertical-align: top; }"
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

    def text_document(self, width_pt: float, height_pt: float) -> QTextDocument:
        """The laid-out document, paginated on pages of ``width_pt`` × ``height_pt``."""
        # A paragraph that Qt would spread over two pages starts on the next page instead.
        # Besides reading better, this keeps every page's text its own: drawing a page, Qt
        # also draws the line just above the page's top when it belongs to a paragraph on the
        # page, and in a PDF that hidden line would be read twice by search and screen readers.
        html = self.html()
        steps: list[tuple[int, int]] = []
        while True:
            doc = QTextDocument()
            doc.documentLayout().setPaintDevice(self._layout_device)
            doc.setUseDesignMetrics(True)
            doc.setDocumentMargin(0)
            doc.setDefaultFont(self.font(self.sizes.body))
            doc.setDefaultStyleSheet(self.stylesheet())
            doc.setHtml(html)
            for number, offset in steps:
                block = doc.findBlockByNumber(number)
                cursor = QTextCursor(block)
                if offset:  # a paragraph longer than half a page: two paragraphs, one per page
                    cursor.setPosition(block.position() + offset)
                    cursor.insertBlock()
                    block = cursor.block()
                block_format = block.blockFormat()
                block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                block_format.setTopMargin(0)
                QTextCursor(block).setBlockFormat(block_format)
            doc.setPageSize(QSizeF(width_pt, height_pt))
            moved = {number for number, offset in steps if not offset}
            split = _first_split_paragraph(doc, height_pt, moved) if len(steps) < 500 else None
            if split is None:
                return doc
            steps.append(split)

    def footer_height(self) -> float:
        metrics = QFontMetricsF(self.font(self.sizes.footer), self._layout_device)
        return metrics.lineSpacing() * 2.2

    def render(self, device: QPagedPaintDevice) -> int:
        scale = device.logicalDpiX() / LAYOUT_DPI
        width = device.width() / scale
        height = device.height() / scale
        footer = self.footer_height()
        body_height = height - footer
        doc = self.text_document(width, body_height)
        pages = max(1, doc.pageCount())
        painter = QPainter()
        if not painter.begin(device):
            raise OSError("cannot start painting on the page")
        try:
            for page in range(pages):
                if page:
                    device.newPage()
                painter.save()
                painter.scale(scale, scale)
                painter.fillRect(QRectF(0, 0, width, height), Qt.GlobalColor.white)
                painter.save()
                painter.translate(0, -page * body_height)
                self._paint_page(painter, doc, QRectF(0, page * body_height, width, body_height))
                painter.restore()
                self._paint_footer(painter, QRectF(0, body_height, width, footer), page + 1, pages)
                painter.restore()
        finally:
            painter.end()
        return pages

    @staticmethod
    def _paint_page(painter: QPainter, doc: QTextDocument, page: QRectF) -> None:
        """The lines of one page. A line that QTextDocument pushed to the next page starts at
        (a rounding error above) this page's end: the layout's clip stops half a point short
        of it, so that line is drawn on the next page only, never twice."""
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = page.adjusted(0, 0.5, 0, -0.5)
        context.palette.setColor(QPalette.ColorRole.Text, QColor("black"))
        painter.setClipRect(page)
        doc.documentLayout().draw(painter, context)

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
        painter.drawText(QPointF(area.right() - metrics.horizontalAdvance(right), baseline), right)
