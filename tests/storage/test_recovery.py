"""A damaged file at start: detected, set aside (never deleted), the newest good backup restored.

Besides the single cases, ``test_random_corruptions`` damages a copy of a real household file
500 times, at random, in the ways a disk, a power cut or a user can damage it:

* **bitflip**: 1, 4 or 16 random bytes get one random bit flipped;
* **truncate**: the file is cut at a random length;
* **zeroed**: one to three whole pages (page 1 included sometimes) are overwritten with zeros;
* **foreign**: the file is a PNG picture, a text file or another program's SQLite database;
* **empty**: the file has no bytes;
* **half_journal**: a power cut in the middle of a transaction (changed pages already in the
  file) left a rollback journal that was cut short or damaged.

Each trial has no backup, a good backup, or a good backup plus a newer damaged one. Opening must
end in one of the documented outcomes ("ok", "restored", "fresh") with no exception, within a
few seconds; the damaged file is kept; afterwards Paraat's Repository reads the whole household.
A hang kills the test run (faulthandler) instead of stalling CI.

Default: 500 trials (about 10 s). Long form, 3,000 trials::

    PARAAT_LONG_TESTS=1 /tmp/venv/bin/python -m pytest tests/storage/test_recovery.py -s

``-s`` prints the outcomes per category; ``PARAAT_CORRUPT_SEED`` repeats an earlier run.
"""

from __future__ import annotations

import collections
import datetime as dt
import faulthandler
import os
import random
import shutil
import sqlite3
import struct
import time
import zlib
from pathlib import Path

import pytest

from app.core.demo import demo_household, demo_stock
from app.storage import backups
from app.storage.database import DataFolderError, transaction
from app.storage.recovery import (
    APPLIED,
    FRESH,
    JOURNAL,
    OK,
    RESTORED,
    acknowledge,
    open_or_recover,
    recovery_journal,
)
from app.storage.repository import Repository
from app.storage.schema import SchemaTooNew

LONG = os.environ.get("PARAAT_LONG_TESTS") == "1"
TRIALS = 3000 if LONG else 500
TRIAL_SECONDS = 5.0
NOW = dt.datetime(2026, 11, 28, 9, 30)
TODAY = NOW.date()


def _png() -> bytes:
    """A real (tiny) PNG picture."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" + b"\xff\x00\x00" * 2 + b"\x00" + b"\x00\x00\xff" * 2)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def _other_sqlite(folder: Path) -> bytes:
    path = folder / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    connection.execute("INSERT INTO notes (text) VALUES ('shopping')")
    connection.commit()
    connection.close()
    return path.read_bytes()


class Originals:
    """A household file, a good backup of it, and a power cut's file + journal pair."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True)
        database = folder / "paraat.sqlite3"
        repository = Repository.open(database)
        repository.replace_all(demo_household(), demo_stock(TODAY))
        # No free pages (migration 6 rebuilds tables): SQLite does not journal a free page it
        # reuses, so after a rollback its bytes would differ although the data is the same.
        repository.connection.execute("VACUUM")
        self.members = repository.count("member")
        self.contacts = repository.count("contact")
        self.stock = repository.count("stock")
        backup = backups.make_backup(repository.connection, folder / "b", "manual",
                                     NOW - dt.timedelta(days=1))
        repository.close()
        self.database = database.read_bytes()
        self.page_size = 4096
        self.backup_name = backup.path.name
        self.backup = backup.path.read_bytes()
        self.foreign = [_png(), b"Boodschappen:\nwater\nbrood\n" * 50,
                        _other_sqlite(folder)]
        self.torn_database, self.journal = self._power_cut(folder)

    def _power_cut(self, folder: Path) -> tuple[bytes, bytes]:
        """The file and journal as a power cut in the middle of a big transaction leaves them."""
        work = folder / "cut.sqlite3"
        work.write_bytes(self.database)
        connection = sqlite3.connect(work, isolation_level=None)
        connection.execute("PRAGMA cache_size = 2")  # changed pages spill into the file early
        try:
            with transaction(connection):  # as Paraat changes a file: page 1 saved first
                connection.execute("UPDATE stock SET notes = hex(randomblob(300))")
                connection.execute("UPDATE contact SET notes = hex(randomblob(300))")
                connection.execute("UPDATE member SET notes = hex(randomblob(300))")
                torn, journal = work.read_bytes(), Path(f"{work}-journal").read_bytes()
                raise KeyboardInterrupt  # roll back: keep the mid-change bytes
        except KeyboardInterrupt:
            pass
        connection.close()
        assert torn != self.database and len(journal) > self.page_size
        return torn, journal


@pytest.fixture(scope="module")
def originals(tmp_path_factory: pytest.TempPathFactory) -> Originals:
    return Originals(tmp_path_factory.mktemp("originals") / "set")


