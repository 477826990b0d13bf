"""Writing an exported file so that it is either the old file or the complete new one.

The bytes go to a temporary file in the same folder, are flushed and fsynced, and then replace
the target with ``os.replace`` (atomic on one file system). A failure leaves no temporary file.
``ImportRefused`` is what every import raises for a file it cannot read as a whole.

``read_limited`` is how every import reads its file: the size is checked before a byte is read
(and again while reading, for a file that grows), and only regular files are read, so a named
pipe or a device (/dev/zero, /dev/stdin) cannot make an import wait or read for ever.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from app.core.fields import Problem


class ImportRefused(Exception):
    """The whole file cannot be imported; ``problem`` says why. Nothing was read into Paraat."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(f"{problem.code} {problem.params}")
        self.problem = problem


def read_limited(path: str | os.PathLike[str], max_bytes: int) -> bytes:
    """The bytes of the file at ``path``; ImportRefused when it is too large or not a file.

    ``too_large`` carries ``max_mb``; ``not_a_file`` is a pipe, device or socket. Opening with
    O_NONBLOCK means a named pipe without a writer is refused instead of waited on. OSError
    when the file cannot be opened or read (missing, no permission, a folder).
    """
    refused = ImportRefused(Problem("too_large", {"max_mb": round(max_bytes / 1024 / 1024)}))
    if os.stat(path).st_size > max_bytes:
        raise refused
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                         | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(info.st_mode):
            raise ImportRefused(Problem("not_a_file"))
        if info.st_size > max_bytes:
            raise refused
    except BaseException:
        os.close(descriptor)
        raise
    with os.fdopen(descriptor, "rb") as stream:
        data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:  # it grew while it was read
        raise refused
    return data


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` by ``data`` atomically; raises OSError when that is not possible.

    The new file is readable and writable by its owner only (0600 where permissions exist):
    household data is private, and exports go where the user chose to put them.
    """
    target = Path(path)
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                         dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); folders cannot be opened on Windows."""
    if os.name != "posix":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)
