"""The first-run wizard on its own, shown and active (the wizard tests of tests/ui/start)."""

from __future__ import annotations

import pytest

from app.ui.start.wizard import FirstRunWizard
from tests.ui.helpers import show_active


@pytest.fixture
def wizard(qtbot, session) -> FirstRunWizard:
    wizard = FirstRunWizard(session)
    qtbot.addWidget(wizard)
    return show_active(qtbot, wizard)
