"""Facts that can change carry the date of their source, and no chapter speaks of a date that
has passed as if it were still to come: not today, not on the day a claim runs out, and not
years from now (Paraat stays on people's computers for years)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from app.content.chapters import (
    GuidanceError,
    changed_words,
    chapter,
    chapter_ids,
    chapter_sources,
    chapters,
    claims,
    claims_used,
    dated_text,
    fill,
    may_have_changed,
    parse_claims,
)
from app.content.dated import (
    as_of_text,
    date_phrases,
    is_past_tense,
    parse_as_of,
    stale_sentences,
)
from app.content.formats import LANGUAGES
from app.content.sources import resolve, source_index

WRITTEN = dt.date(2026, 12, 4)  # the day these chapters were last checked by hand
FACTS_FILE = Path(__file__).resolve().parents[3] / "shared" / "FACTS.md"


def check_days() -> list[dt.date]:
    """Today, the day of writing, the day after each claim runs out, and far ahead."""
    days = {dt.date.today(), WRITTEN, dt.date(2040, 1, 1)}
    for claim in claims().values():
        if claim.until:
            days |= {claim.until, claim.until + dt.timedelta(days=1)}
    return sorted(days)


# --- the tense check itself ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "language", "last_days"), [
    ("Eind 2025 krijgen huishoudens een boekje.", "nl", [dt.date(2025, 12, 31)]),
    ("Begin 2027 komt er advies.", "nl", [dt.date(2027, 3, 31)]),
    ("Tussen eind november 2025 en begin januari 2026.", "nl", [dt.date(2025, 11, 30), dt.date(2026, 1, 31)]),
    ("In 2024 werd er getest.", "nl", [dt.date(2024, 12, 31)]),
    ("At the end of 2025 the sirens go.", "en", [dt.date(2025, 12, 31)]),
    ("Early in 2027 there is advice.", "en", [dt.date(2027, 3, 31)]),
    ("Since February 2026 they try.", "en", [dt.date(2026, 2, 28)]),
    ("Bel 0800-9009 of 112.", "nl", []),
])
def test_date_phrases(text, language, last_days):
    assert [phrase.last_day for phrase in date_phrases(text, language)] == last_days


@pytest.mark.parametrize(("markdown", "language"), [
    ("Eind 2025 krijgen ruim 8,5 miljoen huishoudens een paars boekje in de bus.", "nl"),
    ("De sirenes worden eind 2025 weggehaald.", "nl"),
    ("Ongeveer 70 gemeenten proberen dit in 2026 uit.", "nl"),
    ("At the end of 2025, more than 8.5 million households get a purple booklet.", "en"),
    ("The sirens will go at the end of 2025.", "en"),
    ("Dit jaar komt er een nieuw boekje.", "nl"),  # ties the text to the day it was written
    ("Binnenkort komen er noodsteunpunten.", "nl"),
    ("The pilot is currently running.", "en"),
])
def test_a_passed_date_in_the_present_or_future_tense_is_caught(markdown, language):
    assert stale_sentences(markdown, language, dt.date(2027, 6, 1)) != []


@pytest.mark.parametrize(("markdown", "language"), [
    ("Tussen eind november 2025 en begin januari 2026 kregen huishoudens een boekje.", "nl"),
    ("De minister wilde de sirenes eind 2025 weghalen.", "nl"),
    ("Wat er na 2025 met de sirenes is gebeurd, weet Paraat niet.", "nl"),
    ("Sinds februari 2026 proberen gemeenten dit uit.", "nl"),
    ("In 2024 the siren was tested on the first Monday.", "en"),
    ("Paraat does not know what happened after 2025.", "en"),
    ("Begin 2030 komt er advies.", "nl"),  # still to come on the day checked
    ("Er zijn 13 omroepen. (stand: april 2020)", "nl"),  # the date of a source is not a claim
])
def test_the_past_tense_and_future_dates_pass(markdown, language):
    assert stale_sentences(markdown, language, dt.date(2027, 6, 1)) == []


def test_a_future_claim_goes_stale_when_its_day_has_passed():
    text = "Begin 2027 krijgt de regering advies."
    assert stale_sentences(text, "nl", dt.date(2027, 3, 31)) == []
    assert stale_sentences(text, "nl", dt.date(2027, 4, 1)) == [text]


def test_past_tense_words():
    assert is_past_tense("In 2026 probeerden gemeenten dit uit.", "nl")
    assert not is_past_tense("In 2026 proberen gemeenten dit uit.", "nl")
    assert is_past_tense("The plans of 2025 spoke of places that were planned.", "en")
    assert not is_past_tense("You need a radio in 2025.", "en")


# --- every chapter, on every day -----------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("flags", [frozenset(), frozenset({"oxygen"})])
def test_no_chapter_speaks_of_a_passed_date_as_if_it_were_to_come(language, flags):
    problems = {}
    for day in check_days():
        for item in chapters(language, day, flags):
            if found := stale_sentences(item.markdown, language, day):
                problems[f"{item.id} on {day}"] = found
    assert not problems


def test_the_booklet_arrived_in_the_past_tense():
    nl = chapter("nl", "01-waarom", WRITTEN).markdown
    en = chapter("en", "01-waarom", WRITTEN).markdown
    assert "kregen ruim 8,5 miljoen huishoudens" in nl and "Eind 2025 krijgen" not in nl
    assert "households got a purple booklet" in en


def test_the_pilot_reads_as_running_in_2026_and_as_past_from_2027():
    now = chapter("nl", "07-overheid", WRITTEN).markdown
    assert "Sinds februari 2026 proberen bijna 70 gemeenten dit uit." in now
    assert "(stand: februari 2026)" in now
    assert "nu eerst uit" not in now and "proberen dit nu" not in now
    later = chapter("nl", "07-overheid", dt.date(2027, 1, 1)).markdown
    assert "In 2026 probeerden bijna 70 gemeenten dit uit" in later
    assert "Sinds februari" not in later and "(stand: februari 2026)" in later
    assert "In 2026 almost 70 municipalities tried this out" in chapter("en", "07-overheid", dt.date(2027, 1, 1)).markdown


def test_the_sirens_say_honestly_that_the_outcome_is_unknown():
    nl = chapter("nl", "08-informatie", WRITTEN).markdown
    en = chapter("en", "08-informatie", WRITTEN).markdown
    assert "weet Paraat niet" in nl and "(stand: juni 2024; dit kan nu anders zijn)" in nl
    assert "Paraat does not know what happened to the sirens after 2025" in en
    assert "wordt de sirene elke eerste maandag" not in nl  # no present-tense test schedule
    assert "the siren is tested" not in en


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_claim_is_shown_with_the_date_of_its_source(language):
    used = claims_used(language)
    assert claims_used("nl") == used  # the same claims in the same chapters in both languages
    for chapter_id, names in used.items():
        text = chapter(language, chapter_id, WRITTEN).markdown
        for name in names:
            claim = claims()[name]
            assert f"{fill(claim.words(language, WRITTEN), language)} {dated_text(claim.as_of, language, WRITTEN)}" in text
    assert {name for names in used.values() for name in names} == set(claims()), "claims nobody uses"


# --- a date a year old: "dit kan nu anders zijn" ---------------------------------------------------


@pytest.mark.parametrize(("as_of", "today", "changed"), [
    ("2026-02", dt.date(2026, 2, 28), False),
    ("2026-02", dt.date(2027, 1, 31), False),  # 11 months
    ("2026-02", dt.date(2027, 2, 1), True),  # 12 months: the same day the timeline switches
    ("2011-06", dt.date(2026, 12, 4), True),
    ("2024", dt.date(2024, 12, 31), False),  # a year alone counts from its January
    ("2024", dt.date(2025, 1, 1), True),
    ("undated", dt.date(2020, 1, 1), True),  # no date: it may have changed at any time
])
def test_a_fact_may_have_changed_from_twelve_months_after_its_source(as_of, today, changed):
    assert may_have_changed(as_of, today) is changed


def test_dated_text_adds_the_warning_in_both_languages():
    assert dated_text("2026-02", "nl", dt.date(2026, 12, 4)) == "(stand: februari 2026)"
    assert dated_text("2026-02", "nl", dt.date(2027, 2, 1)) == "(stand: februari 2026; dit kan nu anders zijn)"
    assert dated_text("2026-02", "en", dt.date(2027, 2, 1)) == "(as of February 2026; this may have changed)"
    assert dated_text("undated", "nl", dt.date(2026, 12, 4)) == "(bron zonder datum; dit kan nu anders zijn)"
    assert dated_text("undated", "en", dt.date(2026, 12, 4)) == "(source not dated; this may have changed)"
    assert changed_words("nl") == "dit kan nu anders zijn" and changed_words("en") == "this may have changed"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_chapter_claim_says_it_may_have_changed_once_its_source_is_a_year_old(language):
    """The SMS line (June 2011) always says so; the pilot (February 2026) only from February 2027."""
    sms = {"nl": "Een sms naar 112 werkt niet.", "en": "A text message to 112 does not work."}[language]
    changed = changed_words(language)
    text = chapter(language, "08-informatie", WRITTEN).markdown
    assert f"{sms} {as_of_text('2011-06', language)[:-1]}; {changed})" in text
    for day, warned in ((dt.date(2027, 1, 31), False), (dt.date(2027, 2, 1), True)):
        pilot = chapter(language, "07-overheid", day).markdown
        stamp = as_of_text("2026-02", language)
        assert (f"{stamp[:-1]}; {changed})" in pilot) is warned
        assert (stamp in pilot) is not warned
    # Every date in every chapter that is a year old carries the words; none younger does.
    for item in chapters(language, WRITTEN):
        for name in claims_used(language)[item.id]:
            claim = claims()[name]
            assert dated_text(claim.as_of, language, WRITTEN) in item.markdown
            assert (changed in dated_text(claim.as_of, language, WRITTEN)) is may_have_changed(claim.as_of, WRITTEN)


def test_as_of_text():
    assert as_of_text("2026-02", "nl") == "(stand: februari 2026)"
    assert as_of_text("2026-02", "en") == "(as of February 2026)"
    assert as_of_text("2024", "nl") == "(stand: 2024)"
    assert as_of_text("undated", "nl") == "(bron zonder datum)"
    assert as_of_text("undated", "en") == "(source not dated)"
    with pytest.raises(ValueError):
        parse_as_of("februari 2026")


# --- the claims' data ----------------------------------------------------------------------------


def test_every_claim_rests_on_sources_its_chapter_names_and_is_dated_before_today():
    for chapter_id, names in claims_used().items():
        keys = chapter_sources(chapter_id).keys
        for name in names:
            claim = claims()[name]
            for key in claim.facts:
                assert resolve(key).key == key
                assert key in keys, f"{chapter_id} uses claim {name} from {key} but does not name it"
            source_day = parse_as_of(claim.as_of)
            if source_day is not None:
                assert source_day <= max(WRITTEN, dt.date.today())
                assert claim.until is None or source_day <= claim.until


def section_text(key: str) -> str:
    """The text of one section of the fact sheet, from its heading to the next one."""
    heading = source_index().keys[key].heading
    document = FACTS_FILE.read_text(encoding="utf-8")
    start = document.index(heading)
    level = heading.split(" ")[0]
    rest = document[start + len(heading):]
    end = re.search(rf"^#{{1,{len(level)}}} ", rest, flags=re.MULTILINE)
    return rest[:end.start()] if end else rest


@pytest.mark.skipif(not FACTS_FILE.exists(), reason="the fact sheet is not next to this checkout")
def test_every_as_of_date_is_a_date_the_fact_sheet_gives_for_that_fact():
    for name, claim in claims().items():
        if claim.as_of == "undated":
            continue
        texts = " ".join(section_text(key) for key in claim.facts)
        assert claim.as_of in texts, f"claim {name}: {claim.as_of} is not in {claim.facts}"


@pytest.mark.parametrize(("raw", "problem"), [
    ({"as_of": "2026-02", "text": {"nl": "a", "en": "b"}}, "facts"),
    ({"facts": ["FACTS 6.7"], "as_of": "feb 2026", "text": {"nl": "a", "en": "b"}}, "as_of"),
    ({"facts": ["FACTS 6.7"], "as_of": "2026-02", "text": {"nl": "a"}}, "text needs words"),
    ({"facts": ["FACTS 6.7"], "as_of": "2026-02", "text": {"nl": "a", "en": "b"},
      "until": dt.date(2026, 12, 31)}, "until"),
    ({"facts": ["FACTS 6.7"], "as_of": "2026-02", "text": {"nl": "a", "en": "b"},
      "later": {"nl": "c", "en": "d"}}, "until"),
])
def test_a_broken_claim_is_refused(raw, problem):
    with pytest.raises(GuidanceError, match=problem):
        parse_claims({"claims": {"x": raw}})


def test_an_unknown_claim_in_a_chapter_is_an_error():
    from app.content.chapters import parse_chapter
    with pytest.raises(GuidanceError, match="nergens"):
        parse_chapter("x", "nl", "# Titel\n\n{claim:nergens}\n")


def test_every_chapter_loads_on_every_checked_day():
    for day in check_days():
        assert [item.id for item in chapters("nl", day)] == chapter_ids()
