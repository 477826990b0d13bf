"""Wallet cards: credit-card size, every member, 112, ICE contacts, medical data only on request."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage, QPdfWriter
from PySide6.QtWidgets import QApplication

from app.core.check import NextCheck
from app.core.demo import demo_household, demo_stock
from app.core.household import Household
from app.core.records import Medicine, Member
from app.core.supplies import kit_report
from app.report.builders import BUILDERS, build_document
from app.report.document import PrintOptions, a4_layout, write_pdf
from app.report.wallet import (
    CARD_H,
    CARD_W,
    STRIP_W,
    PageMap,
    WalletCards,
    ice_contacts,
    strip_rects,
)
from tests.report.conftest import TODAY, assert_a4_pages, assert_font_embedded, flat, pdf_text

MEDICAL = ("Metoprolol", "Adrenalinepen", "Insuline", "Penicilline", "Pinda")


def options(include_medical: bool = False, large: bool = True) -> PrintOptions:
    return PrintOptions(today=TODAY, next_check=NextCheck("never", None, None), large=large, include_medical=include_medical)


def many_members() -> Household:
    household = demo_household()
    household.members = [
        Member(n, n, f"{n:02d} Wilhelmina Cornelia Antonia van den Bergh-Oudshoorn-Smit"[:60].ljust(60, "x"),
               "adult", phone=f"06-1234{5100 + n}", allergies="Noten") for n in range(1, 13)]
    return household


def write(qapp: QApplication, tmp_path: Path, household: Household, opts: PrintOptions) -> tuple[Path, int]:
    path = tmp_path / "wallet.pdf"
    return path, write_pdf(WalletCards(household, opts), path)


def test_registered_as_builder(qapp: QApplication):
    household = demo_household()
    report = kit_report(household, demo_stock(TODAY), TODAY, 72, None)
    assert isinstance(BUILDERS["wallet"](household, [], report, options()), WalletCards)
    assert isinstance(build_document("wallet", household, [], report, options()), WalletCards)


def test_demo_household(qapp: QApplication, tmp_path: Path):
    path, pages = write(qapp, tmp_path, demo_household(), options())
    assert pages == 2  # five members, four strips a page
    assert_a4_pages(path, pages)
    assert_font_embedded(path)
    text = flat(pdf_text(path))
    for member in demo_household().members:
        assert member.name in text
    assert "112" in text
    assert "06 12345002" in text  # Mark's phone as ICE on the other cards, shown readably
    assert "Tante Ineke (Zwolle) – 06 12345009" in text
    assert "Bij de speeltuin op de hoek" in text and "Bibliotheek Oost, Oudwijk 40" in text
    assert "RTV Utrecht" in text and "93.1" in text
    assert "None" not in text
    for word in (*MEDICAL, "Medicines", "Allergies", "Medicijnen", "Allergieën"):
        assert word not in text


def test_medical_data_only_on_request(qapp: QApplication, tmp_path: Path):
    path, pages = write(qapp, tmp_path, demo_household(), options(include_medical=True))
    text = flat(pdf_text(path))
    for word in MEDICAL:
        assert word in text


def test_keep_cold_is_marked_on_the_card_and_fits(qapp: QApplication, tmp_path: Path):
    """The insulin says "keep cold" on Oma Riet's card; a member with many cold medicines still
    gets a card of one strip (the text shrinks, never spills). With medical data every member
    has a second card: the medicines and allergies are on its back (the first back is full at
    10 pt)."""
    path, _pages = write(qapp, tmp_path, demo_household(), options(include_medical=True))
    text = flat(pdf_text(path))
    assert "Insuline (pen) (2 keer per dag, keep cold)" in text
    assert "Metoprolol 50 mg (1 tablet per dag)" in text  # no mark on a medicine kept warm
    assert "Metoprolol 50 mg (1 tablet per dag, keep cold)" not in text
    household = demo_household()
    household.medicines = [Medicine(n, 5, f"Medicijn nummer {n}", "3 keer per dag", keep_cold=1)
                           for n in range(1, 9)]
    cards = WalletCards(household, options(include_medical=True))
    # Oma Riet (the 5th member, after four members with two cards each) hears badly and has a
    # device: her medicines are on the back of her second card, and how to reach 112 without
    # a voice, which no longer fits beside the device, on a third card.
    assert len(cards.cards()) == 11
    assert [block.label for block in cards.cards()[10][0].blocks][1:] == ["112 without your voice"]
    back_side = cards.cards()[9][1]
    assert back_side.blocks[0].label == "Allergies" and back_side.blocks[1].label == "Medicines"
    assert "keep cold" in " ".join(back_side.blocks[1].parts)
    path, pages = write(qapp, tmp_path, household, options(include_medical=True))
    assert pages == 3  # eleven cards: four to a page
    assert_a4_pages(path, pages)
    text = flat(pdf_text(path))
    assert "Medicijn nummer 1 (3 keer per dag, keep cold)" in text
    assert "Allergies" in text  # the block after the medicines is still on the card


def test_empty_household_prints_one_blank_card(qapp: QApplication, tmp_path: Path):
    path, pages = write(qapp, tmp_path, Household(), options(include_medical=True))
    assert pages == 1
    assert_a4_pages(path, 1)
    text = flat(pdf_text(path))
    assert "112" in text
    assert "None" not in text
    assert "Name" in text  # labels to fill in by hand


@pytest.mark.parametrize("large", [True, False])
def test_many_members_with_long_names(qapp: QApplication, tmp_path: Path, large: bool):
    household = many_members()
    path, pages = write(qapp, tmp_path, household, options(include_medical=True, large=large))
    # with medical data two cards each (member 5's second card holds the demo's device): 24, 4 a page
    assert len(WalletCards(household, options(include_medical=True, large=large)).cards()) == 24
    assert pages == 6
    assert_a4_pages(path, 6)
    assert_font_embedded(path)
    text = flat(pdf_text(path, raw=True)).replace("- ", "-")  # raw: a hyphen at a line's end stays
    for member in household.members:
        assert len(member.name) == 60
        assert member.name in text  # the name on its own card is never elided
    assert text.count("112") >= 12


def test_ice_contacts():
    household = demo_household()
    sanne, mark, lotte = household.members[:3]
    assert ice_contacts(household, sanne) == [("Mark de Vries", "06-12345002"), ("Oma Riet", "030-1234567")]
    assert ice_contacts(household, lotte)[0] == ("Sanne de Vries", "06-12345001")
    household.members = [sanne]
    assert ice_contacts(household, sanne) == [("Tante Ineke (Zwolle)", "06-12345009")]  # no duplicates
    assert ice_contacts(Household(), None) == []


def test_geometry_in_code(qapp: QApplication, tmp_path: Path):
    strips = strip_rects(QSizeF(210, 297))
    assert len(strips) == 4
    for strip in strips:
        assert (strip.width(), strip.height()) == pytest.approx((2 * CARD_W, CARD_H))
        assert strip.left() >= 15 and strip.top() >= 15 and strip.bottom() <= 297 - 15
    writer = QPdfWriter(str(tmp_path / "geometry.pdf"))
    writer.setResolution(300)
    writer.setPageLayout(a4_layout(WalletCards.margins_mm))
    mapper = PageMap(writer)
    for strip in mapper.strips_px():
        assert strip.width() / writer.logicalDpiX() * 25.4 == pytest.approx(STRIP_W, abs=0.2)
        assert strip.height() / writer.logicalDpiY() * 25.4 == pytest.approx(CARD_H, abs=0.2)
        assert strip.left() / writer.logicalDpiX() * 25.4 == pytest.approx(19.4 - 10, abs=0.01)


def _dark_runs(values: list[int]) -> list[tuple[int, int]]:
    runs, start = [], None
    for index, value in enumerate([*values, 255]):
        if value < 200 and start is None:
            start = index
        elif value >= 200 and start is not None:
            runs.append((start, index - 1))
            start = None
    return runs


def test_printed_card_measures_85_6_by_54_mm(qapp: QApplication, tmp_path: Path):
    """Rasterise at 254 dpi (10 pixels a millimetre) and measure the drawn card outline."""
    path, _ = write(qapp, tmp_path, demo_household(), options())
    subprocess.run(["pdftoppm", "-gray", "-png", "-r", "254", "-f", "1", "-l", "1", str(path),
                    str(tmp_path / "page")], check=True)
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    assert abs(image.width() - 2100) <= 1 and abs(image.height() - 2970) <= 1  # A4
    first = strip_rects(QSizeF(210, 297))[0]
    row = round((first.top() + 0.5) * 10)  # just inside the top edge: no text there
    runs = _dark_runs([image.pixelColor(x, row).value() for x in range(image.width())])
    left, right = runs[0], runs[-1]
    width_mm = ((right[0] + right[1]) / 2 - (left[0] + left[1]) / 2) / 10
    assert width_mm == pytest.approx(STRIP_W, abs=0.2)
    fold = [run for run in runs if abs((run[0] + run[1]) / 2 - (left[0] + left[1]) / 2 - CARD_W * 10) < 3]
    assert fold, "the fold line halves the strip into two 85.6 mm cards"
    column = round((left[0] + left[1]) / 2 + 15)  # 1.5 mm inside the left edge
    runs = _dark_runs([image.pixelColor(column, y).value() for y in range(image.height())])
    tops = [run for run in runs if abs(run[0] - first.top() * 10) < 20]
    bottoms = [run for run in runs if abs(run[0] - first.bottom() * 10) < 20]
    assert tops and bottoms
    height_mm = ((bottoms[0][0] + bottoms[0][1]) / 2 - (tops[0][0] + tops[0][1]) / 2) / 10
    assert height_mm == pytest.approx(CARD_H, abs=0.2)


@pytest.mark.parametrize("name", ["demo", "oxygen"])
def test_a_device_and_a_hearing_need_fit_without_cutting(qapp: QApplication, tmp_path: Path, name: str):
    """Oma Riet hears badly and has one device (the demo) or two (oxygen): her device cards
    and how to reach 112 without a voice are printed whole, never cut off with '…', and at
    10 pt or more (the last device card used to end in '(24 h…' with the 112 line on it)."""
    import re

    from app.content.no_voice import wallet_no_voice_line
    from app.words.i18n import current_language
    from tests.report.conftest import HOUSEHOLDS

    household, _ = HOUSEHOLDS[name]()
    opts = options(include_medical=True)
    cards = WalletCards(household, opts)
    for front_side, back_side in cards.cards():
        for side in (front_side, back_side):
            assert cards.fits_whole(side) or len(side.blocks) <= 2, side
    path, pages = write(qapp, tmp_path, household, opts)
    assert_a4_pages(path, pages)
    text = flat(pdf_text(path))
    assert "…" not in text
    oma = household.members[4]
    assert flat(wallet_no_voice_line(household, oma, current_language(), TODAY)) in text
    assert "Thuiszorgwinkel Utrecht 030 234 5680 (24 hours)" in text
    if name == "oxygen":
        assert "Meteen overschakelen op de fles. Bel Vivisol binnen 2 uur." in text
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    heights = [float(b) - float(a) for a, b in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', out)]
    assert min(heights) >= 10 * 1.2


def bbox_words(path: Path) -> list[tuple[int, float, float, float, float, str]]:
    """(page, xMin, yMin, xMax, yMax, word) of every word, in points (pdftotext -bbox)."""
    import re

    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    found = []
    for page, text in enumerate(out.split("<page ")[1:]):
        for x0, y0, x1, y1, word in re.findall(
                r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', text):
            found.append((page, float(x0), float(y0), float(x1), float(y1), word))
    return found


def card_rects_pt() -> list[tuple[float, float, float, float]]:
    """(left, top, right, bottom) in points of every card side on an A4 page."""
    mm = 72 / 25.4
    rects = []
    for strip in strip_rects(QSizeF(210, 297)):
        for left in (strip.left(), strip.left() + CARD_W):
            rects.append((left * mm, strip.top() * mm, (left + CARD_W) * mm, strip.bottom() * mm))
    return rects


def oma_takes(names: list[str], dose: str = "1x per dag", member_id: int = 5) -> Household:
    """The demo, with Oma Riet (or another member) taking ``names``."""
    household = demo_household()
    household.medicines = [Medicine(n, member_id, name, dose) for n, name in enumerate(names, 1)]
    return household


FIVE = ["Metoprolol 50 mg", "Omeprazol 20 mg", "Acenocoumarol 1 mg", "Metformine 500 mg", "Simvastatine 40 mg"]
LONG = ["Ipratropiumbromide/salbutamolsulfaat", "Salbutamol/ipratropiumbromide-inhalatievloeistof",
        "Acetylsalicylzuur-cardio", "Hydrochloorthiazide/losartankalium"]
TWELVE = [f"Medicijn nummer {n} tegen iets" for n in range(1, 13)]


def assert_cards_readable(path: Path) -> None:
    """Nothing under 10 pt (the word box is 1.24 × the size), and every word on a card (or in
    the note above the cards or the footer): no text runs past a card's edge."""
    cards = card_rects_pt()
    top, bottom = cards[0][1], max(rect[3] for rect in cards)
    for page, x0, y0, x1, y1, word in bbox_words(path):
        assert y1 - y0 >= 10 * 1.2, (word, y1 - y0)
        if top < y0 < bottom:
            assert any(left - 0.5 <= x0 and x1 <= right + 0.5 and ctop - 0.5 <= y0 and y1 <= cbottom + 0.5
                       for left, ctop, right, cbottom in cards), (page, word, x0, x1)


