"""The practice evening's script (resources/guidance/practice.toml) and how it becomes the
household's own: both languages, source keys that resolve, the household's facts filled in,
lines without their facts left out, no candles where someone uses oxygen, and the answers
turned into things to buy and a dated note."""

from __future__ import annotations

import copy
import datetime as dt
import tomllib

import pytest

from app.content.practice import (
    FACTS,
    PracticeDataError,
    add_note,
    household_facts,
    oxygen_users,
    parse_practice,
    practice_outcome,
    practice_script,
    practice_text,
    who_checks_on_whom,
)
from app.content.sources import resolve
from app.core.demo import demo_household, demo_stock
from app.core.household import Household
from app.core.records import Member
from app.paths import resource

TODAY = dt.date(2026, 5, 9)
CANDLE_WORDS = ("kaars", "candle")


def raw() -> dict:
    return tomllib.loads(resource("guidance", "practice.toml").read_text(encoding="utf-8"))


def demo(oxygen: bool = False) -> tuple[Household, list]:
    household = demo_household()
    if oxygen:
        household.members[4].devices = "Zuurstofconcentrator en een reservefles"
    return household, demo_stock(TODAY)


def test_every_line_has_sources_that_resolve_and_both_languages():
    text = practice_text()
    found = text.sources()
    assert len(found) > 30
    for where, keys in found.items():
        assert keys, where
        for key in keys:
            assert resolve(key).key == key, where
    for step in text.steps:
        for line in step.lines:
            assert set(line.texts) == {"nl", "en"}
    # the sections the brief names are all used
    used = {key for keys in found.values() for key in keys}
    assert {"FACTS 6.9", "FACTS 6.5", "FACTS 6.2", "FACTS 6.3", "FACTS 6.8", "FACTS 1.5",
            "FACTS 6.1"} <= used


def test_the_script_has_the_evening_in_order():
    ids = [step.id for step in practice_text().steps]
    for earlier, later in [("prepare", "switch_off"), ("oxygen", "switch_off"), ("switch_off", "light"),
                           ("light", "radio"), ("meal", "warm"), ("calls", "bedtime"), ("bedtime", "after")]:
        assert ids.index(earlier) < ids.index(later)
    assert [q.id for q in practice_text().questions] == ["missed", "hard", "agree"]


def test_the_demo_household_reads_its_own_facts_in_dutch():
    household, stock = demo()
    script = practice_script(household, stock, "nl")
    text = script.text()
    assert script.title == "Oefen een avond zonder stroom"
    assert "93.1 FM" in text and "RTV Utrecht" in text
    assert "Gangkast" in text  # where the torches are (stock location)
    assert "Woonkamer beneden" in text  # the meeting place at home
    assert "Tante Ineke (Zwolle)" in text and "06 12345009" in text
    assert "Sanne kijkt bij Oma Riet." in text
    assert "Kelderkast" in text and "Zolder" in text
    assert "{" not in text and "}" not in text
    assert "zuurstof" not in text.lower()  # nobody uses oxygen: no oxygen step
    assert any(word in text.lower() for word in CANDLE_WORDS)
    assert [q.text for q in script.questions] == ["Wat miste je?", "Wat ging moeilijk?",
                                                  "Wat spreken jullie nu af?"]


def test_english_is_the_same_script():
    household, stock = demo()
    dutch, english = practice_script(household, stock, "nl"), practice_script(household, stock, "en")
    assert [s.id for s in dutch.steps] == [s.id for s in english.steps]
    assert [len(s.lines) for s in dutch.steps] == [len(s.lines) for s in english.steps]
    assert english.title == "Practise an evening without power"
    assert "Sanne checks on Oma Riet." in english.text()


