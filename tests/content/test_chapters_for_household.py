"""Chapters for one household: with oxygen in the house no chapter advises candles, matches, a
gas stove or smoking, and one line says why (FACTS 6.1); search finds the same text."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from app.content.chapters import (
    GuidanceError,
    chapter,
    chapters,
    household_flags,
    keep_lines,
)
from app.content.formats import LANGUAGES
from app.content.search import search
from app.content.text import blocks, sentences
from app.core.demo import demo_household
from app.core.household import Household
from app.core.records import Device, Home, Medicine, Member

TODAY = dt.date(2026, 12, 4)
OXYGEN = frozenset({"oxygen"})
FLAME = re.compile(r"kaars|waxine|lucifer|gasstel|gasfornuis|kookstel|\brook\b|\broken\b|sigaret"
                   r"|candle|tealight|\bmatch(?:es)?\b|gas stove|cooker(?! hood)|\bsmok", re.IGNORECASE)
NOT = re.compile(r"\b(?:geen|niet|nooit|no|not|never|don't)\b", re.IGNORECASE)


def flame_sentences(markdown: str) -> list[str]:
    return [sentence for block in blocks(markdown) for sentence in sentences(block.text)
            if FLAME.search(sentence)]


def with_oxygen() -> Household:
    household = Household(home=Home(id=1), members=[Member(id=1, name="Riet", age_group="senior")])
    household.devices.append(Device(1, 1, "oxygen_concentrator", battery_hours=4, cylinders=2, cylinder_hours=5))
    return household


def test_flags_follow_the_household():
    assert household_flags(Household()) == frozenset()
    assert household_flags(demo_household()) == frozenset()
    assert household_flags(with_oxygen()) == OXYGEN | {"alone"}  # Riet lives alone
    by_medicine = Household(members=[Member(id=1, name="Jan"), Member(id=2, name="Els")],
                            medicines=[Medicine(1, 1, "Zuurstof 2 l/min")])
    assert household_flags(by_medicine) == OXYGEN


@pytest.mark.parametrize("language", LANGUAGES)
def test_with_oxygen_no_chapter_advises_an_open_flame(language):
    for item in chapters(language, TODAY, OXYGEN):
        for sentence in flame_sentences(item.markdown):
            assert NOT.search(sentence), f"{item.id}: {sentence!r}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_without_oxygen_the_candle_advice_is_there_and_the_oxygen_line_is_not(language):
    kit = chapter(language, "03-aan-de-slag", TODAY).markdown
    power = chapter(language, "06-stroom", TODAY).markdown
    candles = "Kaarsen of waxinelichtjes" if language == "nl" else "Candles or tealights"
    assert candles in kit
    assert any(not NOT.search(sentence) for sentence in flame_sentences(kit))  # the check can fail
    assert ("zuurstof" if language == "nl" else "oxygen") not in kit + power


def test_with_oxygen_one_line_says_why():
    kit = chapter("nl", "03-aan-de-slag", TODAY, OXYGEN).markdown
    assert "Kaarsen of waxinelichtjes" not in kit
    assert "Geen kaarsen of lucifers: iemand in jullie huis gebruikt zuurstof." in kit
    assert "vatten kleding, beddengoed en papier heel snel vlam" in kit
    power = chapter("nl", "06-stroom", TODAY, OXYGEN).markdown
    assert "Gebruik kaarsen alleen als het moet" not in power
    assert "Gebruik geen kaarsen, lucifers of gasstel, en rook niet." in power
    english = chapter("en", "06-stroom", TODAY, OXYGEN).markdown
    assert "Do not use candles, matches or a gas stove, and do not smoke." in english
    assert "{" not in kit + power + english  # the marks are gone


def test_the_sections_stay_the_same_with_oxygen():
    for plain, oxygen in zip(chapters("nl", TODAY), chapters("nl", TODAY, OXYGEN), strict=True):
        assert plain.sections == oxygen.sections


def test_search_finds_what_this_household_reads():
    plain = [hit.sentence for hit in search("kaars", "nl", today=TODAY)]
    assert any("Gebruik kaarsen alleen als het moet" in sentence for sentence in plain)
    oxygen = [hit.sentence for hit in search("kaars", "nl", today=TODAY, flags=OXYGEN)]
    assert oxygen and all(NOT.search(sentence) for sentence in oxygen)


def test_line_marks():
    text = "a\n- kaars {unless:oxygen}\n- lamp {only:oxygen}\nb\n"
    assert keep_lines(text, frozenset()) == "a\n- kaars\nb\n"
    assert keep_lines(text, OXYGEN) == "a\n- lamp\nb\n"
    with pytest.raises(GuidanceError, match="gas"):
        keep_lines("- x {unless:gas}\n", frozenset())
