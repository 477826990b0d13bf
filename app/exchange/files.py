"""Writing an exported file so that it is either the old file or the complete new one.

The bytes go to a temporary file in the same folder, are flushed and fsynced, and then replace
the target with ``os.replace`` (atomic on one file system). A failure leaves no temporary file.
``ImportRefused`` is what every import raises for a file it cannot read as a whole.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from app.core.fields import Problem


class ImportRefused(Exception):
    """The whole file cannot be imported; ``problem`` says why. Nothing was read into Paraat."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(f"{problem.code} {problem.params}")
        self.problem = problem


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