# --- the ways to damage a file -------------------------------------------------------------------


def bitflip(rng: random.Random, data: bytes, originals: Originals) -> tuple[bytes, bytes | None]:
    damaged = bytearray(data)
    for _ in range(rng.choice((1, 4, 16))):
        damaged[rng.randrange(len(damaged))] ^= 1 << rng.randrange(8)
    return bytes(damaged), None


def truncate(rng: random.Random, data: bytes, originals: Originals) -> tuple[bytes, bytes | None]:
    return data[:rng.randrange(1, len(data))], None


def zeroed(rng: random.Random, data: bytes, originals: Originals) -> tuple[bytes, bytes | None]:
    damaged = bytearray(data)
    size = originals.page_size
    pages = len(data) // size
    for _ in range(rng.choice((1, 1, 2, 3))):
        page = 0 if rng.random() < 0.15 else rng.randrange(pages)
        damaged[page * size:(page + 1) * size] = bytes(size)
    return bytes(damaged), None


def foreign(rng: random.Random, data: bytes, originals: Originals) -> tuple[bytes, bytes | None]:
    return rng.choice(originals.foreign), None


def empty(rng: random.Random, data: bytes, originals: Originals) -> tuple[bytes, bytes | None]:
    return b"", None


def half_journal(rng: random.Random, data: bytes, originals: Originals) -> tuple[bytes, bytes | None]:
    journal = bytearray(originals.journal)
    if rng.random() < 0.7:
        journal = journal[:rng.randrange(1, len(journal))]
    else:
        for _ in range(rng.choice((1, 4, 16))):
            journal[rng.randrange(len(journal))] ^= 1 << rng.randrange(8)
    return originals.torn_database, bytes(journal)


DAMAGE = {f.__name__: f for f in (bitflip, truncate, zeroed, foreign, empty, half_journal)}


def _lay_out(folder: Path, originals: Originals, rng: random.Random, kind: str) -> str:
    """Write a damaged household file and (maybe) backups into ``folder``; return the backups."""
    folder.mkdir()
    data, journal = DAMAGE[kind](rng, originals.database, originals)
    (folder / "paraat.sqlite3").write_bytes(data)
    if journal is not None:
        (folder / "paraat.sqlite3-journal").write_bytes(journal)
    which = rng.choice(("none", "good", "damaged+good"))
    if which != "none":
        (folder / "backups").mkdir()
        (folder / "backups" / originals.backup_name).write_bytes(originals.backup)
    if which == "damaged+good":
        newer = backups.backup_name(NOW - dt.timedelta(hours=1), "import")
        broken, _ = bitflip(rng, originals.backup, originals) if rng.random() < 0.5 else (b"", None)
        (folder / "backups" / newer).write_bytes(truncate(rng, broken or originals.backup, originals)[0])
    return which


def _trial(folder: Path, originals: Originals, rng: random.Random, kind: str) -> str:
    which = _lay_out(folder, originals, rng, kind)
    database = folder / "paraat.sqlite3"
    started = time.perf_counter()
    faulthandler.dump_traceback_later(30, exit=True)  # a hang ends the run loudly
    try:
        repository, outcome = open_or_recover(database, folder / "backups", NOW)
    except SchemaTooNew:
        # A damaged byte in the schema version (10 → 11, 42, …; in the file or in a journal
        # page rolled back into it) reads as a file from a newer Paraat: refused with that
        # message, nothing deleted or replaced (the user can still restore a backup)
        assert database.exists() and kind in ("bitflip", "half_journal", "journal")
        return "refused:too_new"
    finally:
        faulthandler.cancel_dump_traceback_later()
    assert time.perf_counter() - started < TRIAL_SECONDS
    try:
        assert outcome.status in (OK, RESTORED, FRESH, JOURNAL)
        if outcome.status == JOURNAL:  # a damaged journal header: kept aside unused
            assert kind == "half_journal" and outcome.journal_problem
            assert all(path.exists() for path in outcome.journal_kept)
        household = repository.household()  # the whole household reads
        assert repository.connection.execute("PRAGMA quick_check").fetchone() == ("ok",)
        if outcome.status in (OK, JOURNAL):
            assert outcome.damaged_as is None
        else:
            assert outcome.problem
            assert outcome.damaged_as is not None and outcome.damaged_as.exists()
            assert outcome.damaged_as.parent == folder
        if outcome.status == RESTORED and outcome.repaired:  # a header byte, fixed: all there
            # (damaged in the file, or in a journal page rolled back into it, as for too_new)
            assert outcome.restored is None and kind in ("bitflip", "half_journal", "journal")
            assert len(household.members) == originals.members
        elif outcome.status == RESTORED:
            assert which != "none"
            assert outcome.restored.path.name == originals.backup_name
            assert len(household.members) == originals.members
            assert repository.count("stock") == originals.stock
        if outcome.status == FRESH:
            assert which == "none"
            assert repository.is_empty()
    finally:
        repository.close()
    if outcome.journal_problem:
        return f"{outcome.status}:journal-{outcome.journal_problem}"
    if outcome.repaired:
        return f"repaired:{outcome.problem}"
    return f"{outcome.status}:{outcome.problem}" if outcome.problem else outcome.status


