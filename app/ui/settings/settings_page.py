"""Settings: language, text size and contrast. Each applies at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.paths import NORMAL, PORTABLE, PUBLIC
from app.policy import Policy
from app.ui.common.fields import make_hint
from app.ui.common.session import Session
from app.ui.common.theme import (
    DEFAULT_TEXT_SIZE,
    HIGH_CONTRAST_SETTING,
    TEXT_SIZES,
    heading,
    page_layout,
    scroll_page,
    wants_high_contrast,
)
from app.ui.common.wrap_button import WrapRadioButton
from app.ui.public import public_banner
from app.ui.settings import delete_all
from app.words.i18n import tr

LANGUAGES = {"nl": "Nederlands", "en": "English"}



class SettingsPage(QWidget):
    """Choose the language, the text size and the contrast."""

    page_name = "settings"
    appearance_changed = Signal()
    """The language, the text size or the contrast changed; the window is rebuilt."""
    erase_requested = Signal()
    """The user confirmed: erase everything (public) or delete all data (normal, portable)."""

    def __init__(self, session: Session, data_folder: str, parent: QWidget | None = None, *,
                 mode: str = NORMAL, policy: Policy | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.mode = mode
        self.data_folder = data_folder
        locked = policy is not None and policy.locked
        content = QWidget()
        layout = page_layout(content)
        layout.addWidget(heading(tr("Settings")))

        language_box = QGroupBox(tr("Language"))
        language_layout = QVBoxLayout(language_box)
        self.languages = QButtonGroup(self)
        current = session.setting("language", "nl")
        for code, name in LANGUAGES.items():
            button = WrapRadioButton(name)  # each language in its own words
            button.setObjectName(f"settings.language.{code}")
            button.setChecked(code == current)
            button.setProperty("code", code)
            button.setEnabled(not locked)
            self.languages.addButton(button)
            language_layout.addWidget(button)
        if locked:
            language_layout.addWidget(make_hint(tr("The library has set the language on this computer.")))
        layout.addWidget(language_box)

        size_box = QGroupBox(tr("Text size"))
        size_layout = QVBoxLayout(size_box)
        self.sizes = QButtonGroup(self)
        names = {"normal": tr("Normal"), "large": tr("Large"), "larger": tr("Larger"), "largest": tr("Largest")}
        current_size = session.setting("text_size", DEFAULT_TEXT_SIZE)
        for code in TEXT_SIZES:
            button = WrapRadioButton(names[code])
            button.setObjectName(f"settings.size.{code}")
            font = button.font()
            font.setPointSizeF(TEXT_SIZES[code])
            button.setFont(font)
            button.setChecked(code == current_size)
            button.setProperty("code", code)
            self.sizes.addButton(button)
            size_layout.addWidget(button)
        layout.addWidget(size_box)

        contrast_box = QGroupBox(tr("Contrast"))
        contrast_layout = QVBoxLayout(contrast_box)
        self.contrasts = QButtonGroup(self)
        high = wants_high_contrast(session.setting(HIGH_CONTRAST_SETTING, ""))
        for code, name in (("0", tr("Normal contrast")), ("1", tr("High contrast: black on white, thick lines"))):
            button = WrapRadioButton(name)
            button.setObjectName(f"settings.contrast.{code}")
            button.setChecked((code == "1") == high)
            button.setProperty("code", code)
            self.contrasts.addButton(button)
            contrast_layout.addWidget(button)
        contrast_layout.addWidget(make_hint(tr("Until you choose here, Paraat follows the contrast setting of this computer.")))
        layout.addWidget(contrast_box)

        layout.addWidget(heading(tr("Where your data is kept"), level=2))
        if mode == PUBLIC:
            layout.addWidget(make_hint(tr("Nowhere: this is a public computer. Paraat keeps everything in memory and erases it when you close Paraat or leave it alone for a while. Paraat never sends anything over the internet.")))
            self.erase_button = QPushButton(tr("I'm done — erase everything"))
        else:
            where = QLabel(data_folder)
            where.setObjectName("settings.data_folder")
            where.setWordWrap(True)
            layout.addWidget(where)
            layout.addWidget(make_hint(tr("Everything you fill in is saved at once on this computer, in the folder above. Paraat never sends anything over the internet.")))
            if mode == PORTABLE:
                layout.addWidget(make_hint(tr("Paraat runs portable: the folder above is next to the program, for example on your USB stick.")))
            self.erase_button = QPushButton(tr("Delete all my data…"))
        self.erase_button.setObjectName("settings.erase")
        layout.addWidget(self.erase_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll_page(content))
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.languages.buttonToggled.connect(self._on_language)
        self.sizes.buttonToggled.connect(self._on_size)
        self.contrasts.buttonToggled.connect(self._on_contrast)
        self.erase_button.clicked.connect(self._on_erase)

    @Slot()
    def _on_erase(self) -> None:
        if self.mode == PUBLIC:
            confirmed = public_banner.confirm_erase(self.window())
        else:
            confirmed = delete_all.ask(self.window(), self.data_folder)
        if confirmed:
            self.erase_requested.emit()

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

    @Slot(QRadioButton, bool)
    def _on_contrast(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            self.session.set_setting(HIGH_CONTRAST_SETTING, button.property("code"))
            self.appearance_changed.emit()