def test_oxygen_leaves_out_every_candle_and_practises_the_cylinder_first():
    household, stock = demo(oxygen=True)
    assert oxygen_users(household) == ["Oma Riet"]
    for language in ("nl", "en"):
        script = practice_script(household, stock, language)
        for step in script.steps:
            text = " ".join(line.text for line in step.lines).lower()
            if step.id == "oxygen":  # the one mention: no candles tonight
                assert "geen kaarsen" in text or "no candles" in text
            else:
                assert not any(word in text for word in CANDLE_WORDS), (language, step.id)
        ids = [step.id for step in script.steps]
        assert ids.index("oxygen") < ids.index("switch_off")
    oxygen_step = next(s for s in practice_script(household, stock, "nl").steps if s.id == "oxygen")
    assert oxygen_step.lines[0].text.startswith("Oma Riet gebruikt zuurstof")
    assert {"FACTS 6.1"} <= set(oxygen_step.sources)


@pytest.mark.parametrize("devices", ["Oxygen concentrator", "ZUURSTOF", "thuisbeademing met zuurstof"])
def test_oxygen_is_found_in_either_language(devices):
    household = Household(members=[Member(1, 1, "Kees", devices=devices)])
    assert oxygen_users(household) == ["Kees"]
    assert household_facts(household, [])["oxygen"] == "yes"


def test_an_empty_household_gets_the_general_script_without_blanks():
    script = practice_script(Household(), [], "nl")
    text = script.text()
    assert "denkvooruit.nl/radio" in text  # no frequency: look it up
    assert "nog geen contactpersoon" in text
    assert "Geef ze een vaste plek" in text  # no place for the torches yet
    assert "{" not in text and ": ." not in text and "  " not in text
    assert not any(step.listed for step in script.steps)
    lines = [line for step in script.steps for line in step.lines]
    assert any(line.write for line in lines)  # "write it down" leaves room on paper


def test_facts_and_lines_that_need_them():
    facts = household_facts(*demo())
    assert set(facts) == set(FACTS)
    assert facts["frequency"] == "93.1" and facts["heating_power"] == "yes"
    household, stock = demo()
    household.home.heating = "wood"
    household.home.broadcaster = ""
    text = practice_script(household, stock, "nl").text()
    assert "verwarming heeft ook stroom nodig" not in text
    assert "Zoek 93.1 FM." in text


def test_who_checks_on_whom_says_each_agreement_once():
    household, _ = demo()
    calls = who_checks_on_whom(household, "nl")
    # Mark and meneer Bakker are in the help list, the checks and the tasks: said once
    assert sum("Bakker" in line for line in calls) == 1
    assert calls == ["Sanne kijkt bij Oma Riet.", "Mark kijkt bij Meneer Bakker (nr. 10).",
                     "Fatima el Amrani kijkt bij Oma Riet."]
    household.care.clear()
    household.checks.clear()
    assert who_checks_on_whom(household, "nl") == ["Mark kijkt bij meneer Bakker op nummer 10."]


def test_the_answers_become_things_to_buy_and_a_dated_note():
    outcome = practice_outcome("Hoofdlampjes\n- batterijen AA\n\n  \nhoofdlampjes\nKaarsen",
                               "De radio was moeilijk te vinden.", "Radio op de kast.\nElk half jaar oefenen.",
                               TODAY, "nl", already=["kaarsen"], persons=3)
    assert [item.name for item in outcome.to_buy] == ["Hoofdlampjes", "batterijen AA"]
    assert all(item.origin == "practice" and item.added == "2026-05-09" for item in outcome.to_buy)
    assert outcome.note == ("Oefenavond van 09-05-2026\nWat ging moeilijk?\nDe radio was moeilijk te vinden.\n"
                            "Wat spreken jullie nu af?\nRadio op de kast.\nElk half jaar oefenen.")
    assert add_note("Oud.", outcome.note) == "Oud.\n\n" + outcome.note
    assert add_note("", outcome.note) == outcome.note
    assert add_note("Oud.", "") == "Oud."
    empty = practice_outcome("", " ", "\n", TODAY, "en")
    assert empty.to_buy == () and empty.note == ""


