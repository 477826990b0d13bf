"""The parts of the Buurtkaart (app/report/neighbour_card.py) a household may share, by name and
as asked on the contacts page: kept apart from the card's layout, so the page shows its boxes
without importing the print engine (issue 20)."""

from __future__ import annotations

from app.core.records import CARD_FIELDS, Contact
from app.words.i18n import tr


def field_labels(persons: int) -> dict[str, str]:
    """What each part of the card is, as the household is asked about it (one person: "my")."""
    if persons == 1:
        return {"names": tr("My name"), "phones": tr("My phone number"),
                "needs_help": tr("Whether I need help (and what help)"),
                "meeting_place": tr("Where I meet others")}
    return {"names": tr("Our names"), "phones": tr("Our phone numbers"),
            "needs_help": tr("Who of us needs help (and what help)"),
            "meeting_place": tr("Where we meet")}


def shared_fields(contact: Contact | None) -> tuple[str, ...]:
    """The parts this contact's card may carry, in their fixed order."""
    chosen = set((contact.card_share if contact else "").split(","))
    return tuple(name for name in CARD_FIELDS if name in chosen)
