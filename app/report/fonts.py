"""The font printed documents use: Atkinson Hyperlegible, shipped in resources/fonts/.

Designed by the Braille Institute for readers with low vision and licensed under the SIL Open
Font License 1.1 (resources/fonts/OFL.txt); taken from the PyPI package
fontpkg-atkinson-hyperlegible 1.6 (font version 1.006). Qt embeds it in every PDF, so a
printout looks the same on every computer whatever fonts the computer has.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFontDatabase

from app.paths import resource

FAMILY = "Atkinson Hyperlegible"
FILES = ("AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf",
         "AtkinsonHyperlegible-Italic.ttf", "AtkinsonHyperlegible-BoldItalic.ttf")


class FontMissing(RuntimeError):
    """The shipped font could not be loaded (a damaged installation)."""


@cache
def report_family() -> str:
    """Register the shipped font files (once) and return the family name to use."""
    families: set[str] = set()
    for name in FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        if font_id < 0:
            raise FontMissing(f"cannot load {name}")
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    if FAMILY not in families:
        raise FontMissing(f"{FAMILY} not among {sorted(families)}")
    return FAMILY
