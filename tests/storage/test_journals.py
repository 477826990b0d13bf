"""Start-up with a journal beside the file, a file held by another program, odd headers, a full
disk and a missing file (issue 14: journals, busy is not damaged, read-only headers)."""

from __future__ import annotations

import datetime as dt
import errno
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.demo import demo_household, demo_stock
from app.storage import backups
from app.storage.database import DataFolderError, FileInUse, transaction
from app.storage.recovery import (
    APPLIED,
    FOREIGN,
    FRESH,
    JOURNAL,
    OK,
    RESTORED,
    STALE,
    journal_verdict,
    open_or_recover,
    recovery_journal,
)
from app.storage.repository import Repository
from tests.fault_injection import fail_at

NOW = dt.datetime(2026, 11, 28, 9, 30)


def household(folder: Path, name: str = "paraat.sqlite3", notes: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / name
    repository = Repository.open(database)
    repository.replace_all(demo_household(), demo_stock(NOW.date()))
    if notes:
        repository.set_setting("notes", notes)
    repository.connection.execute("VACUUM")
    repository.close()
    return database


def fingerprint(database: Path) -> str:
    connection = backups.open_read_only(database)
    try:
        return backups.data_fingerprint(connection)
    finally:
        connection.close()


def hot_journal_of(database: Path) -> tuple[bytes, bytes]:
    """(file, journal) as a power cut in the middle of a Paraat change leaves them."""
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("PRAGMA cache_size = 2")  # changed pages reach the file early
    try:
        with transaction(connection):
            connection.execute("UPDATE stock SET notes = hex(randomblob(300))")
            connection.execute("UPDATE contact SET notes = hex(randomblob(300))")
            torn = database.read_bytes()
            journal = Path(f"{database}-journal").read_bytes()
            raise KeyboardInterrupt  # roll back: the caller gets the mid-change bytes
    except KeyboardInterrupt:
        pass
    connection.close()
    return torn, journal


def acknowledged_edit(database: Path, value: str) -> None:
    repository = Repository.open(database)
    repository.set_setting("acknowledged", value)
    repository.close()


def setting(database: Path, key: str) -> str | None:
    connection = backups.open_read_only(database)
    try:
        row = connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None
    finally:
        connection.close()


# --- journals ----------------------------------------------------------------------------------


def test_foreign_journal_is_kept_aside_and_never_applied(tmp_path: Path) -> None:
    database = household(tmp_path / "home")
    for number in range(3):
        acknowledged_edit(database, f"edit {number}")
    other = household(tmp_path / "elsewhere", notes="another household")
    _, foreign = hot_journal_of(other)
    before, fingerprint_before = database.read_bytes(), fingerprint(database)
    Path(f"{database}-journal").write_bytes(foreign)
    # Another household's journal with an older change counter looks like an earlier change
    # of this file: either way it does not belong to the file as it is now.
    assert journal_verdict(database) in (FOREIGN, STALE)

    # Without Paraat's check SQLite would write the other file's pages into this one.
    scratch = tmp_path / "scratch.sqlite3"
    scratch.write_bytes(before)
    Path(f"{scratch}-journal").write_bytes(foreign)
    sqlite3.connect(scratch).execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    assert scratch.read_bytes() != before

    repository, outcome = open_or_recover(database, tmp_path / "home" / "backups", NOW)
    try:
        assert outcome.status == JOURNAL and outcome.journal_problem in (FOREIGN, STALE)
        assert backups.data_fingerprint(repository.connection) == fingerprint_before
        assert repository.setting("acknowledged") == "edit 2"
    finally:
        repository.close()
    kept_file, kept_journal = outcome.journal_kept
    assert kept_file.name == "paraat-before-journal-2026-11-28T093000.sqlite3"
    assert kept_file.read_bytes() == before
    assert kept_journal.read_bytes() == foreign
    assert not Path(f"{database}-journal").exists()


def test_stale_journal_of_an_earlier_change_does_not_revert_later_edits(tmp_path: Path) -> None:
    database = household(tmp_path)
    _, stale = hot_journal_of(database)  # a copy taken mid-change, long ago
    for number in range(3):
        acknowledged_edit(database, f"edit {number}")
    before = database.read_bytes()
    Path(f"{database}-journal").write_bytes(stale)
    assert journal_verdict(database) == STALE
    repository, outcome = open_or_recover(database, None, NOW)
    try:
        assert (outcome.status, outcome.journal_problem) == (JOURNAL, STALE)
        assert repository.setting("acknowledged") == "edit 2"
    finally:
        repository.close()
    assert [path.read_bytes() for path in outcome.journal_kept] == [before, stale]


def test_hot_journal_of_this_change_is_rolled_back_and_a_copy_kept(tmp_path: Path) -> None:
    database = household(tmp_path)
    clean = database.read_bytes()
    torn, journal = hot_journal_of(database)
    database.write_bytes(torn)
    Path(f"{database}-journal").write_bytes(journal)
    assert journal_verdict(database) == ""
    repository, outcome = open_or_recover(database, None, NOW)
    repository.close()
    assert (outcome.status, outcome.journal_problem) == (JOURNAL, APPLIED)  # and the user is told
    assert database.read_bytes() == clean  # rolled back as SQLite intends
    assert [path.read_bytes() for path in outcome.journal_kept] == [torn, journal]


def first_journaled_page(journal: bytes) -> int:
    """The page number of a journal's first page record (its header is one sector long)."""
    sector = int.from_bytes(journal[20:24], "big")
    return int.from_bytes(journal[sector:sector + 4], "big")


def raw_journal_of(database: Path) -> bytes:
    """A hot journal of a change made by another program (not Paraat's transaction): its first
    saved page is a table's page, not page 1."""
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("PRAGMA cache_size = 2")
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("UPDATE stock SET notes = hex(randomblob(300))")
    connection.execute("UPDATE contact SET notes = hex(randomblob(300))")
    journal = Path(f"{database}-journal").read_bytes()
    connection.execute("ROLLBACK")
    connection.close()
    return journal


def test_a_journal_that_does_not_start_with_page_1_is_foreign(tmp_path: Path) -> None:
    database = household(tmp_path / "home")
    copy = tmp_path / "copy" / "paraat.sqlite3"
    copy.parent.mkdir()
    copy.write_bytes(database.read_bytes())
    journal = raw_journal_of(copy)  # same file, same change counter: nothing else tells it apart
    assert journal[:8] == bytes.fromhex("d9d505f920a163d7") and first_journaled_page(journal) != 1
    before = database.read_bytes()
    Path(f"{database}-journal").write_bytes(journal)
    assert journal_verdict(database) == FOREIGN
    repository, outcome = open_or_recover(database, None, NOW)
    repository.close()
    assert (outcome.status, outcome.journal_problem) == (JOURNAL, FOREIGN)
    assert database.read_bytes() == before  # not applied
    assert [path.read_bytes() for path in outcome.journal_kept] == [before, journal]
    assert not Path(f"{database}-journal").exists()


def test_paraat_changes_and_migrations_journal_page_1_first(tmp_path: Path, monkeypatch) -> None:
    from app.storage import schema
    from app.storage.database import open_database

    database = household(tmp_path)
    seen: list[int] = []

    def record(connection: sqlite3.Connection) -> None:
        connection.execute("UPDATE stock SET notes = notes || '.'")  # a data step, no DDL
        seen.append(first_journaled_page(Path(f"{database}-journal").read_bytes()))

    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION - 1}")
    connection.close()
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS[:-1], record))
    open_database(database).close()  # migrates: the last step is ``record``
    connection = sqlite3.connect(database, isolation_level=None)
    with transaction(connection):
        record(connection)
    connection.close()
    assert seen == [1, 1]


