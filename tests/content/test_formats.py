"""Numbers written the Dutch and the English way."""

from __future__ import annotations

import pytest

from app.content import formats


@pytest.mark.parametrize(("call", "nl", "en"), [
    (lambda lang: formats.litres(18.5, lang), "18,5 liter", "18.5 litres"),
    (lambda lang: formats.litres(1, lang), "1 liter", "1 litre"),
    (lambda lang: formats.litres(30.125, lang), "30,1 liter", "30.1 litres"),  # rounded down
    (lambda lang: formats.litres(2.99999999, lang), "3 liter", "3 litres"),  # float noise
    (lambda lang: formats.euros(70, lang), "€70", "€70"),
    (lambda lang: formats.euros(1250.5, lang), "€1.250,50", "€1,250.50"),
    (lambda lang: formats.kcal(2200, lang), "2.200 kcal", "2,200 kcal"),
    (lambda lang: formats.duration(28.6, lang), "1 dag en 4 uur", "1 day and 4 hours"),
    (lambda lang: formats.duration(48, lang), "2 dagen", "2 days"),
    (lambda lang: formats.duration(1, lang), "1 uur", "1 hour"),
    (lambda lang: formats.duration(0.4, lang), "minder dan een uur", "less than an hour"),
    (lambda lang: formats.join_words(["a", "b", "c"], lang), "a, b en c", "a, b and c"),
    (lambda lang: formats.join_words(["7", "10"], lang, alternatives=True), "7 of 10", "7 or 10"),
])
def test_formats(call, nl, en):
    assert call("nl") == nl
    assert call("en") == en


def test_unknown_language():
    with pytest.raises(ValueError):
        formats.check_language("fr")
