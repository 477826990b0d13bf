"""A new day while the window stays open (issue 20 review): what is past its date, the kit's
state and the shopping list follow the day, not the moment the pages were built."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

TODAY = dt.date(2026, 3, 1)


def test_the_pages_follow_a_new_day(launcher) -> None:
    window = launcher.start_demo(TODAY)
    session = launcher.paraat.session
    window.pages.build_all()
    before = len(session.kit_report().expiry.expired)
    label_before = window.kit.expiring_label.text()
    session.check_day()  # the test's clock replaced the real one after the window looked
    seen: list[str] = []
    session.changed.connect(seen.append)
    assert not session.check_day()  # the same day: nothing happens
    assert seen == []
    session.clock = lambda: TODAY + dt.timedelta(days=400)
    window.show_page("kit")  # opening a page on a new day looks at the date
    QApplication.processEvents()
    assert seen == ["*"]
    after = session.kit_report().expiry.expired
    assert len(after) > before
    assert window.kit.expiring_label.text() != label_before  # the kit page says the new count
    assert not session.check_day()  # said once per day


def test_a_timer_looks_at_the_date_once_a_minute(launcher) -> None:
    launcher.start_demo(TODAY)
    session = launcher.paraat.session
    session.check_day()
    assert session._day_timer.isActive() and session._day_timer.interval() == 60_000
    session.clock = lambda: TODAY + dt.timedelta(days=1)
    seen: list[str] = []
    session.changed.connect(seen.append)
    session._day_timer.timeout.emit()
    assert seen == ["*"]


def test_a_session_whose_file_was_closed_stops_looking(qapp, tmp_path) -> None:
    """A replaced or erased household's session must not reload pages on a closed file."""
    from app.storage.repository import Repository
    from app.ui.common.session import Session

    session = Session(Repository.open(tmp_path / "paraat.sqlite3"))
    session.clock = lambda: TODAY
    session.check_day()
    seen: list[str] = []
    session.changed.connect(seen.append)
    session.repository.close()
    session.clock = lambda: TODAY + dt.timedelta(days=1)
    assert not session.check_day()
    assert seen == [] and not session._day_timer.isActive()
    session.deleteLater()


def test_back_at_the_window_on_a_new_day_looks_at_once(launcher, qapp) -> None:
    from PySide6.QtCore import Qt

    launcher.start_demo(TODAY)
    session = launcher.paraat.session
    session.check_day()
    seen: list[str] = []
    session.changed.connect(seen.append)
    session.clock = lambda: TODAY + dt.timedelta(days=1)
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert seen == ["*"]


def test_the_print_preview_is_made_again_on_a_new_day(launcher, qtbot) -> None:
    window = launcher.start_demo(TODAY)
    session = launcher.paraat.session
    window.show_page("print")
    page = window.print_page
    qtbot.waitUntil(lambda: page.builds >= 1 and not page.stale)
    built = page.builds
    window.show_page("kit")
    session.clock = lambda: TODAY + dt.timedelta(days=1)
    window.show_page("print")
    qtbot.waitUntil(lambda: page.builds > built)
    assert not page.stale
