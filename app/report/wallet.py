"""Portemonneekaart: a fold-over wallet card for every household member.

Each card is a strip of two credit-card sized halves (85.6 × 54 mm each, ISO/IEC 7810 ID-1)
side by side: the front on the left, the back on the right, a dashed fold line between them.
Four strips fit on an A4 page with wide margins for home printers; short cut marks outside
every corner show where to cut. Everything is drawn in millimetres converted to device pixels,
so the printed card is exactly credit-card size.

Front: the member's name, 112, and up to two people to call ("Bij nood bellen"). Back: the
contact outside the area, two meeting places and the regional broadcaster. Only when
``options.include_medical`` is set: on the front each device that needs power (when it stops
after the power fails, the supplier's 24-hour number, what to do), on the back the allergies
and then the medicines one by one, going on over the next card sides when a side is full (when
even those are full a last line points to the plan for the allergies and says how many more
medicines there are: nothing is left off without a word). A label (a device's name) wraps like
the text; a phone number stays whole and the name beside it is cut short first. Text starts
large and shrinks step by step to fit (never below 10 pt, so it can be read without glasses
at arm's length), what room is left is shared out between the blocks,
a word wider than the card is broken inside the card, and text is elided with "…" only as a
last resort; anything missing prints as a labelled blank line to fill in by hand.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QBuffer, QIODevice, QLineF, QPointF, QRectF, QSizeF, Qt, QThread
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)

from app.content.no_voice import wallet_no_voice_line
from app.core import phones
from app.core.broadcasters import broadcasters
from app.core.fields import format_date
from app.core.household import Household
from app.core.national import national_number
from app.core.records import Device, Medicine, Member, Stock
from app.core.supplies import KitReport
from app.report.document import (
    PDF_DPI,
    PagePainter,
    PrintDocument,
    PrintOptions,
    a4_layout,
    footer_texts,
)
from app.report.fonts import report_family
from app.words import counts
from app.words.i18n import current_language, tr
from app.words.numbers import plural
from app.words.plan import device_call_text, device_name, device_stop_text

CARD_W, CARD_H = 85.6, 54.0  # mm, one side of the card
STRIP_W = 2 * CARD_W  # front and back next to each other
MAX_ROWS = 4
GAP = 10.0  # mm between strips: room for the cut marks of both
MIN_MARGIN = 15.0  # mm of paper kept free around the strips
MARK_OFFSET, MARK_LEN = 1.0, 3.5  # cut marks start 1 mm outside the card
PAD = 3.0  # mm inside the card edge
MIN_PT = 10.0  # no text on the cards or their page is smaller
STEP_PT = 0.5
LABEL_LINES = 3  # a label longer than this (a device's name of 100 characters at 10 pt) is cut with "…"
ADULTS = ("adult", "senior")


@dataclass(frozen=True)
class Block:
    """One item on a card: a small label over bold text; no parts = a blank line to write on."""

    label: str
    parts: tuple[str, ...] = ()
    max_lines: int = 2
    big: bool = False
    gap: float = 0.35  # room below it, in label lines (a list's items sit closer together)
    elide: bool = False  # cut to max_lines with "…" at once, so what is next to it is measured as printed
    keep_last: bool = False  # the last part (a phone number) stays whole: the parts before it are cut first


@dataclass(frozen=True)
class Side:
    """One half of a card: a small header (left and right) and the blocks below it."""

    left: str
    right: str
    blocks: tuple[Block, ...]


def strip_rects(page: QSizeF) -> list[QRectF]:
    """Where the strips go on a page of ``page`` millimetres, in page millimetres."""
    rows = int((page.height() - 2 * MIN_MARGIN + GAP) // (CARD_H + GAP))
    rows = max(1, min(MAX_ROWS, rows))
    total = rows * CARD_H + (rows - 1) * GAP
    x = (page.width() - STRIP_W) / 2
    top = (page.height() - total) / 2
    return [QRectF(x, top + row * (CARD_H + GAP), STRIP_W, CARD_H) for row in range(rows)]


class PageMap:
    """Converts page millimetres to the painter's device pixels (origin at the paint rect)."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        layout = device.pageLayout()
        full = layout.fullRect(QPageLayout.Unit.Millimeter)
        paint = layout.paintRect(QPageLayout.Unit.Millimeter)
        self.page = full.size()
        self.origin = paint.topLeft() - full.topLeft()
        self.sx = device.logicalDpiX() / 25.4
        self.sy = device.logicalDpiY() / 25.4

    def point(self, x: float, y: float) -> QPointF:
        return QPointF((x - self.origin.x()) * self.sx, (y - self.origin.y()) * self.sy)

    def rect(self, mm: QRectF) -> QRectF:
        return QRectF(self.point(mm.left(), mm.top()), self.point(mm.right(), mm.bottom()))

    def strips_px(self) -> list[QRectF]:
        return [self.rect(strip) for strip in strip_rects(self.page)]


