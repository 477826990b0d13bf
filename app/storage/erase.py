"""Alles wissen: remove everything Paraat keeps on this computer (RELIABILITY.md §5, G1).

The database is closed first, then every file Paraat made in the data folder is overwritten
with zeros, flushed and deleted: the database and its journal, the backups, files set aside
as damaged, the log and its rotations, and temporary files. Files Paraat did not make (their
names do not start with ``paraat``) are left alone, and listed, so a data folder chosen with
``--data-dir`` inside someone's Documents never loses other files. The data folder and the
backups folder are removed when they end up empty.

What this cannot do, and says so: reach copies the user saved elsewhere (PDFs, CSV and vCard
files, plan files on a USB stick), and promise that flash memory (SSD, USB stick) no longer
holds the old blocks — overwriting a file on flash does not reliably overwrite the cells
(Wei et al., FAST 2011). The overwrite helps on hard disks; on flash only the encrypted plan
file protects what is on it.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.paths import DataLocation

OVERWRITE_LIMIT = 512 * 1024 * 1024
"""Files larger than this are deleted without overwriting them first (none should be)."""
_CHUNK = 1024 * 1024


@dataclass
class EraseReport:
    """What was removed, what could not be removed (with a reason code), what was left alone.

    Reason codes: "in_use" (another program has it open), "permission", "other".
    """

    removed: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    left_alone: list[Path] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.failed


def made_by_paraat(path: Path) -> bool:
    """Paraat's own files: ``paraat.sqlite3``, its journal, backups, logs, temporary files."""
    name = path.name.lower()
    return name.startswith(("paraat", ".paraat"))


def _reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        # Windows says "permission" for a file another process holds open
        return "in_use" if getattr(error, "winerror", None) == 32 else "permission"
    if error.errno in (errno.EBUSY, errno.ETXTBSY):
        return "in_use"
    return "other"


def _overwrite(path: Path) -> None:
    """Fill the file with zeros and flush it to the disk (best effort on flash memory)."""
    size = path.stat().st_size
    if size == 0 or size > OVERWRITE_LIMIT:
        return
    with open(path, "r+b", buffering=0) as handle:
        zeros = bytes(min(size, _CHUNK))
        left = size
        while left > 0:
            written = handle.write(zeros[:min(left, len(zeros))])
            left -= written or 0
        os.fsync(handle.fileno())


def _remove_file(path: Path, report: EraseReport) -> None:
    try:
        _overwrite(path)
        path.unlink()
    except FileNotFoundError:
        return
    except OSError as error:
        report.failed.append((path, _reason(error)))
        return
    report.removed.append(path)


def _unlink_link(path: Path, report: EraseReport) -> None:
    try:
        path.unlink()
    except OSError as error:
        report.failed.append((path, _reason(error)))
        return
    report.removed.append(path)


def _remove_folder_if_empty(folder: Path, report: EraseReport) -> None:
    try:
        folder.rmdir()
    except FileNotFoundError:
        return
    except OSError:
        return  # not empty (something was left alone or could not be removed): keep it
    report.removed.append(folder)


def _clear(folder: Path, report: EraseReport, skip: Path | None = None) -> None:
    """Remove Paraat's files in ``folder``; list the others as left alone."""
    try:
        entries = sorted(folder.iterdir())
    except FileNotFoundError:
        return
    except OSError as error:
        report.failed.append((folder, _reason(error)))
        return
    for path in entries:
        try:
            mode = path.lstat().st_mode
        except OSError:
            continue
        if path == skip:
            continue  # the backups folder is cleared first, and removed when empty
        if stat.S_ISLNK(mode) and made_by_paraat(path):
            _unlink_link(path, report)  # a link is removed, never followed
        elif stat.S_ISREG(mode) and made_by_paraat(path):
            _remove_file(path, report)
        else:
            report.left_alone.append(path)


def release_log_files(folder: Path) -> None:
    """Close log files Paraat has open in ``folder`` (Windows cannot delete an open file).

    A closed FileHandler opens its file again at the next message, so logging goes on.
    """
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.FileHandler):
            try:
                inside = Path(handler.baseFilename).resolve().parent == folder.resolve()
            except OSError:
                continue
            if inside:
                handler.close()


def erase_data(location: DataLocation, close: Callable[[], None] | None = None) -> EraseReport:
    """Delete everything Paraat keeps in ``location``; ``close`` closes the open database first.

    In public mode there is nothing on the disk; the report is empty. Never raises OSError:
    what could not be removed is in ``failed``.
    """
    if close is not None:
        close()
    report = EraseReport()
    folder = location.folder
    if folder is None or not folder.is_dir():
        return report
    release_log_files(folder)
    backups = location.backups
    if backups is not None and not (backups.is_dir() and not backups.is_symlink()):
        backups = None  # no backups folder (a link is never followed)
    if backups is not None:
        _clear(backups, report)
        _remove_folder_if_empty(backups, report)
    _clear(folder, report, skip=backups)
    _remove_folder_if_empty(folder, report)
    return report
