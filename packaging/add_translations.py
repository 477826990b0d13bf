"""Add Dutch translations for new strings without opening Qt Linguist.

    python packaging/add_translations.py words.json

``words.json`` maps English source strings to their Dutch translation; a string with a
disambiguation (``tr("Your household", "one person")``) is written "one person\u0004Your household". The script refreshes
the .ts with lupdate, fills in the given translations (marking them finished), and rebuilds
the .qm. It holds a lock, so several people (or scripts) can run it one after another safely.
Strings still without a translation are listed at the end.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import update_translations as update  # noqa: E402

TS = update.I18N / "paraat_nl.ts"
QM = update.I18N / "paraat_nl.qm"


def fill(words: dict[str, str]) -> list[str]:
    """Write the translations into the .ts; return the sources that still have none."""
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        comment = message.findtext("comment")
        key = f"{comment}\u0004{source}" if comment else source  # tr(source, comment)
        translation = message.find("translation")
        if key in words:
            translation.text = words[key]
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished" or not translation.text:
            missing.append(source)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("words", type=Path, help="JSON object: English source → Dutch translation")
    args = parser.parse_args()
    words = json.loads(args.words.read_text(encoding="utf-8"))
    with open(Path(tempfile.gettempdir()) / "paraat-translations.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        update.lupdate(TS)
        missing = fill(words)
        update.lupdate(TS)  # lupdate writes the file in its own canonical form
        update.lrelease(TS, QM)
    for source in missing:
        print(f"untranslated: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
