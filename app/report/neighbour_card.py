"""Buurtkaart: a card to hand to a neighbour, with only what the household chose to share.

One contact's ``card_share`` (``records.CARD_FIELDS``) says which parts the card may carry: the
household's names, their phone numbers, who needs help and what help (only the words the
household typed about walking, seeing or hearing and devices: never medicines), and where
they meet near the house. A part that was not chosen is never printed, not even as a line to
write on. Every card says how to reach 112 and who looks in on whom (``Household.checks``).

Two copies of the card fit on one A4 page, each framed by a dashed line to cut along (one to
hand over, one spare); a long card takes the whole page, and a card longer than a page goes
on over more pages. The text starts at 16 pt and shrinks to fit, never below 12 pt.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPagedPaintDevice, QPainter, QPen, QTextDocument

from app.core import phones
from app.core.fields import format_date
from app.core.household import Household
from app.core.national import national_number
from app.core.records import Member
from app.report.card_fields import field_labels, shared_fields
from app.report.document import LARGE, PrintOptions, Sizes, TextDocument
from app.report.html import blank_lines, esc
from app.words.i18n import tr
from app.words.plan import device_name, meeting_place_labels

BODY_SIZES = (16.0, 15.0, 14.0, 13.0, 12.0)  # tried largest first; 12 pt is the least
TWO_CARD_SIZES = (16.0, 15.0, 14.0)  # two copies on a page only when they stay this large
MM = 72 / 25.4  # points in a millimetre
GAP_MM = 14.0  # between the two cards: room for the note and to cut
PAD_MM = 6.0  # inside the dashed frame
NEAR_HOME = ("near", "neighbourhood")  # the meeting places a neighbour needs to know
__all__ = ["NeighbourCard", "build", "field_labels", "shared_fields"]


def _help_text(member: Member, household: Household) -> str:
    """The help a member needs, in the household's own words (walking, senses, devices), and the
    devices on the household page by name: a neighbour who checks on someone must know there is
    oxygen in the house (no open fire, FACTS 6.1) or a device that stops without power."""
    devices = [device_name(device) for device in household.devices_of(member.id)]
    own = " ".join(member.devices.split())
    listed = [name for name in devices if name.casefold() not in own.casefold()]
    return "; ".join(" ".join(text.split()) for text in (member.mobility, member.sensory, member.devices, *listed)
                     if text.strip())


@dataclass(frozen=True)
class Slice:
    """One card on a page: the part of the laid-out text it shows, where it is, how tall."""

    top: float
    bottom: float
    block: int  # a paragraph split at the top of this part, or -1
    y: float
    height: float


@dataclass(frozen=True)
class _Cards:
    """The cards laid out for one device: its scale and frame, the text, the cards per page."""

    scale: float
    inset: QPointF
    width: float
    height: float
    footer: float
    note_h: float
    doc: QTextDocument
    pages: list[list[Slice]]


class NeighbourCard(TextDocument):
    """The card for one contact (a blank card with 112 when the contact is not there)."""

    def __init__(self, household: Household, contact_id: int | None, options: PrintOptions) -> None:
        super().__init__(options)
        self.household = household
        self.contact = next((c for c in household.contacts if c.id == contact_id), None)
        self.fields = shared_fields(self.contact)
        self.title = tr("Neighbour card")
        self._cards_cache: tuple[tuple[float, float, float], _Cards] | None = None
        self.use_size(BODY_SIZES[0])

    @property
    def margins_mm(self) -> float:
        return 12.0

    def use_size(self, body: float) -> None:
        self.sizes = Sizes(body=body, heading=body + 2, title=body + 6, footer=LARGE.footer,
                           margins_mm=12.0)

    def stylesheet(self) -> str:
        s = self.sizes
        return (
            f"body {{ font-size: {s.body}pt; color: #000000; }}"
            f"h1 {{ font-size: {s.title}pt; font-weight: bold; margin-top: 0; margin-bottom: 4pt; }}"
            f"h2 {{ font-size: {s.heading}pt; font-weight: bold; margin-top: 8pt; margin-bottom: 2pt; }}"
            "p { margin-top: 0; margin-bottom: 2pt; }"
            f"p.big {{ font-size: {s.title}pt; font-weight: bold; margin-bottom: 4pt; }}"
        )

    # --- what the card says -------------------------------------------------------------------

    def members(self) -> list[Member]:
        return sorted(self.household.members, key=lambda member: member.position)

    def body_html(self) -> str:
        persons = len(self.household.members)
        name = self.contact.name if self.contact else ""
        title = tr("Neighbour card for %1").replace("%1", name) if name else tr("Neighbour card")
        emergency = tr("In an emergency: %1").replace("%1", national_number("emergency").number)
        parts = [f"<h1>{esc(title)}</h1>",
                 f"<p class='big'>{esc(emergency)}</p>"]
        parts += [f"<p><b>{esc(line)}</b></p>" for line in self.check_lines()]
        headings = {"names": tr("Who I am") if persons == 1 else tr("Who we are"),
                    "phones": field_labels(persons)["phones"],
                    "needs_help": tr("The help I need") if persons == 1 else tr("Who needs help"),
                    "meeting_place": field_labels(persons)["meeting_place"]}
        for field in self.fields:
            lines = {"names": self.name_lines, "phones": self.phone_lines,
                     "needs_help": self.help_lines, "meeting_place": self.meeting_lines}[field]()
            parts.append(f"<h2>{esc(headings[field])}</h2>")
            parts.append("".join(f"<p>{line}</p>" for line in lines) if lines else blank_lines(2))
        made = tr("Made on %1").replace("%1", format_date(self.options.today.isoformat()))
        parts.append(f"<p style='margin-top: 8pt;'>{esc(made)}</p>")
        return "".join(parts)

    def check_lines(self) -> list[str]:
        """Who looks in on whom, from this contact's side ("You look in on us")."""
        if self.contact is None:
            return []
        names = "names" in self.fields
        one = len(self.household.members) == 1
        members = {member.id: member.name for member in self.household.members}
        lines: list[str] = []
        for check in self.household.checks:
            if check.contact_id != self.contact.id or check.member_id not in members:
                continue
            who = members[check.member_id]
            if check.direction == "contact_checks":
                line = (tr("You look in on %1").replace("%1", who) if names
                        else tr("You look in on me") if one else tr("You look in on us"))
            else:
                line = (tr("%1 looks in on you").replace("%1", who) if names
                        else tr("I look in on you") if one else tr("We look in on you"))
            if line not in lines:
                lines.append(line)
        return lines

    def name_lines(self) -> list[str]:
        names = ", ".join(member.name for member in self.members())
        return [f"<b>{esc(names)}</b>"] if names else []

    def phone_lines(self) -> list[str]:
        names = "names" in self.fields
        return [f"{esc(member.name)}: <b>{esc(phones.display(member.phone))}</b>" if names
                else f"<b>{esc(phones.display(member.phone))}</b>"
                for member in self.members() if member.phone]

    def help_lines(self) -> list[str]:
        """Members with help needs in their own words, and those this contact looks in on;
        without their names when the names are not shared."""
        names = "names" in self.fields
        one = len(self.household.members) == 1
        checked = {check.member_id for check in self.household.checks
                   if self.contact is not None and check.contact_id == self.contact.id
                   and check.direction == "contact_checks"}
        lines = []
        for member in self.members():
            text = _help_text(member, self.household)
            if names and (text or member.id in checked):
                lines.append(f"<b>{esc(member.name)}</b>" + (f": {esc(text)}" if text else ""))
            elif text:
                who = "" if one else tr("Someone in the house") + ": "
                lines.append(esc(who) + f"<b>{esc(text)}</b>")
        return lines

    def meeting_lines(self) -> list[str]:
        labels = meeting_place_labels()
        places = self.household.meeting_places
        return [f"{esc(labels[key][0])}: <b>{esc(places[key].place)}</b>"
                for key in NEAR_HOME if key in places and places[key].place.strip()]

    # --- drawing ------------------------------------------------------------------------------

    def fitted(self, width: float, heights: tuple[float, ...]) -> tuple[int, float] | None:
        """How many cards of ``heights`` fit (2 or 1) and the body size, or None (too long)."""
        for count, height, sizes in zip((2, 1), heights, (TWO_CARD_SIZES, BODY_SIZES), strict=True):
            for body in sizes:
                self.use_size(body)
                if self.text_document(width).size().height() <= height:
                    return count, body
        return None

    def _cards(self, device: QPagedPaintDevice) -> _Cards:
        """Where the cards go on ``device``'s pages, worked out once for it."""
        scale, inset, width, height = self._frame(device)
        key = (round(scale, 6), round(width, 3), round(height, 3))
        if self._cards_cache is not None and self._cards_cache[0] == key:
            return self._cards_cache[1]
        footer = self.footer_height()
        note_h = QFontMetricsF(self.font(self.sizes.footer), self._layout_device).lineSpacing() * 1.5
        pad, gap = PAD_MM * MM, GAP_MM * MM
        whole = height - footer - note_h
        half = (whole - gap) / 2
        inner = width - 2 * pad
        fit = self.fitted(inner, (half - 2 * pad, whole - 2 * pad))
        if fit is not None:
            count, body = fit
            self.use_size(body)
            doc = self.text_document(inner)
            card_h = half if count == 2 else min(whole, doc.size().height() + 2 * pad)
            pages = [[Slice(0.0, doc.size().height(), -1, note_h + index * (half + gap), card_h)
                      for index in range(count)]]
        else:  # longer than a page: the card goes on, each page's part framed to its length
            self.use_size(BODY_SIZES[-1])
            paged = self.paged(inner, whole - 2 * pad)
            doc = paged.doc
            pages = [[Slice(page.top, page.bottom, page.block, note_h,
                            min(whole, page.bottom - page.top + 2 * pad))] for page in paged.pages]
        cards = _Cards(scale, inset, width, height, footer, note_h, doc, pages)
        self._cards_cache = (key, cards)
        return cards

    def page_count(self, device: QPagedPaintDevice) -> int:
        return len(self._cards(device).pages)

    def paint(self, painter: QPainter, device: QPagedPaintDevice, first_page: int, total: int) -> None:
        cards = self._cards(device)
        width, pad = cards.width, PAD_MM * MM
        note_font = self.font(self.sizes.footer)
        for number, slices in enumerate(cards.pages):
            if number:
                device.newPage()
            painter.save()
            if not cards.inset.isNull():
                painter.translate(cards.inset)
            painter.scale(cards.scale, cards.scale)
            painter.fillRect(QRectF(0, 0, width, cards.height), Qt.GlobalColor.white)
            painter.setPen(QColor("black"))
            painter.setFont(note_font)
            painter.drawText(QRectF(0, 0, width, cards.note_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             tr("Cut out the card along the dashed line and give it to your neighbour."))
            for part in slices:
                painter.setPen(QPen(QColor("#444444"), 1.0, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(0.5, part.y, width - 1, part.height))
                painter.save()
                painter.translate(QPointF(pad, part.y + pad))
                self._paint_slice(painter, cards.doc, width - 2 * pad, part.top, part.bottom, 0.0, part.block)
                painter.restore()
            self._paint_footer(painter, QRectF(0, cards.height - cards.footer, width, cards.footer),
                               first_page + number, total)
            painter.restore()

def build(household: Household, contact_id: int | None, options: PrintOptions) -> NeighbourCard:
    """The card for ``contact_id`` (its ``card_share`` says what it carries)."""
    return NeighbourCard(household, contact_id, dataclasses.replace(options, large=True))
