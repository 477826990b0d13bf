"""Issue 20's benchmark runner: Paraat beside a bare PySide6 window, measured in the same run.

    python -m tests.perf.run                 # full: 5 runs, 20,000 entries, 30 s idle (minutes)
    python -m tests.perf.run --runs 9 --json /tmp/paraat-bench.json
    python -m tests.perf.run --check         # exit 1 when a target is missed
    python -m tests.perf.run --quick         # 1 run, small data, short limits: proves it works

Whole-process figures alternate Paraat and the bare window (tests/perf/bare_window.py: import
PySide6, QApplication, show a QMainWindow, quit when idle) round by round, after one warm-up
of each, and take medians; peak memory is each child's own maxrss (``os.wait4``). The figures
inside a window (an edit, a keystroke in a search field, idle CPU) come from
tests/perf/drive.py in a child process, each within a time limit: a figure that passes it is
reported as "> limit", not waited for. Every figure is a row with its ratio to a reference
measured in this run (the bare window's start unless the row names another), its target and
✔ or ✘. The table is printed and written as JSON (``--json``, default build/perf/report.json).

Exit codes: 0 done (targets may be missed), 1 a target missed with ``--check``, 2 a
measurement failed (a child crashed or drive.py could not drive the window).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import platform
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tests.perf.households import ROOT, child_env, grow, make_demo

PERF = Path(__file__).resolve().parent
DEFAULT_JSON = ROOT / "build" / "perf" / "report.json"
MIB = 1024 * 1024


@dataclasses.dataclass(frozen=True)
class Mode:
    """How much to measure: the full run, or the quick one that CI runs."""

    name: str
    runs: int
    stock: int
    contacts: int
    checklist: tuple[int, int, int]
    idle_seconds: float
    limit: float
    edits: int
    save_rounds: int
    settle: float


FULL = Mode("full", runs=5, stock=20_000, contacts=2_000, checklist=(5_000, 10_000, 20_000),
            idle_seconds=30.0, limit=60.0, edits=5, save_rounds=41, settle=0.3)
QUICK = Mode("quick", runs=1, stock=2_000, contacts=200, checklist=(250, 500, 1_000),
             idle_seconds=3.0, limit=20.0, edits=2, save_rounds=11, settle=0.15)


# --- figures, their ratios and the table ---------------------------------------------------------


@dataclasses.dataclass
class Figure:
    """One row: Paraat's value, the reference beside it, and the target for one of the two."""

    key: str
    label: str
    unit: str  # "s", "ms", "MiB"; value and reference are both in it
    target: float
    on_ratio: bool  # the target bounds the ratio (else the value)
    value: float | None = None
    reference: float | None = None
    reference_label: str = "bare window"
    status: str = ""  # "" measured; else why not: "> 60 s", "not built", "failed: …"
    problem: str = ""  # measured, but something is wrong with what was measured
    note: str = ""
    samples: list[float] = dataclasses.field(default_factory=list)

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.reference:
            return None
        return self.value / self.reference

    @property
    def met(self) -> bool | None:
        """True or False when measured, None when not (not built, failed); over the time limit
        is a miss."""
        if self.status.startswith(">"):
            return False
        if self.status:
            return None
        if self.problem:
            return False
        judged = self.ratio if self.on_ratio else self.value
        return judged is not None and judged <= self.target

    def as_json(self) -> dict[str, Any]:
        return {**dataclasses.asdict(self), "ratio": self.ratio, "met": self.met}