def test_a_long_answer_line_is_cut_at_a_word_and_kept_whole_in_the_notes():
    line = "Een " + "heel lange zin over wat we misten " * 6
    (item,) = practice_outcome(line, "", "", TODAY, "nl").to_buy
    assert len(item.name) <= 100 and item.name.endswith("…")
    assert item.notes == " ".join(line.split())


def _broken(change) -> dict:
    data = copy.deepcopy(raw())
    change(data)
    return data


@pytest.mark.parametrize("change, match", [
    (lambda d: d["steps"][0]["lines"][0].pop("en"), "needs a text"),
    (lambda d: d["steps"][0]["lines"][0].update(sources=[]), "names no source"),
    (lambda d: d["steps"][0]["lines"][0].update(nl="Zoek {frequency}", en="Find {frequency}"),
     "without needing"),
    (lambda d: d["steps"][0]["lines"][0].update(nl="Zoek {frequency}"), "different placeholders"),
    (lambda d: d["steps"][0]["lines"][0].update(needs=["colour"]), "unknown"),
    (lambda d: d["steps"][1].update(id="prepare"), "must differ"),
    (lambda d: d["questions"].pop(), "questions"),
    (lambda d: d["steps"][0]["lines"][3].update(en="Your water: {water_places} {frequency}"),
     "different placeholders|without needing"),
])
def test_a_broken_file_is_refused(change, match):
    with pytest.raises(PracticeDataError, match=match):
        parse_practice(_broken(change))


def test_one_person_alone_gets_lines_for_one_person() -> None:
    """Someone who lives alone is not told to sit 'all together' or that 'four people' keep
    each other warm; they are asked to invite someone or phone that evening (FACTS 1.6)."""
    from app.content.practice import practice_script
    from app.core.household import Household
    from app.core.records import Member, Plan

    alone = Household(members=[Member(1, 1, "Riet", "senior")],
                      plan=Plan(contact_name="Ineke", contact_phone="06-12345009"))
    lines = [line.text for step in practice_script(alone, [], "nl").steps for line in step.lines]
    text = " ".join(lines)
    for together in ("met z'n allen", "Vier mensen", "Iedereen stuurt", "samen na", "samen door"):
        assert together not in text, together
    assert any("Woon je alleen?" in line for line in lines)
    assert any(line.startswith("Stuur een bericht naar Ineke") for line in lines)
    two = Household(members=[Member(1, 1, "Riet", "senior"), Member(2, 2, "Kees", "senior")],
                    plan=Plan(contact_name="Ineke", contact_phone="06-12345009"))
    lines = [line.text for step in practice_script(two, [], "nl").steps for line in step.lines]
    assert any("met z'n allen" in line for line in lines)
    assert not any("Woon je alleen?" in line for line in lines)


def test_the_places_are_found_in_one_walk_over_the_stock_as_item_by_item() -> None:
    """Issue 20: household_facts walks 20,000 entries once for all six place facts; each fact
    still lists each place once (case and spaces aside), in the order of the stock."""
    from app.content.practice import PLACES, _places
    from app.core.records import Stock

    household, _ = demo()
    kinds = ["radio", "flashlight", "candles", "food", "water", "blankets", "sleeping_bag", "own", "cash"]
    rooms = ["Kelder", "kelder", "  Keuken  kast ", "keuken kast", "", "Zolder", "Schuur", "KELDER", "gang"]
    stock = [Stock(item_id=kinds[(i * 7) % len(kinds)], quantity=1.0, unit="pcs",
                   location=rooms[(i * 5 + i // 9) % len(rooms)]) for i in range(400)]
    facts = household_facts(household, stock, "nl")
    for name, item_ids in PLACES.items():
        assert facts[name] == " ".join(_places(stock, item_ids).split()), name
    assert facts["warm_places"]  # blankets and sleeping bags together, each place once
    assert len(facts["warm_places"].casefold().split(", ")) == len(set(facts["warm_places"].casefold().split(", ")))
    assert household_facts(household, [], "nl")["food_places"] == ""
