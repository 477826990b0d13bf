"""The words of the half-yearly check, in Dutch and English, without Qt.

One sentence says when the next check is (``next_check_sentence``); the kit page, the overview,
the printed plan and checklist, ``paraat status`` and the calendar file all use it, so screen
and paper always say the same. The steps' titles and advice live here too, each step's sources
in ``app.core.check.STEP_FACTS``. Dutch is the default; any language other than "en" is Dutch.
"""

from __future__ import annotations

from app.core.check import NextCheck
from app.core.fields import format_date

_WORDS: dict[str, tuple[str, str]] = {  # (nl, en)
    # the next check (FACTS 1.4, 6.9: every six months)
    "never": ("Controleer je noodpakket nu.", "Check your emergency kit now."),
    "due": ("Controleer je noodpakket nu. De controle stond op {date}.",
            "Check your emergency kit now. The check was planned for {date}."),
    "planned": ("Volgende controle van je noodpakket: {date}.",
                "Next check of your emergency kit: {date}."),
    "last": ("Laatste controle: {date}.", "Last check: {date}."),
    # the steps
    "title_place": ("Plek: {place}", "Place: {place}"),
    "title_no_place": ("Zonder plek", "Without a place"),
    "title_batteries": ("Batterijen en radio testen", "Test the batteries and the radio"),
    "title_contacts": ("Telefoonnummers en ontmoetplekken nog goed?",
                       "Phone numbers and meeting places still right?"),
    "title_medicines": ("Medicijnen nakijken", "Check the medicines"),
    "title_paper": ("Is je geprinte plan nog actueel?", "Is your printed plan still up to date?"),
    "advice_place": ("Kijk wat hier ligt. Is alles er nog? Klopt de hoeveelheid? "
                     "Is iets op of weg?",
                     "Look at what is kept here. Is everything still there? Is the amount "
                     "right? Is something used up or gone?"),
    "advice_no_place": ("Deze spullen hebben nog geen plek. Leg je noodpakket op een vaste "
                        "plek waar je er goed bij kunt.",
                        "These things have no place yet. Keep your kit in one fixed place "
                        "that is easy to reach."),
    "renew": ("Gebruik het op en koop nieuw.", "Use it up and buy new."),
    "renew_why": ("Gaat over de datum vóór de volgende controle ({date}). Eet of gebruik het "
                  "op en koop nieuw. Wat je het eerst kocht, gebruik je het eerst.",
                  "Goes off before the next check ({date}). Eat or use it and buy new. "
                  "Use what you bought first, first."),
    "expired": ("Al over de datum.", "Already past its date."),
    "refresh_water": ("Zelf kraanwater in flessen gedaan? Ververs het elke zes maanden en "
                      "schrijf de datum erop.",
                      "Tap water you bottled yourself? Refresh it every six months and write "
                      "the date on it."),
    "advice_batteries": ("Doe de zaklamp aan. Zet de radio aan op batterijen. Test de "
                         "batterijen van de CO-melder. Werkt iets niet? Doe er nieuwe "
                         "batterijen in.",
                         "Switch on the torch. Switch on the radio on batteries. Test the "
                         "batteries of the CO alarm. Does something not work? Put in new "
                         "batteries."),
    "radio_station": ("Staat de radio op je regionale omroep: {station}?",
                      "Is the radio tuned to your regional broadcaster: {station}?"),
    "advice_contacts": ("Lees de nummers en de plekken na. Klopt iets niet meer? Pas het aan "
                        "in je plan of bij je contacten.",
                        "Read the numbers and the places. Is something no longer right? "
                        "Change it in your plan or in your contacts."),
    "no_phones": ("Er staan nog geen telefoonnummers in Paraat.",
                  "There are no phone numbers in Paraat yet."),
    "no_places": ("Er staan nog geen ontmoetplekken in je plan.",
                  "Your plan has no meeting places yet."),
    "advice_medicines": ("Kijk je medicijnen na. Hoeveel heb je nog? Is niets over de datum?",
                         "Check your medicines. How much is left? Is nothing past its date?"),
    "keep_cold": ("Moet koel blijven.", "Must stay cold."),
    "advice_paper": ("Is er iets veranderd? Een telefoonnummer, een ontmoetplek, wie er in huis "
                     "woont? Print je plan dan opnieuw en gooi het oude papier weg.",
                     "Has something changed? A phone number, a meeting place, who lives in the "
                     "house? Then print your plan again and throw the old paper away."),
}


def check_word(key: str, language: str = "nl") -> str:
    """One of the texts above (with {placeholders} still in it)."""
    nl, en = _WORDS[key]
    return en if language == "en" else nl


def next_check_sentence(check: NextCheck, language: str = "nl") -> str:
    """'Controleer je noodpakket nu.' or 'Volgende controle van je noodpakket: 01-06-2026.'"""
    date = format_date(check.date.isoformat()) if check.date else ""
    return check_word(check.state, language).format(date=date)


def place_title(place: str, language: str = "nl") -> str:
    """The title of a storage place's step ("Zonder plek" for entries without a place)."""
    if not place:
        return check_word("title_no_place", language)
    return check_word("title_place", language).format(place=place)
