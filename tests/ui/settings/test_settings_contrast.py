"""Settings: the contrast choice is saved, rebuilds the window and starts in the chosen look."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QRadioButton

from app.ui.common import contrast
from app.ui.common.contrast import HIGH_CONTRAST, NORMAL


def test_choosing_high_contrast_in_settings_applies_it_and_it_stays(launcher, qtbot, qapp) -> None:
    window = launcher.start()
    assert contrast.current_theme() is NORMAL
    high = window.settings.findChild(QRadioButton, "settings.contrast.1")
    assert not high.isChecked()
    with qtbot.waitSignal(window.appearance_changed):
        high.click()
    assert launcher.paraat.session.setting("high_contrast") == "1"
    qtbot.waitUntil(lambda: contrast.current_theme() is HIGH_CONTRAST)
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == HIGH_CONTRAST.window
    launcher.stop()
    window = launcher.start()  # the next start is in high contrast, and the switch says so
    assert contrast.current_theme() is HIGH_CONTRAST
    assert window.settings.findChild(QRadioButton, "settings.contrast.1").isChecked()
    contrast.apply_theme(qapp, False)


def test_without_a_choice_the_computer_decides(launcher, monkeypatch, qapp) -> None:
    monkeypatch.setattr(contrast, "system_wants_high_contrast", lambda: True)
    window = launcher.start()
    assert contrast.current_theme() is HIGH_CONTRAST
    assert window.settings.findChild(QRadioButton, "settings.contrast.1").isChecked()
    contrast.apply_theme(qapp, False)
