"""The benchmark runner's hands: one measurement inside a real Paraat, in a child process.

    python tests/perf/drive.py edit --data-dir D [--edits 5]     # type in a field, Enter
    python tests/perf/drive.py search --data-dir D [--words ...]  # type in the four search fields
    python tests/perf/drive.py idle --data-dir D --seconds 30     # CPU time while nothing happens
    python tests/perf/drive.py kitpage --data-dir D [--builds 3]  # build and show the kit page
    python tests/perf/drive.py pages --data-dir D                 # first show of every page, an edit
    python tests/perf/drive.py pdf [--runs 5]                     # full plan PDF, demo household
    python tests/perf/drive.py checklist --entries 5000 10000     # kit checklist PDF

The window is made by Paraat's own start (``app.cli.main`` with ``--data-dir D --smoke-test``:
lock, recovery, language, text size, the main window, the backup at start); only the event
loop is the driver's: ``QApplication.exec`` is replaced by the measurement. It drives the real
widgets as a person does (QTest key presses on the focused field) and waits until the event
queue stays empty for ``--settle`` seconds; a figure ends when the last event was handled.

Every result is one JSON line on stdout, flushed at once, so that the runner keeps what was
measured when it stops a child that passes its time limit. ``longest_ms`` is the longest
single stretch the GUI thread was busy (one event-loop pass, or one key press) while measuring.

A keystroke's ``ms`` runs until the event queue is idle, so on the first key in a search field
it holds Qt's 160 ms fade-in of the field's clear button (✕): timer events that do almost
nothing while the window answers at once. ``busy_ms`` is the time the GUI thread was busy
handling that key (the press and every event after it): what a person waits for.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make ``app`` and ``tests`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QAbstractEventDispatcher, QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

SEARCHES = (("kit", "kit.search", "kit.search", "water"),
            ("kit", "stock.search", "stock.search", "kelder"),
            ("together", "", "contact.search", "jansen"),
            ("info", "", "info.search", "stroom"))
"""(page, where on it (its section), the search field's objectName, the word typed)."""
EDITED = ("household", "members", "member.name")
"""(page, where on it, the field's objectName) of the field ``edit`` types in."""


def say(**fields: Any) -> None:
    print(json.dumps(fields), flush=True)


class Clock:
    """Runs the event loop by hand and times how long the GUI thread is busy."""

    def __init__(self, settle: float) -> None:
        self.settle = settle
        self.longest = 0.0
        self.worked = 0.0  # the time spent handling events, summed (reset by the caller)

    def busy(self, action: Callable[[], Any]) -> Any:
        """Run ``action`` (a key press: Qt handles it at once) and time it as one stretch."""
        started = time.perf_counter()
        result = action()
        spent = time.perf_counter() - started
        self.longest = max(self.longest, spent)
        self.worked += spent
        return result

    def idle(self, limit: float = 600.0) -> float:
        """Handle events until none came for ``settle`` seconds; the time the last one ended."""
        dispatcher = QAbstractEventDispatcher.instance()
        last = time.perf_counter()
        while True:
            started = time.perf_counter()
            worked = dispatcher.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
            now = time.perf_counter()
            if worked:
                self.longest = max(self.longest, now - started)
                self.worked += now - started
                last = now
            elif now - last >= self.settle:
                return last
            elif now - last > limit:
                raise TimeoutError
            else:
                time.sleep(0.0005)


def main_window() -> Any:
    from app.ui.start.main_window import MainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            return widget
    raise RuntimeError("Paraat showed no main window")


def field(window: QWidget, page: str, name: str, target: str = "") -> QLineEdit:
    """Open ``page`` (at ``target``, as a link to a place on it does), and give the field
    ``name`` the focus."""
    window.show_page(page, target)  # type: ignore[attr-defined]
    editors = [editor for editor in window.findChildren(QLineEdit, name)]
    if not editors:
        raise RuntimeError(f"no field {name!r} on the page {page!r}")
    editor = next((editor for editor in editors if editor.isVisible()), editors[0])
    editor.setFocus(Qt.FocusReason.OtherFocusReason)
    return editor


def in_paraat(data_dir: str, measure: Callable[[QApplication, Clock], int], settle: float) -> int:
    """Start Paraat on ``data_dir`` as ``paraat --smoke-test`` does; ``measure`` is its event loop."""

    class DriverApplication(QApplication):
        def exec(self) -> int:  # type: ignore[override]  # run_gui calls app.exec()
            clock = Clock(settle)
            ready = clock.idle()  # the check of every row after start included (issue 20)
            say(event="ready", start_s=ready - started, longest_ms=clock.longest * 1000)
            clock.longest = 0.0
            return measure(self, clock)

    started = time.perf_counter()
    app = DriverApplication(sys.argv[:1])
    app.setCursorFlashTime(0)  # no blinking cursor: the queue can be empty
    from app.cli import main

    return main(["--data-dir", data_dir, "--smoke-test"])


def edit(app: QApplication, clock: Clock, edits: int) -> int:
    """Type a new name for a member in the household page's field, Enter: stored, pages current."""
    window = main_window()
    session = window.session
    saves: list[int] = []
    session.saved.connect(lambda: saves.append(1))
    editor = field(window, EDITED[0], EDITED[2], EDITED[1])
    clock.idle()  # the page is built and laid out when first shown: not part of the edit
    clock.longest = 0.0
    base = editor.text() or "Lid"
    for number in range(1, edits + 1):
        text = f"{base} {number}"
        saves.clear()
        started = time.perf_counter()
        clock.busy(editor.selectAll)
        for char in text:
            clock.busy(lambda char=char: QTest.keyClick(editor, char))
        clock.busy(lambda: QTest.keyClick(editor, Qt.Key.Key_Return))
        ended = clock.idle()
        names = [member.name for member in session.repository.list("member")]
        if not saves or text not in names:
            say(event="error", text=f"the edit was not saved (saves {len(saves)}, names {names})")
            return 1
        say(event="edit", ms=(ended - started) * 1000, longest_ms=clock.longest * 1000)
        clock.longest = 0.0
    return 0


def search(app: QApplication, clock: Clock, only: list[str]) -> int:
    """Type a word in each search field, one key at a time; the time per key until idle."""
    window = main_window()
    for page, target, name, word in SEARCHES:
        if only and name not in only:
            continue
        box = field(window, page, name, target)
        clock.idle()
        if not box.isVisible():
            say(event="error", text=f"{name} is not on the screen")
            return 1
        clock.longest = 0.0
        times, busy = [], []
        for char in word:
            started = time.perf_counter()
            clock.worked = 0.0
            clock.busy(lambda box=box, char=char: QTest.keyClick(box, char))
            times.append((clock.idle() - started) * 1000)
            busy.append(clock.worked * 1000)
        problem = "" if box.text() == word else f"typed {word!r}, the field holds {box.text()!r}"
        say(event="search", field=name, ms=times, busy_ms=busy, longest_ms=clock.longest * 1000,
            problem=problem)
        box.clear()
        clock.idle()
    return 0


def kit_page(app: QApplication, clock: Clock, builds: int) -> int:
    """Build the kit page anew on the window's session, show it at 1024x768 and wait until
    idle: the time, and the widgets it holds (the same for 100 and 20,000 entries)."""
    from app.ui.kit.kit_page import KitPage

    session = main_window().session
    for _ in range(builds):
        started = time.perf_counter()
        page = clock.busy(lambda: KitPage(session))
        page.resize(1024, 768)
        clock.busy(page.show)
        page.tabs.setCurrentIndex(3)  # the check tab: the entries past or near their date
        ended = clock.idle()
        report = session.kit_report()
        say(event="kitpage", ms=(ended - started) * 1000, longest_ms=clock.longest * 1000,
            widgets=len(page.findChildren(QWidget)),
            expiring=len(report.expiry.expired) + len(report.expiry.soon))
        clock.longest = 0.0
        page.close()
        page.deleteLater()
        clock.idle()
    return 0


def pages(app: QApplication, clock: Clock) -> int:
    """Open every page for the first time, as a click in the sidebar does (each is built on its
    first show), then make one edit: the longest stretch on the GUI thread for each."""
    window = main_window()
    clock.longest = 0.0
    for name in list(window.pages):
        started = time.perf_counter()
        clock.busy(lambda name=name: window.show_page(name))
        ended = clock.idle()
        page = window.pages.page(name)
        while getattr(page, "building", None) is not None:  # the print preview, laid out in a
            ended = clock.idle()  # pool thread: the figure ends when it shows
        say(event="page", page=name, ms=(ended - started) * 1000, longest_ms=clock.longest * 1000)
        clock.longest = 0.0
    return edit(app, clock, 1)


def idle(app: QApplication, clock: Clock, seconds: float) -> int:
    """The process's CPU time (all threads) while the window stands open, untouched."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    cpu = time.process_time()
    wall = time.perf_counter()
    loop.exec()
    say(event="idle", cpu_ms=(time.process_time() - cpu) * 1000,
        seconds=time.perf_counter() - wall)
    return 0


def plan_pdf(runs: int) -> int:
    """The full plan PDF of the demo household, built and written in this process."""
    from app.core.check import next_check_of
    from app.core.demo import demo_household, demo_stock
    from app.core.supplies import kit_report
    from app.report.builders import build_document
    from app.report.document import PrintOptions, write_pdf

    app = QApplication(sys.argv[:1])
    today = dt.date.today()
    with tempfile.TemporaryDirectory(prefix="paraat-bench-") as folder:
        for run in range(runs):
            started = time.perf_counter()
            household, stock = demo_household(), demo_stock(today)
            report = kit_report(household, stock, today, 72, None)
            document = build_document("plan", household, stock, report,
                                      PrintOptions(today, next_check_of(report)))
            pages = write_pdf(document, Path(folder) / f"plan{run}.pdf")
            say(event="pdf", ms=(time.perf_counter() - started) * 1000, pages=pages)
    app.quit()
    return 0


def checklist(entries: list[int]) -> int:
    """The kit checklist PDF of the demo household with ``entries`` stock entries each."""
    from app.core.check import next_check_of
    from app.core.demo import demo_household, demo_stock
    from app.core.supplies import kit_report
    from app.report.builders import build_document
    from app.report.document import PrintOptions, write_pdf
    from tests.perf.households import entry

    app = QApplication(sys.argv[:1])
    today = dt.date.today()
    household = demo_household()
    with tempfile.TemporaryDirectory(prefix="paraat-bench-") as folder:
        for count in entries:
            own = demo_stock(today)
            stock = own + [entry(n, today, soon=False) for n in range(count - len(own))]
            for number, item in enumerate(stock, start=1):
                item.id = number
            started = time.perf_counter()
            report = kit_report(household, stock, today, 72, None)
            document = build_document("checklist", household, stock, report,
                                      PrintOptions(today, next_check_of(report)))
            pages = write_pdf(document, Path(folder) / f"checklist{count}.pdf")
            say(event="checklist", entries=count, ms=(time.perf_counter() - started) * 1000,
                pages=pages)
    app.quit()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("edit", "search", "idle", "kitpage", "pages"):
        command = commands.add_parser(name)
        command.add_argument("--data-dir", required=True)
        command.add_argument("--settle", type=float, default=0.3,
                             help="seconds without events that count as idle (default 0.3)")
    commands.choices["edit"].add_argument("--edits", type=int, default=5)
    commands.choices["search"].add_argument("--fields", nargs="*", default=[])
    commands.choices["idle"].add_argument("--seconds", type=float, default=30.0)
    commands.choices["kitpage"].add_argument("--builds", type=int, default=3)
    commands.add_parser("pdf").add_argument("--runs", type=int, default=5)
    commands.add_parser("checklist").add_argument("--entries", type=int, nargs="+", required=True)
    args = parser.parse_args(argv)
    if args.command == "pdf":
        return plan_pdf(args.runs)
    if args.command == "checklist":
        return checklist(args.entries)
    measures: dict[str, Callable[[QApplication, Clock], int]] = {
        "edit": lambda app, clock: edit(app, clock, args.edits),
        "search": lambda app, clock: search(app, clock, args.fields),
        "idle": lambda app, clock: idle(app, clock, args.seconds),
        "kitpage": lambda app, clock: kit_page(app, clock, args.builds),
        "pages": pages,
    }
    return in_paraat(args.data_dir, measures[args.command], args.settle)


if __name__ == "__main__":
    code = main()
    say(event="exit", code=code)
    sys.exit(code)
