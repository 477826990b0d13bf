"""The print page is always current (issue 19): nothing is built before it is shown, every change
rebuilds it once while it shows, a change while it is hidden is there on the next show, a new
preview opens at the top of page 1, and the emergency folder's chapters go into its options."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from app.core.demo import demo_household
from app.core.phones import display
from app.core.records import Member
from app.paths import data_location
from app.policy import Policy
from app.report import builders
from app.report.document import NOODMAP_CHAPTERS, PrintOptions
from app.ui.paper import print_page
from app.ui.paper.print_page import PAUSE_MS, PrintPage
from app.ui.public.public_session import PublicSession, open_memory_repository
from app.ui.start.application import Paraat
from app.words.i18n import Translations

TODAY = dt.date(2026, 11, 28)
FATIMA_PHONE = 2  # the demo's neighbour Fatima el Amrani has this phone record


@pytest.fixture
def counted(monkeypatch) -> list[str]:
    """Every document the print page builds, by name (through the real builders)."""
    built: list[str] = []
    real = builders.build_document

    def build(kind, *args, **kwargs):
        built.append(kind)
        return real(kind, *args, **kwargs)

    monkeypatch.setattr(builders, "build_document", build)
    return built


def html_of(page: PrintPage) -> str:
    document = page.current_document
    assert document is not None
    return document.html()  # type: ignore[attr-defined]


def fatima_number(page: PrintPage) -> str:
    phone = page.session.repository.get("contact_phone", FATIMA_PHONE)
    return display(phone.number)


def test_the_page_builds_nothing_and_makes_no_printer_until_it_is_shown(session, counted, monkeypatch, qtbot):
    printers: list[object] = []
    real_printer = QPrinter.__init__
    monkeypatch.setattr(QPrinter, "__init__", lambda self, *a: printers.append(self) or real_printer(self, *a))
    session.replace_all(demo_household())
    page = PrintPage(session)
    qtbot.addWidget(page)
    session.set_field("contact_phone", FATIMA_PHONE, "number", "06-11112222")  # a change while hidden
    QApplication.processEvents()
    qtbot.wait(PAUSE_MS * 2)
    assert counted == [] and printers == []
    assert page.preview is None and page.findChild(QPrintPreviewWidget) is None
    assert page.stale
    page.show()
    qtbot.waitUntil(lambda: page.builds == 1)
    assert len(counted) == 1 and len(printers) == 1
    assert page.preview is not None and page.preview.isVisible()


def test_starting_the_window_builds_no_print_document(launcher, counted, qtbot):
    window = launcher.start_demo(TODAY)
    QApplication.processEvents()
    qtbot.wait(PAUSE_MS * 2)
    assert counted == []
    assert window.findChild(QPrintPreviewWidget) is None
    window.show_page("print")
    qtbot.waitUntil(lambda: len(counted) == 1)


def _showing_plan(launcher, qtbot):
    """The demo household's window on the print page, the plan chosen and its preview built."""
    window = launcher.start_demo(TODAY)
    window.show_page("print")
    page = window.print_page
    page.select("plan")
    qtbot.waitUntil(lambda: not page.stale and page.kind() == "plan" and page.building is None)
    return window, page


def test_a_phone_number_changed_on_the_contacts_page_is_in_the_preview_when_it_is_shown_again(launcher, counted, qtbot):
    window, page = _showing_plan(launcher, qtbot)
    old = fatima_number(page)
    assert old in html_of(page)
    window.show_page("together")
    builds = page.builds
    page.session.set_field("contact_phone", FATIMA_PHONE, "number", "06-98765432")
    new = fatima_number(page)
    assert new != old
    qtbot.wait(PAUSE_MS * 2)
    assert page.builds == builds and page.stale  # never built for a page nobody sees
    assert new not in html_of(page)
    window.show_page("print")
    qtbot.waitUntil(lambda: page.builds == builds + 1)
    assert new in html_of(page) and old not in html_of(page)


def test_edits_while_the_page_shows_give_one_rebuild(launcher, counted, qtbot):
    window, page = _showing_plan(launcher, qtbot)
    builds = page.builds
    for number in ("06-10000001", "06-10000002", "06-10000003"):  # Ctrl+Z, Ctrl+Y, typing …
        page.session.set_field("contact_phone", FATIMA_PHONE, "number", number)
    assert page.stale and page.builds == builds  # after a pause, not on every edit
    qtbot.waitUntil(lambda: page.builds == builds + 1)
    assert fatima_number(page) in html_of(page)
    qtbot.wait(PAUSE_MS * 3)
    assert page.builds == builds + 1


