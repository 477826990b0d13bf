"""Search over the guidance: both languages, case, accents and spaces inside words."""

from __future__ import annotations

import pytest

from app.content.chapters import chapter_ids, chapters
from app.content.search import SearchHit, build_index, compact, normalise, search


def key(hits: list[SearchHit]) -> list[tuple[str, str, str]]:
    return [(hit.language, hit.chapter_id, hit.sentence) for hit in hits]


def test_normalise_and_compact():
    assert normalise("  Nöod\u00a0PAKKET\tkopieën ") == "nood pakket kopieen"
    assert compact("NL-Alert nood pakket") == "nlalertnoodpakket"
    assert normalise("ﬁets") == "fiets"  # ligatures fold too (NFKD)


@pytest.mark.parametrize("query", ["noodpakket", "NOODPAKKET", "nood pakket", "nöodpakket",
                                   "Nood-Pakket", "  noodpakket  "])
def test_variants_of_a_word_find_the_same_sentences(query):
    expected = search("noodpakket", "nl")
    assert expected
    assert all("noodpakket" in hit.sentence.lower() for hit in expected)
    assert key(search(query, "nl")) == key(expected)


def test_search_finds_words_in_both_languages():
    dutch = search("koolmonoxide", "nl")
    english = search("carbon monoxide", "en")
    assert dutch and english
    assert {hit.chapter_id for hit in dutch} == {hit.chapter_id for hit in english} == {"06-stroom"}
    both = search("NL-Alert")
    assert {hit.language for hit in both} == {"nl", "en"}
    languages = [hit.language for hit in both]
    assert languages == sorted(languages, key=("nl", "en").index)  # Dutch first


def test_search_ignores_accents_in_the_text():
    hits = search("kopieen", "nl")
    assert hits and "Kopieën" in hits[0].sentence


def test_spaces_and_hyphens_inside_words():
    assert key(search("nl alert", "nl")) == key(search("NL-Alert", "nl")) == key(search("nlalert", "nl"))
    assert search("kant en klaar", "nl")  # "kant-en-klaar" in the text


def test_hits_are_ordered_by_chapter_and_carry_plain_sentences():
    hits = search("water", "nl")
    order = chapter_ids("nl")
    positions = [order.index(hit.chapter_id) for hit in hits]
    assert positions == sorted(positions) and len(set(positions)) > 3
    titles = {item.id: item.title for item in chapters("nl")}
    for hit in hits:
        assert hit.chapter_title == titles[hit.chapter_id]
        assert "](" not in hit.sentence and "**" not in hit.sentence
        assert not hit.sentence.startswith(("#", "- "))


def test_placeholders_are_searched_as_filled_in():
    hits = search("0800-9009", "nl")
    assert hits and any(hit.chapter_id == "06-stroom" for hit in hits)
    assert search("72 uur", "nl") and not search("{hours}", "nl")


def test_empty_query_limit_and_language():
    assert search("") == [] and search("   ") == [] and search(" - ") == []
    assert len(search("de", "nl", limit=3)) == 3
    assert search("xylofoonquiz") == []
    with pytest.raises(ValueError):
        search("water", "de")


def test_index_is_built_once():
    count = build_index()
    assert count > 200
    assert build_index() == count
