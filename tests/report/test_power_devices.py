"""Devices that need power on paper (issue 17): a member on an oxygen concentrator (4 h battery,
2 spare cylinders of 5 h, supplier Vivisol) is on the fridge sheet's first-hour block and on her
wallet card with 'Na 14 uur', the supplier and its 24-hour number; with oxygen in the house the fridge
sheet gives no candle, match or gas-stove advice outside the one no-open-fire warning; the
carbon-monoxide line names the generator, camping heater and barbecue (FACTS 6.2)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QFontMetricsF, QPdfWriter

from app.core.check import NextCheck, next_check_of
from app.core.supplies import kit_report
from app.report.builders import build_document
from app.report.document import PrintOptions, a4_layout, write_pdf
from app.report.wallet import (
    CARD_H,
    CARD_W,
    MIN_PT,
    PAD,
    PageMap,
    WalletCards,
    back,
    extra_card,
    extra_cards,
    front,
    strip_rects,
)
from app.words.plan import carbon_monoxide_warning, oxygen_flame_warning
from tests.report.conftest import HOUSEHOLDS, TODAY, flat, pdf_text

FORBIDDEN = ("kaars", "lucifer", "gasfornuis", "gasstel")
OMA = 5



def _print(kind: str, name: str, path: Path, large: bool = True, medical: bool = False) -> int:
    household, stock = HOUSEHOLDS[name]()
    report = kit_report(household, stock, TODAY, 72, None)
    options = PrintOptions(today=TODAY, next_check=next_check_of(report), large=large, include_medical=medical)
    return write_pdf(build_document(kind, household, stock, report, options), path)


@pytest.mark.parametrize("large", [True, False])
def test_the_fridge_sheet_names_the_oxygen_and_when_it_runs_out(dutch, tmp_path, large):
    path = tmp_path / "fridge.pdf"
    assert _print("fridge", "oxygen", path, large) == 1  # still one page for the fridge door
    text = flat(pdf_text(path))
    first_hour = text[text.index("Als de stroom uitvalt"):]
    assert "Oma Riet – Zuurstofapparaat: Na 14 uur: zuurstof op" in first_hour
    assert "Bel Vivisol 0800 0224466 (24 uur)." in first_hour
    assert "Meteen overschakelen op de fles." in first_hour
    # the demo's bed without hours: a blank to fill in, never a guessed number
    assert "Oma Riet – Elektrisch hoog-laagbed met luchtmatras: Na ___ uur: apparaat stopt" in first_hour
    assert "Koel bewaren: Insuline (pen) (Oma Riet). Pen die in gebruik is mag 4 weken" in first_hour
    warning = flat(oxygen_flame_warning())
    assert "snel in brand" in warning  # right under the numbers to call, never at the foot of the page
    assert text.index("0800-9009") < text.index(warning) < text.index("Contactpersoon buiten de regio")
    outside = text.replace(warning, "").lower()
    for word in FORBIDDEN:
        assert word not in outside, word
    assert "gaskachel" not in outside


def test_the_carbon_monoxide_line_names_the_real_dangers(dutch, tmp_path):
    path = tmp_path / "fridge.pdf"
    _print("fridge", "demo", path)
    text = flat(pdf_text(path))
    line = flat(carbon_monoxide_warning())
    assert line in text
    for danger in ("aggregaat", "campingkachel", "campingstel", "barbecue (ook op gas)", "terrasverwarmer",
                   "ook niet met een raam open", "koolmonoxide"):
        assert danger in line.lower() or danger in line
    assert "gaskachel" not in text and "Zuurstof in huis" not in text  # no oxygen in the demo
    assert "kaarsen bij gordijnen" in text  # without oxygen the torch line stays as it was


def _words(path: Path) -> list[tuple[int, float, float, float, float, str]]:
    """(page, xMin, yMin, xMax, yMax, word) of every word, in points."""
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    words, page = [], 0
    for line in out.splitlines():
        if "<page " in line:
            page += 1
        found = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if found:
            x0, y0, x1, y1 = (float(found.group(i)) for i in range(1, 5))
            words.append((page, x0, y0, x1, y1, found.group(5)))
    return words


@pytest.mark.parametrize("large", [True, False])
def test_the_wallet_card_carries_both_devices_and_stays_on_the_card(dutch, tmp_path, large):
    path = tmp_path / "wallet.pdf"
    _print("wallet", "oxygen", path, large, medical=True)
    text = flat(pdf_text(path))
    assert "Na 14 uur: zuurstof op – bel Vivisol 0800 0224466 (24 uur)" in text
    assert "Meteen overschakelen op de fles." in text
    assert "Na ___ uur: apparaat stopt – bel Thuiszorgwinkel Utrecht 030 234 5680 (24 uur)" in text
    assert "Insuline (pen)" in text  # the medicines stay on the back
    # every word lies on a card, in the note above the cards or in the footer: nothing spills over
    mm = 72 / 25.4
    cards = [QRectF(r.left() * mm, r.top() * mm, r.width() * mm, r.height() * mm)
             for r in strip_rects(QSizeF(210, 297))]
    words = _words(path)
    assert len(words) > 100 and "Vivisol" in {word for *_, word in words}
    for page, x0, y0, x1, y1, word in words:
        on_card = any(card.adjusted(-0.5, -0.5, 0.5, 0.5).contains(QRectF(x0, y0, x1 - x0, y1 - y0))
                      for card in cards)
        assert on_card or y1 < cards[0].top() or y0 > cards[-1].bottom(), (page, word)


def test_the_device_card_keeps_the_minimum_size(dutch, tmp_path):
    """Oma's second card (two devices on the front, the medicines on the back) fits at ≥ 6.5 pt,
    and her first card keeps her name and 112 large."""
    household, _ = HOUSEHOLDS["oxygen"]()
    options = PrintOptions(today=TODAY, next_check=NextCheck("never", None, None), include_medical=True)
    cards = WalletCards(household, options)
    writer = QPdfWriter(str(tmp_path / "measure.pdf"))
    writer.setResolution(1200)
    writer.setPageLayout(a4_layout(cards.margins_mm))
    area = PageMap(writer).rect(QRectF(0, 0, CARD_W - 2 * PAD, CARD_H - 2 * PAD))
    header = QFontMetricsF(cards._font(8.0, True), writer).lineSpacing() * 1.4
    oma = next(member for member in household.members if member.id == OMA)
    extra = extra_cards(household, oma, options)
    assert len(extra) == 2  # a card for each of her two devices (the 112 line goes on the last)
    card_front, card_back = extra[0]
    assert sum(block.label in ("Zuurstofapparaat", "Elektrisch hoog-laagbed met luchtmatras")
               for side, _ in extra for block in side.blocks) == 2
    assert not any(block.label == "Zuurstofapparaat" for block in front(household, oma, options).blocks)
    assert any(block.label == "Medicijnen" for block in card_back.blocks)
    assert not any(block.label == "Medicijnen" for block in back(household, oma, options).blocks)
    first = front(household, oma, options)
    fonts, _ = cards._fit(writer, first, area.width(), area.height(), header)
    assert fonts.big.pointSizeF() >= 13  # the large-print name and 112 stay large
    for side in (card_front, card_back, extra[1][0]):
        fonts, lines = cards._fit(writer, side, area.width(), area.height(), header)
        assert min(fonts.label.pointSizeF(), fonts.value.pointSizeF(), fonts.big.pointSizeF()) >= MIN_PT
        assert cards._height(side, fonts, writer, lines) <= area.height() - header
    without = extra_card(household, oma, PrintOptions(today=TODAY, next_check=NextCheck("never", None, None)))
    assert without is None or not any(block.label == "Zuurstofapparaat"
                                      for block in without[0].blocks)  # medical only on request


def test_the_fridge_sheet_says_how_long_water_food_and_a_short_medicine_last(dutch, tmp_path):
    """The same run-out facts as the timeline, in the first block: water and food from the kit,
    and a daily medicine that runs out within the horizon at its hour."""
    household, stock = HOUSEHOLDS["oxygen"]()
    household.medicines[0].in_stock = 2.5  # Metoprolol, 1 a day: gone after 60 hours
    report = kit_report(household, stock, TODAY, 72, None)
    options = PrintOptions(today=TODAY, next_check=next_check_of(report))
    path = tmp_path / "fridge.pdf"
    assert write_pdf(build_document("fridge", household, stock, report, options), path) == 1
    text = flat(pdf_text(path))
    assert "Je noodpakket op 12-03-2026: water voor 2 dagen en 4 uur, eten voor 1 dag en 2 uur." in text
    assert "Na 60 uur is de Metoprolol 50 mg (Oma Riet) op." in text
    assert "is de Insuline (pen) (Oma Riet) op" not in text  # 10 days: longer than the horizon


def test_each_device_gets_its_own_card_and_the_number_is_never_cut(dutch, tmp_path):
    """Four devices with a long supplier name and a long plan, and a hearing need: every
    supplier number is printed whole, on a card of its own, and the first card keeps its size."""
    from app.core.records import Device

    household, stock = HOUSEHOLDS["oxygen"]()
    oma = next(member for member in household.members if member.id == OMA)
    long_plan = ("Meteen overschakelen op de fles. Bel de leverancier binnen 2 uur. Lukt bellen niet, "
                 "ga dan met de buurman naar de huisartsenpost in het gezondheidscentrum.")
    household.devices = [
        Device(n, OMA, kind, name, battery_hours=4.5, supplier="VitalAire Nederland Thuiszorg Zuurstof",
               supplier_phone=f"088-25025{n:02d}", when_power_fails=long_plan)
        for n, (kind, name) in enumerate([("oxygen_concentrator", "Zuurstofapparaat"),
                                          ("insulin_pump_cgm", "Insulinepomp"),
                                          ("alarm_pendant", "Alarmknop"),
                                          ("hoist_or_mattress", "Luchtmatras")], start=1)]
    options = PrintOptions(today=TODAY, next_check=NextCheck("never", None, None), include_medical=True)
    cards = WalletCards(household, options).cards()
    fronts = [front_side for front_side, _ in cards
              if front_side.blocks and front_side.blocks[0].parts == (oma.name,)]
    assert [side.right for side in fronts] == [
        "Noodkaart", "Noodkaart 2", "Noodkaart 3", "Noodkaart 4", "Noodkaart 5"]
    # her first card, then a card for each of four devices; the 112 line is on the last one:
    # beside its device when it fits whole, else on that card's back (it used to be cut off)
    last = next(card for card in cards if card[0] is fronts[-1])
    assert "112 zonder te praten" in {block.label for side in last for block in side.blocks}
    report = kit_report(household, stock, TODAY, 72, None)
    path = tmp_path / "wallet.pdf"
    write_pdf(build_document("wallet", household, stock, report, options), path)
    text = flat(pdf_text(path))
    for n in range(1, 5):
        assert f"088 250 25{n:02d}" in text or f"088-25025{n:02d}" in text or f"088 2502 5{n:02d}" in text, n
