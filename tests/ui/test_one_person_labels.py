"""A household of one is addressed as one person on every page (issue 18, words right): no
"we", "ons", "onze" or "jullie" in the labels, headings, buttons and accessible names for a
household of one; nothing says "jullie" before anyone is filled in; and the words follow the
household's size when it changes."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from app.core.demo import demo_household, demo_stock
from app.core.household import Household
from tests.report.test_one_person import alone

TODAY = dt.date(2026, 3, 1)
WE = re.compile(r"\b(?:we|ons|onze|jullie)\b", re.IGNORECASE)
JULLIE = re.compile(r"\bjullie\b", re.IGNORECASE)


def page_words(page: QWidget) -> list[str]:
    """The words a page shows and names: labels, buttons and every widget's accessible name
    and description (form labels, headings, hints), in all its sections."""
    words: list[str] = []
    for widget in [page, *page.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QAbstractButton):
            words.append(widget.text())
        words += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
    return [text for text in words if text]


def every_page(window) -> dict[str, list[str]]:
    found = {}
    for name in window.pages:
        window.show_page(name)
        QApplication.processEvents()
        page = window.pages[name][0]
        if hasattr(page, "build_sections"):
            page.build_sections()  # the sections made just after the page shows (issue 20)
        found[name] = page_words(page)
    return found


def test_a_household_of_one_hears_no_we_or_jullie(launcher) -> None:
    from app.content.chapters import chapters

    window = launcher.start_demo(TODAY)
    launcher.paraat.session.replace_all(alone(), demo_stock(TODAY))
    pages = every_page(window)
    # A chapter's title is the booklet's name for it ("Samen staan we sterker": all of us, not
    # this household); the print page offers the chapters by it
    titles = {chapter.title for chapter in chapters("nl")}
    wrong = {name: [text for text in words if WE.search(text) and text not in titles]
             for name, words in pages.items()}
    assert {name: texts for name, texts in wrong.items() if texts} == {}
    everything = "\n".join(text for words in pages.values() for text in words)
    for words in ("Jouw huishouden", "Waar spreek je af?", "Plek om te slapen als je niet naar huis kunt",
                  "Wat doe je als…", "Waar staat je water? Hoe gebruik je de wc?",
                  "Wat je leerde van het oefenen", "Heeft een reservesleutel van je huis"):
        assert words in everything, words


def test_nobody_filled_in_is_never_jullie(launcher) -> None:
    window = launcher.start(language="nl")
    launcher.paraat.session.replace_all(Household(), [])
    pages = every_page(window)
    wrong = {name: [text for text in words if JULLIE.search(text)] for name, words in pages.items()}
    assert {name: texts for name, texts in wrong.items() if texts} == {}
    overview = "\n".join(pages["overview"])
    assert "Je huishouden" in overview and "Stap 1: Je noodpakket" in overview


def test_the_words_follow_the_household_size(launcher) -> None:
    window = launcher.start_demo(TODAY)
    session = launcher.paraat.session
    plan, household = window.pages["plan"][0], window.pages["household"][0]
    assert plan.meet_heading.text() == "Waar spreken we af?"
    assert household.title.text() == "Ons huishouden"
    session.replace_all(alone(), demo_stock(TODAY))
    assert plan.meet_heading.text() == "Waar spreek je af?"
    assert household.title.text() == "Jouw huishouden"
    assert plan.stay_form.editors["stay_place"].accessibleName() == "Plek om te slapen als je niet naar huis kunt"
    assert window.pages["together"][0].contact_form.editors["spare_key"].text() == "Heeft een reservesleutel van je huis"
    session.replace_all(demo_household(), demo_stock(TODAY))  # more people again: "we"
    assert household.title.text() == "Ons huishouden"
    assert plan.meet_heading.text() == "Waar spreken we af?"
    assert plan.stay_form.editors["stay_place"].accessibleName() == "Plek om te slapen als we niet naar huis kunnen"
    assert window.pages["together"][0].contact_form.editors["spare_key"].text() == "Heeft een reservesleutel van ons huis"
