"""Power loss during saves: no confirmed save lost, no damaged file, no half transaction.

The harness is ``tests/storage/power_loss.py`` with ``simulated_disk.py`` (RELIABILITY.md
§1.4-1.5, issue 7): real saves through the Repository on a simulated disk that forgets, tears
or keeps each unsynced write when the power is cut at a random I/O operation; the disk left
behind is opened with stdlib sqlite3 through open_database and checked. The same harness must see the failures of unsafe
settings (the negative controls), or it could not prove anything about the project's own.

Short form (CI, about half a minute): 200 runs with the project's settings, 20-40 per control.
Long form: ``PARAAT_LONG_TESTS=1 python -m pytest tests/storage/test_power_loss.py`` (2000 runs
with the project's settings, 200 per control). ``PARAAT_POWER_LOSS_SEED=<n>`` picks other
random streams. A table for the report, any number of runs, all configurations::

    python -m tests.storage.power_loss --runs 2000

Every failure message names its seed and run, and the command that replays that one run.
"""

from __future__ import annotations

import os
import random
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from app.storage.database import open_database
from app.storage.repository import Repository
from tests.storage import power_loss
from tests.storage.power_loss import next_save, read_state, run_many
from tests.storage.simulated_disk import Disk, DiskFile, PowerCut, connect, vfs

LONG = os.environ.get("PARAAT_LONG_TESTS") == "1"
SEED = int(os.environ.get("PARAAT_POWER_LOSS_SEED", "20261128"))
RUNS = 2000 if LONG else 200
# Runs per negative control: enough to see each fail many times over (it fails in most runs).
CONTROL_RUNS = {"sync-off": 30, "wal-normal": 20, "delete-full": 40}
if LONG:
    CONTROL_RUNS = dict.fromkeys(CONTROL_RUNS, 200)


# --- the project's settings ------------------------------------------------------------------


def test_project_settings_lose_no_confirmed_save_and_never_damage_the_file() -> None:
    summary = run_many("project", RUNS, SEED)
    assert summary.runs == RUNS
    assert summary.confirmed > 5 * RUNS, summary.describe()  # cuts fall among many saves
    assert (summary.lost, summary.corrupt, summary.unopenable, summary.half) == (0, 0, 0, 0), \
        summary.describe()


# --- negative controls: the same harness must see unsafe settings fail ----------------------


def test_control_synchronous_off_is_seen_damaging_the_file() -> None:
    summary = run_many("sync-off", CONTROL_RUNS["sync-off"], SEED)
    assert summary.corrupt + summary.unopenable >= summary.runs // 3, summary.describe()


def test_control_wal_normal_is_seen_losing_confirmed_saves_but_stays_consistent() -> None:
    summary = run_many("wal-normal", CONTROL_RUNS["wal-normal"], SEED)
    assert summary.runs_losing >= summary.runs // 3, summary.describe()
    assert summary.lost > summary.runs_losing, summary.describe()  # more than the last save
    # As documented for WAL + NORMAL: durability is lost, consistency is not.
    assert (summary.corrupt, summary.unopenable, summary.half) == (0, 0, 0), summary.describe()


def test_control_full_without_directory_sync_is_seen_losing_the_last_save() -> None:
    """EXTRA differs from FULL only in syncing the directory after the journal is deleted:
    the harness must see FULL lose a save whose call had returned, and only that last one."""
    summary = run_many("delete-full", CONTROL_RUNS["delete-full"], SEED)
    assert summary.runs_losing >= 2, summary.describe()
    assert summary.lost == summary.runs_losing, summary.describe()
    assert (summary.corrupt, summary.unopenable, summary.half) == (0, 0, 0), summary.describe()


def test_failures_name_the_seed_and_how_to_replay_them() -> None:
    summary = run_many("wal-normal", 3, SEED)
    message = summary.describe()
    assert f"seed {SEED}" in message
    assert f"--config wal-normal --seed {SEED} --run " in message
    run = summary.failures[0].run
    again = power_loss.run_once("wal-normal", SEED, run)
    assert again == summary.failures[0]  # reproducible


# --- the parts of the harness ----------------------------------------------------------------


def _write(disk: Disk, name: str, payload: bytes, offset: int = 0) -> None:
    file = DiskFile(disk, disk.names[name], persistent=True)
    file.xWrite(payload, offset)


def test_disk_keeps_synced_writes_and_tears_unsynced_ones_at_sectors() -> None:
    outcomes = set()
    for seed in range(60):
        disk = Disk(random.Random(seed), cut_at=3)
        disk.load("db", b"A" * 2048)
        _write(disk, "db", b"B" * 2048)  # operation 1
        _write(disk, "db", b"C" * 512, offset=2048)  # operation 2: grows the file
        with pytest.raises(PowerCut):
            disk.sync(disk.names["db"])  # operation 3: the power goes first
        after = disk.after_cut["db"]
        sectors = [after[i:i + 512] for i in range(0, 2048, 512)]
        for sector in sectors:  # old, new, or garbage; never half old and half new
            assert sector in (b"A" * 512, b"B" * 512) or set(sector) - set(b"AB")
        assert len(after) in (2048, 2560)
        outcomes.add("".join(chr(sector[0]) if sector[0] in b"AB" else "?" for sector in sectors))
    assert {"AAAA", "BBBB"} <= outcomes and len(outcomes) > 4  # kept, lost and torn
    assert any("?" in outcome for outcome in outcomes)

    disk = Disk(random.Random(1), cut_at=3)
    disk.load("db", b"A" * 2048)
    _write(disk, "db", b"B" * 2048)
    disk.sync(disk.names["db"])
    with pytest.raises(PowerCut):
        _write(disk, "db", b"C" * 2048)
    assert disk.after_cut["db"] == b"B" * 2048
    with pytest.raises(PowerCut):  # no more I/O once the power is off
        DiskFile(disk, disk.names["db"], persistent=True).xRead(1, 0)


