"""Issue 20: the information page's first show works out no timeline (the kit report over the
whole stock); the timeline is made when its section opens, by a link, or just after the page
shows, and then reads as on a page made at once, with every change made meanwhile."""

from __future__ import annotations

from app.ui.common.session import Session
from app.ui.info.info_page import InfoPage


def _page(qtbot, session: Session) -> InfoPage:
    page = InfoPage(session)
    qtbot.addWidget(page)
    return page


def test_the_timeline_waits_and_then_shows_what_it_shows_at_once(qtbot, demo: Session, monkeypatch) -> None:
    reports: list[int] = []
    report = Session.kit_report
    monkeypatch.setattr(Session, "kit_report", lambda self: reports.append(1) or report(self))
    page = _page(qtbot, demo)
    assert not page.is_made(page.TIMELINE)
    assert page.browser.toPlainText()  # the first chapter is there
    member = demo.household().members[0]
    demo.set_field("member", member.id, "name", "Opa Willem")  # a change while it waits
    assert reports == [], "the first show worked out the kit report for a timeline not shown"
    page.show()
    qtbot.waitUntil(lambda: page.sections_waiting() == 0)
    assert reports
    at_once = _page(qtbot, demo)
    at_once.build_sections()
    assert page.timeline.toPlainText() == at_once.timeline.toPlainText()
    assert "Voor" in page.timeline.toPlainText() or "For" in page.timeline.toPlainText()


def test_a_link_to_the_timeline_makes_and_opens_it(qtbot, demo: Session) -> None:
    page = _page(qtbot, demo)
    assert page.focus_target("timeline")
    assert page.tabs.currentIndex() == page.TIMELINE
    assert page.timeline.toPlainText()
