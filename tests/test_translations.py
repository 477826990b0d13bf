"""The Dutch translation is complete, keeps every placeholder, and the built .qm is current."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "paraat_nl.ts"


def _messages() -> list[tuple[str, ET.Element]]:
    return [(m.findtext("source") or "", m.find("translation")) for m in ET.parse(TS).iter("message")]


def test_every_message_is_translated():
    messages = _messages()
    assert len(messages) > 200
    unfinished = [source for source, translation in messages
                  if translation.get("type") in ("unfinished", "vanished", "obsolete") or not translation.text]
    assert unfinished == []


def test_placeholders_and_shortcuts_survive_translation():
    for source, translation in _messages():
        text = translation.text or ""
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text)), source
        assert ("&" in source.replace("&&", "")) == ("&" in text.replace("&&", "")), source


def test_ts_and_qm_are_current():
    """lupdate finds no new strings and lrelease gives the committed .qm."""
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "update_translations.py"), "--check"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_no_tr_inside_f_strings():
    """lupdate cannot read a tr() call inside an f-string: such a text stays English in Dutch."""
    import ast

    found = []
    for path in (ROOT / "app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and getattr(inner.func, "id", "") == "tr":
                        found.append(f"{path.relative_to(ROOT)}:{inner.lineno}")
    assert found == []
