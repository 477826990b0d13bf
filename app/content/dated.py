"""Facts that can change, with the date of their source, and a check that no text speaks about
a date that has passed as if it were still to come.

Paraat stays on a computer for years. A sentence such as "eind 2025 worden de sirenes
weggehaald" is true when it is written and wrong a year later. So:

- every fact that can change (a count, a pilot, a deadline, opening hours, a test schedule)
  is a *claim* in ``resources/guidance/chapters.toml``, with the source keys and the month of
  its source (``as_of``); the reader sees "(stand: februari 2026)" after it;
- a claim about something still to come also has ``until`` (the last day its wording holds)
  and a ``later`` text in the past tense; the chapters loader picks the text by today's date;
- ``stale_sentences`` finds every sentence that names a date before today (a year, a month,
  "eind 2025", "begin 2027", "the end of 2025") without a verb in the past tense. The tests run
  it on every chapter for today and for a day far in the future, so a text that would go
  stale fails the tests before it reaches anyone.

The tense check is a word list, not a grammar: a sentence about a passed date must hold a
past-tense verb (``was``, ``kregen``, ``wilde``, ``would``, ``tried`` …) or a perfect tense
("is … gebeurd"), or start from that date ("sinds februari 2026", "since").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from app.content.formats import check_language
from app.content.text import blocks, sentences
from app.words.bilingual import month_name

UNDATED = "undated"  # ``as_of`` for a source the fact sheet gives no date for

# The part of a year a phrase names, as the last (month, day) it covers.
_PARTS = {
    "nl": {"begin": (3, 31), "voorjaar": (6, 20), "medio": (7, 31), "halverwege": (7, 31),
           "zomer": (9, 22), "najaar": (12, 20), "eind": (12, 31), "einde": (12, 31)},
    "en": {"early": (3, 31), "spring": (6, 20), "mid": (7, 31), "summer": (9, 22),
           "autumn": (12, 20), "late": (12, 31), "end of": (12, 31), "the end of": (12, 31)},
}
_PAST = {
    "nl": ("was", "waren", "werd", "werden", "had", "hadden", "kreeg", "kregen", "ging", "gingen",
           "kwam", "kwamen", "liep", "liepen", "begon", "begonnen", "zei", "zeiden", "stond",
           "stonden", "wilde", "wilden", "zou", "zouden", "moest", "moesten", "kon", "konden",
           "deed", "deden", "bleek", "bleef", "bleven", "probeerde", "probeerden", "testte",
           "testten", "maakte", "maakten", "vielen", "viel", "stierven", "stierf"),
    "en": ("was", "were", "had", "did", "went", "came", "ran", "began", "got", "said", "would",
           "could", "should", "wanted", "tried", "used", "died", "gave", "made", "took", "spoke",
           "told", "knew", "found", "left", "kept", "held", "meant", "sent", "brought", "bought"),
}
_PERFECT = {  # "is … gebeurd", "hebben … getest", "zijn … besloten"
    "nl": re.compile(r"\b(?:is|zijn|heeft|hebben)\b.*\b(?:ge\w+[dt]|ge\w+en|besloten|vergeten)\b"),
    "en": re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?(?:been|\w{2,}[^e\W]ed|done|gone)\b"),
}
_REGULAR_PAST_EN = re.compile(r"\b\w{2,}[^e\W]ed\b")
_SINCE = {"nl": re.compile(r"\bsinds\b"), "en": re.compile(r"\bsince\b")}
# Words that tie a sentence to the day it was written: never in content that lives for years.
RELATIVE = {
    "nl": re.compile(r"\b(?:dit|volgend|vorig) jaar\b|\bbinnenkort\b|\bmomenteel\b|\bop dit moment\b"
                     r"|\bop het moment\b|\bnu nog\b|\btegenwoordig\b"),
    "en": re.compile(r"\b(?:this|next|last) year\b|(?<!as )\bsoon\b|\bcurrently\b|\bat the moment\b"
                     r"|\bat present\b|\bnowadays\b"),
}
_STAND = re.compile(r"\((?:stand|as of|bron zonder datum|source not dated)[^)]*\)", re.IGNORECASE)


def _months(language: str) -> tuple[str, ...]:
    """The month names in lower case, January first (from resources/words/labels.toml)."""
    return tuple(month_name(month, language).lower() for month in range(1, 13))


def _phrase_pattern(language: str) -> re.Pattern[str]:
    parts = "|".join(sorted((re.escape(part) for part in _PARTS[language]), key=len, reverse=True))
    months = "|".join(_months(language))
    of = r"(?:\s+(?:in|of|van))?"
    return re.compile(rf"\b(?:(?P<part>{parts}){of}\s+)?(?:(?P<month>{months})\s+)?(?P<year>(?:19|20)\d\d)\b",
                      re.IGNORECASE)


@dataclass(frozen=True)
class DatePhrase:
    """A date named in a text, and the last day it covers ("eind 2025" → 31 December 2025)."""

    text: str
    last_day: dt.date


def date_phrases(text: str, language: str) -> list[DatePhrase]:
    """The dates ``text`` names: a year, a month and year, or a part of a year."""
    check_language(language)
    found = []
    for match in _phrase_pattern(language).finditer(text):
        year = int(match.group("year"))
        if match.group("month"):
            month = _months(language).index(match.group("month").lower()) + 1
            day = calendar.monthrange(year, month)[1]
        elif match.group("part"):
            month, day = _PARTS[language][match.group("part").lower()]
        else:
            month, day = 12, 31
        found.append(DatePhrase(match.group(0), dt.date(year, month, day)))
    return found


def is_past_tense(sentence: str, language: str) -> bool:
    """Whether ``sentence`` holds a past-tense verb, a perfect tense or 'since' (see above)."""
    lower = sentence.lower()
    words = set(re.findall(r"\w+", lower))
    if words & set(_PAST[language]) or _PERFECT[language].search(lower) or _SINCE[language].search(lower):
        return True
    return language == "en" and bool(_REGULAR_PAST_EN.search(lower))


def stale_sentences(markdown: str, language: str, today: dt.date) -> list[str]:
    """Sentences that name a date before ``today`` but are not in the past tense, and
    sentences with words such as "dit jaar" or "binnenkort" that go stale on any date."""
    check_language(language)
    found = []
    for block in blocks(_STAND.sub("", markdown)):
        if block.is_heading:
            continue
        for sentence in sentences(block.text):
            if RELATIVE[language].search(sentence.lower()):
                found.append(sentence)
                continue
            passed = [phrase for phrase in date_phrases(sentence, language) if phrase.last_day < today]
            if passed and not is_past_tense(sentence, language):
                found.append(sentence)
    return found


def parse_as_of(as_of: str) -> dt.date | None:
    """The last day of the source's month or year ("2026-02" → 28 February 2026); None when
    the source is undated. ValueError for anything else."""
    if as_of == UNDATED:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", as_of)
    if not match:
        raise ValueError(f"as_of {as_of!r} is not YYYY, YYYY-MM or {UNDATED!r}")
    year = int(match.group(1))
    month = int(match.group(2) or 12)
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def as_of_text(as_of: str, language: str) -> str:
    """'(stand: februari 2026)' / '(as of February 2026)'; '(bron zonder datum)' when undated."""
    check_language(language)
    if parse_as_of(as_of) is None:
        return "(bron zonder datum)" if language == "nl" else "(source not dated)"
    year, _, month = as_of.partition("-")
    when = f"{month_name(int(month), language)} {year}" if month else year
    return f"(stand: {when})" if language == "nl" else f"(as of {when})"