@pytest.mark.parametrize("large", [True, False])
@pytest.mark.parametrize(("names", "member_id"), [(FIVE, 5), (LONG + ["Acenocoumarol 1 mg"], 5), (TWELVE, 5),
                                                  (TWELVE, 2)], ids=["five", "long", "twelve", "twelve-mark"])
def test_every_medicine_is_on_the_cards_whole(qapp: QApplication, tmp_path: Path, names: list[str],
                                              member_id: int, large: bool):
    """Oma Riet's medicines are listed one by one and go on to the next card side when a side
    is full: every name is printed whole (it used to end '…; Simva…' and a blood thinner
    after four long names was gone without a word). Mark has no device: his list starts on
    his second card's front (otherwise only lines for notes) and goes on on its back."""
    household = oma_takes(names, member_id=member_id)
    path, pages = write(qapp, tmp_path, household, options(include_medical=True, large=large))
    assert_a4_pages(path, pages)
    text = pdf_text(path, raw=True)  # raw: a hyphen at a line's end stays
    assert "…" not in text
    assert "more medicine" not in text
    squeezed = "".join(text.split())  # a name broken after a hyphen or slash still reads whole
    for name in names:
        assert "".join(f"{name} (1x per dag)".split()) in squeezed, name
    assert_cards_readable(path)
    cards = WalletCards(household, options(include_medical=True, large=large))
    for side in (side for card in cards.cards() for side in card):
        assert cards.fits_whole(side), side  # nothing is cut by the shrink-and-elide fallback
    if member_id == 2:
        mark = [card for card in cards.cards() if card[0].blocks[0].parts == ("Mark de Vries",)]
        assert [block.label for block in mark[1][0].blocks[1:3]] == ["Allergies", "Medicines"]
        assert mark[1][1].blocks[0].label == "Medicines (continued)"


