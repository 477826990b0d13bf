"""Checks that a page reflows: nothing cut off, no sideways scrolling, no scroll box inside the page's
scroll, and a page scroll view that is not squeezed by fixed headers (issue 18, "Layouts that reflow").

Use ``layout_problems(window)`` on a shown main window: it opens every page and every section of
tabbed pages at the window's current size and returns readable messages (empty when all is well).
``widget_problems(root, where, window_height)`` checks one shown widget tree (a wizard step, a
dialog) the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QToolButton,
    QWidget,
)

from app.ui.common.section_tabs import SectionTabs

MIN_SCROLL_SHARE = 0.45
"""A page's scroll view is at least this share of the window's height."""

SLACK = 1
"""Pixels of rounding allowed."""


def settle() -> None:
    """Let Qt lay out and resize everything that is pending."""
    app = QApplication.instance()
    for _ in range(3):
        app.processEvents()  # type: ignore[union-attr]


def page_scroll_area(root: QWidget) -> QAbstractScrollArea | None:
    """The one scroll view of a page: the visible area marked by scroll_page() (property
    ``page_scroll``), else the largest visible scroll area in ``root``."""
    areas = [area for area in root.findChildren(QAbstractScrollArea) if area.isVisible()]
    marked = [area for area in areas if area.property("page_scroll")]
    # (isAncestorOf is true for the widget itself)
    outer = [area for area in marked if not any(other is not area and other.isAncestorOf(area) for other in marked)]
    if outer:
        return outer[0]
    if not areas:
        return None
    return max(areas, key=lambda area: area.width() * area.height())


def _describe(widget: QWidget) -> str:
    name = widget.objectName() or "(no name)"
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = " ".join(widget.text().split())
        if len(text) > 40:
            text = text[:39] + "…"
        text = f" «{text}»"
    return f"{type(widget).__name__} {name}{text}"


def _shown_text(widget: QLabel | QAbstractButton) -> str:
    if isinstance(widget, QLabel) and widget.pixmap() is not None and not widget.pixmap().isNull():
        return ""
    return widget.text().strip()


def _label_problem(label: QLabel) -> str:
    width, height = label.width(), label.height()
    if label.wordWrap() and label.hasHeightForWidth():
        need = label.heightForWidth(width)
        if height + SLACK < need:
            return f"{_describe(label)} is {width}x{height}, its wrapped text needs height {need}"
        return ""
    hint = label.sizeHint()
    if width + SLACK < hint.width() or height + SLACK < hint.height():
        return f"{_describe(label)} is {width}x{height}, its text needs {hint.width()}x{hint.height()}"
    return ""


def _button_problem(button: QAbstractButton) -> str:
    if isinstance(button, QToolButton) and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return ""
    width, height = button.width(), button.height()
    if button.hasHeightForWidth():  # a check box or radio button whose text wraps
        need = button.heightForWidth(width)
        least = button.minimumSizeHint().width()
        if height + SLACK < need or width + SLACK < least:
            return f"{_describe(button)} is {width}x{height}, its wrapped text needs {max(width, least)}x{need}"
        return ""
    hint = button.sizeHint()
    metrics = button.fontMetrics()
    text_width = metrics.horizontalAdvance(button.text().replace("&&", "\0").replace("&", "").replace("\0", "&"))
    if width + SLACK < min(hint.width(), text_width + 8) or height + SLACK < metrics.height():
        return (f"{_describe(button)} is {width}x{height}, its text needs "
                f"{hint.width()}x{max(hint.height(), metrics.height())}")
    return ""


def _cut_at_right(widget: QWidget, area: QAbstractScrollArea) -> str:
    """A widget inside the page's scroll view whose right edge lies past the view's right edge."""
    viewport = area.viewport()
    right = widget.mapTo(viewport, QPoint(widget.width(), 0)).x()
    if right > viewport.width() + SLACK:
        return f"{_describe(widget)} reaches x={right}, past the scroll view's width {viewport.width()}"
    return ""


def widget_problems(root: QWidget, where: str, window_height: int, page: QWidget | None = None) -> list[str]:
    """Everything wrong with the layout of the shown widget tree ``root``; its scroll view is
    looked for in ``page`` (default: ``root``)."""
    settle()
    problems: list[str] = []
    area = page_scroll_area(page or root)
    if area is None:
        problems.append("no scroll view")
    else:
        horizontal = area.horizontalScrollBar()
        if horizontal.maximum() > 0:
            problems.append(f"scrolls sideways by {horizontal.maximum()} px")
        if area.height() < MIN_SCROLL_SHARE * window_height:
            problems.append(f"scroll view is {area.height()} px high, "
                            f"under {MIN_SCROLL_SHARE:.0%} of the window's {window_height}")
        for inner in area.findChildren(QAbstractScrollArea):
            if not inner.isVisible():
                continue
            for direction, bar in (("down", inner.verticalScrollBar()), ("sideways", inner.horizontalScrollBar())):
                if bar.maximum() > 0:
                    problems.append(f"scroll box inside the page: {_describe(inner)} "
                                    f"scrolls {direction} by {bar.maximum()} px")
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, (QLabel, QAbstractButton)):
            continue
        if not _shown_text(widget):
            continue
        problem = _label_problem(widget) if isinstance(widget, QLabel) else _button_problem(widget)
        if not problem and area is not None and area.isAncestorOf(widget):
            problem = _cut_at_right(widget, area)
        if problem:
            problems.append(problem)
    return [f"{where}: {problem}" for problem in problems]


def _sections(page: QWidget) -> SectionTabs | None:
    tabs = page.findChildren(SectionTabs)
    return tabs[0] if tabs else None


def layout_problems(window, where: str = "") -> list[str]:
    """Open every page of the main window, and every section of tabbed pages, and check each at
    the window's current size. ``where`` starts each message (e.g. the text size)."""
    size = f"{window.width()}x{window.height()}"
    prefix = f"{where} {size}".strip()
    problems: list[str] = []
    for name in list(window.pages):
        window.show_page(name)
        settle()
        page = window.pages[name][0]
        tabs = _sections(page)
        if tabs is None:
            problems += widget_problems(window.centralWidget(), f"{prefix} {name}", window.height(), page)
            continue
        opened = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
            problems += widget_problems(window.centralWidget(), f"{prefix} {name}/{tabs.tabText(index)}",
                                        window.height(), page)
        tabs.setCurrentIndex(opened)
    return problems
