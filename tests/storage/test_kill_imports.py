"""kill -9 at a random moment during a real import: all or nothing, and the file stays whole.

Each run copies a database that already holds the demo household (members, contacts, stock)
and starts the real command line in a child process::

    python -m app --data-dir D import-supplies big.csv           (1,000 rows)
    python -m app --data-dir D import-contacts big.vcf --all     (400 cards, 800 numbers)

and sends it SIGKILL after a random delay. After every kill the file must open with Paraat's
``open_database``, ``PRAGMA integrity_check`` must say "ok", the household data that was there
must be exactly as before, and the import must be there completely or not at all.

The kills cover the whole run, start-up of Python included: half of them at a random moment
spread evenly over the time a complete import takes (a little beyond, so some runs finish),
the other half at a random moment while the database is being written: the test waits for
SQLite's rollback journal (``paraat.sqlite3-journal``, present from the first write of the
transaction until the commit has deleted it) and kills within the time the journal lasts.
Both times are measured first from complete imports (medians of two, three in the long
form). Each run is counted by
where the kill landed:

* **before** the write: no journal, nothing imported;
* **during** the write: the journal was there at the moment of the kill (a hot journal, which
  the next open rolls back), so nothing may be imported;
* **after** the commit: no journal, everything imported;
* **finished**: the child had already exited by itself.

Short form (default, well under a minute): 16 kills per format. Long form, 200 kills per
format::

    PARAAT_LONG_TESTS=1 /tmp/venv/bin/python -m pytest tests/storage/test_kill_imports.py -s

``-s`` shows the counts. ``PARAAT_KILL_SEED`` repeats the delays of an earlier run (the seed is
printed). POSIX only: Windows has no SIGKILL.
"""

from __future__ import annotations

import collections
import datetime as dt
import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.commands import create_demo
from app.paths import DATABASE_NAME
from app.storage.database import open_database
from app.storage.repository import Repository

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL needs POSIX")

LONG = os.environ.get("PARAAT_LONG_TESTS") == "1"
KILLS = 200 if LONG else 16
CALIBRATIONS = 3 if LONG else 2
ROWS = 1000
CARDS = 400
JOURNAL = DATABASE_NAME + "-journal"
TODAY = dt.date(2026, 3, 10)


@dataclass(frozen=True)
class Format:
    name: str
    command: str  # the CLI subcommand
    file_name: str
    extra: tuple[str, ...]
    tables: tuple[str, ...]  # where the import adds rows, in that order of check
    added: tuple[int, ...]  # how many rows a complete import adds to each of them


SUPPLIES = Format("supplies", "import-supplies", "big.csv", (), ("stock",), (ROWS,))
CONTACTS = Format("contacts", "import-contacts", "big.vcf", ("--all",),
                  ("contact", "contact_phone"), (CARDS, 2 * CARDS))


def supplies_csv() -> str:
    lines = ["artikel;naam;hoeveelheid;eenheid;plek;houdbaar tot"]
    lines += [f"own;Blik soep {index};{index % 9 + 1};stuks;kelder;{index % 28 + 1:02d}-05-2028"
              for index in range(ROWS)]
    return "\r\n".join(lines) + "\r\n"


def contacts_vcf() -> str:
    return "".join(
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"FN:Buur {index}\r\nN:{index};Buur;;;\r\n"
        f"TEL;TYPE=CELL:06-{20000000 + index}\r\nTEL;TYPE=HOME:030-{2000000 + index}\r\n"
        f"NOTE:Sleutel van huis {index}\r\nEND:VCARD\r\n"
        for index in range(CARDS))


