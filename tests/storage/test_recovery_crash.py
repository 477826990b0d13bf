"""Crash-replay of start-up recovery (issue 14, "Done when").

For every file-system step of ``open_or_recover`` on a damaged file with good backups — and the
variants with a hot journal beside the damaged file, with the newest backup damaged, and with a
file whose only damage is its header's write version (byte 18 = 3: salvage repairs it), without
backups and with older backups (the repaired file must win: it has the newest change) — the
start is crashed just before that step (``crash_at``: a forked child dies, as a power cut or
kill -9 would) or that step fails with ENOSPC or EIO (``fail_at``). Then Paraat starts again,
normally, and the test asserts: the household is the chosen backup's data, or the repaired
file's (never an empty or other household), the damaged original is kept byte for byte, the user is told (status
"restored" at every crash point: the recovery journal ends only after the message was shown), and no leftover
(``.restoring``, ``.recovery``, partial copies) remains. A failed step must end in a
``DataFolderError`` (saying the disk is full for ENOSPC) or a finished recovery.

``-s`` prints the number of crash points per path; each must be more than zero.
"""

from __future__ import annotations

import datetime as dt
import errno
from pathlib import Path

import pytest

from app.core.demo import demo_household, demo_stock
from app.storage import backups
from app.storage.database import DataFolderError, transaction
from app.storage.recovery import (
    OK,
    RESTORED,
    acknowledge,
    open_or_recover,
    recovery_journal,
)
from app.storage.repository import Repository
from tests.fault_injection import crash_at, fail_at, list_steps

NOW = dt.datetime(2026, 11, 28, 9, 30)
DAMAGED = b"this is not a database any more " * 300


