"""Backups with a wrong clock: set a year ahead, set a year back, file times that lie.

The newest backup is the one with the highest sequence inside the file, never the one with the
latest name or file time; pruning keeps the good recent backups whatever the clock says.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.core.demo import demo_household, demo_stock
from app.core.records import Member
from app.paths import data_location
from app.storage import backups
from app.storage.backups import backup_at_start, make_backup, prune, restore_backup
from app.storage.repository import Repository

NOW = dt.datetime(2026, 11, 28, 9, 30, 15)
YEAR = dt.timedelta(days=365)


@pytest.fixture
def folder(data_dir: Path) -> Path:
    return data_location(data_dir).backups


@pytest.fixture
def filled(repo: Repository) -> Repository:
    repo.replace_all(demo_household(), demo_stock(NOW.date()))
    return repo


def _daily(repo: Repository, folder: Path, days: int, until: dt.datetime) -> list[Path]:
    """One start backup a day for ``days`` days up to ``until``, the data changing each day."""
    made = []
    for day in range(days - 1, -1, -1):
        repo.add("member", Member(name=f"Dag {day}"))
        info = backup_at_start(repo.connection, folder, until - dt.timedelta(days=day))
        assert info is not None
        made.append(info.path)
    return made


def _names(repo: Repository) -> set[str]:
    return {member.name for member in repo.list("member")}


def _members_in(path: Path) -> set[str]:
    connection = backups.open_read_only(path)
    try:
        return {row[0] for row in connection.execute("SELECT name FROM member")}
    finally:
        connection.close()


def test_clock_set_a_year_back_the_new_backup_wins_and_none_is_pruned(
        filled: Repository, folder: Path) -> None:
    good = [path for path in _daily(filled, folder, 20, NOW) if path.exists()]
    filled.add("member", Member(name="Na de klok"))
    back = NOW - YEAR
    new = backup_at_start(filled.connection, folder, back)
    assert new is not None and new.when == back
    # every good backup is dated "in the future" now: none is pruned
    assert all(path.exists() for path in good)
    prune(folder, back)
    assert all(path.exists() for path in good)
    # the newest by content is the one made with the wrong clock, though its name is a year older
    assert backups.newest_verified(folder).path == new.path
    assert backups.list_backups(folder, summarize=False)[0].path == new.path
    assert "Na de klok" in _members_in(backups.newest_verified(folder).path)
    # a second start the same (wrong) day: the data did not change, no extra backup
    assert backup_at_start(filled.connection, folder, back + dt.timedelta(hours=1)) is None


def test_clock_set_a_year_ahead_keeps_the_recent_backups(filled: Repository,
                                                         folder: Path) -> None:
    good = _daily(filled, folder, 20, NOW)
    filled.add("member", Member(name="Klok vooruit"))
    ahead = backup_at_start(filled.connection, folder, NOW + YEAR)
    assert ahead is not None
    # every backup of the last week (by content) is still there, though the clock says a year
    assert all(path.exists() for path in good[-(backups.KEEP_NEWEST - 1):])
    # the clock is put right: the backup dated a year ahead is not pruned, and the new one wins
    filled.add("member", Member(name="Klok goed"))
    fixed = backup_at_start(filled.connection, folder, NOW + dt.timedelta(days=1))
    assert fixed is not None
    assert ahead.path.exists()
    assert all(path.exists() for path in good[-(backups.KEEP_NEWEST - 2):])
    newest = backups.newest_verified(folder)
    assert newest.path == fixed.path
    assert newest.made_at < ahead.made_at  # the stale one has the later date and still loses
    assert "Klok goed" in _members_in(newest.path)


def test_clock_back_and_forth_never_prunes_the_newest_by_content(filled: Repository,
                                                                 folder: Path) -> None:
    made = []
    for moment in (NOW, NOW + YEAR, NOW - YEAR, NOW + dt.timedelta(days=2), NOW - 2 * YEAR):
        filled.add("member", Member(name=moment.isoformat()))
        made.append(make_backup(filled.connection, folder, "start", moment).path)
        for now in (NOW - 3 * YEAR, NOW, NOW + 3 * YEAR):
            prune(folder, now)
        assert made[-1].exists()
        assert backups.newest_verified(folder).path == made[-1]
    assert [info.sequence for info in backups.list_backups(folder, summarize=False)] == [
        5, 4, 3, 2, 1]


def test_a_stale_backup_with_a_later_name_and_file_time_never_wins(
        filled: Repository, folder: Path) -> None:
    old = make_backup(filled.connection, folder, "manual", NOW - dt.timedelta(days=3))
    filled.add("member", Member(name="Nieuwste"))
    new = make_backup(filled.connection, folder, "manual", NOW - dt.timedelta(days=2))
    # someone renames the old one to a later date and touches it a year ahead
    stale = folder / backups.backup_name(NOW + YEAR, "manual")
    os.replace(old.path, stale)
    later = (NOW + YEAR).timestamp()
    os.utime(stale, (later, later))
    early = (NOW - YEAR).timestamp()
    os.utime(new.path, (early, early))
    assert backups.newest_verified(folder).path == new.path
    assert backups.list_backups(folder)[0].path == new.path
    prune(folder, NOW)
    assert new.path.exists() and stale.exists()


def test_same_sequence_falls_back_to_made_at_then_file_time(filled: Repository,
                                                            folder: Path) -> None:
    first = make_backup(filled.connection, folder, "manual", NOW)
    twin = folder / backups.backup_name(NOW - YEAR, "manual")
    shutil.copyfile(first.path, twin)  # the same sequence and made_at: the file time decides
    os.utime(twin, (NOW.timestamp() + 60, NOW.timestamp() + 60))
    os.utime(first.path, (NOW.timestamp(), NOW.timestamp()))
    assert backups.list_backups(folder, summarize=False)[0].path == twin
    os.utime(twin, (NOW.timestamp() - 60, NOW.timestamp() - 60))
    assert backups.list_backups(folder, summarize=False)[0].path == first.path


def _legacy(source: Path, target: Path) -> None:
    """A backup as an older Paraat made it: the same file without the backup.* keys."""
    shutil.copyfile(source, target)
    connection = sqlite3.connect(target, isolation_level=None)
    try:
        connection.execute("DELETE FROM settings WHERE key LIKE 'backup.%'")
    finally:
        connection.close()


def test_backups_of_an_older_paraat_rank_below_numbered_ones(filled: Repository,
                                                             folder: Path, tmp_path: Path) -> None:
    made = make_backup(filled.connection, folder, "manual", NOW - dt.timedelta(days=30))
    older = folder / backups.backup_name(NOW + YEAR, "import")
    _legacy(made.path, older)
    assert backups.read_stamp(older) == (None, None)
    listed = backups.list_backups(folder)
    assert [info.path for info in listed] == [made.path, older]
    assert listed[1].ok and listed[1].sequence is None and listed[1].when == NOW + YEAR
    # the next backup counts on from the numbered ones
    filled.add("member", Member(name="Daarna"))
    after = make_backup(filled.connection, folder, "manual", NOW - YEAR)
    assert after.sequence == 2
    assert backups.newest_verified(folder).path == after.path
    # among older ones: the name's date, then the file time
    second = folder / backups.backup_name(NOW + 2 * YEAR, "import")
    _legacy(made.path, second)
    assert [info.path for info in backups.list_backups(folder, summarize=False)] == [
        after.path, made.path, second, older]


def test_backup_keys_are_not_data_and_a_restore_drops_them(filled: Repository,
                                                           folder: Path) -> None:
    fingerprint = backups.data_fingerprint(filled.connection)
    made = make_backup(filled.connection, folder, "manual", NOW)
    copy = backups.open_read_only(made.path)
    try:
        keys = dict(copy.execute("SELECT key, value FROM settings WHERE key LIKE 'backup.%'"))
        assert backups.data_fingerprint(copy) == fingerprint
    finally:
        copy.close()
    assert keys[backups.SEQUENCE_KEY] == "1" and keys[backups.REASON_KEY] == "manual"
    assert dt.datetime.fromisoformat(keys[backups.MADE_AT_KEY]) == NOW.astimezone()
    filled.add("member", Member(name="Weg"))
    restore_backup(filled.connection, folder, made.path, NOW + dt.timedelta(minutes=1))
    assert filled.connection.execute(
        "SELECT COUNT(*) FROM settings WHERE key LIKE 'backup.%'").fetchone() == (0,)
    assert backups.data_fingerprint(filled.connection) == fingerprint
    assert "Weg" not in _names(filled)


def test_restore_with_the_clock_back_keeps_every_good_backup(filled: Repository,
                                                             folder: Path) -> None:
    good = [path for path in _daily(filled, folder, 10, NOW) if path.exists()]
    before = restore_backup(filled.connection, folder, good[0], NOW - YEAR)
    assert all(path.exists() for path in good)
    assert backups.newest_verified(folder).path == before.path
    assert before.sequence == 11
