"""Text size and the few shared looks: headings, page scroll areas. Sizes are in points."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.ui.common.contrast import HIGH_CONTRAST_SETTING as HIGH_CONTRAST_SETTING
from app.ui.common.contrast import apply_theme as apply_theme
from app.ui.common.contrast import wants_high_contrast as wants_high_contrast

# Text sizes offered in Settings, in points. "normal" is a little larger than most systems'.
TEXT_SIZES: dict[str, float] = {"normal": 12.0, "large": 15.0, "larger": 18.0, "largest": 24.0}
DEFAULT_TEXT_SIZE = "normal"


def apply_text_size(app: QApplication, size: str) -> None:
    """Set the application font to the chosen size (in points)."""
    font = QFont(app.font())
    font.setPointSizeF(TEXT_SIZES.get(size, TEXT_SIZES[DEFAULT_TEXT_SIZE]))
    app.setFont(font)


def heading(text: str, level: int = 1) -> QLabel:
    """A heading label: larger and bold, relative to the current text size."""
    label = QLabel(text)
    label.setWordWrap(True)
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * {1: 1.6, 2: 1.3, 3: 1.1}.get(level, 1.0))
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def scroll_page(content: QWidget) -> QScrollArea:
    """Wrap a page so it scrolls at large text sizes instead of clipping."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


def page_layout(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    spacing = int(QApplication.font().pointSizeF())
    side = min(spacing * 2, 28)
    layout.setContentsMargins(side, spacing, side, spacing)
    layout.setSpacing(spacing)
    return layout