def ice_contacts(household: Household, member: Member | None) -> list[tuple[str, str]]:
    """Up to two (name, phone) to call: other adults, the out-of-area contact, family."""
    candidates: list[tuple[str, str]] = []
    others = [m for m in household.members if m is not member and m.age_group in ADULTS and m.phone]
    others.sort(key=lambda m: (ADULTS.index(m.age_group), m.position))
    candidates += [(m.name, m.phone) for m in others]
    if household.plan.contact_phone:
        candidates.append((household.plan.contact_name, household.plan.contact_phone))
    by_contact = household.phones_by_contact()
    for contact in household.contacts:
        numbers = by_contact.get(contact.id, [])
        if contact.category == "family" and numbers:
            numbers.sort(key=lambda phone: phone.kind != "mobile")
            candidates.append((contact.name, numbers[0].number))
    chosen: list[tuple[str, str]] = []
    for name, phone in candidates:
        if len(chosen) == 2:  # the card has room for two: stop looking
            break
        if not any(phones.same_number(phone, taken) for _, taken in chosen):
            chosen.append((name, phone))
    return chosen


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _parts(*texts: str) -> tuple[str, ...]:
    return tuple(_one_line(text) for text in texts if text and text.strip())


def _medicine(medicine: Medicine) -> str:
    """"Insuline (2 keer per dag, koel bewaren)": the name, the dose and whether it must stay cold."""
    details = [medicine.dose, tr("keep cold") if medicine.keep_cold else ""]
    shown = ", ".join(part for part in details if part)
    return f"{medicine.name} ({shown})" if shown else medicine.name


def _device(device: Device) -> Block:
    """"Zuurstofapparaat" over "+14 u: zuurstof op – bel Vivisol 0800 0224466 (24 uur) – what to do"."""
    call = device_call_text(device)
    first = device_stop_text(device) + (" – " + call if call else "")
    return Block(device_name(device), _parts(first, device.when_power_fails), 3)


def front(household: Household, member: Member | None, options: PrintOptions | None = None) -> Side:
    name = _one_line(member.name) if member else ""
    emergency = tr("In an emergency: %1").replace("%1", national_number("emergency").number)
    blocks = [Block("" if name else tr("Name"), _parts(name), 2, big=True),
              Block("", (emergency,), 1, big=True)]
    ice = [_parts(name, phones.display(phone)) for name, phone in ice_contacts(household, member)]
    ice += [()] * (2 - len(ice))
    blocks.append(Block(tr("In an emergency call") if ice[0] else tr("In an emergency call: name and phone"), ice[0],
                        keep_last=True))
    blocks.append(Block("" if ice[1] else tr("Name and phone"), ice[1], keep_last=True))
    return Side(tr("Paraat"), tr("Emergency card"), tuple(blocks))


def _extra_blocks(household: Household, member: Member | None, options: PrintOptions) -> list[list[Block]]:
    """The blocks of a member's extra cards, one list per card: each device that needs power
    on a card of its own (with medical data), so its supplier's number is never cut off, and
    how to reach 112 without a voice (FACTS 6.6) with the last device, or on its own card.
    With medical data there is always an extra card: its back holds the medicines and
    allergies, as the first card's back is full at 10 pt. Empty: no extra card."""
    if member is None:
        return []
    devices: list[Block] = []
    if options.include_medical and member.id is not None:  # a card has room: up to 6 lines each
        urgent_first = sorted(household.devices_of(member.id), key=lambda device: (
            not device.uses_oxygen, device.run_out_hours if device.run_out_hours is not None else 1e9))
        devices = [dataclasses.replace(_device(device), max_lines=6) for device in urgent_first]
    no_voice_text = wallet_no_voice_line(household, member, current_language(), options.today)
    no_voice = [Block(tr("112 without your voice"), _parts(no_voice_text), 4)] if no_voice_text else []
    cards = [[device] for device in devices] or ([[]] if no_voice or options.include_medical else [])
    if cards:
        cards[-1] += no_voice  # the 112 line with the last device (or on its own card)
    return cards


