"""Afdrukken: the household's own papers, with a live preview, to the printer or as a PDF.

The documents are built by app/report from the same data as the pages; the preview, the
printer and the PDF all use the same layout code (``PrintDocument.render``).

Nothing is built while the page is hidden (issue 19): the page starts with an empty place
for the preview, and only the first time it is shown does it make the printer (making a
QPrinter may ask the print system for its printers; the preview is laid out for its
resolution) and the preview (app/ui/paper/page_preview.py). While the
page shows, every change to the household rebuilds the chosen document once, after a short
pause (several edits in a row give one rebuild); while it is hidden, a change only marks the
preview as old, and it is rebuilt when the page is shown again. A new preview opens at the
top of page 1.

A build runs in a pool thread (issue 20: the emergency folder of a large household is some 200
pages, half a second of work): the data is read in the GUI thread, then the worker writes the
HTML and lays the document out (``lay_out``) and hands it back; the GUI thread only paints the
pages in view. One build runs at a time; a build that a change overtook is dropped and the next one
starts, so the preview never shows an older household than a finished build could, and
printing while a build runs (``stale``) builds the document as it is now.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QThreadPool, QTimer, Slot
from PySide6.QtGui import QHideEvent, QPagedPaintDevice, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.check import next_check_of
from app.report import builders
from app.report.document import (
    NOODMAP_CHAPTERS,
    PDF_DPI,
    PrintDocument,
    PrintOptions,
    lay_out,
    print_document,
    write_pdf,
)
from app.report.export import CHAPTERS_SETTING
from app.report.fonts import report_family
from app.ui.common import file_dialogs, pdf_saving, worker
from app.ui.common.fields import make_hint
from app.ui.common.flow_layout import FlowLayout
from app.ui.common.session import Session
from app.ui.common.theme import heading, page_layout
from app.ui.common.wrap_button import WrapCheckBox
from app.words.i18n import current_language, tr

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from app.ui.paper.page_preview import LargePreview, PagePreview

NOODMAP = "noodmap"
CHAPTERS = "chapters"
CHAPTER_KINDS = (NOODMAP, CHAPTERS)
"""The documents that carry the booklet chapters ticked on the page."""
PAUSE_MS = 150
"""How long the page waits after a change before it rebuilds: a burst of edits gives one build."""
BUSY_NOTE_MS = 300
"""A build that takes longer than this says so above the preview."""


_pool: QThreadPool | None = None


class _Keeper(QObject):
    """Keeps each build until its result is back in the GUI thread, and lets go of it there.

    A build's result holds laid-out documents that belong to the GUI thread. When the page
    that asked for it is gone before it ends (a new window after Ctrl+plus, a language switch,
    a public-mode wipe), nobody receives it, and the pool thread let go of it last: Qt objects
    freed in the wrong thread, and the program crashed. The keeper always receives it (queued,
    in the GUI thread), so the last reference is dropped there, and keeps the job itself alive
    while it runs."""

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.jobs: dict[QObject, worker.Job] = {}

    def keep(self, job: worker.Job) -> None:
        self.jobs[job.signals] = job
        job.signals.done.connect(self._release, Qt.ConnectionType.QueuedConnection)
        job.signals.failed.connect(self._release, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _release(self, _result: object) -> None:
        job = self.jobs.get(self.sender())
        if job is not None:
            self._drop(job)

    def _drop(self, job: worker.Job) -> None:
        """Let go of ``job`` once its thread has (it may still be returning from the emit)."""
        if job.ran:
            self.jobs.pop(job.signals, None)
        else:
            QTimer.singleShot(5, self, lambda: self._drop(job))


_keeper: _Keeper | None = None


def keeper() -> _Keeper:
    global _keeper
    if _keeper is None or not shiboken6.isValid(_keeper):
        _keeper = _Keeper(QCoreApplication.instance())
    return _keeper


def build_pool() -> QThreadPool:
    """The thread the previews are built in, one build at a time. It belongs to the application,
    not to a page: a page deleted from Python while a build runs would wait for that build in
    its destructor, holding the interpreter lock the build needs (the window hung)."""
    global _pool
    if _pool is None or not shiboken6.isValid(_pool):
        app = QCoreApplication.instance()
        _pool = QThreadPool(app)
        _pool.setMaxThreadCount(1)
        if app is not None:  # waits in the event loop's own call, where the lock is free
            app.aboutToQuit.connect(_pool.waitForDone)
    return _pool


def documents() -> tuple[str, ...]:
    """The documents the page offers, in the order of the list (the emergency folder first);
    only those it can name."""
    texts = document_texts()
    kinds = tuple(kind for kind in builders.DOCUMENTS if kind in texts)
    if NOODMAP in kinds:
        kinds = (NOODMAP, *(kind for kind in kinds if kind != NOODMAP))
    return kinds


def document_texts() -> dict[str, tuple[str, str, str]]:
    """Title, one line on what it is for, and a file name, for each document."""
    return {
        NOODMAP: (tr("Emergency folder (everything)"),
                  tr("Everything for your emergency folder in one go: your plan, the cards, the lists and the "
                     "chapters of the booklet you choose."),
                  tr("emergency-folder.pdf")),
        "plan": (tr("Emergency plan"), tr("Your whole plan on a few A4 pages: keep it with the booklet."),
                 tr("emergency-plan.pdf")),
        "fridge": (tr("Fridge sheet"), tr("One page with what you need in the first hour. Hang it on the fridge."),
                   tr("fridge-sheet.pdf")),
        "wallet": (tr("Wallet cards"), tr("A card for everyone in the house, the size of a bank card. Cut, fold and put it in your wallet."),
                   tr("wallet-cards.pdf")),
        "checklist": (tr("Kit checklist"), tr("Every item of your kit with tick boxes, for the half-yearly check."),
                      tr("kit-checklist.pdf")),
        "shopping": (tr("Shopping list"), tr("What your kit still needs. Take it to the shop."),
                     tr("shopping-list.pdf")),
        "practice": (tr("Practice evening"), tr("The script for an evening without power, with room to write down what you learned."),
                     tr("practice-evening.pdf")),
        "timeline": (tr("Power cut timeline"),
                     tr("How long your water, food, medicines and devices last when the power fails, and what to do first."),
                     tr("power-cut-timeline.pdf")),
        "medicines": (tr("Medicine list"),
                      tr("Everyone's medicines, how many are in the house and how long they last. It is printed only "
                         "with 'Medical details' ticked."),
                      tr("medicine-list.pdf")),
        CHAPTERS: (tr("Booklet chapters"), tr("The chapters of the booklet you choose, to read when the power is out."),
                   tr("booklet-chapters.pdf")),
    }


UNSET = "\0"
DOCUMENT_SETTING = "print_document"
"""The setting that keeps the document chosen last."""

MEDICAL_KINDS = ("wallet", NOODMAP, "medicines")
"""The documents that can carry medical details: the wallet cards, the list of medicines, and
the folder (its cards and its list of medicines)."""


def medical_hints() -> dict[str, str]:
    """What 'Medical details' puts on each document that can carry them."""
    return {
        "wallet": tr("Medicines, allergies and devices that need power, on the cards. Medical details are private: "
                     "only put them on the cards if the person agrees."),
        NOODMAP: tr("Medicines, allergies and devices that need power, on the cards and in the list of medicines. "
                    "Medical details are private: only print them if the person agrees."),
        "medicines": tr("Medical details are private: only print the list if the people on it agree."),
    }


class PrintPage(QWidget):
    """Choose a document, see it, print it or save it as a PDF."""

    page_name = "print"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.printer: QPrinter | None = None
        self.preview: PagePreview | None = None
        """Qt's preview, made the first time the page is shown (None until then)."""
        self.current_document: PrintDocument | None = None
        self.current_device: QPagedPaintDevice | None = None
        """The device the shown document was laid out for (its page's geometry)."""
        """The document the preview shows: built from the household as it was at the last build."""
        self.builds = 0
        """How many times the preview's document was built (for tests and curious readers)."""
        self.stale = True
        """The household or the choices changed since the last build."""
        self.changes = 0
        """Counts the changes to the household and the choices; a build remembers the count
        it was made at, and is shown only when nothing changed meanwhile."""
        self.building: int | None = None
        """The change count of the build that runs in the pool thread (None: none runs)."""
        self._jobs: list[worker.Job] = []
        """The running build and the one before it: a pool thread may still be returning from
        a job whose result is already handled, so a job is dropped only a build later."""
        self.chapter_boxes: dict[str, QCheckBox] = {}
        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.timeout.connect(self.rebuild)
        # The preview is a scroll view of its own, so nothing scrolls around it (issue 18): the
        # choices stand beside it in a column as wide as its widest button, which scrolls only
        # when the window is too short for them; the preview gets the rest, the full height.
        layout = page_layout(self)
        layout.addWidget(heading(tr("Print")))
        row = QHBoxLayout()
        left = QWidget()
        choices = QVBoxLayout(left)
        choices.setContentsMargins(0, 0, 0, 0)
        self.intro = make_hint(tr("When the power is out, paper is all you have. Print your plan and keep it with the booklet."))
        self.documents = QComboBox()
        self.documents.setObjectName("print.document")
        what = QLabel(tr("&What do you want to print?"))
        what.setWordWrap(True)
        what.setBuddy(self.documents)
        self.documents.setAccessibleName(what.text().replace("&", ""))
        texts = document_texts()
        for kind in documents():
            self.documents.addItem(texts[kind][0], kind)
        choices.addWidget(what)
        choices.addWidget(self.documents)
        self.about = QLabel()
        self.about.setObjectName("print.about")
        self.about.setWordWrap(True)
        choices.addWidget(self.about)
        self._choices_layout = choices
        self._buttons_in_flow_at = choices.count()  # where the buttons go when they scroll along
        options = FlowLayout()
        self.large = QCheckBox(tr("Large letters"))
        self.large.setObjectName("print.large")
        self.large.setChecked(True)
        self.medical = QCheckBox(tr("Medical details"))
        self.medical.setObjectName("print.medical")
        options.addWidget(self.large)
        options.addWidget(self.medical)
        choices.addLayout(options)
        self.medical_hint = make_hint("")
        self.medical_hint.setObjectName("print.medical_hint")
        choices.addWidget(self.medical_hint)
        self.chapters_area = QWidget()
        self.chapters_area.setObjectName("print.chapters")
        self.chapters_layout = QVBoxLayout(self.chapters_area)
        self.chapters_layout.setContentsMargins(0, 0, 0, 0)
        self.chapters_label = QLabel(tr("Which chapters of the booklet do you want to add?"))
        self.chapters_label.setWordWrap(True)
        self.chapters_layout.addWidget(self.chapters_label)
        choices.addWidget(self.chapters_area)
        choices.addWidget(self.intro)  # why, after what to do: the choices come first
        choices.addStretch(1)
        self.choices = QScrollArea()
        self.choices.setObjectName("print.choices")
        self.choices.setWidgetResizable(True)
        self.choices.setFrameShape(QFrame.Shape.NoFrame)
        self.choices.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.choices.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible Tab stop
        self.choices.setWidget(left)
        # The buttons stay in view under the choices when they take little room (see _place_buttons).
        self.button_bar = QWidget()
        self.button_bar.setObjectName("print.buttons")
        buttons = FlowLayout(self.button_bar)
        gap = self.fontMetrics().lineSpacing() // 2
        buttons.setContentsMargins(0, gap, 0, gap)
        self.print_button = QPushButton(tr("Print…"))
        self.print_button.setObjectName("print.print")
        self.pdf_button = QPushButton(tr("Save as PDF…"))
        self.pdf_button.setObjectName("print.pdf")
        self.big_preview_button = QPushButton(tr("Large preview…"))
        self.big_preview_button.setObjectName("print.big_preview")
        for button in (self.print_button, self.pdf_button, self.big_preview_button):
            buttons.addWidget(button)
        self._column = QVBoxLayout()
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.addWidget(self.choices, 1)
        self._column.addWidget(self.button_bar)
        self.buttons_fixed = True
        """The buttons stand under the choices; False: they scroll along, right under the
        document's description (large text in a low window, where a fixed bar leaves no room)."""
        row.addLayout(self._column, 2)
        self.preview_area = QWidget()  # the preview comes here when the page is first shown
        self.preview_area.setObjectName("print.preview_area")
        self.preview_layout = QVBoxLayout(self.preview_area)
        self.preview_layout.setContentsMargins(0, 0, 0, 0)
        self.busy_note = QLabel(tr("Making the preview…"))
        self.busy_note.setObjectName("print.busy")
        self.busy_note.setWordWrap(True)
        self.busy_note.hide()
        self.preview_layout.addWidget(self.busy_note)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.timeout.connect(self.busy_note.show)
        row.addWidget(self.preview_area, 3)
        layout.addLayout(row, 1)
        chosen = self.documents.findData(self.session.setting(DOCUMENT_SETTING))
        if chosen >= 0:  # the document chosen last (also in a new window after Ctrl+plus)
            self.documents.setCurrentIndex(chosen)
        self._connect_signals()
        self._update_options()

    def _connect_signals(self) -> None:
        self.documents.currentIndexChanged.connect(lambda _index: self._document_chosen())
        self.large.toggled.connect(lambda _on: self.schedule_rebuild())
        self.medical.toggled.connect(lambda _on: self.schedule_rebuild())
        self.print_button.clicked.connect(self.print_now)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.big_preview_button.clicked.connect(self.show_preview_dialog)
        self.session.changed.connect(self._household_changed)

    @Slot(str)
    def _household_changed(self, _kind: str) -> None:
        self.schedule_rebuild()

    # --- showing and rebuilding -----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._ensure_preview()
        self._fit_choices()
        if self.stale:  # a new day makes the session say so (Session.check_day)
            self._rebuild_timer.start(0)  # once the page has its size: the preview fits to it

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        super().hideEvent(event)
        if self._rebuild_timer.isActive():  # never build for a page nobody sees
            self._rebuild_timer.stop()
            self.stale = True

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._place_buttons()

    def _place_buttons(self) -> None:
        """Under the choices, always in view, when the buttons take at most a quarter of the
        page's height; else in the column right under the document's description, so that the
        chapters and the other choices keep room to be read."""
        width = max(self.choices.width(), self.button_bar.minimumSizeHint().width())
        fixed = 4 * self.button_bar.heightForWidth(width) <= self.height()
        if fixed == self.buttons_fixed:
            return
        self.buttons_fixed = fixed
        if fixed:
            self._column.addWidget(self.button_bar)
        else:
            self._choices_layout.insertWidget(self._buttons_in_flow_at, self.button_bar)
        self.button_bar.show()
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab goes through the page top to bottom, wherever the buttons are."""
        buttons: list[QWidget] = [self.print_button, self.pdf_button, self.big_preview_button]
        options: list[QWidget] = [self.large, self.medical, *self.chapter_boxes.values()]
        chain: list[QWidget] = [self.documents, *(options + buttons if self.buttons_fixed else buttons + options)]
        if self.preview is not None:
            chain.append(self.preview)
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def schedule_rebuild(self) -> None:
        """The household or a choice changed: rebuild after a short pause when the page shows,
        else remember that the preview is old."""
        self.stale = True
        self.changes += 1
        if self.isVisible():
            self._rebuild_timer.start(PAUSE_MS)

    @Slot()
    def rebuild(self) -> None:
        """Build the chosen document from the household as it is now, in the pool thread; the
        preview shows it from the top when it is laid out (``_built``)."""
        self._rebuild_timer.stop()
        if not self.isVisible():
            self.stale = True
            return
        if self.building is not None:  # one at a time: _built starts the next when this is old
            return
        self._ensure_preview()
        assert self.printer is not None  # made with the preview
        make, resolution = self._document_maker(), self.printer.resolution()
        gui, changes = QThread.currentThread(), self.changes
        report_family()  # the shipped font is registered in the GUI thread, before the worker uses it

        def work() -> tuple[int, PrintDocument, QPagedPaintDevice]:
            document = make()
            device = lay_out(document, resolution, gui)  # the GUI thread only paints it
            return changes, document, device

        job = worker.Job(work)
        job.signals.done.connect(self._built, Qt.ConnectionType.QueuedConnection)
        job.signals.failed.connect(self._build_failed, Qt.ConnectionType.QueuedConnection)
        self.building, self._jobs = changes, [*self._jobs[-1:], job]
        self._busy_timer.start(BUSY_NOTE_MS)
        keeper().keep(job)
        build_pool().start(job)

    def _build_ended(self) -> None:
        self.building = None
        self._busy_timer.stop()
        self.busy_note.hide()

    @Slot(object)
    def _built(self, result: tuple[int, PrintDocument, QPagedPaintDevice]) -> None:
        """A build ended: show it when nothing changed since it started, else build again."""
        changes, document, device = result
        self._build_ended()
        if changes != self.changes:  # overtaken by a change: its rebuild comes now
            if self.isVisible() and not self._rebuild_timer.isActive():
                self.rebuild()
            return
        self.current_document, self.current_device = document, device
        self.builds += 1
        self.stale = False
        if self.preview is not None:
            self.preview.show_document(document, device)  # paints the pages in view only
            self.to_first_page()

    @Slot(object)
    def _build_failed(self, error: Exception) -> None:
        overtaken = self.building != self.changes
        self._build_ended()
        if overtaken:  # the household changed under the build: build it as it is now
            if self.isVisible() and not self._rebuild_timer.isActive():
                self.rebuild()
            return
        raise error  # a fault in a builder: the application's handler says so, as before

    def to_first_page(self) -> None:
        """Show the top of page 1 (Qt keeps the page it was on, and fits to the page's middle)."""
        if self.preview is None:
            return
        self.preview.setCurrentPage(1)
        self.preview.verticalScrollBar().setValue(self.preview.verticalScrollBar().minimum())

    def _ensure_preview(self) -> PagePreview:
        if self.preview is not None:
            return self.preview
        from PySide6.QtPrintSupport import QPrinter

        from app.ui.paper.page_preview import PagePreview

        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # its resolution: the layout's
        preview = PagePreview(self.preview_area)
        preview.setObjectName("print.preview")
        preview.setAccessibleName(tr("Preview"))
        self.preview_layout.addWidget(preview)
        self.preview = preview
        self._order_tabs()
        return preview

    def _fit_choices(self) -> None:
        """The column of choices is as wide as its widest button or box, never cut off."""
        inner = self.choices.widget()
        widest = inner.minimumSizeHint().width() if inner is not None else 0
        self.choices.setMinimumWidth(widest + self.choices.verticalScrollBar().sizeHint().width())

    # --- the choices ------------------------------------------------------------------------------

    def kind(self) -> str:
        return str(self.documents.currentData())

    def _document_chosen(self) -> None:
        self.session.set_setting(DOCUMENT_SETTING, self.kind())
        self._update_options()

    def _update_options(self) -> None:
        kind = self.kind()
        medical = kind in MEDICAL_KINDS
        self.medical.setEnabled(medical)
        self.medical.setVisible(medical)  # only these documents can carry medical details
        self.medical_hint.setVisible(medical)
        self.medical_hint.setText(medical_hints().get(kind, ""))
        self.medical.setAccessibleDescription(self.medical_hint.text())
        if kind in CHAPTER_KINDS:
            self._ensure_chapter_boxes()
        self.chapters_area.setVisible(kind in CHAPTER_KINDS)
        self.about.setText(document_texts()[kind][1])
        self.schedule_rebuild()

    def _ensure_chapter_boxes(self) -> None:
        """One box per chapter of the booklet, made when the folder is first chosen."""
        if self.chapter_boxes:
            return
        from app.content.chapters import chapters

        chosen = self.chosen_chapters()
        for chapter in chapters(current_language(), self.session.today()):
            box = WrapCheckBox(chapter.title.replace("&", "&&"))
            box.setObjectName(f"print.chapter.{chapter.id}")
            box.setChecked(chapter.id in chosen)
            box.toggled.connect(lambda _on: self._chapters_changed())
            self.chapters_layout.addWidget(box)
            self.chapter_boxes[chapter.id] = box
        self._order_tabs()  # made after the buttons: Tab reaches them in their place

    def chosen_chapters(self) -> tuple[str, ...]:
        """The booklet chapters ticked for the folder, in the booklet's order (kept as a setting,
        so a new window, a new text size or the next start keeps them)."""
        if self.chapter_boxes:
            return tuple(chapter_id for chapter_id, box in self.chapter_boxes.items() if box.isChecked())
        saved = self.session.setting(CHAPTERS_SETTING, UNSET)
        if saved == UNSET:
            return NOODMAP_CHAPTERS
        return tuple(chapter_id for chapter_id in saved.split(",") if chapter_id)

    def _chapters_changed(self) -> None:
        self.session.set_setting(CHAPTERS_SETTING, ",".join(self.chosen_chapters()))
        self.schedule_rebuild()

    def select(self, kind: str) -> None:
        self.documents.setCurrentIndex(documents().index(kind))

    def document(self) -> PrintDocument:
        """The chosen document, built from the household as it is now."""
        return self._document_maker()()

    def _document_maker(self) -> Callable[[], PrintDocument]:
        """Builds the chosen document from the household as it is now; the data is read here,
        so the builder may run in another thread."""
        report = self.session.kit_report()
        options = PrintOptions(today=self.session.today(), next_check=next_check_of(report),
                               large=self.large.isChecked(), include_medical=self.medical.isChecked(),
                               started=self.session.readiness(report).started,
                               chapters=self.chosen_chapters())
        kind, household, stock = self.kind(), self.session.household(), self.session.repository.list("stock")
        return lambda: builders.build_document(kind, household, stock, report, options)

    def _shown_document(self) -> PrintDocument:
        """What the preview shows, when it is current; else the document as it is now."""
        if self.current_document is None or self.stale:
            return self.document()
        return self.current_document

    # --- printing ---------------------------------------------------------------------------------

    @Slot()
    def print_now(self) -> None:
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = file_dialogs.print_dialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_document(self._shown_document(), printer)

    def preview_dialog(self) -> LargePreview:
        """The pages as large as the screen allows, to page through and print from: the shown
        document, painted page by page as the preview does (a large folder opens at once)."""
        from app.ui.paper.page_preview import LargePreview

        document, device = self.current_document, self.current_device
        if document is None or device is None or self.stale:
            document = self.document()
            device = lay_out(document, self.printer.resolution() if self.printer is not None else PDF_DPI)
        return LargePreview(self, document_texts()[self.kind()][0], document, device, self.print_now)

    @Slot()
    def show_preview_dialog(self) -> None:
        self.preview_dialog().exec()

    @Slot()
    def save_pdf(self) -> str | None:
        if worker.busy():  # a second click while a PDF is being made does nothing
            return None
        # Laying out and painting a large document takes seconds: off the GUI thread. Qt's text
        # classes are reentrant and QPainter may paint on a QPdfWriter in another thread, so the
        # worker builds, lays out, paints and drops a document of its own (the preview's stays
        # with the GUI thread; a QTextDocument must end in the thread that made it), and the
        # shipped font is registered here first.
        def write(path: str) -> int:
            make = self._document_maker()
            report_family()
            return worker.run(self, tr("Making the PDF…"), lambda: write_pdf(make(), path))

        return pdf_saving.save_pdf(self, self.session, document_texts()[self.kind()][2], write)
