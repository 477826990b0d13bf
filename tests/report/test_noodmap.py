"""Noodmap (issue 19): the whole emergency folder in one PDF, read back with poppler.

Each folder is printed once per module (demo, empty, and 12 people with long notes), in
Dutch with medical details: every part is there in order, the table of contents gives the
page each part starts on, "Pagina x van y" runs 1..N on every page, every page is A4, the
fridge sheet is one page, the wallet text is 10 pt or more, and no table row is on two pages.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QTextDocument

from app.content.chapters import chapter, household_flags
from app.core.check import next_check_of
from app.core.household import Household
from app.core.supplies import kit_report
from app.report.builders import build_document
from app.report.checklist import ChecklistDocument
from app.report.document import (
    NOODMAP_CHAPTERS,
    PrintOptions,
    TextDocument,
    _cuts,
    _lines,
    layout_units,
    paginate,
    write_pdf,
)
from app.report.html import esc
from app.report.noodmap import Noodmap
from app.words.i18n import Translations
from tests.report.conftest import HOUSEHOLDS, TODAY, assert_a4_pages, flat, page_texts, pdf_text
from tests.report.test_print_quality import numbered_checklist, words


@dataclass
class Folder:
    path: Path
    pages: int
    seconds: float
    contents: list[tuple[str, int]]  # the cover's table of contents: title, first page
    household: Household


def _print(qapp, folder: Path, name: str, **options: object) -> Folder:
    household, stock = HOUSEHOLDS[name]()
    report = kit_report(household, stock, TODAY, 72, None)
    print_options = PrintOptions(today=TODAY, next_check=next_check_of(report), include_medical=True)
    print_options = dataclasses.replace(print_options, **options)
    start = time.perf_counter()
    document = Noodmap(household, stock, report, print_options)
    path = folder / f"noodmap-{name}.pdf"
    pages = write_pdf(document, path)
    seconds = time.perf_counter() - start
    assert document._counted is not None
    return Folder(path, pages, seconds, document._counted[2].contents, household)


@contextmanager
def language(qapp, name: str) -> Iterator[None]:
    """Paraat in ``name`` for a while; afterwards no translator and the locale as it was."""
    locale = QLocale()
    Translations(qapp).use(name)
    try:
        yield
    finally:
        Translations(qapp).use("en")
        QLocale.setDefault(locale)


@pytest.fixture(scope="module")
def folders(qapp, tmp_path_factory) -> dict[str, Folder]:
    with language(qapp, "nl"):
        folder = tmp_path_factory.mktemp("noodmap")
        return {name: _print(qapp, folder, name) for name in ("demo", "empty", "long")}


@pytest.fixture
def english(qapp) -> Iterator[None]:
    with language(qapp, "en"):
        yield


FRIDGE = "Koelkastblad (Bij een noodsituatie)"  # the contents name the sheet and what its page says
PARTS = (FRIDGE, "Noodplan", "Wat als de stroom uitvalt?", "Portemonneekaarten",
         "Checklist noodpakket", "Medicijnlijst")
FIRST_WORDS = {  # what the first page of each part says (the fridge sheet and the cards have no title)
    FRIDGE: "Bij een noodsituatie",
    "Noodplan": "noodplan",
    "Portemonneekaarten": "Knip elke kaart uit",
}
NAMES = ("demo", "empty", "long")


def chapter_titles(household: Household) -> list[str]:
    return [chapter("nl", chapter_id, TODAY, household_flags(household)).title for chapter_id in NOODMAP_CHAPTERS]


@pytest.mark.parametrize("name", NAMES)
def test_every_part_is_there_in_order_and_the_contents_are_right(folders, name: str) -> None:
    folder = folders[name]
    titles = [title for title, _ in folder.contents]
    assert titles == [*PARTS, *chapter_titles(folder.household)]
    starts = [start for _, start in folder.contents]
    assert starts[0] == 2  # the cover is one page
    assert starts == sorted(set(starts))  # each part starts on a page of its own, in order
    assert starts[-1] <= folder.pages
    pages = page_texts(folder.path)
    cover = flat(pages[0])
    assert "Noodmap" in cover and "Wat zit er in deze map?" in cover
    for title, start in folder.contents:
        assert re.search(rf"{re.escape(title)} pagina {start}\b", cover), (title, start)
        assert FIRST_WORDS.get(title, title) in flat(pages[start - 1]), (title, start)
    by_title = dict(folder.contents)
    assert by_title["Noodplan"] - by_title[FRIDGE] == 1  # the fridge sheet is one page


@pytest.mark.parametrize("name", NAMES)
def test_every_page_is_a4_and_numbered_across_the_folder(folders, name: str) -> None:
    folder = folders[name]
    assert_a4_pages(folder.path, folder.pages)
    pages = page_texts(folder.path)
    assert len(pages) == folder.pages
    for number, text in enumerate(pages, start=1):
        found = re.findall(r"Pagina (\d+) van (\d+)", text)
        assert found == [(str(number), str(folder.pages))], (number, found)


@pytest.mark.parametrize("name", NAMES)
def test_wallet_text_in_the_folder_is_ten_points_or_more(folders, name: str) -> None:
    folder = folders[name]
    by_title = dict(folder.contents)
    cards = range(by_title["Portemonneekaarten"] - 1, by_title["Checklist noodpakket"] - 1)
    found = [word for word in words(folder.path) if word[0] in cards]
    assert found
    assert min(height for _, _, height, _ in found) >= 10 * 1.2  # the word box is 1.24 × the size
    assert "ICE" not in {text for *_, text in found}


def test_the_medicine_list_is_in_the_folder_with_medical_details(folders) -> None:
    folder = folders["demo"]
    by_title = dict(folder.contents)
    pages = page_texts(folder.path)
    text = flat(" ".join(pages[by_title["Medicijnlijst"] - 1:by_title["Medicijnlijst"]]))
    assert "Metoprolol" in text and "Insuline" in text and "Oma Riet" in text
    assert "10 dagen" in text  # the doses in the house last this long


def test_the_long_household_prints_its_folder(folders) -> None:
    folder = folders["long"]
    text = flat(pdf_text(folder.path))
    for number in (1, 12):  # the first and the last member's names are in it
        assert f"Member{number:02d} Maximiliaan" in text
    assert folder.pages > folders["demo"].pages


def test_no_table_row_is_on_two_pages_in_the_folder(qapp, tmp_path: Path) -> None:
    """The folder's checklist replaced by one of 150 numbered rows: each row's first and
    last cell are on the same page, and no row is drawn twice."""
    household, stock = HOUSEHOLDS["demo"]()
    report = kit_report(household, stock, TODAY, 72, None)
    document = Noodmap(household, stock, report, PrintOptions(today=TODAY, next_check=next_check_of(report)))
    checklist = numbered_checklist(150)
    assert isinstance(document.parts[4][1], ChecklistDocument)
    document.parts[4] = (document.parts[4][0], checklist)
    path = tmp_path / "rows.pdf"
    pages = write_pdf(document, path)
    assert_a4_pages(path, pages)
    found = words(path)
    first = {text[1:-1]: page for page, _, _, text in found if re.fullmatch(r"\(R\d{5}\)", text)}
    last = {text: page for page, _, _, text in found if re.fullmatch(r"P\d{5}", text)}
    assert len(first) == len(last) == 150
    assert len([w for w in found if re.fullmatch(r"\(R\d{5}\)", w[3])]) == 150
    assert [key for key in first if first[key] != last["P" + key[1:]]] == []
    assert len(set(first.values())) >= 3  # the rows do run over several pages


def test_without_medical_details_the_medicine_list_says_it_was_left_out(english, tmp_path: Path) -> None:
    household, stock = HOUSEHOLDS["demo"]()
    report = kit_report(household, stock, TODAY, 72, None)
    options = PrintOptions(today=TODAY, next_check=next_check_of(report))
    path = tmp_path / "medicines.pdf"
    assert write_pdf(build_document("medicines", household, stock, report, options), path) == 1
    text = flat(pdf_text(path))
    assert "The medicine list is not printed" in text and "Medical details" in text and "--with-medical" not in text  # paper speaks to the reader, not to a command line
    assert "Metoprolol" not in text
    with_medical = dataclasses.replace(options, include_medical=True)
    assert write_pdf(build_document("medicines", household, stock, report, with_medical), path) == 1
    text = flat(pdf_text(path))
    assert "Metoprolol 50 mg" in text and "not printed" not in text


def test_parts_print_alone(english, tmp_path: Path) -> None:
    """The timeline and the chapters alone: the timeline with the household's run-out hours,
    the chapters each on a new page, for this household's flags (oxygen: no candles)."""
    household, stock = HOUSEHOLDS["oxygen"]()
    report = kit_report(household, stock, TODAY, 72, None)
    options = PrintOptions(today=TODAY, next_check=next_check_of(report))
    path = tmp_path / "timeline.pdf"
    write_pdf(build_document("timeline", household, stock, report, options), path)
    text = flat(pdf_text(path))
    assert "How long you can manage" in text and "Metoprolol 50 mg (Oma Riet)" in text
    assert "After 14 hours: oxygen runs out" in text  # the device's own stop text, not computed again
    path = tmp_path / "chapters.pdf"
    options = dataclasses.replace(options, chapters=("06-stroom", "05-samen"))
    pages = write_pdf(build_document("chapters", household, stock, report, options), path)
    texts = [flat(page) for page in page_texts(path)]
    titles = [chapter("en", chapter_id, TODAY, household_flags(household)).title
              for chapter_id in options.chapters]
    assert titles[0] in texts[0]
    starts = [number for number, text in enumerate(texts) if titles[1] in text]
    assert starts and starts[0] > 0 and titles[0] not in texts[starts[0]]  # its own page
    assert pages == len(texts)
    everything = flat(" ".join(texts))
    assert "Do not use candles, matches or a gas stove" in everything  # oxygen in the house
    assert "Only use candles when you must" not in everything


