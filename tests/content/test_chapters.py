"""The guidance chapters: both languages alike, links that lead somewhere, placeholders filled
from Paraat's data, no numbers typed in that the data already holds, and short Dutch sentences.
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from app.content import chapters as chapters_module
from app.content.chapters import (
    APP_PAGES,
    GuidanceError,
    chapter,
    chapter_ids,
    chapters,
    claims,
    fill,
    links,
    placeholder_values,
    placeholders,
    resolve,
    source_files,
)
from app.content.formats import LANGUAGES
from app.content.text import blocks, sentences, words
from app.core.broadcasters import broadcasters
from app.core.kit import DEFAULT_HOURS, catalogue
from app.core.national import NATIONAL_NUMBERS
from app.core.supplies import CHECK_MONTHS

MAX_AVERAGE_WORDS = 15  # the limit for Dutch (B1); the chapters aim well below it
MAX_SENTENCE_WORDS = 20  # and no single Dutch sentence runs on


def sources(language: str) -> dict[str, str]:
    """Every chapter's Markdown source, and the words of every claim (current and later)."""
    found = {path.stem: path.read_text(encoding="utf-8") for path in source_files(language)}
    for name, claim in claims().items():
        found[f"claim {name}"] = claim.text[language]
        if claim.later:
            found[f"claim {name} (later)"] = claim.later[language]
    return found


# --- structure ---------------------------------------------------------------------------------


def test_there_are_chapters_for_every_part_of_the_booklet():
    ids = chapter_ids("nl")
    assert len(ids) >= 10
    assert ids == sorted(ids)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_the_same_files(language):
    assert chapter_ids(language) == chapter_ids("nl")
    assert [c.id for c in chapters(language)] == chapter_ids("nl")


def test_both_languages_have_the_same_sections_and_links_per_chapter():
    for dutch, english in zip(chapters("nl"), chapters("en"), strict=True):
        assert dutch.id == english.id
        assert len(dutch.sections) == len(english.sections) >= 3, dutch.id
        assert links(dutch.markdown) == links(english.markdown), dutch.id
        assert dutch.title and english.title and dutch.title != english.title


@pytest.mark.parametrize("language", LANGUAGES)
def test_chapter_fields(language):
    for item in chapters(language):
        assert item.language == language
        assert item.markdown.startswith(f"# {item.title}\n")
        headings = [line[3:] for line in item.markdown.splitlines() if line.startswith("## ")]
        assert list(item.sections) == headings
        assert chapter(language, item.id) == item


def test_unknown_chapter_and_language_are_errors():
    with pytest.raises(GuidanceError):
        chapter("nl", "99-bestaat-niet")
    with pytest.raises(ValueError):
        chapters("de")


def test_chapters_are_cached_but_callers_get_their_own_list():
    first, second = chapters("nl"), chapters("nl")
    assert first == second and first is not second
    assert first[0] is second[0]
    first.clear()
    assert chapters("nl")


# --- links -------------------------------------------------------------------------------------


