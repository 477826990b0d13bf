"""The practice evening ("Oefen een avond zonder stroom"): the script, made the household's own.

``resources/guidance/practice.toml`` holds the script in steps, each line in Dutch and English
with its source keys, and the three questions for afterwards. ``practice_script`` fills in the
household's own facts: its broadcaster and FM frequency, where the kit keeps the torches, the
radio, the food, the water and the blankets (the stock's places), the meeting places, the
contact person outside the area and who checks on whom. A line is left out when a fact it
needs is unknown (or a fact it must not meet is known), so the script never shows an empty
blank: every candle line is left out when someone in the house uses oxygen.

``practice_outcome`` turns the answers to the three questions into records: each line of
"what did you miss?" a thing to buy (origin "practice"), the other two a dated note for the
plan. Storing them is the caller's job (the window does it through its session).
"""

from __future__ import annotations

import datetime as dt
import re
import string
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from app.content.formats import LANGUAGES, address, check_language
from app.core.broadcasters import broadcasters
from app.core.fields import format_date
from app.core.household import Household, has_oxygen, oxygen_users
from app.core.phones import display
from app.core.records import Stock, ToBuy
from app.paths import resource

# The facts a line may need (see the file's header); the first group has text to show.
TEXT_FACTS = ("station", "frequency", "radio_place", "torch_places", "candle_places",
              "food_places", "water_places", "warm_places", "home_place", "near_place",
              "neighbourhood_place", "contact", "contact_phone", "oxygen_people", "devices")
FLAGS = ("oxygen", "heating_power", "calls", "together")
FACTS = TEXT_FACTS + FLAGS
LISTS = ("calls",)
QUESTIONS = ("missed", "hard", "agree")

# Where the kit keeps things: a fact and the catalogue items whose stock places it lists.
PLACES = {
    "radio_place": ("radio",),
    "torch_places": ("flashlight",),
    "candle_places": ("candles",),
    "food_places": ("food",),
    "water_places": ("water",),
    "warm_places": ("blankets", "sleeping_bag"),
}
# Heating that stops without power (FACTS 6.5): almost every kind but a wood or pellet stove.
POWERED_HEATING = ("gas", "heat_pump", "district", "electric")
NAME_LENGTH = 100  # ToBuy.name holds at most this many characters


class PracticeDataError(ValueError):
    """practice.toml breaks its own rules (a packaging error, caught by tests)."""


@dataclass(frozen=True)
class Line:
    texts: dict[str, str]
    sources: tuple[str, ...]
    needs: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    write: bool = False  # on paper, a line to write on follows


@dataclass(frozen=True)
class Step:
    id: str
    title: dict[str, str]
    lines: tuple[Line, ...]
    needs: tuple[str, ...] = ()
    list: str = ""  # "calls": the step lists who checks on whom after its lines


@dataclass(frozen=True)
class Question:
    id: str
    text: dict[str, str]
    screen: dict[str, str]  # the hint on screen
    paper: dict[str, str]  # the hint on the printed script
    sources: tuple[str, ...]


@dataclass(frozen=True)
class PracticeText:
    """Every text of the practice evening, by language, as the file has it."""

    title: dict[str, str]
    intro: dict[str, str]
    intro_sources: tuple[str, ...]
    call: dict[str, str]
    call_sources: tuple[str, ...]
    note: dict[str, str]
    steps: tuple[Step, ...]
    questions: tuple[Question, ...]

    def sources(self) -> dict[str, tuple[str, ...]]:
        """Every source key the file uses, by where it is used (for the tests)."""
        found: dict[str, tuple[str, ...]] = {"intro": self.intro_sources, "call": self.call_sources}
        for step in self.steps:
            for number, line in enumerate(step.lines, 1):
                found[f"{step.id} line {number}"] = line.sources
        for question in self.questions:
            found[f"question {question.id}"] = question.sources
        return found


