"""The one translation helper every UI module uses.

pylupdate collects every ``tr("…")`` call in app/ into one context (the empty one), so the
helper looks strings up there. One context means one Dutch word per English phrase; where a
phrase needs two translations, pass a ``disambiguation`` note.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def tr(text: str, disambiguation: str | None = None) -> str:
    """``text`` in the current language."""
    return QCoreApplication.translate("", text, disambiguation)


def current_language() -> str:
    """"nl" or "en": the language Paraat is showing now (set with QLocale.setDefault)."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"