MEDICINE_LINES = 6  # a medicine longer than this at 10 pt keeps its name and a cut-off dose
MEDICAL_SIDES = 3  # the allergies and medicines may fill this many card sides; more: a line that says so
ALLERGY_LINES = 40  # the allergies flow on over the sides: a side's height is their limit


def _allergies(member: Member | None) -> Block:
    return Block(tr("Allergies"), _parts(member.allergies if member else ""), 3)


def _medical_blocks(household: Household, member: Member | None) -> list[Block]:
    """Allergies and all medicines in one block (a blank card, or a side measured without
    ``fits``); printed cards flow them on over the sides one by one, see ``_medical_sides``."""
    medicines = household.medicines_of(member.id) if member and member.id is not None else []
    return [_allergies(member), Block(tr("Medicines"), _parts(*(_medicine(m) for m in medicines)), 3)]


def more_medicines(count: int) -> str:
    """The last line of a full medicine list on the cards."""
    return plural(count, tr("And 1 more medicine: see the medicine list."),
                  tr("And %1 more medicines: see the medicine list."))


def more_allergies() -> Block:
    """The last line of allergies that do not all fit on the cards: the plan lists them all."""
    return Block("", (tr("More allergies: see the emergency plan."),), 2)


def _medicine_block(medicine: Medicine, fits: Callable[[Side], bool], beside: tuple[Block, ...]) -> Block:
    """One medicine, whole when it fits in MEDICINE_LINES lines at 10 pt on a side that also
    holds ``beside`` (the most another block on its side can take); else the name stays whole
    and the dose is cut short with "…" (the name is at most 100 characters)."""
    text = _medicine(medicine)
    block = Block(tr("Medicines"), (text,), MEDICINE_LINES, gap=0.1)
    if fits(Side("", "", (*beside, block))):
        return dataclasses.replace(block, label="")
    low, high = len(medicine.name), len(text)  # the longest cut that fits: binary search
    while low < high:
        middle = (low + high + 1) // 2
        if fits(Side("", "", (*beside, dataclasses.replace(block, parts=(text[:middle].rstrip() + "…)",))))):
            low = middle
        else:
            high = middle - 1
    return dataclasses.replace(block, label="", parts=(text[:low].rstrip() + "…)",))


def _allergy_piece(text: str, label: str, before: tuple[Block, ...], after: tuple[Block, ...],
                   fits: Callable[[Side], bool]) -> tuple[Block | None, str]:
    """The longest start of ``text`` that fits on a side between ``before`` and ``after``,
    ending between two words when it can (inside a word only when one word is wider than
    the side), and the rest of the text for the next side. None: not even a letter fits."""
    def block(length: int) -> Block:
        return Block(label, (text[:length].rstrip(),), ALLERGY_LINES)

    if fits(Side("", "", (*before, block(len(text)), *after))):
        return block(len(text)), ""
    low, high = 0, len(text) - 1  # the longest cut that fits: binary search
    while low < high:
        middle = (low + high + 1) // 2
        if fits(Side("", "", (*before, block(middle), *after))):
            low = middle
        else:
            high = middle - 1
    space = text.rfind(" ", 0, low + 1)
    cut = space if space > 0 else low
    if not text[:cut].strip():
        return None, text
    return block(cut), text[cut:].lstrip()


