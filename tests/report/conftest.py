"""Fixtures for the printed documents: a Qt application, households, and PDF readers."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from app.core.check import next_check_of
from app.core.demo import demo_household, demo_stock
from app.core.household import Household
from app.core.records import (
    Contact,
    ContactPhone,
    Device,
    Home,
    MeetingPlace,
    Member,
    Plan,
    Stock,
)
from app.core.supplies import kit_report
from app.report.builders import build_document
from app.report.document import PrintOptions, write_pdf
from app.words.i18n import Translations

TODAY = dt.date(2026, 3, 12)


def long_household() -> Household:
    """12 adults with 60+ character names and 5,000-character notes, and 30 contacts."""
    members = [
        Member(n, n, f"Member{n:02d} Maximiliaan Alexander Theodorus van den Berghe-Hoogeveen",
               "adult", phone=f"06-1234{5100 + n}",
               notes=" ".join(["Lange notitie met veel woorden om de pagina te vullen."] * 90))
        for n in range(1, 13)
    ]
    contacts = [Contact(n, f"Contact{n:02d} Wilhelmina Cornelia Johanna de Groot", "family",
                        address=f"Dorpsstraat {n}") for n in range(1, 31)]
    phones = [ContactPhone(n, n, f"06-1234{6100 + n}", "mobile") for n in range(1, 31)]
    return Household(
        home=Home(address="Lange Laan 1", municipality="Zwolle", broadcaster="rtv_oost",
                  fm_frequency="89.9"),
        members=members, contacts=contacts, phones=phones,
        plan=Plan(contact_name="Oom Kees", contact_phone="06-12347000"),
        meeting_places={"near": MeetingPlace("near", "De grote eik")},
    )


VIVISOL = "0800-0224466"  # the supplier's 24-hour number in the oxygen household


def oxygen_household() -> Household:
    """The demo, with Oma Riet on an oxygen concentrator: 4 h battery and 2 spare cylinders of
    5 h each (14 h after the power fails), supplier Vivisol with its 24-hour number."""
    household = demo_household()
    household.devices.append(Device(
        2, 5, "oxygen_concentrator", "Zuurstofapparaat", battery_hours=4.0, cylinders=2,
        cylinder_hours=5.0, supplier="Vivisol", supplier_phone=VIVISOL,
        when_power_fails="Meteen overschakelen op de fles. Bel Vivisol binnen 2 uur."))
    return household


HOUSEHOLDS: dict[str, Callable[[], tuple[Household, list[Stock]]]] = {
    "demo": lambda: (demo_household(), demo_stock(TODAY)),
    "empty": lambda: (Household(), []),
    "long": lambda: (long_household(), []),
    "oxygen": lambda: (oxygen_household(), demo_stock(TODAY)),
}


@pytest.fixture
def dutch(qapp: QApplication):
    """Print in Dutch, then take the translators away and put the locale back as it was.

    Restoring with ``Translations.use(before)`` is wrong: the test run's locale is Dutch
    (LANGUAGE=nl) with no translator, so "restoring" Dutch would switch every later test to the
    Dutch translation."""
    locale = QLocale()
    Translations(qapp).use("nl")
    yield
    Translations(qapp).use("en")
    QLocale.setDefault(locale)


@pytest.fixture
def english(qapp: QApplication):
    """Print in English (words from tr() and from the content files alike), then put the
    locale back as it was."""
    locale = QLocale()
    Translations(qapp).use("en")
    yield
    QLocale.setDefault(locale)


@pytest.fixture
def render(qapp: QApplication, tmp_path: Path) -> Callable[..., tuple[Path, int]]:
    """render(kind, household_name, large=True) → (pdf path, pages)."""

    def make(kind: str, name: str, large: bool = True) -> tuple[Path, int]:
        household, stock = HOUSEHOLDS[name]()
        report = kit_report(household, stock, TODAY, 72, None)
        options = PrintOptions(today=TODAY, next_check=next_check_of(report), large=large)
        path = tmp_path / f"{kind}-{name}-{large}.pdf"
        pages = write_pdf(build_document(kind, household, stock, report, options), path)
        return path, pages

    return make


def pdf_text(path: Path, layout: bool = False, top_pt: int = 0, raw: bool = False) -> str:
    """The PDF's text; with ``top_pt`` only what lies below that height on each page (the
    page's content area: Qt leaves lines clipped off above the margin in the file); with
    ``raw`` in the order it was drawn (a table cell's wrapped lines stay together, where the
    reading order may put a neighbouring cell's second line between them)."""
    crop = ["-x", "0", "-y", str(top_pt), "-W", "595", "-H", str(842 - top_pt)] if top_pt else []
    mode = ["-layout"] if layout else ["-raw"] if raw else []
    args = ["pdftotext", *mode, *crop, str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    """All whitespace as single spaces, so wrapped lines still match."""
    return re.sub(r"\s+", " ", text)


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {key.strip(): value.strip() for key, _, value in
            (line.partition(":") for line in out.splitlines())}


def page_texts(path: Path) -> list[str]:
    return pdf_text(path, layout=True).split("\f")[:-1]


def assert_a4_pages(path: Path, pages: int) -> None:
    info = pdf_info(path)
    assert info["Pages"] == str(pages)
    assert re.fullmatch(r"595(\.\d+)? x 842(\.\d+)? pts \(A4\)", info["Page size"]), info["Page size"]


def assert_footer_on_every_page(path: Path, pages: int) -> None:
    texts = page_texts(path)
    assert len(texts) == pages
    for number, text in enumerate(texts, 1):
        assert f"Page {number} of {pages}" in text
        assert "Printed on 12-03-2026" in text


def assert_font_embedded(path: Path) -> None:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in out.splitlines()[2:]]
    assert rows, "no fonts in the PDF"
    for row in rows:
        assert row[0].startswith("AtkinsonHyperlegible"), row
        assert row[-5] == "yes", row  # emb
