"""Hostile search queries: any text gives a list of hits, quickly; invisible characters are
ignored; a pasted megabyte finds nothing instead of costing time."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.content.search import (
    MAX_QUERY,
    SearchHit,
    _index,
    build_index,
    compact,
    normalise,
    search,
)
from app.core.fields import BIDI_CONTROLS, ZERO_WIDTH


def key(hits: list[SearchHit]) -> list[tuple[str, str, str]]:
    return [(hit.language, hit.chapter_id, hit.sentence) for hit in hits]


@pytest.fixture(scope="module", autouse=True)
def index() -> None:
    build_index()


@pytest.mark.parametrize("char", list(BIDI_CONTROLS + ZERO_WIDTH + "\u00ad"),
                         ids=lambda char: f"U+{ord(char):04X}")
def test_invisible_characters_in_a_query_are_ignored(char: str) -> None:
    # Before: "nood\u200bpakket" (pasted from a web page) found nothing.
    expected = key(search("noodpakket"))
    assert expected
    assert key(search(f"{char}nood{char}pakket{char}")) == expected


def test_a_query_of_invisible_characters_only_finds_nothing() -> None:
    assert search("\u200b\u202e\ufeff") == []
    assert normalise("\u200b\u202e\ufeff") == ""


def test_no_sentence_is_longer_than_the_longest_query() -> None:
    longest = max(len(entry.hit.sentence) for code in ("nl", "en") for entry in _index(code))
    assert longest < MAX_QUERY // 4


@pytest.mark.parametrize("query", [
    "a" * 10_000_000,  # a pasted file
    "\ufdfa" * (MAX_QUERY + 1),  # one character NFKD makes 18 of
    "e" + "\u0301" * 5_000_000,  # endless accents
])
def test_a_huge_query_finds_nothing_at_once(query: str) -> None:
    began = time.perf_counter()
    assert search(query) == []
    assert time.perf_counter() - began < 0.5


@pytest.mark.parametrize("query", ["\x00", "nood\x00pakket", "\ud800", "\udfff\ud800", "\x85",
                                   "%s%n", "{0}", ".*", "(a+)+$", "\\", "'; DROP TABLE x; --",
                                   "\ufdfa" * MAX_QUERY, "ǅ", "ﬃ", "İ"])
def test_odd_queries_give_a_list(query: str) -> None:
    hits = search(query)
    assert isinstance(hits, list) and all(isinstance(hit, SearchHit) for hit in hits)


@settings(max_examples=500, deadline=None)
@given(query=st.text(max_size=MAX_QUERY + 50),
       language=st.sampled_from([None, "nl", "en"]), limit=st.none() | st.integers(1, 50))
def test_any_query_gives_matching_hits_quickly(query: str, language: str | None,
                                               limit: int | None) -> None:
    began = time.perf_counter()
    hits = search(query, language, limit)
    assert time.perf_counter() - began < 2
    assert limit is None or len(hits) <= limit
    if not compact(query):
        assert hits == []
    for hit in hits:
        assert language is None or hit.language == language
        assert normalise(query) in normalise(hit.sentence) or \
            compact(query) in compact(hit.sentence)
