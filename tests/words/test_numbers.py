"""app/words/numbers: amounts with the language's decimal sign, counts in singular or plural."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from app.words.numbers import format_amount, plural


@pytest.fixture(params=["nl", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The default QLocale for one test, put back afterwards."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if request.param == "nl"
                               else QLocale.Language.English))
    yield request.param
    QLocale.setDefault(before)


def test_one_is_singular_and_everything_else_plural(language):
    assert plural(1, "1 person", "%1 people") == "1 person"
    assert plural(0, "1 person", "%1 people") == "0 people"
    assert plural(4, "1 person", "%1 people") == "4 people"


def test_a_large_count_is_written_as_the_language_writes_it(language):
    expected = {"nl": "1.000 mensen", "en": "1,000 mensen"}[language]
    assert plural(1000, "1 mens", "%1 mensen") == expected


def test_amounts_drop_trailing_zeros_and_use_the_decimal_sign(language):
    decimal = {"nl": ",", "en": "."}[language]
    assert format_amount(1.0) == "1"
    assert format_amount(1.5) == f"1{decimal}5"
    assert format_amount(0.125) == f"0{decimal}125"
    assert format_amount(2.0004) == "2"  # three decimals at most


def test_thousands_are_grouped_only_when_asked(language):
    group = {"nl": ".", "en": ","}[language]
    assert format_amount(27000) == "27000"  # editors read it back as the same number
    assert format_amount(27000, group=True) == f"27{group}000"
    assert format_amount(999, group=True) == "999"


def test_sentences_end_with_a_full_stop_once() -> None:
    from app.words.kit import sentences

    assert sentences("18% klaar voor 72 uur", "Babyvoeding: 0 van 3 dagen",
                     "Jullie water is genoeg voor 2 dagen.") == (
        "18% klaar voor 72 uur. Babyvoeding: 0 van 3 dagen. Jullie water is genoeg voor 2 dagen.")
    assert sentences("nog niet begonnen", "", "Begin met stap 1!") == (
        "Nog niet begonnen. Begin met stap 1!")  # each part starts a sentence