def test_a_journal_of_another_copy_of_the_household_is_applied_but_never_silently(
        tmp_path: Path, capsys, qapp) -> None:
    """A synced or copied folder: both copies had as many changes, so the other copy's journal
    passes every check. It is applied (as SQLite would), and the message names the pair kept
    aside, so the user can go back by hand."""
    from app.cli.messages import command_words
    from app.cli.opening import recovery_lines
    from app.ui.start.start_messages import recovery_message
    from app.words.i18n import Translations

    database = household(tmp_path / "home")
    sibling = tmp_path / "synced" / "paraat.sqlite3"
    sibling.parent.mkdir()
    sibling.write_bytes(database.read_bytes())
    acknowledged_edit(database, "made here")
    acknowledged_edit(sibling, "made in the other copy")
    _, journal = hot_journal_of(sibling)
    before = database.read_bytes()
    Path(f"{database}-journal").write_bytes(journal)
    assert journal_verdict(database) == ""  # the file alone cannot tell
    repository, outcome = open_or_recover(database, None, NOW)
    repository.close()
    assert (outcome.status, outcome.journal_problem) == (JOURNAL, APPLIED)
    kept_file, kept_journal = outcome.journal_kept
    assert kept_file.read_bytes() == before and kept_journal.read_bytes() == journal

    lines = "\n".join(recovery_lines(outcome, command_words("nl")))
    assert "Paraat werd onderbroken tijdens een wijziging" in lines
    assert "teruggedraaid" in lines and str(kept_file) in lines and str(kept_journal) in lines
    assert "hoort" not in lines  # not called foreign
    Translations(qapp).use("nl")
    try:
        text = recovery_message(outcome)
    finally:
        Translations(qapp).use("en")
    assert "Die onafgemaakte wijziging is teruggedraaid" in text
    assert str(kept_file) in text and str(kept_journal) in text


