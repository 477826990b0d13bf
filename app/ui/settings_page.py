"""Settings: language and text size. Both apply at once."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from app.ui.fields import make_hint
from app.ui.i18n import tr
from app.ui.session import Session
from app.ui.theme import DEFAULT_TEXT_SIZE, TEXT_SIZES, heading, page_layout, scroll_page

LANGUAGES = {"nl": "Nederlands", "en": "English"}



class SettingsPage(QWidget):
    """Choose the language and the text size."""

    page_name = "settings"
    appearance_changed = Signal()
    """The language or the text size changed; the window is rebuilt."""

    def __init__(self, session: Session, data_folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        content = QWidget()
        layout = page_layout(content)
        layout.addWidget(heading(tr("Settings")))

        language_box = QGroupBox(tr("Language"))
        language_layout = QVBoxLayout(language_box)
        self.languages = QButtonGroup(self)
        current = session.setting("language", "nl")
        for code, name in LANGUAGES.items():
            button = QRadioButton(name)  # each language in its own words
            button.setObjectName(f"settings.language.{code}")
            button.setChecked(code == current)
            button.setProperty("code", code)
            self.languages.addButton(button)
            language_layout.addWidget(button)
        layout.addWidget(language_box)

        size_box = QGroupBox(tr("Text size"))
        size_layout = QVBoxLayout(size_box)
        self.sizes = QButtonGroup(self)
        names = {"normal": tr("Normal"), "large": tr("Large"), "larger": tr("Larger"), "largest": tr("Largest")}
        current_size = session.setting("text_size", DEFAULT_TEXT_SIZE)
        for code in TEXT_SIZES:
            button = QRadioButton(names[code])
            button.setObjectName(f"settings.size.{code}")
            font = button.font()
            font.setPointSizeF(TEXT_SIZES[code])
            button.setFont(font)
            button.setChecked(code == current_size)
            button.setProperty("code", code)
            self.sizes.addButton(button)
            size_layout.addWidget(button)
        layout.addWidget(size_box)

        layout.addWidget(heading(tr("Where your data is kept"), level=2))
        where = QLabel(data_folder)
        where.setObjectName("settings.data_folder")
        where.setWordWrap(True)
        layout.addWidget(where)
        layout.addWidget(make_hint(tr("Everything you fill in is saved at once on this computer, in the folder above. Paraat never sends anything over the internet.")))
        layout.addStretch(1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll_page(content))
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.languages.buttonToggled.connect(self._on_language)
        self.sizes.buttonToggled.connect(self._on_size)

    @Slot(QRadioButton, bool)
    def _on_language(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            self.session.set_setting("language", button.property("code"))
            self.appearance_changed.emit()

    @Slot(QRadioButton, bool)
    def _on_size(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            self.session.set_setting("text_size", button.property("code"))
            self.appearance_changed.emit()
