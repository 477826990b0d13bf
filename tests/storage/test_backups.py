"""Automatic backups: made with the backup API, checked, named, pruned, listed and restored."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from app.core.demo import demo_household, demo_stock
from app.core.records import Member
from app.paths import data_location
from app.storage import backups
from app.storage.backups import (
    BackupDamaged,
    BackupRefused,
    backup_at_start,
    backup_name,
    list_backups,
    make_backup,
    parse_name,
    prune,
    restore_backup,
    to_keep,
)
from app.storage.repository import Repository
from app.storage.schema import SCHEMA_VERSION

NOW = dt.datetime(2026, 11, 28, 9, 30, 15)


@pytest.fixture
def folder(data_dir: Path) -> Path:
    return data_location(data_dir).backups


@pytest.fixture
def filled(repo: Repository) -> Repository:
    repo.replace_all(demo_household(), demo_stock(NOW.date()))
    return repo


def test_backups_folder_lives_in_the_data_folder(data_dir: Path) -> None:
    location = data_location(data_dir)
    assert location.backups == location.database.parent / "backups"


def test_backup_is_a_checked_paraat_file_with_the_same_data(filled: Repository,
                                                            folder: Path) -> None:
    made = make_backup(filled.connection, folder, "manual", NOW)
    assert made.path == folder / "paraat-2026-11-28T093015-manual.sqlite3"
    assert sorted(p.name for p in folder.iterdir()) == [made.path.name]  # no temp file left
    copy = sqlite3.connect(made.path)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert backups.data_fingerprint(copy) == backups.data_fingerprint(filled.connection)
    finally:
        copy.close()
    reopened = Repository.open(made.path)
    try:
        assert reopened.household() == filled.household()
    finally:
        reopened.close()


def test_no_backup_while_a_transaction_is_open(filled: Repository, folder: Path) -> None:
    connection = filled.connection
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("DELETE FROM stock")
    try:
        with pytest.raises(BackupRefused):
            make_backup(connection, folder, "manual", NOW)
    finally:
        connection.execute("ROLLBACK")
    assert not folder.exists() or not any(folder.iterdir())
    assert filled.count("stock") > 0


def test_a_backup_that_fails_its_check_never_gets_a_final_name(
        filled: Repository, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backups, "check_file",
                        lambda path, full=True: backups.FileCheck(False, "check_failed"))
    with pytest.raises(backups.BackupError):
        make_backup(filled.connection, folder, "import", NOW)
    assert list(folder.iterdir()) == []


def test_two_backups_in_one_second_both_kept(filled: Repository, folder: Path) -> None:
    first = make_backup(filled.connection, folder, "import", NOW)
    second = make_backup(filled.connection, folder, "import", NOW)
    assert first.path != second.path
    assert second.path.name == "paraat-2026-11-28T093015-import-2.sqlite3"
    assert {b.path for b in list_backups(folder)} == {first.path, second.path}


def test_names_carry_date_time_and_reason() -> None:
    for reason in backups.REASONS:
        name = backup_name(NOW, reason)
        assert parse_name(name) == (NOW, reason)
    assert parse_name("paraat-2026-11-28T093015-delete-all-3.sqlite3") == (NOW, "delete-all")
    for other in ("paraat.sqlite3", "paraat-2026-11-28T093015-import.sqlite3.tmp",
                  "notes.txt", "paraat-damaged-2026-11-28T093015.sqlite3"):
        with pytest.raises(ValueError):
            parse_name(other)


def test_listing_reads_counts_from_each_file(filled: Repository, folder: Path) -> None:
    make_backup(filled.connection, folder, "start", NOW - dt.timedelta(days=1))
    filled.add("member", Member(name="Nieuw"))
    make_backup(filled.connection, folder, "import", NOW)
    damaged = folder / backup_name(NOW - dt.timedelta(days=2), "manual")
    damaged.write_bytes(b"not a database" * 100)
    (folder / "notes.txt").write_text("not a backup")
    listed = list_backups(folder)
    # a file that is damaged and says nothing about itself comes first (recovery tries and
    # reports it); the good ones follow, newest by content first
    assert [(b.when, b.reason) for b in listed] == [
        (NOW - dt.timedelta(days=2), "manual"), (NOW, "import"),
        (NOW - dt.timedelta(days=1), "start")]
    damaged_info, listed = listed[0], listed[1:]
    members = len(demo_household().members)
    assert (listed[0].members, listed[1].members) == (members + 1, members)
    assert listed[0].contacts == len(demo_household().contacts)
    assert listed[0].stock == len(demo_stock(NOW.date()))
    assert listed[0].ok and listed[1].ok
    assert (listed[0].sequence, listed[1].sequence) == (2, 1)
    assert damaged_info.ok is False and damaged_info.members is None
    assert damaged_info.sequence is None
    assert list_backups(folder, summarize=False)[0].path == damaged
    assert backups.newest_backup(folder).path == listed[0].path


def test_listing_never_writes_to_a_backup(filled: Repository, folder: Path) -> None:
    made = make_backup(filled.connection, folder, "manual", NOW)
    before = (made.path.read_bytes(), made.path.stat().st_mtime_ns)
    list_backups(folder)
    backups.check_file(made.path)
    assert (made.path.read_bytes(), made.path.stat().st_mtime_ns) == before


# --- generations ---------------------------------------------------------------------------------


def _fake(folder: Path, moments: list[tuple[dt.datetime, str]]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for when, reason in moments:
        path = folder / backup_name(when, reason)
        path.write_bytes(b"")
        paths.append(path)
    return paths


def test_generations_keep_days_weeks_months_and_the_last_before_ones(folder: Path) -> None:
    # one start backup at 08:00 every day for two years, plus imports on some days
    moments = [(NOW.replace(hour=8, minute=0, second=0) - dt.timedelta(days=days), "start")
               for days in range(730)]
    moments += [(NOW - dt.timedelta(days=days, hours=1), "import") for days in (0, 3, 10, 40, 41, 90, 200)]
    _fake(folder, moments)
    deleted = prune(folder, NOW)
    kept = {parse_name(path.name) for path in folder.iterdir()}
    assert deleted and all(not path.exists() for path in deleted)
    days = {when.date() for when, _ in kept}
    # the last 7 days each keep one
    assert {NOW.date() - dt.timedelta(days=n) for n in range(7)} <= days
    # every one of the last 4 ISO weeks and 12 months still has a backup
    weeks = {when.isocalendar()[:2] for when, _ in kept}
    for n in range(4):
        assert (NOW - dt.timedelta(weeks=n)).isocalendar()[:2] in weeks
    months = {(when.year, when.month) for when, _ in kept}
    for n in range(12):
        year, month = divmod(NOW.year * 12 + NOW.month - 1 - n, 12)
        assert (year, month + 1) in months
    # the five newest "before" backups stay, the older ones only when a bucket wants them
    imports = sorted((when for when, reason in kept if reason == "import"), reverse=True)
    assert imports[:5] == [NOW - dt.timedelta(days=d, hours=1) for d in (0, 3, 10, 40, 41)]
    # nothing older than a year, and not many files in all
    assert min(when for when, _ in kept) > NOW - dt.timedelta(days=366)
    assert len(kept) <= 7 + 4 + 12 + 5


def test_the_newest_backup_is_never_pruned_however_old(folder: Path) -> None:
    old = _fake(folder, [(NOW - dt.timedelta(days=900), "start"),
                         (NOW - dt.timedelta(days=1000), "start")])
    prune(folder, NOW)
    assert old[0].exists() and not old[1].exists()


def test_to_keep_is_one_per_day_within_a_week() -> None:
    paths = [(Path(f"{n}"), NOW - dt.timedelta(hours=n), "start") for n in range(0, 48, 4)]
    kept = to_keep(paths, NOW)
    # 09:30 today back to 13:30 two days ago: the newest of each of the three days
    assert kept == {Path("0"), Path("12"), Path("36")}


def test_pruning_leaves_other_files_alone(folder: Path) -> None:
    _fake(folder, [(NOW - dt.timedelta(days=n), "start") for n in range(40)])
    other = folder / "my-own-copy.sqlite3"
    other.write_bytes(b"x")
    prune(folder, NOW)
    assert other.exists()


def test_each_backup_prunes_the_folder(filled: Repository, folder: Path) -> None:
    old = _fake(folder, [(NOW - dt.timedelta(days=n, hours=1), "start") for n in range(1, 40)])
    make_backup(filled.connection, folder, "manual", NOW)
    assert sum(path.exists() for path in old) < len(old)


# --- the daily backup at start -------------------------------------------------------------------


def test_start_backup_once_a_day_and_only_after_a_change(filled: Repository,
                                                         folder: Path) -> None:
    first = backup_at_start(filled.connection, folder, NOW)
    assert first is not None and first.reason == "start"
    filled.add("member", Member(name="Later"))
    assert backup_at_start(filled.connection, folder, NOW + dt.timedelta(hours=2)) is None
    tomorrow = NOW + dt.timedelta(days=1)
    assert backup_at_start(filled.connection, folder, tomorrow) is not None
    # no change since the newest backup: none the day after
    filled.set_setting("last_page", "kit")  # where the window was is not data
    filled.set_setting("window_geometry", "00ff")
    assert backup_at_start(filled.connection, folder, tomorrow + dt.timedelta(days=1)) is None
    filled.set_setting("kit_hours", "168")  # a choice the household made is
    assert backup_at_start(filled.connection, folder, tomorrow + dt.timedelta(days=2)) is not None


def test_a_start_that_found_no_change_compares_no_more_that_day(filled: Repository, folder: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 20: comparing reads every row of the live file and of the newest backup; a start
    that found them the same notes the day, and later starts that day skip it, as after a
    start backup that day. The next day compares again."""
    assert backup_at_start(filled.connection, folder, NOW) is not None
    compared: list[int] = []
    real = backups.data_fingerprint
    monkeypatch.setattr(backups, "data_fingerprint", lambda c: compared.append(1) or real(c))
    tomorrow = NOW + dt.timedelta(days=1)
    assert backup_at_start(filled.connection, folder, tomorrow) is None  # unchanged
    assert compared == [1, 1]
    assert filled.setting("backup_unchanged_on") == tomorrow.date().isoformat()
    assert backup_at_start(filled.connection, folder, tomorrow + dt.timedelta(hours=3)) is None
    assert compared == [1, 1]  # not compared again that day
    filled.add("member", Member(name="Later"))
    assert backup_at_start(filled.connection, folder, tomorrow + dt.timedelta(days=1)) is not None
    assert backup_at_start(filled.connection, folder, tomorrow + dt.timedelta(days=2)) is None
    assert len(compared) == 6  # the day after the change compared and backed up; then unchanged


