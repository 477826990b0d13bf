"""resources/guidance/help_points.toml: the advice on where to go when phone and internet are
down, in both languages, with source keys; and which of the household's own places is named."""

from __future__ import annotations

import pytest

from app.content.formats import LANGUAGES
from app.content.help_points import (
    HelpPointDataError,
    filled,
    first_place,
    help_point_text,
    parse_help_points,
)
from app.content.sources import resolve
from app.core.records import HELP_POINTS, HelpPoint


def test_every_text_has_both_languages_and_known_sources():
    text = help_point_text()
    for name in ("screen", "paper", "paper_blank", "fridge"):
        for language in LANGUAGES:
            assert text.say(name, language).strip()
    assert set(text.places) <= set(HELP_POINTS)
    assert {"emergency_point", "fire_station", "town_hall"} <= set(text.places)
    for keys in text.sources().values():
        assert keys
        for key in keys:
            resolve(key)  # raises on an unknown key


def test_the_advice_says_what_the_facts_say():
    text = help_point_text()
    screen = text.say("screen", "nl")
    assert "gemeentehuis" in screen and "brandweerkazerne" in screen  # FACTS 1.2
    assert "noodstroom" in text.place("fire_station", "nl")  # FACTS 6.7 caution
    assert "Vraag je gemeente" in text.place("emergency_point", "nl")
    assert text.place("gp", "nl") == ""  # no fact to give: no advice
    assert "FACTS 6.7" in text.places["fire_station"].sources


def test_a_text_without_a_language_or_source_is_refused():
    good = {"nl": "Ja.", "en": "Yes.", "sources": ["FACTS 1.2"]}
    data = {name: dict(good) for name in ("screen", "paper", "paper_blank", "fridge")}
    parse_help_points(data)
    with pytest.raises(HelpPointDataError, match="no en"):
        parse_help_points({**data, "paper": {"nl": "Ja.", "sources": ["FACTS 1.2"]}})
    with pytest.raises(HelpPointDataError, match="no source"):
        parse_help_points({**data, "fridge": {"nl": "Ja.", "en": "Yes."}})
    with pytest.raises(HelpPointDataError, match="unknown places"):
        parse_help_points({**data, "places": {"library": good}})


def test_filled_keeps_the_order_and_leaves_out_blank_places():
    points = {point_id: HelpPoint(point_id) for point_id in HELP_POINTS}
    points["hospital"].place = "Ziekenhuis, Ringweg 100"
    points["fire_station"].place = "Kazerne, Havenweg 5"
    points["gp"].place = "   "
    assert [point.id for point in filled(points)] == ["fire_station", "hospital"]
    assert first_place(points) is points["fire_station"]
    points["town_hall"].place = "Stadhuis"
    assert first_place(points) is points["town_hall"]
    points["emergency_point"].place = "Buurthuis"
    assert first_place(points) is points["emergency_point"]
    assert first_place({"hospital": points["hospital"], "gp": points["gp"]}) is None
    assert filled({}) == []


def test_notes_without_a_name_still_count_as_filled_in():
    """Nothing typed is left off the paper: notes alone ("achter de kerk, open 9-17") print too,
    but the timeline only names a place that has a name."""
    from app.core.household import Household, missing_items

    points = {point_id: HelpPoint(point_id) for point_id in HELP_POINTS}
    household = Household(help_points=points)
    assert "help_point" in [item.code for item in missing_items(household)]
    points["gp"].details = "Achter de kerk, open van 8 tot 17 uur"
    assert [point.id for point in filled(points)] == ["gp"]
    assert "help_point" not in [item.code for item in missing_items(household)]
    points["town_hall"].details = "Ingang aan de achterkant"
    assert first_place(points) is None