class _Paragraphs(TextDocument):
    def __init__(self, html: str, options: PrintOptions) -> None:
        super().__init__(options)
        self._html = html

    def body_html(self) -> str:
        return self._html


def _lines_per_page(doc: QTextDocument, height: float) -> list[list[int]]:
    """Per paragraph split over pages: how many of its lines are on each page it touches."""
    pages = paginate(layout_units(doc, height), height)
    result = []
    block = doc.begin()
    while block.isValid():
        lines = _lines(doc, block)
        counts = [sum(1 for top, bottom in lines if page.top - 0.5 <= top and bottom <= page.bottom + 0.5)
                  for page in pages]
        touched = [count for count in counts if count]
        assert sum(touched) == len(lines)  # every line on exactly one page
        if len(touched) > 1:
            result.append(touched)
        block = block.next()
    return result


def test_a_split_paragraph_leaves_two_lines_on_each_side(qapp) -> None:
    """Widows and orphans: at every page height, a long paragraph cut by a page end has two
    lines at least at the foot of the page and two at the head of the next."""
    sentence = "Een zin met genoeg woorden om de regel te vullen, zodat de alinea lang wordt. "
    html = "".join(f"<h2>Kop {n}</h2><p>{sentence * (25 + 7 * n)}</p>" for n in range(4))
    document = _Paragraphs(html, PrintOptions(today=TODAY, next_check=TODAY))
    doc = document.text_document(480)
    splits = 0
    for height in range(300, 760, 9):
        for touched in _lines_per_page(doc, float(height)):
            splits += 1
            assert touched[0] >= 2 and touched[-1] >= 2, (height, touched)
    assert splits > 20  # the heights do cut paragraphs


