"""Refresh the translation sources and build the .qm files.

    python packaging/update_translations.py          # lupdate + lrelease
    python packaging/update_translations.py --check  # exit 1 if a .ts or .qm is out of date

lupdate collects every tr()/translate() string from app/ into resources/i18n/paraat_nl.ts
(Dutch translations are written in that file, with Qt Linguist or by hand); lrelease builds
paraat_nl.qm, which is committed so that an installed wheel needs no Qt tools.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("nl",)


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        candidate = Path(sys.executable).parent / f"pyside6-{name}"
        if candidate.exists():
            return str(candidate)
        raise SystemExit(f"{name} not found: install PySide6")
    return found


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "app").rglob("*.py"))


def lupdate(ts: Path) -> None:
    subprocess.run([_tool("lupdate"), "-no-obsolete", "-locations", "none", *sources(), "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    """Build ``qm`` beside itself and rename it into place: Qt maps a loaded .qm file into
    memory, so rewriting it in place crashes a running program (or test run) with a bus error."""
    fresh = qm.with_name(qm.name + ".new")
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True, capture_output=True)
    os.replace(fresh, qm)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    stale = []
    for language in LANGUAGES:
        ts = I18N / f"paraat_{language}.ts"
        qm = I18N / f"paraat_{language}.qm"
        if not args.check:
            lupdate(ts)
            lrelease(ts, qm)
            continue
        with tempfile.TemporaryDirectory() as tmp:
            fresh_ts = Path(tmp) / ts.name
            shutil.copy(ts, fresh_ts)
            lupdate(fresh_ts)
            fresh_qm = Path(tmp) / qm.name
            lrelease(ts, fresh_qm)
            if not filecmp.cmp(ts, fresh_ts, shallow=False):
                stale.append(str(ts))
            if not qm.exists() or not filecmp.cmp(qm, fresh_qm, shallow=False):
                stale.append(str(qm))
    for path in stale:
        print(f"out of date: {path} (run python packaging/update_translations.py)", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