def test_command_line_tells_that_an_interrupted_change_was_undone(tmp_path: Path, capsys) -> None:
    from app.__main__ import main

    database = household(tmp_path)
    torn, journal = hot_journal_of(database)
    database.write_bytes(torn)
    Path(f"{database}-journal").write_bytes(journal)
    assert main(["--data-dir", str(tmp_path), "--lang", "nl", "export-contacts",
                 str(tmp_path / "out.vcf")]) == 0
    err = capsys.readouterr().err
    assert "Die onafgemaakte wijziging is teruggedraaid" in err
    assert str(tmp_path / "paraat-before-journal-") in err and "Traceback" not in err


def test_journal_with_another_page_size_is_foreign(tmp_path: Path) -> None:
    database = household(tmp_path)
    torn, journal = hot_journal_of(database)
    changed = bytearray(journal)
    changed[24:28] = (1024).to_bytes(4, "big")
    Path(f"{database}-journal").write_bytes(bytes(changed))
    assert journal_verdict(database) == FOREIGN
    Path(f"{database}-journal").write_bytes(b"\x01not a journal at all" * 20)
    assert journal_verdict(database) == FOREIGN


# --- busy is not damaged -------------------------------------------------------------------------


HOLDER = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute(sys.argv[2])
if sys.argv[3] == "write":
    connection.execute("UPDATE settings SET value = value")
    connection.execute("INSERT INTO settings (key, value) VALUES ('held', 'x')")
