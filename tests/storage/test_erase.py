"""Alles wissen: everything Paraat made in the data folder goes; nothing else is touched."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from app.__main__ import main
from app.core.demo import demo_household
from app.core.records import Member
from app.paths import DataLocation, data_location
from app.storage.erase import EraseReport, erase_data, made_by_paraat
from app.storage.repository import Repository

CANARY = "ZZCANARY-4711"


def canary_hits(folder: Path) -> list[Path]:
    """Files under ``folder`` holding the canary as UTF-8 or UTF-16 (either byte order)."""
    needles = [CANARY.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    return [path for path in folder.rglob("*") if path.is_file()
            and any(needle in path.read_bytes() for needle in needles)]


def fill(location: DataLocation) -> None:
    """A household with the canary in it, a backup, a damaged file set aside, a log and its rotation."""
    repository = Repository.open(location.database)
    repository.replace_all(demo_household(), [])
    repository.add("member", Member(name=CANARY))
    repository.close()
    assert location.backups is not None
    location.backups.mkdir()
    copy = location.database.read_bytes()
    (location.backups / "paraat-2026-11-28T041502-start.sqlite3").write_bytes(copy)
    (location.backups / "paraat-2026-11-28T041600-import.sqlite3.tmp").write_bytes(copy)
    (location.folder / "paraat-damaged-2026-11-28T041502.sqlite3").write_bytes(copy)
    (location.folder / "paraat.sqlite3-journal").write_bytes(copy[:4096])
    (location.folder / "paraat.log").write_text(f"warning about {CANARY}\n")
    (location.folder / "paraat.log.1").write_text("older\n")


def test_erase_removes_every_file_paraat_made(data_dir: Path) -> None:
    location = data_location(data_dir)
    fill(location)
    assert canary_hits(data_dir)  # the scan can see the canary (also in the database file)
    closed = []
    report = erase_data(location, close=lambda: closed.append(True))
    assert closed == [True]
    assert report.complete and report.failed == [] and report.left_alone == []
    assert set(report.removed) >= {
        location.database, data_dir / "paraat.sqlite3-journal", data_dir / "paraat.log",
        data_dir / "paraat.log.1", data_dir / "paraat-damaged-2026-11-28T041502.sqlite3",
        location.backups / "paraat-2026-11-28T041502-start.sqlite3", location.backups, data_dir}
    assert not data_dir.exists()


def test_other_files_in_a_chosen_folder_are_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "Documents"
    location = data_location(folder)
    fill(location)
    (folder / "tax return 2025.pdf").write_bytes(b"%PDF mine")
    (folder / "holiday").mkdir()
    (location.backups / "notes.txt").write_text("mine too")
    report = erase_data(location)
    assert report.complete
    assert sorted(report.left_alone) == sorted([folder / "holiday", folder / "tax return 2025.pdf",
                                                location.backups / "notes.txt"])
    assert sorted(path.name for path in folder.rglob("*")) == [
        "backups", "holiday", "notes.txt", "tax return 2025.pdf"]
    assert canary_hits(folder) == []


def test_files_are_overwritten_before_they_are_deleted(data_dir: Path, monkeypatch) -> None:
    location = data_location(data_dir)
    fill(location)
    seen: dict[str, bytes] = {}
    real_unlink = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        seen[self.name] = self.read_bytes()
        real_unlink(self, missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    erase_data(location)
    assert seen["paraat.sqlite3"] and set(seen["paraat.sqlite3"]) == {0}
    assert all(set(content) <= {0} for content in seen.values())


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need rights on Windows")
def test_a_link_is_removed_but_never_followed(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.sqlite3"
    outside.write_text(CANARY)
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "paraat.sqlite3").symlink_to(outside)
    report = erase_data(data_location(folder))
    assert report.complete
    assert outside.read_text() == CANARY
    assert not folder.exists()


def test_what_cannot_be_removed_is_reported(data_dir: Path, monkeypatch) -> None:
    location = data_location(data_dir)
    fill(location)
    real_unlink = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self.name == "paraat.log":
            error = PermissionError(13, "Permission denied")
            if sys.platform == "win32":
                error.winerror = 32  # type: ignore[attr-defined]
            raise error
        real_unlink(self, missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    report = erase_data(location)
    assert not report.complete
    assert report.failed == [(data_dir / "paraat.log",
                              "in_use" if sys.platform == "win32" else "permission")]
    assert location.database in report.removed and data_dir not in report.removed
    assert sorted(path.name for path in data_dir.iterdir()) == ["paraat.log"]


def test_public_mode_and_a_missing_folder_have_nothing_to_erase(tmp_path: Path) -> None:
    assert erase_data(data_location(public=True)) == EraseReport()
    assert erase_data(data_location(tmp_path / "never")) == EraseReport()


def test_paraat_names() -> None:
    assert made_by_paraat(Path("paraat.sqlite3")) and made_by_paraat(Path("Paraat.LOG.1"))
    assert made_by_paraat(Path(".paraat.sqlite3.abc.tmp"))
    assert not made_by_paraat(Path("notes.txt")) and not made_by_paraat(Path("my-paraat.pdf"))


# --- the command line ---------------------------------------------------------------------------


def test_delete_all_without_yes_refuses_and_changes_nothing(data_dir: Path, capsys) -> None:
    location = data_location(data_dir)
    fill(location)
    before = sorted((path, path.read_bytes()) for path in data_dir.rglob("*") if path.is_file())
    assert main(["--lang", "en", "delete-all"]) == 1
    err = capsys.readouterr().err
    assert "--yes" in err and "cannot be undone" in err and "Traceback" not in err
    assert sorted((path, path.read_bytes()) for path in data_dir.rglob("*") if path.is_file()) == before


def test_delete_all_yes_deletes_and_says_what(data_dir: Path, capsys) -> None:
    fill(data_location(data_dir))
    assert main(["delete-all", "--yes"]) == 0
    out = capsys.readouterr().out
    assert f"Gewist: {data_dir / 'paraat.sqlite3'}" in out
    assert "staan nog waar je ze hebt neergezet" in out
    assert not data_dir.exists()


def test_delete_all_in_a_portable_folder(tmp_path: Path, monkeypatch, capsys) -> None:
    executable = tmp_path / "stick" / "Paraat"
    executable.parent.mkdir()
    executable.write_bytes(b"")
    (executable.parent / "portable").write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    location = data_location()
    assert location.mode == "portable"
    fill(location)
    assert main(["delete-all", "--yes"]) == 0
    assert sorted(os.listdir(executable.parent)) == ["Paraat", "portable"]
    assert canary_hits(tmp_path) == []


def test_delete_all_in_public_mode_has_nothing_to_do(data_dir: Path, capsys) -> None:
    assert main(["--public", "--lang", "en", "delete-all", "--yes"]) == 0
    assert "nothing to delete" in capsys.readouterr().out
    assert not data_dir.exists()


def test_an_open_log_file_is_closed_first_and_logging_goes_on(data_dir: Path) -> None:
    import logging

    location = data_location(data_dir)
    fill(location)
    handler = logging.FileHandler(data_dir / "paraat.log", encoding="utf-8")
    logger = logging.getLogger()
    logger.addHandler(handler)
    try:
        logger.warning("before")
        report = erase_data(location)
        assert report.complete and data_dir / "paraat.log" in report.removed
        assert handler.stream is None  # closed, so Windows could delete it
        data_dir.mkdir()
        logger.warning("after")
        assert "after" in (data_dir / "paraat.log").read_text()
    finally:
        logger.removeHandler(handler)
        handler.close()