def test_start_backup_with_an_unreadable_newest_backup(filled: Repository, folder: Path) -> None:
    _fake(folder, [(NOW - dt.timedelta(days=1), "import")])
    assert backup_at_start(filled.connection, folder, NOW) is not None


# --- restoring -----------------------------------------------------------------------------------


def test_restore_round_trip(filled: Repository, folder: Path) -> None:
    original = filled.household()
    made = make_backup(filled.connection, folder, "manual", NOW - dt.timedelta(hours=1))
    filled.replace_all(demo_household().__class__(), [])
    assert filled.count("member") == 0
    before = restore_backup(filled.connection, folder, made.path, NOW)
    assert filled.household() == original
    assert filled.count("stock") == len(demo_stock(NOW.date()))
    assert filled.connection.execute("PRAGMA quick_check").fetchone() == ("ok",)
    # the state just before the restore was backed up first, and can itself be restored
    assert before.reason == "restore" and before.path.exists()
    assert backups.describe(before.path).members == 0
    restore_backup(filled.connection, folder, before.path, NOW + dt.timedelta(minutes=1))
    assert filled.count("member") == 0


def test_restore_is_durable_after_reopening(filled: Repository, folder: Path) -> None:
    made = make_backup(filled.connection, folder, "manual", NOW - dt.timedelta(hours=1))
    filled.add("member", Member(name="Weg"))
    restore_backup(filled.connection, folder, made.path, NOW)
    path = filled.path
    filled.close()
    again = Repository.open(path)
    try:
        assert "Weg" not in [m.name for m in again.list("member")]
        assert again.connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        again.close()
    assert not Path(f"{path}-journal").exists()