def test_a_cut_inside_a_tall_unit_leaves_two_lines_on_each_side() -> None:
    lines = [(n * 10.0, n * 10.0 + 9) for n in range(6)]
    assert _cuts(lines) == (20.0, 30.0, 40.0)
    assert _cuts(lines[:3]) == ()  # three lines: no cut leaves two on each side


def test_the_same_folder_prints_again_and_on_a_printer(qapp, tmp_path: Path) -> None:
    """The preview paints the folder again and again, on a printer whose margins may differ:
    the same pages each time, counted for that printer's page."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from app.report.document import print_document

    household, stock = HOUSEHOLDS["demo"]()
    report = kit_report(household, stock, TODAY, 72, None)
    document = Noodmap(household, stock, report, PrintOptions(today=TODAY, next_check=next_check_of(report)))
    first = write_pdf(document, tmp_path / "one.pdf")
    assert write_pdf(document, tmp_path / "two.pdf") == first
    assert flat(pdf_text(tmp_path / "one.pdf")) == flat(pdf_text(tmp_path / "two.pdf"))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    assert print_document(document, printer) == first
    assert_a4_pages(tmp_path / "printer.pdf", first)
    wide = QPrinter(QPrinter.PrinterMode.HighResolution)  # a printer that cannot print near the edge
    wide.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    wide.setOutputFileName(str(tmp_path / "wide.pdf"))
    wide.setFullPage(False)
    assert document.margins_mm == 10
    wide.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    assert wide.setPageMargins(QMarginsF(25, 25, 25, 25), QPageLayout.Unit.Millimeter)
    pages = document.render(wide)
    assert pages > first  # less room on the page: counted again, not the old count's pages cut off
    assert_a4_pages(tmp_path / "wide.pdf", pages)
    texts = page_texts(tmp_path / "wide.pdf")
    assert all(f"van {pages}" in text or f"of {pages}" in text for text in texts)


def test_the_page_number_never_runs_into_the_footer_text(qapp, tmp_path: Path) -> None:
    """Large print in Dutch: "Afgedrukt op … · Volgende controle van je noodpakket: 01-06-2026."
    and "Pagina 12 van 25" do not fit on one line at 20 mm margins; the number goes under it."""
    with language(qapp, "nl"):
        folder = _print(qapp, tmp_path, "demo", next_check=dt.date(2026, 6, 1))
    out = subprocess.run(["pdftotext", "-bbox", str(folder.path), "-"], capture_output=True,
                         text=True, check=True).stdout
    assert "controle" in out
    for number, page in enumerate(out.split("<page ")[1:], start=1):
        boxes = [(float(x0), float(y0), float(x1), text) for x0, y0, x1, text in re.findall(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<', page)]
        (x0, y0, _x1, _), = [box for box in boxes if box[3] == "Pagina"]
        same_line = [box for box in boxes if abs(box[1] - y0) < 2 and box[0] < x0]
        assert all(box[2] < x0 - 4 for box in same_line), (number, same_line)


def test_a_link_to_another_chapter_is_said_in_words_on_paper(qapp) -> None:
    """Paper has no links: '[Zo bereik je 112 zonder te praten](chapter:08-informatie)' must not
    print as a loose half sentence."""
    from app.report.chapter_pages import inline

    with language(qapp, "nl"):
        title = chapter("nl", "08-informatie").title
        said = inline("Een sms werkt niet. [Zo bereik je 112 zonder te praten](chapter:08-informatie)")
        assert said == f"Een sms werkt niet. Zo bereik je 112 zonder te praten (hoofdstuk ‘{esc(title)}’)."
        assert inline("Lees verder. [Naar het overzicht](app:overview)") == "Lees verder."
        assert inline("[Lees wat de overheid doet](chapter:07-overheid).").endswith("’).")
