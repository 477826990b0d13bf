"""Layouts that reflow (issue 18): at every text size, in 1280x800 and 1024x768, every page and
every section shows its content in one vertical scroll, nothing is cut off, nothing scrolls
sideways, no scroll box sits inside the page's scroll, and the scroll view keeps at least 45 % of
the window's height. The checks live in tests/ui/layout_checks.py."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ui.common.theme import TEXT_SIZES
from tests.ui.layout_checks import layout_problems, settle

WINDOW_SIZES = ((1280, 800), (1024, 768))


@pytest.mark.parametrize("text_size", list(TEXT_SIZES))
def test_every_page_reflows(launcher, text_size):
    launcher.start_demo(dt.date(2026, 3, 1))
    launcher.paraat.session.set_setting("text_size", text_size)
    window = launcher.paraat.build_window()
    problems: list[str] = []
    for width, height in WINDOW_SIZES:
        window.resize(width, height)
        settle()
        assert (window.width(), window.height()) == (width, height)
        problems += layout_problems(window, text_size)
    launcher.paraat.session.set_setting("text_size", "normal")
    assert not problems, f"{len(problems)} layout problems:\n" + "\n".join(problems)