def test_random_corruptions(tmp_path: Path, originals: Originals) -> None:
    seed = int(os.environ.get("PARAAT_CORRUPT_SEED", random.randrange(1 << 30)))
    print(f"\nseed {seed}, {TRIALS} trials")
    rng = random.Random(seed)
    kinds = list(DAMAGE)
    outcomes: dict[str, collections.Counter[str]] = {kind: collections.Counter() for kind in kinds}
    started = time.perf_counter()
    for number in range(TRIALS):
        kind = kinds[number % len(kinds)]
        folder = tmp_path / f"t{number}"
        outcomes[kind][_trial(folder, originals, rng, kind)] += 1
        shutil.rmtree(folder)
    elapsed = time.perf_counter() - started
    for kind, counter in outcomes.items():
        print(f"  {kind:13} {dict(sorted(counter.items()))}")
    print(f"  {elapsed:.1f} s, {1000 * elapsed / TRIALS:.1f} ms per trial")
    assert sum(sum(counter.values()) for counter in outcomes.values()) == TRIALS
    # Files that are not a household at all are always seen as damaged.
    for kind in ("foreign", "empty"):
        assert outcomes[kind][OK] == 0


# --- single cases --------------------------------------------------------------------------------


def _setup(folder: Path, originals: Originals, data: bytes, with_backup: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / "paraat.sqlite3"
    database.write_bytes(data)
    if with_backup:
        (folder / "backups").mkdir()
        (folder / "backups" / originals.backup_name).write_bytes(originals.backup)
    return database


def test_sound_file_opens_untouched(tmp_path: Path, originals: Originals) -> None:
    database = _setup(tmp_path, originals, originals.database)
    repository, outcome = open_or_recover(database, tmp_path / "backups", NOW)
    repository.close()
    assert outcome.status == OK
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "paraat.sqlite3"]


def test_missing_file_starts_fresh_without_a_message(tmp_path: Path) -> None:
    repository, outcome = open_or_recover(tmp_path / "paraat.sqlite3", tmp_path / "backups", NOW)
    repository.close()
    assert outcome.status == OK and outcome.damaged_as is None


def test_hot_journal_is_rolled_back_not_moved(tmp_path: Path, originals: Originals) -> None:
    """A power cut mid-transaction: SQLite rolls the journal back and the old data is there;
    the user is told, and where the file and journal as they were are kept."""
    database = _setup(tmp_path, originals, originals.torn_database)
    Path(f"{database}-journal").write_bytes(originals.journal)
    repository, outcome = open_or_recover(database, tmp_path / "backups", NOW)
    try:
        assert (outcome.status, outcome.journal_problem) == (JOURNAL, APPLIED)
        assert [path.read_bytes() for path in outcome.journal_kept] == [
            originals.torn_database, originals.journal]
        assert not Path(f"{database}-journal").exists()
        assert repository.connection.execute(
            "SELECT COUNT(*) FROM stock WHERE length(notes) = 600").fetchone()[0] == 0
    finally:
        repository.close()
    assert database.read_bytes() == originals.database


def test_foreign_file_is_set_aside_and_the_backup_restored(tmp_path: Path,
                                                            originals: Originals) -> None:
    picture = originals.foreign[0]
    database = _setup(tmp_path, originals, picture)
    repository, outcome = open_or_recover(database, tmp_path / "backups", NOW)
    try:
        assert outcome.status == RESTORED
        assert outcome.problem == "cannot_open"
        assert outcome.damaged_as == tmp_path / "paraat-damaged-2026-11-28T093000.sqlite3"
        assert outcome.damaged_as.read_bytes() == picture  # kept, byte for byte
        assert outcome.restored.when == NOW - dt.timedelta(days=1)
        assert outcome.restored.members == originals.members
        assert repository.count("contact") == originals.contacts
    finally:
        repository.close()


def test_damaged_newest_backup_falls_back_to_an_older_one(tmp_path: Path,
                                                          originals: Originals) -> None:
    database = _setup(tmp_path, originals, b"")
    newer = tmp_path / "backups" / backups.backup_name(NOW - dt.timedelta(hours=2), "import")
    newer.write_bytes(originals.backup[:5000])
    repository, outcome = open_or_recover(database, tmp_path / "backups", NOW)
    repository.close()
    assert outcome.status == RESTORED and outcome.problem == "not_paraat"
    assert outcome.skipped == (newer,)
    assert outcome.restored.path.name == originals.backup_name
    assert newer.exists()  # a damaged backup is skipped, not deleted


