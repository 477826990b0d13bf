"""A realistic demo household: a family of four, a grandmother who needs help, and a dog.

Used by ``paraat demo``, by screenshots and by tests. All names and numbers are made up;
phone numbers use the 06-12345xxx style that is never handed out.
"""

from __future__ import annotations

import datetime as dt

from app.core.household import Household
from app.core.records import (
    Care,
    Check,
    Contact,
    ContactPhone,
    Device,
    Document,
    HelpPoint,
    Home,
    Medicine,
    MeetingPlace,
    Member,
    NotNeeded,
    Pet,
    Pickup,
    Plan,
    Role,
    Scenario,
    Stock,
    ToBuy,
)


def demo_household() -> Household:
    """The De Vries family in Utrecht, with Oma Riet living with them."""
    members = [
        Member(1, 1, "Sanne de Vries", "adult", phone="06-12345001", languages="Nederlands, Engels",
               gives_help_to="Oma Riet", diet=""),
        Member(2, 2, "Mark de Vries", "adult", phone="06-12345002", languages="Nederlands",
               allergies="Penicilline"),
        Member(3, 3, "Lotte de Vries", "child", languages="Nederlands", allergies="Pinda's"),
        Member(4, 4, "Daan de Vries", "baby"),
        Member(5, 5, "Oma Riet", "senior", phone="030-1234567",
               devices="Elektrisch hoog-laagbed", mobility="Loopt met een rollator; kan geen trap af",
               sensory="Hoort slecht; hoorapparaat met batterijen", needs_help_from="Sanne",
               diet="Zoutarm"),
    ]
    medicines = [
        Medicine(1, 5, "Metoprolol 50 mg", "1 tablet per dag", per_day=1, in_stock=10),
        Medicine(2, 5, "Insuline (pen)", "2 keer per dag", per_day=2, in_stock=20, keep_cold=1,
                 cold_note="Pen die in gebruik is mag 4 weken buiten de koelkast (bijsluiter)."),
        Medicine(3, 3, "Adrenalinepen (EpiPen Junior)", "Bij allergische reactie", as_needed=1,
                 in_stock=2),
    ]
    home = Home(
        address="Voorbeeldstraat 12", postcode="3512 AB", municipality="Utrecht",
        safety_region="Utrecht", broadcaster="rtv_utrecht", fm_frequency="93.1",
        water_main="Meterkast, links onder", gas_valve="Meterkast, gele kraan",
        meter_box="Gang bij de voordeur", fire_extinguisher="Keuken, naast de deur",
        heating="gas", has_car="yes", glasses="yes", hearing_aids="yes", menstruation="yes",
        own_well="no", toddler="no",
    )
    plan = Plan(
        contact_name="Tante Ineke (Zwolle)", contact_phone="06-12345009",
        contact_notes="Stuur eerst een sms; bellen lukt vaak niet.",
        stay_place="Bij tante Ineke, Dorpsweg 3, Zwolle",
        stay_notes="Hond mag mee. Sleutel ligt bij de buren op nummer 14.",
        practice_notes="Zaklampen lagen niet op één plek. Nu: gangkast, bovenste plank.",
    )
    meeting_places = {
        "home": MeetingPlace("home", "Woonkamer beneden", "Oma kan de trap niet af."),
        "near": MeetingPlace("near", "Bij de speeltuin op de hoek", ""),
        "neighbourhood": MeetingPlace("neighbourhood", "Bibliotheek Oost, Oudwijk 40", ""),
        "town": MeetingPlace("town", "Bij tante Ineke in Zwolle", "Dorpsweg 3"),
    }
    help_points = {
        "emergency_point": HelpPoint("emergency_point", "Buurthuis De Linde, Lindelaan 12",
                                     "Vraag bij de gemeente of dit het noodsteunpunt is."),
        "fire_station": HelpPoint("fire_station", "Brandweerkazerne Oost, Havenweg 5", ""),
        "town_hall": HelpPoint("town_hall", "Stadhuis, Markt 1", ""),
        "gp": HelpPoint("gp", "Huisartsenpraktijk Oudwijk, Oudwijk 22", ""),
        "hospital": HelpPoint("hospital", "Ziekenhuis Midden, Ringweg 100", "Spoedeisende hulp: ingang B"),
    }
    roles = {
        "gas": Role("gas", "Mark"),
        "water": Role("water", "Mark"),
        "power": Role("power", "Sanne"),
        "pets": Role("pets", "Lotte (met Mark)"),
        "grab_bag": Role("grab_bag", "Sanne"),
        "neighbours": Role("neighbours", "Mark kijkt bij meneer Bakker op nummer 10"),
    }
    scenarios = {
        "power": Scenario("power", "We blijven thuis in de woonkamer. Koelkast dicht houden. "
                                   "Radio aan op 93.1 FM. Mark kijkt bij meneer Bakker."),
        "water": Scenario("water", "We gebruiken het water uit de kelder. Niet doortrekken; "
                                   "emmer gebruiken."),
        "evacuation": Scenario("evacuation", "Noodtas mee, hond mee, Oma eerst in de auto. "
                                             "We gaan naar tante Ineke."),
        "shelter": Scenario("shelter", "Ramen en deuren dicht, ventilatie uit, radio aan."),
        "heat": Scenario("heat", "Oma zit beneden in de koelste kamer en drinkt elk uur water."),
        "networks": Scenario("networks", "Om 18.00 uur zijn we allemaal thuis. Lukt dat niet: "
                                         "speeltuin op de hoek."),
    }
    return Household(
        home=home,
        members=members,
        medicines=medicines,
        pets=[Pet(1, "Hond", 1, "Bobbie", "Voer voor 5 dagen in de schuur")],
        plan=plan,
        meeting_places=meeting_places,
        help_points=help_points,
        pickups=[
            Pickup(1, 3, "Sanne", "Buurvrouw Fatima (nr. 14)", "School: De Regenboog"),
            Pickup(2, 4, "Mark", "Sanne", "Kinderdagverblijf Het Nest"),
        ],
        care=[Care(1, "Oma Riet", "Sanne", "Helpen met traplift en medicijnen"),
              Care(2, "Meneer Bakker (nr. 10)", "Mark", "Even aanbellen; hij woont alleen")],
        roles=roles,
        documents=[
            Document(1, "Paspoorten en ID-kaarten", "Bureaulade boven", "Kopie in de noodtas"),
            Document(2, "Inboedelverzekering", "Map 'Verzekeringen'", "Kopie in de noodtas",
                     "IB-2048-77"),
            Document(3, "Zorgpassen", "Portemonnees", "Foto op telefoon van Sanne"),
        ],
        scenarios=scenarios,
        contacts=sorted([  # as the repository lists them: by name
            Contact(1, "Tante Ineke", "out_of_area", address="Dorpsweg 3, Zwolle",
                    notes="Stuur eerst een sms."),
            Contact(2, "Fatima el Amrani", "neighbour", address="Voorbeeldstraat 14", spare_key=1,
                    first_aid=1, can_help_with="Haalt Lotte op als wij het niet redden"),
            Contact(3, "Meneer Bakker", "neighbour", address="Voorbeeldstraat 10", needs_help=1,
                    help_needed="Woont alleen en loopt slecht. Even aanbellen.", has_radio=1),
            Contact(4, "Huisarts dokter Jansen", "gp", address="Gezondheidscentrum Oost"),
            Contact(5, "Huisartsenpost Utrecht", "gp_post", notes="Avond, nacht en weekend"),
            Contact(6, "Apotheek De Linde", "pharmacy"),
            Contact(7, "Dierenarts Oost", "vet"),
            Contact(8, "Basisschool De Regenboog", "school"),
        ], key=lambda contact: contact.name.lower()),
        phones=[
            ContactPhone(1, 1, "06-12345009", "mobile"),
            ContactPhone(2, 2, "06-12345014", "mobile"),
            ContactPhone(3, 3, "030-2345610", "home"),
            ContactPhone(4, 4, "030-2345670", "work"),
            ContactPhone(5, 5, "030-2345671", "work"),
            ContactPhone(6, 6, "030-2345672", "work"),
            ContactPhone(7, 7, "030-2345673", "work"),
            ContactPhone(8, 8, "030-2345674", "work"),
        ],
        checks=[
            Check(1, 3, 2, "member_checks"),  # Mark looks in on meneer Bakker
            Check(2, 2, 5, "contact_checks"),  # Fatima looks in on Oma Riet
        ],
        devices=[Device(1, 5, "hoist_or_mattress", "Elektrisch hoog-laagbed met luchtmatras",
                        battery_hours=None, supplier="Thuiszorgwinkel Utrecht",
                        supplier_phone="030-2345680",
                        when_power_fails="Bed in de laagste stand zetten. Bel de thuiszorgwinkel "
                                         "als de matras leegloopt.")],
        not_needed=[NotNeeded(1, "tools", "We lenen gereedschap van de buurman op nummer 14")],
        to_buy=[ToBuy(1, "Hoofdlampjes, één per persoon", "practice",
                      notes="Na de oefenavond: met een hoofdlamp heb je je handen vrij.")],
    )


