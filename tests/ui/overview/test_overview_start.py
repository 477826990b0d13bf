"""Issue 20: the overview shows the kit's state at start without reading the stock entries
(the stock's tallies), the same as the kit page shows it; the check of every row follows in
steps and leaves the entries kept for the kit page."""

from __future__ import annotations

import datetime as dt

from app.core.demo import demo_household, demo_stock
from app.core.supplies import expiry_counts
from app.paths import data_location
from app.storage.repository import Repository
from app.words.numbers import format_amount
from tests.conftest import count_whole_table_reads
from tests.perf.households import entry


def test_the_overview_starts_from_tallies_and_shows_what_the_kit_page_shows(launcher, qtbot, monkeypatch):
    today = dt.date.today()
    repository = Repository.open(data_location(launcher.data_dir).database)
    repository.replace_all(demo_household(), demo_stock(today))
    repository.add_many([("stock", entry(n, today, soon=n % 3 == 0)) for n in range(3000)])
    repository.close()

    stock_reads = count_whole_table_reads(monkeypatch, "stock")
    window = launcher.start()
    session = launcher.paraat.session
    assert stock_reads == []  # the overview read tallies, not 3,000 entries
    overview = window.overview
    summary = session.kit_summary()
    assert summary.from_tallies
    shown = (overview.kit_progress.value(), overview.kit_missing.text(), overview.expiry_label.text())

    qtbot.waitUntil(lambda: not window.damage.checking, timeout=10_000)  # the check, in steps
    assert window.damage.isHidden() and session.repository.damaged() == []
    report = session.kit_report()  # the kit page's: every entry
    assert stock_reads == []  # kept by the check after start
    assert expiry_counts(report) == expiry_counts(summary)
    counts = expiry_counts(report)
    assert counts.soon >= 1000
    assert f" {format_amount(counts.soon, group=True)} " in shown[2]  # 1.0xx, as the kit page writes it
    assert format_amount(counts.expired, group=True) in shown[2]
    assert session.readiness(report) == session.readiness(summary)
    overview.refresh()  # now from the full report, which is current
    assert (overview.kit_progress.value(), overview.kit_missing.text(),
            overview.expiry_label.text()) == shown


def test_damage_in_a_stock_entry_is_told_after_start(launcher, qtbot):
    today = dt.date.today()
    repository = Repository.open(data_location(launcher.data_dir).database)
    repository.replace_all(demo_household(), demo_stock(today))
    repository.add_many([("stock", entry(n, today, soon=False)) for n in range(2000)])
    last = repository.connection.execute("SELECT max(id) FROM stock").fetchone()[0]
    repository.connection.execute("UPDATE stock SET notes = 'kapot' WHERE id = ?", (last,))
    repository.close()

    window = launcher.start()
    qtbot.waitUntil(lambda: not window.damage.checking, timeout=10_000)
    assert window.damage.isVisible()
    assert [(r.kind, r.record_id) for r in launcher.paraat.session.repository.damaged()] == [("stock", last)]


def test_the_overview_catches_up_when_shown(launcher, qtbot, monkeypatch):
    """An edit made on another page does not work out the overview for nobody; the overview
    shows it as soon as it is shown again."""
    from app.core.records import Member

    window = launcher.start_demo(dt.date(2026, 11, 28))
    session = launcher.paraat.session
    window.show_page("household")
    refreshed: list[int] = []
    real = window.overview.refresh
    monkeypatch.setattr(window.overview, "refresh", lambda: refreshed.append(1) or real())
    session.add("member", Member(name="Kees", age_group="adult"))
    assert refreshed == []
    window.show_page("overview")
    assert refreshed == [1]
    assert "Kees" in window.overview.household_label.text()
