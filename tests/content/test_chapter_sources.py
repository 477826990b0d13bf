"""resources/guidance/chapters.toml: every chapter and every section names its sources, and
every key it names is in resources/sources.toml."""

from __future__ import annotations

import pytest

from app.content.chapters import (
    GuidanceError,
    chapter_ids,
    chapter_sources,
    chapters,
    parse_chapter_sources,
)
from app.content.formats import LANGUAGES
from app.content.sources import resolve


def test_every_chapter_has_sources_and_nothing_else_does():
    ids = chapter_ids()
    for chapter_id in ids:
        assert chapter_sources(chapter_id).id == chapter_id
    with pytest.raises(GuidanceError, match="99-niets"):
        chapter_sources("99-niets")


@pytest.mark.parametrize("language", LANGUAGES)
def test_one_list_of_keys_per_section(language):
    for chapter in chapters(language):
        sources = chapter_sources(chapter.id)
        assert len(sources.sections) == len(chapter.sections), chapter.id


def test_every_key_resolves_and_every_chapter_rests_on_a_source():
    for chapter_id in chapter_ids():
        sources = chapter_sources(chapter_id)
        assert sources.keys, chapter_id
        assert sources.intro or all(sources.sections), chapter_id
        for key in sources.keys:
            assert resolve(key).key == key


def test_keys_are_listed_once_in_order():
    sources = parse_chapter_sources({"chapters": {"x": {
        "intro": ["FACTS 1.1"], "sections": [["FACTS 1.2", "FACTS 1.1"], [], ["FACTS 1.7"]]}}})["x"]
    assert sources.keys == ("FACTS 1.1", "FACTS 1.2", "FACTS 1.7")
    assert sources.sections[1] == ()


@pytest.mark.parametrize("raw", [
    {"sections": [["FACTS 1.1"]]},  # no intro
    {"intro": "FACTS 1.1", "sections": []},  # not a list
    {"intro": [], "sections": [["FACTS 1.1"], "FACTS 1.2"]},
    {"intro": [1.1], "sections": []},
])
def test_a_broken_entry_is_refused(raw):
    with pytest.raises(GuidanceError, match="x"):
        parse_chapter_sources({"chapters": {"x": raw}})