def demo_stock(today: dt.date) -> list[Stock]:
    """A kit that is about half ready, with one thing past its date and one expiring soon."""

    def months(n: int) -> str:
        month = today.month - 1 + n
        return f"{today.year + month // 12:04d}-{month % 12 + 1:02d}"

    def days(n: int) -> str:
        return (today + dt.timedelta(days=n)).isoformat()

    added = today.isoformat()
    return [
        Stock(1, "water", "", 24, "l", "Kelder", months(14), added=added,
              notes="4 pakken van 6 flessen"),
        Stock(2, "water", "", 10, "l", "Kelder", days(40), added=added,
              notes="Kraanwater in jerrycan"),
        Stock(3, "food", "", 9000, "kcal", "Kelderkast", months(18), added=added,
              notes="Blikken soep, bonen en vis"),
        Stock(4, "food", "", 4000, "kcal", "Keukenkast", days(-10), added=added,
              notes="Crackers"),
        Stock(5, "can_opener", "", 1, "pcs", "Keukenla", added=added),
        Stock(6, "flashlight", "", 2, "pcs", "Gangkast", grab_bag=1, hours=8, added=added),
        Stock(7, "batteries", "", 1, "set", "Gangkast", months(30), added=added),
        Stock(8, "radio", "", 1, "pcs", "Woonkamer", added=added, notes="Afgestemd op 93.1 FM"),
        Stock(9, "first_aid_kit", "", 1, "pcs", "Badkamer", months(20), added=added),
        Stock(10, "cash_adults", "", 100, "eur", "Noodtas", grab_bag=1, added=added),
        Stock(11, "co_alarm", "", 1, "pcs", "Plafond woonkamer", added=added),
        Stock(12, "wet_wipes", "", 1, "pack", "Noodtas", days(25), grab_bag=1, added=added),
        Stock(13, "pet_food", "", 5, "day", "Schuur", months(8), added=added),
        Stock(14, "blankets", "", 3, "pcs", "Zolder", added=added),
        Stock(15, "hearing_aid_batteries", "", 1, "pack", "Medicijnkastje oma", months(24),
              added=added, notes="6 batterijen, maat 312"),
    ]
