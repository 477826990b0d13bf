"""One Paraat at a time per data folder.

Two programs writing one household would hand out the same record ids and undo each other's
work, and a second start that finds the file busy must not mistake it for damage. So whoever
opens the data folder (the GUI, every command-line command) first takes an exclusive lock on
``paraat.lock`` in that folder: ``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows.

The lock belongs to the open file, not to the file's existence: the operating system drops it
when the process ends in any way (closed, crashed, killed, power cut), so a Paraat that died
never blocks the next start and there is no stale lock to guess about. The file itself stays
(it is empty) and is reused. In public mode (memory only) there is no folder, no lock and no
file.

A file system that cannot lock at all (some network shares) does not stop Paraat: the lock is
then skipped and a warning logged, as before this lock existed.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sys
import time
from pathlib import Path

from app.storage.database import DataFolderError

log = logging.getLogger(__name__)

LOCK_NAME = "paraat.lock"
WAIT_ENV = "PARAAT_LOCK_WAIT"
"""Seconds to wait for the lock, overriding the defaults below (tests set it short)."""
GUI_WAIT = 3.0
"""The window waits a moment: a Paraat that was just closed may still be finishing."""
CLI_WAIT = 10.0
"""A command waits longer: another command (an export, a backup) may be about to end."""
_POLL = 0.1

_BUSY_ERRNOS = {errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, getattr(errno, "EDEADLK", -1),
                getattr(errno, "EDEADLOCK", -1)}


class InUse(Exception):
    """Another Paraat (window or command) has this data folder open. Nothing was touched."""

    def __init__(self, folder: Path, waited: float) -> None:
        super().__init__(f"{folder} is in use by another Paraat")
        self.folder = folder
        self.waited = waited


def wait_seconds(default: float) -> float:
    """``$PARAAT_LOCK_WAIT`` when it is a number of seconds (0 or more), else ``default``."""
    value = os.environ.get(WAIT_ENV, "").strip()
    if not value:
        return default
    try:
        seconds = float(value)
    except ValueError:
        return default
    return seconds if seconds >= 0 else default


if sys.platform == "win32":  # pragma: no cover - Windows (os.name "nt"; a form mypy knows)
    import msvcrt

    def _try_lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class InstanceLock:
    """The lock on one data folder; held from ``acquire`` until ``release`` or process end."""

    def __init__(self, folder: Path | str) -> None:
        self.folder = Path(folder)
        self.path = self.folder / LOCK_NAME
        self._fd: int | None = None
        self.skipped = False
        """True when the file system could not lock: Paraat goes on without a lock."""

    @property
    def held(self) -> bool:
        return self._fd is not None

    def _open(self) -> int:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
            return os.open(self.path, flags, 0o600)
        except OSError as error:
            where = self.path if self.path.exists() else self.folder
            raise DataFolderError(where, error.strerror or str(error)) from error

    def acquire(self, wait: float = 0.0) -> InstanceLock:
        """Take the lock, trying for up to ``wait`` seconds; returns self.

        Raises InUse when another process holds it all that time, DataFolderError when the
        lock file cannot be made (no permission, no such drive).
        """
        if self._fd is not None:
            return self
        fd = self._open()
        start = time.monotonic()
        while True:
            try:
                _try_lock(fd)
            except OSError as error:
                if error.errno not in _BUSY_ERRNOS:
                    os.close(fd)
                    log.warning("the data folder cannot be locked (%s); going on without a lock",
                                errno.errorcode.get(error.errno or 0, "error"))
                    self.skipped = True
                    return self
                waited = time.monotonic() - start
                if waited >= wait:
                    os.close(fd)
                    raise InUse(self.folder, waited) from None
                time.sleep(min(_POLL, max(wait - waited, 0.0)))
                continue
            self._fd = fd
            return self

    def release(self) -> None:
        """Give the lock back (the file stays, empty, for the next start)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        except OSError:
            pass  # closing the file releases it as well
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def __del__(self) -> None:
        fd = getattr(self, "_fd", None)
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)


def lock_folder(folder: Path | str | None, wait: float = 0.0) -> InstanceLock | None:
    """Lock the data folder ``folder`` (None in public mode: no lock, nothing written)."""
    if folder is None:
        return None
    return InstanceLock(folder).acquire(wait)
