"""Issue 20: the plan page's first show makes its first section only; the other seven (the
practice evening reads the whole stock) are made when opened or just after the page shows,
and then read as on a page made at once, also after the household changed meanwhile."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.core.household import Household
from app.core.records import Member
from app.ui.common.session import Session
from app.ui.plan.plan_page import PlanPage
from app.words.counts import plan_labels


def _page(qtbot, session: Session) -> PlanPage:
    page = PlanPage(session)
    qtbot.addWidget(page)
    return page


def _texts(page: PlanPage) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel)]


def test_the_first_show_makes_the_first_section_and_the_rest_after_it(qtbot, demo: Session) -> None:
    page = _page(qtbot, demo)
    assert [page.is_made(index) for index in range(page.tabs.count())] == [True] + [False] * 7
    page.show()
    qtbot.waitUntil(lambda: page.sections_waiting() == 0)
    assert page.practice.script().steps  # the practice evening is there, for this household
    at_once = _page(qtbot, demo)
    at_once.build_sections()
    assert _texts(page) == _texts(at_once)


def test_a_section_made_after_the_household_shrank_to_one_says_you(qtbot, demo: Session) -> None:
    page = _page(qtbot, demo)
    demo.replace_all(Household(members=[Member(name="Riet", age_group="senior")]), [])
    page.tabs.setCurrentIndex(page.HELP_POINTS)
    assert page.help_points_heading.text() == "Where do you go when nothing works?"
    page.tabs.setCurrentIndex(page.AGREEMENTS)
    at_once = _page(qtbot, demo)
    at_once.build_sections()
    assert page.agreements_hint.text() == at_once.agreements_hint.text()
    assert page.agreements_heading.text() == at_once.agreements_heading.text() == plan_labels(1)["agreements"]
    assert plan_labels(1)["agreements"] != plan_labels(3)["agreements"]
    for scenario_id, form in page.scenario_forms.items():
        assert form.editors["agreement"].accessibleName() == at_once.scenario_forms[scenario_id].editors["agreement"].accessibleName()


def test_a_link_into_a_waiting_section_opens_it(qtbot, demo: Session) -> None:
    page = _page(qtbot, demo)
    assert page.focus_target("documents")
    assert page.tabs.currentIndex() == page.DOCUMENTS


def test_a_new_window_selects_the_kept_record_in_a_section_made_later(qtbot, demo: Session) -> None:
    page = _page(qtbot, demo)
    documents = demo.household().documents
    kept = documents[-1].id
    page.keep_records({"document.table": kept})  # as keep_place does after Ctrl+minus
    page.tabs.setCurrentIndex(page.DOCUMENTS)
    assert page.documents.selected_id() == kept != documents[0].id