@pytest.mark.parametrize("syncdir", [False, True])
def test_disk_may_undo_a_delete_until_the_directory_is_synced(syncdir: bool) -> None:
    present = Counter()
    for seed in range(40):
        disk = Disk(random.Random(seed), cut_at=3)
        disk.load("db", b"D" * 512)
        disk.load("db-journal", b"J" * 512)
        disk.delete("db-journal", syncdir=syncdir)  # operation 1
        disk.create("other", dirsync=False)  # operation 2
        with pytest.raises(PowerCut):
            disk.tick()
        present["db-journal" in disk.after_cut] += 1
        assert disk.after_cut["db"] == b"D" * 512
    if syncdir:
        assert present[True] == 0
    else:
        assert present[True] > 0 and present[False] > 0


def test_the_check_tells_a_lost_save_and_a_half_transaction_from_a_good_file(
        tmp_path: Path) -> None:
    image = power_loss.base().image
    rng, live = random.Random(SEED), power_loss.base().live.copy()
    saves = []
    while not saves or saves[-1].method != "add_many":  # ends with a batch of stock, all or nothing
        saves.append(next_save(rng, live))
    repository = power_loss.reference(image)
    for save in saves:
        save.apply(repository)
    after_all = repository.connection.serialize()
    batch = saves[-1].args[0]
    repository.connection.execute("DELETE FROM stock WHERE id = (SELECT MAX(id) FROM stock)")
    half_batch = repository.connection.serialize()
    repository.close()

    def verify(content: bytes, confirmed: int) -> dict:
        path = tmp_path / f"check-{len(list(tmp_path.iterdir()))}.sqlite3"
        path.write_bytes(content)
        return power_loss._verify(path, saves, confirmed, image)

    n = len(saves)
    assert verify(after_all, n)["outcome"] == "ok"
    assert verify(after_all, n - 1) == {"outcome": "ok", "in_flight_applied": True}
    lost = verify(image, n)  # the file as it was before every one of the n confirmed saves
    assert lost["outcome"] == "lost" and 1 <= lost["lost"] <= n
    assert verify(half_batch, n - 1)["outcome"] == "half"
    assert f"{len(batch) - 1} of {len(batch)} items" in verify(half_batch, n)["detail"]
    assert verify(b"\0" * 4096 + image[4096:], n)["outcome"] in ("unopenable", "corrupt")


def test_saves_are_a_mix_of_every_kind_of_user_action() -> None:
    rng, live = random.Random(SEED), power_loss.base().live.copy()
    methods = Counter(next_save(rng, live).method for _ in range(500))
    assert set(methods) == {"add", "set_field", "delete", "move_member", "add_contacts",
                            "add_many", "delete_many", "set_setting"}


def test_without_a_cut_the_simulated_disk_stores_what_stdlib_sqlite_stores(tmp_path: Path) -> None:
    """The APSW adapter behaves like sqlite3 for every save the harness makes."""
    rng, live = random.Random(SEED), power_loss.base().live.copy()
    disk = vfs().disk = Disk(random.Random(0))
    path = str(tmp_path / "simulated.sqlite3")
    disk.load(path, power_loss.base().image)
    simulated = Repository(open_database(path, connect=connect), path)
    expected = power_loss.reference(power_loss.base().image)
    try:
        for _ in range(60):
            save = next_save(rng, live)
            live.saved(save, save.apply(simulated))
            save.apply(expected)
        assert read_state(simulated) == read_state(expected)
        assert simulated.count("member") >= 2
        with pytest.raises(LookupError):  # rowcount 0 for an UPDATE that matched nothing
            simulated.set_field("member", 10_000, "name", "Niemand")
        connection = simulated.connection
        assert connection.execute("INSERT INTO settings (key, value) VALUES ('x', '1')").rowcount == 1
        many = connection.executemany("UPDATE settings SET value = ? WHERE key = ?",
                                      [("2", "x"), ("3", "x"), ("4", "y")])
        assert many.rowcount == 2
        assert connection.execute("SELECT value FROM settings WHERE key = 'x'").fetchall() == [("3",)]
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("INSERT INTO settings (key, value) VALUES ('x', '5')")
    finally:
        simulated.close()
        expected.close()
    assert disk.ops > 60 and not disk.is_off
    assert not Path(path).exists()  # everything stayed on the simulated disk
