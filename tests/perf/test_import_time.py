"""Start at once (issue 20): the window starts without the heavy modules. Printing
(PySide6.QtPrintSupport, which also asks the system for its printers), the documents
(app.report), vCard (vobject), calendar (icalendar), phone numbers (phonenumbers) and
cryptography are imported when they are first used, never at start.

The real program starts with the demo household under ``python -X importtime`` (a smoke test,
offscreen); the test reads which modules were imported and, for a heavy one, who imported it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.perf.households import ROOT, child_env, make_demo

HEAVY = ("PySide6.QtPrintSupport", "app.report", "vobject", "icalendar", "phonenumbers",
         "cryptography")
"""Modules (and their submodules) that must not be imported at start."""

NOT_ON_THE_FIRST_SCREEN = ("app.ui.start.keep_place", "app.ui.common.record_list",
                           "app.ui.common.fit_table", "app.ui.common.grow_text",
                           "app.ui.settings.backups_page", "app.ui.start.wizard",
                           "app.ui.common.file_dialogs")
"""Paraat's own modules that the first screen does not need: imported when a page, a new
window (keep_place) or a first run (the wizard) needs them. Each costs milliseconds of Qt classes
and their enums at start."""


def imports(stderr: str) -> list[tuple[int, str]]:
    """``-X importtime``'s lines as (depth, module), in the order Python printed them: a
    module's own imports come before it, one level deeper."""
    found: list[tuple[int, str]] = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or line.rstrip().endswith("imported package"):
            continue
        name = line.rsplit("|", 1)[1]
        stripped = name.lstrip(" ")
        found.append(((len(name) - len(stripped)) // 2, stripped.strip()))
    return found


def importer_chain(found: list[tuple[int, str]], index: int) -> list[str]:
    """The module at ``index`` and who imported it, up to the top: ["vobject",
    "app.exchange.vcard_syntax", …, "app.cli.entry"]."""
    depth, name = found[index]
    chain = [name]
    for later_depth, later in found[index + 1:]:
        if later_depth < depth:
            chain.append(later)
            depth = later_depth
    return chain


def heavy(name: str) -> bool:
    return any(name == module or name.startswith(module + ".") for module in HEAVY)


def heavy_at_start(stderr: str) -> list[str]:
    """One line per heavy module imported at start by a module that is not heavy itself, with
    its importer chain (vobject's own submodules are not listed again)."""
    found = imports(stderr)
    chains = [importer_chain(found, index) for index, (_, name) in enumerate(found) if heavy(name)]
    return [" ← ".join(chain) for chain in chains if len(chain) == 1 or not heavy(chain[1])]


def test_the_chain_names_who_imported_a_module() -> None:
    stderr = "\n".join([
        "import time: self [us] | cumulative | imported package",
        "import time:       100 |        100 |         vobject.base",
        "import time:       200 |        300 |       vobject",
        "import time:        50 |        350 |     app.exchange.vcard_syntax",
        "import time:        10 |         10 |     app.words.i18n",
        "import time:        70 |        430 |   app.ui.together.contacts_page",
        "import time:         5 |          5 |   json",
        "import time:        30 |        465 | app.ui.start.main_window",
    ])
    assert heavy_at_start(stderr) == [
        "vobject ← app.exchange.vcard_syntax ← app.ui.together.contacts_page ← app.ui.start.main_window",
    ]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo(tmp_path_factory.mktemp("import-time") / "data")


def start_with_importtime(folder: Path) -> subprocess.CompletedProcess[str]:
    env = child_env()
    env["PARAAT_LOCK_WAIT"] = "0"
    env.pop("PYTHONIMPORTTIME", None)
    return subprocess.run([sys.executable, "-X", "importtime", "-m", "app", "--smoke-test",
                           "--data-dir", str(folder)], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_no_heavy_module_is_imported_at_start(demo: Path) -> None:
    result = start_with_importtime(demo)
    assert result.returncode == 0, result.stderr[-3000:]
    found = imports(result.stderr)
    names = {name for _, name in found}
    assert "app.ui.start.main_window" in names  # the window really started under importtime
    assert "PySide6.QtWidgets" in names
    assert heavy_at_start(result.stderr) == []


def test_no_heavy_module_on_the_overview_after_a_restart(demo: Path) -> None:
    """The second start opens the page the first one closed on (the overview), again without
    printing, documents or exchange formats; the data folder's lock is gone."""
    first = start_with_importtime(demo)
    assert first.returncode == 0
    result = start_with_importtime(demo)
    assert result.returncode == 0, result.stderr[-3000:]
    assert heavy_at_start(result.stderr) == []
    assert not (os.environ.get("PYTHONIMPORTTIME"))


def test_modules_the_first_screen_does_not_need_are_not_imported(demo: Path) -> None:
    result = start_with_importtime(demo)
    assert result.returncode == 0, result.stderr[-3000:]
    found = imports(result.stderr)
    assert "app.ui.overview.overview_page" in {name for _, name in found}
    early = [" ← ".join(importer_chain(found, index)) for index, (_, name) in enumerate(found)
             if name in NOT_ON_THE_FIRST_SCREEN]
    assert early == []
