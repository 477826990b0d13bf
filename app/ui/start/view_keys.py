"""The keys that work in every window: Ctrl+plus, Ctrl+minus and Ctrl+0 for the text size,
Ctrl+1 … Ctrl+9 (and Alt+1 … Alt+9) for the pages, F6 between the sidebar and the page, Ctrl+Tab
and Ctrl+PgDn for the next section (main window only); and window titles without repetition.

Alt+digit clashes with no menu: the menus' mnemonics are letters (&Bestand, Be&werken, Bee&ld;
&File, &Edit, &View) and no label or button in Paraat underlines a digit."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from app import APP_NAME
from app.ui.common.theme import DEFAULT_TEXT_SIZE, TEXT_SIZES

LARGER_KEYS = (QKeySequence("Ctrl++"), QKeySequence("Ctrl+="))
"""Ctrl+plus; Ctrl+= is the same key without Shift on most keyboards."""
SMALLER_KEYS = (QKeySequence("Ctrl+-"),)
NORMAL_KEYS = (QKeySequence("Ctrl+0"),)
PAGE_KEYS = 9
"""Ctrl+1 … Ctrl+9 open the first nine pages in the sidebar's order."""


NEXT_SECTION_KEYS = (QKeySequence("Ctrl+Tab"), QKeySequence("Ctrl+PgDown"))
"""The next section of a page made of sections (round from the last to the first)."""
PREVIOUS_SECTION_KEYS = (QKeySequence("Ctrl+Shift+Tab"), QKeySequence("Ctrl+PgUp"))
"""The previous section (Ctrl+Shift+Tab arrives as Ctrl+Shift+Backtab on most systems)."""
NEXT_PANE_KEYS = (QKeySequence("F6"),)
"""From the sidebar to the page and back."""
PREVIOUS_PANE_KEYS = (QKeySequence("Shift+F6"),)


def page_key(number: int) -> QKeySequence:
    """The key of the page at ``number`` (1 … 9) in the sidebar."""
    return QKeySequence(f"Ctrl+{number}")


def page_keys(number: int) -> list[QKeySequence]:
    """Ctrl+``number`` (shown in the menu), and Alt+``number``, which does the same."""
    return [page_key(number), QKeySequence(f"Alt+{number}")]


def key_text(keys: QKeySequence) -> str:
    """A key as the system writes it ("Ctrl+3"; "⌘3" on a Mac)."""
    return keys.toString(QKeySequence.SequenceFormat.NativeText)


def text_size_step(current: str, step: int) -> str:
    """The text size one step larger (``step`` 1) or smaller (-1) than ``current``, within the
    sizes Settings offers; 0 gives the normal size."""
    if step == 0:
        return DEFAULT_TEXT_SIZE
    sizes = list(TEXT_SIZES)
    index = sizes.index(current) if current in sizes else sizes.index(DEFAULT_TEXT_SIZE)
    return sizes[max(0, min(len(sizes) - 1, index + step))]


def window_title(text: str) -> str:
    """"Noodpakket — Paraat": what the window shows, then the program's name, once.

    Qt adds the program's name itself on Linux and Windows unless the title ends with it."""
    return f"{text} — {APP_NAME}" if text and text != APP_NAME else APP_NAME
