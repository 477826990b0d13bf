"""Contrast of every colour pair in use, in both looks (WCAG 2.1 relative luminance), the focus
ring on real widgets, and no colour chosen outside app/ui/common/contrast.py."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.common import contrast
from app.ui.common.contrast import FOCUS_WIDTH, HIGH_CONTRAST, NORMAL, Theme, apply_theme
from app.ui.paper.page_preview import PagePreview

THEMES = [NORMAL, HIGH_CONTRAST]
APP_UI = Path(__file__).resolve().parents[3] / "app" / "ui"


def luminance(colour: str | QColor) -> float:
    """WCAG 2.1 relative luminance of an sRGB colour."""
    qcolour = QColor(colour)
    assert qcolour.isValid(), colour
    assert qcolour.alpha() == 255, f"{colour} is see-through: its contrast depends on what is under it"

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(qcolour.red()) + 0.7152 * channel(qcolour.green()) + 0.0722 * channel(qcolour.blue())


def ratio(a: str | QColor, b: str | QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_formula_gives_the_known_ratios() -> None:
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the well-known just-too-light grey
    assert ratio("#595959", "#ffffff") == pytest.approx(7.0, abs=0.01)


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_theme(qapp, False)


# --- the palette --------------------------------------------------------------------------------

Role = QPalette.ColorRole
TEXT_PAIRS = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.PlaceholderText, Role.AlternateBase),
    (Role.PlaceholderText, Role.Window),
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
    (Role.LinkVisited, Role.Base),
    (Role.LinkVisited, Role.Window),
]
DISABLED_PAIRS = [  # disabled text must still be readable: the language choice a library locked
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.ButtonText, Role.Button),
    (Role.PlaceholderText, Role.Base),
]


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_every_palette_text_pair_is_readable(themed: QApplication, theme: Theme) -> None:
    apply_theme(themed, theme is HIGH_CONTRAST)
    palette = themed.palette()
    low = []
    groups = [QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive]
    checks = [(g, f, b) for g in groups for f, b in TEXT_PAIRS]
    checks += [(QPalette.ColorGroup.Disabled, f, b) for f, b in DISABLED_PAIRS]
    for group, fore, back in checks:
        value = ratio(palette.color(group, fore), palette.color(group, back))
        if value < theme.minimum_text_contrast:
            low.append(f"{group.name} {fore.name}/{back.name}: {value:.2f}")
    assert not low, f"{theme.name}: below {theme.minimum_text_contrast}:1: {low}"


def test_high_contrast_is_at_least_seven_and_normal_at_least_four_and_a_half() -> None:
    assert HIGH_CONTRAST.minimum_text_contrast == 7.0
    assert NORMAL.minimum_text_contrast == 4.5


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_borders_of_fields_and_the_focus_ring_stand_out(theme: Theme) -> None:
    """WCAG 1.4.11: a field's border and the focus ring at least 3:1 on every surface; the ring
    is not the selection colour, so focus never looks like a choice."""
    for name, surface in theme.surfaces().items():
        assert ratio(theme.focus, surface) >= 3.0, f"{theme.name}: focus on {name}"
        assert ratio(theme.frame, surface) >= 3.0, f"{theme.name}: frame on {name}"
    assert QColor(theme.focus) != QColor(theme.highlight)
    assert abs(QColor(theme.focus).hslHue() - QColor(theme.highlight).hslHue()) >= 60  # another hue, not a shade
    assert FOCUS_WIDTH >= 2


# --- the style sheet ----------------------------------------------------------------------------

RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
DECLARATION = re.compile(r"([a-z-]+)\s*:\s*([^;]+);")
COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b|transparent")


def rules(sheet: str) -> list[tuple[list[str], dict[str, str]]]:
    parsed = []
    for selectors, body in RULE.findall(sheet):
        declarations = {key: value.strip() for key, value in DECLARATION.findall(body)}
        parsed.append(([s.strip() for s in selectors.split(",") if s.strip()], declarations))
    return parsed


def border_colour_and_width(value: str) -> tuple[str, int]:
    width = re.search(r"(\d+)px", value)
    colour = COLOUR.search(value)
    assert width and colour, value
    return colour.group(0), int(width.group(1))


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_every_style_sheet_colour_pair_is_readable(theme: Theme) -> None:
    parsed = rules(contrast.style_sheet(theme))
    assert len(parsed) >= 8
    pairs = 0
    for selectors, declarations in parsed:
        where = ", ".join(selectors)
        background = declarations.get("background-color") or declarations.get("background")
        # text without its own background sits on the window or in a field
        backgrounds = [background] if background else [theme.window, theme.base]
        if "color" in declarations:
            for back in backgrounds:
                pairs += 1
                assert ratio(declarations["color"], back) >= theme.minimum_text_contrast, (theme.name, where)
        if "selection-color" in declarations:
            pairs += 1
            assert ratio(declarations["selection-color"], declarations["selection-background-color"]) \
                >= theme.minimum_text_contrast, (theme.name, where)
        if "placeholder-text-color" in declarations:
            pairs += 1
            assert ratio(declarations["placeholder-text-color"], declarations["background-color"]) \
                >= theme.minimum_text_contrast, (theme.name, where)
        for image in re.findall(r"url\(([^)]+)\)", " ".join(declarations.values())):  # arrows, ticks
            drawn = set(re.findall(r"#[0-9a-fA-F]{6}", Path(image).read_text(encoding="utf-8")))
            assert drawn, image
            for colour in drawn:
                for back in theme.surfaces().values():
                    assert ratio(colour, back) >= 3.0, (theme.name, image, back)
        if any(":focus" in s for s in selectors):
            colour, width = border_colour_and_width(declarations["border"])
            assert width >= 2, where
            assert QColor(colour) == QColor(theme.focus), where
            for back in [background] if background else list(theme.surfaces().values()):
                pairs += 1
                assert ratio(colour, back) >= 3.0, (theme.name, where, back)
        for value in declarations.values():  # every colour in the sheet is one of the theme's
            for found in COLOUR.findall(value):
                assert found == "transparent" or found in contrast.theme_colours(theme).values(), found
    assert pairs >= 20


FOCUSABLE_KINDS = [QPushButton, QToolButton, QLineEdit, QAbstractSpinBox, QComboBox, QTextEdit,
                   QPlainTextEdit, QAbstractItemView, QGraphicsView, QCheckBox, QRadioButton, QLabel, QScrollArea,
                   PagePreview]


def test_every_kind_of_focusable_control_has_a_focus_rule() -> None:
    focus_selectors = {s.split(":")[0] for selectors, _ in rules(contrast.style_sheet(NORMAL))
                       for s in selectors if s.endswith(":focus")}
    assert {kind.__name__ for kind in FOCUSABLE_KINDS} <= focus_selectors


def test_every_focusable_control_in_the_window_gets_the_ring(launcher) -> None:
    """Start Paraat, walk every page and check each control Tab reaches is of a kind the style
    sheet rings (a new kind of control would otherwise be focused without a visible mark)."""
    window = launcher.start()
    seen: set[str] = set()
    for name in list(window.pages):
        window.show_page(name)
    for widget in window.findChildren(QWidget):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus and widget.isEnabled():
            if type(widget).__name__ in ("QScrollBar", "QMenuBar", "QMenu"):
                continue  # reached by mouse or Alt, never by Tab
            if widget.focusProxy() is not None:
                continue  # a scroll area's viewport: the ring is on the area
            assert isinstance(widget, tuple(FOCUSABLE_KINDS)), f"{type(widget).__name__} {widget.objectName()}"
            seen.add(type(widget).__name__)
    assert {"QPushButton", "QLineEdit", "QListWidget"} <= seen


# --- the ring as drawn --------------------------------------------------------------------------

def ring_pixels(widget: QWidget, theme: Theme) -> int:
    """How many of the widget's outer 2-pixel edge are drawn in the focus colour."""
    image = widget.grab().toImage()
    focus = QColor(theme.focus)
    hits = 0
    for x in range(image.width()):
        for y in (0, 1, image.height() - 2, image.height() - 1):
            hits += QColor(image.pixel(x, y)) == focus
    return hits


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
@pytest.mark.parametrize("kind", [QPushButton, QLineEdit, QCheckBox, QRadioButton, QListWidget, QComboBox,
                                  PagePreview])
