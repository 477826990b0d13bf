"""resources/guidance/timeline.toml: every text in both languages, placeholders that exist,
source keys that resolve, and every line reachable from some household."""

from __future__ import annotations

import copy
import datetime as dt
import tomllib

import pytest

import app.content.timeline as timeline_module
from app.content.chapters import placeholder_values, placeholders
from app.content.formats import LANGUAGES
from app.content.sources import resolve
from app.content.timeline import STEP_HOURS, personal_timeline
from app.content.timeline_data import (
    ACTION_FIELDS,
    FLAGS,
    WORDS,
    TimelineDataError,
    parse_timeline,
    timeline_text,
)
from app.core.demo import demo_household, demo_stock
from app.core.household import Household
from app.core.kit import requirements
from app.core.records import Check, Contact, Device, Medicine, Member, Stock
from app.paths import resource

TODAY = dt.date(2026, 3, 15)
# Lines about Paraat itself, not about a fact: they need no source key.
NO_FACT = {"empty"}


def raw() -> dict:
    return tomllib.loads(resource("guidance", "timeline.toml").read_text(encoding="utf-8"))


def test_every_step_and_line_is_there_in_every_language():
    text = timeline_text()
    assert tuple(step.hours for step in text.steps) == STEP_HOURS
    for step in text.steps:
        assert set(step.headline) == set(step.what_happens) == set(LANGUAGES)
    for name, texts in text.lines.items():
        assert set(texts) == set(LANGUAGES), name
    assert set(text.intro) == set(text.title) == set(LANGUAGES)
    assert set(text.words) == set(WORDS)


def test_both_languages_use_the_same_placeholders():
    text = timeline_text()
    pairs = [("intro", text.intro), ("title", text.title)]
    pairs += [(f"step {s.hours}", s.headline) for s in text.steps]
    pairs += [(f"step {s.hours}", s.what_happens) for s in text.steps]
    pairs += [(f"line {name}", texts) for name, texts in text.lines.items()]
    for where, texts in pairs:
        used = {language: sorted(set(placeholders(texts[language]))) for language in LANGUAGES}
        assert used["nl"] == used["en"], where


def test_scenario_placeholders_are_chapter_placeholders():
    text = timeline_text()
    known = set(placeholder_values("nl"))
    for language in LANGUAGES:
        assert set(placeholders(text.title[language])) == {"elapsed", "headline"}
        assert not placeholders(text.intro[language])
        for step in text.steps:
            assert not placeholders(step.headline[language]), step.hours
            assert set(placeholders(step.what_happens[language])) <= known, step.hours


def test_no_text_types_in_a_number():
    """Numbers come from the data (hours, national numbers) or from the household, never typed."""
    text = timeline_text()
    texts = [text.intro, text.title, *text.lines.values(), *text.words.values()]
    texts += [step.headline for step in text.steps] + [step.what_happens for step in text.steps]
    texts += [action.text for step in text.steps for action in step.actions]
    for texts_by_language in texts:
        for value in texts_by_language.values():
            assert not any(ch.isdigit() for ch in value), value


def test_every_source_key_resolves():
    text = timeline_text()
    for step in text.steps:
        assert step.sources, f"step {step.hours} has no source"
        assert "SEED Wat als" in step.sources  # the government's scenario
        for key in step.sources:
            resolve(key)
    assert set(text.line_sources) == set(text.lines)
    for name, keys in text.line_sources.items():
        assert keys or name in NO_FACT, f"line {name} has no source"
        for key in keys:
            resolve(key)


def test_actions_use_known_placeholders_and_their_flags():
    """An action names only chapter placeholders, the file's values and household fields, the
    latter only with the flag that makes them known (who uses oxygen: needs oxygen)."""
    text = timeline_text()
    known = set(placeholder_values("nl")) | set(text.values)
    for step in text.steps:
        for action in step.actions:
            used = {language: sorted(set(placeholders(action.text[language]))) for language in LANGUAGES}
            assert used["nl"] == used["en"], action.text["nl"]
            for name in used["nl"]:
                if name in ACTION_FIELDS:
                    assert ACTION_FIELDS[name] in action.needs, (name, action.text["nl"])
                else:
                    assert name in known, name
            assert set(action.needs) | set(action.unless) <= set(FLAGS)
            assert not set(action.needs) & set(action.unless)


