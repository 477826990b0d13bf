"""The print page's preview: the pages of a laid-out document one under the other, each as wide
as the view, painted only when they come into view (issue 20).

Qt's QPrintPreviewWidget paints every page of a document before it shows the first one: for the
emergency folder of a large household (some 200 pages) that held the window up for about
150 ms each time the preview changed. This view asks the document for one painter per page
(``PrintDocument.pages``), in the coordinates of the device it was laid out for (the printer's
resolution), and paints a page into an image of the view's size when it is first in view; a
few of those images are kept for scrolling back and forth. The layout itself is the one the
printer and the PDF use, so the preview shows what prints.

The view scrolls with the wheel, the scroll bar and the keys (arrows, Page Up/Down, Home and
End); it takes the focus and is named for screen readers by the page that holds it.
``LargePreview`` shows the same pages in a window as large as the screen allows ("Large
preview…"), to page through and print from.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.report.document import PagePainter, PrintDocument
from app.ui.common.contrast import PAPER
from app.words.i18n import tr

KEPT_IMAGES = 12
"""Pages kept painted for scrolling back (about 4 MiB at a full-HD view's width)."""


class PagePreview(QAbstractScrollArea):
    """A scroll view of a document's pages, fitted to the width; pages painted when in view."""

    GAP = 12  # pixels around and between the pages

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Mid)  # grey around the white pages
        self.viewport().setAutoFillBackground(True)
        self._pages: list[PagePainter] = []
        self._full = QSizeF(1, 1)  # the whole sheet, in device pixels
        self._origin = QPointF()  # where the device's paint rect starts on the sheet
        self._dpi = (72, 72)
        self._images: OrderedDict[tuple[int, int], QImage] = OrderedDict()
        self._laid_step = 1
        self.painted = 0
        """How many page images were painted (for tests: only pages in view are)."""

    # --- the document -----------------------------------------------------------------------

    def show_document(self, document: PrintDocument, device: QPagedPaintDevice) -> None:
        """Show ``document``, laid out for ``device`` (whose page layout is set), from the top."""
        total = document.page_count(device)
        self._pages = document.pages(device, 1, total)
        layout = device.pageLayout()
        self._dpi = (device.logicalDpiX(), device.logicalDpiY())
        full = layout.fullRect(QPageLayout.Unit.Inch)
        paint = layout.paintRect(QPageLayout.Unit.Inch)
        self._full = QSizeF(full.width() * self._dpi[0], full.height() * self._dpi[1])
        self._origin = QPointF((paint.left() - full.left()) * self._dpi[0],
                               (paint.top() - full.top()) * self._dpi[1])
        self._images.clear()
        self._update_range()
        self.verticalScrollBar().setValue(0)
        self.viewport().update()

    def updatePreview(self) -> None:  # noqa: N802 - the name QPrintPreviewWidget uses
        """Paint the pages in view again."""
        self._images.clear()
        self.viewport().update()

    def pageCount(self) -> int:  # noqa: N802 - the name QPrintPreviewWidget uses
        return len(self._pages)

    # --- where the pages are ----------------------------------------------------------------

    def page_size(self) -> QSize:
        """The size of one page on the screen: as wide as the view allows."""
        width = max(1, self.viewport().width() - 2 * self.GAP)
        return QSize(width, max(1, round(width * self._full.height() / self._full.width())))

    def _step(self) -> int:
        return self.page_size().height() + self.GAP

    def _update_range(self) -> None:
        self._laid_step = self._step()  # what the scroll bar's value counts in
        bar = self.verticalScrollBar()
        whole = self.GAP + len(self._pages) * self._step()
        bar.setRange(0, max(0, whole - self.viewport().height()))
        bar.setPageStep(self.viewport().height())
        bar.setSingleStep(max(1, self.page_size().height() // 20))

    def currentPage(self) -> int:  # noqa: N802 - the name QPrintPreviewWidget uses
        """The page at the top third of the view (1 for the first)."""
        if not self._pages:
            return 0
        at = self.verticalScrollBar().value() + self.viewport().height() // 3
        return min(len(self._pages), max(1, at // self._step() + 1))

    def setCurrentPage(self, page: int) -> None:  # noqa: N802 - the name QPrintPreviewWidget uses
        """Scroll to the top of ``page`` (1 for the first)."""
        self.verticalScrollBar().setValue((max(1, page) - 1) * self._step())

    # --- events -----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        at = self.verticalScrollBar().value() / self._laid_step  # in pages, at the old size
        super().resizeEvent(event)
        self._update_range()
        if event.oldSize().width() != event.size().width():
            self._images.clear()
            self.verticalScrollBar().setValue(round(at * self._laid_step))  # the same place in view

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        bar = self.verticalScrollBar()
        if event.key() == Qt.Key.Key_Home:
            bar.setValue(bar.minimum())
        elif event.key() == Qt.Key.Key_End:
            bar.setValue(bar.maximum())
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._pages:
            return
        size, step = self.page_size(), self._step()
        top = self.verticalScrollBar().value()
        first = max(0, (top - self.GAP) // step)
        last = min(len(self._pages) - 1, (top + self.viewport().height()) // step)
        painter = QPainter(self.viewport())
        for number in range(first, last + 1):
            at = QRect(self.GAP, self.GAP + number * step - top, size.width(), size.height())
            if not at.intersects(event.rect()):
                continue
            painter.drawImage(at.topLeft(), self._image(number, size))
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))  # the sheet's edge
            painter.drawRect(at.adjusted(-1, -1, 0, 0))
        painter.end()

    def _image(self, number: int, size: QSize) -> QImage:
        """Page ``number`` (0 for the first) painted at ``size``; kept for a while."""
        key = (number, size.width())
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
            return image
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(QColor(PAPER))
        # the image's resolution is the device's: a font in points is as large as on paper,
        # and the painter scales the whole sheet down to the image
        image.setDotsPerMeterX(round(self._dpi[0] / 0.0254))
        image.setDotsPerMeterY(round(self._dpi[1] / 0.0254))
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                               | QPainter.RenderHint.SmoothPixmapTransform)
        painter.scale(size.width() / self._full.width(), size.height() / self._full.height())
        painter.translate(self._origin)
        try:
            self._pages[number](painter)
        finally:
            painter.end()
        self.painted += 1
        self._images[key] = image
        while len(self._images) > KEPT_IMAGES:
            self._images.popitem(last=False)
        return image


class LargePreview(QDialog):
    """The pages as large as the screen allows: page through them, and print from here."""

    def __init__(self, parent: QWidget, title: str, document: PrintDocument, device: QPagedPaintDevice,
                 print_it: Callable[[], object]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.preview = PagePreview(self)
        self.preview.setObjectName("print.large_preview")
        self.preview.setAccessibleName(tr("Preview"))
        layout.addWidget(self.preview, 1)
        buttons = QDialogButtonBox()
        self.print_button = QPushButton(tr("Print…"))
        self.print_button.setObjectName("print.large_preview.print")
        self.close_button = QPushButton(tr("Close"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.clicked.connect(lambda: print_it())
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        screen = parent.screen() if parent is not None else QApplication.primaryScreen()
        room = screen.availableGeometry()
        self.resize(room.width() * 4 // 5, room.height() * 9 // 10)
        self.preview.show_document(document, device)
        self.preview.setFocus()
