"""The guidance chapters: Markdown files in resources/guidance/<language>/, one per chapter.

Both languages have the same files with the same ``##`` sections. Numbers that Paraat's own
data also holds (water per person, the 72 hours, the cash amounts, the national numbers, …)
are never typed into the text: the Markdown says ``{water_per_person_day}`` and ``fill``
puts in the value from the kit catalogue, ``app.core.kit`` or ``app.core.national``, written
the way the language writes it. An unknown placeholder is an error, so a typo cannot reach
the screen (the tests load every chapter).

Links inside the text are ``chapter:<file stem>`` (another chapter) and ``app:<page>`` (the
page where you act on it); the GUI routes both and follows nothing else.

The chapters' order, ids and titles are the files themselves (file name, file stem, first
``#`` heading). Where each chapter's facts come from is data too: ``guidance/chapters.toml``
gives the source keys (``app.content.sources``) of the text before the first section and of
each ``##`` section; ``chapter_sources`` reads them.

Facts that can change (a count, a pilot, a deadline, opening hours) are *claims*, also in
``guidance/chapters.toml``: the Markdown says ``{claim:pilot}`` and the loader puts in the
claim's words with the month of its source, "(stand: februari 2026)". From 12 months after
that month (``may_have_changed``; always for an undated source) it adds "dit kan nu anders
zijn" / "this may have changed": the same rule and words as the timeline's actions and the
112-without-your-voice lines on paper. A claim about something still to come has an ``until``
date and a ``later`` text in the past tense; the loader picks by the day it is given
(``app.content.dated`` explains the check behind it).

Some lines are not for every household. A line that ends in ``{unless:oxygen}`` is left out
when someone in the house uses oxygen (candles, matches, a gas stove: FACTS 6.1); one that
ends in ``{only:oxygen}`` is shown only then. ``household_flags`` gives a household's flags.
Dutch says "jullie" to a household of more people and "je" to one: ``{jullie|je}`` in a
chapter is the first form, or the second for a household with the flag ``alone``.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from app.content import formats
from app.content.dated import as_of_text, parse_as_of
from app.content.formats import LANGUAGES, check_language
from app.content.text import link_targets
from app.core.broadcasters import broadcasters
from app.core.household import Household
from app.core.kit import DEFAULT_HOURS, answers, catalogue
from app.core.national import national_number
from app.core.supplies import CHECK_MONTHS
from app.paths import resource
from app.words.bilingual import month_name, word

# The pages an ``app:`` link may name (the GUI's page names).
APP_PAGES = ("overview", "household", "kit", "plan", "together", "timeline", "info")

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_CLAIM = re.compile(r"\{claim:([a-z0-9_]+)\}")
_LINE_FLAG = re.compile(r"\s*\{(unless|only):([a-z_]+)\}\s*$")

FLAGS = ("oxygen", "alone")
"""What a household can be, for the lines of a chapter: ``oxygen`` = someone uses oxygen,
``alone`` = one person lives there (a ``{jullie|je}`` switch then says "je", see
``formats.address``)."""

Flags = frozenset[str]

class GuidanceError(ValueError):
    """A chapter breaks the rules: unknown placeholder, no title, unknown chapter or language."""


@dataclass(frozen=True)
class Chapter:
    """One chapter in one language, with its placeholders filled."""

    id: str  # the file stem, the same in every language: "06-stroom"
    language: str
    title: str  # the first "# " heading
    markdown: str
    sections: tuple[str, ...]  # the "## " headings, in order


# --- placeholders -------------------------------------------------------------------------------


def _item_amount(item_id: str) -> float:
    item = catalogue().item(item_id)
    if item is None:
        raise GuidanceError(f"the kit catalogue has no item {item_id!r}")
    return item.amount


@cache
def placeholder_values(language: str) -> dict[str, str]:
    """Every placeholder the chapters may use, with its text in ``language``."""
    check_language(language)
    kit = catalogue()
    longer = sorted(h.hours for h in kit.horizons if h.hours > DEFAULT_HOURS)
    longer_days = [formats.number(hours / 24, language, 0) for hours in longer]
    if longer_days:
        joined = formats.join_words(longer_days, language, alternatives=True)
        longer_text = f"{joined} {word('days', language)}"
    else:
        longer_text = formats.days_text(DEFAULT_HOURS // 24, language)
    months = [month_name(month, language) for month in CHECK_MONTHS]
    return {
        "hours": formats.hours_text(DEFAULT_HOURS, language),
        "days": formats.days_text(DEFAULT_HOURS // 24, language),
        "longer_horizons": longer_text,
        "water_per_person_day": formats.litres(_item_amount("water"), language),
        "pet_water_per_day": formats.litres(_item_amount("pet_water"), language),
        "cash_adult": formats.euros(_item_amount("cash_adults"), language),
        "cash_child": formats.euros(_item_amount("cash_children"), language),
        "kcal_adult": formats.kcal(kit.energy_per_day["adult"], language),
        "emergency_number": national_number("emergency").number,
        "police_number": national_number("police").number,
        "outage_number": national_number("outage").number,
        "broadcaster_count": str(len(broadcasters())),
        "test_months": formats.join_words(months, language),
    }


def placeholders(text: str) -> list[str]:
    """The placeholder names used in ``text``, in order (repeats included)."""
    return _PLACEHOLDER.findall(text)


def fill(text: str, language: str) -> str:
    """``text`` with every ``{name}`` replaced by its value in ``language``.

    Raises GuidanceError for a name that is not a placeholder, and for a brace left over
    (a ``{`` or ``}`` that is not part of a placeholder), so no raw markup reaches the reader.
    """
    values = placeholder_values(language)

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise GuidanceError(f"unknown placeholder {{{name}}}; known: {', '.join(sorted(values))}")
        return values[name]

    filled = _PLACEHOLDER.sub(replace, text)
    if "{" in filled or "}" in filled:
        raise GuidanceError("a brace that is not part of a placeholder: "
                            f"{filled[max(0, filled.find('{')) - 20:][:60]!r}")
    return filled


# --- chapters -----------------------------------------------------------------------------------


def links(markdown: str) -> list[str]:
    """The targets of the Markdown links in ``markdown`` ("chapter:06-stroom", "app:kit", …)."""
    return link_targets(markdown)


def resolve(target: str) -> tuple[str, str]:
    """``("chapter", id)`` or ``("app", page)`` for an internal link; GuidanceError otherwise."""
    kind, _, name = target.partition(":")
    if kind == "chapter" and name in chapter_ids():
        return kind, name
    if kind == "app" and name in APP_PAGES:
        return kind, name
    raise GuidanceError(f"link {target!r} leads nowhere in Paraat")


def household_flags(household: Household) -> Flags:
    """The flags that change what a chapter says to this household (see ``FLAGS``)."""
    found = {"oxygen"} if answers(household).get("oxygen") == "yes" else set()
    if len(household.members) == 1:
        found.add("alone")
    return frozenset(found)


def keep_lines(source: str, flags: Flags) -> str:
    """``source`` without the lines that are not for a household with ``flags``; the
    ``{unless:…}`` and ``{only:…}`` marks are taken off the lines that stay."""
    kept = []
    for line in source.splitlines():
        mark = _LINE_FLAG.search(line)
        if mark is None:
            kept.append(line)
            continue
        kind, flag = mark.groups()
        if flag not in FLAGS:
            raise GuidanceError(f"unknown flag {flag!r} in {line.strip()!r}; known: {', '.join(FLAGS)}")
        if (flag in flags) == (kind == "only"):
            kept.append(line[:mark.start()])
    return "\n".join(kept) + ("\n" if source.endswith("\n") else "")


def fill_claims(source: str, language: str, today: dt.date) -> str:
    """``source`` with every ``{claim:name}`` replaced by the claim's words for ``today`` and
    the month of its source; GuidanceError for a claim that does not exist."""
    known = claims()

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in known:
            raise GuidanceError(f"unknown claim {{claim:{name}}}; known: {', '.join(sorted(known))}")
        return known[name].render(language, today)

    return _CLAIM.sub(replace, source)


def parse_chapter(chapter_id: str, language: str, source: str, today: dt.date | None = None,
                  flags: Flags = frozenset()) -> Chapter:
    """A chapter from its Markdown source: the lines for ``flags`` kept, the claims for
    ``today`` (default: the computer's date) and the placeholders filled in."""
    kept = formats.address(keep_lines(source, flags), 1 if "alone" in flags else 2)
    markdown = fill(fill_claims(kept, language, today or dt.date.today()), language)
    title = ""
    sections: list[str] = []
    for line in markdown.splitlines():
        if line.startswith("# ") and not title:
            title = line[2:].strip()
        elif line.startswith("## "):
            sections.append(line[3:].strip())
    if not title:
        raise GuidanceError(f"{language}/{chapter_id}.md has no '# ' title")
    return Chapter(chapter_id, language, title, markdown, tuple(sections))


def source_files(language: str) -> list[Path]:
    """The chapter files of ``language``, in reading order (by file name)."""
    folder = resource("guidance", check_language(language))
    return sorted(folder.glob("*.md"), key=lambda path: path.name)


@cache
def _read(language: str) -> tuple[tuple[str, str], ...]:
    return tuple((path.stem, path.read_text(encoding="utf-8")) for path in source_files(language))


@lru_cache(maxsize=32)
def _load(language: str, today: dt.date | None = None, flags: Flags = frozenset()) -> tuple[Chapter, ...]:
    return tuple(parse_chapter(stem, language, text, today, flags) for stem, text in _read(language))


def chapters(language: str, today: dt.date | None = None, flags: Flags = frozenset()) -> list[Chapter]:
    """Every chapter in ``language``, in reading order, as it reads on ``today`` (default: the
    computer's date) for a household with ``flags`` (read once per day and flags, then cached)."""
    return list(_load(check_language(language), today or dt.date.today(), frozenset(flags)))


def chapter(language: str, chapter_id: str, today: dt.date | None = None,
            flags: Flags = frozenset()) -> Chapter:
    """One chapter; GuidanceError when there is no chapter with that id."""
    for item in chapters(language, today, flags):
        if item.id == chapter_id:
            return item
    raise GuidanceError(f"no chapter {chapter_id!r} in {language}")


def chapter_ids(language: str = "nl") -> list[str]:
    """The chapter ids (file stems), the same in every language."""
    return [stem for stem, _text in _read(check_language(language))]


# --- claims: facts that can change --------------------------------------------------------------


@dataclass(frozen=True)
class Claim:
    """A fact that can change, with the month of its source (see the module docstring).

    ``text`` holds the words per language; when ``until`` is set they speak of something still
    to come, and after that day ``later`` (per language, in the past tense) is shown instead.
    """

    name: str
    facts: tuple[str, ...]
    as_of: str  # "2026-02", "2024" or "undated"
    text: dict[str, str]
    until: dt.date | None = None
    later: dict[str, str] | None = None

    def words(self, language: str, today: dt.date) -> str:
        """The claim's words on ``today``, without the date of the source."""
        if self.until is not None and self.later is not None and today > self.until:
            return self.later[language]
        return self.text[language]

    def render(self, language: str, today: dt.date) -> str:
        """The words and, after them, '(stand: februari 2026)' (with 'dit kan nu anders zijn'
        once that is a year ago, see ``dated_text``)."""
        return f"{self.words(language, today)} {dated_text(self.as_of, language, today)}"


CHANGED_AFTER_MONTHS = 12
"""A fact from a source this many months old or older may have changed."""


def may_have_changed(as_of: str, today: dt.date) -> bool:
    """Whether a fact whose source is of ``as_of`` ("2026-02", "2024" or "undated") may be out
    of date on ``today``: from 12 months after the source's month (a year alone counts from its
    January, so the warning never comes late), and always when the source has no date."""
    if parse_as_of(as_of) is None:
        return True
    year, _, month = as_of.partition("-")
    months = (today.year - int(year)) * 12 + today.month - int(month or 1)
    return months >= CHANGED_AFTER_MONTHS


def changed_words(language: str) -> str:
    """'dit kan nu anders zijn' / 'this may have changed' (guidance/chapters.toml, [dated])."""
    words = _chapters_toml()["dated"]["changed"]
    return str(words[check_language(language)])


def dated_text(as_of: str, language: str, today: dt.date) -> str:
    """'(stand: februari 2026)', or '(stand: juni 2011; dit kan nu anders zijn)' when the fact
    may have changed on ``today`` ('(bron zonder datum; dit kan nu anders zijn)' when undated)."""
    text = as_of_text(as_of, language)
    if not may_have_changed(as_of, today):
        return text
    return f"{text[:-1]}; {changed_words(language)})"


def parse_claims(data: dict[str, Any]) -> dict[str, Claim]:
    """The claims from the TOML form of ``guidance/chapters.toml``; GuidanceError for a claim
    without sources, without a valid ``as_of``, without both languages, or with ``until``
    but no ``later`` text (or the other way round)."""
    result = {}
    for name, raw in data.get("claims", {}).items():
        def texts(key: str, raw: dict[str, Any] = raw, name: str = name) -> dict[str, str] | None:
            value = raw.get(key)
            if value is None:
                return None
            if not isinstance(value, dict) or set(value) != set(LANGUAGES) or not all(
                    isinstance(text, str) and text.strip() for text in value.values()):
                raise GuidanceError(f"chapters.toml, claim {name}: {key} needs words in {', '.join(LANGUAGES)}")
            return {language: " ".join(text.split()) for language, text in value.items()}

        facts = raw.get("facts")
        if not isinstance(facts, list) or not facts or not all(isinstance(key, str) for key in facts):
            raise GuidanceError(f"chapters.toml, claim {name}: facts is a list of source keys")
        try:
            parse_as_of(str(raw.get("as_of", "")))
        except ValueError as error:
            raise GuidanceError(f"chapters.toml, claim {name}: {error}") from None
        text, later = texts("text"), texts("later")
        until = raw.get("until")
        if text is None or (until is None) != (later is None) or not (
                until is None or isinstance(until, dt.date)):
            raise GuidanceError(f"chapters.toml, claim {name}: text, and until (a date) with later, or neither")
        result[name] = Claim(name, tuple(facts), str(raw["as_of"]), text, until, later)
    return result


@cache
def _chapters_toml() -> dict[str, Any]:
    return tomllib.loads(resource("guidance", "chapters.toml").read_text(encoding="utf-8"))


def claims() -> dict[str, Claim]:
    """Every claim in ``guidance/chapters.toml``, by name."""
    return dict(_claims())


@cache
def _claims() -> dict[str, Claim]:
    return parse_claims(_chapters_toml())


def claims_used(language: str = "nl") -> dict[str, list[str]]:
    """The claims each chapter uses, by chapter id, in order."""
    return {stem: _CLAIM.findall(text) for stem, text in _read(check_language(language))}


# --- sources ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChapterSources:
    """The source keys of one chapter: its opening text, and each ``##`` section in order."""

    id: str
    intro: tuple[str, ...]
    sections: tuple[tuple[str, ...], ...]

    @property
    def keys(self) -> tuple[str, ...]:
        """Every key the chapter uses, each once, in order of first use."""
        return tuple(dict.fromkeys(self.intro + tuple(key for part in self.sections for key in part)))


def parse_chapter_sources(data: dict[str, Any]) -> dict[str, ChapterSources]:
    """The per-chapter source keys from the TOML form of ``guidance/chapters.toml``."""
    result = {}
    for chapter_id, raw in data["chapters"].items():
        parts = [raw.get("intro"), *raw.get("sections", [])]
        if not all(isinstance(part, list) and all(isinstance(key, str) for key in part) for part in parts):
            raise GuidanceError(f"chapters.toml, {chapter_id}: intro and sections are lists of source keys")
        result[chapter_id] = ChapterSources(chapter_id, tuple(raw["intro"]),
                                            tuple(tuple(part) for part in raw.get("sections", [])))
    return result


@cache
def _sources() -> dict[str, ChapterSources]:
    return parse_chapter_sources(_chapters_toml())


def chapter_sources(chapter_id: str) -> ChapterSources:
    """Where the facts of a chapter come from; GuidanceError for a chapter without an entry."""
    try:
        return _sources()[chapter_id]
    except KeyError:
        raise GuidanceError(f"guidance/chapters.toml has no sources for chapter {chapter_id!r}") from None