def test_every_choice_rebuilds_the_preview(launcher, qtbot):
    window = launcher.start_demo(TODAY)
    window.show_page("print")
    page = window.print_page
    page.select("fridge")
    qtbot.waitUntil(lambda: not page.stale and page.kind() == "fridge")
    builds = page.builds
    page.large.setChecked(False)
    qtbot.waitUntil(lambda: page.builds == builds + 1)
    assert not page.current_document.options.large  # type: ignore[union-attr]
    page.select("checklist")
    qtbot.waitUntil(lambda: page.builds == builds + 2)
    assert page.preview is not None and page.preview.pageCount() >= 1


def test_a_new_preview_opens_at_the_top_of_page_1(launcher, qtbot):
    window = launcher.start_demo(TODAY)
    window.resize(1024, 768)
    window.show_page("print")
    page = window.print_page
    page.select("checklist")
    qtbot.waitUntil(lambda: not page.stale and page.kind() == "checklist")
    preview = page.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.pageCount() > 1)
    assert isinstance(preview, QAbstractScrollArea)  # the preview scrolls itself (issue 18)
    bar = preview.verticalScrollBar()
    preview.setCurrentPage(preview.pageCount())  # the reader went down …
    bar.setValue(bar.maximum())
    assert bar.value() > bar.minimum()
    builds = page.builds
    page.select("plan")  # … and chose another document
    qtbot.waitUntil(lambda: page.builds == builds + 1)
    QApplication.processEvents()
    assert preview.currentPage() == 1
    assert bar.value() == bar.minimum()
    window.show_page("overview")  # and when the page comes back after a change
    bar.setValue(bar.maximum())
    page.session.set_field("contact_phone", FATIMA_PHONE, "number", "06-12121212")
    window.show_page("print")
    qtbot.waitUntil(lambda: page.builds == builds + 2)
    QApplication.processEvents()
    assert preview.currentPage() == 1 and bar.value() == bar.minimum()


@pytest.fixture
def public_paraat(qapp, monkeypatch) -> Iterator[Paraat]:
    """Paraat as run_gui starts it in public mode (the wizard is filled in by the test)."""
    monkeypatch.setattr(Paraat, "first_run", lambda self: None)
    policy = Policy(mode="public", library_name="Bibliotheek", idle_minutes=5)
    repository = open_memory_repository()
    repository.set_setting("language", "nl")
    paraat = Paraat(qapp, repository, data_location(public=True), None, policy)
    paraat.public = PublicSession(paraat, policy)
    paraat.build_window()
    yield paraat
    paraat.public.watch.stop()
    paraat.public.setParent(None)
    if paraat.window is not None:
        paraat.window.close()
        paraat.window.deleteLater()
    paraat.session.repository.close()
    Translations(qapp).use("en")


def test_in_public_mode_the_preview_shows_the_household_from_the_wizard(public_paraat, qtbot):
    window = public_paraat.window
    public_paraat.session.add_many([("member", Member(name="Zus Canarie"))])  # as the wizard saves
    window.show_page("print")
    page = window.print_page
    page.select("plan")
    qtbot.waitUntil(lambda: not page.stale and page.kind() == "plan")
    assert "Zus Canarie" in html_of(page)


# --- the emergency folder -------------------------------------------------------------------------


@pytest.fixture
def folder_options(monkeypatch) -> list[PrintOptions]:
    """The options the folder is built with; a stand-in builder until the real one is listed."""
    seen: list[PrintOptions] = []
    real = builders.BUILDERS.get(print_page.NOODMAP, builders.BUILDERS["plan"])

    def build(household, stock, report, options):
        seen.append(options)
        return real(household, stock, report, options)

    if print_page.NOODMAP not in builders.DOCUMENTS:
        monkeypatch.setattr(builders, "DOCUMENTS", (*builders.DOCUMENTS, print_page.NOODMAP))
    monkeypatch.setitem(builders.BUILDERS, print_page.NOODMAP, build)
    return seen


