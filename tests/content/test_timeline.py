"""The power-cut timeline, made personal: checked against households worked out by hand.

Water: 3 L per person per day and 0.5 L per pet per day (the kit catalogue). Remaining water
at a step = stock − use per hour × hours since the power went; durations are rounded down
to whole hours, like the kit page ("never promise more than there is").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from app.content.chapters import APP_PAGES
from app.content.sources import resolve
from app.content.timeline import (
    STEP_HOURS,
    TOPICS,
    PersonalLine,
    TimelineStep,
    intro,
    personal_timeline,
    scenario,
    step_at,
)
from app.core.demo import demo_household, demo_stock
from app.core.household import Household
from app.core.kit import answers
from app.core.national import national_number
from app.core.records import Device, Medicine, MeetingPlace, Member, Pet, Plan, Stock

TODAY = dt.date(2026, 3, 15)


def lines_at(steps: list[TimelineStep], hours: int, topic: str | None = None) -> list[PersonalLine]:
    step = next(s for s in steps if s.hours == hours)
    return [line for line in step.for_you if topic is None or line.topic == topic]


def texts_at(steps: list[TimelineStep], hours: int, topic: str | None = None) -> list[str]:
    return [line.text for line in lines_at(steps, hours, topic)]


def all_lines(steps: list[TimelineStep]) -> list[PersonalLine]:
    return [line for step in steps for line in step.for_you]


# --- the scenario --------------------------------------------------------------------------------


def test_the_steps_follow_the_government_scenario():
    assert STEP_HOURS == (2, 6, 8, 24, 48, 72)
    assert set(TOPICS) == set(STEP_HOURS)
    for language in ("nl", "en"):
        steps = scenario(language)
        assert [s.hours for s in steps] == list(STEP_HOURS)
        assert all(s.title and s.what_happens and not s.for_you for s in steps)
        assert "{" not in "".join(s.what_happens + s.title for s in steps)
        assert intro(language)
    first = scenario("nl")[0]
    assert first.title.startswith("Na 2 uur")
    assert national_number("emergency").number in first.what_happens  # filled, not typed in
    assert "NL-Alert" in scenario("nl")[1].what_happens
    assert scenario("en")[3].title.startswith("After 24 hours")


def test_unknown_language_and_empty_horizon_are_refused():
    with pytest.raises(ValueError):
        personal_timeline(demo_household(), [], TODAY, "de")
    with pytest.raises(ValueError):
        personal_timeline(demo_household(), [], TODAY, "nl", 0)


# --- the demo family: two adults, a child, a baby, grandma and a dog -----------------------------

# 24 L + 10 L of water (the 4 000 kcal of crackers are past their date; the water is not).
# Use: 5 people × 3 L + 1 dog × 0.5 L = 15.5 L a day, so 34 L last 34 / 15.5 × 24 = 52.6 hours.
DEMO_WATER_NL = {
    2: "Jullie water: na 2 uur is er nog 32,7 liter, genoeg voor nog 2 dagen en 2 uur voor 5 mensen en 1 dier.",
    6: "Jullie water: na 6 uur is er nog 30,1 liter, genoeg voor nog 1 dag en 22 uur voor 5 mensen en 1 dier.",
    8: "Jullie water: na 8 uur is er nog 28,8 liter, genoeg voor nog 1 dag en 20 uur voor 5 mensen en 1 dier.",
    24: "Jullie water: na 24 uur is er nog 18,5 liter, genoeg voor nog 1 dag en 4 uur voor 5 mensen en 1 dier.",
    48: "Jullie water: na 48 uur is er nog 3 liter, genoeg voor nog 4 uur voor 5 mensen en 1 dier.",
}


@pytest.fixture
def demo() -> list[TimelineStep]:
    return personal_timeline(demo_household(), demo_stock(TODAY), TODAY, "nl")


def test_demo_water_worked_out_by_hand(demo):
    for hours, expected in DEMO_WATER_NL.items():
        assert texts_at(demo, hours, "water") == [expected]
    runs_out = lines_at(demo, 72, "water")
    assert [line.text for line in runs_out] == [
        "Jullie water is op na 2 dagen en 4 uur. Zorg voor meer water in je noodpakket."]
    assert runs_out[0].link == "app:kit"


def test_demo_water_in_english():
    steps = personal_timeline(demo_household(), demo_stock(TODAY), TODAY, "en")
    assert texts_at(steps, 24, "water") == [
        "Your water: after 24 hours you still have 18.5 litres, enough for another 1 day and 4 hours "
        "for 5 people and 1 animal."]
    assert texts_at(steps, 72, "water")[0].startswith("Your water runs out after 2 days and 4 hours.")


def test_demo_food_runs_out_after_one_day(demo):
    # 9 000 kcal in date; a day takes 2 × 2 200 + 2 000 + 1 800 = 8 200 kcal (the baby has baby
    # food), so it lasts 26.3 hours: 18 left at +8 h, gone after 1 day and 2 hours.
    assert texts_at(demo, 8, "food") == ["Eten: er is nog eten in je noodpakket voor 18 uur."]
    assert not lines_at(demo, 24, "food")
    assert texts_at(demo, 48, "food") == ["Het eten in je noodpakket is op na 1 dag en 2 uur."]


def test_demo_medicines_and_devices_at_two_hours(demo):
    # Metoprolol (10 tablets, 1 a day) and the insulin (20 doses, 2 a day) last 10 days; the
    # EpiPen is only for when needed and has no run-out hour.
    assert not lines_at(demo, 2, "medicine")
    assert texts_at(demo, 8, "medicine") == [
        "De medicijnen in je noodpakket zijn genoeg voor meer dan 72 uur. Apotheken kunnen nu dicht zijn."]
    # Oma Riet's bed is on the household page without battery hours: asked for, with the
    # number to call; her own words about it are not repeated in a second line.
    devices = lines_at(demo, 2, "device")
    assert len(devices) == 1 and "Oma Riet" in devices[0].text and "hoog-laagbed" in devices[0].text
    assert "vul in hoe lang de accu werkt" in devices[0].text and "030-2345680" in devices[0].text
    assert devices[0].link == "app:household"
    assert [step.hours for step in demo for line in step.for_you if line.topic == "medicine"] == [8]


def test_demo_torch_radio_and_cash_at_two_hours(demo):
    assert texts_at(demo, 2, "torch") == ["De zaklamp ligt hier: Gangkast."]
    assert texts_at(demo, 2, "radio") == ["De radio staat hier: Woonkamer."]
    assert texts_at(demo, 2, "light") == ["De lampen in je noodpakket geven samen ongeveer 16 uur licht."]
    cash = lines_at(demo, 2, "cash")
    # 3 adults (65+ counts as adult) × €70 + 2 children × €30 = €270; the kit holds €100.
    assert cash[0].text == "Contant geld: er zit €100 in je noodpakket. Het advies voor jullie is €270."
    assert cash[0].link == "app:kit"


def test_demo_broadcaster_contact_and_meeting_places(demo):
    broadcaster = texts_at(demo, 6, "broadcaster")
    assert len(broadcaster) == 1 and "93.1 FM" in broadcaster[0] and "RTV Utrecht" in broadcaster[0]
    contact = texts_at(demo, 6, "contact")
    assert contact == ["Probeer een sms te sturen naar jullie contactpersoon buiten de regio: "
                       "Tante Ineke (Zwolle), 06-12345009."]
    assert texts_at(demo, 6, "meeting") == [
        "Kunnen jullie elkaar niet bereiken? Dan zoek je elkaar hier: Bij de speeltuin op de hoek."]
    assert "Bibliotheek Oost" in texts_at(demo, 8, "meeting")[0]
    assert "tante Ineke" in texts_at(demo, 8, "stay")[0]


def test_demo_neighbours_and_fridge_at_a_day(demo):
    neighbours = texts_at(demo, 24, "neighbours")
    assert "Mark de Vries gaat langs bij Meneer Bakker." in neighbours
    assert "Fatima el Amrani komt kijken bij Oma Riet." in neighbours
    assert not any(line.link for line in lines_at(demo, 24, "neighbours"))  # nobody is left out
    assert texts_at(demo, 24, "fridge")[0].startswith("Eet eerst wat in de koelkast en de vriezer ligt.")


def test_demo_horizon_and_help_point(demo):
    horizon = texts_at(demo, 72, "horizon")
    assert horizon[0] == "Je noodpakket is berekend op 72 uur, zoals het boekje vraagt."
    assert re.fullmatch(r"Er ontbreken nog \d+ dingen in je noodpakket\. .*", horizon[1])
    # the demo household wrote down its own noodsteunpunt: the line names it, not the municipality
    assert texts_at(demo, 72, "help_point") == [
        "Werkt niets meer? Ga voor hulp en informatie naar Buurthuis De Linde, Lindelaan 12. "
        "Die plek heb je zelf opgeschreven in je noodplan."]


@pytest.mark.parametrize(("filled", "named"), [
    ({"emergency_point": "Buurthuis, Dorpsstraat 1", "town_hall": "Gemeentehuis, Markt 2"}, "Buurthuis, Dorpsstraat 1"),
    ({"town_hall": "Gemeentehuis, Markt 2", "fire_station": "Kazerne, Havenweg 5"}, "Gemeentehuis, Markt 2"),
    ({"fire_station": "Kazerne, Havenweg 5", "gp": "Huisarts, Laan 3"}, "Kazerne, Havenweg 5"),
])
def test_help_point_names_the_households_own_place_first(filled, named):
    household = demo_household()
    for point_id, point in household.help_points.items():
        point.place = filled.get(point_id, "")
    steps = personal_timeline(household, [], TODAY, "nl")
    line = texts_at(steps, 72, "help_point")[0]
    assert named in line
    assert all(place not in line for place in filled.values() if place != named)


def test_help_point_without_own_places_names_the_municipality():
    household = demo_household()
    for point in household.help_points.values():
        point.place = "  "
    line = texts_at(personal_timeline(household, [], TODAY, "en"), 72, "help_point")[0]
    assert line == ("If nothing works, go to the town hall or the fire station in Utrecht "
                    "for help and information.")


def test_demo_lines_with_data_have_no_link_except_gaps(demo):
    for line in all_lines(demo):
        assert line.link is None or line.link.startswith("app:")
        if line.link:
            assert line.link.split(":", 1)[1] in APP_PAGES


# --- a senior living alone, with medicines --------------------------------------------------------


@pytest.fixture
def senior() -> Household:
    return Household(
        members=[Member(1, 1, "Riet Jansen", "senior")],
        medicines=[Medicine(1, 1, "Metoprolol", "1 per dag", 14),
                   Medicine(2, 1, "Insuline", "", 7)],
    )


def senior_stock() -> list[Stock]:
    return [
        Stock(1, "medicine:1", "", 1, "day", "Badkamer"),  # one day left: runs out at +24 h
        Stock(2, "medicine:2", "", 10, "day", "Koelkast"),
        Stock(3, "water", "", 9, "l", "Kelder"),  # 9 L / 3 L a day = exactly 72 hours
        Stock(4, "flashlight", "", 1, "pcs", "", hours=6),
    ]


def test_senior_medicine_with_one_day_runs_out_before_two_days(senior):
    steps = personal_timeline(senior, senior_stock(), TODAY, "nl")
    found = [(s.hours, line) for s in steps for line in s.for_you if line.topic == "medicine"]
    assert len(found) == 1
    hours, line = found[0]
    assert hours == 24 and hours < 48
    assert line.text == "Na 24 uur is de Metoprolol van Riet Jansen op. Zorg nu voor een grotere voorraad."
    assert line.link == "app:kit"
    english = personal_timeline(senior, senior_stock(), TODAY, "en")
    assert "After 24 hours the Metoprolol for Riet Jansen runs out." in texts_at(english, 24, "medicine")[0]


def test_senior_water_for_one_person(senior):
    steps = personal_timeline(senior, senior_stock(), TODAY, "nl")
    assert texts_at(steps, 24, "water") == [
        "Je water: na 24 uur is er nog 6 liter, genoeg voor nog 2 dagen voor 1 persoon."]
    assert texts_at(steps, 48, "water") == [
        "Je water: na 48 uur is er nog 3 liter, genoeg voor nog 1 dag voor 1 persoon."]
    assert texts_at(steps, 72, "water")[0].startswith("Je water is op na 3 dagen.")


def test_senior_gaps_link_to_the_page_that_fills_them(senior):
    steps = personal_timeline(senior, senior_stock(), TODAY, "nl")
    links = {line.topic: line.link for line in all_lines(steps) if line.link}
    assert links["torch"] == "app:kit"  # a torch without a place
    assert links["radio"] == "app:kit"  # no radio at all
    assert links["broadcaster"] == "app:household"
    assert links["contact"] == "app:plan"
    assert links["meeting"] == "app:plan"
    assert links["stay"] == "app:plan"
    assert links["neighbours"] == "app:together"
    assert links["help_point"] == "app:household"
    assert "Je hebt nog geen radio op batterijen in je noodpakket." in texts_at(steps, 2, "radio")
    unchecked = [line for line in lines_at(steps, 24, "neighbours") if "Riet Jansen" in line.text]
    assert unchecked and unchecked[0].link == "app:together"  # a 65-plusser nobody looks in on


def test_powered_devices_and_medicines_that_last(senior):
    senior.members[0].devices = "Zuurstofapparaat"
    stock = [Stock(1, "medicine:1", "", 30, "day"), Stock(2, "medicine:2", "", 30, "day")]
    steps = personal_timeline(senior, stock, TODAY, "en")
    assert "Riet Jansen uses equipment that needs power: Zuurstofapparaat." in texts_at(steps, 2, "device")[0]
    assert texts_at(steps, 8, "medicine") == [
        "The medicines in your kit last more than 72 hours. Pharmacies may be closed now."]


# --- other households ------------------------------------------------------------------------------


def test_empty_profile_says_so_without_numbers():
    for language in ("nl", "en"):
        steps = personal_timeline(Household(pets=[Pet(1, "Kat", 2)]), [], TODAY, language)
        assert [s.hours for s in steps] == list(STEP_HOURS)
        for step in steps:
            assert len(step.for_you) == 1
            line = step.for_you[0]
            assert line.link == "app:household" and line.topic == "empty"
            assert not re.search(r"\d", line.text)


def test_no_water_at_all_is_said_once():
    household = Household(members=[Member(1, 1, "A", "adult"), Member(2, 2, "B", "child")])
    steps = personal_timeline(household, [], TODAY, "nl")
    water = [(s.hours, line) for s in steps for line in s.for_you if line.topic == "water"]
    assert len(water) == 1 and water[0][0] == 2
    assert water[0][1].text == ("Er staat nog geen drinkwater in je noodpakket. Voor 2 mensen is "
                                "6 liter per dag nodig.")
    assert water[0][1].link == "app:kit"
    assert texts_at(steps, 8, "food") == [
        "Er zit nog geen houdbaar eten in je noodpakket, en de winkels zijn dicht of leeg."]


def test_water_that_ran_out_earlier_is_mentioned_later():
    household = Household(members=[Member(1, 1, "A", "adult")])
    steps = personal_timeline(household, [Stock(1, "water", "", 1, "l")], TODAY, "en")
    # 1 L at 3 L a day lasts 8 hours: it runs out at the +8 h step and stays out.
    assert texts_at(steps, 6, "water")[0].startswith("Your water: after 6 hours you still have 0.2 litres")
    assert texts_at(steps, 8, "water")[0].startswith("Your water runs out after 8 hours.")
    for hours in (24, 48, 72):
        assert texts_at(steps, hours, "water")[0].startswith("Your water ran out after 8 hours.")


@pytest.mark.parametrize(("hours", "start", "link"), [
    (48, "Je noodpakket is berekend op 48 uur. Het advies is minstens 72 uur.", "app:kit"),
    (72, "Je noodpakket is berekend op 72 uur, zoals het boekje vraagt.", None),
    (168, "Je noodpakket is berekend op 7 dagen. Dat is langer dan 72 uur", None),
])
def test_kit_horizon_against_the_timeline(hours, start, link):
    steps = personal_timeline(demo_household(), demo_stock(TODAY), TODAY, "nl", hours)
    first = lines_at(steps, 72, "horizon")[0]
    assert first.text.startswith(start) and first.link == link


def test_broadcaster_and_contact_fallbacks():
    household = Household(members=[Member(1, 1, "A", "adult")],
                          plan=Plan(contact_name="Oom Piet"),
                          meeting_places={"near": MeetingPlace("near", "  ")})
    household.home.broadcaster = "l1"
    steps = personal_timeline(household, [], TODAY, "nl")
    assert lines_at(steps, 6, "broadcaster")[0].link == "app:household"
    assert "L1" in texts_at(steps, 6, "broadcaster")[0]
    contact = lines_at(steps, 6, "contact")[0]
    assert "Oom Piet" in contact.text and contact.link == "app:plan"
    assert lines_at(steps, 6, "meeting")[0].link == "app:plan"  # spaces only: still missing
    household.home.broadcaster, household.home.fm_frequency = "", "95.3"
    steps = personal_timeline(household, [], TODAY, "en")
    assert texts_at(steps, 6, "broadcaster")[0].startswith("Tune the radio to 95.3 FM.")


def test_household_text_is_never_read_as_markup():
    household = Household(members=[Member(1, 1, "{hours} {x}", "adult", devices="{kapot")])
    steps = personal_timeline(household, [], TODAY, "nl")
    assert "{hours} {x} gebruikt een apparaat" in texts_at(steps, 2, "device")[0]


# --- every hour filled: what anyone does at each step ---------------------------------------------


def oxygen_household() -> Household:
    """Riet uses an oxygen concentrator: 4 hours on its battery and 2 cylinders of 5 hours."""
    household = Household(
        members=[Member(1, 1, "Riet Jansen", "senior"), Member(2, 2, "Kees Jansen", "senior")],
        devices=[Device(1, 1, "oxygen_concentrator", "Zuurstofapparaat", battery_hours=4, cylinders=2,
                        cylinder_hours=5, supplier="Vivisol", supplier_phone="0800-0200300",
                        when_power_fails="Sluit de eerste fles aan en bel Vivisol.")])
    household.home.heating = "wood"
    return household


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("make", [demo_household, oxygen_household, Household], ids=["demo", "oxygen", "empty"])
def test_every_step_has_at_least_two_actions_with_sources(make, language):
    steps = personal_timeline(make(), demo_stock(TODAY), TODAY, language)
    assert [step.hours for step in steps] == [2, 6, 8, 24, 48, 72]
    for step in steps:
        assert len(step.actions) >= 2, step.hours
        for action in step.actions:
            assert action.text and "{" not in action.text
            assert action.sources, action.text
            for key in action.sources:
                resolve(key)
    topics = {action.topic for step in steps for action in step.actions}
    assert {"sanitation", "warmth", "food", "water", "news", "neighbours", "carbon_monoxide"} <= topics


def test_the_actions_name_their_facts():
    steps = personal_timeline(demo_household(), demo_stock(TODAY), TODAY, "nl")
    everything = " ".join(a.text for s in steps for a in s.actions)
    assert "twee vuilniszakken" in everything and "handgel" in everything  # the emergency toilet
    assert "aggregaat" in everything and "koolmonoxide" in everything
    assert "7 °C" in everything and "15 °C" in everything and "Voedingscentrum" in everything
    assert "ongeveer 24 uur bevroren" in everything
    assert "minstens 3 liter per persoon per dag" in everything and "langer dan 24 uur" in everything
    assert "Kook het dan 3 minuten" in everything
    assert "crisis.nl" in everything and "NL-Alert" in everything
    assert any(a.topic == "sanitation" for a in lines_at_actions(steps, 24))
    assert {a.topic for a in lines_at_actions(steps, 48)} >= {"warmth", "neighbours"}
    assert lines_at(steps, 48, "heating")  # +48 h has a line of its own for this home too


def lines_at_actions(steps: list[TimelineStep], hours: int) -> list[PersonalLine]:
    return next(s for s in steps if s.hours == hours).actions


def test_a_fact_that_can_change_shows_its_date():
    """The noodsteunpunt pilot: 'stand: februari 2026', and after a year 'kan nu anders zijn'."""
    for today, expected in ((dt.date(2026, 12, 1), "(stand: februari 2026)"),
                            (dt.date(2027, 3, 1), "(stand: februari 2026; dit kan nu anders zijn)")):
        steps = personal_timeline(demo_household(), [], today, "nl")
        pilot = [a.text for a in lines_at_actions(steps, 72) if "noodsteunpunt" in a.text]
        assert len(pilot) == 1 and "70 gemeenten" in pilot[0]
        assert pilot[0].endswith(expected)
        assert "In februari 2026 begon" in pilot[0]  # past tense: no claim about today
    english = personal_timeline(demo_household(), [], dt.date(2026, 12, 1), "en")
    assert any(a.text.endswith("(as of February 2026)") for a in lines_at_actions(english, 72))


# --- devices and medicines at the hour they run out -----------------------------------------------


def test_step_at_is_the_step_at_or_before_the_hour():
    assert [step_at(h) for h in (0.5, 2, 5.9, 14, 24, 60, 72, 200)] == [2, 2, 2, 8, 24, 48, 72, 72]


def test_oxygen_runs_out_at_fourteen_hours_with_the_suppliers_number():
    steps = personal_timeline(oxygen_household(), [], TODAY, "nl")
    found = [(s.hours, line) for s in steps for line in s.for_you if line.topic == "device"]
    assert len(found) == 1
    hours, line = found[0]
    assert hours == 8  # 4 + 2 × 5 = 14 hours: under the step at or before it
    assert line.text == ("Na 14 uur is de zuurstof van Riet Jansen op (Zuurstofapparaat). "
                         "Bel Vivisol, dag en nacht: 0800-0200300. "
                         "Afspraak: Sluit de eerste fles aan en bel Vivisol. "
                         "Lukt bellen niet? Ga dan nu naar de plek die je hebt afgesproken.")  # after +6 hours
    assert line.link is None and "FACTS 6.1" in line.sources
    english = personal_timeline(oxygen_household(), [], TODAY, "en")
    assert texts_at(english, 8, "device")[0].startswith(
        "After 14 hours the oxygen for Riet Jansen runs out (Zuurstofapparaat). Call Vivisol, day and night: 0800-0200300.")


FLAME = re.compile(r"kaars|lucifer|gasfornuis|gasstel|candle|match|gas cooker|camping stove|smok|rook", re.I)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_with_oxygen_no_line_advises_an_open_flame_and_one_says_why(language):
    household = oxygen_household()
    assert answers(household)["oxygen"] == "yes"
    stock = demo_stock(TODAY) + [Stock(90, "candles", "", 2, "pack", "Keukenla", hours=20)]
    steps = personal_timeline(household, stock, TODAY, language)
    lines = [line for step in steps for line in step.actions + step.for_you]
    why = [line for line in lines if FLAME.search(line.text)]
    assert len(why) == 1, [line.text for line in why]
    assert why[0].topic == "oxygen" and why[0].sources == ("FACTS 6.1",)
    assert "Riet Jansen" in why[0].text
    # The wood stove stays out of Riet's room; the candles in the kit give no light here.
    assert "Riet Jansen" in texts_at(steps, 48, "heating")[0]
    # (the demo's lamps give 16 hours; with the 2 × 20 hours of candles: 2 days and 8 hours)
    light = texts_at(steps, 2, "light")
    assert len(light) == 1 and "16" in light[0] and "8" not in light[0]
    assert " 8 " in texts_at(personal_timeline(demo_household(), stock, TODAY, language), 2, "light")[0]
    # Without oxygen the candle advice is there, and the why-not line is not.
    plain = personal_timeline(demo_household(), stock, TODAY, language)
    flames = [a for s in plain for a in s.actions if FLAME.search(a.text)]
    assert flames and all(a.topic == "light" for a in flames)


def test_oxygen_in_the_free_text_counts_too():
    household = Household(members=[Member(1, 1, "Piet", "senior", notes="gebruikt O2 's nachts")])
    steps = personal_timeline(household, [], TODAY, "nl")
    assert any(a.topic == "oxygen" and "Piet" in a.text for a in lines_at_actions(steps, 2))
    assert not any("Gebruik je toch kaarsen" in a.text for s in steps for a in s.actions)


def test_a_device_without_hours_asks_for_them_and_one_without_battery_stops_at_once():
    household = Household(members=[Member(1, 1, "Jan", "adult")],
                          devices=[Device(1, 1, "ventilator", "", supplier="Linde"),
                                   Device(2, 1, "stair_lift", "Traplift boven", battery_hours=0)])
    lines = lines_at(personal_timeline(household, [], TODAY, "nl"), 2, "device")
    assert [line.text for line in lines] == [
        "Het apparaat van Jan (beademingsapparaat): vul in hoe lang de accu werkt. Dan zie je hier "
        "wanneer het stopt. Vul in wie je dan belt, met een nummer dat dag en nacht werkt.",
        "Zodra de stroom uitvalt, stopt het apparaat van Jan: Traplift boven. "
        "Vul in wie je dan belt, met een nummer dat dag en nacht werkt."]
    assert all(line.link == "app:household" for line in lines)


def test_a_medicine_running_out_at_sixty_hours_is_under_the_48_hour_step():
    household = Household(members=[Member(1, 1, "Riet", "senior")],
                          medicines=[Medicine(1, 1, "Prednison", "1 per dag", per_day=1, in_stock=2.5)])
    steps = personal_timeline(household, [], TODAY, "nl")
    found = [(s.hours, line.text) for s in steps for line in s.for_you if line.topic == "medicine"]
    assert found == [(48, "Na 60 uur is de Prednison van Riet op. Zorg nu voor een grotere voorraad.")]


def test_a_device_that_lasts_beyond_three_days_is_under_the_last_step():
    household = Household(members=[Member(1, 1, "Jan", "adult")],
                          devices=[Device(1, 1, "cpap", "", battery_hours=80, supplier="Medux",
                                          supplier_phone="088-1234567")])
    steps = personal_timeline(household, [], TODAY, "en")
    assert texts_at(steps, 72, "device") == [
        "After 80 hours the battery of Jan's equipment is flat: CPAP or BiPAP machine. "
        "Call Medux, day and night: 088-1234567."]


# --- device hours: partly unknown, fractions, less than an hour -------------------------------------


def device_lines(device: Device, language: str = "nl", hours: float = 72) -> list[tuple[int, PersonalLine]]:
    household = Household(members=[Member(1, 1, "Riet", "senior")], devices=[device])
    steps = personal_timeline(household, [], TODAY, language, hours)
    return [(s.hours, line) for s in steps for line in s.for_you if line.topic == "device"]


@pytest.mark.parametrize(("device", "expected"), [
    # Battery 4 h, 2 cylinders without hours: no "Na 4 uur", ask for the cylinder's hours.
    (Device(1, 1, "oxygen_concentrator", "O2", battery_hours=4, cylinders=2),
     "Het apparaat van Riet (O2) werkt zonder stroom minstens 4 uur. Vul ook in hoe lang één reservefles "
     "werkt. Dan zie je hier wanneer het stopt."),
    # Battery empty, 2 cylinders × 5 h: no "Na 10 uur", ask for the battery.
    (Device(1, 1, "oxygen_concentrator", "O2", cylinders=2, cylinder_hours=5),
     "Het apparaat van Riet (O2) werkt zonder stroom minstens 10 uur. Vul ook in hoe lang de accu werkt. "
     "Dan zie je hier wanneer het stopt."),
    (Device(1, 1, "oxygen_concentrator", "O2", cylinders=2, spare_battery_hours=2.5),
     "Het apparaat van Riet (O2) werkt zonder stroom minstens 2,5 uur. Vul ook in hoe lang de accu werkt "
     "en hoe lang één reservefles werkt. Dan zie je hier wanneer het stopt."),
    (Device(1, 1, "oxygen_concentrator", "O2", cylinders=2),
     "Het apparaat van Riet (O2): vul in hoe lang de accu werkt en hoe lang één reservefles werkt. "
     "Dan zie je hier wanneer het stopt."),
    (Device(1, 1, "oxygen_concentrator", "O2", battery_hours=0, cylinders=1),
     "Het apparaat van Riet (O2): vul in hoe lang één reservefles werkt. Dan zie je hier wanneer het stopt."),
])
def test_partly_unknown_hours_give_no_run_out_hour_but_ask_for_them(device, expected):
    found = device_lines(device)
    assert len(found) == 1
    hours, line = found[0]
    assert hours == 2  # asked at the first step, like fully unknown hours
    assert line.text.startswith(expected)
    assert "Na " not in line.text and " op " not in line.text
    assert line.link == "app:household" and line.sources == ("FACTS 6.1",)


def test_partly_unknown_hours_in_english():
    (_hours, line), = device_lines(Device(1, 1, "oxygen_concentrator", "O2", battery_hours=4, cylinders=2), "en")
    assert line.text.startswith("Riet's equipment (O2) keeps working without power for at least 4 hours. "
                                "Also fill in how long one spare cylinder lasts.")


@pytest.mark.parametrize(("battery", "step", "nl", "en"), [
    (0.5, 2, "Binnen een uur is de zuurstof van Riet op (O2).", "Within an hour the oxygen for Riet runs out (O2)."),
    (0.95, 2, "Binnen een uur is de zuurstof van Riet op (O2).", "Within an hour the oxygen for Riet runs out (O2)."),
    (1, 2, "Na 1 uur is de zuurstof van Riet op (O2).", "After 1 hour the oxygen for Riet runs out (O2)."),
    (1.99, 2, "Na 1,9 uur is de zuurstof van Riet op (O2).", "After 1.9 hours the oxygen for Riet runs out (O2)."),
    (13.5, 8, "Na 13,5 uur is de zuurstof van Riet op (O2).", "After 13.5 hours the oxygen for Riet runs out (O2)."),
    (24.06, 24, "Na 24 uur is de zuurstof van Riet op (O2).", "After 24 hours the oxygen for Riet runs out (O2)."),
])
def test_run_out_hours_are_the_papers_figure_rounded_down(battery, step, nl, en):
    """The paper says '+0,5 u', '+1,9 u', '+13,5 u' (rounded down to a tenth): the screen too;
    below an hour it says 'within an hour', never 'after 0 hours'."""
    device = Device(1, 1, "oxygen_concentrator", "O2", battery_hours=battery)
    for language, expected in (("nl", nl), ("en", en)):
        (hours, line), = device_lines(device, language)
        assert hours == step and line.text.startswith(expected), line.text


def test_a_battery_device_that_stops_within_an_hour():
    (_hours, line), = device_lines(Device(1, 1, "feeding_pump", "Pomp", battery_hours=0.25))
    assert line.text.startswith("Binnen een uur is de accu leeg van het apparaat van Riet: Pomp.")


def test_the_timeline_and_the_paper_show_the_same_hours(qapp):
    """app.words.plan.device_stop_text prints 'After 13.5 hours'; the timeline says 'Na 13,5 uur'."""
    from app.content.timeline import device_hours_known, device_hours_text
    from app.words.plan import device_stop_text
    for device in (Device(1, 1, "cpap", "", battery_hours=13.5), Device(1, 1, "cpap", "", battery_hours=1.99),
                   Device(1, 1, "oxygen_concentrator", "", battery_hours=4, cylinders=2, cylinder_hours=4.75)):
        paper = device_stop_text(device)  # "After %1 hours: …" in the test's language
        figure = paper.split(" ")[1]
        assert device_hours_known(device)
        assert device_hours_text(device.run_out_hours or 0.0, "nl").split(" ")[0] == figure.replace(".", ",")
    for device in (Device(1, 1, "cpap", ""), Device(1, 1, "oxygen_concentrator", "", battery_hours=4, cylinders=2),
                   Device(1, 1, "oxygen_concentrator", "", cylinders=2, cylinder_hours=5)):
        assert not device_hours_known(device)
        assert "___" in device_stop_text(device)


# --- what to do at +2 hours for each device ---------------------------------------------------------


def device_actions(household: Household, language: str = "nl", hours: float = 72) -> list[PersonalLine]:
    steps = personal_timeline(household, [], TODAY, language, hours)
    assert not any(a.topic == "device" for s in steps[1:] for a in s.actions)
    return [a for a in steps[0].actions if a.topic == "device"]


def test_every_device_gets_a_call_now_while_phones_work():
    household = Household(
        members=[Member(1, 1, "Riet", "senior"), Member(2, 2, "Jan", "adult")],
        devices=[Device(1, 1, "oxygen_concentrator", "O2", battery_hours=4, cylinders=2, cylinder_hours=5,
                        supplier="Vivisol", supplier_phone="0800-0200300",
                        when_power_fails="Sluit de fles aan en bel Vivisol."),
                 Device(2, 2, "ventilator", "", battery_hours=100, supplier_phone="030-1234567"),
                 Device(3, 2, "stair_lift", "Traplift", battery_hours=200, supplier="Otolift"),
                 Device(4, 2, "alarm_pendant", "", battery_hours=300)])
    actions = device_actions(household)
    go_in_time = ("Het apparaat van Riet (O2) stopt na 14 uur. Komt er voor die tijd geen hulp, of lukt bellen "
                  "niet meer? Ga dan ruim op tijd naar een plek met stroom: naar familie of vrienden, of naar een "
                  "plek die de huisarts of de zorgorganisatie noemt. Wacht niet tot het apparaat stopt.")
    assert [a.text for a in actions] == [
        "Bel nu Vivisol op 0800-0200300, nu bellen nog lukt. Zeg dat het apparaat van Riet (O2) geen stroom "
        "heeft. Vraag hoe lang de reserve werkt en wat je moet doen.",
        go_in_time,  # 14 hours, within the 72: go in time, also with a plan of their own
        "Bel nu de leverancier op 030-1234567, nu bellen nog lukt. Zeg dat het apparaat van Jan "
        "(beademingsapparaat) geen stroom heeft. Vraag hoe lang de reserve werkt en wat je moet doen.",
        "Bel nu Otolift, nu bellen nog lukt. Zeg dat het apparaat van Jan (Traplift) geen stroom heeft. "
        "Vraag hoe lang de reserve werkt en wat je moet doen. Vul ook hun nummer in, een nummer dat dag en "
        "nacht werkt.",
        "Bel nu de leverancier of de zorgorganisatie, nu bellen nog lukt. Zeg dat het apparaat van Jan "
        "(alarmknop) geen stroom heeft. Vraag hoe lang de reserve werkt en wat je moet doen. Vul in wie dat "
        "is, met een nummer dat dag en nacht werkt."]
    assert [a.link for a in actions] == [None, None, None, "app:household", "app:household"]
    for action in actions:
        assert action.sources == ("FACTS 6.1", "FACTS 1.7")
        assert all(resolve(key) for key in action.sources)
    # They come first at +2 hours: phones barely work after 6 hours.
    steps = personal_timeline(household, [], TODAY, "nl")
    assert steps[0].actions[:5] == actions


def test_where_to_go_when_a_device_stops_within_the_horizon_and_there_is_no_plan():
    riet = Member(1, 1, "Riet", "senior")
    stops = Device(1, 1, "oxygen_concentrator", "O2", battery_hours=4, cylinders=2, cylinder_hours=5,
                   supplier="Vivisol", supplier_phone="0800-0200300")
    go_in_time = ("Het apparaat van Riet (O2) stopt na 14 uur. Komt er voor die tijd geen hulp, of lukt bellen "
                  "niet meer? Ga dan ruim op tijd naar een plek met stroom: naar familie of vrienden, of naar een "
                  "plek die de huisarts of de zorgorganisatie noemt. Wacht niet tot het apparaat stopt.")
    where = ("Spreek af waar Riet naartoe gaat voordat het apparaat stopt (O2): naar familie of vrienden met "
             "stroom, of naar een plek die de huisarts of de zorgorganisatie noemt. Ga op tijd.")
    actions = device_actions(Household(members=[riet], devices=[stops]))
    assert [a.text for a in actions][1:] == [go_in_time]  # a known hour: say it
    assert actions[1].link is None and actions[1].sources == ("FACTS 6.1", "FACTS 1.7")
    # With a plan of the household's own: still go in time (the plan may fail when phones do).
    planned = dataclasses.replace(stops, when_power_fails="Naar dochter Els in Ede.")
    assert [a.text for a in device_actions(Household(members=[riet], devices=[planned]))][1:] == [go_in_time]
    # Lasting beyond the kit's horizon and the 72 hours: no need to leave.
    lasts = dataclasses.replace(stops, battery_hours=80)
    assert len(device_actions(Household(members=[riet], devices=[lasts]))) == 1
    # ... but with a kit for 7 days, 90 hours is within it.
    within = device_actions(Household(members=[riet], devices=[lasts]), hours=168)
    assert len(within) == 2 and "stopt na 90 uur" in within[1].text
    # Unknown hours: it may stop at any time after what is known for sure: agree where to go.
    unknown = dataclasses.replace(stops, cylinder_hours=None)
    assert [a.text for a in device_actions(Household(members=[riet], devices=[unknown]))][1:] == [where]
    sure = dataclasses.replace(stops, battery_hours=None, cylinder_hours=50)
    assert len(device_actions(Household(members=[riet], devices=[sure]))) == 1  # at least 100 hours
    english = device_actions(Household(members=[riet], devices=[stops]), "en")
    assert [a.text for a in english] == [
        "Call Vivisol on 0800-0200300 now, while phones still work. Say that Riet's equipment (O2) has no "
        "power. Ask how long the backup lasts and what to do.",
        "Riet's equipment (O2) stops after 14 hours. If no help comes before then, or calling no longer works, "
        "go to a place with power in good time: to family or friends, or to a place the GP or the care "
        "organisation names. Do not wait until the equipment stops."]


def test_without_a_car_the_timeline_asks_who_takes_the_person():
    """No car in the house and a device that stops within the 72 hours: agree now who brings the
    person to a place with power (the reviewer's one-person oxygen household had no car)."""
    from app.core.records import Home

    riet = Member(1, 1, "Riet", "senior")
    stops = Device(1, 1, "oxygen_concentrator", "O2", battery_hours=4, cylinders=2, cylinder_hours=5,
                   supplier="Vivisol", supplier_phone="0800-0200300")
    without = Household(home=Home(has_car="no"), members=[riet], devices=[stops])
    texts = [a.text for a in device_actions(without)]
    assert texts[-1] == "Er is geen auto in huis. Spreek nu af wie Riet naar die plek kan brengen."
    with_car = Household(home=Home(has_car="yes"), members=[riet], devices=[stops])
    assert not any("auto" in a.text for a in device_actions(with_car))
    lasts = dataclasses.replace(stops, battery_hours=200)
    assert not any("auto" in a.text for a in device_actions(Household(home=Home(has_car="no"), members=[riet],
                                                                        devices=[lasts])))


def test_no_device_no_device_actions():
    assert not device_actions(Household(members=[Member(1, 1, "Piet", "adult")]))
    assert not device_actions(Household(members=[Member(1, 1, "Piet", "adult", devices="Zuurstof")]))


def test_the_timeline_says_a_fact_may_have_changed_in_the_chapters_words():
    from app.content.chapters import changed_words
    from app.content.timeline_data import timeline_text
    for language in ("nl", "en"):
        assert timeline_text().word("as_of_old", language).endswith(f"; {changed_words(language)}")


@pytest.mark.parametrize("oxygen", [False, True])
def test_baby_bottles_come_up_only_in_a_house_with_a_baby(oxygen: bool) -> None:
    """The boil-water advice (FACTS 6.4) names baby bottles for a house with a baby, and only
    there; with oxygen it keeps its 'no flame near the oxygen' sentence either way."""
    from app.content.timeline import step_actions

    def boiling(members: list[Member]) -> list[str]:
        household = Household(members=members)
        if oxygen:
            household.devices = [Device(1, 1, "oxygen_concentrator", "", battery_hours=4)]
        found = [line.text for index in range(len(STEP_HOURS))
                 for line in step_actions(index, household, TODAY, "nl") if "koken?" in line.text]
        assert len(found) == 1, found
        assert ("zuurstof" in found[0]) is oxygen
        return found

    alone = boiling([Member(1, name="Riet", age_group="senior")])
    with_baby = boiling([Member(1, name="Sanne"), Member(2, name="Daan", age_group="baby")])
    assert "baby" not in alone[0] and "flesjes voor de baby" in with_baby[0]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_one_person_is_not_told_about_everyone_or_more_people_in_a_room(language):
    from app.core.records import Home

    def warmth(members: list[Member]) -> str:
        household = Household(home=Home(heating="gas"), members=members)
        steps = personal_timeline(household, [], TODAY, language)
        return " ".join(line.text for step in steps for line in step.actions + step.for_you
                        if line.topic in ("heating", "warmth"))

    alone = warmth([Member(1, name="Riet", age_group="senior")])
    two = warmth([Member(1, name="Riet", age_group="senior"), Member(2, name="Jan")])
    for words in (("iedereen", "Met meer mensen") if language == "nl" else ("everyone", "More people")):
        assert words not in alone and words in two
    assert ("slaapzak." if language == "nl" else "sleeping bag.") in alone


def test_a_report_the_caller_has_is_used_and_one_for_another_day_is_not(monkeypatch):
    """The window passes its kit report (one per change, issue 20); the timeline is the same as
    with its own, and a report of another day or horizon is not taken."""
    import app.content.timeline as timeline_module
    from app.core.supplies import kit_report

    household, stock = demo_household(), demo_stock(TODAY)
    own = personal_timeline(household, stock, TODAY, "nl")
    report = kit_report(household, stock, TODAY, 72, None)
    made = []
    real = timeline_module.kit_report
    monkeypatch.setattr(timeline_module, "kit_report", lambda *args: made.append(args) or real(*args))
    assert personal_timeline(household, stock, TODAY, "nl", 72, report) == own
    assert made == []
    other_day = kit_report(household, stock, TODAY - dt.timedelta(days=30), 72, None)
    assert personal_timeline(household, stock, TODAY, "nl", 72, other_day) == own
    assert len(made) == 1
