"""Say something to a screen reader without moving the focus.

A label whose text changes is not read by Orca or NVDA unless it has the focus. Saves
("Alles is opgeslagen"), errors ("Tel minstens één persoon") and the title of a page that
opens are sent as an accessible announcement (Qt 6.8+, AT-SPI ``object:announcement``);
errors interrupt ("assertive"), the rest waits its turn ("polite").
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel


def announce(source: QObject, text: str, *, assertive: bool = False) -> None:
    """Ask the screen reader (if one listens) to read ``text``; ``source`` is the widget it is about."""
    text = text.strip()
    if not text:
        return
    # imported at the first announcement, not with this module: QAccessible's Python class has
    # many enums (1.5 ms), and the start announces nothing (issue 20)
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    if not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(source, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    QAccessible.updateAccessibility(event)


def show_problem(label: QLabel, text: str, *, announced: bool = True) -> None:
    """Show ``text`` as the problem beside a field ("⚠ …", hidden when empty) and read it out
    at once (assertive): the one place where forms and the wizard say what is wrong.

    ``announced=False`` only shows it: a warning found while loading, or while the user is
    still typing (FieldBinding says it when the user leaves the field)."""
    text = text.strip()
    label.setText(("⚠ " + text) if text else "")
    label.setVisible(bool(text))
    if text and announced:
        announce(label, text, assertive=True)