def test_the_folder_comes_first_with_its_chapters_and_medical_details(launcher, folder_options, qtbot):
    window = launcher.start_demo(TODAY)
    window.show_page("print")
    page = window.print_page
    assert page.documents.itemData(0) == "noodmap" and page.kind() == "noodmap"
    assert page.documents.currentText() == "Noodmap (alles)"
    qtbot.waitUntil(lambda: len(folder_options) == 1)
    assert folder_options[-1].chapters == NOODMAP_CHAPTERS
    assert page.chapters_area.isVisible() and page.medical.isVisible()
    checked = [chapter for chapter, box in page.chapter_boxes.items() if box.isChecked()]
    assert tuple(checked) == NOODMAP_CHAPTERS
    assert page.chapter_boxes["06-stroom"].text().startswith("Voorbeeld: wat doe je als de stroom uitvalt")
    page.chapter_boxes["06-stroom"].click()
    page.chapter_boxes["01-waarom"].click()
    page.medical.click()
    qtbot.waitUntil(lambda: len(folder_options) == 2)  # three clicks, one rebuild
    assert folder_options[-1].chapters == ("01-waarom", "09-situaties")
    assert folder_options[-1].include_medical
    page.select("plan")
    assert not page.chapters_area.isVisible() and not page.medical.isVisible()
    page.select("wallet")
    assert page.medical.isVisible() and not page.chapters_area.isVisible()
    if "chapters" in builders.DOCUMENTS:  # each part of the folder also prints alone
        page.select("chapters")
        assert page.chapters_area.isVisible() and not page.medical.isVisible()
    if "medicines" in builders.DOCUMENTS:
        page.select("medicines")
        assert page.medical.isVisible() and page.medical.isChecked()
        assert "privé" in page.medical_hint.text()


