"""Translation: the one ``tr`` every module uses, the current language, and loading the
translators.

pylupdate collects every ``tr("…")`` call in app/ into one context (the empty one), so the
helper looks strings up there. One context means one Dutch word per English phrase; where a
phrase needs two translations, pass a ``disambiguation`` note.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import resource

log = logging.getLogger("app")


QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
"""Qt's own words that qtbase_nl.qm does not translate (Qt 6 added the "&" and the old Dutch
no longer matches): Paraat's translation file holds them in Qt's context, and is installed
after qtbase_nl so Qt asks it first (tests/ui/common/test_file_dialogs.py shows the dialog)."""


def tr(text: str, disambiguation: str | None = None) -> str:
    """``text`` in the current language."""
    return QCoreApplication.translate("", text, disambiguation)


def current_language() -> str:
    """"nl" or "en": the language Paraat is showing now (set with QLocale.setDefault)."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


class Translations:
    """Qt's own Dutch (standard buttons) and Paraat's, swapped when the language changes."""

    installed: list[QTranslator] = []  # shared: one set of translators per process
    installed_for: tuple[QCoreApplication, str] | None = None
    """The application ``installed`` are installed in, and the folder of Paraat's file."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app

    def use(self, language: str) -> None:
        if language == "nl":
            QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        else:  # English with British number writing: 1.5 litres, 27,000 kcal
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        ours = str(resource("i18n"))
        if language == "nl" and self.installed and Translations.installed_for == (self.app, ours):
            return  # Dutch is installed already (the start asks twice): nothing loaded again
        for translator in self.installed:
            self.app.removeTranslator(translator)
            translator.setParent(None)  # freed with its Python object: each kept its file mapped
        self.installed.clear()
        Translations.installed_for = (self.app, ours)
        if language != "nl":
            return
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (("qtbase_nl", qt_dir), ("paraat_nl", ours)):
            translator = QTranslator(self.app)
            if translator.load(name, folder):
                self.app.installTranslator(translator)
                self.installed.append(translator)
            else:
                log.warning("translation %s not found in %s", name, folder)


def before_qt(text: str, language: str) -> str:
    """``text`` (marked with tr()) in ``language`` while there is no QApplication yet to
    install a translator in: the translation file is asked directly."""
    if language != "nl":
        return text
    translator = QTranslator()
    if translator.load("paraat_nl", str(resource("i18n"))):
        return translator.translate("", text) or text
    return text