def _medical_sides(household: Household, member: Member, prefixes: list[tuple[Block, ...]],
                   fits: Callable[[Side], bool], name: Block) -> list[list[Block]]:
    """The allergies and then the medicines one by one over card sides that start with
    ``prefixes`` (one side each at most), every medicine whole on one side. Allergies that
    do not fit on a side go on on the next one ("Allergies (continued)"), before the
    medicines. What does not fit on the last side is named on a line of its own: more
    allergies point to the plan, more medicines are counted. Nothing is left out without a word."""
    medicines = household.medicines_of(member.id) if member.id is not None else []
    queue = [_medicine_block(medicine, fits, (name,)) for medicine in medicines]
    allergies = _one_line(member.allergies)
    sides: list[list[Block]] = []
    started = False  # the first medicine is printed (the next side's first one says "continued")
    for number, prefix in enumerate(prefixes):
        last_side = number == len(prefixes) - 1
        blocks: list[Block] = []
        if not sides and not allergies:
            blocks.append(_allergies(member))  # a line to write them on
        elif allergies:
            label = tr("Allergies") if not sides else tr("Allergies (continued)")
            reserve = (Block("", (more_medicines(len(queue)),), 2),) if queue and last_side else ()
            piece, allergies = _allergy_piece(allergies, label, prefix, reserve, fits)
            if allergies and last_side:  # the sides run out: a pointer to the plan
                if piece:
                    piece, _ = _allergy_piece(piece.parts[0], label, prefix, (more_allergies(), *reserve), fits)
                return [*sides, [*([piece] if piece else []), more_allergies(), *reserve]]
            blocks += [piece] if piece else []
            if allergies:
                sides.append(blocks)
                continue
        fixed = len(blocks)  # the allergies stay on the side; medicines may give way to the 'more' line
        blank = Block(tr("Medicines"), (), 3)  # no medicines: a line to write them on, when there is room
        if not medicines and fits(Side("", "", (*prefix, *blocks, blank))):
            blocks.append(blank)
        while queue:
            label = "" if len(blocks) > fixed else tr("Medicines (continued)") if started else tr("Medicines")
            candidate = dataclasses.replace(queue[0], label=label)
            if blocks and not fits(Side("", "", (*prefix, *blocks, candidate))):
                break
            blocks.append(candidate)
            queue.pop(0)
            started = True
        sides.append(blocks)
        if not queue:
            return sides
        if last_side:
            left = len(queue)
            while len(blocks) > fixed and not fits(Side("", "", (*prefix, *blocks,
                                                                 Block("", (more_medicines(left),), 2)))):
                blocks.pop()
                left += 1
            blocks.append(Block("", (more_medicines(left),), 2))
    return sides


def _up_to_limit(prefixes: list[tuple[Block, ...]], name: Block) -> list[tuple[Block, ...]]:
    """The first MEDICAL_SIDES sides for medicines: ``prefixes`` (sides of cards that are
    printed anyway), then the front and back of new cards; a new card's back is used too."""
    sides = prefixes[:MEDICAL_SIDES]
    while len(sides) < MEDICAL_SIDES:
        sides += [(name,), ()]
    return sides


def extra_cards(household: Household, member: Member | None, options: PrintOptions,
                fits: Callable[[Side], bool] | None = None) -> list[tuple[Side, Side]]:
    """The extra cards of a member with devices or a hearing need, so the first card keeps its
    large name and 112: devices and 112 without a voice on the fronts, allergies and medicines
    (with medical data) on the first back.

    With ``fits`` (whether a side's text fits whole at 10 pt, ``WalletCards.fits_whole``) a
    front that would be cut gives its last block away: to its own back when that back is only
    lines for notes, else to a card of its own right after it. Nothing is cut off then. The
    medicines are listed one by one and go on, when the first back is full, on the second
    card's empty front, the backs of the device cards and then a card of their own (at most
    MEDICAL_SIDES sides; a last line says how many more there are)."""
    cards: list[tuple[Side, Side]] = []
    if member is None:
        return cards
    made = tr("Made on %1").replace("%1", format_date(options.today.isoformat()))
    heading = counts.paper_plan_heading(len(household.members))
    notes = [Block(tr("Notes"), (), 4)]
    fronts = [list(blocks) for blocks in _extra_blocks(household, member, options)]
    backs: list[list[Block] | None] = [None] * len(fronts)  # None: the usual back
    name = Block("", _parts(_one_line(member.name)), 1, big=True, elide=True)
    index = 0
    while index < len(fronts):
        blocks = fronts[index]
        medical_back = options.include_medical and index == 0
        if fits is not None and len(blocks) > 1 and not fits(Side("", "", (name, *blocks))):
            moved = blocks.pop()
            if not medical_back and backs[index] is None and fits(Side("", "", (moved,))):
                backs[index] = [moved]
            else:
                fronts.insert(index + 1, [moved])
                backs.insert(index + 1, None)
            continue  # check the smaller front again
        index += 1
    new_cards: list[tuple[list[Block], list[Block] | None]] = []
    if options.include_medical and fronts:
        if fits is None:
            backs[0] = _medical_blocks(household, member)
        else:
            spare = [i for i in range(1, len(fronts)) if backs[i] is None]
            prefixes: list[tuple[Block, ...]] = [(), *[() for _ in spare]]
            sides = _medical_sides(household, member, _up_to_limit(prefixes, name), fits, name)
            if len(sides) > 1 and not fronts[0]:  # the second card's empty front first, then its back
                sides = _medical_sides(household, member, _up_to_limit([(name,), *prefixes], name), fits, name)
                fronts[0] = sides.pop(0)
            backs[0] = sides.pop(0) if sides else backs[0]
            for i in spare:
                if sides:
                    backs[i] = sides.pop(0)
            while sides:
                new_cards.append((sides.pop(0), sides.pop(0) if sides else None))
    for number, (blocks, own_back) in enumerate([*zip(fronts, backs, strict=True), *new_cards], start=2):
        front_side = Side(tr("Paraat"), tr("Emergency card %1").replace("%1", str(number)),
                          (name, *(blocks or notes)))
        cards.append((front_side, Side(heading, made, tuple(own_back or notes))))
    return cards


