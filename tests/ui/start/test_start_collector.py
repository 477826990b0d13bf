"""The cycle collector at start (issue 20): off while the start makes its objects, frozen with
them and on again before the event loop or any dialog, and the window's objects given back to it
when a new window is made.

The real program runs in a child process, so the test run's own objects are never frozen.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.perf.households import ROOT, child_env, make_demo

CHILD = """
import gc, json, sys
from PySide6.QtWidgets import QApplication
from app.ui.start.wizard import FirstRunWizard
from app.cli import main

seen = {}

def look(name):
    seen[name] = {"on": gc.isenabled(), "frozen": gc.get_freeze_count(),
                  "walked": len(gc.get_objects())}

def run_loop(*args):
    look("event loop")
    return 0

def run_wizard(self):
    look("wizard")
    return 0

QApplication.exec = staticmethod(run_loop)
FirstRunWizard.exec = run_wizard
code = main(sys.argv[1:])
look("after")
print(json.dumps({"code": code, **seen}))
"""


def run_paraat(*args: str) -> dict[str, object]:
    result = subprocess.run([sys.executable, "-c", CHILD, *args], env=child_env(), cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    said: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return said


def test_the_start_is_frozen_and_the_collector_on_for_the_event_loop(tmp_path: Path) -> None:
    said = run_paraat("--data-dir", str(make_demo(tmp_path / "data")), "--smoke-test")
    assert said["code"] == 0
    loop = said["event loop"]
    assert isinstance(loop, dict)
    assert loop["on"] is True  # the user works with the collector on
    assert loop["frozen"] > 10_000  # the start's modules, classes and window: never walked again
    assert loop["walked"] < loop["frozen"] // 4
    after = said["after"]
    assert isinstance(after, dict)
    assert after["on"] is True
    assert after["walked"] < 2_000 < after["frozen"]  # what is left is frozen: the exit walks it not


def test_the_wizard_of_a_first_start_runs_with_the_collector_on(tmp_path: Path) -> None:
    said = run_paraat("--data-dir", str(tmp_path / "new"), "--lang", "en")
    assert said["code"] == 0
    wizard = said["wizard"]
    assert isinstance(wizard, dict)
    assert wizard["on"] is True and wizard["frozen"] > 10_000


@pytest.fixture
def unfrozen_afterwards() -> Iterator[None]:
    yield
    gc.unfreeze()


def test_a_new_window_gives_the_frozen_objects_back(launcher, unfrozen_afterwards) -> None:
    """Ctrl+plus makes a new window: the old one's objects may become garbage now, so nothing
    stays frozen (collected as usual from here on)."""
    first = launcher.start_demo(dt.date(2025, 3, 1))
    gc.freeze()  # as a start through ``paraat`` leaves it
    assert gc.get_freeze_count() > 0
    second = launcher.paraat.build_window()
    assert second is not first
    assert gc.get_freeze_count() == 0