def test_more_medicines_than_the_cards_hold_say_how_many(qapp: QApplication, tmp_path: Path):
    """30 long medicines: the cards list the first ones whole and end with how many more
    there are and where to read them; the count adds up to 30."""
    import re

    names = [f"Hydrochloorthiazide/losartankalium {n:02d}" for n in range(1, 31)]
    household = oma_takes(names, "1 tablet 's ochtends en 1 's avonds")
    path, pages = write(qapp, tmp_path, household, options(include_medical=True))
    text = pdf_text(path, raw=True)
    squeezed = "".join(text.split())
    shown = [n for n, name in enumerate(names, 1) if "".join(name.split()) + "(1" in squeezed]
    assert shown == list(range(1, len(shown) + 1)) and len(shown) >= 5
    more = re.findall(r"And (\d+) more medicines: see the medicine list\.", flat(text))
    assert more == [str(30 - len(shown))]
    assert "…" not in text
    assert_cards_readable(path)


def test_one_more_medicine_in_dutch(dutch, tmp_path: Path):
    from app.report.wallet import more_medicines

    assert more_medicines(1) == "En nog 1 medicijn: zie de medicijnlijst."
    assert more_medicines(4) == "En nog 4 medicijnen: zie de medicijnlijst."


def test_a_word_longer_than_the_card_wraps_inside_the_card(qapp: QApplication, tmp_path: Path):
    """A name of 40 M's, a medicine name of 45 letters and a device name (a label) of 100
    letters without a space wrap (or are elided on a one-line name) inside the card: no word
    crosses a card's edge or the cut marks."""
    household = oma_takes(["X" * 45, "Q" * 100])
    household.members[4].name = "M" * 40
    household.devices[0].name = "Zuurstofconcentrator" + "Z" * 80
    household.medicines[1].dose = "D" * 200
    household.members[0].name = "Wilhelmina" + "W" * 50
    path, pages = write(qapp, tmp_path, household, options(include_medical=True))
    assert_a4_pages(path, pages)
    assert_cards_readable(path)
    squeezed = "".join(pdf_text(path, raw=True).split())
    assert "X" * 45 + "(1xperdag)" in squeezed
    assert "Q" * 100 + "(DDD" in squeezed  # the name whole, the dose cut short to fit one side
    assert "M" * 40 in squeezed  # whole on the first card, in two lines
    assert "Zuurstofconcentrator" + "Z" * 80 in squeezed  # the label wraps too