def extra_card(household: Household, member: Member | None, options: PrintOptions) -> tuple[Side, Side] | None:
    """The first extra card (see ``extra_cards``), or None."""
    cards = extra_cards(household, member, options)
    return cards[0] if cards else None


def back(household: Household, member: Member | None, options: PrintOptions) -> Side:
    plan, home = household.plan, household.home
    places = household.meeting_places
    near = places["near"].place if "near" in places else ""
    hood = places["neighbourhood"].place if "neighbourhood" in places else ""
    radio: tuple[str, ...] = ()
    if home.fm_frequency:
        known = broadcasters().get(home.broadcaster)
        radio = _parts((known.name + " " if known else "") + tr("%1 FM").replace("%1", home.fm_frequency))
    blocks = [Block(tr("Contact outside the area"), _parts(plan.contact_name, phones.display(plan.contact_phone)),
                    keep_last=True),
              Block(tr("Meeting place near the house"), _parts(near)),
              Block(tr("Meeting place outside the neighbourhood"), _parts(hood)),
              Block(tr("Regional broadcaster (FM radio)"), radio, 1)]
    if options.include_medical and not _extra_blocks(household, member, options):
        blocks += _medical_blocks(household, member)  # with a second card they go on its back
    made = tr("Made on %1").replace("%1", format_date(options.today.isoformat()))
    return Side(counts.paper_plan_heading(len(household.members)), made, tuple(blocks))


def wrap_lines(text: str, font: QFont, device: QPagedPaintDevice, width: float) -> list[str]:
    """``text`` in lines of at most ``width`` device pixels: broken between words (and after a
    hyphen or slash), and inside a word only when the word alone is wider than a line."""
    layout = QTextLayout(text, font, device)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    metrics = QFontMetricsF(font, device)
    lines: list[str] = []
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        piece = text[line.textStart():line.textStart() + line.textLength()].rstrip()
        while len(piece) > 1 and metrics.horizontalAdvance(piece) > width:  # never past the edge
            line.setNumColumns(len(piece) - 1)
            piece = text[line.textStart():line.textStart() + line.textLength()].rstrip()
        lines.append(piece)
    layout.endLayout()
    return [line for line in lines if line] or [text]


@dataclass
class _Fonts:
    label: QFont
    value: QFont
    big: QFont