def test_the_focused_control_wears_a_ring_the_others_do_not(themed: QApplication, qtbot, theme: Theme,
                                                            kind: type[QWidget]) -> None:
    apply_theme(themed, theme is HIGH_CONTRAST)
    holder = QWidget()
    layout = QVBoxLayout(holder)
    first, second = QLineEdit(), kind()
    if isinstance(second, (QPushButton, QCheckBox, QRadioButton)):
        second.setText("Opslaan")
    if isinstance(second, QListWidget):
        second.addItems(["Overzicht", "Huishouden"])
        second.setCurrentRow(0)
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    assert ring_pixels(second, theme) == 0
    size_before = second.size()
    second.setFocus()
    qtbot.waitUntil(second.hasFocus)
    width = second.width()
    assert ring_pixels(second, theme) >= 0.9 * 4 * width, "a ring of 2 px or more all along the edge"
    assert second.size() == size_before, "the control does not move or grow when focus comes"
    if isinstance(second, QListWidget):  # the chosen item is filled with the highlight, not the ring colour
        assert QColor(theme.focus) != second.palette().color(QPalette.ColorRole.Highlight)


# --- no colour chosen elsewhere -----------------------------------------------------------------

HARD_CODED = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|QColor\(\s*[\"'\d]|Qt\.GlobalColor|"
                        r"\b(?:color|background)\s*:|rgb\(")


def test_no_colour_is_chosen_outside_the_theme() -> None:
    found = []
    for path in sorted(APP_UI.rglob("*.py")):
        if path.name == "contrast.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if HARD_CODED.search(line):
                found.append(f"{path.relative_to(APP_UI)}:{number}: {line.strip()}")
    assert not found, found


def test_greyed_rows_in_the_kit_table_use_the_readable_muted_colour(themed: QApplication) -> None:
    from app.ui.kit.kit_models import muted_colour

    for theme in THEMES:
        apply_theme(themed, theme is HIGH_CONTRAST)
        colour = muted_colour()
        assert colour == QColor(theme.muted_text)
        assert ratio(colour, theme.base) >= theme.minimum_text_contrast
        assert ratio(colour, theme.alternate_base) >= theme.minimum_text_contrast


# --- choosing --------------------------------------------------------------------------------------

def test_the_choice_beats_the_computer_and_no_choice_follows_it(monkeypatch) -> None:
    monkeypatch.setattr(contrast, "system_wants_high_contrast", lambda: True)
    assert contrast.wants_high_contrast("") is True
    assert contrast.wants_high_contrast("0") is False
    monkeypatch.setattr(contrast, "system_wants_high_contrast", lambda: False)
    assert contrast.wants_high_contrast(None) is False
    assert contrast.wants_high_contrast("1") is True


def test_the_computer_setting_is_read_from_qt(qapp: QApplication) -> None:
    """Offscreen Qt asks for no particular contrast."""
    assert contrast.system_wants_high_contrast() is False


def test_apply_theme_sets_fusion_palette_and_sheet(themed: QApplication) -> None:
    assert apply_theme(themed, True) is HIGH_CONTRAST
    sheet = themed.styleSheet()
    themed.setStyleSheet("")  # with a sheet, style() is Qt's style-sheet wrapper around Fusion
    assert themed.style().name().lower() == "fusion"
    themed.setStyleSheet(sheet)
    assert themed.palette().color(QPalette.ColorRole.Window) == QColor(HIGH_CONTRAST.window)
    assert HIGH_CONTRAST.focus in themed.styleSheet()
    assert contrast.current_theme() is HIGH_CONTRAST
    apply_theme(themed, False)
    assert contrast.current_theme() is NORMAL
    assert themed.palette().color(QPalette.ColorRole.Highlight) == QColor(NORMAL.highlight)