def test_a_household_of_one_says_my_plan(qapp: QApplication, dutch: None, tmp_path: Path):
    household = demo_household()
    household.members = household.members[:1]
    path, _ = write(qapp, tmp_path, household, options(include_medical=True))
    text = flat(pdf_text(path))
    assert text.count("Mijn noodplan") == 2  # the backs of both her cards
    assert "Ons" not in text
    path, _ = write(qapp, tmp_path, demo_household(), options())
    assert "Ons noodplan" in flat(pdf_text(path))


def test_the_most_medicines_with_the_longest_doses(qapp: QApplication, tmp_path: Path):
    """200 medicines (the most a household holds) over five members, each with a long name
    and a 200-character dose: every card side fits whole at 10 pt (a dose too long for a side
    is cut short with '…)', the name never), nothing runs off a card, and the medicines shown
    plus the 'more' lines add up to 200."""
    import re

    household = demo_household()
    household.medicines = [Medicine(n, 1 + n % 5, f"Medicijn{n:03d} " + "lang " * 15, "D" * 200)
                           for n in range(1, 201)]
    cards = WalletCards(household, options(include_medical=True))
    for side in (side for card in cards.cards() for side in card):
        assert cards.fits_whole(side), side
    path, pages = write(qapp, tmp_path, household, options(include_medical=True))
    assert_a4_pages(path, pages)
    assert_cards_readable(path)
    text = pdf_text(path, raw=True)
    shown = set(re.findall(r"Medicijn(\d{3}) lang", text))
    more = [int(count) for count in re.findall(r"And (\d+) more medicines", flat(text))]
    assert len(more) == 5 and len(shown) + sum(more) == 200
    squeezed = "".join(text.split())
    for n in shown:  # the name whole ("lang" 15 times), the dose cut short
        assert re.match(r"(lang){15}\(D+…\)", squeezed.split(f"Medicijn{n}")[1]), n


