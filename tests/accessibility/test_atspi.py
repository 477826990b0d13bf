"""What Orca hears of Paraat: the real program on the Linux accessibility bus (AT-SPI).

The program runs as people start it (``python -m app --data-dir …`` with the demo household)
under ``dbus-run-session`` with the AT-SPI bus, on an X server (xvfb-run: Qt's offscreen
platform does not start the accessibility bridge). A second process, the system Python with
pyatspi (tests/accessibility/atspi_walker.py), walks the whole tree a screen reader sees and
listens while the program is driven (tests/accessibility/drive_app.py types "06-1234" as a
phone number and presses Enter). Skipped where the bus or pyatspi is missing, except in CI
(CI=true), where .ci/run installs them and a skip would hide a missing step.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
SYSTEM_PYTHON = Path("/usr/bin/python3")
BUS_LAUNCHERS = (Path("/usr/libexec/at-spi-bus-launcher"), Path("/usr/lib/at-spi2-core/at-spi-bus-launcher"))


def missing() -> str:
    """Why the walk cannot run here ('' when it can)."""
    if not sys.platform.startswith("linux"):
        return "AT-SPI is the Linux accessibility bus"
    for tool in ("dbus-run-session", "xvfb-run"):
        if shutil.which(tool) is None:
            return f"{tool} is missing (apt packages dbus-daemon, xvfb)"
    if not any(path.exists() for path in BUS_LAUNCHERS):
        return "the AT-SPI bus launcher is missing (apt package at-spi2-core)"
    if not SYSTEM_PYTHON.exists() or subprocess.run(
            [str(SYSTEM_PYTHON), "-c", "import pyatspi"], capture_output=True).returncode != 0:
        return "the system Python has no pyatspi (apt package python3-pyatspi)"
    return ""


@pytest.fixture(scope="module")
def heard(tmp_path_factory) -> dict:
    reason = missing()
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the screen-reader walk, but {reason}")
        pytest.skip(reason)
    work = tmp_path_factory.mktemp("atspi")
    data = work / "data"
    made = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data), "demo"],
                          capture_output=True, text=True, timeout=60)
    assert made.returncode == 0, made.stderr
    env = {**os.environ, "HOME": str(work), "XDG_RUNTIME_DIR": str(work),
           "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
           "QT_ACCESSIBILITY": "1", "NO_AT_BRIDGE": "0"}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.pop("AT_SPI_BUS_ADDRESS", None)
    command = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "dbus-run-session", "--",
               str(SYSTEM_PYTHON), str(HERE / "atspi_walker.py"), str(work), "--",
               sys.executable, str(HERE / "drive_app.py"), str(work / "listening"), str(work / "done"),
               "--", "--data-dir", str(data), "--lang", "nl"]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, result.stdout[-2000:] + result.stderr[-3000:]
    summary = json.loads(lines[-1])
    assert "error" not in summary, summary
    return summary


def test_every_control_has_a_role_and_a_name(heard):
    roles = heard["roles"]
    for role in ("push button", "check box", "radio button", "text", "combo box", "spin button",
                 "table", "list", "menu item", "status bar"):
        assert roles.get(role, 0) > 0, f"no {role} at all: {roles} {heard['texts']}"
    assert heard["objects"] > 500
    assert heard["unnamed"] == []


def test_nothing_that_takes_the_focus_is_unnamed(heard):
    assert heard["unnamed_focusable"] == []


def test_tables_say_what_each_column_holds(heard):
    assert heard["roles"]["table"] > 5
    assert heard["roles"]["table column header"] > 0
    assert heard["headerless"] == []


def announcements(heard) -> list[tuple[str, str]]:
    """(source role, text) of everything read out: announcements, and name changes of a status
    bar, alert or notification (what screen readers read without an announcement)."""
    said = []
    for kind, role, name, text in heard["events"]:
        if kind == "object:announcement":
            said.append((role, text))
        elif role in ("status bar", "alert", "notification"):
            said.append((role, text or name))
    return said


def test_a_save_is_announced(heard):
    assert heard["driven"], "the driver never typed the phone number"
    texts = [text for _, text in announcements(heard)]
    assert "Alles is opgeslagen" in texts, heard["events"][:30]


def test_a_number_that_cannot_be_right_is_announced_in_words(heard):
    texts = [text for _, text in announcements(heard)]
    assert any(text.startswith("Controleer dit nummer") for text in texts), texts
