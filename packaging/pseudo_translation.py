"""Make a pseudo-translation: the Dutch of every message 40 % longer, to find text that is cut off.

    python packaging/pseudo_translation.py OUT_FOLDER     # writes OUT_FOLDER/paraat_nl.ts and .qm

Each translation in resources/i18n/paraat_nl.ts (and each plural form) becomes
"[" + the Dutch + filler "~~~~" + "]": the brackets show where a text starts and ends, so a
cut-off text is seen at once (no "]" on screen), and the filler makes every line at least 40 %
longer. Placeholders (%1, %L2, %n), HTML tags and entities, "&" keyboard marks and line breaks
are kept as they are; each line of a text grows, not only the last. The filler comes in words
of at most 6 signs, so text that wraps can still wrap.

tests/ui/test_pseudo_translation.py loads the .qm in place of the real one and opens every
page at the largest text size.
"""

from __future__ import annotations

import math
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import update_translations as update  # noqa: E402

FACTOR = 1.4
OPEN, CLOSE, FILL = "[", "]", "~"
WORD = 6  # the longest filler word

PROTECTED = re.compile(r"(<[^<>]*>|%L?\d+|%n|&[a-zA-Z]+;|&#\d+;|&&|&(?=\S))")
"""Pieces copied as they are: tags, placeholders, entities, "&&" and a "&" keyboard mark."""
LINE_BREAK = re.compile(r"(\n|<br\s*/?>|</p>|</li>|</h\d>|</tr>)", re.IGNORECASE)


def visible_length(text: str) -> int:
    """How many signs ``text`` shows: tags and "&" marks count nothing, an entity one sign,
    a placeholder its own length (the value it gets is not known here)."""
    length = 0
    for piece in PROTECTED.split(text):
        if not piece:
            continue
        if piece.startswith("<") and piece.endswith(">"):
            continue
        if piece == "&":
            continue
        if piece.startswith("&") and piece.endswith(";") or piece == "&&":
            length += 1
        else:
            length += len(piece)
    return length


def filler(count: int) -> str:
    """``count`` filler signs in words of at most WORD signs, separated by spaces."""
    words = [FILL * WORD] * (count // WORD) + ([FILL * (count % WORD)] if count % WORD else [])
    return " ".join(words)


def _lengthen_line(line: str) -> str:
    """One line (no line breaks inside) with filler at the end of its text, before any tags
    that close it."""
    shown = visible_length(line)
    if shown == 0:
        return line
    pieces = [piece for piece in PROTECTED.split(line) if piece]
    last = max(i for i, piece in enumerate(pieces) if not (piece.startswith("<") and piece.endswith(">")))
    pad = " " + filler(math.ceil(shown * (FACTOR - 1)))
    pieces.insert(last + 1, pad)
    return "".join(pieces)


def lengthen(text: str) -> str:
    """The pseudo-translation of ``text``: empty stays empty, whitespace stays as it is."""
    if not text.strip():
        return text
    parts = LINE_BREAK.split(text)
    lines = [part if i % 2 else _lengthen_line(part) for i, part in enumerate(parts)]
    body = "".join(lines)
    # The brackets go around the visible text, inside any tags that open or close the whole text.
    head = re.match(r"^(\s*(?:<[^<>]*>\s*)*)", body)
    tail = re.search(r"((?:\s*<[^<>]*>)*\s*)$", body)
    start = head.end() if head else 0
    end = tail.start() if tail else len(body)
    if end <= start:
        return body
    return body[:start] + OPEN + body[start:end] + CLOSE + body[end:]


def pseudo_ts(source: Path, target: Path) -> int:
    """Write ``target``: ``source`` with every translation lengthened; returns how many
    messages were changed."""
    tree = ET.parse(source)
    changed = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        forms = translation.findall("numerusform")
        for element in forms or [translation]:
            if element.text:
                element.text = lengthen(element.text)
        translation.attrib.pop("type", None)  # lrelease leaves out unfinished messages
        changed += 1
    with open(target, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    return changed


def build(folder: Path, language: str = "nl") -> Path:
    """Write ``folder``/paraat_<language>.ts and build its .qm; returns the .qm."""
    folder.mkdir(parents=True, exist_ok=True)
    ts = folder / f"paraat_{language}.ts"
    qm = folder / f"paraat_{language}.qm"
    pseudo_ts(update.I18N / f"paraat_{language}.ts", ts)
    update.lrelease(ts, qm)
    return qm


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    print(build(Path(argv[0])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