ALLERGIES = ("Penicilline (anafylactische shock), amoxicilline, jodiumhoudend contrastmiddel, latex, "
             "pleisters, ibuprofen en andere NSAID's, morfine")


def allergic(member_id: int, allergies: str, medicines: list[str] | None = None) -> Household:
    """The demo, with a member who has ``allergies`` and takes ``medicines`` (default FIVE)."""
    household = oma_takes(FIVE if medicines is None else medicines, member_id=member_id)
    next(m for m in household.members if m.id == member_id).allergies = allergies
    return household


def squeezed_text(path: Path) -> str:
    return "".join(pdf_text(path, raw=True).split())


@pytest.mark.parametrize("large", [True, False])
@pytest.mark.parametrize("member_id", [5, 2], ids=["oma-with-device", "mark"])
def test_long_allergies_are_printed_whole(qapp: QApplication, tmp_path: Path, member_id: int, large: bool):
    """155 characters of allergies used to end '…latex, pleisters, i…' after 3 lines: every
    allergy is printed, before the medicines, and every medicine still follows whole."""
    household = allergic(member_id, ALLERGIES)
    opts = options(include_medical=True, large=large)
    path, pages = write(qapp, tmp_path, household, opts)
    assert_a4_pages(path, pages)
    assert_cards_readable(path)
    text = squeezed_text(path)
    whole = "".join(ALLERGIES.split())
    assert whole in text.replace("Allergies(continued)", "")
    assert text.index(whole[-20:]) < text.index("Metoprolol50mg")  # the allergies come first
    for name in FIVE:
        assert "".join(f"{name} (1x per dag)".split()) in text, name
    assert "…" not in pdf_text(path, raw=True).split("Contact outside the area")[0]
    cards = WalletCards(household, opts)
    for side in (side for card in cards.cards() for side in card):
        assert cards.fits_whole(side), side


