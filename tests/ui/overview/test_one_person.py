"""A household of one is addressed as one person: "Jouw huishouden", "je water", "Niet nodig
voor mij…", never "jullie" (issue 18); a household of two keeps "jullie"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from app.core.demo import demo_stock
from app.core.household import Household
from app.core.kit import catalogue
from app.core.records import Member
from app.ui.common.session import Session
from app.ui.info.info_page import InfoPage
from app.ui.kit.kit_page import KitPage
from app.ui.kit.not_needed_dialog import NotNeededDialog
from app.ui.overview.overview_page import OverviewPage
from app.ui.plan.plan_page import PlanPage
from app.words.i18n import Translations

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    Translations(qapp).use("nl")
    yield
    Translations(qapp).use("en")


def _household(session: Session, names: list[str]) -> None:
    session.clock = lambda: TODAY
    members = [Member(name=name, age_group="senior") for name in names]
    session.replace_all(Household(members=members), demo_stock(TODAY))


def _texts(qtbot, session: Session) -> str:
    """Every visible text of the overview, the kit page, the plan page and the timeline."""
    overview, kit, plan, info = OverviewPage(session), KitPage(session), PlanPage(session), InfoPage(session)
    for page in (overview, kit, plan, info):
        qtbot.addWidget(page)
    for tabbed in (kit, plan, info):
        tabbed.build_sections()  # every section, also those made when first opened (issue 20)
    kit._show_not_needed_state(None)  # the button's words before a row is chosen
    parts = [label.text() for page in (overview, kit, plan) for label in page.findChildren(QLabel)]
    parts += [button.text() for button in kit.findChildren(QPushButton)]
    parts += [button.toolTip() for button in kit.findChildren(QPushButton)]
    parts.append(info.timeline.toPlainText())
    return "\n".join(parts)


def test_a_household_of_one_is_je_not_jullie(qtbot, session: Session, dutch: None) -> None:
    _household(session, ["Riet"])
    text = _texts(qtbot, session)
    assert "Jouw huishouden" in text
    assert "Stap 1: Je noodpakket" in text and "Stap 2: Je noodplan" in text
    assert "1 persoon: " in text
    assert "Je water is genoeg voor" in text
    assert "Voor jou:" in text  # the power-cut timeline
    assert "Niet nodig voor mij…" in text and "Zeg dat je dit niet nodig hebt, en waarom." in text
    assert "Schrijf in een paar woorden op wat je per situatie hebt afgesproken." in text
    for many in ("Jullie huishouden", "Jullie noodpakket", "Jullie noodplan", "jullie water",
                 "Voor jullie huishouden", "wat jullie per situatie", "Niet nodig voor ons",
                 "Zeg dat jullie", "voor jullie huishouden", "personen: "):
        assert many not in text, many
    # Left for the guidance data (resources/guidance/practice.toml, timeline.toml): a few of
    # their lines still say "jullie"; they have no one-person form yet.
    dialog = NotNeededDialog(catalogue().item("water"), "Kaarsen", persons=1)
    qtbot.addWidget(dialog)
    assert dialog.question.text() == "Waarom heb je “Kaarsen” niet nodig?"


def test_a_household_of_two_is_jullie(qtbot, session: Session, dutch: None) -> None:
    _household(session, ["Riet", "Kees"])
    text = _texts(qtbot, session)
    assert "Jullie huishouden" in text
    assert "Stap 1: Jullie noodpakket" in text
    assert "2 personen: " in text
    assert "Jullie water is genoeg voor" in text
    assert "Voor jullie huishouden:" in text
    assert "Niet nodig voor ons…" in text


def test_english_says_your_to_both(qtbot, session: Session) -> None:
    _household(session, ["Riet"])
    text = _texts(qtbot, session)
    assert "Your household" in text and "Your water lasts" in text and "1 person: " in text