def amount(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "s":
        return f"{value:.3f} s"
    if unit == "MiB":
        return f"{value:.0f} MiB"
    if unit == "widgets":
        return f"{value:.0f} widgets"
    return f"{value:.1f} ms" if value < 100 else f"{value:,.0f} ms"


def target_text(figure: Figure) -> str:
    if figure.on_ratio:
        return f"≤ {figure.target:g}×"
    return f"≤ {amount(figure.target, figure.unit).replace('.0 ', ' ')}"


def mark(figure: Figure) -> str:
    return {True: "✔", False: "✘", None: "–"}[figure.met]


def table(figures: Sequence[Figure]) -> str:
    """The figures as a Markdown table (the issue's columns), with notes below it."""
    lines = ["| figure | Paraat | reference | ratio | target | |", "|---|---|---|---|---|---|"]
    notes = []
    for figure in figures:
        value = figure.status or amount(figure.value, figure.unit)
        if figure.problem:
            value += " (!)"
            notes.append(f"{figure.label}: {figure.problem}")
        reference = (f"{amount(figure.reference, figure.unit)} ({figure.reference_label})"
                     if figure.reference is not None else "–")
        ratio = f"{figure.ratio:.2f}×" if figure.ratio is not None else "–"
        lines.append(f"| {figure.label} | {value} | {reference} | {ratio} | "
                     f"{target_text(figure)} | {mark(figure)} |")
        if figure.note:
            notes.append(f"{figure.label}: {figure.note}")
    return "\n".join(lines + [f"- {note}" for note in notes])


def median(samples: Sequence[float]) -> float | None:
    return statistics.median(samples) if samples else None


# --- children ------------------------------------------------------------------------------------


@dataclasses.dataclass
class Run:
    """One child process: wall-clock seconds, peak RSS in MiB, exit code, what it printed."""

    seconds: float
    rss_mib: float
    code: int
    timed_out: bool
    lines: list[dict[str, Any]]
    error: str = ""


def python(*args: str) -> list[str]:
    return [sys.executable, *args]


def bare_command() -> list[str]:
    return python(str(PERF / "bare_window.py"))


def paraat_command(data: Path) -> list[str]:
    return python("-m", "app", "--data-dir", str(data), "--smoke-test")


def start(command: list[str], limit: float) -> Run:
    """Run a whole process to its end (killed after ``limit`` seconds); its own peak RSS."""
    with tempfile.TemporaryFile() as stderr:  # a file, not a pipe: a chatty child never blocks
        started = time.perf_counter()
        child = subprocess.Popen(command, env=child_env(), cwd=ROOT, stdout=subprocess.DEVNULL,
                                 stderr=stderr)
        killer = threading.Timer(limit, child.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(child.pid, 0)
        finally:
            killer.cancel()
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        stderr.seek(0)
        error = stderr.read().decode(errors="replace")
    timed_out = seconds >= limit and child.returncode < 0
    return Run(seconds, usage.ru_maxrss / 1024, child.returncode, timed_out, [], error[-2000:])


def drive(args: list[str], limit: float) -> Run:
    """Run tests/perf/drive.py; ``limit`` seconds for the start and again for the measuring.

    Its JSON lines are read as they come, so what was measured before the limit is kept.
    """
    started = time.perf_counter()
    child = subprocess.Popen(python(str(PERF / "drive.py"), *args), env=child_env(), cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: queue.Queue[str | None] = queue.Queue()
    errors: list[str] = []

    def read_out() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            lines.put(line)
        lines.put(None)

    def read_err() -> None:
        assert child.stderr is not None
        errors.append(child.stderr.read())

    readers = [threading.Thread(target=read_out, daemon=True),
               threading.Thread(target=read_err, daemon=True)]
    for reader in readers:
        reader.start()
    deadline = started + limit
    said: list[dict[str, Any]] = []
    timed_out = False
    while True:
        try:
            line = lines.get(timeout=max(0.0, deadline - time.perf_counter()))
        except queue.Empty:
            timed_out = True
            child.kill()
            break
        if line is None:
            break
        try:
            said.append(json.loads(line))
        except json.JSONDecodeError:
            continue
        if said[-1].get("event") == "ready":  # the start is done: now the limit for measuring
            deadline = time.perf_counter() + limit
    code = child.wait()
    for reader in readers:
        reader.join(timeout=5)
    return Run(time.perf_counter() - started, 0.0, code, timed_out, said, "".join(errors)[-2000:])


def failure(run: Run) -> str:
    """Why a child failed, in one line ('' when it did not)."""
    if run.timed_out:
        return ""
    for line in run.lines:
        if line.get("event") == "error":
            return f"failed: {line.get('text')}"
    if run.code != 0:
        last = [line for line in run.error.strip().splitlines() if line.strip()][-1:]
        return f"failed: exit {run.code}" + (f" ({last[0].strip()})" if last else "")
    return ""


# --- the measurements ----------------------------------------------------------------------------


class Bench:
    def __init__(self, mode: Mode, runs: int, limit: float, folder: Path,
                 say: Any = print) -> None:
        self.mode, self.runs, self.limit, self.folder = mode, runs, limit, folder
        self.say = say
        self.bare: list[float] = []
        self.bare_rss: list[float] = []
        self.longest_gui: list[tuple[float, str]] = []

    def households(self) -> dict[str, Path]:
        self.say("making the households (demo; "
                 f"{self.mode.stock:,} stock entries and {self.mode.contacts:,} contacts)")
        demo = make_demo(self.folder / "demo")
        folders = {"demo": demo}
        for variant in ("keep", "soon"):
            copy = self.folder / variant
            shutil.copytree(demo, copy)
            (copy / "paraat.lock").unlink(missing_ok=True)
            folders[variant] = grow(copy, self.mode.stock, self.mode.contacts, variant == "soon")
        return folders

    def starts(self, folders: dict[str, Path]) -> list[Figure]:
        commands = {"bare": bare_command(),
                    **{name: paraat_command(folder) for name, folder in folders.items()}}
        walls: dict[str, list[float]] = {name: [] for name in commands}
        rss: dict[str, list[float]] = {name: [] for name in commands}
        over: dict[str, bool] = dict.fromkeys(commands, False)
        failed: dict[str, str] = dict.fromkeys(commands, "")
        for round_number in range(self.runs + 1):  # round 0 warms the caches up, not counted
            self.say(f"start round {round_number}/{self.runs}" + (" (warm-up)" if not round_number else ""))
            for name, command in commands.items():  # bare, demo, keep, soon: alternating
                if over[name] or failed[name]:
                    continue
                run = start(command, self.limit)
                if run.timed_out:
                    over[name] = True
                elif run.code != 0:
                    failed[name] = failure(run)
                elif round_number:
                    walls[name].append(run.seconds)
                    rss[name].append(run.rss_mib)
        self.bare, self.bare_rss = walls["bare"], rss["bare"]
        bare, bare_rss, demo = median(walls["bare"]), median(rss["bare"]), median(walls["demo"])
        entries = f"{self.mode.stock:,} entries"

        def row(key: str, label: str, name: str, target: float, unit: str = "s",
                reference: float | None = bare, reference_label: str = "bare window") -> Figure:
            values = rss[name] if unit == "MiB" else walls[name]
            figure = Figure(key, label, unit, target, True, median(values), reference,
                            reference_label, samples=values)
            if over[name]:
                figure.status = f"> {self.limit:g} s"
            elif failed[name]:
                figure.status = failed[name]
            return figure

        return [
            row("start_demo", "start to idle window, demo household", "demo", 2.0),
            row("rss_demo", "peak RSS of that start", "demo", 1.5, "MiB", bare_rss),
            row("start_keep", f"start, {entries} that keep + {self.mode.contacts:,} contacts",
                "keep", 2.5),
            row("start_keep_vs_demo", f"start, {entries} that keep, against the demo start",
                "keep", 1.2, reference=demo, reference_label="demo start"),
            row("rss_keep", f"peak RSS, {entries} that keep", "keep", 1.5, "MiB", bare_rss),
            row("start_soon", f"start, {entries} that go off soon + {self.mode.contacts:,} contacts",
                "soon", 2.5),
            row("start_soon_vs_demo", f"start, {entries} that go off soon, against the demo start",
                "soon", 1.2, reference=demo, reference_label="demo start"),
            row("rss_soon", f"peak RSS, {entries} that go off soon", "soon", 1.5, "MiB", bare_rss),
        ]

    def frozen(self) -> Figure:
        """The bundle in dist/paraat against the frozen bare window that packaging/size_report.py
        freezes (build/size/dist/minimal-window), timed with its own start_times."""
        figure = Figure("start_frozen", "frozen bundle start vs frozen bare window", "s", 2.0, True,
                        reference_label="frozen bare window")
        sys.path.insert(0, str(ROOT / "packaging"))
        try:
            import size_report  # type: ignore[import-not-found]
        finally:
            sys.path.remove(str(ROOT / "packaging"))
        suffix = ".exe" if os.name == "nt" else ""
        paraat = size_report.build.BUNDLE / f"paraat{suffix}"
        minimal = size_report.SIZE / "dist" / "minimal-window" / f"minimal-window{suffix}"
        if not paraat.is_file() or not minimal.is_file():
            figure.status = "not built"
            figure.note = ("build it with packaging/build.py and packaging/size_report.py --reuse "
                           "(CI does)")
            return figure
        self.say("frozen bundle start")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        data = self.folder / "frozen"
        subprocess.run([str(paraat), "--data-dir", str(data), "demo"], env=env, check=True,
                       stdout=subprocess.DEVNULL, timeout=self.limit)
        command = [str(paraat), "--data-dir", str(data), "--smoke-test"]
        size_report.start_times(command, 1, env)  # warm-up
        size_report.start_times([str(minimal)], 1, env)
        ours: list[float] = []
        bare: list[float] = []
        for _ in range(self.runs):
            ours += [wall for wall, _ in size_report.start_times(command, 1, env)]
            bare += [wall for wall, _ in size_report.start_times([str(minimal)], 1, env)]
        figure.value, figure.reference, figure.samples = median(ours), median(bare), ours
        return figure

    def bare_ms(self) -> float | None:
        value = median(self.bare)
        return value * 1000 if value is not None else None

    def in_window(self, key: str, label: str, target: float, args: list[str],
                  event: str) -> tuple[Figure, Run]:
        self.say(label)
        run = drive([*args, "--settle", str(self.mode.settle)], self.limit)
        samples = [float(line["ms"]) for line in run.lines if line.get("event") == event]
        figure = Figure(key, label, "ms", target, False, median(samples), self.bare_ms(),
                        samples=samples)
        self.note_longest(run, label)
        if run.timed_out:
            figure.status = f"> {self.limit:g} s"
            if samples:
                figure.note = (f"{len(samples)} done before the limit "
                               f"({', '.join(f'{s:,.0f} ms' for s in samples)})")
        elif failure(run):
            figure.status = failure(run)
        return figure, run

    def note_longest(self, run: Run, label: str) -> None:
        """Every stretch the child reported, named by what it was doing (a page's first show
        names the page)."""
        for line in run.lines:
            if "longest_ms" in line:
                what = (f"first show of the page '{line['page']}', {label}" if "page" in line
                        else f"{label}: {line['field']}" if "field" in line else label)
                self.longest_gui.append((float(line["longest_ms"]), what))

    def edits(self, folders: dict[str, Path]) -> list[Figure]:
        entries = f"{self.mode.stock:,} entries"
        return [self.in_window(f"edit_{name}", f"one edit in the window, {what}", target,
                               ["edit", "--data-dir", str(folders[name]),
                                "--edits", str(self.mode.edits)], "edit")[0]
                for name, what, target in (("demo", "demo household", 50.0),
                                           ("keep", f"{entries} that keep", 100.0),
                                           ("soon", f"{entries} that go off soon", 100.0))]

    def pages(self, folders: dict[str, Path]) -> list[Figure]:
        """Every page opened for the first time in a window with 20,000 entries that go off
        soon and 2,000 contacts (pages are built on first show), then one edit: the longest
        stretch of each goes into the "longest stretch" figure."""
        label = f"{self.mode.stock:,} entries that go off soon"
        self.say(f"first show of every page, {label}")
        run = drive(["pages", "--data-dir", str(folders["soon"]), "--settle",
                     str(self.mode.settle)], self.limit * 3)
        self.note_longest(run, label)
        shown = {line["page"]: float(line["longest_ms"]) for line in run.lines
                 if line.get("event") == "page"}
        ready = next((line for line in run.lines if line.get("event") == "ready"), None)
        if ready is not None and shown:  # until idle after start: the check of every row, in steps
            shown = {"after start": float(ready.get("longest_ms", 0.0)), **shown}
        worst = max(shown.items(), key=lambda pair: pair[1], default=None)
        figure = Figure("page_first_show", f"longest stretch opening a page the first time, {label}",
                        "ms", 100.0, False, worst[1] if worst else None, self.bare_ms(),
                        samples=list(shown.values()))
        figure.note = ", ".join(f"{page} {ms:,.0f} ms" for page, ms in shown.items())
        if run.timed_out:
            figure.status = f"> {self.limit * 3:g} s"
        elif failure(run):
            figure.status = failure(run)
        elif worst is None:
            figure.status = "failed: not measured"
        return [figure]

    def searches(self, folders: dict[str, Path]) -> list[Figure]:
        import tests.perf.drive as driver  # only its table of fields: no Qt work here

        label = f"typing in the search fields, {self.mode.stock:,} entries"
        whole, run = self.in_window("search", label, 50.0,
                                    ["search", "--data-dir", str(folders["keep"])], "none")
        by_field = {line["field"]: line for line in run.lines if line.get("event") == "search"}
        figures = []
        for _, _, name, word in driver.SEARCHES:
            line = by_field.get(name)
            # the time the window was busy with each key (drive.py: until idle also holds Qt's
            # 160 ms fade-in of the clear button on the first key, while nothing is busy)
            samples = [float(ms) for ms in line.get("busy_ms", line["ms"])] if line else []
            figure = Figure(f"search_{name.split('.')[0]}",
                            f"typing in {name} ('{word}'), {self.mode.stock:,} entries, per key",
                            "ms", 50.0, False, median(samples), self.bare_ms(), samples=samples)
            figure.problem = str(line.get("problem", "")) if line else ""
            if line and "busy_ms" in line:
                until = [float(ms) for ms in line["ms"]]
                figure.note = (f"busy per key; until idle {median(until) or 0:,.0f} ms median, "
                               f"first key {until[0]:,.0f} ms (the clear button fading in)")
            if not line:
                figure.status = whole.status or "failed: not measured"
            figures.append(figure)
        return figures

    def documents(self) -> list[Figure]:
        self.say("full plan PDF, demo household")
        run = drive(["pdf", "--runs", str(max(self.runs, 3))], self.limit)
        samples = [float(line["ms"]) for line in run.lines if line.get("event") == "pdf"]
        plan = Figure("pdf_plan", "full plan PDF, demo household (in process)", "ms", 500.0,
                      False, median(samples), self.bare_ms(), samples=samples)
        plan.status = f"> {self.limit:g} s" if run.timed_out else failure(run)
        small, middle, large = self.mode.checklist
        self.say(f"kit checklist PDF, {small:,} / {middle:,} / {large:,} entries")
        run = drive(["checklist", "--entries", *map(str, self.mode.checklist)], self.limit * 3)
        times = {int(line["entries"]): float(line["ms"]) for line in run.lines
                 if line.get("event") == "checklist"}
        status = f"> {self.limit * 3:g} s" if run.timed_out else failure(run)
        checklist = Figure("checklist_large", f"kit checklist PDF, {large:,} entries", "ms",
                           3000.0, False, times.get(large), self.bare_ms(),
                           samples=[times[count] for count in sorted(times)])
        checklist.note = ", ".join(f"{count:,}: {ms:,.0f} ms" for count, ms in sorted(times.items()))
        linear = Figure("checklist_linear", f"kit checklist {large:,} against {small:,} entries "
                        f"(linear: {large / small:g}×)", "ms", 1.25 * large / small, True,
                        times.get(large), times.get(small), f"{small:,} entries")
        checklist.status = linear.status = status if large not in times else ""
        return [plan, checklist, linear]

    def kit_page(self, folders: dict[str, Path]) -> list[Figure]:
        """The kit page built and shown with 20,000 entries that go off soon (a table and a
        summary, not a widget per entry): its time, and its widgets against the demo's."""
        label = f"kit page built and shown, {self.mode.stock:,} entries that go off soon"
        built, run = self.in_window("kitpage_soon", label, 1000.0,
                                    ["kitpage", "--data-dir", str(folders["soon"])], "kitpage")
        demo = drive(["kitpage", "--data-dir", str(folders["demo"]), "--settle",
                      str(self.mode.settle)], self.limit)
        counts = [line["widgets"] for line in run.lines if line.get("event") == "kitpage"]
        demo_counts = [line["widgets"] for line in demo.lines if line.get("event") == "kitpage"]
        widgets = Figure("kitpage_widgets", f"kit page widgets, {self.mode.stock:,} entries "
                         "that go off soon, against the demo household", "widgets", 1.0, True,
                         median(counts), median(demo_counts), "demo household")
        if not counts or not demo_counts:
            widgets.status = built.status or failure(demo) or "failed: not measured"
        return [built, widgets]

    def idle(self, folders: dict[str, Path]) -> Figure:
        seconds = self.mode.idle_seconds
        label = f"CPU while idle {seconds:g} s, demo household"
        self.say(label)
        run = drive(["idle", "--data-dir", str(folders["demo"]), "--seconds", str(seconds),
                     "--settle", str(self.mode.settle)], self.limit + seconds)
        values = [float(line["cpu_ms"]) for line in run.lines if line.get("event") == "idle"]
        figure = Figure("idle_cpu", label, "ms", 20.0 * seconds / 30, False, median(values),
                        self.bare_ms(), samples=values)
        figure.status = f"> {self.limit + seconds:g} s" if run.timed_out else failure(run)
        return figure

    def save(self) -> Figure:
        from tests.perf.test_save_speed import measure

        self.say("one durable save")
        folder = self.folder / "save"
        folder.mkdir()
        numbers = measure(folder, self.mode.save_rounds)
        return Figure("durable_save", "one durable save (median)", "ms", 30.0, False,
                      numbers["save_ms"], numbers["bare_commit_ms"], "bare SQLite commit")

    def longest(self) -> Figure:
        worst = max(self.longest_gui, default=None)
        figure = Figure("longest_gui", "longest stretch on the GUI thread after start", "ms",
                        100.0, False, worst[0] if worst else None, self.bare_ms())
        if worst:
            figure.note = f"during: {worst[1]}"
        else:
            figure.status = "failed: not measured"
        return figure

    def everything(self) -> list[Figure]:
        folders = self.households()
        figures = self.starts(folders)
        figures.append(self.frozen())
        figures += self.edits(folders)
        figures += self.searches(folders)
        figures += self.kit_page(folders)
        figures += self.pages(folders)
        figures += self.documents()
        figures.append(self.idle(folders))
        figures.append(self.save())
        figures.append(self.longest())
        return figures


def report(figures: Sequence[Figure], mode: Mode, runs: int, bench: Bench) -> dict[str, Any]:
    return {
        "mode": mode.name,
        "runs": runs,
        "when": dt.datetime.now().isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "system": platform.platform(),
                    "cpus": os.cpu_count(), "load": list(os.getloadavg()) if hasattr(os, "getloadavg") else []},
        "bare_window": {"start_seconds": bench.bare, "peak_rss_mib": bench.bare_rss},
        "figures": [figure.as_json() for figure in figures],
    }


def exit_code(figures: Sequence[Figure], check: bool) -> int:
    if any(figure.status.startswith("failed") for figure in figures):
        return 2
    if check and any(figure.met is False for figure in figures):
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="1 run, small data, 3 s idle, short limits (what CI runs)")
    parser.add_argument("--runs", type=int, help="rounds of the whole-process figures (default 5)")
    parser.add_argument("--limit", type=float, help="seconds allowed per figure (default 60)")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON,
                        help=f"where the JSON goes (default {DEFAULT_JSON.relative_to(ROOT)})")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--only", choices=("starts",),
                        help="measure only these figures (starts: start and peak RSS, the quickest)")
    args = parser.parse_args(argv)
    mode = QUICK if args.quick else FULL
    runs = args.runs or mode.runs
    limit = args.limit or mode.limit
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="paraat-bench-") as temp:
        bench = Bench(mode, runs, limit, Path(temp),
                      say=lambda text: print(f"… {text}", file=sys.stderr, flush=True))
        figures = bench.starts(bench.households()) if args.only == "starts" else bench.everything()
    data = report(figures, mode, runs, bench)
    data["seconds"] = time.perf_counter() - started
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"Paraat benchmark, {mode.name} mode, {runs} run(s), medians; "
          f"took {data['seconds']:.0f} s; JSON in {args.json}")
    print(table(figures))
    return exit_code(figures, args.check)


if __name__ == "__main__":
    sys.exit(main())
