"""Reading an imported file with limits, and writing an exported one honestly.

``write_atomic`` is app/storage/safe_write.py's, the one writer for every file Paraat writes
(the old file or the complete new one; special targets refused; every write checked).
``ImportRefused`` is what every import raises for a file it cannot read as a whole.

``read_limited`` is how every import reads its file: the size is checked before a byte is read
(and again while reading, for a file that grows), and only regular files are read, so a named
pipe or a device (/dev/zero, /dev/stdin) cannot make an import wait or read for ever.
"""

from __future__ import annotations

import errno
import os
import stat

from app.core.fields import Problem
from app.storage.safe_write import SpecialTarget, write_atomic

__all__ = ["ImportRefused", "SpecialTarget", "read_limited", "write_atomic"]


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