class Material:
    """Bytes of two good backups (older, newer), a damaged backup and a hot journal."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True)
        database = folder / "paraat.sqlite3"
        repository = Repository.open(database)
        repository.replace_all(demo_household(), demo_stock(NOW.date()))
        older = backups.make_backup(repository.connection, folder / "b", "manual",
                                    NOW - dt.timedelta(days=2))
        repository.set_setting("acknowledged", "the newest change")
        newer = backups.make_backup(repository.connection, folder / "b", "manual",
                                    NOW - dt.timedelta(days=1))
        repository.set_setting("acknowledged", "a change after the newest backup")
        self.older = (older.path.name, older.path.read_bytes())
        self.newer = (newer.path.name, newer.path.read_bytes())
        self.newer_fingerprint = self._fingerprint(newer.path)
        self.older_fingerprint = self._fingerprint(older.path)
        connection = repository.connection
        connection.execute("PRAGMA cache_size = 2")
        try:
            with transaction(connection):
                for table in ("stock", "contact", "member"):
                    connection.execute(f"UPDATE {table} SET notes = hex(randomblob(2000))")
                self.journal = Path(f"{database}-journal").read_bytes()
                raise KeyboardInterrupt
        except KeyboardInterrupt:
            pass
        repository.close()
        assert self.journal[:8] == bytes.fromhex("d9d505f920a163d7")  # synced: a hot journal
        self.latest_fingerprint = self._fingerprint(database)
        latest = bytearray(database.read_bytes())
        latest[18] = 3  # the write version: SQLite would open it read-only
        self.read_only = bytes(latest)
        assert self.latest_fingerprint != self.newer_fingerprint

    @staticmethod
    def _fingerprint(path: Path) -> str:
        connection = backups.open_read_only(path)
        try:
            return backups.data_fingerprint(connection)
        finally:
            connection.close()


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Material:
    return Material(tmp_path_factory.mktemp("material") / "m")


PATHS = ("damaged", "hot_journal", "first_backup_damaged", "read_only_no_backup",
         "read_only_with_backups")


def scene(folder: Path, material: Material, path: str) -> tuple[Path, str, bytes]:
    """Lay out the data folder; returns (database, fingerprint the restore must give, the
    damaged file's bytes)."""
    folder.mkdir(parents=True)
    database = folder / "paraat.sqlite3"
    store = folder / "backups"
    if path.startswith("read_only"):
        database.write_bytes(material.read_only)
        if path == "read_only_with_backups":
            store.mkdir()
            (store / material.older[0]).write_bytes(material.older[1])
            (store / material.newer[0]).write_bytes(material.newer[1])
        return database, material.latest_fingerprint, material.read_only
    database.write_bytes(DAMAGED)
    store.mkdir()
    (store / material.older[0]).write_bytes(material.older[1])
    expected = material.newer_fingerprint
    if path == "first_backup_damaged":
        (store / material.newer[0]).write_bytes(material.newer[1][:6000])
        expected = material.older_fingerprint
    else:
        (store / material.newer[0]).write_bytes(material.newer[1])
    if path == "hot_journal":
        Path(f"{database}-journal").write_bytes(material.journal)
    return database, expected, DAMAGED


def start(folder: Path) -> object:
    """A start as the app makes it: recover, tell the user, then end the recovery journal."""
    repository, outcome = open_or_recover(folder / "paraat.sqlite3", folder / "backups", NOW)
    repository.close()
    acknowledge(folder / "paraat.sqlite3")
    return outcome


def check_next_start(folder: Path, expected: str, damaged: bytes, label: str) -> str:
    """Start again, normally; assert the outcome; returns the status."""
    repository, outcome = open_or_recover(folder / "paraat.sqlite3", folder / "backups", NOW)
    try:
        assert outcome.status in (RESTORED, OK), label
        assert not repository.is_empty(), label
        acknowledge(folder / "paraat.sqlite3")
        assert backups.data_fingerprint(repository.connection) == expected, label
    finally:
        repository.close()
    files = [path for path in folder.iterdir() if path.is_file()]
    kept = [path for path in files if path.read_bytes() == damaged]
    assert kept and all(path.name.startswith("paraat-") and path.name != "paraat.sqlite3"
                        for path in kept), label  # the damaged original, kept aside
    if outcome.status == RESTORED:
        assert outcome.damaged_as is not None and outcome.damaged_as.exists(), label
        assert outcome.restored is not None or outcome.repaired, label
        # The repaired file has a change no backup has: salvage must win over any backup.
        assert outcome.repaired == (damaged != DAMAGED), label
    leftovers = [path.name for path in files
                 if path.name.endswith((".restoring", ".recovery", ".tmp", ".copying"))]
    assert leftovers == [], label
    assert not recovery_journal(folder / "paraat.sqlite3").exists(), label
    return outcome.status


@pytest.mark.parametrize("path", PATHS)
def test_crash_at_every_step_of_recovery(tmp_path: Path, material: Material, path: str) -> None:
    database, expected, damaged = scene(tmp_path / "listed", material, path)
    steps = list_steps(lambda: start(database.parent))
    print(f"\n{path}: {len(steps)} crash points")
    assert len(steps) > 0
    told = 0
    # acknowledge() removes the recovery journal once the message was shown: a crash after
    # that removal (before its folder sync) comes after the user was told.
    ended = steps.index("unlink paraat.sqlite3.recovery")
    for number in range(len(steps)):
        folder = tmp_path / f"crash{number}"
        _, expected, damaged = scene(folder, material, path)
        assert crash_at(lambda folder=folder: start(folder), number), steps[number]
        status = check_next_start(folder, expected, damaged,
                                  f"{path} crash before {number}: {steps[number]}")
        told += status == RESTORED
        assert status == RESTORED or number > ended, steps[number]
    # Every crash comes before a step, so before the user was told (the recovery journal is
    # ended only after the message): the next start must say what was restored every time.
    assert told == ended + 1


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO], ids=["ENOSPC", "EIO"])
@pytest.mark.parametrize("path", PATHS)
def test_write_error_at_every_step_of_recovery(tmp_path: Path, material: Material, path: str,
                                               code: int) -> None:
    database, _, _ = scene(tmp_path / "listed", material, path)
    steps = list_steps(lambda: start(database.parent))
    print(f"\n{path} {errno.errorcode[code]}: {len(steps)} failure points")
    assert len(steps) > 0
    for number in range(len(steps)):
        folder = tmp_path / f"fail{number}"
        _, expected, damaged = scene(folder, material, path)
        label = f"{path} {errno.errorcode[code]} at {number}: {steps[number]}"
        result = fail_at(lambda folder=folder: start(folder), number, code)
        if isinstance(result, BaseException):
            assert isinstance(result, DataFolderError), f"{label}: {result!r}"
            if code == errno.ENOSPC:
                assert result.reason() == "disk_full", label
            assert not (folder / "paraat.sqlite3.restoring").exists(), label
        else:
            assert result.status == RESTORED, label
        check_next_start(folder, expected, damaged, label)
