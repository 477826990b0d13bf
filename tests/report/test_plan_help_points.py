"""Where to go when nothing works, on paper (issue 19, part 3): the plan prints each place the
household filled in with its notes under the advice, or the advice and a line per place to
write on; the fridge sheet prints the filled places short and stays one page."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.content.help_points import help_point_text
from app.core.check import next_check_of
from app.core.demo import demo_household, demo_stock
from app.core.household import Household
from app.core.records import HELP_POINTS, HelpPoint, Member
from app.core.supplies import kit_report
from app.report.builders import build_document
from app.report.document import PrintOptions, write_pdf
from tests.report.conftest import TODAY, flat, long_household, oxygen_household, pdf_text


def render(kind: str, household: Household, tmp_path: Path, stock=None, large: bool = True) -> tuple[str, int]:
    stock = [] if stock is None else stock
    report = kit_report(household, stock, TODAY, 72, None)
    options = PrintOptions(today=TODAY, next_check=next_check_of(report), large=large)
    path = tmp_path / f"{kind}-{large}.pdf"
    pages = write_pdf(build_document(kind, household, stock, report, options), path)
    return flat(pdf_text(path)), pages


def section(text: str, start: str, end: str) -> str:
    assert start in text
    return text.split(start, 1)[1].split(end, 1)[0]


def test_the_plan_prints_the_filled_places_with_their_notes(dutch, tmp_path: Path) -> None:
    household = demo_household()
    household.help_points["gp"].place = ""  # left out, not printed as a line
    text, _ = render("plan", household, tmp_path, demo_stock(TODAY))
    part = section(text, "Waar gaan we heen als niets werkt?", "Telefoonnummers")
    assert help_point_text().say("paper", "nl") in part
    for expected in ("Noodsteunpunt van je gemeente: Buurthuis De Linde, Lindelaan 12",
                     "Vraag bij de gemeente of dit het noodsteunpunt is.",
                     "Dichtstbijzijnde brandweerkazerne: Brandweerkazerne Oost, Havenweg 5",
                     "Gemeentehuis: Stadhuis, Markt 1",
                     "Ziekenhuis: Ziekenhuis Midden, Ringweg 100", "Spoedeisende hulp: ingang B"):
        assert expected in part
    assert "Huisartsenpraktijk" not in part and "_" * 20 not in part
    assert help_point_text().say("paper_blank", "nl") not in text


def test_the_plan_without_places_gives_the_advice_and_lines_to_write_on(dutch, tmp_path: Path) -> None:
    household = demo_household()
    household.help_points = {point_id: HelpPoint(point_id) for point_id in HELP_POINTS}
    text, _ = render("plan", household, tmp_path)
    part = section(text, "Waar gaan we heen als niets werkt?", "Telefoonnummers")
    assert help_point_text().say("paper_blank", "nl") in part
    for label in ("Noodsteunpunt van je gemeente:", "Dichtstbijzijnde brandweerkazerne:", "Gemeentehuis:",
                  "Huisartsenpraktijk:", "Ziekenhuis:"):
        assert f"{label} {'_' * 40}" in part, label  # a whole line to write an address on
    assert "Buurthuis" not in text


def test_one_person_asks_where_i_go(dutch, tmp_path: Path) -> None:
    household = Household(members=[Member(1, 1, "Riet", "senior")],
                          help_points={"town_hall": HelpPoint("town_hall", "Stadhuis, Markt 1")})
    text, _ = render("plan", household, tmp_path)
    assert "Waar ga ik heen als niets werkt?" in text and "Waar gaan we heen" not in text
    assert "Gemeentehuis: Stadhuis, Markt 1" in text


def test_the_empty_plan_in_english(english, tmp_path: Path) -> None:
    text, _ = render("plan", Household(), tmp_path)
    assert "Where do we go when nothing works?" in text
    assert help_point_text().say("paper_blank", "en") in text


@pytest.mark.parametrize("large", [True, False])
def test_the_fridge_sheet_lists_the_places_to_go_first_and_stays_one_page(dutch, tmp_path: Path, large: bool) -> None:
    text, pages = render("fridge", demo_household(), tmp_path, demo_stock(TODAY), large)
    assert pages == 1
    part = section(text, "Als niets werkt, ga naar", "Noodzender")
    for expected in ("Noodsteunpunt Buurthuis De Linde, Lindelaan 12", "Vraag bij de gemeente of dit het noodsteunpunt is.",
                     "Brandweerkazerne Brandweerkazerne Oost, Havenweg 5", "Gemeentehuis Stadhuis, Markt 1"):
        assert expected in part
    assert "Ziekenhuis" not in part  # at most three: the rest is on the plan
    assert "zie het noodplan" not in text


def test_the_fridge_sheet_names_a_gp_when_that_is_all_there_is(dutch, tmp_path: Path) -> None:
    household = demo_household()
    household.help_points = {"gp": HelpPoint("gp", "Huisarts Oudwijk, Oudwijk 22", "Ma-vr 8-17 uur")}
    text, pages = render("fridge", household, tmp_path)
    assert pages == 1
    assert "Huisarts Huisarts Oudwijk, Oudwijk 22 Ma-vr 8-17 uur" in section(text, "Als niets werkt, ga naar", "Noodzender")


def test_the_fridge_sheet_without_places_leaves_the_part_out(dutch, tmp_path: Path) -> None:
    household = demo_household()
    household.help_points = {}
    text, pages = render("fridge", household, tmp_path)
    assert pages == 1 and "Als niets werkt" not in text


@pytest.mark.parametrize("maker", [oxygen_household, long_household])
def test_a_full_fridge_sheet_keeps_the_places_and_drops_the_general_steps(dutch, tmp_path: Path, maker) -> None:
    household = maker()
    household.help_points = demo_household().help_points
    text, pages = render("fridge", household, tmp_path, demo_stock(TODAY))
    assert pages == 1
    assert "Buurthuis De Linde, Lindelaan 12" in text and "Stadhuis, Markt 1" in text