def test_a_damaged_backup_is_not_restored(filled: Repository, folder: Path) -> None:
    broken = folder / backup_name(NOW - dt.timedelta(days=1), "manual")
    folder.mkdir(parents=True)
    broken.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    fingerprint = backups.data_fingerprint(filled.connection)
    with pytest.raises(BackupDamaged):
        restore_backup(filled.connection, folder, broken, NOW)
    assert backups.data_fingerprint(filled.connection) == fingerprint
    assert [b.path for b in list_backups(folder)] == [broken]  # no "before" backup either


def test_restore_of_an_older_schema_is_migrated(filled: Repository, folder: Path,
                                                tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    connection = sqlite3.connect(old, isolation_level=None)
    from app.storage.database import transaction
    from app.storage.schema import migrate
    with transaction(connection):
        migrate(connection, 2)
    connection.execute("INSERT INTO member (name) VALUES ('Oud')")
    connection.close()
    target = folder / backup_name(NOW - dt.timedelta(days=300), "manual")
    folder.mkdir(parents=True)
    target.write_bytes(old.read_bytes())
    restore_backup(filled.connection, folder, target, NOW)
    assert filled.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert [m.name for m in filled.list("member")] == ["Oud"]
    assert filled.count("stock") == 0


def test_backup_time_is_small(filled: Repository, folder: Path) -> None:
    import time

    started = time.perf_counter()
    make_backup(filled.connection, folder, "manual", NOW)
    elapsed = time.perf_counter() - started
    print(f"\nbackup of the demo household: {1000 * elapsed:.1f} ms")
    assert elapsed < 2.0


# --- the command line ----------------------------------------------------------------------------


def test_cli_imports_and_demo_force_back_up_first(filled: Repository, folder: Path,
                                                  tmp_path: Path, capsys) -> None:
    from app import commands
    from app.__main__ import main

    csv_file = tmp_path / "voorraad.csv"
    commands.export_supplies(filled, csv_file)
    filled.close()
    data = str(folder.parent)
    assert main(["--data-dir", data, "import-supplies", str(csv_file)]) == 0
    assert [b.reason for b in list_backups(folder)] == ["import"]
    assert main(["--data-dir", data, "demo", "--force"]) == 0
    assert sorted(b.reason for b in list_backups(folder)) == ["import", "replace"]
    counts = sorted(b.stock for b in list_backups(folder))
    stock = len(demo_stock(dt.date.today()))
    assert counts == [stock, 2 * stock]  # before the import, and before the demo replaced it


def test_cli_refuses_an_import_it_cannot_back_up(filled: Repository, folder: Path,
                                                 tmp_path: Path, capsys) -> None:
    from app import commands
    from app.__main__ import main

    csv_file = tmp_path / "voorraad.csv"
    commands.export_supplies(filled, csv_file)
    before = filled.count("stock")
    filled.close()
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the backups folder should be")
    assert main(["--data-dir", str(folder.parent), "import-supplies", str(csv_file)]) == 1
    assert "reservekopie" in capsys.readouterr().err
    again = Repository.open(folder.parent / "paraat.sqlite3")
    try:
        assert again.count("stock") == before
    finally:
        again.close()