def dump(connection: sqlite3.Connection) -> dict[str, list[tuple]]:
    """Every row of every table, in rowid order."""
    names = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {name: [tuple(row) for row in connection.execute(f'SELECT * FROM "{name}"')]
            for name in names}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the demo household, the import files, and what the database held."""
    root = tmp_path_factory.mktemp("kill")
    repository = Repository.open(root / "template.sqlite3")
    create_demo(repository, today=TODAY)
    repository.close()
    (root / SUPPLIES.file_name).write_text(supplies_csv(), encoding="utf-8", newline="")
    (root / CONTACTS.file_name).write_text(contacts_vcf(), encoding="utf-8", newline="")
    return root


def start(workspace: Path, folder: Path, kind: Format) -> subprocess.Popen[bytes]:
    folder.mkdir()
    shutil.copyfile(workspace / "template.sqlite3", folder / DATABASE_NAME)
    command = [sys.executable, "-m", "app", "--data-dir", str(folder), kind.command,
               str(workspace / kind.file_name), *kind.extra]
    return subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env={**os.environ, "LANGUAGE": "nl"})


def calibrate(workspace: Path, kind: Format, runs: int = CALIBRATIONS) -> tuple[float, float]:
    """(duration, write): medians over complete runs of the whole run and of the time the
    journal was seen, in seconds. Each run is checked like a killed one."""
    durations, writes = [], []
    for run in range(runs):
        folder = workspace / f"calibrate-{kind.name}-{run}"
        journal = folder / JOURNAL
        began = time.monotonic()
        child = start(workspace, folder, kind)
        seen: list[float] = []
        while child.poll() is None:
            if journal.exists():
                seen.append(time.monotonic())
            time.sleep(0.0005)  # a busy loop would slow the child down on a small machine
        durations.append(time.monotonic() - began)
        assert child.returncode == 0, child.stderr.read().decode() if child.stderr else ""
        if child.stderr:
            child.stderr.close()
        writes.append(seen[-1] - seen[0] if seen else 0.0)
    return statistics.median(durations), max(statistics.median(writes), 0.005)


@dataclass(frozen=True)
class Kill:
    """When to kill: ``delay`` seconds after the start, or after the journal appeared."""

    delay: float
    in_the_write: bool


def plan(rng: random.Random, count: int, duration: float, write: float) -> list[Kill]:
    """Half spread evenly over the whole run (and 10 % beyond), half over the write; shuffled.

    Timing the second half from the moment the journal appears keeps it on the write even
    when the machine is busier or quieter than while calibrating.
    """
    anywhere = count - count // 2
    result = [Kill(duration * 1.1 * (index + rng.random()) / anywhere, False)
              for index in range(anywhere)]
    result += [Kill(write * 1.2 * (index + rng.random()) / (count // 2), True)
               for index in range(count // 2)]
    rng.shuffle(result)
    return result


def check_after_kill(path: Path, before: dict[str, list[tuple]], kind: Format) -> bool:
    """Assert the file is whole and the import all or nothing; True when it is all there."""
    connection = open_database(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        after = dump(connection)
    finally:
        connection.close()
    for table, rows in before.items():
        if table not in kind.tables:
            assert after[table] == rows, f"{table} changed"
        else:
            assert after[table][:len(rows)] == rows, f"rows already in {table} changed"
    added = tuple(len(after[table]) - len(before[table]) for table in kind.tables)
    assert added in ((0,) * len(kind.tables), kind.added), f"partial import: {added}"
    return added == kind.added


@pytest.mark.parametrize("kind", [SUPPLIES, CONTACTS], ids=lambda kind: kind.name)
def test_kill_during_import_is_all_or_nothing(workspace: Path, kind: Format) -> None:
    seed = int(os.environ.get("PARAAT_KILL_SEED", random.randrange(2**32)))
    rng = random.Random(seed)
    connection = open_database(workspace / "template.sqlite3")
    try:
        before = dump(connection)
    finally:
        connection.close()
    assert all(before[table] for table in kind.tables)  # an import on top of real data
    duration, write = calibrate(workspace, kind)
    for run in range(CALIBRATIONS):  # an import that is not killed adds everything
        assert check_after_kill(workspace / f"calibrate-{kind.name}-{run}" / DATABASE_NAME,
                                before, kind)
    outcomes: collections.Counter[str] = collections.Counter()
    kills = plan(rng, KILLS, duration, write)
    # On a busy machine the imports run slower than while calibrating, so the planned late kills
    # may all land before the commit; then kill later and later (at most 5 more runs) until one
    # lands after it, so both ends are always tried.
    late = [Kill(duration * 2 ** step, False) for step in range(1, 6)]
    for run, kill in enumerate([*kills, *late]):
        if run >= len(kills) and outcomes["after"] + outcomes["finished"] > 0:
            break
        outcomes[_kill_once(workspace, kind, before, run, kill, seed)] += 1
    print(f"\nkill -9 {kind.name}: {KILLS} runs (seed {seed}); complete run {duration:.2f} s, "
          f"journal seen for {write:.3f} s; killed before the write "
          f"{outcomes['before']}, during the write {outcomes['during']}, after the commit "
          f"{outcomes['after']}, finished before the kill {outcomes['finished']}; "
          "0 partial, 0 corrupt")
    assert outcomes["before"] > 0  # the early kills really stopped an import
    assert outcomes["after"] + outcomes["finished"] > 0  # and the late ones found it complete


def _kill_once(workspace: Path, kind: Format, before: dict[str, list[tuple]], run: int, kill: Kill,
               seed: int) -> str:
    """Start one import, kill it as ``kill`` says, check the file; where the kill landed."""
    folder = workspace / f"{kind.name}-{run}"
    child = start(workspace, folder, kind)
    if kill.in_the_write:
        while child.poll() is None and not (folder / JOURNAL).exists():
            time.sleep(0.0002)
    time.sleep(kill.delay)
    finished = child.poll() is not None
    if not finished:
        os.kill(child.pid, signal.SIGKILL)
    child.wait()
    hot = (folder / JOURNAL).exists()  # the child is gone: this is what it left behind
    if child.stderr:
        child.stderr.close()
    try:
        complete = check_after_kill(folder / DATABASE_NAME, before, kind)
    except AssertionError as error:
        raise AssertionError(f"run {run}, {kill}, seed {seed}: {error}") from None
    if finished:
        assert child.returncode == 0 and complete
        outcome = "finished"
    elif hot:
        assert not complete, "a hot journal, yet the import stayed"
        outcome = "during"
    else:
        outcome = "after" if complete else "before"
    shutil.rmtree(folder)
    return outcome
