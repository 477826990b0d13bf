"""The one way Paraat writes a file it hands to the user: the old file or the whole new one.

Every export (PDF, CSV, vCard, iCalendar, JSON, the locked plan file) ends in ``write_atomic``:

1. The target is looked at without following links: a symbolic link, named pipe, device,
   socket or folder at that name is refused (``SpecialTarget`` / ``IsADirectoryError``) and
   nothing is written — replacing it would break a link the user made, or write into a pipe
   or a device instead of a file.
2. The bytes go to a new temporary file beside the target (same folder, so the rename below
   stays on one file system), named ``.<name>.<pid>.<random>.tmp``: the writer's process id
   says whose it is. Every ``os.write`` is checked: a short write is continued, a write that
   makes no progress or fails raises.
3. The temporary file is fsynced and closed (a network file system may report a lost write
   only at close), then renamed over the target (``os.replace``, atomic), then the folder is
   fsynced so the rename itself survives a power cut (a folder that cannot be synced after
   the rename is logged, not reported as a failed write: the new file is complete and in place).
4. On any failure the temporary file is removed and the target is untouched. The OSError
   raised names the target, never the temporary file, so a message built from it shows the
   user's own file name.
5. A crash (power cut, kill) cannot remove its temporary file. So before writing, the temp
   files of the *same* target whose process is gone are removed (``remove_leftovers``): on
   POSIX when ``os.kill(pid, 0)`` finds no such process, on Windows (where that call would end
   the process) and for names without a process id (older versions) when the file is older
   than an hour. A temp file of a process that still runs is never touched. Leftovers of
   other files are not this write's business; delete-all removes those in the data folder
   (their names start with ``.paraat``).

A new file is readable and writable by its owner only (0600 where permissions exist): household
data is private. A file that is replaced keeps the permissions the user gave it.

Qt-free and dependency-free, so app/storage, app/exchange, app/report and app/ui can all use it.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import stat
import tempfile
import time
from pathlib import Path

log = logging.getLogger(__name__)

CHUNK = 1 << 20
"""At most this many bytes per ``os.write`` call (a large buffer may be written in parts)."""

STALE_SECONDS = 3600
"""A temp file this old is a leftover even when its process cannot be asked about (Windows)."""
_ASK_PROCESSES = os.name == "posix"
"""Whether a process id can be checked (``os.kill(pid, 0)``; on Windows it would end it)."""
_NAME_LIMIT = 200
"""At most this many characters of the target's name go into the temp file's name."""

_FOLDER_SYNC_UNSUPPORTED = {errno.EINVAL, errno.EBADF, errno.EACCES, errno.EPERM, errno.EISDIR,
                            getattr(errno, "ENOTSUP", errno.EINVAL),
                            getattr(errno, "EOPNOTSUPP", errno.EINVAL)}


class SpecialTarget(OSError):
    """The target is not a normal file (a link, pipe, device or socket): nothing was written."""

    def __init__(self, path: str | os.PathLike[str], kind: str) -> None:
        super().__init__(errno.EINVAL, f"not a normal file ({kind})", os.fspath(path))
        self.kind = kind


class FolderMissing(FileNotFoundError):
    """The folder the file should go into does not exist: nothing was written."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(errno.ENOENT, "the folder does not exist", os.fspath(path))


