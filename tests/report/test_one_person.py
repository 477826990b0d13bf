"""A household of one is addressed as one person (issue 18, "Words right"): Dutch says "je",
never "jullie", on screen (timeline, practice evening, chapters) and on every paper; a
household of more people keeps "jullie" where the text speaks to all of them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.content.chapters import chapters, household_flags
from app.content.formats import address
from app.content.practice import practice_outcome, practice_script
from app.content.timeline import personal_timeline
from app.core.demo import demo_household, demo_stock
from app.core.household import Household
from app.storage.repository import Repository
from tests.report.conftest import pdf_text

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 3, 1)
JULLIE = re.compile(r"\b(?:jullie|julie)\b", re.IGNORECASE)
KINDS = ("plan", "fridge", "wallet", "checklist", "shopping", "practice")


def alone() -> Household:
    """The demo's Oma Riet living alone, with her medicines and devices, the demo's home,
    contacts and meeting places."""
    household = demo_household()
    riet = next(member for member in household.members if member.name == "Oma Riet")
    return dataclasses.replace(
        household, members=[riet],
        medicines=[m for m in household.medicines if m.member_id == riet.id],
        devices=[d for d in household.devices if d.member_id == riet.id],
        checks=[c for c in household.checks if c.member_id in (None, riet.id)],
        pickups=[], care=[])


def screen_texts(household: Household) -> str:
    """Everything the guidance says to this household on screen, in Dutch."""
    parts: list[str] = []
    for step in personal_timeline(household, demo_stock(TODAY), TODAY, "nl"):
        parts += [step.title, step.what_happens, *(line.text for line in step.for_you + step.actions)]
    script = practice_script(household, demo_stock(TODAY), "nl")
    parts += [script.title, script.intro]
    for script_step in script.steps:
        parts += [script_step.title, *(line.text for line in script_step.lines)]
    for question in script.questions:
        parts += [question.text, question.screen, question.paper]
    parts += [item.markdown for item in chapters("nl", TODAY, household_flags(household))]
    parts.append(practice_outcome("", "Het was koud.", "Meer dekens.", TODAY, "nl",
                                  persons=len(household.members)).note)
    return "\n".join(parts)


def test_the_switch_picks_the_form():
    assert address("{Jullie|Je} water, {jullie hebben|je hebt}", 1) == "Je water, je hebt"
    assert address("{Jullie|Je} water, {jullie hebben|je hebt}", 2) == "Jullie water, jullie hebben"
    assert address("{Jullie|Je} water", 0) == "Je water"  # nobody filled in yet: neutral
    assert address("Voor {people}.", 1) == "Voor {people}."  # a placeholder is no switch


def test_one_person_is_never_jullie_on_screen():
    text = screen_texts(alone())
    assert "Wat spreek je nu af?" in text
    assert "Je regionale omroep" in text or "je regio" in text
    assert JULLIE.findall(text) == [], [line for line in text.splitlines() if JULLIE.search(line)][:5]


def test_more_people_keep_jullie_on_screen():
    text = screen_texts(demo_household())
    assert "Wat spreken jullie nu af?" in text
    assert len(JULLIE.findall(text)) >= 5


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env=env)


@pytest.mark.parametrize("household, expect_jullie", [(alone, False), (demo_household, True)],
                         ids=["one person", "five people"])
def test_papers_address_the_household_rightly(tmp_path, household, expect_jullie):
    folder = tmp_path / "data"
    repository = Repository.open(folder / "paraat.sqlite3")
    repository.replace_all(household(), demo_stock(dt.date.today()))
    repository.close()
    found: dict[str, list[str]] = {}
    texts: dict[str, str] = {}
    for kind in KINDS:
        target = tmp_path / f"{kind}.pdf"
        result = _cli("--data-dir", str(folder), "--lang", "nl", "export-pdf", kind, str(target))
        assert result.returncode == 0, result.stderr
        text = " ".join(pdf_text(target).split())
        texts[kind] = text
        found[kind] = JULLIE.findall(text)
    if expect_jullie:
        assert found["practice"], "the practice script for five people says 'jullie'"
    else:
        assert found == dict.fromkeys(KINDS, [])
    # the paper speaks for the household: "we" for several people, "ik" for one
    we = ("Ons noodplan", "Waar we elkaar treffen")
    me = ("Mijn noodplan", "Waar ik anderen tref")
    expected, absent = (we, me) if expect_jullie else (me, we)
    for words in expected:
        assert words in texts["plan"]
    for words in absent:
        assert words not in texts["plan"]
    assert ("Waar we elkaar treffen" if expect_jullie else "Waar ik anderen tref") in texts["fridge"]
