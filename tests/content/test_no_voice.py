"""Reaching 112 without your voice: the chapter text (FACTS 6.6) and the short lines for the
fridge sheet and the wallet card of someone who hears or speaks badly."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.content.chapters import chapter, chapter_sources
from app.content.no_voice import (
    NoVoiceLine,
    fridge_no_voice_line,
    members_who_need_it,
    no_voice_line,
    speaks_of_hearing,
    wallet_no_voice_line,
)
from app.content.sources import resolve
from app.core.demo import demo_household
from app.core.household import Household
from app.core.records import Home, Member

TODAY = dt.date(2026, 12, 4)
EMERGENCY = "112"


def section(markdown: str, heading: str) -> str:
    start = markdown.index(f"## {heading}")
    end = markdown.find("\n## ", start + 1)
    return markdown[start:end if end > 0 else None]


def test_the_information_chapter_explains_every_way_and_dates_each():
    text = section(chapter("nl", "08-informatie", TODAY).markdown, "112 als horen of praten moeilijk is")
    # Every source is more than a year old on TODAY, so each date says it may have changed.
    for fact, date in [
        ("Zet de app 112NL op je telefoon.", "(stand: januari 2022; dit kan nu anders zijn)"),
        ("Dan kan de centralist een chat met je beginnen. Je kunt de chat niet zelf beginnen.", ""),
        ("De app geeft ook door waar je bent, als je dat goed vindt.", "(stand: januari 2022; dit kan nu anders zijn)"),
        ("Daarin zit een knop voor 112.", "(stand: april 2020; dit kan nu anders zijn)"),
        ("De tolken gebarentaal werken elke dag van 7.00 tot 20.00 uur.", "(bron zonder datum; dit kan nu anders zijn)"),
        ("Een sms naar 112 werkt niet.", "(stand: juni 2011; dit kan nu anders zijn)"),
        ("Dan wordt de verbinding verbroken. Dat is de regel.", "(stand: maart 2022; dit kan nu anders zijn)"),
    ]:
        assert fact in text
        assert date in text
    english = section(chapter("en", "08-informatie", TODAY).markdown, "112 when hearing or speaking is hard")
    assert "Put the 112NL app on your phone." in english and "A text message to 112 does not work." in english
    assert "from 07:00 to 20:00" in english and "the call is ended" in english


def test_the_section_and_the_paying_section_name_fact_6_6():
    sources = chapter_sources("08-informatie")
    sections = chapter("nl", "08-informatie", TODAY).sections
    assert sources.sections[sections.index("112 als horen of praten moeilijk is")] == ("FACTS 6.6",)
    assert "A text message to 112 does not work." in chapter("en", "09-situaties", TODAY).markdown


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_short_lines(language):
    fridge = no_voice_line("fridge", language, TODAY)
    wallet = no_voice_line("wallet", language, TODAY)
    assert fridge.facts == wallet.facts == ("FACTS 6.6",)
    assert all(resolve(key) for key in fridge.facts)
    assert "112NL" in fridge.text and "Tolkcontact" in fridge.text and "{" not in fridge.text
    assert len(wallet.text) < len(fridge.text) <= 200
    assert len(wallet.text) <= 90  # one or two lines on a card
    # The oldest source (SMS to 112, June 2011) is more than a year old: the line says so.
    stand = ("(stand: 2011–2022; dit kan nu anders zijn)" if language == "nl"
             else "(as of 2011–2022; this may have changed)")
    assert fridge.full == f"{fridge.text} {stand}" and wallet.full.endswith(stand)
    assert (EMERGENCY + " zonder praten" if language == "nl" else EMERGENCY + " without speaking") in wallet.text


@pytest.mark.parametrize(("words", "needs"), [
    ("Hoort slecht; hoorapparaat met batterijen", True),
    ("slechthorend", True), ("Doof sinds geboorte", True), ("CI aan links", True),
    ("Deaf, uses sign language", True), ("hard of hearing", True), ("spraak: afasie na beroerte", True),
    ("Ziet slecht, bril", False), ("afspraak bij de huisarts", False), ("", False),
])
def test_who_speaks_of_hearing(words, needs):
    assert speaks_of_hearing(Member(name="X", sensory=words)) is needs


def test_the_member_named_gets_the_line_on_their_card_and_the_fridge_gets_it():
    household = demo_household()  # Oma Riet "hoort slecht"; the home has hearing aids
    needing = members_who_need_it(household)
    assert [member.name for member in needing] == ["Oma Riet"]
    others = [member for member in household.members if member not in needing]
    assert wallet_no_voice_line(household, needing[0], "nl") == no_voice_line("wallet", "nl").full
    assert others and all(wallet_no_voice_line(household, member, "nl") is None for member in others)
    assert fridge_no_voice_line(household, "en") == no_voice_line("fridge", "en").full


def test_hearing_aids_without_a_name_put_it_on_the_fridge_sheet_only():
    """The home's "yes" does not say whose card it belongs on; a second card for everyone would
    crowd every wallet."""
    household = Household(home=Home(id=1, hearing_aids="yes"),
                          members=[Member(id=1, name="A"), Member(id=2, name="B")])
    assert members_who_need_it(household) == []
    assert not any(wallet_no_voice_line(household, member, "nl") for member in household.members)
    assert fridge_no_voice_line(household, "nl")


def test_nobody_with_a_hearing_need_gets_no_line():
    household = demo_household()
    household = dataclasses.replace(
        household, home=dataclasses.replace(household.home, hearing_aids="no"),
        members=[dataclasses.replace(member, sensory="", notes="") for member in household.members])
    assert members_who_need_it(household) == []
    assert fridge_no_voice_line(household, "nl") is None
    assert all(wallet_no_voice_line(household, member, "nl") is None for member in household.members)


@pytest.mark.parametrize("words", ["Hoort heel slecht", "Hoort erg slecht", "Hardhorend", "hoort bijna niets",
                                   "Hoort niks", "Kan niet goed praten na beroerte", "Doof", "Slechthorend"])
def test_common_ways_of_saying_someone_hears_or_speaks_badly(words: str) -> None:
    assert speaks_of_hearing(Member(id=1, name="Riet", sensory=words))


def test_seeing_badly_is_not_hearing_badly() -> None:
    assert not speaks_of_hearing(Member(id=1, name="Riet", sensory="Ziet slecht; leesbril"))


@pytest.mark.parametrize(("language", "today", "expected"), [
    ("nl", dt.date(2027, 1, 31), "(stand: 2026)"),
    ("nl", dt.date(2027, 2, 1), "(stand: 2026; dit kan nu anders zijn)"),
    ("en", dt.date(2027, 1, 31), "(as of 2026)"),
    ("en", dt.date(2027, 2, 1), "(as of 2026; this may have changed)"),
])
def test_a_line_says_it_may_have_changed_a_year_after_its_oldest_source(language, today, expected):
    """The same rule as the chapters and the timeline: 12 months after the source's month."""
    line = NoVoiceLine("Bel 112.", ("FACTS 6.6",), ("2026-02",), language, today)
    assert line.as_of_text == expected and line.full == f"Bel 112. {expected}"
    older = dataclasses.replace(line, as_of=("2026-02", "2025-12"))
    assert older.may_have_changed is (today >= dt.date(2026, 12, 1))


def test_the_fridge_and_wallet_lines_take_the_day_of_printing():
    member = Member(1, 1, "Kees", "senior", sensory="slechthorend")
    household = Household(members=[member])
    for line in (fridge_no_voice_line(household, "nl", TODAY), wallet_no_voice_line(household, member, "nl", TODAY)):
        assert line is not None and line.endswith("(stand: 2011–2022; dit kan nu anders zijn)")
    # Without a day the computer's date is used: the 2011 source is old on any day from now on.
    assert (fridge_no_voice_line(household, "en") or "").endswith("(as of 2011–2022; this may have changed)")
