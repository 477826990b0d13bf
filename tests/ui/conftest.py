"""GUI fixtures: a real repository in tmp_path, a session, and the full application object."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.core.demo import demo_household, demo_stock
from app.paths import data_location
from app.storage.repository import Repository
from app.ui.common.session import Session
from app.ui.start.application import Paraat
from app.ui.start.main_window import MainWindow
from app.words.i18n import Translations


@pytest.fixture
def repository(data_dir: Path) -> Iterator[Repository]:
    repo = Repository.open(data_location(data_dir).database)
    yield repo
    repo.close()


@pytest.fixture
def session(qapp: QApplication, repository: Repository) -> Session:
    return Session(repository)


DEMO_DAY = dt.date(2026, 11, 28)
"""The day the ``demo`` session lives on."""


@pytest.fixture
def demo(session: Session) -> Session:
    """The session with the demo household and its kit, on ``DEMO_DAY``."""
    session.clock = lambda: DEMO_DAY
    session.replace_all(demo_household(), demo_stock(DEMO_DAY))
    return session


class Launcher:
    """Starts Paraat's GUI on the test data folder the way run_gui does, and restarts it."""

    def __init__(self, qapp: QApplication, data_dir: Path, qtbot) -> None:
        self.qapp = qapp
        self.data_dir = data_dir
        self.qtbot = qtbot
        self.paraat: Paraat | None = None

    def start(self, language: str = "nl") -> MainWindow:
        location = data_location(self.data_dir)
        repository = Repository.open(location.database)
        repository.set_setting("language", language)
        self.paraat = Paraat(self.qapp, repository, location, None)
        return self.paraat.build_window()

    def start_demo(self, today: dt.date, language: str = "nl") -> MainWindow:
        """Start with the demo household and its kit, on a fixed day."""
        window = self.start(language)
        session = self.paraat.session
        session.clock = lambda: today
        session.replace_all(demo_household(), demo_stock(today))
        return window

    def stop(self) -> None:
        """Close the window like a user does, then close the database."""
        assert self.paraat is not None and self.paraat.window is not None
        self.paraat.window.close()
        self.paraat.session.repository.close()
        self.paraat = None


@pytest.fixture
def launcher(qapp: QApplication, data_dir: Path, qtbot) -> Iterator[Launcher]:
    launch = Launcher(qapp, data_dir, qtbot)
    yield launch
    Translations(qapp).use("en")  # leave no Dutch translator behind for the next test
    if launch.paraat is not None:
        if launch.paraat.window is not None:
            launch.paraat.window.close()
            launch.paraat.window.deleteLater()
        launch.paraat.session.repository.close()


@pytest.fixture(autouse=True)
def _leave_the_application_as_found(qapp: QApplication) -> Iterator[None]:
    """Tests that start Paraat in-process (run_gui) may install Dutch or private dialogs:
    put English and the normal dialogs back, so no later test depends on the order."""
    yield
    from app.ui.common import file_dialogs

    Translations(qapp).use("en")
    file_dialogs.configure(private_dialogs=False, allow_local_save=True)