def test_no_backup_starts_fresh_and_keeps_the_damaged_file(tmp_path: Path,
                                                           originals: Originals) -> None:
    damaged = bytearray(originals.database)
    damaged[100:4096] = bytes(3996)  # the schema page is gone
    database = _setup(tmp_path, originals, bytes(damaged), with_backup=False)
    repository, outcome = open_or_recover(database, tmp_path / "backups", NOW)
    try:
        assert outcome.status == FRESH
        assert repository.is_empty()
        assert outcome.damaged_as.read_bytes() == bytes(damaged)
    finally:
        repository.close()


def test_recovery_is_told_again_until_the_user_has_seen_it(tmp_path: Path,
                                                           originals: Originals) -> None:
    """A crash after the repair but before the message was shown: the next start tells it."""
    database = _setup(tmp_path, originals, b"not a database" * 300)
    repository, first = open_or_recover(database, tmp_path / "backups", NOW)
    repository.close()
    assert first.status == RESTORED
    assert recovery_journal(database).exists()
    repository, again = open_or_recover(database, tmp_path / "backups", NOW)
    repository.close()
    assert (again.status, again.damaged_as, again.restored.path) == (
        RESTORED, first.damaged_as, first.restored.path)
    acknowledge(database)
    assert not recovery_journal(database).exists()
    repository, after = open_or_recover(database, tmp_path / "backups", NOW)
    repository.close()
    assert after.status == OK


def test_fresh_start_is_told_again_until_seen(tmp_path: Path, originals: Originals) -> None:
    database = _setup(tmp_path, originals, b"not a database" * 300, with_backup=False)
    for _ in range(2):
        repository, outcome = open_or_recover(database, tmp_path / "backups", NOW)
        repository.close()
        assert outcome.status == FRESH and outcome.damaged_as is not None
    acknowledge(database)
    repository, outcome = open_or_recover(database, tmp_path / "backups", NOW)
    repository.close()
    assert outcome.status == OK


def test_a_second_damage_the_same_second_gets_its_own_name(tmp_path: Path,
                                                            originals: Originals) -> None:
    for expected in ("paraat-damaged-2026-11-28T093000.sqlite3",
                     "paraat-damaged-2026-11-28T093000-2.sqlite3"):
        database = tmp_path / "paraat.sqlite3"
        database.write_bytes(b"not a database" * 300)
        repository, outcome = open_or_recover(database, None, NOW)
        repository.close()
        assert outcome.damaged_as.name == expected


def test_changed_schema_counts_as_damage(tmp_path: Path, originals: Originals) -> None:
    database = _setup(tmp_path, originals, originals.database)
    connection = sqlite3.connect(database)
    connection.execute("ALTER TABLE member DROP COLUMN notes")
    connection.commit()
    connection.close()
    repository, outcome = open_or_recover(database, tmp_path / "backups", NOW)
    repository.close()
    assert (outcome.status, outcome.problem) == (RESTORED, "schema")


def test_newer_paraat_file_is_left_alone(tmp_path: Path, originals: Originals) -> None:
    database = _setup(tmp_path, originals, originals.database)
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA user_version = 999")
    connection.close()
    before = database.read_bytes()
    with pytest.raises(SchemaTooNew):
        open_or_recover(database, tmp_path / "backups", NOW)
    assert database.read_bytes() == before


def test_file_in_use_is_not_mistaken_for_damage(tmp_path: Path, originals: Originals) -> None:
    database = _setup(tmp_path, originals, originals.database)
    other = sqlite3.connect(database, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DataFolderError):
            open_or_recover(database, tmp_path / "backups", NOW)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert database.read_bytes() == originals.database


def test_in_memory_needs_no_recovery() -> None:
    repository, outcome = open_or_recover(":memory:", None, NOW)
    repository.close()
    assert outcome.status == OK


def test_command_line_recovers_and_says_so(tmp_path: Path, originals: Originals, capsys) -> None:
    from app.__main__ import main

    _setup(tmp_path, originals, originals.foreign[1])
    assert main(["--data-dir", str(tmp_path), "--lang", "nl", "export-contacts",
                 str(tmp_path / "out.vcf")]) == 0
    err = capsys.readouterr().err
    assert "beschadigd" in err and "27-11-2026 09:30" in err
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("paraat-damaged-")]
    assert len(kept) == 1 and str(kept[0]) in err
    assert (tmp_path / "out.vcf").read_text(encoding="utf-8").count("BEGIN:VCARD") == originals.contacts
    assert main(["--data-dir", str(tmp_path), "export-contacts", str(tmp_path / "b.vcf")]) == 0
    assert capsys.readouterr().err == ""