def _kind(mode: int) -> str | None:
    """What a non-regular file is, in a word; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISLNK(mode):
        return "link"
    if stat.S_ISFIFO(mode):
        return "pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special"


def check_target(path: str | os.PathLike[str]) -> int | None:
    """Refuse a target that is not a normal file; the permission bits of an existing file.

    Raises IsADirectoryError for a folder, SpecialTarget for a link, pipe, device or socket,
    FolderMissing when the folder is not there, NotADirectoryError when it is a file.
    Returns None when no file exists at ``path`` yet.
    """
    target = Path(path)
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        folder = target.parent
        if not folder.exists():
            raise FolderMissing(target) from None
        if not folder.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), os.fspath(target)) from None
        return None
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), os.fspath(target))
    kind = _kind(info.st_mode)
    if kind is not None:
        raise SpecialTarget(target, kind)
    return stat.S_IMODE(info.st_mode)


def write_all(descriptor: int, data: bytes | bytearray | memoryview) -> None:
    """Write every byte of ``data`` to ``descriptor``; OSError when the disk takes no more.

    ``os.write`` may write fewer bytes than asked (a full disk, a signal, a large buffer): the
    rest is written by the next call, which then reports the real error. A call that writes
    nothing without an error is treated as a full disk instead of being retried for ever.
    """
    view = memoryview(data).cast("B")
    while view:
        written = os.write(descriptor, view[:CHUNK])
        if written <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[written:]


def write_atomic(path: str | os.PathLike[str], data: bytes | bytearray | memoryview) -> None:
    """Replace the file at ``path`` by ``data``: afterwards it is the old file or the whole new one.

    Raises OSError naming ``path`` when that is not possible (see the module docstring); the
    old file is then untouched and no temporary file is left.
    """
    target = Path(path)
    old_mode = check_target(target)
    folder = target.parent
    remove_leftovers(target)
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f"{_temp_prefix(target)}{os.getpid()}.",
                                                 suffix=".tmp", dir=folder)
    except OSError as error:
        raise _naming(error, target) from None
    try:
        try:
            if old_mode is not None and hasattr(os, "fchmod"):
                os.fchmod(descriptor, old_mode)
            write_all(descriptor, data)
            os.fsync(descriptor)
        except BaseException:
            with contextlib.suppress(OSError):
                os.close(descriptor)  # the first error is the one to tell
            raise
        os.close(descriptor)
        check_target(target)  # it may have become a link or a pipe while we wrote
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise _naming(error, target) from None
        raise
    try:
        sync_folder(folder)
    except OSError as error:  # the new file is complete and in place: only the rename's
        log.warning("the folder of an exported file could not be synced: %s",  # durability
                    errno.errorcode.get(error.errno or 0, type(error).__name__))  # is in doubt


def _temp_prefix(target: Path) -> str:
    return f".{target.name[:_NAME_LIMIT]}."


def process_running(pid: int) -> bool:
    """Whether process ``pid`` still runs. This process counts as running, and so does any
    process where that cannot be asked (Windows, where ``os.kill(pid, 0)`` would end it)."""
    if pid == os.getpid() or not _ASK_PROCESSES:
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it runs, as another user
        return True
    return True


def remove_leftovers(path: str | os.PathLike[str]) -> list[Path]:
    """Remove the temp files an earlier write of ``path`` left when its process died (module
    docstring, step 5). Returns what was removed; never raises."""
    target = Path(path)
    prefix = _temp_prefix(target)
    pattern = re.compile(r"(?:(\d+)\.)?[a-z0-9_]{8}\.tmp")  # mkstemp's 8 random characters
    limit = time.time() - STALE_SECONDS
    removed: list[Path] = []
    try:
        with os.scandir(target.parent) as scan:
            entries = list(scan)
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not name.startswith(prefix):
            continue
        match = pattern.fullmatch(name[len(prefix):])
        if match is None:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode):
                continue
            pid = match.group(1)
            if pid is not None and _ASK_PROCESSES:
                stale = not process_running(int(pid))  # a running writer's file is never touched
            else:
                stale = info.st_mtime < limit
            if stale:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except (OSError, ValueError, OverflowError):
            continue
    return removed


def sync_folder(folder: str | os.PathLike[str]) -> None:
    """Make a rename in ``folder`` durable (POSIX). Folders cannot be opened on Windows, and
    some file systems refuse to sync one: that is not a failed write, the file itself is synced.
    Any other error (an I/O error) is raised."""
    if os.name != "posix":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError as error:
        if error.errno not in _FOLDER_SYNC_UNSUPPORTED:
            raise
    finally:
        os.close(descriptor)


def _naming(error: OSError, target: Path) -> OSError:
    """The same kind of error, naming the target instead of a temporary file."""
    if isinstance(error, SpecialTarget | FolderMissing) or error.errno is None:
        return error
    return OSError(error.errno, error.strerror or os.strerror(error.errno), os.fspath(target))
