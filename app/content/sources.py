"""Source keys: which part of which document a fact in Paraat's content comes from.

The timeline, the chapters and the kit catalogue name their sources with keys such as
``"FACTS 1.4"`` (section 1.4 of the research fact sheet) or ``"SEED Wat als"`` (the
power-cut scenario in the government presentation). ``resources/sources.toml`` lists every
key with the heading it stands for and the pages behind it, so a key can be checked and
shown without the documents themselves.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from app.paths import resource

KEY = re.compile(r"^(?P<document>[A-Z]+) (?P<part>\S.*)$")


class SourceError(ValueError):
    """A source key that is malformed or not in resources/sources.toml."""


@dataclass(frozen=True)
class Page:
    """One page a section relies on: its address as text, title and date when known."""

    url: str
    title: str = ""
    date: str = ""
    note: str = ""  # the fact sheet's confidence note: "official", "press", …


@dataclass(frozen=True)
class SourceKey:
    """A key, the document it points into, and the heading it stands for there."""

    key: str
    document: str  # "FACTS" or "SEED"
    heading: str
    pages: tuple[Page, ...] = ()


@dataclass(frozen=True)
class Document:
    id: str
    title: str
    file: str  # where the document lies next to the project (not shipped, not read by the app)
    about: str = ""
    date: str = ""


@dataclass(frozen=True)
class SourceIndex:
    documents: dict[str, Document]
    keys: dict[str, SourceKey]

    def resolve(self, key: str) -> SourceKey:
        """The entry for ``key``; SourceError when it is malformed or unknown."""
        if not isinstance(key, str) or not KEY.match(key):
            raise SourceError(f"{key!r} is not a source key like 'FACTS 1.4'")
        if key not in self.keys:
            raise SourceError(f"unknown source key {key!r}")
        return self.keys[key]


def parse_index(data: dict[str, Any]) -> SourceIndex:
    """Build and check an index from its TOML form."""
    documents = {
        name: Document(name, raw["title"], raw["file"], raw.get("about", ""), raw.get("date", ""))
        for name, raw in data["documents"].items()
    }
    keys = {}
    for key, raw in data["keys"].items():
        match = KEY.match(key)
        if not match or match["document"] not in documents:
            raise SourceError(f"{key!r}: a key is a document name ({', '.join(documents)}) and a part")
        if not raw.get("heading", "").strip():
            raise SourceError(f"{key!r} has no heading")
        pages = tuple(Page(p["url"], p.get("title", ""), p.get("date", ""), p.get("note", ""))
                      for p in raw.get("sources", ()))
        keys[key] = SourceKey(key, match["document"], raw["heading"], pages)
    return SourceIndex(documents, keys)


@cache
def source_index() -> SourceIndex:
    """The index shipped with Paraat (read once)."""
    return parse_index(tomllib.loads(resource("sources.toml").read_text(encoding="utf-8")))


def resolve(key: str) -> SourceKey:
    """The shipped entry for ``key``; SourceError when there is none."""
    return source_index().resolve(key)