# --- reading the file -----------------------------------------------------------------------------


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _texts(raw: object, where: str, allowed: Iterable[str] = ()) -> dict[str, str]:
    """``{"nl": …, "en": …}`` with a non-empty text for every language; only ``allowed``
    placeholders, the same in both languages."""
    if not isinstance(raw, dict) or not set(LANGUAGES) <= set(raw):
        raise PracticeDataError(f"{where}: needs a text in {', '.join(LANGUAGES)}")
    texts = {language: raw[language] for language in LANGUAGES}
    if not all(isinstance(text, str) and text.strip() for text in texts.values()):
        raise PracticeDataError(f"{where}: a text is empty")
    try:  # both forms of a {jullie|je} switch (formats.address) use the same placeholders
        used = [_placeholders(address(text, persons)) for text in texts.values() for persons in (1, 2)]
    except ValueError as error:
        raise PracticeDataError(f"{where}: {error}") from None
    if any(names != used[0] for names in used):
        raise PracticeDataError(f"{where}: the languages use different placeholders")
    if used[0] - set(allowed):
        raise PracticeDataError(f"{where}: uses {sorted(used[0] - set(allowed))} without needing them")
    return texts


def _keys(raw: object, where: str, known: Sequence[str] | None = None) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(key, str) for key in raw):
        raise PracticeDataError(f"{where}: must be a list of names")
    if known is not None and set(raw) - set(known):
        raise PracticeDataError(f"{where}: unknown {sorted(set(raw) - set(known))}")
    return tuple(raw)


def _sources(raw: object, where: str) -> tuple[str, ...]:
    keys = _keys(raw, f"{where} sources")
    if not keys:
        raise PracticeDataError(f"{where}: names no source")
    return keys


def _line(raw: Any, where: str) -> Line:
    needs = _keys(raw.get("needs", []), f"{where} needs", FACTS)
    unless = _keys(raw.get("unless", []), f"{where} unless", FACTS)
    write = raw.get("write", False)
    if not isinstance(write, bool):
        raise PracticeDataError(f"{where}: write is true or false")
    return Line(_texts(raw, where, needs), _sources(raw.get("sources"), where), needs, unless, write)


def parse_practice(data: dict[str, Any]) -> PracticeText:
    """Build and check the practice texts from their TOML form."""
    steps = []
    for raw in data["steps"]:
        step_id = raw["id"]
        needs = _keys(raw.get("needs", []), f"step {step_id} needs", FACTS)
        listed = raw.get("list", "")
        if listed and listed not in LISTS:
            raise PracticeDataError(f"step {step_id}: cannot list {listed!r}")
        lines = tuple(_line(line, f"step {step_id} line {n}") for n, line in enumerate(raw["lines"], 1))
        if not lines:
            raise PracticeDataError(f"step {step_id} has no lines")
        steps.append(Step(step_id, _texts(raw.get("title"), f"step {step_id} title"), lines, needs, listed))
    ids = [step.id for step in steps]
    if len(set(ids)) != len(ids):
        raise PracticeDataError(f"step ids must differ: {ids}")
    questions = tuple(
        Question(raw["id"], _texts(raw.get("text"), f"question {raw['id']}"),
                 _texts(raw.get("screen"), f"question {raw['id']} screen"),
                 _texts(raw.get("paper"), f"question {raw['id']} paper"),
                 _sources(raw.get("sources"), f"question {raw['id']}"))
        for raw in data["questions"])
    if tuple(question.id for question in questions) != QUESTIONS:
        raise PracticeDataError(f"the questions must be {QUESTIONS}")
    return PracticeText(
        _texts(data["title"], "title"), _texts(data["intro"], "intro"),
        _sources(data["intro"].get("sources"), "intro"),
        _texts(data["call"], "call", ("who", "whom")), _sources(data["call"].get("sources"), "call"),
        _texts(data["note"], "note", ("date",)), tuple(steps), questions)


@cache
def practice_text() -> PracticeText:
    """The practice texts shipped with Paraat (read once)."""
    return parse_practice(tomllib.loads(resource("guidance", "practice.toml").read_text(encoding="utf-8")))


# --- the household's own facts ----------------------------------------------------------------


