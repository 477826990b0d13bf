"""Where to go when nothing works, on the plan page with real widgets (issue 19, part 3): the
five places with their labels, names and advice; a place typed in is saved, shows after a new
start, and prints on the plan and the fridge sheet."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from app.__main__ import main
from app.content.help_points import help_point_text
from app.core.records import HELP_POINTS
from app.paths import data_location
from app.storage.repository import Repository
from app.ui.plan.plan_page import PlanPage
from tests.report.conftest import flat, pdf_text
from tests.ui.helpers import type_into


def open_section(page: PlanPage) -> None:
    index = next(i for i in range(page.tabs.count()) if page.tabs.tabText(i) == "Als niets werkt")
    assert index == 1  # right after 'Afspreken en contact'
    page.tabs.setCurrentIndex(index)


def texts(page: PlanPage) -> str:
    return "\n".join(label.text() for label in page.findChildren(QLabel))


def test_the_section_names_each_place_and_gives_the_advice(launcher, qtbot) -> None:
    window = launcher.start()
    window.show_page("plan")
    page = window.plan
    open_section(page)
    shown = texts(page)
    assert page.help_points_heading.text() == "Waar gaan we heen als niets werkt?"
    assert help_point_text().say("screen", "nl") in shown
    assert "Paraat vult nooit zelf een adres in." in shown
    for point_id in ("emergency_point", "fire_station", "town_hall", "hospital"):
        assert help_point_text().place(point_id, "nl") in shown
    names = {"emergency_point": "Noodsteunpunt van je gemeente", "fire_station": "Dichtstbijzijnde brandweerkazerne",
             "town_hall": "Gemeentehuis", "gp": "Huisartsenpraktijk", "hospital": "Ziekenhuis"}
    buddies = {label.buddy(): label.text() for label in page.findChildren(QLabel) if label.buddy()}
    headings = {label.text() for label in page.findChildren(QLabel) if label.font().pointSizeF() > page.font().pointSizeF()}
    for point_id in HELP_POINTS:
        place = page.findChild(QLineEdit, f"help_point.{point_id}")
        details = page.findChild(QLineEdit, f"help_point.{point_id}.details")
        assert names[point_id] in headings  # each place under its own heading
        assert place.accessibleName() == f"{names[point_id]}: Naam en adres"
        assert buddies[place] == "Naam en adres"
        assert details.accessibleName() == f"{names[point_id]}: Openingstijden, hoe je er komt"
        assert buddies[details] == "Openingstijden, hoe je er komt"
        assert place.text() == details.text() == ""  # never a guessed address
    # Tab goes from a place to its notes, then to the next place
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    first = page.findChild(QLineEdit, "help_point.emergency_point")
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert QApplication.focusWidget().objectName() == "help_point.emergency_point.details"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget().objectName() == "help_point.fire_station"


def test_one_person_reads_you(launcher) -> None:
    window = launcher.start()
    page = window.plan
    page._address(1)
    assert page.help_points_heading.text() == "Waar ga je heen als niets werkt?"
    page._address(3)
    assert page.help_points_heading.text() == "Waar gaan we heen als niets werkt?"


def test_a_place_typed_in_is_saved_shown_again_and_printed(launcher, qtbot, data_dir: Path,
                                                           tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    window = launcher.start()
    window.show_page("plan")
    open_section(window.plan)
    type_into(qtbot, window, "help_point.fire_station", "Kazerne Noord, Dijkweg 3")
    type_into(qtbot, window, "help_point.fire_station.details", "Dag en nacht open")
    type_into(qtbot, window, "help_point.town_hall", "Raadhuis, Brink 1")
    launcher.stop()  # closing keeps what is still being typed

    repository = Repository.open(data_location(data_dir).database)
    try:
        points = repository.household().help_points
    finally:
        repository.close()
    assert (points["fire_station"].place, points["fire_station"].details) == ("Kazerne Noord, Dijkweg 3",
                                                                             "Dag en nacht open")
    assert points["town_hall"].place == "Raadhuis, Brink 1"
    assert points["emergency_point"].place == points["gp"].place == ""

    window = launcher.start()
    assert window.findChild(QLineEdit, "help_point.fire_station").text() == "Kazerne Noord, Dijkweg 3"
    assert window.findChild(QLineEdit, "help_point.fire_station.details").text() == "Dag en nacht open"
    assert window.findChild(QLineEdit, "help_point.town_hall").text() == "Raadhuis, Brink 1"
    launcher.stop()

    for kind in ("plan", "fridge"):
        path = tmp_path / f"{kind}.pdf"
        assert main(["--data-dir", str(data_dir), "--lang", "nl", "export-pdf", kind, str(path)]) == 0
        capsys.readouterr()
        text = flat(pdf_text(path))
        assert "Kazerne Noord, Dijkweg 3" in text and "Dag en nacht open" in text, kind
        assert "Raadhuis, Brink 1" in text, kind
        if kind == "plan":
            assert "Dichtstbijzijnde brandweerkazerne: Kazerne Noord, Dijkweg 3" in text
            assert help_point_text().say("paper", "nl") in text
            assert "Huisartsenpraktijk" not in text  # not filled in: left out


def test_the_missing_item_opens_the_section_at_the_first_place(launcher, qtbot) -> None:
    window = launcher.start()
    window.show_page("plan", "help_point.emergency_point")  # where the overview's item leads
    page = window.plan
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Als niets werkt"
    assert page.focusWidget() is page.findChild(QLineEdit, "help_point.emergency_point")