def test_allergies_longer_than_a_side_go_on_before_the_medicines(qapp: QApplication, tmp_path: Path):
    """1,000 characters of allergies (the most the field holds) go on over the next sides with
    'Allergies (continued)'; the medicines come after them, and what no longer fits is counted."""
    import re

    words = [f"allergie{n:02d}" for n in range(1, 91)]
    household = allergic(2, " ".join(words)[:1000], TWELVE)
    opts = options(include_medical=True)
    path, pages = write(qapp, tmp_path, household, opts)
    assert_cards_readable(path)
    raw = pdf_text(path, raw=True)
    found = re.findall(r"allergie(\d\d)", raw)
    assert found == [f"{n:02d}" for n in range(1, 91)]  # each once, in order
    assert "Allergies (continued)" in raw
    assert raw.index("allergie90") < raw.index("Medicijn nummer 1 ")
    shown = len(re.findall(r"Medicijn nummer \d+ tegen iets", raw))
    more = re.findall(r"And (\d+) more medicines", flat(raw))
    assert shown + sum(int(n) for n in more) == 12 and len(more) == 1
    assert "see the emergency plan" not in raw  # every allergy is on the cards: no pointer
    cards = WalletCards(household, opts)
    for side in (side for card in cards.cards() for side in card):
        assert cards.fits_whole(side), side