def test_every_action_and_value_has_sources_that_resolve():
    text = timeline_text()
    for step in text.steps:
        assert step.actions, step.hours
        for action in step.actions:
            assert action.sources, action.text["nl"]
            for key in action.sources:
                resolve(key)
    assert text.values
    for name, value in text.values.items():
        assert value.sources, name
        for key in value.sources:
            resolve(key)


def test_every_value_is_used_and_facts_that_change_carry_a_date():
    text = timeline_text()
    used = {name for step in text.steps for action in step.actions
            for name in placeholders(action.text["nl"])}
    assert set(text.values) <= used, f"unused values: {sorted(set(text.values) - used)}"
    # The noodsteunpunt pilot's size is a count that changes: it carries the month of its source.
    assert text.values["pilot_municipalities"].as_of == "2026-02"
    assert "FACTS 6.7" in text.values["pilot_municipalities"].sources


# --- every line is used, and every field it names is given --------------------------------------


def households() -> list[tuple[Household, list[Stock], float]]:
    """Households that between them reach every line of the timeline."""
    cases: list[tuple[Household, list[Stock], float]] = [
        (demo_household(), demo_stock(TODAY), hours) for hours in (48, 72, 168)]
    cases.append((Household(), [], 72))
    no_places = demo_household()  # a municipality but no place of its own to go when nothing works
    no_places.help_points = {}
    cases.append((no_places, [], 72))
    senior = Household(members=[Member(1, 1, "Riet", "senior", devices="Zuurstof")],
                       medicines=[Medicine(1, 1, "Metoprolol", "", 14), Medicine(2, 1, "Insuline", "", 7)])
    cases.append((senior, [Stock(1, "medicine:1", "", 1, "day"), Stock(2, "water", "", 9, "l"),
                           Stock(3, "flashlight", "", 1, "pcs", hours=6), Stock(4, "radio", "", 1, "pcs")], 72))
    cases.append((copy.deepcopy(senior), [Stock(1, "medicine:1", "", 30, "day"),
                                          Stock(2, "medicine:2", "", 30, "day")], 72))
    cases.append((Household(members=[Member(1, 1, "A", "adult")]), [Stock(1, "water", "", 1, "l")], 72))
    # Everything the kit asks for, then all but one thing: "complete" and "shopping_one".
    single = Household(members=[Member(1, 1, "A", "adult")],
                       contacts=[Contact(1, "Buur", "neighbour")])
    full = [Stock(i, r.item.id, "", r.quantity, r.item.unit, "Kast", hours=10 if r.item.light else None)
            for i, r in enumerate(requirements(single, 72), start=1)]
    cases += [(single, full, 72), (single, full[1:], 72)]
    checked = copy.deepcopy(single)
    checked.checks = [Check(1, 1, 1, "contact_checks")]
    cases.append((checked, [], 72))
    # Devices: oxygen with a wood stove; a battery device with only a number; one that stops at
    # once with nobody to call; a wood stove without oxygen.
    devices = Household(members=[Member(1, 1, "Riet", "senior"), Member(2, 2, "Jan", "adult")],
                        devices=[Device(1, 1, "oxygen_concentrator", "", battery_hours=4, cylinders=2,
                                        cylinder_hours=5, supplier="Vivisol", supplier_phone="0800-1234567"),
                                 Device(2, 2, "ventilator", "Beademing", battery_hours=30,
                                        supplier_phone="030-1234567", when_power_fails="Bel de huisarts."),
                                 Device(3, 2, "stair_lift", "", battery_hours=0)])
    devices.home.heating = "wood"
    devices.home.has_car = "no"  # a device that stops within the 72 hours and no car: who brings Riet
    cases.append((devices, [], 72))
    # Hours not all filled in (with and without what is known for sure), and less than an hour.
    partly = Household(members=[Member(1, 1, "Riet", "senior")],
                       devices=[Device(1, 1, "oxygen_concentrator", "", cylinders=2),
                                Device(2, 1, "oxygen_concentrator", "", battery_hours=0, cylinders=1),
                                Device(3, 1, "oxygen_concentrator", "", battery_hours=4, cylinders=2),
                                Device(4, 1, "oxygen_concentrator", "", cylinders=2, cylinder_hours=5),
                                Device(5, 1, "oxygen_concentrator", "", cylinders=1, spare_battery_hours=2,
                                       supplier="Vivisol"),
                                Device(6, 1, "oxygen_concentrator", "", battery_hours=0.5),
                                Device(7, 1, "feeding_pump", "", battery_hours=0.5)])
    cases.append((partly, [], 72))
    wood = copy.deepcopy(single)
    wood.home.heating = "wood"
    cases.append((wood, [], 72))
    for case in list(cases):
        household = copy.deepcopy(case[0])
        household.home.broadcaster, household.home.fm_frequency = "l1", ""
        household.plan.contact_name = "Oom Piet"
        cases.append((household, case[1], case[2]))
        other = copy.deepcopy(case[0])
        other.home.fm_frequency = "95.3"
        cases.append((other, case[1], case[2]))
    return cases


