"""Full-text search over the guidance chapters, in one language or both.

Matching ignores case and accents and tolerates spaces and hyphens inside words:
"noodpakket", "NOODPAKKET", "nood pakket" and "nöodpakket" all find "noodpakket". Text and
query are normalised the same way (Unicode NFKD, combining marks dropped, case folded,
white space collapsed). A sentence matches when the normalised query occurs in it, or, as a
second pass, when the query without spaces and hyphens occurs in the sentence without them.

The index (every sentence of every chapter, already normalised) is built once per language
and cached, so a query is a scan over a few thousand short strings: well under a millisecond
on an ordinary PC (tests/perf/test_guidance_search.py measures it).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from app.content.chapters import Flags, chapters
from app.content.formats import LANGUAGES, check_language
from app.content.text import blocks, sentences

MAX_QUERY = 1000  # characters; the longest sentence in the booklet is far shorter
_JOINERS = str.maketrans("", "", " -\u00ad\u2010\u2011\u2012\u2013\u2014")


@dataclass(frozen=True)
class SearchHit:
    """One sentence that matches, and the chapter it is in."""

    language: str
    chapter_id: str
    chapter_title: str
    sentence: str  # plain text, Markdown markup removed


@dataclass(frozen=True)
class _Entry:
    hit: SearchHit
    normal: str
    compact: str


def normalise(text: str) -> str:
    """Lower case, no accents, single spaces: 'Nöod  Pakket' → 'nood pakket'.

    Invisible format characters (zero-width spaces and joiners, bidi controls, soft hyphens:
    Unicode category Cf) are dropped, so a query pasted with them still finds its words.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed
                   if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf")
    return " ".join(bare.casefold().split())


def compact(text: str) -> str:
    """The normalised text without spaces and hyphens: 'NL-Alert' → 'nlalert'."""
    return normalise(text).translate(_JOINERS)


@lru_cache(maxsize=16)
def _index(language: str, today: dt.date | None = None, flags: Flags = frozenset()) -> tuple[_Entry, ...]:
    entries = []
    for item in chapters(language, today, flags):
        for block in blocks(item.markdown):
            for sentence in sentences(block.text):
                hit = SearchHit(language, item.id, item.title, sentence)
                entries.append(_Entry(hit, normalise(sentence), compact(sentence)))
    return tuple(entries)


def build_index(languages: tuple[str, ...] = LANGUAGES) -> int:
    """Build (or reuse) the index now, for example while the window opens; the entry count."""
    today = dt.date.today()
    return sum(len(_index(check_language(language), today)) for language in languages)


def search(query: str, language: str | None = None, limit: int | None = None,
           today: dt.date | None = None, flags: Flags = frozenset()) -> list[SearchHit]:
    """The sentences that match ``query``, by language (Dutch first), chapter and position.

    ``language`` None searches both languages. An empty query finds nothing, and so does one
    of more than MAX_QUERY characters (no sentence is that long; this also bounds the work a
    pasted megabyte could cause). The chapters are searched as they read on ``today``
    (default: the computer's date) for a household with ``flags`` (``chapters.household_flags``).
    """
    if len(query) > MAX_QUERY:
        return []
    normal = normalise(query)
    squeezed = compact(query)
    if not squeezed:
        return []
    languages = LANGUAGES if language is None else (check_language(language),)
    hits: list[SearchHit] = []
    for code in languages:
        for entry in _index(code, today or dt.date.today(), frozenset(flags)):
            if normal in entry.normal or squeezed in entry.compact:
                hits.append(entry.hit)
                if limit is not None and len(hits) >= limit:
                    return hits
    return hits
