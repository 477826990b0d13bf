"""resources/sources.toml: the index of source keys, and every key Paraat's content uses.

The content (kit catalogue, timeline, chapters) names its facts by keys such as "FACTS 1.4";
here every such key must be in the index. In a checkout that sits next to the research fact
sheet (../shared/FACTS.md, as the index gives it) the index is also checked against the documents themselves: each
heading it names is still there, and each numbered section of the fact sheet has a key.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from app.content.chapters import chapter_ids, chapter_sources
from app.content.help_points import help_point_text
from app.content.practice import practice_text
from app.content.sources import KEY, SourceError, parse_index, resolve, source_index
from app.content.timeline_data import timeline_text
from app.core.kit import catalogue
from app.core.national import NATIONAL_NUMBERS
from app.paths import resource

ROOT = Path(__file__).resolve().parents[2]  # the documents' paths are relative to ROOT's parent


def raw() -> dict:
    return tomllib.loads(resource("sources.toml").read_text(encoding="utf-8"))


def used_keys() -> dict[str, set[str]]:
    """Every source key the shipped content uses, with where."""
    found: dict[str, set[str]] = {}

    def add(where: str, keys: tuple[str, ...] | list[str]) -> None:
        for key in keys:
            found.setdefault(key, set()).add(where)

    kit = catalogue()
    for item in kit.items:
        add(f"kit item {item.id}", item.facts)
    for horizon in kit.horizons:
        add(f"kit horizon {horizon.id}", horizon.facts)
    add("kit energy", kit.energy_facts)
    add("kit check", kit.check_facts)
    text = timeline_text()
    for step in text.steps:
        add(f"timeline step {step.hours}", step.sources)
    for name, keys in text.line_sources.items():
        add(f"timeline line {name}", keys)
    for chapter_id in chapter_ids():
        add(f"chapter {chapter_id}", chapter_sources(chapter_id).keys)
    for entry in NATIONAL_NUMBERS:
        add(f"national number {entry.purpose}", entry.facts)
    broadcaster_data = json.loads(resource("data", "broadcasters.json").read_text(encoding="utf-8"))
    add("broadcasters", broadcaster_data["facts"])
    for where, keys in practice_text().sources().items():
        add(f"practice evening {where}", keys)
    for where, keys in help_point_text().sources().items():
        add(f"help points {where}", keys)
    return found


def test_the_index_names_its_documents_and_every_key_has_a_heading():
    index = source_index()
    assert set(index.documents) == {"FACTS", "SEED"}
    for key, entry in index.keys.items():
        assert entry.key == key and KEY.match(key)
        assert entry.document in index.documents
        assert entry.heading.strip()
        for page in entry.pages:
            assert page.url and " " not in page.url.split(" (")[0], key


def test_every_key_the_content_uses_resolves():
    found = used_keys()
    assert len(found) >= 10
    unknown = {key: sorted(where) for key, where in found.items() if key not in source_index().keys}
    assert unknown == {}
    for key in found:
        assert resolve(key).key == key


def test_the_national_numbers_and_the_broadcasters_name_their_sources():
    found = used_keys()
    for entry in NATIONAL_NUMBERS:
        assert entry.facts, entry
        assert f"national number {entry.purpose}" in found[entry.facts[0]]
    assert "national number outage" in found["FACTS 1.7"]
    assert "broadcasters" in found["FACTS 1.8"]


def test_the_content_rests_on_the_booklet_sections():
    found = used_keys()
    for key in ("FACTS 1.1", "FACTS 1.2", "FACTS 1.4", "FACTS 1.5", "FACTS 1.6", "FACTS 1.7",
                "FACTS 1.8", "SEED Wat als"):
        assert key in found, key
    # Sections the content relies on name the pages behind them.
    for key in found:
        if key.startswith("FACTS 1."):
            assert resolve(key).pages, key


@pytest.mark.parametrize("key", ["FACTS 9.9", "facts 1.4", "FACTS", "1.4", "", "FACTS  ", 14])
def test_unknown_or_malformed_keys_are_refused(key):
    with pytest.raises(SourceError):
        resolve(key)  # type: ignore[arg-type]


def test_a_broken_index_is_refused():
    data = raw()
    data["keys"]["WIKI 1"] = {"heading": "x"}
    with pytest.raises(SourceError, match="WIKI 1"):
        parse_index(data)
    data = raw()
    data["keys"]["FACTS 1.4"]["heading"] = " "
    with pytest.raises(SourceError, match="heading"):
        parse_index(data)


# --- against the documents, when they are next to the checkout ----------------------------------


def _lines(path: Path) -> list[str]:
    if not path.is_file():
        pytest.skip(f"{path} is not next to this checkout")
    return [line.rstrip() for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_facts_heading_is_in_the_fact_sheet_and_every_section_has_a_key():
    index = source_index()
    lines = _lines(ROOT.parent / index.documents["FACTS"].file)
    facts = {key: entry for key, entry in index.keys.items() if entry.document == "FACTS"}
    for key, entry in facts.items():
        assert entry.heading in lines, key
        number = key.split(" ", 1)[1]
        assert re.match(rf"^#+ ({re.escape(number)}\.? |{re.escape(number.split('.')[-1])}\. )",
                        entry.heading), key
    numbered = [line for line in lines if re.match(r"^##+ (\d+(\.\d+)*|[A-Z])\.? ", line)]
    assert sorted(numbered) == sorted(entry.heading for entry in facts.values())


def test_every_seed_heading_is_in_the_presentation():
    index = source_index()
    seed = index.documents["SEED"]
    lines = [line.strip() for line in _lines(ROOT.parent / seed.file)]
    for key, entry in index.keys.items():
        if entry.document == "SEED":
            assert entry.heading in lines, key
