"""Navigation, settings (language, text size) and the status bar."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from app.ui.common.theme import TEXT_SIZES
from tests.ui.helpers import type_into


def _sidebar_texts(window) -> list[str]:
    return [window.sidebar.item(row).text() for row in range(window.sidebar.count())]


def test_sidebar_lists_only_working_pages_in_dutch(launcher):
    window = launcher.start()
    assert _sidebar_texts(window) == ["Overzicht", "Huishouden", "1  Noodpakket", "2  Noodplan", "3  Samen", "Informatie", "Afdrukken", "Meenemen", "Instellingen", "Reservekopieën"]
    assert window.stack.count() == window.sidebar.count()


def test_switch_to_english_rebuilds_the_window(launcher, qtbot):
    window = launcher.start()
    window.show_page("settings")
    english = window.findChild(QPushButton.__mro__[1], "settings.language.en")
    english.click()
    qtbot.waitUntil(lambda: launcher.paraat.window is not window)
    new = launcher.paraat.window
    assert _sidebar_texts(new) == ["Overview", "Household", "1  Emergency kit", "2  Emergency plan", "3  Together", "Information", "Print", "Take it home", "Settings", "Backups"]
    assert new.current_page() == "settings"
    assert launcher.paraat.session.setting("language") == "en"


def test_text_size_applies_in_points(launcher, qtbot):
    window = launcher.start()
    window.show_page("settings")
    window.findChild(QPushButton.__mro__[1], "settings.size.largest").click()
    qtbot.waitUntil(lambda: launcher.paraat.window is not window)
    assert QApplication.font().pointSizeF() == TEXT_SIZES["largest"]
    new = launcher.paraat.window
    assert new.plan.findChild(QLineEdit, "plan.contact_name").font().pointSizeF() == TEXT_SIZES["largest"]
    launcher.paraat.session.set_setting("text_size", "normal")


def test_status_bar_says_saved(launcher, qtbot):
    window = launcher.start()
    assert "opgeslagen" in window.save_state.text()
    window.show_page("plan")
    type_into(qtbot, window, "plan.stay_place", "Bij oma").editingFinished.emit()
    assert "opgeslagen (" in window.save_state.text()


def test_reopens_on_the_last_page(launcher):
    window = launcher.start()
    window.show_page("household")
    launcher.stop()
    assert launcher.start().current_page() == "household"


def test_reopens_on_the_last_section(launcher):
    window = launcher.start()
    window.show_page("plan")
    window.plan.tabs.setCurrentIndex(4)
    launcher.stop()
    window = launcher.start()
    assert window.current_page() == "plan"
    assert window.plan.tabs.currentIndex() == 4


def test_qt_standard_buttons_are_dutch(launcher):
    from PySide6.QtWidgets import QDialogButtonBox

    launcher.start("nl")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuleren"


def test_first_start_follows_the_system_language(repository, monkeypatch):
    from PySide6.QtCore import QLocale

    from app.ui.start.application import choose_language

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.English)))
    assert choose_language(repository, None) == "en"
    assert repository.setting("language") == "en"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.German)))
    assert choose_language(repository, None) == "en"  # the saved choice wins from now on
    repository.set_setting("language", "")
    assert choose_language(repository, None) == "nl"  # Dutch for everyone else
    assert choose_language(repository, "en") == "en"  # --lang for this run


def test_a_selected_page_icon_is_drawn_light_on_the_dark_selection() -> None:
    """The sidebar's selected row is dark in both looks: its icon must not stay dark."""
    from PySide6.QtGui import QColor, QIcon

    from app.ui.start.main_window import _page_icon

    icon = _page_icon("household", 24)
    normal = icon.pixmap(48, 48, QIcon.Mode.Normal).toImage()
    selected = icon.pixmap(48, 48, QIcon.Mode.Selected).toImage()

    def darkest(image) -> float:
        return min(QColor(image.pixel(x, y)).lightnessF() for x in range(image.width())
                   for y in range(image.height()) if QColor.fromRgba(image.pixel(x, y)).alpha() > 200)

    assert darkest(normal) < 0.2 and darkest(selected) > 0.7  # anti-aliased edges are a little darker


def _darkest_selected(item) -> float:
    from PySide6.QtGui import QColor, QIcon

    image = item.icon().pixmap(48, 48, QIcon.Mode.Selected).toImage()
    return min(QColor(image.pixel(x, y)).lightnessF() for x in range(image.width())
               for y in range(image.height()) if QColor.fromRgba(image.pixel(x, y)).alpha() > 200)


def test_a_sidebar_row_gets_its_light_icon_when_it_is_chosen(launcher) -> None:
    """At start only the open page's row has its light icon drawn (issue 20: ten SVG drawings
    fewer); a row that is chosen later gets it before it is shown selected."""
    from app.ui.start.main_window import ICON_ROLE

    window = launcher.start("en")
    rows = [window.sidebar.item(row) for row in range(window.sidebar.count())]
    current = window.sidebar.currentRow()
    assert [row for row, item in enumerate(rows) if item.data(ICON_ROLE) is None] == [current]
    assert _darkest_selected(rows[current]) > 0.7
    other = len(rows) - 1 if current != len(rows) - 1 else 0  # the Backups page
    window.sidebar.setCurrentRow(other)  # as arrows or a click choose it
    assert rows[other].data(ICON_ROLE) is None
    assert _darkest_selected(rows[other]) > 0.7


def _mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a plain ampersand), lower case; None without one."""
    index = 0
    while index < len(text) - 1:
        if text[index] == "&":
            if text[index + 1] != "&":
                return text[index + 1].lower()
            index += 1
        index += 1
    return None


def _clashes(texts: list[str]) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for text in texts:
        letter = _mnemonic(text)
        if letter is not None:
            seen.setdefault(letter, []).append(text)
    return {letter: same for letter, same in seen.items() if len(same) > 1}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_menu_mnemonics_are_unique_in_both_languages(launcher, language):
    """Alt+letter opens one menu, and in an open menu one letter chooses one item."""
    window = launcher.start(language)
    menus = [action.menu() for action in window.menuBar().actions() if action.menu() is not None]
    titles = [menu.title() for menu in menus]
    assert len(menus) >= 3 and all(_mnemonic(title) for title in titles), titles  # every menu has one
    assert _clashes(titles) == {}, titles
    for menu in menus:
        texts = [action.text() for action in menu.actions() if not action.isSeparator()]
        assert _clashes(texts) == {}, (menu.title(), texts)
