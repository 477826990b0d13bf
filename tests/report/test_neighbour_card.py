"""Buurtkaart: read back with poppler, the card carries only the parts the household chose for
that neighbour, always 112 and who looks in on whom, in print of 12 pt or more."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.core.check import NextCheck
from app.core.demo import demo_household
from app.core.household import Household
from app.core.records import CARD_FIELDS, Contact
from app.report.document import PrintOptions, write_pdf
from app.report.neighbour_card import NeighbourCard, build
from tests.report.conftest import (
    TODAY,
    assert_a4_pages,
    assert_font_embedded,
    flat,
    long_household,
    pdf_text,
)

NEVER = NextCheck("never", None, None)
FATIMA = 2  # the demo's neighbour who looks in on Oma Riet
BAKKER = 3  # the demo's neighbour Mark looks in on

# What each part puts on the demo's card, and words of it that appear nowhere else.
SHOWS = {
    "names": ("Who we are", "Lotte de Vries"),
    "phones": ("Our phone numbers", "06 12345001"),
    "needs_help": ("Who needs help", "rollator"),
    "meeting_place": ("Where we meet", "Bij de speeltuin op de hoek"),
}


def card_text(qapp: QApplication, tmp_path: Path, household: Household, contact_id: int | None,
              share: str) -> tuple[str, Path, int]:
    for contact in household.contacts:
        if contact.id == contact_id:
            contact.card_share = share
    path = tmp_path / f"card-{share or 'none'}.pdf"
    pages = write_pdf(build(household, contact_id, PrintOptions(today=TODAY, next_check=NEVER)), path)
    return flat(pdf_text(path)), path, pages


def test_only_names(qapp, tmp_path: Path):
    text, path, pages = card_text(qapp, tmp_path, demo_household(), FATIMA, "names")
    assert_a4_pages(path, pages)
    assert_font_embedded(path)
    assert "Neighbour card for Fatima el Amrani" in text
    assert "In an emergency: 112" in text
    assert "You look in on Oma Riet" in text
    assert "Sanne de Vries" in text and "Oma Riet" in text
    assert not re.search(r"\b0[1-9]\d? ?\d{3}", text), "no phone number"
    for word in ("rollator", "Hoort slecht", "Needs help", "Who needs help", "Metoprolol", "Insuline"):
        assert word not in text


def test_all_four(qapp, tmp_path: Path):
    text, _, _ = card_text(qapp, tmp_path, demo_household(), FATIMA, ",".join(CARD_FIELDS))
    for heading, words in SHOWS.values():
        assert heading in text and words in text
    assert "Sanne de Vries: 06 12345001" in text
    assert "Oma Riet: Loopt met een rollator" in text
    assert "Near the house: Bij de speeltuin op de hoek" in text
    for medicine in ("Metoprolol", "Insuline", "Adrenalinepen"):  # never medicines
        assert medicine not in text


@pytest.mark.parametrize("left_out", CARD_FIELDS)
def test_a_part_not_chosen_never_appears(qapp, tmp_path: Path, left_out: str):
    share = ",".join(name for name in CARD_FIELDS if name != left_out)
    text, _, _ = card_text(qapp, tmp_path, demo_household(), FATIMA, share)
    for name, (heading, words) in SHOWS.items():
        if name == left_out:
            assert heading not in text and words not in text, name
        elif not (name == "names" and left_out != "names"):
            assert words in text, name
    if left_out == "names":  # no name anywhere, also not with the help, phones or agreement
        for member in demo_household().members:
            assert member.name not in text
        assert "You look in on us" in text
        assert "Someone in the house: Loopt met een rollator" in text


def test_who_looks_in_on_whom_both_ways(qapp, tmp_path: Path):
    text, _, _ = card_text(qapp, tmp_path, demo_household(), BAKKER, "names")
    assert "Mark de Vries looks in on you" in text
    text, _, _ = card_text(qapp, tmp_path, demo_household(), BAKKER, "phones")
    assert "We look in on you" in text and "Mark de Vries" not in text


def test_one_person_speaks_as_one(qapp, tmp_path: Path):
    household = demo_household()
    household.members = household.members[4:]  # Oma Riet alone
    household.checks = [check for check in household.checks if check.member_id == 5]
    text, _, _ = card_text(qapp, tmp_path, household, FATIMA, "phones,needs_help")
    assert "You look in on me" in text and "My phone number" in text and "The help I need" in text
    assert "Someone in the house" not in text and "Oma Riet" not in text


def test_an_empty_household_prints_a_sensible_card(qapp, tmp_path: Path):
    household = Household(contacts=[Contact(1, "Buurvrouw Els", "neighbour")])
    text, path, pages = card_text(qapp, tmp_path, household, 1, ",".join(CARD_FIELDS))
    assert pages == 1
    assert_a4_pages(path, 1)
    assert "Neighbour card for Buurvrouw Els" in text and "112" in text
    assert "____" in text  # lines to write on under each chosen part
    assert "None" not in text
    text, _, pages = card_text(qapp, tmp_path, Household(), None, "")
    assert pages == 1 and "112" in text


def test_two_copies_when_short_and_text_never_under_twelve_points(qapp, tmp_path: Path):
    _, path, _ = card_text(qapp, tmp_path, demo_household(), FATIMA, "names")
    assert flat(pdf_text(path)).count("Neighbour card for Fatima el Amrani") == 2
    household = long_household()
    household.contacts[0].category = "neighbour"
    text, path, pages = card_text(qapp, tmp_path, household, 1, ",".join(CARD_FIELDS))
    assert_a4_pages(path, pages)
    for member in household.members:
        assert member.name in text and member.phone.replace("-", " ")[:5] in text
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    heights = [float(b) - float(a) for a, b in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', out)]
    # the footer and the note are 12 pt; the card's text 12 pt or more (box = 1.24 × size)
    assert min(heights) >= 12 * 1.2


def test_the_size_shrinks_before_a_second_page(qapp):
    card = NeighbourCard(demo_household(), FATIMA, PrintOptions(today=TODAY, next_check=NEVER))
    assert card.fitted(480, (300, 700)) is not None


def test_oxygen_in_the_house_is_on_the_card_when_help_is_shared(qapp, tmp_path: Path):
    """A neighbour who checks on someone must know there is oxygen (no open fire, FACTS 6.1): the
    device on the household page is named with the help, only when that part was chosen."""
    from app.core.records import Device

    household = demo_household()
    household.devices.append(Device(9, 5, "oxygen_concentrator", "Zuurstofconcentrator", battery_hours=4,
                                    supplier="Vivisol", supplier_phone="0800-0200300"))
    text, _, _ = card_text(qapp, tmp_path, household, FATIMA, "needs_help")
    assert "Zuurstofconcentrator" in text
    assert "Vivisol" not in text and "0800" not in text  # the card says what, not whom to call
    without, _, _ = card_text(qapp, tmp_path, household, FATIMA, "names")
    assert "Zuurstofconcentrator" not in without