def test_links_finds_every_target():
    text = "Zie [dit](chapter:06-stroom) en [dat](app:kit \"titel\"). ![plaatje](x.png) [x](<app:plan>)"
    assert links(text) == ["chapter:06-stroom", "app:kit", "app:plan"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_internal_link_resolves(language):
    ids = set(chapter_ids(language))
    for item in chapters(language):
        targets = links(item.markdown)
        assert targets, item.id
        for target in targets:
            kind, _, name = target.partition(":")
            assert kind in ("chapter", "app"), f"{item.id}: {target} is not an internal link"
            if kind == "chapter":
                assert name in ids and name != item.id, f"{item.id}: {target}"
            else:
                assert name in APP_PAGES, f"{item.id}: {target}"
            assert resolve(target) == (kind, name)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_chapter_links_to_a_page_where_you_act_on_it(language):
    for item in chapters(language):
        assert any(target.startswith("app:") for target in links(item.markdown)), item.id


def test_the_three_steps_link_to_their_pages():
    steps = chapter("nl", "03-aan-de-slag").markdown
    for page in ("app:kit", "app:plan", "app:together"):
        assert page in links(steps)


def test_resolve_refuses_links_that_lead_nowhere():
    for target in ("chapter:99-niets", "app:nowhere", "https://example.org", "kit"):
        with pytest.raises(GuidanceError):
            resolve(target)


# --- placeholders ------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_are_all_filled(language):
    for item in chapters(language):
        assert "{" not in item.markdown and "}" not in item.markdown, item.id


def test_every_placeholder_used_is_known_and_every_known_one_is_used():
    known = set(placeholder_values("nl"))
    assert known == set(placeholder_values("en"))
    used = {name for language in LANGUAGES for text in sources(language).values()
            for name in placeholders(text)}
    assert used <= known
    assert used == known, f"placeholders nobody uses: {known - used}"


def test_unknown_placeholder_and_stray_braces_are_errors():
    with pytest.raises(GuidanceError, match="water_per_persn_day"):
        fill("Drink {water_per_persn_day}.", "nl")
    with pytest.raises(GuidanceError):
        fill("Een losse { accolade.", "nl")
    with pytest.raises(GuidanceError):
        fill("Another } one.", "en")
    with pytest.raises(ValueError):
        fill("{hours}", "fr")


def test_placeholders_carry_the_data_in_each_language():
    water = catalogue().item("water").amount
    nl, en = placeholder_values("nl"), placeholder_values("en")
    assert nl["water_per_person_day"] == f"{water:g} liter"
    assert en["water_per_person_day"] == f"{water:g} litres"
    assert nl["pet_water_per_day"] == "0,5 liter" and en["pet_water_per_day"] == "0.5 litres"
    assert nl["hours"] == f"{DEFAULT_HOURS} uur" and en["hours"] == f"{DEFAULT_HOURS} hours"
    assert nl["cash_adult"] == f"€{catalogue().item('cash_adults').amount:g}"
    assert nl["cash_child"] == f"€{catalogue().item('cash_children').amount:g}"
    assert nl["kcal_adult"] == "2.200 kcal" and en["kcal_adult"] == "2,200 kcal"
    numbers = {entry.purpose: entry.number for entry in NATIONAL_NUMBERS}
    assert nl["emergency_number"] == numbers["emergency"]
    assert nl["police_number"] == numbers["police"]
    assert nl["outage_number"] == numbers["outage"]
    assert nl["broadcaster_count"] == str(len(broadcasters()))
    assert nl["test_months"] == "juni en december" and en["test_months"] == "June and December"
    assert nl["longer_horizons"] == "7 of 10 dagen" and en["longer_horizons"] == "7 or 10 days"
    step_one = chapter("nl", "03-aan-de-slag").markdown
    assert f"{nl['water_per_person_day']} per persoon per dag" in step_one


@pytest.fixture
def fresh_cache():
    """Empty the chapter caches before and after, so a patched catalogue is seen and undone."""
    chapters_module.placeholder_values.cache_clear()
    chapters_module._load.cache_clear()
    yield
    chapters_module.placeholder_values.cache_clear()
    chapters_module._load.cache_clear()


def test_changing_the_data_changes_the_text(fresh_cache, monkeypatch):
    """One source of truth: a different water amount in the catalogue reaches every chapter."""
    real = catalogue()
    items = tuple(dataclasses.replace(item, amount=4.0) if item.id == "water" else item
                  for item in real.items)
    monkeypatch.setattr(chapters_module, "catalogue", lambda: dataclasses.replace(real, items=items))
    monkeypatch.setattr(chapters_module, "DEFAULT_HOURS", 96)
    text = chapter("nl", "03-aan-de-slag").markdown
    assert "4 liter per persoon per dag" in text and "3 liter" not in text
    assert "de eerste 96 uur" in text
    assert "4 litres per person per day" in chapter("en", "09-situaties").markdown


# --- no typed-in numbers -----------------------------------------------------------------------


def _digits_pattern(number: str) -> str:
    digits = [ch for ch in number if ch.isdigit()]
    return r"(?<![\d])" + r"[\s.,\-/]{0,3}".join(digits) + r"(?![\d])"


def _contradictions_patterns() -> list[tuple[str, str]]:
    """(what, regex) for every way a chapter could type in a number the data holds."""
    days = DEFAULT_HOURS // 24
    day_words = {1: "één|een|one", 2: "twee|two", 3: "drie|three", 7: "zeven|seven", 10: "tien|ten"}
    months = {"nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                     "september", "oktober", "november", "december"),
              "en": ("january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december")}
    patterns = [
        ("the horizon in hours (use {hours})", rf"(?<![\d]){DEFAULT_HOURS}(?![\d])"),
        ("a number of hours (use {hours})", r"(?<![.:\d])\d+\s*-?\s*(?:uur|uurs|hours?|h)\b"),
        ("a number of days (use {days} or {longer_horizons})", r"\b\d+\s*(?:dagen|dag|days?)\b"),
        ("the horizon in days, in words (use {days})",
         rf"\b(?:{day_words.get(days, str(days))})\s+(?:dagen|days)\b"),
        ("an amount of water (use {water_per_person_day} / {pet_water_per_day})",
         r"\d+(?:[.,]\d+)?\s*(?:l|liter|liters|litre|litres)\b"),
        ("half a litre, in words (use {pet_water_per_day})", r"\bhalve\s+liter\b|\bhalf\s+a\s+litre\b"),
        ("an amount of money (use {cash_adult} / {cash_child})", r"€\s*\d|\b\d+\s*(?:euro|eur)\b"),
        ("an amount of energy (use {kcal_adult})", r"\d[\d.,]*\s*kcal\b|\b2[.,]?200\b"),
        ("the number of broadcasters (use {broadcaster_count})",
         rf"\b{len(broadcasters())}\s+(?:\w+\s+)?(?:omroep|broadcaster)"),
        ("an FM frequency (the household fills it in)", r"\b\d{2,3}[.,]\d\s*(?:fm|mhz)\b"),
    ]
    for entry in NATIONAL_NUMBERS:
        patterns.append((f"the {entry.purpose} number (use {{{entry.purpose}_number}})",
                         _digits_pattern(entry.number)))
    for language in LANGUAGES:
        for month in CHECK_MONTHS:
            patterns.append(("a kit-check / NL-Alert test month (use {test_months})",
                             rf"\b{months[language][month - 1]}\b"))
    for broadcaster in broadcasters().values():
        for frequency in broadcaster.frequencies:
            patterns.append((f"{broadcaster.name}'s frequency", _digits_pattern(frequency.mhz)))
    return patterns


def contradictions(source: str) -> list[str]:
    """What a chapter source types in that Paraat's data already holds."""
    source = source.replace("112NL", "")  # the app's name, not the number to call
    found = []
    for what, pattern in _contradictions_patterns():
        for match in re.finditer(pattern, source, flags=re.IGNORECASE):
            found.append(f"{match.group(0)!r}: {what}")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_chapter_types_in_a_number_the_data_holds(language):
    problems = {stem: found for stem, text in sources(language).items()
                if (found := contradictions(text))}
    assert not problems


@pytest.mark.parametrize("typed", [
    "Neem 3 liter water mee.", "Zo'n 0,5 l voor de hond.", "Voor de eerste 72 uur.",
    "Een 72-uurs pakket.", "Drie dagen lang.", "three days", "Bewaar €70 per persoon.",
    "Bewaar 30 euro.", "Bel 112.", "Bel 1-1-2.", "Bel 0800-9009.", "Bel 0800 9009.",
    "Bel 08009009.", "Politie: 0900 - 8844", "Er zijn 13 regionale omroepen.",
    "There are 13 regional broadcasters.", "Zet hem op 93.1 FM.", "Tune to 95,3 MHz.",
    "Test in juni en december.", "in June", "2.200 kcal per dag", "2,200 kcal", "7 dagen",
    "10 days", "een halve liter", "48 hours",
])
def test_the_check_catches_typed_in_numbers(typed):
    assert contradictions(typed), typed


@pytest.mark.parametrize("fine", [
    "Neem {water_per_person_day} mee.", "De eerste {hours}.", "Om twaalf uur.", "Om 12.00 uur.",
    "Ongeveer 3.600 plekken en 960 kazernes.", "In 2025.", "Ongeveer 70 gemeenten.",
    "Eén op de drie mensen.", "Bel {emergency_number}.", "8,5 miljoen huishoudens",
])
def test_the_check_leaves_other_numbers_alone(fine):
    assert not contradictions(fine), fine


# --- plain Dutch -------------------------------------------------------------------------------


def body_sentences(markdown: str) -> list[str]:
    """Sentences of the paragraphs and list items (headings are not counted).

    A sentence ends at '.', '!', '?' or '…' followed by a space, or at the end of its
    paragraph or list item; a word is a piece between spaces holding a letter or digit
    (see app/content/text.py).
    """
    return [sentence for block in blocks(markdown) if not block.is_heading
            for sentence in sentences(block.text)]


def test_dutch_sentences_are_short():
    report = []
    for item in chapters("nl"):
        lengths = [len(words(sentence)) for sentence in body_sentences(item.markdown)]
        average = sum(lengths) / len(lengths)
        report.append(f"{item.id}: {average:.1f}")
        assert average <= MAX_AVERAGE_WORDS, f"{item.id}: {average:.1f} words per sentence"
        long = [s for s in body_sentences(item.markdown) if len(words(s)) > MAX_SENTENCE_WORDS]
        assert not long, f"{item.id}: {long}"
    print("average words per Dutch sentence: " + ", ".join(report))


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_abbreviations_that_would_break_the_sentence_rule(language):
    for stem, text in sources(language).items():
        for abbreviation in ("o.a. ", "bijv. ", "bv. ", "ca. ", "d.w.z. ", "e.g. ", "i.e. ", "etc. "):
            assert abbreviation not in text.lower(), f"{stem}: {abbreviation}"


def test_sentence_rule():
    assert sentences("Ga naar binnen. Doe de ramen dicht! Radio aan? Ja… goed") == [
        "Ga naar binnen.", "Doe de ramen dicht!", "Radio aan?", "Ja…", "goed"]
    assert sentences("Bel 0800-9009 of kijk op crisis.nl voor meer.") == [
        "Bel 0800-9009 of kijk op crisis.nl voor meer."]
    assert words("Bel **112** - nu.") == ["Bel", "**112**", "nu."]
