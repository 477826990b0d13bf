"""An installed wheel carries the resources Paraat needs (translations, icons, data)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    if result.returncode != 0 and "No module named" in result.stderr:
        pytest.skip(f"cannot build a wheel here: {result.stderr.strip()[-200:]}")
    assert result.returncode == 0, result.stderr
    return next(out.glob("paraat-*.whl"))


def test_wheel_contains_resources_and_entry_point(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("app/resources/i18n/paraat_nl.qm", "app/resources/data/broadcasters.json",
                   "app/resources/icons/paraat.svg", "app/core/records.py", "app/ui/start/main_window.py",
                   "app/content/chapters.py", "app/core/national.py",
                   "app/resources/guidance/nl/01-waarom.md", "app/resources/guidance/en/01-waarom.md"):
        assert needed in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[gui_scripts]" in text and "paraat = app.__main__:main" in text
    assert not any(n.startswith("tests/") for n in names)
