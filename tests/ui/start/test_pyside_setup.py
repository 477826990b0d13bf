"""PySide6 no longer reads the source of every module imported after it (issue 20): the
answer is the one a frozen bundle gets, without reading."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path

import pytest

from app.ui.start import pyside_setup

ROOT = Path(__file__).resolve().parents[3]


def test_the_window_s_modules_are_imported_without_reading_their_source() -> None:
    code = (
        "import linecache, sys\n"
        "import app.ui.start.application\n"
        "import app.ui.overview.overview_page\n"
        "feature = sys.modules['shibokensupport.feature']\n"
        "print(feature.pyside_feature_dict.get('app.ui.start.main_window'),\n"
        "      len([name for name in linecache.cache if 'app' in name]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, cwd=ROOT, env={"QT_QPA_PLATFORM": "offscreen",
                                                       "PATH": "/usr/bin:/bin"})
    assert result.stdout.split() == ["-1", "0"]  # as in a frozen bundle; nothing read


def test_a_pyside_without_the_check_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", types.ModuleType("feature"))
    assert pyside_setup.skip_source_check() is False
    monkeypatch.delitem(sys.modules, "shibokensupport.feature")
    assert pyside_setup.skip_source_check() is False


def test_the_check_is_replaced_in_this_pyside() -> None:
    feature = sys.modules["shibokensupport.feature"]
    assert pyside_setup.skip_source_check() is True
    assert feature._mod_uses_pyside(pyside_setup) is False
