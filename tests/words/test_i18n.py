"""app/words/i18n Translations: Dutch is loaded once, and translators that are replaced are
freed (each kept its .qm files mapped: the start asked for Dutch twice, issue 20)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from app.words.i18n import Translations, current_language, tr


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    yield Translations(qapp)
    Translations(qapp).use("en")


def test_dutch_asked_again_keeps_the_translators_it_has(translations: Translations) -> None:
    translations.use("en")
    translations.use("nl")
    first = list(Translations.installed)
    assert len(first) == 2 and tr("Overview") == "Overzicht"
    translations.use("nl")
    assert Translations.installed == first  # nothing loaded again
    assert tr("Overview") == "Overzicht" and current_language() == "nl"


def test_replaced_translators_are_freed(translations: Translations) -> None:
    translations.use("nl")
    gone = [weakref.ref(translator) for translator in Translations.installed]
    translations.use("en")
    gc.collect()
    assert [ref() for ref in gone] == [None, None]
    assert tr("Overview") == "Overview" and current_language() == "en"
    translations.use("nl")
    assert tr("Overview") == "Overzicht"
