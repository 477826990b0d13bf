"""The fridge sheet: one A4 page with the numbers, the contact, the places, the radio."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.core.check import next_check_of
from app.core.demo import demo_household, demo_stock
from app.core.household import Household
from app.core.records import HELP_POINTS, MEETING_PLACES, Device, HelpPoint, Medicine, MeetingPlace
from app.core.supplies import kit_report
from app.report.builders import build_document
from app.report.document import PrintOptions, write_pdf
from app.report.fridge import SHORTEN_ORDER, FridgeSheet, device_paragraphs, shorten
from app.words.i18n import current_language, tr
from app.words.plan import oxygen_flame_warning
from tests.report.conftest import (
    TODAY,
    VIVISOL,
    assert_a4_pages,
    assert_font_embedded,
    assert_footer_on_every_page,
    flat,
    long_household,
    pdf_text,
)


@pytest.mark.parametrize("large", [True, False])
def test_demo_fridge_sheet_is_one_page_with_the_first_hour(render, large: bool) -> None:
    path, pages = render("fridge", "demo", large)
    assert pages == 1
    assert_a4_pages(path, 1)
    assert_footer_on_every_page(path, 1)
    assert_font_embedded(path)
    text = flat(pdf_text(path))
    for expected in ("112", "0900-8844", "0800-9009", "Tante Ineke (Zwolle)", "06 12345009",
                     "Bij de speeltuin op de hoek", "Bibliotheek Oost, Oudwijk 40",
                     "RTV Utrecht", "93.1 FM"):
        assert expected in text
    assert "When the power fails" in text
    assert "None" not in text
    # nothing shortened or left out: the general steps are there, no pointer to the plan
    assert "Keep the fridge and the freezer closed." in text
    assert "see the emergency plan" not in text


@pytest.mark.parametrize("large", [True, False])
def test_the_address_is_right_under_the_title(dutch, render, large: bool) -> None:
    path, _pages = render("fridge", "demo", large)
    text = flat(pdf_text(path))
    address = "Adres: Voorbeeldstraat 12, 3512 AB Utrecht"
    assert text.index("Bij een noodsituatie") < text.index(address) < text.index("Nummers om te bellen")


def test_empty_fridge_sheet_has_lines_to_fill_in(render) -> None:
    path, pages = render("fridge", "empty")
    assert pages == 1
    assert_footer_on_every_page(path, 1)
    text = pdf_text(path)
    assert "None" not in text
    assert text.count("_" * 20) >= 6  # address, contact name, phone, two places, radio
    assert "112" in text
    assert re.search(r"Address: _{20,}", flat(text))  # a line to write the address on


def test_long_fridge_sheet_keeps_its_content(render) -> None:
    path, pages = render("fridge", "long")
    assert_a4_pages(path, pages)
    text = flat(pdf_text(path))
    assert "Oom Kees" in text and "06 12347000" in text and "De grote eik" in text
    assert "89.9 FM" in text


# --- the sheet is always one page, and never loses what is vital (issue 19 review) -------------

VIVISOL_SHOWN = "0800 0224466"  # VIVISOL as the sheet prints it
SWITCH = "Meteen overschakelen op de fles"


def oxygen_concentrators(household: Household, members: tuple[int, ...] = (1, 2)) -> Household:
    """``household`` with an oxygen concentrator from Vivisol for each of ``members``."""
    household.devices = [Device(n, member, "oxygen_concentrator", "Zuurstofapparaat", battery_hours=4.0,
                                cylinders=2, cylinder_hours=5.0, supplier="Vivisol", supplier_phone=VIVISOL,
                                when_power_fails=f"{SWITCH}. Bel Vivisol binnen 2 uur.")
                         for n, member in enumerate(members, 1)]
    return household


def places(length: int) -> dict[str, HelpPoint]:
    """All five places to go, each ``length`` characters long, with notes."""
    return {point_id: HelpPoint(point_id, f"Plaats {point_id} aan de " + ("Lange Laan " * 40)[:length],
                                "Open van 8 tot 22 uur, ingang aan de achterkant.")
            for point_id in HELP_POINTS}


def limit(text: str, length: int) -> str:
    return (text * (length // len(text) + 1))[:length]


def extreme_household() -> Household:
    """Every part of the sheet at its largest: 12 members with 100-character names and a hearing
    need, the contact's name and both meeting places at their limits, 10 devices (five with
    oxygen), each with its own supplier and number and 1,000 characters of what to do, 20
    medicines that must stay cold with 1,000-character notes, all five places at 300 characters."""
    household = long_household()
    for member in household.members:
        member.name = limit(f"Lid{member.id:02d} Maximiliaan Alexander Theodorus ", 100)
        member.sensory = "Hoort slecht, draagt een gehoorapparaat."
    household.plan.contact_name = limit("Oom Kees van den Berghe-Hoogeveen ", 100)
    household.meeting_places = {place_id: MeetingPlace(place_id, limit(f"Plek {place_id} bij de grote eik ", 300),
                                                       limit("Bij de bank. ", 1000))
                                for place_id in MEETING_PLACES}
    household.devices = [
        Device(n, (n - 1) % 12 + 1, "oxygen_concentrator" if n % 2 else "other", limit(f"Apparaat {n} ", 100),
               battery_hours=4.0, cylinders=2 if n % 2 else 0, cylinder_hours=5.0 if n % 2 else None,
               supplier=limit(f"Leverancier {n} Medische Techniek ", 100), supplier_phone=f"0800-02244{n:02d}",
               when_power_fails=limit(f"{SWITCH}. Bel de leverancier binnen 2 uur. ", 1000),
               notes=limit("Notitie. ", 1000))
        for n in range(1, 11)]
    household.medicines = [Medicine(n, (n - 1) % 12 + 1, limit(f"Insuline {n} ", 100), limit("dosis ", 200),
                                    per_day=2, in_stock=1, keep_cold=1, cold_note=limit("In de koelste kamer. ", 1000))
                           for n in range(1, 21)]
    household.help_points = places(300)
    return household


def fridge_text(household: Household, tmp_path: Path, large: bool) -> tuple[Path, str]:
    report = kit_report(household, [], TODAY, 72, None)
    options = PrintOptions(today=TODAY, next_check=next_check_of(report), large=large)
    path = tmp_path / f"fridge-{large}.pdf"
    pages = write_pdf(build_document("fridge", household, [], report, options), path)
    assert pages == 1
    assert_a4_pages(path, 1)
    if current_language() == "en":
        assert_footer_on_every_page(path, 1)  # in English words
    return path, flat(pdf_text(path))


def assert_vital(text: str) -> None:
    """The numbers to call, then the oxygen warning right under them (FACTS 6.1)."""
    for number in ("112", "0900-8844", "0800-9009"):
        assert number in text
    warning = flat(oxygen_flame_warning())
    assert warning in text
    assert text.index("0800-9009") < text.index(warning) < text.index(tr("Contact person outside the area"))


@pytest.mark.parametrize("large", [True, False])
@pytest.mark.parametrize("length", [250, 300])
def test_long_places_with_oxygen_keep_the_supplier_and_its_steps(dutch, tmp_path: Path, large: bool,
                                                                  length: int) -> None:
    household = oxygen_concentrators(long_household())
    household.help_points = places(length)
    _path, text = fridge_text(household, tmp_path, large)
    assert_vital(text)
    assert VIVISOL_SHOWN in text and SWITCH in text
    assert "Lange Laan " * 10 not in text  # a place is cut to about a line …
    assert "… (zie het noodplan)" in text  # … and says where it is in full
    assert "Plaats emergency_point aan de Lange Laan" in text


@pytest.mark.parametrize("large", [True, False])
def test_eight_devices_keep_every_supplier_number(dutch, tmp_path: Path, large: bool) -> None:
    household = oxygen_concentrators(long_household(), tuple(range(1, 9)))
    for device in household.devices:  # each its own supplier and number
        device.supplier, device.supplier_phone = f"Leverancier {device.id}", f"0800-02244{device.id:02d}"
    household.help_points = places(20)
    _path, text = fridge_text(household, tmp_path, large)
    assert_vital(text)
    for n in range(1, 9):
        assert f"0800 02244{n:02d}" in text, n


@pytest.mark.parametrize("compact", [True, False])
def test_a_supplier_number_never_breaks_over_two_lines(dutch, compact: bool) -> None:
    paragraphs = device_paragraphs(oxygen_concentrators(long_household()), compact=compact)
    assert len(paragraphs) == 1 and "0800\u00a00224466" in paragraphs[0]  # a space that does not break


def test_the_same_device_for_several_members_is_one_paragraph(dutch, tmp_path: Path) -> None:
    household = oxygen_concentrators(long_household(), tuple(range(1, 9)))
    _path, text = fridge_text(household, tmp_path, True)
    assert text.count(VIVISOL_SHOWN) == 1 and text.count(SWITCH) == 1
    assert "Member01" in text and "Member08" in text


@pytest.mark.parametrize("large", [True, False])
def test_the_fullest_household_is_one_page_with_everything_vital(dutch, tmp_path: Path, large: bool) -> None:
    path, text = fridge_text(extreme_household(), tmp_path, large)
    assert_vital(text)
    for n in range(1, 11):
        assert f"0800 02244{n:02d}" in text, n  # every supplier's 24-hour number
    assert "zie het noodplan" in text
    assert "Na 14 uur: zuurstof op. Bel Leverancier 1" in text and "Na 4 uur: apparaat stopt. Bel" in text
    assert flat(pdf_text(path, top_pt=34)) == text  # nothing hides above the page's top margin


def fitted(household: Household, large: bool) -> FridgeSheet:
    report = kit_report(household, [], TODAY, 72, None)
    sheet = FridgeSheet(household, PrintOptions(today=TODAY, next_check=None, large=large), report)
    assert sheet.margins_mm  # asking for the margins fits the sheet to one page
    return sheet


def fewer_devices() -> Household:
    household = extreme_household()
    household.devices, household.medicines = household.devices[:3], household.medicines[:2]
    return household


def long_places_with_oxygen() -> Household:
    household = oxygen_concentrators(long_household())
    household.help_points = places(300)
    return household


@pytest.mark.parametrize("large", [True, False])
@pytest.mark.parametrize("make", [extreme_household, fewer_devices, long_places_with_oxygen])
def test_the_sheet_leaves_out_no_more_than_it_must(dutch, make, large: bool) -> None:
    """At the size it prints in, one step fewer of SHORTEN_ORDER is more than a page."""
    sheet = fitted(make(), large)
    assert sheet._one_page()
    applied = sheet._dropped
    if applied:
        sheet._dropped = applied - 1
        assert not sheet._one_page(), (sheet.sizes.body, applied)


def test_the_fullest_household_keeps_what_fits_in_smaller_print(dutch, tmp_path: Path) -> None:
    """At 13 pt even every step is more than a page; at 12 pt the sheet applies only the steps
    it needs there, so a place to go stays and the page is full, not a third blank."""
    sheet = fitted(extreme_household(), True)
    assert sheet.sizes.body == 12 and sheet._dropped < len(SHORTEN_ORDER)
    _path, text = fridge_text(extreme_household(), tmp_path, True)
    assert "Als niets werkt, ga naar" in text and "Plaats emergency_point aan de Lange Laan" in text
    assert "Adres: Lange Laan 1, Zwolle" in text
    for n in range(1, 11):
        assert f"0800 02244{n:02d}" in text, n


def test_a_long_address_is_never_cut(dutch, tmp_path: Path) -> None:
    household = extreme_household()
    household.home.address = limit("Hoofdstraat 1 achter de kerk bij de molen ", 300).strip()
    household.home.postcode, household.home.municipality = "8011 AB", "Zwolle"
    _path, text = fridge_text(household, tmp_path, True)
    assert f"Adres: {flat(household.home.address)}, 8011 AB Zwolle" in text


def test_the_fullest_household_in_english(english, tmp_path: Path) -> None:
    _path, text = fridge_text(extreme_household(), tmp_path, True)
    assert_vital(text)
    assert "0800 0224410" in text and "see the emergency plan" in text


@pytest.mark.parametrize("length", [40, 300])
def test_a_long_meeting_place_is_cut_and_a_short_one_kept(dutch, tmp_path: Path, length: int) -> None:
    household = oxygen_concentrators(long_household())
    household.help_points = places(300)
    household.meeting_places["neighbourhood"] = MeetingPlace("neighbourhood", limit("Bibliotheek Oost ", length))
    _path, text = fridge_text(household, tmp_path, True)
    whole = flat(limit("Bibliotheek Oost ", length)).strip()
    assert (whole in text) == (length == 40)


# --- a medicine that runs out, in words ---------------------------------------------------------

def running_out(in_stock: float, per_day: float) -> tuple[Household, list]:
    household = demo_household()
    metoprolol = next(medicine for medicine in household.medicines if medicine.name.startswith("Metoprolol"))
    metoprolol.in_stock, metoprolol.per_day = in_stock, per_day
    return household, demo_stock(TODAY)


def supply_text(household: Household, stock: list, tmp_path: Path) -> str:
    report = kit_report(household, stock, TODAY, 72, None)
    options = PrintOptions(today=TODAY, next_check=next_check_of(report))
    path = tmp_path / "fridge.pdf"
    write_pdf(build_document("fridge", household, stock, report, options), path)
    return flat(pdf_text(path))


def test_a_medicine_that_runs_out_says_so_in_words(dutch, tmp_path: Path) -> None:
    text = supply_text(*running_out(2, 1), tmp_path)
    assert "Na 48 uur is de Metoprolol 50 mg (Oma Riet) op." in text
    assert "+48" not in text


def test_a_medicine_that_runs_out_in_english(english, tmp_path: Path) -> None:
    assert "After 48 hours the Metoprolol 50 mg (Oma Riet) runs out." in supply_text(*running_out(2, 1), tmp_path)
    assert "After 1 hour the Metoprolol 50 mg (Oma Riet) runs out." in supply_text(*running_out(1, 24), tmp_path)


def test_a_medicine_with_no_stock_says_there_is_none(dutch, tmp_path: Path) -> None:
    text = supply_text(*running_out(0, 1), tmp_path)
    assert "Geen voorraad van Metoprolol 50 mg (Oma Riet) in huis." in text
    assert "Na 0 uur" not in text
    text = supply_text(*running_out(1, 2), tmp_path)  # half a day
    assert "Na 12 uur is de Metoprolol 50 mg (Oma Riet) op." in text
    text = supply_text(*running_out(1, 48), tmp_path)  # half an hour
    assert "Binnen een uur is de Metoprolol 50 mg (Oma Riet) op." in text


def test_a_medicine_with_no_stock_in_english(english, tmp_path: Path) -> None:
    text = supply_text(*running_out(0, 1), tmp_path)
    assert "No stock of Metoprolol 50 mg (Oma Riet) in the house." in text
    assert "After 0 hours" not in text
    assert "Within an hour the Metoprolol 50 mg (Oma Riet) runs out." in supply_text(*running_out(1, 48), tmp_path)


@pytest.mark.parametrize(("language", "expected"), [("nl", "Je noodpakket op 12-03-2026: geen water, geen eten."),
                                                    ("en", "no water, no food.")])
def test_an_empty_kit_says_no_water_and_no_food(request, tmp_path: Path, language: str, expected: str) -> None:
    request.getfixturevalue("dutch" if language == "nl" else "english")
    household, _stock = running_out(10, 1)
    text = supply_text(household, [], tmp_path)
    assert expected in text
    assert "minder dan een uur" not in text and "less than an hour" not in text


def test_shorten() -> None:
    assert shorten("Markt 1", 60) == "Markt 1"
    assert shorten("Markt 1\nachteringang", 60) == "Markt 1…"
    cut = shorten("Lange Laan " * 30, 60)
    assert cut.endswith("…") and len(cut) <= 61 and cut.startswith("Lange Laan Lange")
    assert shorten("  a \n b  ", None) == "a b"