@pytest.mark.parametrize("allergies", ["words", "one-word"])
def test_allergies_that_run_out_of_sides_point_to_the_plan(qapp: QApplication, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch, allergies: str):
    """When the card sides run out (here: one side), the allergies shown end with 'More
    allergies: see the emergency plan.' (the plan lists them all) and the medicines are
    counted: nothing is lost without a word. A 1,000-letter word is cut inside the side."""
    import re

    import app.report.wallet as wallet

    monkeypatch.setattr(wallet, "MEDICAL_SIDES", 1)
    text = (" ".join(f"allergie{n:02d}" for n in range(1, 91))[:1000] if allergies == "words"
            else "A" * 1000)
    household = allergic(2, text)
    path, pages = write(qapp, tmp_path, household, options(include_medical=True))
    assert_cards_readable(path)
    raw = pdf_text(path, raw=True)
    assert flat(raw).count("More allergies: see the emergency plan.") == 1
    assert re.findall(r"And (\d+) more medicines", flat(raw)) == ["5"]
    if allergies == "words":
        found = re.findall(r"allergie(\d\d)", raw)
        assert found and found == [f"{n:02d}" for n in range(1, len(found) + 1)]
    else:
        assert "A" * 40 in "".join(raw.split())
    plan = pdf_text(write_plan(qapp, tmp_path, household), raw=True)  # the plan the pointer names has them all
    if allergies == "words":
        assert re.findall(r"allergie(\d\d)", plan) == [f"{n:02d}" for n in range(1, 91)]
    else:  # over lines and pages
        assert sum(len(run) for run in re.findall("A{20,}", plan)) == 1000


def write_plan(qapp: QApplication, tmp_path: Path, household: Household) -> Path:
    report = kit_report(household, [], TODAY, 72, None)
    path = tmp_path / "plan.pdf"
    write_pdf(build_document("plan", household, [], report, options()), path)
    return path


@pytest.mark.parametrize("large", [True, False])
def test_a_long_device_name_wraps_inside_the_card(qapp: QApplication, tmp_path: Path, large: bool):
    """A device's name is its block's label: a long one used to run past the card's right edge
    on one line and stop there. It wraps like the text (cut with '…' only past 3 lines)."""
    household = demo_household()
    name = "Zuurstofconcentrator Philips EverFlo met bevochtiger en extra lange slang"
    household.devices[0].name = name
    opts = options(include_medical=True, large=large)
    path, pages = write(qapp, tmp_path, household, opts)
    assert_cards_readable(path)
    assert flat(name) in flat(pdf_text(path))
    cards = WalletCards(household, opts)
    for side in (side for card in cards.cards() for side in card):
        assert cards.fits_whole(side), side


@pytest.mark.parametrize("large", [True, False])
def test_a_long_contact_name_keeps_the_phone_number(qapp: QApplication, tmp_path: Path, large: bool):
    """On the back, a contact's long name used to push the phone number off ('Zoon Peter-Jan …
    van d…'): the number stays whole and the name is cut short. The same on the front."""
    household = demo_household()
    household.plan.contact_name = ("Zoon Peter-Jan Maximiliaan Alexander Theodorus van den Berghe-Hoogeveen "
                                   "uit Amersfoort")
    household.members[1].name = "Mark Maximiliaan Alexander Theodorus de Vries-van den Berghe-Hoogeveen"
    path, pages = write(qapp, tmp_path, household, options(large=large))
    assert_cards_readable(path)
    text = flat(pdf_text(path))
    assert text.count("06 12345009") == len(household.members)  # every back
    assert text.count("06 12345002") >= 2  # Mark as the one to call on Sanne's and Lotte's fronts
    assert "Zoon Peter-Jan" in text


def test_emergency_contacts_stay_linear_with_thousands_of_contacts(monkeypatch) -> None:
    """With 2,000 family contacts the cards compared every number with every chosen one (about
    800,000 phone-number parses: 41 s for the wallet cards). The card has room for two."""
    from app.core import phones
    from app.core.demo import demo_household
    from app.core.records import Contact, ContactPhone
    from app.report.wallet import ice_contacts

    household = demo_household()
    for number in range(2000):
        household.contacts.append(Contact(1000 + number, f"Neef {number}", "family"))
        household.phones.append(ContactPhone(5000 + number, 1000 + number, f"06-1{number:07d}", "mobile"))
    calls = []
    real = phones.same_number
    monkeypatch.setattr(phones, "same_number", lambda a, b: calls.append(1) or real(a, b))
    member = household.members[0]
    assert len(ice_contacts(household, member)) == 2
    assert len(calls) <= 4
