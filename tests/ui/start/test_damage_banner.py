"""The banner for damaged entries: shown when a checksum no longer matches, with real widgets."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.core.demo import demo_household, demo_stock
from app.storage.repository import DamagedRecord, Repository
from app.ui.common.session import Session
from app.ui.start.damage_banner import DamageBanner, damage_text, describe
from tests.ui.helpers import click

TODAY = dt.date(2026, 11, 28)


def damage(repository: Repository, table: str, record_id, assignment: str) -> None:
    """Change a stored row behind the repository's back, as damage on the disk would."""
    repository.connection.execute(f"UPDATE {table} SET {assignment} WHERE id = ?", (record_id,))


def filled(session: Session) -> Session:
    session.repository.replace_all(demo_household(), demo_stock(TODAY))
    return session


def make_banner(qtbot, session: Session) -> DamageBanner:
    banner = DamageBanner(session)
    qtbot.addWidget(banner)
    banner.show()
    qtbot.waitUntil(lambda: not banner.checking)  # the check after start, step by step
    qtbot.waitUntil(lambda: not banner._refresh_due)
    return banner


def test_hidden_when_nothing_is_damaged(qtbot, session) -> None:
    banner = make_banner(qtbot, filled(session))
    assert banner.isHidden()
    assert session.repository.damaged() == []


def test_damage_found_at_start_is_shown_by_name(qtbot, session) -> None:
    filled(session)
    contact = session.repository.list("contact")[0]
    damage(session.repository, "contact", contact.id, "address = 'Nergensweg 0'")
    banner = make_banner(qtbot, session)
    assert banner.isVisible()
    text = banner.text.text()
    assert text.startswith("⚠ ")  # a sign and words, not only a colour
    assert f"“{contact.name}” (contact)" in text
    assert "Restore a backup, or check it." in text
    assert banner.text.accessibleName() == text[2:]
    assert banner.keep_button.text() == "Keep as it is"


def test_damage_found_by_a_later_read_shows_the_banner(qtbot, session) -> None:
    banner = make_banner(qtbot, filled(session))
    assert banner.isHidden()
    pet = session.repository.list("pet")[0]
    damage(session.repository, "pet", pet.id, "count = 9")
    session.repository.list("pet")  # any page reading the pets
    qtbot.waitUntil(banner.isVisible)
    assert f"“{pet.species}” (pet)" in banner.text.text()


def test_go_to_backups_asks_for_the_backups_page(qtbot, session) -> None:
    filled(session)
    damage(session.repository, "home", 1, "address = 'Elders'")
    banner = make_banner(qtbot, session)
    with qtbot.waitSignal(session.navigate_requested) as signal:
        click(qtbot, banner.backups_button)
    assert signal.args == ["backups", ""]
    assert banner.isVisible()  # the warning stays until the damage is dealt with


def test_keep_as_it_is_signs_the_entry_again(qtbot, session) -> None:
    filled(session)
    member = session.repository.list("member")[0]
    damage(session.repository, "member", member.id, "diet = 'Glutxnvrij'")
    banner = make_banner(qtbot, session)
    with qtbot.waitSignal(session.changed) as changed:
        click(qtbot, banner.keep_button)
    assert changed.args == ["member"]
    assert banner.isHidden()
    assert session.repository.damaged() == []
    assert session.repository.verify_all() == []
    assert session.repository.get("member", member.id).diet == "Glutxnvrij"


def test_keep_works_from_the_keyboard_for_several_entries(qtbot, session) -> None:
    filled(session)
    stock = session.repository.list("stock")[:2]
    for entry in stock:
        damage(session.repository, "stock", entry.id, "location = 'ergens'")
    banner = make_banner(qtbot, session)
    assert banner.text.text().startswith("⚠ 2 entries may be damaged: ")
    assert banner.keep_button.text() == "Keep them as they are"
    assert banner.keep_button.accessibleDescription()
    banner.backups_button.setFocus()
    assert banner.backups_button.nextInFocusChain() is banner.keep_button
    banner.keep_button.setFocus()
    qtbot.keyClick(banner.keep_button, Qt.Key.Key_Space)
    qtbot.waitUntil(banner.isHidden)
    assert session.repository.verify_all() == []


def test_close_hides_until_other_damage_is_found(qtbot, session) -> None:
    filled(session)
    documents = session.repository.list("document")
    damage(session.repository, "document", documents[0].id, "number = '?'")
    banner = make_banner(qtbot, session)
    click(qtbot, banner.close_button)
    assert banner.isHidden()
    banner.check_all()
    assert banner.isHidden()  # the same damage: not again in this session
    damage(session.repository, "document", documents[1].id, "number = '!'")
    banner.check_all()
    assert banner.isVisible()
    assert f"“{documents[1].what}”" in banner.text.text()
    assert f"“{documents[0].what}”" not in banner.text.text()


def test_text_names_three_entries_and_counts_the_rest() -> None:
    records = [DamagedRecord("stock", n, f"Fles {n}") for n in range(5)]
    text = damage_text(records)
    assert text.startswith("5 entries may be damaged: ")
    assert "“Fles 2” (emergency kit) and 2 more." in text
    assert "Fles 3" not in text
    assert damage_text([]) == ""
    assert describe(DamagedRecord("role", "gas", "")) == "“Who turns off the gas?” (task)"
    assert describe(DamagedRecord("home", 1, "")) == "your home's details"


def test_in_the_main_window_in_dutch(launcher, qtbot) -> None:
    window = launcher.start_demo(TODAY)
    repository = launcher.paraat.session.repository
    scenario = "power"
    damage(repository, "scenario", scenario, "agreement = 'We blijven thxis'")
    launcher.stop()
    window = launcher.start()
    banner = window.damage
    qtbot.waitUntil(lambda: banner.isVisibleTo(window))
    text = banner.text.text()
    assert "Een gegeven is misschien beschadigd: “Stroomstoring” (afspraak)." in text, text
    assert "Zet een reservekopie terug of controleer het." in text
    assert banner.keep_button.text() == "Laten zoals het is"
    with qtbot.waitSignal(launcher.paraat.session.navigate_requested):
        click(qtbot, banner.backups_button)
    if "backups" in window.pages:  # the Backups page (built alongside) opens
        assert window.current_page() == "backups"
