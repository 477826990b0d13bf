"""The one writer: the old file or the whole new one, special targets refused, every write
checked, the real reason told (full disk, no permission, read-only medium), never a temp path."""

from __future__ import annotations

import errno
import os
import re
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.storage import safe_write
from app.storage.safe_write import FolderMissing, SpecialTarget, write_atomic
from app.words.bilingual import os_error_reason
from tests.fault_injection import crash_at, fail_at, list_steps
from tests.tiny_disk import fill, leftovers, make_read_only, tiny_disk

OLD = b"the old file, complete\n"
NEW = b"the new file, " + b"x" * 20_000 + b" complete\n"


def _scene(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir(exist_ok=True)
    for name in os.listdir(folder):
        os.unlink(folder / name)
    target = folder / "plan.csv"
    target.write_bytes(OLD)
    return target


# --- normal writes ------------------------------------------------------------------------------


def test_writes_a_new_file_private_and_replaces_an_old_one_keeping_its_permissions(tmp_path):
    target = tmp_path / "new.csv"
    write_atomic(target, NEW)
    assert target.read_bytes() == NEW
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        target.chmod(0o640)
    write_atomic(target, OLD)
    assert target.read_bytes() == OLD
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert leftovers(tmp_path, {"new.csv"}) == []


def test_short_writes_are_continued_until_every_byte_is_written(tmp_path, monkeypatch):
    calls = []
    real_write = os.write

    def short_write(descriptor, data):
        calls.append(len(data))
        return real_write(descriptor, bytes(data[:7]))

    monkeypatch.setattr(safe_write.os, "write", short_write)
    target = tmp_path / "short.csv"
    write_atomic(target, NEW)
    monkeypatch.undo()
    assert target.read_bytes() == NEW
    assert len(calls) == -(-len(NEW) // 7)


def test_a_write_that_makes_no_progress_is_a_full_disk_not_an_endless_loop(tmp_path, monkeypatch):
    target = _scene(tmp_path)
    monkeypatch.setattr(safe_write.os, "write", lambda descriptor, data: 0)
    with pytest.raises(OSError) as caught:
        write_atomic(target, NEW)
    monkeypatch.undo()
    assert caught.value.errno == errno.ENOSPC and caught.value.filename == str(target)
    assert target.read_bytes() == OLD
    assert leftovers(target.parent, {"plan.csv"}) == []


def test_a_large_buffer_is_written_in_parts(tmp_path):
    data = os.urandom(3 * safe_write.CHUNK + 17)
    target = tmp_path / "big.bin"
    write_atomic(target, memoryview(data))
    assert target.read_bytes() == data


# --- special targets ----------------------------------------------------------------------------


def test_a_symlink_is_refused_and_neither_it_nor_its_file_changes(tmp_path):
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_bytes(OLD)
    link = tmp_path / "link.csv"
    link.symlink_to(elsewhere)
    with pytest.raises(SpecialTarget) as caught:
        write_atomic(link, NEW)
    assert link.is_symlink() and elsewhere.read_bytes() == OLD
    assert leftovers(tmp_path, {"elsewhere.txt", "link.csv"}) == []
    assert os_error_reason(caught.value, "nl") == "dit is een link naar een ander bestand, geen gewoon bestand"
    assert os_error_reason(caught.value, "en") == "this is a link to another file, not a normal file"


def test_a_dangling_symlink_is_refused_too(tmp_path):
    link = tmp_path / "dangling.csv"
    link.symlink_to(tmp_path / "nowhere.csv")
    with pytest.raises(SpecialTarget):
        write_atomic(link, NEW)
    assert not (tmp_path / "nowhere.csv").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_without_waiting(tmp_path):
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    with pytest.raises(SpecialTarget) as caught:
        write_atomic(pipe, NEW)
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert caught.value.kind == "pipe"
    assert os_error_reason(caught.value, "nl") == "dit is geen gewoon bestand"
    assert leftovers(tmp_path, {"pipe.csv"}) == []


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null")
def test_a_device_is_refused_and_nothing_is_made_beside_it():
    before = set(os.listdir("/dev"))
    with pytest.raises(SpecialTarget) as caught:
        write_atomic("/dev/null", NEW)
    assert caught.value.kind == "device" and caught.value.filename == "/dev/null"
    assert set(os.listdir("/dev")) - before == set()


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets")
def test_a_socket_is_refused(tmp_path):
    path = tmp_path / "s.csv"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        with pytest.raises(SpecialTarget):
            write_atomic(path, NEW)
        assert stat.S_ISSOCK(os.lstat(path).st_mode)
    finally:
        server.close()


def test_a_folder_is_refused(tmp_path):
    folder = tmp_path / "plan.csv"
    folder.mkdir()
    with pytest.raises(IsADirectoryError) as caught:
        write_atomic(folder, NEW)
    assert folder.is_dir() and os_error_reason(caught.value, "en") == "this is a folder, not a file"


def test_a_missing_folder_is_said_in_words(tmp_path):
    with pytest.raises(FolderMissing) as caught:
        write_atomic(tmp_path / "no" / "such" / "plan.csv", NEW)
    assert os_error_reason(caught.value, "nl") == "de map bestaat niet"
    assert os_error_reason(caught.value, "en") == "the folder does not exist"
    assert not (tmp_path / "no").exists()


# --- a failure at every step --------------------------------------------------------------------


def test_the_steps_of_a_write_are_temp_file_writes_fsync_rename_and_folder_fsync(tmp_path):
    target = _scene(tmp_path)
    steps = list_steps(lambda: write_atomic(target, NEW))
    kinds = [step.split()[0] for step in steps]
    assert kinds[0] == "open" and kinds[1] == "write"
    assert kinds[-3:] == ["fsync", "replace", "fsync"], steps
    assert target.read_bytes() == NEW


@pytest.mark.parametrize(("code", "nl", "en"), [
    (errno.ENOSPC, "de schijf is vol", "the disk is full"),
    (getattr(errno, "EDQUOT", errno.ENOSPC), "de schijf is vol", "the disk is full"),
    (errno.EACCES, "geen toestemming", "permission denied"),
    (errno.EPERM, "geen toestemming", "permission denied"),
    (errno.EROFS, "de schijf of USB-stick kan alleen gelezen worden, niet beschreven",
     "the disk or USB stick is read-only"),
    (errno.EIO, "de schijf gaf een fout bij het lezen of schrijven",
     "the disk reported an error while reading or writing"),
])
def test_an_error_at_every_step_leaves_the_old_file_and_no_temp_file(tmp_path, code, nl, en):
    target = _scene(tmp_path)
    steps = list_steps(lambda: write_atomic(target, NEW))
    assert len(steps) >= 5
    failed = 0
    for n, step in enumerate(steps):
        target = _scene(tmp_path)
        outcome = fail_at(lambda: write_atomic(target, NEW), n, code)  # noqa: B023
        if step.startswith("fsync") and n == len(steps) - 1:
            # the folder sync after the rename: the new file is complete and in place
            assert outcome is None and target.read_bytes() == NEW, step
        else:
            assert isinstance(outcome, OSError), (step, outcome)
            assert outcome.errno == code, step
            assert outcome.filename == str(target), step  # the user's file, never the temp file
            assert ".tmp" not in str(outcome)
            assert os_error_reason(outcome, "nl") == nl and os_error_reason(outcome, "en") == en
            assert target.read_bytes() == OLD, step
            failed += 1
        assert leftovers(target.parent, {"plan.csv"}) == [], step
    assert failed == len(steps) - 1
    print(f"{len(steps)} failure points tried for errno {errno.errorcode[code]}")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="crash points need fork")
def test_a_crash_at_every_step_leaves_the_old_or_the_whole_new_file(tmp_path):
    target = _scene(tmp_path)
    steps = list_steps(lambda: write_atomic(target, NEW))
    for n, step in enumerate(steps):
        target = _scene(tmp_path)
        assert crash_at(lambda: write_atomic(target, NEW), n), step  # noqa: B023
        assert target.read_bytes() in (OLD, NEW), step
        # a crash may leave the temporary file: named so that delete-all knows it is Paraat's
        assert all(name.startswith(".plan.csv.") and name.endswith(".tmp")
                   for name in leftovers(target.parent, {"plan.csv"})), step
    print(f"{len(steps)} crash points tried")


def test_an_interruption_while_writing_leaves_the_old_file(tmp_path, monkeypatch):
    target = _scene(tmp_path)

    def interrupted(descriptor, data):
        raise KeyboardInterrupt

    monkeypatch.setattr(safe_write.os, "write", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, NEW)
    monkeypatch.undo()
    assert target.read_bytes() == OLD and leftovers(target.parent, {"plan.csv"}) == []


# --- a real full disk, a real read-only medium, real permissions --------------------------------


def test_a_really_full_disk_leaves_the_old_file_and_says_the_disk_is_full(tmp_path):
    with tiny_disk(tmp_path / "stick") as stick:
        target = stick / "plan.csv"
        target.write_bytes(OLD)
        fill(stick)
        with pytest.raises(OSError) as caught:
            write_atomic(target, NEW)
        assert caught.value.errno == errno.ENOSPC and caught.value.filename == str(target)
        assert os_error_reason(caught.value, "nl") == "de schijf is vol"
        assert target.read_bytes() == OLD
        assert leftovers(stick, {"plan.csv", "filler.bin"}) == []
        os.unlink(stick / "filler.bin")  # room again: the same write now succeeds
        write_atomic(target, NEW)
        assert target.read_bytes() == NEW


def test_a_read_only_medium_is_said_in_words(tmp_path):
    with tiny_disk(tmp_path / "stick") as stick:
        target = stick / "plan.csv"
        target.write_bytes(OLD)
        make_read_only(stick)
        with pytest.raises(OSError) as caught:
            write_atomic(target, NEW)
        assert caught.value.errno == errno.EROFS and caught.value.filename == str(target)
        assert os_error_reason(caught.value, "en") == "the disk or USB stick is read-only"
        assert target.read_bytes() == OLD and leftovers(stick, {"plan.csv"}) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root writes into read-only folders (covered by the injected EACCES)")
def test_a_folder_without_write_permission_is_said_in_words(tmp_path):
    target = _scene(tmp_path)
    target.parent.chmod(0o500)
    try:
        with pytest.raises(PermissionError) as caught:
            write_atomic(target, NEW)
    finally:
        target.parent.chmod(0o700)
    assert caught.value.filename == str(target)
    assert os_error_reason(caught.value, "nl") == "geen toestemming"
    assert target.read_bytes() == OLD and leftovers(target.parent, {"plan.csv"}) == []


def test_an_unknown_error_never_shows_a_path():
    assert os_error_reason(OSError("failed on /tmp/.plan.csv.abc.tmp"), "nl") == "een onbekende fout"
    unknown = OSError(errno.ECONNRESET, "Connection reset by peer", "/x/.p.tmp")
    assert os_error_reason(unknown, "en") == "Connection reset by peer"
    assert os_error_reason(unknown, "nl") == "het systeem meldt een fout (ECONNRESET)"


@pytest.mark.parametrize(("code", "nl"), [
    (errno.EISDIR, "dit is een map, geen bestand"),
    (errno.EEXIST, "er staat al een bestand met die naam waar een map moet komen"),
    (errno.ENOTDIR, "een deel van de naam is geen map"),
    (errno.ELOOP, "hier staat een link in plaats van een gewoon bestand of map"),
    (errno.ENAMETOOLONG, "de naam is te lang"),
    (errno.ENXIO, "het apparaat of de schijf is er niet (meer)"),
    (errno.EBUSY, "een ander programma gebruikt het"),
    (errno.EXDEV, "het bestand kan niet naar een andere schijf worden verplaatst"),
])
def test_the_systems_reasons_are_said_in_dutch(code, nl):
    error = OSError(code, os.strerror(code), "/x/file")
    assert os_error_reason(error, "nl") == nl
    assert os.strerror(code) not in os_error_reason(error, "nl")
    assert os_error_reason(error, "en") not in (nl, os.strerror(code), "an unknown error")


def test_every_errno_is_said_in_dutch_words_or_as_a_code():
    for code in errno.errorcode:
        text = os_error_reason(OSError(code, os.strerror(code)), "nl")
        assert os.strerror(code) not in text, code


# --- leftovers of a crashed write are removed by the next write of the same file ----------------

_TEMP_NAME = re.compile(r"\.plan\.csv\.(\d+)\.[a-z0-9_]{8}\.tmp")


def _dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.mark.skipif(not hasattr(os, "fork"), reason="crash points need fork")
def test_a_crash_at_the_write_leaves_a_temp_file_the_next_write_removes(tmp_path):
    target = _scene(tmp_path)
    steps = list_steps(lambda: write_atomic(target, NEW))
    n = next(n for n, step in enumerate(steps) if step.startswith("write"))
    target = _scene(tmp_path)
    assert crash_at(lambda: write_atomic(target, NEW), n)
    left = leftovers(target.parent, {"plan.csv"})
    assert len(left) == 1 and target.read_bytes() == OLD
    match = _TEMP_NAME.fullmatch(left[0])
    assert match, left  # the temp file says which process wrote it
    assert int(match.group(1)) != os.getpid()
    write_atomic(target, NEW)  # the crashed process is gone: its temp file goes
    assert target.read_bytes() == NEW
    assert leftovers(target.parent, {"plan.csv"}) == []


@pytest.mark.skipif(not hasattr(os, "fork"), reason="crash points need fork")
def test_after_a_crash_at_every_step_the_next_write_leaves_no_temp_file(tmp_path):
    target = _scene(tmp_path)
    steps = list_steps(lambda: write_atomic(target, NEW))
    crashed_with_leftover = 0
    for n, step in enumerate(steps):
        target = _scene(tmp_path)
        assert crash_at(lambda: write_atomic(target, NEW), n), step  # noqa: B023
        crashed_with_leftover += bool(leftovers(target.parent, {"plan.csv"}))
        write_atomic(target, OLD + NEW)
        assert target.read_bytes() == OLD + NEW, step
        assert leftovers(target.parent, {"plan.csv"}) == [], step
    assert crashed_with_leftover >= len(steps) - 3  # the control: most crash points leave one
    print(f"{len(steps)} crash points tried, {crashed_with_leftover} left a temp file")


@pytest.mark.skipif(os.name != "posix", reason="process ids are asked on POSIX only")
def test_only_the_same_files_leftovers_of_ended_processes_are_removed(tmp_path):
    target = _scene(tmp_path)
    dead, alive = _dead_pid(), os.getppid()
    names = {
        "dead": f".plan.csv.{dead}.abcd_123.tmp",
        "alive": f".plan.csv.{alive}.abcd_123.tmp",  # another Paraat writing this file now
        "mine": f".plan.csv.{os.getpid()}.abcd_123.tmp",  # this process, another thread
        "other file": f".other.csv.{dead}.abcd_123.tmp",  # not this write's business
        "user's": ".plan.csv.notes.tmp",  # not a name the writer makes
    }
    for name in names.values():
        (target.parent / name).write_bytes(b"x")
    removed = safe_write.remove_leftovers(target)
    assert [path.name for path in removed] == [names["dead"]]
    assert sorted(leftovers(target.parent, {"plan.csv"})) == sorted(
        name for key, name in names.items() if key != "dead")


def test_without_a_process_id_to_ask_only_old_leftovers_are_removed(tmp_path, monkeypatch):
    """Windows (os.kill would end the process) and names from before the process id: by age."""
    monkeypatch.setattr(safe_write, "_ASK_PROCESSES", False)
    target = _scene(tmp_path)
    old = [f".plan.csv.{_dead_pid()}.abcd_123.tmp", ".plan.csv.ua2zhm1h.tmp"]
    new = [f".plan.csv.{_dead_pid()}.efgh_456.tmp", ".plan.csv.xy2zhm1h.tmp"]
    hours_ago = time.time() - safe_write.STALE_SECONDS - 60
    for name in old + new:
        (target.parent / name).write_bytes(b"x")
    for name in old:
        os.utime(target.parent / name, (hours_ago, hours_ago))
    write_atomic(target, NEW)
    assert sorted(leftovers(target.parent, {"plan.csv"})) == sorted(new)


def test_a_leftover_in_the_data_folder_is_erased_by_delete_all(tmp_path):
    from app.paths import data_location
    from app.storage.erase import erase_data, made_by_paraat

    location = data_location(tmp_path / "data")
    location.folder.mkdir()
    pid = _dead_pid() if os.name == "posix" else 1
    leftover = location.folder / f".paraat-export.json.{pid}.abcd_123.tmp"
    leftover.write_bytes(b"x")
    assert made_by_paraat(leftover)
    report = erase_data(location)
    assert leftover in report.removed and not leftover.exists()
