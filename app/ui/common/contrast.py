"""The two looks: normal and high contrast. Colours, the palette, the style sheet, the focus ring.

Every colour the window uses is here, in one ``Theme`` per look; nothing else in app/ui picks
a colour. Text has a contrast of at least 4.5:1 (normal) or 7:1 (high contrast) against the
surface it is drawn on, and the focus ring at least 3:1 against every surface (WCAG 2.1,
relative luminance; tests/ui/common/test_contrast.py computes them all).

The focus ring is a 3-pixel border in its own colour, never the selection colour, so in the
sidebar a focused list does not look like a chosen page. Where the ring is drawn, the
control's margin shrinks by as much as its border grows, so nothing moves when focus comes.

Both looks use Qt's Fusion style: it draws with the palette, so the colours here are the
colours on screen on every system. High contrast follows the computer's setting
(Qt 6.10+ ``QStyleHints.accessibility().contrastPreference()``) until the user chooses in
Settings. The computer's dark or light colour scheme is not followed: the page icons are
dark strokes, so both looks are light.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtGui import QColor, QGuiApplication, QPalette, Qt
from PySide6.QtWidgets import QApplication

from app.paths import resource

HIGH_CONTRAST_SETTING = "high_contrast"
ICON_INK = "#1a1a1a"
"""The colour the page icons are drawn in (resources/icons/*.svg): near-black lines."""
"""The setting: "1" high contrast, "0" normal, missing or empty: what the computer asks for."""

FOCUS_WIDTH = 3
"""The focus ring's width in pixels (at least 2)."""


PAPER = "#ffffff"
"""A sheet of paper in a print preview: white in every theme, as it prints."""


@dataclass(frozen=True)
class Theme:
    """The colours of one look, as #rrggbb."""

    name: str
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_hover: str
    button_down: str
    button_text: str
    highlight: str
    highlighted_text: str
    tooltip_base: str
    tooltip_text: str
    muted_text: str
    """Placeholders, hints and rows that are not needed; readable, not faint."""
    disabled_text: str
    link: str
    link_visited: str
    frame: str
    """Borders of fields, buttons and lists (at least 3:1, so you can see where a field is)."""
    focus: str
    """The focus ring: at least 3:1 on every surface, and not the selection colour."""
    light: str
    midlight: str
    mid: str
    dark: str
    shadow: str

    @property
    def minimum_text_contrast(self) -> float:
        return 7.0 if self.name == "high_contrast" else 4.5

    def surfaces(self) -> dict[str, str]:
        """The backgrounds a focus ring can sit on or next to."""
        return {"window": self.window, "base": self.base, "alternate_base": self.alternate_base,
                "button": self.button, "button_hover": self.button_hover,
                "button_down": self.button_down, "tooltip_base": self.tooltip_base}


NORMAL = Theme(
    name="normal",
    window="#efefef", window_text="#1a1a1a",
    base="#ffffff", alternate_base="#f5f5f5", text="#1a1a1a",
    button="#e6e6e6", button_hover="#f2f2f2", button_down="#d4d4d4", button_text="#1a1a1a",
    highlight="#1d5a91", highlighted_text="#ffffff",
    tooltip_base="#ffffdc", tooltip_text="#1a1a1a",
    muted_text="#595959", disabled_text="#595959",
    link="#0b57a4", link_visited="#6a2c91",
    frame="#767676", focus="#b34700",
    light="#ffffff", midlight="#f5f5f5", mid="#b8b8b8", dark="#9f9f9f", shadow="#767676",
)

HIGH_CONTRAST = Theme(
    name="high_contrast",
    window="#ffffff", window_text="#000000",
    base="#ffffff", alternate_base="#f2f2f2", text="#000000",
    button="#ffffff", button_hover="#e8e8e8", button_down="#d9d9d9", button_text="#000000",
    highlight="#00307a", highlighted_text="#ffffff",
    tooltip_base="#ffffff", tooltip_text="#000000",
    muted_text="#3d3d3d", disabled_text="#3d3d3d",
    link="#0000cc", link_visited="#551a8b",
    frame="#000000", focus="#a8005a",
    light="#ffffff", midlight="#ffffff", mid="#000000", dark="#000000", shadow="#000000",
)


def theme_for(high_contrast: bool) -> Theme:
    return HIGH_CONTRAST if high_contrast else NORMAL


def system_wants_high_contrast() -> bool:
    """True when the computer asks for high contrast and Qt can tell (Qt 6.10+; else False)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    preference = accessibility().contrastPreference()
    return bool(preference == Qt.ContrastPreference.HighContrast)


def wants_high_contrast(setting: str | None) -> bool:
    """The user's choice ("1" or "0"), or else the computer's."""
    if setting == "1":
        return True
    if setting == "0":
        return False
    return system_wants_high_contrast()


def make_palette(theme: Theme) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: theme.window, role.WindowText: theme.window_text,
        role.Base: theme.base, role.AlternateBase: theme.alternate_base, role.Text: theme.text,
        role.Button: theme.button, role.ButtonText: theme.button_text,
        role.BrightText: theme.highlighted_text,
        role.Highlight: theme.highlight, role.HighlightedText: theme.highlighted_text,
        role.ToolTipBase: theme.tooltip_base, role.ToolTipText: theme.tooltip_text,
        role.PlaceholderText: theme.muted_text,
        role.Link: theme.link, role.LinkVisited: theme.link_visited,
        role.Light: theme.light, role.Midlight: theme.midlight, role.Mid: theme.mid,
        role.Dark: theme.dark, role.Shadow: theme.shadow,
        role.Accent: theme.highlight,
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))  # every group: active, inactive, disabled
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        palette.setColor(disabled, colour_role, QColor(theme.disabled_text))
    return palette


def style_sheet(theme: Theme) -> str:
    """Borders you can see, and a focus ring on every control that takes focus.

    Normal state: a 1-pixel frame with a 2-pixel margin; focused: a 3-pixel ring and no margin,
    so the control keeps its place and size. Colours come from ``theme`` only.
    """
    t = theme

    def icon(name: str) -> str:
        return resource("icons", f"{name}.svg").as_posix()

    ring = f"border: {FOCUS_WIDTH}px solid {t.focus}; margin: 0px;"
    quiet = f"border: 1px solid {t.frame}; margin: {FOCUS_WIDTH - 1}px;"
    return f"""
QPushButton, QToolButton {{
    color: {t.button_text}; background-color: {t.button};
    {quiet} border-radius: 4px; padding: 0.25em 0.7em;
}}
QPushButton:hover, QToolButton:hover {{ color: {t.button_text}; background-color: {t.button_hover}; }}
QPushButton:pressed, QPushButton:checked, QToolButton:pressed, QToolButton:checked {{
    color: {t.button_text}; background-color: {t.button_down};
}}
QPushButton:disabled, QToolButton:disabled {{
    color: {t.disabled_text}; background-color: {t.button}; border-style: dashed;
}}
QPushButton:focus, QToolButton:focus {{ {ring} }}

QLineEdit, QAbstractSpinBox, QComboBox, QTextEdit, QPlainTextEdit {{
    color: {t.text}; background-color: {t.base};
    selection-color: {t.highlighted_text}; selection-background-color: {t.highlight};
    placeholder-text-color: {t.muted_text};
    {quiet}
}}
QLineEdit:disabled, QAbstractSpinBox:disabled, QComboBox:disabled, QTextEdit:disabled,
QPlainTextEdit:disabled {{ color: {t.disabled_text}; background-color: {t.window}; }}
QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus, QTextEdit:focus,
QPlainTextEdit:focus {{ {ring} }}

QAbstractItemView, QGraphicsView {{
    color: {t.text}; background-color: {t.base}; alternate-background-color: {t.alternate_base};
    selection-color: {t.highlighted_text}; selection-background-color: {t.highlight};
    border: 1px solid {t.frame}; padding: {FOCUS_WIDTH - 1}px;
}}
QAbstractItemView:focus, QGraphicsView:focus {{ border: {FOCUS_WIDTH}px solid {t.focus}; padding: 0px; }}
QHeaderView {{ border: 0px; padding: 0px; }}

QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    subcontrol-origin: padding; width: 1.1em; background-color: {t.button};
    border-left: 1px solid {t.frame};
}}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; }}
QAbstractSpinBox::up-arrow {{ image: url({icon("arrow-up")}); width: 0.7em; height: 0.7em; }}
QAbstractSpinBox::down-arrow, QComboBox::down-arrow, QDateTimeEdit::down-arrow {{
    image: url({icon("arrow-down")}); width: 0.7em; height: 0.7em;
}}
QComboBox::drop-down, QDateTimeEdit::drop-down {{
    subcontrol-origin: padding; subcontrol-position: top right; width: 1.3em;
    background-color: {t.button}; border-left: 1px solid {t.frame};
}}
QComboBox QAbstractItemView {{ border: 1px solid {t.frame}; padding: 0px; }}

QCheckBox, QRadioButton {{ border: {FOCUS_WIDTH}px solid transparent; spacing: 0.4em; }}
QCheckBox::indicator, QRadioButton::indicator {{
    width: 0.9em; height: 0.9em; border: 2px solid {t.frame}; background-color: {t.base};
}}
QRadioButton::indicator {{ border-radius: 0.45em; }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ background-color: {t.window}; }}
QCheckBox::indicator:checked {{ image: url({icon("check")}); }}
QRadioButton::indicator:checked {{ image: url({icon("dot")}); }}
QCheckBox:focus, QRadioButton:focus, QLabel:focus, QScrollArea:focus {{
    border: {FOCUS_WIDTH}px solid {t.focus};
}}
PagePreview {{ border: 1px solid {t.frame}; padding: {FOCUS_WIDTH - 1}px; }}
PagePreview:focus {{ border: {FOCUS_WIDTH}px solid {t.focus}; padding: 0px; }}

QToolTip {{ color: {t.tooltip_text}; background-color: {t.tooltip_base}; border: 1px solid {t.frame}; }}
"""


def fusion_application(argv: list[str]) -> QApplication:
    """The QApplication Paraat makes, in the Fusion style from the start (``-style fusion``).

    Qt makes the style itself, so its object never reaches Python: ``setStyle`` would hand it
    back, and PySide would build the Python classes QStyle and QCommonStyle with all their enums
    for it (5 ms of every start, issue 20). ``apply_theme`` then leaves the style as it is.
    """
    app = QApplication([*(argv[:1] or ["paraat"]), "-style", "fusion"])
    app.setProperty("paraat_fusion", True)
    return app


def apply_theme(app: QApplication, high_contrast: bool) -> Theme:
    """Use the normal or the high-contrast look for every window (Fusion, palette, style sheet)."""
    theme = theme_for(high_contrast)
    sheet = style_sheet(theme)
    if app.property("paraat_theme") == theme.name and app.styleSheet() == sheet:
        return theme  # changing the style under living widgets is costly and not needed
    if app.property("paraat_fusion") is None:  # once: a new style object would orphan the old one
        app.setStyle("Fusion")
        app.setProperty("paraat_fusion", True)
    app.setPalette(make_palette(theme))
    app.setStyleSheet(sheet)
    app.setProperty("paraat_theme", theme.name)
    return theme


def current_theme() -> Theme:
    """The look in use (normal before ``apply_theme`` is called)."""
    app = QApplication.instance()
    name = app.property("paraat_theme") if app is not None else None
    return HIGH_CONTRAST if name == HIGH_CONTRAST.name else NORMAL


def theme_colours(theme: Theme) -> dict[str, str]:
    """Every colour of ``theme`` by its field name (for the tests and the contrast check)."""
    return {field.name: getattr(theme, field.name) for field in fields(theme) if field.name != "name"}
