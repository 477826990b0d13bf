"""The first-run wizard creates the household in one step and lands on the overview."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from app.ui.start.wizard import FirstRunWizard
from tests.ui.helpers import choose


def test_wizard_creates_members_pets_and_home(qtbot, session):
    wizard = FirstRunWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    people = wizard.people
    qtbot.keyClicks(people.your_name, "Ria")
    people.adults.setValue(2)
    people.seniors.setValue(1)
    people.children_spin.setValue(1)
    people.babies.setValue(1)
    people.dogs.setValue(2)
    wizard.next()
    assert wizard.currentPage() is wizard.home
    qtbot.keyClicks(wizard.home.municipality, "Deventer")
    choose(wizard, "wizard.broadcaster", "rtv_oost")
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()

    household = session.household()
    assert [m.age_group for m in household.members] == ["adult", "adult", "senior", "child", "baby"]
    assert household.members[0].name == "Ria"
    assert len({m.name for m in household.members}) == 5
    assert [(p.species, p.count) for p in household.pets] == [("Dog", 2)]
    assert household.home.municipality == "Deventer"
    assert household.home.broadcaster == "rtv_oost"
    assert session.setting("wizard_done") == "1"


def test_wizard_refuses_nobody_and_too_many(qtbot, session):
    wizard = FirstRunWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.people.adults.setValue(0)
    wizard.next()
    assert wizard.currentPage() is wizard.people
    assert "persoon" in wizard.people.message.text() or "person" in wizard.people.message.text()
    for spin in (wizard.people.adults, wizard.people.seniors, wizard.people.children_spin):
        spin.setValue(12)
    wizard.next()
    assert wizard.currentPage() is wizard.people
    assert "30" in wizard.people.message.text()
    assert session.household().members == []


def test_cancel_stores_nothing_but_does_not_ask_again(qtbot, session):
    wizard = FirstRunWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.reject()
    assert session.household().members == []
    assert session.setting("wizard_done") == "1"


def test_first_run_then_overview(launcher, qtbot, monkeypatch):
    """A fresh start runs the wizard, then the window opens on the overview with the people."""
    shown = []

    def fake_exec(wizard):
        shown.append(wizard)
        wizard.people.adults.setValue(1)
        wizard.next()
        wizard.next()
        wizard.accept()
        return 1

    monkeypatch.setattr(FirstRunWizard, "exec", fake_exec)
    launcher_window = None
    from app.paths import data_location
    from app.storage.repository import Repository
    from app.ui.start.application import Paraat

    repository = Repository.open(data_location(launcher.data_dir).database)
    paraat = Paraat(launcher.qapp, repository, data_location(launcher.data_dir), "nl")
    launcher.paraat = paraat
    paraat.first_run()
    launcher_window = paraat.build_window()
    assert len(shown) == 1
    assert launcher_window.current_page() == "overview"
    assert "1" in launcher_window.overview.household_label.text()
    # the second start does not show the wizard again
    paraat.first_run()
    assert len(shown) == 1
