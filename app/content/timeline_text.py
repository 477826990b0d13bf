"""The words of the power-cut timeline, in Dutch and English.

``STEPS`` is the government's "Wat als…?" scenario (a large power cut in three provinces) as
data, retold in Paraat's own words; ``LINES`` are the sentences that make each step personal.
Both may hold the chapter placeholders (``{emergency_number}``, ``{hours}``, …), which
``app.content.chapters.fill`` fills, and their own ``{fields}``, which ``timeline.py`` fills.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ScenarioStep:
    """One moment in the scenario: hours after the power went, a headline, what happens."""

    hours: int
    headline: dict[str, str]
    what_happens: dict[str, str]


INTRO = {
    "nl": "Wat als… de stroom uitvalt in drie provincies tegelijk? Zo ziet de overheid het "
          "verloop, uur na uur.",
    "en": "What if… the power fails in three provinces at once? This is how the government "
          "expects it to go, hour by hour.",
}

STEP_TITLE = {"nl": "Na {elapsed}: {headline}", "en": "After {elapsed}: {headline}"}

STEPS: tuple[ScenarioStep, ...] = (
    ScenarioStep(
        2,
        {"nl": "hulp is overbelast, pinnen lukt niet", "en": "help is overloaded, no card payments"},
        {"nl": "Er komen veel te veel meldingen binnen bij {emergency_number} en de hulpdiensten. "
               "Pinautomaten doen het niet meer. Een deel van de winkels gaat dicht.",
         "en": "{emergency_number} and the emergency services get far more calls than they can "
               "handle. Cash machines stop working. Some shops close."},
    ),
    ScenarioStep(
        6,
        {"nl": "bellen lukt bijna niet meer", "en": "phones barely work"},
        {"nl": "Je telefoon heeft weinig of geen bereik. Niet elk bericht komt nog aan. De overheid "
               "stuurt een NL-Alert.",
         "en": "Your phone has little or no signal. Not every message gets through. The government "
               "sends an NL-Alert."},
    ),
    ScenarioStep(
        8,
        {"nl": "drukte op de weg, winkels leeg", "en": "busy roads, empty shops"},
        {"nl": "Op de wegen is het een chaos. Tanken lukt niet meer. Een deel van de supermarkten "
               "is dicht. In de winkels die nog open zijn, raken de schappen leeg.",
         "en": "The roads are chaotic. Petrol stations cannot pump fuel. Some supermarkets are "
               "closed, and the shelves in the open ones run empty."},
    ),
    ScenarioStep(
        24,
        {"nl": "minder water, eten bederft", "en": "less water, food goes off"},
        {"nl": "Er komt minder water uit de kraan. De wc spoelt slecht door. Het eten in de koelkast "
               "begint te bederven. Ook in de rest van Nederland merken mensen veel van de storing.",
         "en": "Less water comes out of the tap. Toilets hardly flush. Food in the fridge starts to "
               "go off. The rest of the country feels the outage too."},
    ),
    ScenarioStep(
        48,
        {"nl": "noodstroom raakt op", "en": "emergency power runs low"},
        {"nl": "De brandstof van noodaggregaten raakt op. Diesel gaat eerst naar de plekken die het "
               "hardst nodig hebben. Schaarse spullen worden verdeeld. Veel kantoren zijn dicht.",
         "en": "Emergency generators run out of fuel. Diesel goes first to the places that need it "
               "most. Scarce goods are shared out. Many offices are closed."},
    ),
    ScenarioStep(
        72,
        {"nl": "hulp komt op gang", "en": "help gets organised"},
        {"nl": "Er is nog geen oplossing in zicht. De overheid heeft haar hulp stap voor stap "
               "geregeld. Je krijgt steeds meer informatie en instructies.",
         "en": "There is still no solution in sight. Step by step the government has organised its "
               "help. You get more and more information and instructions."},
    ),
)

# The personal lines. Fields in braces are filled by timeline.py; "your" is "Jullie"/"Je"/"Your".
LINES: dict[str, dict[str, str]] = {
    "empty": {
        "nl": "Je hebt nog niet ingevuld wie er in je huis wonen. Doe dat eerst, dan zie je hier "
              "wat deze stap voor jullie betekent.",
        "en": "You have not filled in who lives in your home yet. Do that first, then you see here "
              "what this step means for your household."},
    "water_left": {
        "nl": "{your} water: na {elapsed} is er nog {left}, genoeg voor nog {lasts} voor {people}.",
        "en": "Your water: after {elapsed} you still have {left}, enough for another {lasts} for "
              "{people}."},
    "water_runs_out": {
        "nl": "{your} water is op na {when}. Zorg voor meer water in je noodpakket.",
        "en": "Your water runs out after {when}. Put more water in your kit."},
    "water_gone": {
        "nl": "{your} water was al op na {when}. Luister naar de radio waar je water kunt halen.",
        "en": "Your water ran out after {when}. Listen to the radio for where to fetch water."},
    "water_none": {
        "nl": "Er staat nog geen drinkwater in je noodpakket. Voor {people} is {need} per dag nodig.",
        "en": "Your kit has no drinking water yet. For {people} you need {need} a day."},
    "food_left": {
        "nl": "Eten: er is nog eten in je noodpakket voor {lasts}.",
        "en": "Food: your kit still has food for {lasts}."},
    "food_runs_out": {
        "nl": "Het eten in je noodpakket is op na {when}.",
        "en": "The food in your kit runs out after {when}."},
    "food_none": {
        "nl": "Er zit nog geen houdbaar eten in je noodpakket, en de winkels zijn dicht of leeg.",
        "en": "Your kit has no long-life food yet, and the shops are closed or empty."},
    "medicine_none": {
        "nl": "Er is geen voorraad van {medicine} voor {member} in je noodpakket.",
        "en": "Your kit holds no {medicine} for {member}."},
    "medicine_runs_out": {
        "nl": "De {medicine} van {member} is op na {when}. Zorg nu voor een grotere voorraad.",
        "en": "The {medicine} for {member} runs out after {when}. Build up a bigger supply now."},
    "medicine_ok": {
        "nl": "De medicijnen in je noodpakket zijn genoeg voor meer dan {last}. Apotheken kunnen "
              "nu dicht zijn.",
        "en": "The medicines in your kit last more than {last}. Pharmacies may be closed now."},
    "device": {
        "nl": "{member} gebruikt een apparaat dat stroom nodig heeft: {devices}. Spreek nu al met "
              "de huisarts af waar {member} terecht kan als de stroom uitvalt.",
        "en": "{member} uses equipment that needs power: {devices}. Agree with the GP now where "
              "{member} can go when the power fails."},
    "torch_here": {"nl": "De zaklamp ligt hier: {where}.", "en": "Your torch is here: {where}."},
    "torch_nowhere": {
        "nl": "Je hebt een zaklamp, maar je hebt nog niet ingevuld waar die ligt.",
        "en": "You have a torch, but you have not filled in where it is."},
    "torch_missing": {
        "nl": "Je hebt nog geen zaklamp in je noodpakket.",
        "en": "Your kit has no torch yet."},
    "light_hours": {
        "nl": "De lampen in je noodpakket geven samen ongeveer {lasts} licht.",
        "en": "The lamps in your kit give about {lasts} of light together."},
    "radio_here": {"nl": "De radio staat hier: {where}.", "en": "Your radio is here: {where}."},
    "radio_nowhere": {
        "nl": "Je hebt een radio, maar je hebt nog niet ingevuld waar die staat.",
        "en": "You have a radio, but you have not filled in where it is."},
    "radio_missing": {
        "nl": "Je hebt nog geen radio op batterijen in je noodpakket.",
        "en": "Your kit has no battery radio yet."},
    "cash_enough": {
        "nl": "Contant geld: er zit {present} in je noodpakket. Dat is genoeg.",
        "en": "Cash: your kit holds {present}. That is enough."},
    "cash_short": {
        "nl": "Contant geld: er zit {present} in je noodpakket. Het advies voor jullie is {required}.",
        "en": "Cash: your kit holds {present}. The advice for your household is {required}."},
    "broadcaster": {
        "nl": "Zet de radio op {frequency} FM. Dat is {name}, de rampenzender van jullie regio. "
              "Daar hoor je wat je moet doen.",
        "en": "Tune the radio to {frequency} FM: {name}, the emergency broadcaster for your region. "
              "It tells you what to do."},
    "broadcaster_no_frequency": {
        "nl": "Jullie regionale omroep is {name}. Schrijf ook de FM-frequentie op.",
        "en": "Your regional broadcaster is {name}. Write down its FM frequency too."},
    "frequency_no_broadcaster": {
        "nl": "Zet de radio op {frequency} FM. Vul ook in welke regionale omroep dat is.",
        "en": "Tune the radio to {frequency} FM. Fill in which regional broadcaster that is, too."},
    "broadcaster_missing": {
        "nl": "Je hebt je regionale omroep en de FM-frequentie nog niet ingevuld. Die zender blijft "
              "uitzenden als de stroom uitvalt.",
        "en": "You have not filled in your regional broadcaster and its FM frequency yet. That "
              "station keeps broadcasting when the power fails."},
    "contact": {
        "nl": "Probeer een sms te sturen naar jullie contactpersoon buiten de regio: {name}, {phone}.",
        "en": "Try sending a text to your contact outside the area: {name}, {phone}."},
    "contact_no_phone": {
        "nl": "Jullie contactpersoon buiten de regio is {name}, maar het nummer staat nog niet in het plan.",
        "en": "Your contact outside the area is {name}, but the number is not in the plan yet."},
    "contact_missing": {
        "nl": "Er is nog geen contactpersoon buiten de regio. Die persoon kan iedereen laten weten "
              "hoe het met jullie gaat.",
        "en": "There is no contact outside the area yet. That person can tell everyone how you are."},
    "meet_near": {
        "nl": "Kunnen jullie elkaar niet bereiken? Dan zoek je elkaar hier: {place}.",
        "en": "If you cannot reach each other, look for each other here: {place}."},
    "meet_near_missing": {
        "nl": "Er is nog geen plek bij huis afgesproken waar jullie elkaar zoeken.",
        "en": "No place near the house has been agreed yet to find each other."},
    "meet_away": {
        "nl": "Moet je weg uit de buurt? De ontmoetplek buiten de wijk is: {place}.",
        "en": "If you have to leave the area, the meeting place outside the neighbourhood is: {place}."},
    "meet_away_missing": {
        "nl": "Er is nog geen ontmoetplek buiten de wijk afgesproken.",
        "en": "No meeting place outside the neighbourhood has been agreed yet."},
    "stay": {
        "nl": "Kun je niet thuis blijven? Dan kun je terecht bij: {place}.",
        "en": "If you cannot stay at home, you can go to: {place}."},
    "stay_missing": {
        "nl": "In het plan staat nog niet waar je kunt slapen als je niet thuis kunt blijven.",
        "en": "The plan does not say yet where you can stay if you cannot stay at home."},
    "fridge": {
        "nl": "Eet eerst wat in de koelkast en de vriezer ligt. Houd de deuren zo veel mogelijk "
              "dicht. Het eten uit je noodpakket bewaar je voor later.",
        "en": "Eat what is in the fridge and freezer first. Keep their doors shut as much as you "
              "can. Save the food in your kit for later."},
    "member_checks": {"nl": "{member} gaat langs bij {contact}.", "en": "{member} looks in on {contact}."},
    "contact_checks": {"nl": "{contact} komt kijken bij {member}.", "en": "{contact} looks in on {member}."},
    "helper": {"nl": "{helper} helpt {member}.", "en": "{helper} helps {member}."},
    "unchecked": {
        "nl": "Nog niemand kijkt naar {name}. Spreek af wie dat doet.",
        "en": "Nobody is set to look in on {name} yet. Agree who will."},
    "neighbours": {
        "nl": "Ga even langs bij je buren: {names}.",
        "en": "Look in on your neighbours: {names}."},
    "neighbours_missing": {
        "nl": "Er staan nog geen buren in Paraat. Weet je wie er naast je woont, en wie hulp nodig heeft?",
        "en": "Paraat has no neighbours yet. Do you know who lives next door, and who needs help?"},
    "horizon_short": {
        "nl": "Je noodpakket is berekend op {horizon}. Het advies is minstens {default}.",
        "en": "Your kit is planned for {horizon}. The advice is at least {default}."},
    "horizon_exact": {
        "nl": "Je noodpakket is berekend op {horizon}, zoals het boekje vraagt.",
        "en": "Your kit is planned for {horizon}, as the booklet asks."},
    "horizon_long": {
        "nl": "Je noodpakket is berekend op {horizon}. Dat is langer dan {default}: goed, want een "
              "crisis kan langer duren.",
        "en": "Your kit is planned for {horizon}. That is longer than {default}: good, because a "
              "crisis can last longer."},
    "shopping": {
        "nl": "Er ontbreken nog {count} dingen in je noodpakket. Ze staan op je boodschappenlijst.",
        "en": "{count} things are still missing from your kit. They are on your shopping list."},
    "shopping_one": {
        "nl": "Er ontbreekt nog één ding in je noodpakket. Het staat op je boodschappenlijst.",
        "en": "One thing is still missing from your kit. It is on your shopping list."},
    "complete": {
        "nl": "Je noodpakket is compleet. Controleer het elk half jaar.",
        "en": "Your kit is complete. Check it every six months."},
    "help_point": {
        "nl": "Werkt niets meer? Ga voor hulp en informatie naar het gemeentehuis of de "
              "brandweerkazerne in {municipality}.",
        "en": "If nothing works, go to the town hall or the fire station in {municipality} for help "
              "and information."},
    "help_point_missing": {
        "nl": "Werkt niets meer? Ga dan naar het gemeentehuis of de dichtstbijzijnde brandweerkazerne. "
              "Vul je gemeente in, dan staat die hier.",
        "en": "If nothing works, go to the town hall or the nearest fire station. Fill in your "
              "municipality and it shows here."},
}

PEOPLE = {"nl": ("persoon", "mensen", "dier", "dieren", " en "),
          "en": ("person", "people", "animal", "animals", " and ")}
YOUR = {"nl": ("Je", "Jullie"), "en": ("Your", "Your")}