class WalletCards(PrintDocument):
    """Wallet cards for every member of ``household`` (one blank card when there are none)."""

    margins_mm = 10.0  # the cards sit 19.4 mm from the sides; the cut marks need room too

    def __init__(self, household: Household, options: PrintOptions) -> None:
        self.household = household
        self.options = options
        self.title = tr("Wallet cards")
        self._measure: tuple[QBuffer, QPdfWriter] | None = None  # for fits_whole, made when first needed
        self._labels: dict[tuple[str, float, int, int], list[str]] = {}  # label lines by label, size and dpi
        self._paged: tuple[int, list[list[tuple[Side, Side]]]] | None = None  # cards per page, the pages

    def cards(self) -> list[tuple[Side, Side]]:
        ordered = sorted(self.household.members, key=lambda m: m.position)
        members: list[Member | None] = [*ordered] or [None]
        cards: list[tuple[Side, Side]] = []
        for member in members:
            cards.append((front(self.household, member, self.options),
                          back(self.household, member, self.options)))
            cards += extra_cards(self.household, member, self.options, self.fits_whole)
        return cards

    def fits_whole(self, side: Side) -> bool:
        """Whether ``side``'s text fits on a card at 10 pt without cutting any of it off
        (measured as in a 300 dpi PDF, so the preview, the printer and the file agree)."""
        if self._measure is None:
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            writer = QPdfWriter(buffer)
            writer.setResolution(PDF_DPI)
            writer.setPageLayout(a4_layout(self.margins_mm))
            self._measure = (buffer, writer)
        device = self._measure[1]
        area = PageMap(device).rect(QRectF(0, 0, CARD_W, CARD_H).adjusted(PAD, PAD, -PAD, -PAD))
        header_h = self._metrics(self._font(MIN_PT, bold=True), device).lineSpacing() * 1.4
        label, value, big = self._sizes()[-1]
        fonts = _Fonts(self._font(label), self._font(value, True), self._font(big, True))
        wrapped = [self._wrap(block, fonts, device, area.width()) for block in side.blocks]
        labels = [self._label_lines(block, fonts, device) for block in side.blocks]
        return all(len(lines) <= block.max_lines for lines, block in zip(wrapped, side.blocks, strict=True)) \
            and all(self._metrics(fonts.big if block.big else fonts.value, device).horizontalAdvance(line)
                    <= area.width() for lines, block in zip(wrapped, side.blocks, strict=True) for line in lines) \
            and not any(line.endswith("…") for lines in labels for line in lines) \
            and self._height(side, fonts, device, wrapped) <= area.height() - header_h

    def hand_over(self, thread: QThread) -> None:
        if self._measure is not None:
            for measure in self._measure:
                measure.moveToThread(thread)

    def _pages(self, device: QPagedPaintDevice) -> list[list[tuple[Side, Side]]]:
        """The cards on each page; worked out once per page size (counting and painting share it)."""
        per_page = len(strip_rects(PageMap(device).page))
        if self._paged is None or self._paged[0] != per_page:
            cards = self.cards()
            self._paged = (per_page, [cards[i:i + per_page] for i in range(0, len(cards), per_page)])
        return self._paged[1]

    def page_count(self, device: QPagedPaintDevice) -> int:
        return len(self._pages(device))

    def pages(self, device: QPagedPaintDevice, first_page: int, total: int) -> list[PagePainter]:
        mapper = PageMap(device)

        def paint_page(painter: QPainter, cards: list[tuple[Side, Side]], number: int) -> None:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_page(painter, device, mapper, cards)
            self._paint_footer(painter, mapper, number, total)
            painter.restore()

        return [partial(paint_page, cards=cards, number=first_page + number)
                for number, cards in enumerate(self._pages(device))]

    # --- painting ------------------------------------------------------------------------------

    def _font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(report_family())
        font.setPointSizeF(max(MIN_PT, size))
        font.setBold(bold)
        return font

    def _paint_page(self, painter: QPainter, device: QPagedPaintDevice, mapper: PageMap,
                    cards: list[tuple[Side, Side]]) -> None:
        strips = strip_rects(mapper.page)
        note = QRectF(strips[0].left(), MIN_MARGIN / 2, STRIP_W, strips[0].top() - MARK_LEN - 2 - MIN_MARGIN / 2)
        painter.setPen(QColor("black"))
        painter.setFont(self._font(12 if self.options.large else 10))
        painter.drawText(mapper.rect(note), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
                         | Qt.TextFlag.TextWordWrap,
                         tr("Cut out each card along the corner marks, fold it on the dashed line "
                            "and keep it in your wallet."))
        for strip, (side_a, side_b) in zip(strips, cards, strict=False):
            self._paint_marks(painter, mapper, strip)
            self._paint_side(painter, device, mapper, QRectF(strip.topLeft(), QSizeF(CARD_W, CARD_H)), side_a)
            self._paint_side(painter, device, mapper,
                             QRectF(QPointF(strip.left() + CARD_W, strip.top()), QSizeF(CARD_W, CARD_H)), side_b)

    def _paint_footer(self, painter: QPainter, mapper: PageMap, page: int, pages: int) -> None:
        """The same footer as the other documents: print date, next check, page x of y."""
        left, right = footer_texts(self.options, page, pages)
        area = QRectF(MIN_MARGIN, mapper.page.height() - MIN_MARGIN / 2 - 6, mapper.page.width() - 2 * MIN_MARGIN, 6)
        painter.setPen(QColor("black"))
        painter.setFont(self._font(10))
        painter.drawText(mapper.rect(area), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left)
        painter.drawText(mapper.rect(area), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)

    def _pen(self, mapper: PageMap, width_mm: float, color: str, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
        pen = QPen(QColor(color), width_mm * mapper.sx)
        pen.setStyle(style)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        return pen

    def _paint_marks(self, painter: QPainter, mapper: PageMap, strip: QRectF) -> None:
        """The card outline, the dashed fold line, and cut marks outside every corner."""
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self._pen(mapper, 0.15, "#888888"))
        painter.drawRect(mapper.rect(strip))
        fold = strip.left() + CARD_W
        painter.setPen(self._pen(mapper, 0.25, "#555555", Qt.PenStyle.DashLine))
        painter.drawLine(QLineF(mapper.point(fold, strip.top()), mapper.point(fold, strip.bottom())))
        painter.setPen(self._pen(mapper, 0.25, "black"))
        lines: list[QLineF] = []
        near, far = MARK_OFFSET, MARK_OFFSET + MARK_LEN
        for x, dx in ((strip.left(), -1), (strip.right(), 1)):
            for y, dy in ((strip.top(), -1), (strip.bottom(), 1)):
                lines.append(QLineF(mapper.point(x + dx * near, y), mapper.point(x + dx * far, y)))
                lines.append(QLineF(mapper.point(x, y + dy * near), mapper.point(x, y + dy * far)))
        for y, dy in ((strip.top(), -1), (strip.bottom(), 1)):  # where to fold, outside the card
            lines.append(QLineF(mapper.point(fold, y + dy * near), mapper.point(fold, y + dy * far)))
        painter.drawLines(lines)

    def _sizes(self) -> list[tuple[float, float, float]]:
        """Label, value and big sizes to try, largest first, down to the minimum."""
        label, value, big = (11.0, 14.0, 18.0) if self.options.large else (10.0, 12.0, 15.0)
        sizes = []
        while True:
            sizes.append((max(MIN_PT, label), max(MIN_PT, value), max(MIN_PT, big)))
            if big <= MIN_PT and value <= MIN_PT:
                return sizes
            label, value, big = label - STEP_PT, value - STEP_PT, big - STEP_PT

    def _fit(self, device: QPagedPaintDevice, side: Side, width: float, height: float,
             header_h: float) -> tuple[_Fonts, list[list[str]]]:
        """Fonts and the value lines of each block so the side fits: shrink first, elide last."""
        for label, value, big in self._sizes():
            fonts = _Fonts(self._font(label), self._font(value, True), self._font(big, True))
            wrapped = [self._wrap(block, fonts, device, width) for block in side.blocks]
            if all(len(lines) <= block.max_lines for lines, block in zip(wrapped, side.blocks, strict=True)) \
                    and self._height(side, fonts, device, wrapped) <= height - header_h:
                return fonts, wrapped
        limits = [min(block.max_lines, len(w)) for block, w in zip(side.blocks, wrapped, strict=True)]
        while True:  # smallest size: cut the longest blocks down, one line at a time
            lines = [self._elide(w, limit, block, fonts, device, width)
                     for w, limit, block in zip(wrapped, limits, side.blocks, strict=True)]
            if self._height(side, fonts, device, lines) <= height - header_h or max(limits) == 1:
                return fonts, lines
            longest = max(range(len(limits)), key=lambda i: (limits[i], -i))
            limits[longest] -= 1

    @staticmethod
    def _metrics(font: QFont, device: QPagedPaintDevice) -> QFontMetricsF:
        return QFontMetricsF(font, device)

    def _wrap(self, block: Block, fonts: _Fonts, device: QPagedPaintDevice, width: float) -> list[str]:
        if not block.parts:
            return [""]
        font = fonts.big if block.big else fonts.value
        joined = " – ".join(block.parts)
        if self._metrics(font, device).horizontalAdvance(joined) <= width:
            return [joined]
        lines = [line for part in block.parts for line in wrap_lines(part, font, device, width)]
        if block.elide and len(lines) > block.max_lines:
            return self._elide(lines, block.max_lines, block, fonts, device, width)
        return lines

    def _label_lines(self, block: Block, fonts: _Fonts, device: QPagedPaintDevice) -> list[str]:
        """A label wrapped like the text inside the card (a long device name), cut with "…"
        after LABEL_LINES lines."""
        if not block.label:
            return []
        key = (block.label, fonts.label.pointSizeF(), device.logicalDpiX(), device.logicalDpiY())
        if key not in self._labels:
            width = PageMap(device).rect(QRectF(0, 0, CARD_W, CARD_H).adjusted(PAD, PAD, -PAD, -PAD)).width()
            lines = wrap_lines(block.label, fonts.label, device, width)
            if len(lines) > LABEL_LINES:
                rest = " ".join(lines[LABEL_LINES - 1:])
                lines = [*lines[:LABEL_LINES - 1], self._metrics(fonts.label, device).elidedText(
                    rest, Qt.TextElideMode.ElideRight, width)]
            self._labels[key] = lines
        return self._labels[key]

    def _elide(self, lines: list[str], limit: int, block: Block, fonts: _Fonts,
               device: QPagedPaintDevice, width: float) -> list[str]:
        font = fonts.big if block.big else fonts.value
        metrics = self._metrics(font, device)
        if block.keep_last and len(block.parts) > 1 and len(lines) > limit:  # the phone number stays whole
            last = wrap_lines(block.parts[-1], font, device, width)
            head = [line for part in block.parts[:-1] for line in wrap_lines(part, font, device, width)]
            if limit > len(last):
                return self._elide(head, limit - len(last), dataclasses.replace(block, keep_last=False),
                                   fonts, device, width) + last
            tail = " – " + " ".join(last)  # one line: the name cut short before the number
            room = width - metrics.horizontalAdvance(tail)
            if len(last) == 1 and room > metrics.horizontalAdvance("MM…"):
                cut = metrics.elidedText(" ".join(head), Qt.TextElideMode.ElideRight, room)
                return [cut[:-2] + "…" + tail if cut.endswith(" …") else cut + tail]
            return last[:limit]
        kept = lines[:limit - 1] + [" ".join(lines[limit - 1:])]
        return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in kept]

    def _height(self, side: Side, fonts: _Fonts, device: QPagedPaintDevice, lines: list[list[str]]) -> float:
        label_h = self._metrics(fonts.label, device).lineSpacing()
        value_h = self._metrics(fonts.value, device).lineSpacing()
        big_h = self._metrics(fonts.big, device).lineSpacing()
        total = 0.0
        for block, block_lines in zip(side.blocks, lines, strict=True):
            total += len(self._label_lines(block, fonts, device)) * label_h
            total += len(block_lines) * (big_h if block.big else value_h)
            total += label_h * block.gap
        return total

    def _paint_side(self, painter: QPainter, device: QPagedPaintDevice, mapper: PageMap, card: QRectF,
                    side: Side) -> None:
        area = mapper.rect(card.adjusted(PAD, PAD, -PAD, -PAD))
        header = self._font(MIN_PT, bold=True)
        header_h = self._metrics(header, device).lineSpacing() * 1.4
        fonts, lines = self._fit(device, side, area.width(), area.height(), header_h)
        labels = [self._label_lines(block, fonts, device) for block in side.blocks]
        painter.setPen(QColor("black"))
        painter.setFont(header)
        head = QRectF(area.left(), area.top(), area.width(), header_h)
        painter.drawText(head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, side.left)
        painter.setFont(self._font(header.pointSizeF()))
        painter.drawText(head, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, side.right)
        rule_y = area.top() + header_h * 0.8
        painter.setPen(self._pen(mapper, 0.2, "black"))
        painter.drawLine(QLineF(area.left(), rule_y, area.right(), rule_y))
        y = area.top() + header_h
        label_h = self._metrics(fonts.label, device).lineSpacing()
        room = area.height() - header_h - self._height(side, fonts, device, lines)
        spread = max(0.0, min(label_h, room / max(1, len(side.blocks))))  # the card's room, shared out
        for block, block_lines, label in zip(side.blocks, lines, labels, strict=True):
            for label_line in label:
                painter.setPen(QColor("black"))
                painter.setFont(fonts.label)
                painter.drawText(QRectF(area.left(), y, area.width(), label_h),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label_line)
                y += label_h
            font = fonts.big if block.big else fonts.value
            metrics = self._metrics(font, device)
            for line in block_lines:
                if line:
                    painter.setPen(QColor("black"))
                    painter.setFont(font)
                    painter.drawText(QPointF(area.left(), y + metrics.ascent()), line)
                else:  # a line to write on by hand
                    painter.setPen(self._pen(mapper, 0.2, "#444444"))
                    base = y + metrics.lineSpacing() - metrics.descent() * 0.3
                    painter.drawLine(QLineF(area.left(), base, area.right(), base))
                y += metrics.lineSpacing()
            y += label_h * block.gap + spread


def build(household: Household, stock: list[Stock], report: KitReport,
          options: PrintOptions) -> WalletCards:
    return WalletCards(household, options)
