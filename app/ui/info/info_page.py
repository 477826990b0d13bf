"""Informatie: the booklet's guidance chapter by chapter, search, and "What if the power fails?"

Chapters are Markdown from resources/guidance/<language>/, shown with Qt's own Markdown
support in a text browser that is as high as the chapter (PageTextBrowser): the page has one
scroll bar, not a scrolling page around a scrolling text, so the mouse wheel, the keys and a
screen magnifier all move one thing; the page keeps its title and section buttons above the text. Links like ``chapter:05-stroom`` open another chapter and links like
``app:kit`` open the page where you act on it. The timeline is worked out for this household.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QDialog,
    QHBoxLayout,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from app.content.chapters import Chapter, chapters, household_flags
from app.content.search import search
from app.ui.common import file_dialogs
from app.ui.common.fit_table import GrowingListWidget, grow_list
from app.ui.common.grow_text import PageTextBrowser
from app.ui.common.search_proxy import search_box
from app.ui.common.session import Session
from app.ui.common.tabbed_page import TabbedPage
from app.ui.common.theme import page_layout
from app.words.counts import for_your_household, timeline_intro
from app.words.i18n import current_language, tr

CHAPTER_ROLE = Qt.ItemDataRole.UserRole + 1


def make_browser(name: str, title: str) -> PageTextBrowser:
    browser = PageTextBrowser()
    browser.setObjectName(name)
    browser.setAccessibleName(title)
    browser.setOpenLinks(False)  # every link is routed by Paraat; nothing opens a network
    browser.setOpenExternalLinks(False)
    return browser


# Qt's Markdown makes a heading up to twice the text size ("xx-large"); at 24 pt a chapter title
# then runs over two or three lines and leaves room for only a few lines of text. One step
# larger than the text ("large", 1.2 times) still stands out, and bold does the rest.
HEADING_SIZE = {1: 1, 2: 1, 3: 0}  # Qt's font size adjustment per heading level


def calm_headings(document: QTextDocument) -> None:
    """Headings a little larger than the text instead of up to twice as large."""
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level in HEADING_SIZE:
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            size = QTextCharFormat()
            size.setProperty(QTextFormat.Property.FontSizeAdjustment, HEADING_SIZE[level])
            cursor.mergeCharFormat(size)
            cursor.mergeBlockCharFormat(size)
        block = block.next()
    document.markContentsDirty(0, document.characterCount())  # lay out everything after them anew


class InfoPage(TabbedPage):
    """The guidance, searchable, and the power-cut timeline for this household."""

    page_name = "info"
    TIMELINE = 1

    timeline: PageTextBrowser  # made with its section (add_later)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, tr("Information"), parent)
        self.language = current_language()
        self.current_chapter = ""
        self.chapters = self._load_chapters()
        self.add_made(self._chapters_tab, tr("Read the booklet"))
        # worked out for the household (the kit report over the stock) when first opened or
        # after the page shows (issue 20)
        self.add_later(self._timeline_tab, tr("What if the power fails?"))
        self.session.changed.connect(self._refresh_timeline)
        self.session.changed.connect(self._refresh_chapters)
        if self.chapters:
            self.show_chapter(next(iter(self.chapters)))

    def object_for(self, target: str) -> str:
        if target == "timeline":
            return "info.timeline"
        if target.startswith("chapter:"):
            self.show_chapter(target.split(":", 1)[1])
            return "info.chapter"
        return target

    # --- chapters -----------------------------------------------------------------------------

    def _load_chapters(self) -> dict[str, Chapter]:
        """The chapters as they read today for this household (no candles with oxygen)."""
        self.flags = household_flags(self.session.household())
        self.today = self.session.today()
        return {chapter.id: chapter for chapter in chapters(self.language, self.today, self.flags)}

    @Slot()
    def _refresh_chapters(self, _kind: str = "") -> None:
        """Show the chapters anew when what they say for this household has changed."""
        before = (self.flags, self.today)
        if before == (household_flags(self.session.household()), self.session.today()):
            return
        self.chapters = self._load_chapters()
        if self.current_chapter:  # the page keeps its place: it scrolls, not the text
            self.show_chapter(self.current_chapter, keep_place=True)

    def _chapters_tab(self) -> QWidget:
        widget = QWidget()
        layout = page_layout(widget)
        self.search = search_box("info.search", tr("Search in all chapters"))
        layout.addWidget(self.search)
        self.results = GrowingListWidget()
        self.results.setObjectName("info.results")
        self.results.setAccessibleName(tr("Search results"))
        self.results.setWordWrap(True)
        self.results.setVisible(False)
        layout.addWidget(self.results)
        # Side by side at normal sizes; at large text the list goes above the chapter. Both are
        # as long as they are: the page scrolls, not the list or the text.
        large = QApplication.font().pointSizeF() >= 18
        parts = QBoxLayout(QBoxLayout.Direction.TopToBottom if large else QBoxLayout.Direction.LeftToRight)
        self.toc = GrowingListWidget()
        self.toc.setObjectName("info.chapters")
        self.toc.setAccessibleName(tr("Chapters"))
        self.toc.setWordWrap(True)
        for chapter in self.chapters.values():
            item = QListWidgetItem(chapter.title)
            item.setData(CHAPTER_ROLE, chapter.id)
            self.toc.addItem(item)
        grow_list(self.toc)
        self.browser = make_browser("info.chapter", tr("Chapter"))
        parts.addWidget(self.toc, 1, Qt.AlignmentFlag.AlignTop)
        parts.addWidget(self.browser, 3)
        layout.addLayout(parts)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(tr("Print this chapter…"))
        self.print_button.setObjectName("info.print")
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.toc.currentItemChanged.connect(self._on_chapter_chosen)
        self.browser.anchorClicked.connect(self.follow_link)
        self.search.textChanged.connect(self._on_search)
        self.results.itemActivated.connect(self._on_result)
        self.results.itemClicked.connect(self._on_result)
        self.print_button.clicked.connect(self.print_chapter)
        return widget

    def show_chapter(self, chapter_id: str, find: str = "", keep_place: bool = False) -> bool:
        chapter = self.chapters.get(chapter_id)
        if chapter is None:
            return False
        self.current_chapter = chapter_id
        self.browser.setMarkdown(chapter.markdown)
        calm_headings(self.browser.document())
        self.browser.document().setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, chapter.title)
        for row in range(self.toc.count()):
            if self.toc.item(row).data(CHAPTER_ROLE) == chapter_id:
                blocked = self.toc.blockSignals(True)
                self.toc.setCurrentRow(row)
                self.toc.blockSignals(blocked)
        if find and self.browser.find(find):
            self.browser.show_cursor()
        elif not keep_place:
            self.browser.show_top()
        return True

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_chapter_chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.show_chapter(current.data(CHAPTER_ROLE))

    @Slot(QUrl)
    def follow_link(self, url: QUrl) -> None:
        """chapter:… opens a chapter, app:… opens a page of Paraat; nothing else is followed."""
        target = url.toString()
        if target.startswith("chapter:"):
            self.show_chapter(target.split(":", 1)[1])
        elif target.startswith("app:"):
            page = target.split(":", 1)[1]
            if page == "timeline":
                self.tabs.setCurrentIndex(1)
            else:
                self.session.navigate_requested.emit(page, "")

    @Slot(str)
    def _on_search(self, text: str) -> None:
        self.results.clear()
        hits = search(text, self.language, today=self.today, flags=self.flags) if text.strip() else []
        for hit in hits[:50]:
            item = QListWidgetItem(f"{hit.chapter_title}: {hit.sentence}")
            item.setData(CHAPTER_ROLE, hit.chapter_id)
            self.results.addItem(item)
        if text.strip() and not hits:
            self.results.addItem(tr("Nothing found. Try another word."))
        self.results.setVisible(bool(text.strip()))
        grow_list(self.results)

    @Slot(QListWidgetItem)
    def _on_result(self, item: QListWidgetItem) -> None:
        chapter_id = item.data(CHAPTER_ROLE)
        if chapter_id:
            self.show_chapter(chapter_id, self.search.text().split()[0] if self.search.text().split() else "")

    def print_document(self, printer: QPrinter) -> None:
        """Print the open chapter (the same document that is on the screen)."""
        self.browser.document().print_(printer)

    @Slot()
    def print_chapter(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = file_dialogs.print_dialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_document(printer)

    # --- the timeline -------------------------------------------------------------------------

    def _timeline_tab(self) -> QWidget:
        widget = QWidget()
        layout = page_layout(widget)
        # One text with the introduction in it, as high as it is: the page scrolls.
        self.timeline = make_browser("info.timeline", tr("What if the power fails?"))
        # A little room between the points of a list, so each reads as its own sentence.
        self.timeline.document().setDefaultStyleSheet("li { margin-bottom: 0.4em; }")
        self.timeline.anchorClicked.connect(self.follow_link)
        layout.addWidget(self.timeline)
        layout.addStretch(1)
        return widget

    def section_made(self, index: int) -> None:
        if index == self.TIMELINE:
            self._refresh_timeline()

    @Slot()
    def _refresh_timeline(self, _kind: str = "") -> None:
        if not self.is_made(self.TIMELINE):
            return  # worked out when it is made
        from app.content.timeline import personal_timeline  # with the timeline, not the page

        steps = personal_timeline(self.session.household(), self.session.repository.list("stock"),
                                  self.session.today(), self.language, self.session.kit_hours(),
                                  self.session.kit_report())
        persons = len(self.session.household().members)
        intro = html.escape(timeline_intro(persons))
        to_do = html.escape(tr("What to do now:"))
        for_you = html.escape(for_your_household(persons))
        fill_in = html.escape(tr("Fill it in"))
        parts = [f"<p>{intro}</p>"]
        for step in steps:
            parts.append(f"<h3>{html.escape(step.title)}</h3>")
            parts.append(f"<p>{html.escape(step.what_happens)}</p>")
            for label, lines in ((to_do, step.actions), (for_you, step.for_you)):
                if not lines:
                    continue
                parts.append(f"<p><b>{label}</b></p><ul>")
                for line in lines:
                    text = html.escape(line.text)
                    if line.link:
                        text += f' <a href="{html.escape(line.link)}">{fill_in}</a>'
                    parts.append(f"<li>{text}</li>")
                parts.append("</ul>")
        self.timeline.setHtml("".join(parts))