def test_the_folder_saves_as_a_pdf_named_noodmap(launcher, folder_options, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = launcher.start_demo(TODAY)
    window.show_page("print")
    page = window.print_page
    offered: list[str] = []

    def save(_parent, _title, suggested, *_args, **_kwargs):
        offered.append(suggested)
        return str(tmp_path / "noodmap.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    assert page.save_pdf() == str(tmp_path / "noodmap.pdf")
    assert offered[0].endswith("noodmap.pdf")
    assert (tmp_path / "noodmap.pdf").read_bytes().startswith(b"%PDF")


def test_the_chosen_chapters_stay_chosen_in_a_new_window(launcher, folder_options, qtbot):
    window = launcher.start_demo(TODAY)
    window.show_page("print")
    page = window.print_page
    page.select("noodmap")
    page.chapter_boxes["09-situaties"].click()
    page.chapter_boxes["05-samen"].click()
    assert page.chosen_chapters() == ("05-samen", "06-stroom")
    window = launcher.paraat.build_window()  # as after Ctrl+plus or a new language
    window.show_page("print")
    page = window.print_page
    page.select("noodmap")
    assert page.chosen_chapters() == ("05-samen", "06-stroom")
    assert page.chapter_boxes["05-samen"].isChecked() and not page.chapter_boxes["09-situaties"].isChecked()
    qtbot.waitUntil(lambda: not page.stale)
    assert folder_options[-1].chapters == ("05-samen", "06-stroom")
    for box in page.chapter_boxes.values():  # none at all is a choice too
        box.setChecked(False)
    qtbot.waitUntil(lambda: folder_options[-1].chapters == ())
    assert launcher.paraat.session.setting("print_chapters", "unset") == ""


# --- built off the GUI thread (issue 20) -----------------------------------------------------------


def test_the_preview_is_written_and_laid_out_off_the_gui_thread_and_painting_lays_out_nothing(
        launcher, qtbot, monkeypatch):
    """The folder of a large household is some 200 pages: the HTML and the layout are made in a
    pool thread; the GUI thread only paints the finished layout (it lays out nothing again)."""
    import threading

    from app.report.document import TextDocument

    laid_out: list[tuple[str, bool]] = []
    real = TextDocument.paged

    def paged(self, width, height):
        laid_out.append((type(self).__name__, threading.current_thread() is threading.main_thread()))
        return real(self, width, height)

    monkeypatch.setattr(TextDocument, "paged", paged)
    window = launcher.start_demo(TODAY)
    window.show_page("print")
    page = window.print_page
    assert page.kind() == "noodmap"
    qtbot.waitUntil(lambda: page.builds == 1 and page.preview.pageCount() > 10)
    names = {name for name, _ in laid_out}
    assert {"PlanDocument", "ChecklistDocument", "Cover"} <= names
    assert not any(in_gui for _, in_gui in laid_out), laid_out
    layouts = len(laid_out)
    page.preview.updatePreview()  # Qt paints the pages again: from the layout made in the pool
    assert page.preview.pageCount() > 10 and len(laid_out) == layouts
    assert all(part.thread() is QApplication.instance().thread()  # type: ignore[union-attr]
               for part in _text_documents(page.current_document))


def _text_documents(document):
    """The laid-out QTextDocuments a print document keeps (the folder: every part and its cover)."""
    parts = [part for _title, part in getattr(document, "parts", [])]
    counted = getattr(document, "_counted", None)
    if counted is not None:
        parts.append(counted[2])
    found = [cache[1].doc for item in [document, *parts]
             if (cache := getattr(item, "_paged_cache", None)) is not None]
    assert found
    return found


def test_a_change_during_a_build_is_in_the_preview_and_printing_meanwhile_takes_the_newest(
        launcher, qtbot, monkeypatch):
    """A build that a change overtakes is never shown: the next build starts when it ends; a
    print or the large preview meanwhile builds the document as the household is now."""
    import threading

    window, page = _showing_plan(launcher, qtbot)
    builds = page.builds
    gate = threading.Event()
    real = builders.build_document

    def slow(kind, *args, **kwargs):
        if threading.current_thread() is not threading.main_thread():
            gate.wait(10)
        return real(kind, *args, **kwargs)

    monkeypatch.setattr(builders, "build_document", slow)
    page.session.set_field("contact_phone", FATIMA_PHONE, "number", "06-10000001")
    qtbot.waitUntil(lambda: page.building is not None)  # the first build waits at the gate
    page.session.set_field("contact_phone", FATIMA_PHONE, "number", "06-10000002")
    newest = fatima_number(page)
    qtbot.wait(PAUSE_MS * 2)
    assert page.stale and page.builds == builds
    now = page._shown_document()  # what Print and the large preview take while it builds
    assert now is not page.current_document
    assert newest in now.html()  # type: ignore[attr-defined]
    gate.set()
    qtbot.waitUntil(lambda: page.builds == builds + 1 and page.building is None)
    assert not page.stale
    assert newest in html_of(page) and display("06-10000001") not in html_of(page)
    qtbot.wait(PAUSE_MS * 2)
    assert page.builds == builds + 1  # the overtaken build was dropped, not shown


def test_the_preview_paints_only_the_pages_in_view_and_the_keys_reach_every_page(launcher, qtbot):
    """Issue 20: Qt's preview painted all ~200 pages of a large folder before showing one; this
    one paints a page when it comes into view. End reaches the last page, Home the first."""
    from PySide6.QtCore import Qt

    window = launcher.start_demo(TODAY)
    window.resize(1024, 768)
    window.show_page("print")
    page = window.print_page
    qtbot.waitUntil(lambda: page.builds == 1 and page.preview.pageCount() > 15)
    preview = page.preview
    preview.repaint()
    in_view = preview.painted
    assert 1 <= in_view <= 3  # the cover, and the top of page 2 at most
    preview.setFocus()
    qtbot.keyClick(preview, Qt.Key.Key_End)
    preview.repaint()
    assert preview.currentPage() == preview.pageCount()
    assert preview.painted <= in_view + 3
    qtbot.keyClick(preview, Qt.Key.Key_PageUp)
    preview.repaint()
    assert preview.currentPage() < preview.pageCount()
    qtbot.keyClick(preview, Qt.Key.Key_Home)
    preview.repaint()
    assert preview.currentPage() == 1 and preview.verticalScrollBar().value() == 0
    assert preview.painted <= in_view + 6  # the first pages were kept, the rest painted once


def test_the_preview_keeps_its_page_in_view_when_the_window_gets_wider(launcher, qtbot):
    window = launcher.start_demo(TODAY)
    window.resize(1024, 768)
    window.show_page("print")
    page = window.print_page
    qtbot.waitUntil(lambda: page.builds == 1 and page.preview.pageCount() > 15)
    preview = page.preview
    preview.setCurrentPage(12)
    assert preview.currentPage() == 12
    width = preview.width()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: preview.width() > width)
    assert preview.currentPage() == 12


def test_a_build_that_fails_after_a_change_is_built_again_and_one_that_fails_alone_says_so(
        launcher, qtbot, monkeypatch):
    import threading

    window, page = _showing_plan(launcher, qtbot)
    builds = page.builds
    gate = threading.Event()
    real = builders.build_document
    failures = [1]

    def failing(kind, *args, **kwargs):
        if threading.current_thread() is not threading.main_thread() and failures:
            failures.pop()
            gate.wait(10)
            raise RuntimeError("the household changed while it was read")
        return real(kind, *args, **kwargs)

    monkeypatch.setattr(builders, "build_document", failing)
    page.session.set_field("contact_phone", FATIMA_PHONE, "number", "06-10000003")
    qtbot.waitUntil(lambda: page.building is not None)
    page.session.set_field("contact_phone", FATIMA_PHONE, "number", "06-10000004")
    gate.set()
    qtbot.waitUntil(lambda: page.builds == builds + 1 and page.building is None)
    assert display("06-10000004") in html_of(page) and not page.stale
    errors: list[BaseException] = []
    monkeypatch.setattr("sys.excepthook", lambda kind, error, tb: errors.append(error))
    failures.append(1)
    gate.set()
    page.large.toggle()  # nothing changes while this build fails: that is a fault, and said
    qtbot.waitUntil(lambda: bool(errors) and page.building is None)
    assert isinstance(errors[0], RuntimeError)