def test_every_line_is_reached_and_gets_the_fields_it_names(monkeypatch):
    given: dict[str, set[str]] = {}
    real = timeline_module._say

    def spy(key: str, language: str, **values: object) -> str:
        given.setdefault(key, set()).update(values)
        return real(key, language, **values)

    monkeypatch.setattr(timeline_module, "_say", spy)
    for language in LANGUAGES:
        for household, stock, hours in households():
            personal_timeline(household, stock, TODAY, language, hours)
    lines = timeline_text().lines
    assert set(given) == set(lines), f"never said: {sorted(set(lines) - set(given))}"
    for name, texts in lines.items():
        for language in LANGUAGES:
            assert set(placeholders(texts[language])) <= given[name], (name, language)


# --- the parser refuses a broken file ------------------------------------------------------------


def test_the_parser_reads_the_shipped_file():
    assert parse_timeline(raw()) == timeline_text()


def test_a_missing_language_is_refused():
    data = raw()
    del data["lines"]["fridge"]["en"]
    with pytest.raises(TimelineDataError, match="fridge"):
        parse_timeline(data)
    data = raw()
    data["steps"][0]["headline"]["nl"] = "  "
    with pytest.raises(TimelineDataError, match="empty"):
        parse_timeline(data)
    data = raw()
    del data["words"]["and"]
    with pytest.raises(TimelineDataError, match="and"):
        parse_timeline(data)


def test_broken_actions_and_values_are_refused():
    data = raw()
    data["steps"][0]["actions"][0]["unless"] = ["oxgyen"]
    with pytest.raises(TimelineDataError, match="flags"):
        parse_timeline(data)
    data = raw()
    data["steps"][0]["actions"][0]["unles"] = ["oxygen"]
    with pytest.raises(TimelineDataError, match="unknown keys"):
        parse_timeline(data)
    data = raw()
    data["steps"][1]["actions"][0]["sources"] = []
    with pytest.raises(TimelineDataError, match="source"):
        parse_timeline(data)
    data = raw()
    del data["steps"][1]["actions"][0]["en"]
    with pytest.raises(TimelineDataError, match="step 6 action 1"):
        parse_timeline(data)
    data = raw()
    data["values"]["boil_minutes"]["unit"] = "seconds"
    with pytest.raises(TimelineDataError, match="unit"):
        parse_timeline(data)
    data = raw()
    data["values"]["pilot_municipalities"]["as_of"] = "februari 2026"
    with pytest.raises(TimelineDataError, match="as_of"):
        parse_timeline(data)
    data = raw()
    data["values"]["boil_minutes"]["sources"] = []
    with pytest.raises(TimelineDataError, match="source"):
        parse_timeline(data)


def test_steps_out_of_order_are_refused():
    data = raw()
    data["steps"].reverse()
    with pytest.raises(TimelineDataError, match="order"):
        parse_timeline(data)
    data = raw()
    data["steps"][0]["sources"] = "FACTS 1.7"
    with pytest.raises(TimelineDataError, match="sources"):
        parse_timeline(data)