def _unique(values: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        text = " ".join(value.split())
        if text and text.casefold() not in seen:
            seen[text.casefold()] = text
    return list(seen.values())


def _places(stock: Sequence[Stock], item_ids: Sequence[str]) -> str:
    return ", ".join(_unique(entry.location for entry in stock if entry.item_id in item_ids))


def _all_places(stock: Sequence[Stock]) -> dict[str, str]:
    """Every PLACES fact at once, the stock walked once (20,000 entries, not six times 20,000):
    the same as ``_places`` for each (each place once, in the order of the stock)."""
    facts_of: dict[str, list[str]] = {}
    for name, item_ids in PLACES.items():
        for item_id in item_ids:
            facts_of.setdefault(item_id, []).append(name)
    found: dict[str, dict[str, str]] = {name: {} for name in PLACES}
    for entry in stock:
        names = facts_of.get(entry.item_id)
        if names and entry.location:
            text = " ".join(entry.location.split())
            if text:
                for name in names:
                    found[name].setdefault(text.casefold(), text)
    return {name: ", ".join(places.values()) for name, places in found.items()}


def _core(name: str) -> str:
    """A name without what is in brackets, in lower case: "Meneer Bakker (nr. 10)" → "meneer bakker"."""
    return " ".join(re.sub(r"\([^)]*\)", " ", name).casefold().split())


def _same_pair(one: tuple[str, str], other: tuple[str, str]) -> bool:
    """The same agreement written twice ("Mark" and "Mark de Vries" on "Meneer Bakker (nr. 10)")."""
    (who, whom), (who2, whom2) = (tuple(map(_core, one)), tuple(map(_core, other)))
    return (who.split()[:1] == who2.split()[:1]
            and (whom.startswith(whom2) or whom2.startswith(whom)))


def who_checks_on_whom(household: Household, language: str = "nl") -> list[str]:
    """One sentence per agreement in the plan: who looks in on whom (the help given, the
    checks between members and contacts, and the neighbours task as the household wrote it).
    An agreement that the plan holds twice is said once."""
    template = practice_text().call[check_language(language)]
    found: list[tuple[str, str]] = [(care.helper, care.person) for care in household.care]
    members = {member.id: member.name for member in household.members}
    contacts = {contact.id: contact.name for contact in household.contacts}
    for check in household.checks:
        member, contact = members.get(check.member_id, ""), contacts.get(check.contact_id, "")
        found.append((member, contact) if check.direction == "member_checks" else (contact, member))
    pairs: list[tuple[str, str]] = []
    for who, whom in found:
        pair = (" ".join(who.split()), " ".join(whom.split()))
        if _core(pair[0]) and _core(pair[1]) and not any(_same_pair(pair, kept) for kept in pairs):
            pairs.append(pair)
    sentences = [template.format(who=who, whom=whom) for who, whom in pairs]
    task = household.roles.get("neighbours")
    text = " ".join(task.person.split()) if task is not None else ""
    said = any(who.split()[0].casefold() in text.casefold() and _core(whom) in text.casefold()
               for who, whom in pairs)
    if text and not said:
        sentences.append(text.rstrip(".") + ".")
    return sentences


def household_facts(household: Household, stock: Sequence[Stock], language: str = "nl") -> dict[str, str]:
    """The facts the script's lines may need ('' when unknown; flags are "yes" or '')."""
    home, plan = household.home, household.plan
    station = broadcasters().get(home.broadcaster)
    places = household.meeting_places
    oxygen = oxygen_users(household)
    devices = [f"{' '.join(member.devices.split())} ({member.name})"
               for member in household.members if member.devices.strip()]
    facts = {
        "station": station.name if station else "",
        "frequency": home.fm_frequency,
        "home_place": places["home"].place if "home" in places else "",
        "near_place": places["near"].place if "near" in places else "",
        "neighbourhood_place": places["neighbourhood"].place if "neighbourhood" in places else "",
        "contact": plan.contact_name,
        "contact_phone": display(plan.contact_phone) if plan.contact_name else "",
        "oxygen_people": ", ".join(oxygen),
        "devices": "; ".join(devices),
        "oxygen": "yes" if has_oxygen(household) else "",
        "heating_power": "yes" if home.heating in POWERED_HEATING else "",
        "calls": "yes" if who_checks_on_whom(household, language) else "",
        "together": "yes" if len(household.members) > 1 else "",
    }
    facts.update(_all_places(stock))
    return {name: " ".join(facts[name].split()) for name in FACTS}


# --- the script ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScriptLine:
    text: str
    write: bool = False  # on paper, a line to write on follows


@dataclass(frozen=True)
class ScriptStep:
    """One step as this household reads it: a title and its sentences (``listed``: who checks
    on whom, shown as a list after the sentences)."""

    id: str
    title: str
    lines: tuple[ScriptLine, ...]
    listed: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class ScriptQuestion:
    id: str
    text: str
    screen: str
    paper: str


@dataclass(frozen=True)
class Script:
    """The practice evening for one household, in one language."""

    title: str
    intro: str
    steps: tuple[ScriptStep, ...]
    questions: tuple[ScriptQuestion, ...]
    facts: dict[str, str]

    def text(self) -> str:
        """All of it as plain text (for tests and a quick look)."""
        parts = [self.title, self.intro]
        for step in self.steps:
            parts += [step.title, *(line.text for line in step.lines), *step.listed]
        parts += [question.text for question in self.questions]
        return "\n".join(parts)


def _applies(needs: Iterable[str], unless: Iterable[str], facts: dict[str, str]) -> bool:
    return all(facts[name] for name in needs) and not any(facts[name] for name in unless)


def practice_script(household: Household, stock: Sequence[Stock], language: str = "nl") -> Script:
    """The script of the practice evening filled in with this household's facts."""
    language = check_language(language)
    text = practice_text()
    facts = household_facts(household, stock, language)
    persons = len(household.members)
    steps = []
    for step in text.steps:
        if not _applies(step.needs, (), facts):
            continue
        lines = [line for line in step.lines if _applies(line.needs, line.unless, facts)]
        listed = who_checks_on_whom(household, language) if step.list == "calls" else []
        sources = _unique(key for line in lines for key in line.sources)
        steps.append(ScriptStep(step.id, address(step.title[language], persons),
                                tuple(ScriptLine(address(line.texts[language], persons).format(**facts), line.write)
                                      for line in lines),
                                tuple(listed), tuple(sources)))
    questions = tuple(ScriptQuestion(q.id, address(q.text[language], persons), address(q.screen[language], persons),
                                     address(q.paper[language], persons))
                      for q in text.questions)
    return Script(address(text.title[language], persons), address(text.intro[language], persons), tuple(steps),
                  questions, facts)


# --- afterwards: the answers ----------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What the answers become: things to buy, and a dated note for the plan ('' for none)."""

    to_buy: tuple[ToBuy, ...]
    note: str


def _answer_lines(text: str) -> list[str]:
    return [" ".join(line.split()).lstrip("-•*· ").strip() for line in text.splitlines()]


def practice_outcome(missed: str, hard: str, agree: str, today: dt.date, language: str = "nl",
                     already: Iterable[str] = (), persons: int = 0) -> Outcome:
    """The records the three answers become.

    Each non-empty line of ``missed`` is one thing to buy (origin "practice", added today),
    except what is already on the list (``already``: the names there) or twice in the answer;
    a line longer than a name may be is cut at a word and kept whole in the notes. ``hard`` and
    ``agree`` become one note headed with today's date, each under its question.
    """
    language = check_language(language)
    text = practice_text()
    seen = {" ".join(name.split()).casefold() for name in already}
    to_buy = []
    for line in _answer_lines(missed):
        if not line or line.casefold() in seen:
            continue
        seen.add(line.casefold())
        name, notes = line, ""
        if len(line) > NAME_LENGTH:
            name = line[:NAME_LENGTH - 1].rsplit(" ", 1)[0].rstrip(" ,;.") + "…"
            notes = line
        to_buy.append(ToBuy(name=name, origin="practice", added=today.isoformat(), notes=notes))
    questions = {question.id: address(question.text[language], persons) for question in text.questions}
    parts = []
    for question_id, answer in (("hard", hard), ("agree", agree)):
        lines = [line for line in (" ".join(raw.split()) for raw in answer.splitlines()) if line]
        if lines:
            parts.append("\n".join([questions[question_id], *lines]))
    note = ""
    if parts:
        heading = text.note[language].format(date=format_date(today.isoformat()))
        note = "\n".join([heading, *parts])
    return Outcome(tuple(to_buy), note)


def add_note(existing: str, note: str) -> str:
    """The plan's practice notes with ``note`` added at the end, after a blank line."""
    existing = existing.strip()
    if not note:
        return existing
    return f"{existing}\n\n{note}" if existing else note
