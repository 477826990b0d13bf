"""The benchmark runner (tests/perf/run.py): its ratios, targets, table, JSON and exit codes
with made-up timings, and its whole-process measurement of the bare window for real.

The runner itself is not part of the test run (``python -m tests.perf.run --quick`` in .ci/run
proves it works end to end); these tests are quick.
"""

from __future__ import annotations

import json
import sys

import pytest

from tests.perf import run
from tests.perf.run import FULL, QUICK, Figure, exit_code, table


def figures() -> list[Figure]:
    return [
        Figure("start_demo", "start, demo", "s", 2.0, True, value=0.9, reference=0.15),
        Figure("rss_demo", "peak RSS", "MiB", 1.5, True, value=72.0, reference=50.0),
        Figure("edit_demo", "one edit, demo", "ms", 50.0, False, value=46.0, reference=150.0),
        Figure("edit_soon", "one edit, soon", "ms", 100.0, False, status="> 60 s"),
        Figure("start_frozen", "frozen", "s", 2.0, True, status="not built"),
        Figure("search_kit", "kit search", "ms", 50.0, False, value=3.0, reference=150.0,
               problem="typed 'water', the field holds ''"),
    ]


def test_ratios_and_targets() -> None:
    start, rss, edit, over, frozen, search = figures()
    assert start.ratio == pytest.approx(6.0)  # 0.9 / 0.15
    assert start.met is False  # 6× against ≤ 2×
    assert rss.ratio == pytest.approx(1.44) and rss.met is True
    assert edit.ratio == pytest.approx(46 / 150)
    assert edit.met is True  # an absolute target: 46 ms ≤ 50 ms, whatever the ratio
    assert Figure("edit", "e", "ms", 50.0, False, value=51.0, reference=1000.0).met is False
    assert Figure("r", "r", "s", 2.0, True, value=0.3, reference=0.15).met is True  # 2.0× exactly
    assert over.met is False and over.ratio is None  # over the time limit is a miss
    assert frozen.met is None  # not built: neither met nor missed
    assert search.met is False  # quick, but the field does not keep what was typed
    assert Figure("x", "x", "s", 2.0, True, value=1.0, reference=0.0).ratio is None


def test_table_rows() -> None:
    text = table(figures())
    lines = text.splitlines()
    assert lines[0] == "| figure | Paraat | reference | ratio | target | |"
    assert lines[2] == "| start, demo | 0.900 s | 0.150 s (bare window) | 6.00× | ≤ 2× | ✘ |"
    assert lines[3] == "| peak RSS | 72 MiB | 50 MiB (bare window) | 1.44× | ≤ 1.5× | ✔ |"
    assert lines[4] == "| one edit, demo | 46.0 ms | 150 ms (bare window) | 0.31× | ≤ 50 ms | ✔ |"
    assert lines[5] == "| one edit, soon | > 60 s | – | – | ≤ 100 ms | ✘ |"
    assert lines[6] == "| frozen | not built | – | – | ≤ 2× | – |"
    assert lines[7].startswith("| kit search | 3.0 ms (!) |") and lines[7].endswith("| ✘ |")
    assert "- kit search: typed 'water', the field holds ''" in lines


def test_json_and_exit_codes(tmp_path) -> None:
    rows = figures()
    data = json.loads(json.dumps([row.as_json() for row in rows]))
    assert data[0]["key"] == "start_demo" and data[0]["ratio"] == pytest.approx(6.0)
    assert data[0]["met"] is False and data[1]["met"] is True and data[4]["met"] is None
    assert exit_code(rows, check=False) == 0  # a missed target fails only with --check
    assert exit_code(rows, check=True) == 1
    met = [row for row in rows if row.met is not False]
    assert exit_code(met, check=True) == 0
    crashed = Figure("edit_keep", "edit", "ms", 100.0, False, status="failed: exit 1")
    assert exit_code([*met, crashed], check=False) == 2


def test_modes() -> None:
    assert (FULL.runs, FULL.stock, FULL.contacts, FULL.idle_seconds) == (5, 20_000, 2_000, 30.0)
    assert FULL.checklist == (5_000, 10_000, 20_000)
    assert QUICK.runs == 1 and QUICK.idle_seconds == 3.0 and QUICK.limit < FULL.limit
    assert QUICK.stock < FULL.stock


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="os.wait4's maxrss")
def test_bare_window_start_and_peak_memory() -> None:
    measured = run.start(run.bare_command(), limit=60)
    assert measured.code == 0, measured.error
    assert not measured.timed_out
    assert 0.01 < measured.seconds < 60
    assert 20 < measured.rss_mib < 1000  # a Qt process: tens of MiB, its own and not ours


def test_time_limit_stops_a_child() -> None:
    measured = run.start([sys.executable, "-c", "import time; time.sleep(30)"], limit=0.5)
    assert measured.timed_out and measured.seconds < 10
    driven = run.drive(["idle", "--data-dir", "/nonexistent", "--seconds", "30"], limit=0.2)
    assert driven.timed_out or driven.code != 0  # never a hang


def test_driver_edits_the_real_window(tmp_path) -> None:
    """drive.py starts the real Paraat, types a member's name, Enter: saved and timed."""
    from tests.perf.households import make_demo

    folder = make_demo(tmp_path / "demo")
    driven = run.drive(["edit", "--data-dir", str(folder), "--edits", "1", "--settle", "0.1"],
                       limit=60)
    assert run.failure(driven) == "" and not driven.timed_out, driven.error
    events = [line["event"] for line in driven.lines]
    assert events == ["ready", "edit", "exit"]
    edit = driven.lines[1]
    assert 0 < edit["ms"] < 60_000 and 0 < edit["longest_ms"] <= edit["ms"]


def test_driver_opens_every_page_and_the_runner_names_the_worst_stretch(tmp_path) -> None:
    """drive.py pages: each page's first show timed, then an edit; the runner's "longest
    stretch on the GUI thread" says which page (or the edit) it was."""
    from tests.perf.households import make_demo

    folder = make_demo(tmp_path / "demo")
    driven = run.drive(["pages", "--data-dir", str(folder), "--settle", "0.1"], limit=120)
    assert run.failure(driven) == "" and not driven.timed_out, driven.error
    shown = [line["page"] for line in driven.lines if line["event"] == "page"]
    assert {"overview", "kit", "together", "print"} <= set(shown)
    assert [line["event"] for line in driven.lines][-2:] == ["edit", "exit"]
    bench = run.Bench(run.QUICK, 1, 60.0, tmp_path, say=lambda text: None)
    bench.note_longest(driven, "demo household")
    slowest = max(driven.lines[1:-1], key=lambda line: line["longest_ms"])
    figure = bench.longest()
    assert figure.value == slowest["longest_ms"]
    where = f"'{slowest['page']}'" if "page" in slowest else "demo household"
    assert where in figure.note
