"""Print quality (issue 19): read back with poppler, a table row is never on two pages, no page
ends with a heading or a category, the fridge sheet is one page, wallet text is 10 pt or more,
and the checklist is paginated in time linear in its rows."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import time
from pathlib import Path

import pytest

from app.core.check import next_check_of
from app.core.demo import demo_household, demo_stock
from app.core.records import Device, Medicine
from app.core.supplies import kit_report
from app.report.builders import build_document
from app.report.checklist import ChecklistDocument
from app.report.document import PrintOptions, write_pdf
from app.words.kit import category_labels
from tests.report.conftest import HOUSEHOLDS, TODAY, assert_a4_pages, flat, long_household, pdf_text

Word = tuple[int, float, float, str]  # page (0-based), top, height, text


def words(path: Path) -> list[Word]:
    """Every word of the PDF with its page, top and height in points (pdftotext -bbox)."""
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    found: list[Word] = []
    for number, page in enumerate(out.split("<page ")[1:]):
        for y_min, y_max, text in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<', page):
            found.append((number, float(y_min), float(y_max) - float(y_min), text))
    return found


def content_lines(path: Path) -> list[list[list[Word]]]:
    """Per page, the lines of text above the footer (words grouped by their top)."""
    pages: list[list[list[Word]]] = []
    for word in words(path):
        while len(pages) <= word[0]:
            pages.append([])
        lines = pages[word[0]]
        if lines and abs(lines[-1][0][1] - word[1]) < 1:
            lines[-1].append(word)
        else:
            lines.append([word])
    for lines in pages:
        lines.sort(key=lambda line: line[0][1])
        assert "of" in " ".join(w[3] for w in lines[-1]) or "van" in " ".join(w[3] for w in lines[-1])
        del lines[-1]  # the footer: date, next check, page x of y
    return pages


def render(kind: str, household, stock, tmp_path: Path, large: bool = True, medical: bool = False) -> tuple[Path, int]:
    report = kit_report(household, stock, TODAY, 72, None)
    options = PrintOptions(today=TODAY, next_check=next_check_of(report), large=large, include_medical=medical)
    path = tmp_path / f"{kind}.pdf"
    return path, write_pdf(build_document(kind, household, stock, report, options), path)


def many_stock_household():
    """The household of 12 with long notes, and 400 stock entries in 40 places."""
    household = long_household()
    stock = [dataclasses.replace(entry, id=n, location=f"Kast nummer {n % 40} op zolder achterin")
             for n, entry in enumerate(demo_stock(TODAY) * 25, 1)]
    return household, stock


HOUSEHOLD_MAKERS = {**HOUSEHOLDS, "many": many_stock_household}


def numbered_checklist(rows: int) -> ChecklistDocument:
    """The demo's checklist with ``rows`` rows, each row with a unique item text (first cell)
    and a unique place (a later cell), of varying heights."""
    household, stock = demo_household(), demo_stock(TODAY)
    report = kit_report(household, stock, TODAY, 72, None)
    needed = [s for s in report.statuses if s.requirement.not_needed is None]
    statuses = []
    for n in range(rows):
        status = needed[n % len(needed)]
        requirement = dataclasses.replace(status.requirement, subject=f"R{n:05d}")
        entry = dataclasses.replace(stock[0], location=f"P{n:05d}" + " lange plek" * (n % 4), expires="")
        statuses.append(dataclasses.replace(status, requirement=requirement, entries=(entry,)))
    report = dataclasses.replace(report, statuses=tuple(statuses))
    return ChecklistDocument(report, PrintOptions(today=TODAY, next_check=next_check_of(report)))


@pytest.mark.parametrize("large", [True, False])
def test_no_checklist_row_is_on_two_pages(qapp, tmp_path: Path, large: bool) -> None:
    document = numbered_checklist(300)
    if not large:
        document = ChecklistDocument(document.report, dataclasses.replace(document.options, large=False))
    path = tmp_path / "rows.pdf"
    pages = write_pdf(document, path)
    assert pages >= 5
    assert_a4_pages(path, pages)
    found = words(path)
    first = {text[1:-1]: page for page, _, _, text in found if re.fullmatch(r"\(R\d{5}\)", text)}
    last = {text: page for page, _, _, text in found if re.fullmatch(r"P\d{5}", text)}
    assert len(first) == len(last) == 300
    # each once: no line is drawn twice (hidden in the margin) at a page's top or end
    assert len([w for w in found if re.fullmatch(r"\(R\d{5}\)", w[3])]) == 300
    split = [key for key in first if first[key] != last["P" + key[1:]]]
    assert split == []
    for page in range(1, pages):  # the header repeats above the rows on every page
        assert any(w[0] == page and w[3] == "Needed" for w in found)
    assert flat(pdf_text(path)).count("Best before") == pages


@pytest.mark.parametrize("kind", ["checklist", "shopping", "plan", "fridge"])
@pytest.mark.parametrize("name", ["demo", "empty", "long", "many", "oxygen"])
def test_no_page_ends_with_a_heading_or_a_category(qapp, tmp_path: Path, kind: str, name: str) -> None:
    household, stock = HOUSEHOLD_MAKERS[name]()
    path, pages = render(kind, household, stock, tmp_path)
    assert_a4_pages(path, pages)
    text = flat(pdf_text(path))
    top = 57 if kind != "fridge" else 34  # the smallest top margin (20 mm; the fridge sheet's floor 12 mm)
    assert flat(pdf_text(path, top_pt=top)) == text  # no text hides above a page's top margin
    categories = set(category_labels().values())
    body = 16 if kind == "fridge" else 14
    for number, lines in enumerate(content_lines(path)[:-1]):  # the last page may end anywhere
        last = lines[-1]
        text = " ".join(word[3] for word in last)
        assert max(word[2] for word in last) < body * 1.4, (number, text)  # headings are 17 pt or more
        assert text not in categories, (number, text)


def test_the_shopping_list_leaves_no_lone_category(qapp, tmp_path: Path) -> None:
    path, pages = render("shopping", *HOUSEHOLD_MAKERS["demo"](), tmp_path)
    categories = set(category_labels().values())
    for lines in content_lines(path):
        texts = [" ".join(word[3] for word in line) for line in lines]
        assert texts[-1] not in categories
        for above, below in zip(texts, texts[1:], strict=False):
            assert not (above in categories and below in categories)


def test_cells_have_padding(qapp) -> None:
    document = numbered_checklist(3)
    doc = document.text_document(480)
    from PySide6.QtGui import QTextCursor

    block = doc.begin()
    while block.isValid() and QTextCursor(block).currentTable() is None:
        block = block.next()
    table = QTextCursor(block).currentTable()
    cell_left = doc.documentLayout().blockBoundingRect(doc.findBlock(table.cellAt(2, 1).firstPosition())).left()
    border_left = doc.documentLayout().blockBoundingRect(doc.findBlock(table.cellAt(1, 0).firstPosition())).left()
    assert cell_left - border_left > 0  # the category row starts at the table's edge too
    assert "padding: 5px" in document.stylesheet()  # Qt reads padding in px (1 px is 1 pt here)


def crowded_fridge_household():
    """12 members with long notes; six of them with a device and a medicine that must stay cold."""
    household = long_household()
    household.devices = [Device(n, n, "oxygen_concentrator" if n == 1 else "other",
                                f"Apparaat nummer {n} met een lange naam", battery_hours=4.0,
                                supplier="Leverancier", supplier_phone="0800-0224466",
                                when_power_fails="Meteen overschakelen op de fles en dan de leverancier bellen.")
                         for n in range(1, 7)]
    household.medicines = [Medicine(n, n, f"Insuline nummer {n}", "2 keer per dag", keep_cold=1,
                                    cold_note="In de koelste kamer, uit de zon, nooit in de vriezer.")
                           for n in range(1, 7)]
    return household, demo_stock(TODAY)


@pytest.mark.parametrize("large", [True, False])
@pytest.mark.parametrize("name", ["demo", "empty", "long", "many", "oxygen", "crowded"])
def test_the_fridge_sheet_is_one_page(qapp, tmp_path: Path, name: str, large: bool) -> None:
    maker = crowded_fridge_household if name == "crowded" else HOUSEHOLD_MAKERS[name]
    path, pages = render("fridge", *maker(), tmp_path, large=large)
    assert pages == 1
    assert_a4_pages(path, 1)
    text = flat(pdf_text(path))
    assert "112" in text
    if name == "crowded":  # the least needed parts give way, with where to read them; nothing clipped
        assert "see the emergency plan" in text or "zie het noodplan" in text
        assert "Apparaat nummer 6" in text
    elif name != "oxygen":  # the full oxygen demo gives its general power-cut steps to the places to go (issue 19)
        assert "see the emergency plan" not in text and "zie het noodplan" not in text
    if large:
        assert min(word[2] for word in words(path)) >= 11 * 1.2  # 11 pt footer, 13 pt text at least


@pytest.mark.parametrize("medical", [True, False])
@pytest.mark.parametrize("name", ["demo", "empty", "long", "oxygen"])
def test_wallet_text_is_ten_points_or_more(qapp, tmp_path: Path, name: str, medical: bool) -> None:
    path, pages = render("wallet", *HOUSEHOLD_MAKERS[name](), tmp_path, medical=medical)
    assert_a4_pages(path, pages)
    found = words(path)
    assert found
    # pdftotext's word box is the font's height: 1.24 × the size in the shipped font
    smallest = min(height for _, _, height, _ in found)
    assert smallest >= 10 * 1.2, smallest
    assert "ICE" not in {text for *_, text in found}


def test_wallet_says_bij_nood_bellen_in_dutch(dutch, tmp_path: Path) -> None:
    path, _ = render("wallet", *HOUSEHOLD_MAKERS["demo"](), tmp_path)
    text = flat(pdf_text(path))
    assert "Bij nood bellen" in text and "ICE" not in text


def test_the_card_uses_its_room(qapp, tmp_path: Path) -> None:
    """The front's text runs into the bottom third of the card (it used to stop at two thirds)."""
    path, _ = render("wallet", *HOUSEHOLD_MAKERS["demo"](), tmp_path)
    found = words(path)
    made = sorted(top for page, top, _, text in found if page == 0 and text == "Paraat")
    last_phone = [top for page, top, _, text in found if page == 0 and text == "4567"]  # Oma Riet, card 1
    card_h = 54 / 25.4 * 72
    assert last_phone[0] - made[0] > card_h * 0.6


def test_checklist_pagination_is_linear(qapp) -> None:
    """Cutting the laid-out checklist into pages takes time linear in its rows (it used to lay
    the document out again for every page break). Qt's own HTML parsing and table layout are
    not timed here: they grow faster than linear with one table of thousands of rows."""
    from app.report.document import layout_units, paginate

    times = {}
    for rows in (500, 2000):
        doc = numbered_checklist(rows).text_document(481)
        start = time.perf_counter()
        pages = paginate(layout_units(doc, 695), 695)
        times[rows] = time.perf_counter() - start
        assert len(pages) > rows / 25
    assert times[2000] < 8 * max(times[500], 0.05)  # linear: 4 ×; quadratic: 16 ×