print("holding", flush=True)
time.sleep(30)
"""


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file()}


@pytest.mark.parametrize("begin,write", [("BEGIN EXCLUSIVE", "write"), ("BEGIN EXCLUSIVE", "no"),
                                         ("BEGIN IMMEDIATE", "write")])
def test_a_lock_held_for_30_seconds_is_in_use_not_damage(tmp_path: Path, begin: str,
                                                         write: str) -> None:
    database = household(tmp_path)
    repository = Repository.open(database)
    backups.make_backup(repository.connection, tmp_path / "backups", "manual", NOW)
    repository.close()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(database), begin, write],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        assert Path(f"{database}-journal").exists() == (write == "write")
        before = _snapshot(tmp_path)
        with pytest.raises(FileInUse) as caught:
            open_or_recover(database, tmp_path / "backups", NOW, busy_seconds=0.3)
        assert caught.value.reason() == "in_use"
        assert _snapshot(tmp_path) == before  # file, journal and backups untouched
        assert not recovery_journal(database).exists()
    finally:
        holder.kill()
        holder.wait()
    repository, outcome = open_or_recover(database, tmp_path / "backups", NOW)
    repository.close()
    assert outcome.status == OK


# --- odd headers, full disk, missing file, leftovers ---------------------------------------------


def _with_backup(tmp_path: Path) -> tuple[Path, backups.BackupInfo]:
    database = household(tmp_path)
    repository = Repository.open(database)
    made = backups.make_backup(repository.connection, tmp_path / "backups", "manual",
                               NOW - dt.timedelta(days=1))
    repository.close()
    return database, made


def _header_damaged(database: Path, index: int, value: int) -> bytes:
    data = bytearray(database.read_bytes())
    data[index] = value
    database.write_bytes(bytes(data))
    return bytes(data)


@pytest.mark.parametrize("with_backup", [False, True], ids=["no backup", "older backup"])
@pytest.mark.parametrize("index,value,problem", [(18, 3, "read_only"), (19, 3, "cannot_open"),
                                                 (21, 65, "cannot_open")])
def test_a_damaged_header_byte_is_repaired_and_nothing_is_lost(
        tmp_path: Path, with_backup: bool, index: int, value: int, problem: str) -> None:
    """Byte 18 (write version) above 2 opens read-only, byte 19 above 2 or a wrong payload
    fraction does not open at all; the data is readable. The repaired file wins over any
    backup: it holds the newest change."""
    database, made = _with_backup(tmp_path)
    if not with_backup:
        shutil.rmtree(tmp_path / "backups")
    acknowledged_edit(database, "after the last backup")
    expected = fingerprint(database)
    damaged = _header_damaged(database, index, value)
    repository, outcome = open_or_recover(database, tmp_path / "backups", NOW)
    try:
        assert (outcome.status, outcome.problem, outcome.repaired) == (RESTORED, problem, True)
        assert outcome.restored is None and outcome.skipped == ()
        assert repository.setting("acknowledged") == "after the last backup"
        assert backups.data_fingerprint(repository.connection) == expected
        repository.set_setting("after", "writable")  # the repaired file takes changes
    finally:
        repository.close()
    assert outcome.damaged_as.read_bytes() == damaged  # the original, kept aside
    assert database.read_bytes()[index] != value
    if with_backup:
        assert backups.pinned(tmp_path / "backups") == set() and made.path.exists()
    assert sorted(path.name for path in tmp_path.iterdir() if path.is_file()) == [
        outcome.damaged_as.name, "paraat.sqlite3", "paraat.sqlite3.recovery"]  # told until seen


def test_a_header_that_cannot_be_repaired_falls_back_to_the_backup(tmp_path: Path) -> None:
    database, made = _with_backup(tmp_path)
    data = bytearray(database.read_bytes())
    data[18] = 3
    data[4096:8192] = bytes(4096)  # and a page lost: the repaired copy fails its check
    database.write_bytes(bytes(data))
    repository, outcome = open_or_recover(database, tmp_path / "backups", NOW)
    repository.close()
    assert (outcome.status, outcome.repaired) == (RESTORED, False)
    assert outcome.restored.path == made.path and outcome.skipped == ()
    assert not Path(f"{database}.restoring").exists()


def test_the_repair_is_told_in_the_window_and_on_the_command_line(tmp_path: Path, capsys,
                                                                   qapp) -> None:
    from app.__main__ import main
    from app.ui.start.start_messages import recovery_message
    from app.words.i18n import Translations

    database = household(tmp_path)
    _header_damaged(database, 18, 3)
    assert main(["--data-dir", str(tmp_path), "--lang", "nl", "export-contacts",
                 str(tmp_path / "out.vcf")]) == 0
    err = capsys.readouterr().err
    assert "Paraat heeft het bestand hersteld; er is niets verloren." in err
    assert "begint Paraat leeg" not in err
    (kept,) = tmp_path.glob("paraat-damaged-*.sqlite3")
    assert str(kept) in err

    database = household(tmp_path / "window")
    _header_damaged(database, 18, 3)
    repository, outcome = open_or_recover(database, None, NOW)
    repository.close()
    Translations(qapp).use("nl")
    try:
        text = recovery_message(outcome)
    finally:
        Translations(qapp).use("en")
    assert "Paraat heeft het bestand hersteld; er is niets verloren." in text
    assert str(outcome.damaged_as) in text and "leeg" not in text


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO])
def test_write_error_while_restoring_puts_the_damaged_file_back(tmp_path: Path, code: int) -> None:
    database, _ = _with_backup(tmp_path)
    database.write_bytes(b"damaged" * 1000)
    before = _snapshot(tmp_path)

    def start() -> object:
        return open_or_recover(database, tmp_path / "backups", NOW)

    error = fail_at(start, 6, code)  # a step of the copy of the backup
    assert isinstance(error, DataFolderError), error
    assert error.reason() == ("disk_full" if code == errno.ENOSPC else "other")
    if code == errno.ENOSPC:
        assert "disk is full" in error.why
    assert _snapshot(tmp_path) == before  # no empty copies left, the original in place


def test_missing_file_with_backups_restores_and_says_so(tmp_path: Path) -> None:
    database, made = _with_backup(tmp_path)
    expected = fingerprint(made.path)
    database.unlink()
    repository, outcome = open_or_recover(database, tmp_path / "backups", NOW)
    try:
        assert (outcome.status, outcome.problem) == (RESTORED, "missing")
        assert backups.data_fingerprint(repository.connection) == expected
    finally:
        repository.close()
    assert backups.pinned(tmp_path / "backups") == {made.path}


def test_missing_file_with_only_a_damaged_copy_says_where_it_is(tmp_path: Path) -> None:
    damaged = tmp_path / "paraat-damaged-2026-11-01T100000.sqlite3"
    damaged.write_bytes(b"x" * 5000)
    repository, outcome = open_or_recover(tmp_path / "paraat.sqlite3", tmp_path / "backups", NOW)
    repository.close()
    assert (outcome.status, outcome.problem, outcome.damaged_as) == (FRESH, "missing", damaged)


def test_a_leftover_restoring_file_never_blocks(tmp_path: Path) -> None:
    database, _ = _with_backup(tmp_path)
    database.write_bytes(b"damaged" * 1000)
    Path(f"{database}.restoring").write_bytes(b"half a copy")
    repository, outcome = open_or_recover(database, tmp_path / "backups", NOW)
    repository.close()
    assert outcome.status == RESTORED
    assert not Path(f"{database}.restoring").exists()


def test_the_restored_backup_survives_pruning(tmp_path: Path) -> None:
    database, made = _with_backup(tmp_path)
    database.write_bytes(b"damaged" * 1000)
    repository, outcome = open_or_recover(database, tmp_path / "backups", NOW)
    try:
        for days in range(1, 40):  # many newer backups, a long time later
            backups.make_backup(repository.connection, tmp_path / "backups", "manual",
                                NOW + dt.timedelta(days=400 + days))
    finally:
        repository.close()
    assert outcome.restored.path == made.path and made.path.exists()


def test_copy_aside_on_a_full_disk_changes_nothing(tmp_path: Path) -> None:
    database = household(tmp_path)
    torn, journal = hot_journal_of(database)
    database.write_bytes(torn)
    Path(f"{database}-journal").write_bytes(journal)
    before = _snapshot(tmp_path)
    error = fail_at(lambda: open_or_recover(database, None, NOW), 1)
    assert isinstance(error, DataFolderError) and error.reason() == "disk_full"
    assert _snapshot(tmp_path) == before
    shutil.rmtree(tmp_path / "backups", ignore_errors=True)


# --- what the user is told -----------------------------------------------------------------------


def test_command_line_tells_about_a_foreign_journal_in_dutch(tmp_path: Path, capsys) -> None:
    from app.__main__ import main

    database = household(tmp_path)
    for number in range(4):  # more changes than the other file: its journal cannot match
        acknowledged_edit(database, "kept" if number == 3 else "earlier")
    _, foreign = hot_journal_of(household(tmp_path / "other", notes="x"))
    Path(f"{database}-journal").write_bytes(foreign)
    assert main(["--data-dir", str(tmp_path), "--lang", "nl", "export-contacts",
                 str(tmp_path / "out.vcf")]) == 0
    err = capsys.readouterr().err
    assert "journaalbestand dat er niet bij hoort" in err
    kept = tmp_path / "paraat-before-journal-"
    assert str(kept) in err and "Traceback" not in err
    assert setting(database, "acknowledged") == "kept"


def test_window_says_what_was_put_back_from_when_and_where_the_damaged_file_is(
        tmp_path: Path, qapp) -> None:
    from app.ui.start.start_messages import recovery_message
    from app.words.i18n import Translations

    database, made = _with_backup(tmp_path)
    database.write_bytes(b"damaged" * 1000)
    torn, journal = b"damaged" * 1000, b"\xd9" * 600
    Path(f"{database}-journal").write_bytes(journal)
    repository, outcome = open_or_recover(database, tmp_path / "backups", NOW)
    repository.close()
    Translations(qapp).use("nl")
    try:
        text = recovery_message(outcome)
    finally:
        Translations(qapp).use("en")
    assert "Het bestand met je gegevens was beschadigd" in text
    assert str(made.path) in text and made.when.strftime("%H:%M") in text
    assert str(outcome.damaged_as) in text
    assert all(str(path) in text for path in outcome.journal_kept)
    assert outcome.journal_kept[0].read_bytes() == torn
    assert outcome.journal_kept[1].read_bytes() == journal


# --- only ordinary files: a folder or a pipe where a file should be -------------------------------


def _guarded(action, seconds: float = 5.0):
    """Run ``action`` in a thread; fail (not hang) when it takes longer than ``seconds``.
    Returns what it returned or the exception it raised."""
    import threading

    result: list[object] = []

    def run() -> None:
        try:
            result.append(action())
        except BaseException as error:  # noqa: BLE001 - handed to the test
            result.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    return thread, result


def _unblock(path: Path) -> None:
    """Let a reader that hangs on the pipe at ``path`` go (the old behaviour), so no thread
    stays stuck after a failing test."""
    import contextlib
    import os

    with contextlib.suppress(OSError):
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))


def test_a_folder_at_the_journal_is_refused_and_nothing_is_touched(tmp_path: Path, capsys) -> None:
    from app.__main__ import main

    database, _ = _with_backup(tmp_path)
    journal = Path(f"{database}-journal")
    journal.mkdir()
    (journal / "inside.txt").write_text("x")
    before = _snapshot(tmp_path)
    with pytest.raises(DataFolderError) as caught:
        open_or_recover(database, tmp_path / "backups", NOW)
    assert caught.value.where == str(journal) and caught.value.reason() == "not_a_file"
    assert _snapshot(tmp_path) == before and journal.is_dir()
    assert not recovery_journal(database).exists()
    assert not list(tmp_path.glob("paraat-damaged-*"))  # the good file was not set aside

    assert main(["--data-dir", str(tmp_path), "--lang", "nl", "export-contacts",
                 str(tmp_path / "out.vcf")]) == 2
    err = capsys.readouterr().err
    assert f"{journal} niet gebruiken: het is een map, geen bestand" in err
    after = _snapshot(tmp_path)
    for own in ("paraat.lock", "paraat.log"):  # the command's folder lock and its log
        after.pop(own, None)
    assert after == before


@pytest.mark.parametrize("which", ["file", "journal", "recovery journal"])
@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_a_pipe_or_folder_at_any_of_the_three_names_is_refused_at_once(
        tmp_path: Path, which: str, kind: str) -> None:
    import os

    database, _ = _with_backup(tmp_path)
    target = {"file": database, "journal": Path(f"{database}-journal"),
              "recovery journal": recovery_journal(database)}[which]
    if which == "file":
        database.unlink()
    if kind == "fifo":
        os.mkfifo(target)
    else:
        target.mkdir()
    before = _snapshot(tmp_path)
    try:
        thread, result = _guarded(lambda: open_or_recover(database, tmp_path / "backups", NOW))
        assert not thread.is_alive(), f"start hangs on a {kind} at the {which}"
    finally:
        if kind == "fifo":
            _unblock(target)
    (error,) = result
    assert isinstance(error, DataFolderError), error
    assert error.where == str(target) and error.reason() == "not_a_file"
    assert _snapshot(tmp_path) == before
    assert (target.is_dir() if kind == "folder" else target.is_fifo())


def test_a_link_to_an_ordinary_file_is_followed_a_link_to_nothing_refused(tmp_path: Path) -> None:
    real = household(tmp_path / "elsewhere")
    (tmp_path / "home").mkdir()
    database = tmp_path / "home" / "paraat.sqlite3"
    database.symlink_to(real)
    repository, outcome = open_or_recover(database, None, NOW)
    repository.close()
    assert outcome.status == OK and database.is_symlink()
    real.unlink()
    with pytest.raises(DataFolderError) as caught:
        open_or_recover(database, None, NOW)
    assert caught.value.reason() == "not_a_file" and database.is_symlink()


@pytest.mark.parametrize("how", ["command", "smoke-test"])
def test_a_pipe_as_the_data_file_ends_the_program_with_exit_2_within_seconds(
        tmp_path: Path, how: str) -> None:
    import os

    (tmp_path / "paraat.sqlite3").parent.mkdir(exist_ok=True)
    os.mkfifo(tmp_path / "paraat.sqlite3")
    arguments = (["export-contacts", str(tmp_path / "out.vcf")] if how == "command"
                 else ["--smoke-test"])
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        done = subprocess.run(["timeout", "40", sys.executable, "-m", "app", "--data-dir",
                               str(tmp_path), "--lang", "nl", *arguments],
                              capture_output=True, text=True, env=environment,
                              cwd=Path(__file__).parents[2])
    finally:
        _unblock(tmp_path / "paraat.sqlite3")
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert str(tmp_path / "paraat.sqlite3") in done.stderr
    assert "Traceback" not in done.stderr
    if how == "command":
        assert "het is geen gewoon bestand" in done.stderr
