"""The small part of Markdown the guidance uses, turned into plain text.

The chapters use headings (``#``, ``##``), paragraphs, bullet lists (``-``), bold and italic,
and links ``[words](target)``. Search and the readability test need the words without the
markup, in blocks and in sentences; Qt renders the Markdown itself for the screen.

A *sentence* is a piece of a block that ends in ``.``, ``!``, ``?`` or ``…`` followed by white
space, or at the end of its block (a heading, a paragraph or one list item). The guidance
avoids abbreviations with a full stop and a space ("o.a. "), so this simple rule holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINK = re.compile(r"(?<!!)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_ITEM = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+(.*)$")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


@dataclass(frozen=True)
class Block:
    """A heading (``level`` 1–6), a paragraph (``level`` 0) or a list item (``level`` -1)."""

    level: int
    text: str  # plain text, markup removed

    @property
    def is_heading(self) -> bool:
        return self.level > 0


def link_targets(markdown: str) -> list[str]:
    """The targets of every Markdown link, in order of appearance."""
    return [match.group(2) for match in _LINK.finditer(markdown)]


def strip_inline(text: str) -> str:
    """``text`` without links (their words stay), emphasis, code marks and extra spaces."""
    text = _LINK.sub(lambda match: match.group(1), text)
    previous = None
    while previous != text:  # nested emphasis: **bold *and* italic**
        previous, text = text, _EMPHASIS.sub(lambda match: match.group(2), text)
    text = text.replace("`", "")
    return " ".join(text.split())


def blocks(markdown: str) -> list[Block]:
    """The headings, paragraphs and list items of ``markdown``, as plain text."""
    result: list[Block] = []
    paragraph: list[str] = []
    item: list[str] | None = None

    def flush() -> None:
        nonlocal item
        if paragraph:
            result.append(Block(0, strip_inline(" ".join(paragraph))))
            paragraph.clear()
        if item is not None:
            result.append(Block(-1, strip_inline(" ".join(item))))
            item = None

    for raw in markdown.splitlines():
        line = raw.rstrip()
        stripped = line.lstrip()
        if stripped.startswith(">"):
            stripped = stripped.lstrip("> ").strip()
            line = stripped
        if not stripped:
            flush()
            continue
        heading = _HEADING.match(stripped)
        if heading:
            flush()
            result.append(Block(len(heading.group(1)), strip_inline(heading.group(2))))
            continue
        bullet = _ITEM.match(line)
        if bullet:
            flush()
            item = [bullet.group(1)]
        elif item is not None:
            item.append(stripped)  # a list item that goes on over several lines
        else:
            paragraph.append(stripped)
    flush()
    return [block for block in result if block.text]


def sentences(text: str) -> list[str]:
    """The sentences of one plain-text block (see the module docstring)."""
    return [part.strip() for part in _SENTENCE_END.split(text) if part.strip()]


def words(sentence: str) -> list[str]:
    """The words of a sentence: pieces between spaces that hold a letter or a digit."""
    return [part for part in sentence.split() if any(ch.isalnum() for ch in part)]
