"""With oxygen in the house, nothing Paraat shows or prints advises an open flame (FACTS 6.1).

The household is the demo with Oma Riet on an oxygen concentrator (conftest.oxygen_household).
Every printed document is read back with pdftotext, and every text the window shows from content
(the timeline, the chapters, the practice evening, the kit list and its hints) is read as data.
A sentence may name candles, matches, a gas cooker or smoking only to say *not* to use them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.content.chapters import chapters, household_flags
from app.content.practice import practice_script
from app.content.timeline import personal_timeline
from app.core.check import next_check_of
from app.core.household import Household
from app.core.kit import answers, requirements
from app.core.records import Medicine, Stock
from app.core.supplies import kit_report
from app.report.builders import DOCUMENTS, build_document
from app.report.document import PrintOptions, write_pdf
from tests.report.conftest import HOUSEHOLDS, TODAY, flat, pdf_text

FLAME = re.compile(r"kaars|kaarsen|waxinelicht|lucifer|gasfornuis|gasstel|aansteker|sigaret|\brook\b|"
                   r"\broken\b|candle|tealight|match(es)?\b|gas (stove|cooker|hob)|lighter|smok",
                   re.IGNORECASE)
NOT = re.compile(r"\b(geen|niet|nooit|no|not|never|don't|do not)\b", re.IGNORECASE)


def flame_advice(text: str) -> list[str]:
    """The sentences of ``text`` that name an open flame without saying not to use it."""
    sentences = re.split(r"(?<=[.!?:;])\s+|\n+|•", text)
    return [sentence.strip() for sentence in sentences if FLAME.search(sentence) and not NOT.search(sentence)]



def _oxygen(where: str) -> tuple[Household, list[Stock]]:
    """The demo with oxygen said in one place: a device, a medicine, or words in a member's
    mobility field or the home's notes ("O₂" too)."""
    if where == "device":
        return HOUSEHOLDS["oxygen"]()
    household, stock = HOUSEHOLDS["demo"]()
    oma = household.members[4]
    if where == "medicine":
        household.medicines.append(Medicine(9, oma.id or 0, "Zuurstof 2 l/min", per_day=1, in_stock=30))
    elif where == "mobility":
        oma.mobility = "Rollator; gebruikt zuurstof bij inspanning"
    elif where == "sensory":
        oma.devices = "O₂-concentrator"
    elif where == "home":
        household.home.notes = "Er staat een zuurstofapparaat in de woonkamer."
    return household, stock


PLACES = ("device", "medicine", "mobility", "sensory", "home")


@pytest.mark.parametrize("kind", DOCUMENTS)
@pytest.mark.parametrize("medical", [False, True])
@pytest.mark.parametrize("where", PLACES)
def test_no_printed_document_advises_an_open_flame(dutch, tmp_path: Path, kind: str, medical: bool,
                                                   where: str) -> None:
    household, stock = _oxygen(where)
    report = kit_report(household, stock, TODAY, 72, None)
    options = PrintOptions(today=TODAY, next_check=next_check_of(report), include_medical=medical)
    path = tmp_path / f"{kind}.pdf"
    write_pdf(build_document(kind, household, stock, report, options), path)
    assert flame_advice(flat(pdf_text(path))) == []


def test_the_same_documents_without_oxygen_do_name_candles(dutch, tmp_path: Path) -> None:
    """The check can fail: the demo household (no oxygen) is advised candles on paper."""
    household, stock = HOUSEHOLDS["demo"]()
    report = kit_report(household, stock, TODAY, 72, None)
    options = PrintOptions(today=TODAY, next_check=next_check_of(report))
    found = []
    for kind in ("checklist", "practice", "fridge"):
        path = tmp_path / f"{kind}.pdf"
        write_pdf(build_document(kind, household, stock, report, options), path)
        found += flame_advice(flat(pdf_text(path)))
    assert found


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("where", PLACES)
def test_no_screen_content_advises_an_open_flame(language: str, where: str) -> None:
    household, stock = _oxygen(where)
    texts: list[str] = []
    for step in personal_timeline(household, stock, TODAY, language):
        texts += [step.title, step.what_happens]
        texts += [line.text for line in (*step.for_you, *step.actions)]
    texts += [chapter.markdown for chapter in chapters(language, TODAY, household_flags(household))]
    script = practice_script(household, stock, language)
    texts += [line.text for step in script.steps for line in step.lines]
    known = answers(household)
    for requirement in requirements(household):
        texts += [requirement.item.label(language), requirement.item.hint(language, known)]
    advice = [sentence for text in texts for sentence in flame_advice(text)]
    assert advice == []
    assert not any(req.item.id == "candles" for req in requirements(household))
