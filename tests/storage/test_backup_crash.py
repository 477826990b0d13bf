"""Crash-replay for backup rotation: a crash (as a power cut) and a full disk at EVERY
file-system step of the daily backup at start (which prunes an existing set of generations)
and of putting a backup back. Uses tests/fault_injection.py.

After each crash, the next start must find: a verified newest backup that is the old newest
or the new one; every file with a backup's final name passes its full check; the household's
file unchanged (or, for a restore, either unchanged or the restored state with the state just
before it kept as a backup); the crashed writer's temp file cleaned; no backup lost that a
complete run keeps. After each injected ENOSPC: the error reaches the caller unless the backup
was really made (and checked), and nothing good is deleted.
"""

from __future__ import annotations

import datetime as dt
import errno
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.demo import demo_household, demo_stock
from app.core.records import Member
from app.storage import backups
from app.storage.repository import Repository
from tests import fault_injection

NOW = dt.datetime(2026, 11, 28, 9, 30, 15)
DAYS = 40


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder: the household's file and one backup a day for 40 days, none pruned yet;
    the data changed since the newest backup, so the next start makes one and prunes."""
    root = tmp_path_factory.mktemp("scene")
    repository = Repository.open(root / "paraat.sqlite3")
    try:
        repository.replace_all(demo_household(), demo_stock(NOW.date()))
        for day in range(DAYS, 0, -1):
            repository.set_setting("kit_hours", str(24 + day))
            backups.make_backup(repository.connection, root / "backups", "start",
                                NOW - dt.timedelta(days=day, hours=1), prune_after=False)
        repository.add("member", Member(name="Vandaag"))  # the change since the newest backup
    finally:
        repository.close()
    return root


def _scene(template: Path, where: Path) -> Path:
    shutil.copytree(template, where)
    return where


def _connect(root: Path) -> sqlite3.Connection:
    return sqlite3.connect(root / "paraat.sqlite3", isolation_level=None)


def _fingerprint(path: Path) -> str:
    connection = backups.open_read_only(path)
    try:
        return backups.data_fingerprint(connection)
    finally:
        connection.close()


def _final_backups(folder: Path) -> dict[str, int | None]:
    return {info.path.name: info.sequence for info in backups.list_backups(folder, summarize=False)}


def _temps(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if backups.TEMP_SUFFIX in path.name)


def _start(root: Path) -> Callable[[], object]:
    def action() -> object:
        connection = _connect(root)
        try:
            return backups.backup_at_start(connection, root / "backups", NOW)
        finally:
            connection.close()
    return action


def _restore(root: Path, source: str) -> Callable[[], object]:
    def action() -> object:
        connection = _connect(root)
        try:
            return backups.restore_backup(connection, root / "backups",
                                          root / "backups" / source, NOW)
        finally:
            connection.close()
    return action


class Expected:
    """What the template holds and what a complete run leaves."""

    def __init__(self, template: Path, tmp: Path, make: Callable[[Path], Callable[[], object]]):
        self.folder_before = _final_backups(template / "backups")
        self.newest_before = backups.newest_verified(template / "backups").path.name
        self.live_before = _fingerprint(template / "paraat.sqlite3")
        self.live_bytes = (template / "paraat.sqlite3").read_bytes()
        done = _scene(template, tmp / "complete")
        self.steps = fault_injection.list_steps(make(done))
        result = make(_scene(template, tmp / "again"))()
        self.new_name = result.path.name
        self.after = _final_backups(done / "backups")
        self.kept = set(self.after) - {self.new_name}
        self.live_after = _fingerprint(done / "paraat.sqlite3")
        assert self.new_name in self.after
        assert len(self.kept) < len(self.folder_before), "the scene must prune"


def _check_next_start(root: Path, expected: Expected, restored: bool = False) -> None:
    folder = root / "backups"
    found = _final_backups(folder)
    # every file with a final name is a whole, checked backup
    for name in found:
        assert backups.check_file(folder / name, full=True).ok, name
    # nothing that a complete run keeps is gone
    assert expected.kept <= set(found)
    assert set(found) <= set(expected.folder_before) | {expected.new_name}
    # the newest verified backup is the old newest or the new one
    newest = backups.newest_verified(folder)
    if expected.new_name in found:
        assert newest.path.name == expected.new_name
        assert newest.sequence == max(seq for seq in expected.folder_before.values()) + 1
    else:
        assert newest.path.name == expected.newest_before
    live = _fingerprint(root / "paraat.sqlite3")
    if not restored:
        assert (root / "paraat.sqlite3").read_bytes() == expected.live_bytes
    elif live != expected.live_before:
        # put back: only ever after the state before it was kept as a checked backup
        assert live == expected.live_after
        assert expected.new_name in found
        assert _fingerprint(folder / expected.new_name) == expected.live_before


def _crash_every_step(template: Path, tmp: Path, make: Callable[[Path], Callable[[], object]],
                      restored: bool = False) -> int:
    expected = Expected(template, tmp, make)
    assert expected.steps, "the harness must see the steps"
    for n in range(len(expected.steps)):
        root = _scene(template, tmp / f"crash-{n}")
        assert fault_injection.crash_at(make(root), n), expected.steps[n]
        try:
            _check_next_start(root, expected, restored)
        except AssertionError as error:
            raise AssertionError(f"after a crash before step {n} ({expected.steps[n]})") from error
        # the next start removes what the crashed writer left, and makes its own backup
        connection = _connect(root)
        try:
            backups.backup_at_start(connection, root / "backups", NOW + dt.timedelta(days=1))
        finally:
            connection.close()
        assert _temps(root / "backups") == []
        shutil.rmtree(root)
    assert not fault_injection.crash_at(make(_scene(template, tmp / "end")), len(expected.steps))
    return len(expected.steps)


def _fail_every_step(template: Path, tmp: Path, make: Callable[[Path], Callable[[], object]],
                     restored: bool = False) -> int:
    expected = Expected(template, tmp, make)
    replace_step = next(n for n, step in enumerate(expected.steps)
                        if step.startswith("replace ") and expected.new_name in step)
    for n, step in enumerate(expected.steps):
        root = _scene(template, tmp / f"full-{n}")
        outcome = fault_injection.fail_at(make(root), n, errno.ENOSPC)
        where = f"disk full at step {n} ({step})"
        if isinstance(outcome, backups.BackupInfo):
            # told "made": only when it was made, whole and checked, and that failed step
            # could not stop it (a folder that was there already, an old backup not deleted)
            assert ((n > replace_step + 1 and step.startswith("unlink "))
                    or step.startswith("mkdir ")), where
            assert outcome.path.name == expected.new_name, where
            assert backups.check_file(outcome.path, full=True).ok, where
        else:
            assert isinstance(outcome, (OSError, sqlite3.Error, backups.BackupError)), (
                where, outcome)
            assert n <= replace_step + 1, where  # the folder's fsync is the last step that counts
        assert _temps(root / "backups") == [], where
        try:
            _check_next_start(root, expected, restored)
        except AssertionError as error:
            raise AssertionError(where) from error
        if not isinstance(outcome, backups.BackupInfo) and restored:
            assert _fingerprint(root / "paraat.sqlite3") == expected.live_before, where
        shutil.rmtree(root)
    return len(expected.steps)


def test_crash_at_every_step_of_the_backup_at_start(template: Path, tmp_path: Path) -> None:
    points = _crash_every_step(template, tmp_path, _start)
    print(f"\nbackup at start with pruning: {points} crash points:",
          *fault_injection.list_steps(_start(_scene(template, tmp_path / "list"))), sep="\n  ")
    assert points > 10


def test_full_disk_at_every_step_of_the_backup_at_start(template: Path, tmp_path: Path) -> None:
    points = _fail_every_step(template, tmp_path, _start)
    print(f"\nbackup at start with pruning: {points} ENOSPC points")


def _oldest_kept(template: Path) -> str:
    return backups.list_backups(template / "backups", summarize=False)[5].path.name


def test_crash_at_every_step_of_a_restore(template: Path, tmp_path: Path) -> None:
    source = _oldest_kept(template)
    points = _crash_every_step(template, tmp_path, lambda root: _restore(root, source),
                               restored=True)
    print(f"\nrestore: {points} crash points")
    assert points > 5


def test_full_disk_at_every_step_of_a_restore(template: Path, tmp_path: Path) -> None:
    source = _oldest_kept(template)
    points = _fail_every_step(template, tmp_path, lambda root: _restore(root, source),
                              restored=True)
    print(f"\nrestore: {points} ENOSPC points")
