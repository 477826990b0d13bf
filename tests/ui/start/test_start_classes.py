"""PySide makes a Python class, with all its enums, the first time Python touches one of Qt's
classes, and all of Qt's widget classes at once when it must find out the type of a widget
that Python did not make (one that is half destroyed, a scroll area's viewport). A start
through ``paraat`` touches only what the first screen needs (issue 20).

The real program runs in a child process: the test run itself has made these classes long ago.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.perf.households import ROOT, child_env, make_demo

CHILD = """
import json, sys
import PySide6.QtGui as gui
import PySide6.QtWidgets as widgets
from app.cli import main

code = main(sys.argv[1:])
made = sorted(name for module in (gui, widgets) for name, value in vars(module).items()
              if isinstance(value, type))
app = widgets.QApplication.instance()
app.setStyleSheet("")  # the theme's sheet wraps the style: its own name is empty
style = app.style().name()  # only now: this makes QStyle
print(json.dumps({"code": code, "made": made, "style": style}))
"""

NOT_AT_START = ("QStyle", "QCommonStyle", "QAccessible", "QWizard", "QCalendarWidget", "QMdiArea",
                "QDial")
"""QStyle: the Fusion style set with setStyle (app/ui/common/contrast.py fusion_application);
QAccessible: the first page announced before the window shows (app/ui/common/announce.py);
the others: Qt's whole widget family, made when PySide looks for a widget's type (the sidebar's
viewport, the focus follower's widgets at close)."""


def test_the_start_makes_only_the_classes_it_uses_in_the_fusion_style(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-c", CHILD, "--data-dir",
                             str(make_demo(tmp_path / "data")), "--smoke-test"],
                            env=child_env(), cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    said = json.loads(result.stdout.strip().splitlines()[-1])
    assert said["code"] == 0
    assert "QMainWindow" in said["made"] and "QListWidget" in said["made"]  # it did look
    assert [name for name in NOT_AT_START if name in said["made"]] == []
    assert said["style"] == "fusion"
