"""What goes into the log about an unexpected error: where it happened, never any values.

Error messages and variables can hold what the user typed (names, medicines, addresses), so
the log gets only the kind of error and the chain of code places that led to it.

``log_handler`` is the handler every Paraat log goes through; it never raises and never prints
"--- Logging error ---": a record that cannot be written (a full disk) is dropped. The log goes
to ``paraat.log`` in the data folder or nowhere, never to the console (``start_log``: the
window and every command).
"""

from __future__ import annotations

import contextlib
import logging
import os
import traceback
from pathlib import Path
from types import TracebackType


def describe(kind: type[BaseException], tb: TracebackType | None) -> str:
    """The error's kind and the code places (file, line, function) that led to it."""
    lines = [f"{kind.__module__}.{kind.__qualname__}"]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)


# --- a log that never raises ---------------------------------------------------------------------


class _DropOnError:
    """A handler that drops a record it cannot write (full disk, deleted or read-only log file,
    closed stream) instead of printing "--- Logging error ---" and a traceback on stderr.

    Logging is a help for finding faults, never a reason for one: the user is told about real
    problems in the window or on the command line, and a failing log must not add noise there.
    """

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        return

    def flush(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            super().flush()  # type: ignore[misc]

    def close(self) -> None:
        """Close the log (delete-all does, before removing it); a full disk is no reason to fail."""
        with contextlib.suppress(OSError, ValueError):
            super().close()  # type: ignore[misc]


class QuietRotatingFileHandler(_DropOnError, logging.FileHandler):
    """Paraat's log file: small and rotating; a record that cannot be written is dropped.

    Rotates as ``logging.handlers.RotatingFileHandler`` does (before a record that would take
    the file to ``maxBytes``, into ``paraat.log.1`` … ``.<backupCount>``), without importing
    ``logging.handlers``: that module loads sockets, pickle and queues, 2.4 MiB of memory at
    every start for nothing Paraat uses (issue 20).
    """

    def __init__(self, filename: str | os.PathLike[str], maxBytes: int = 0,  # noqa: N803
                 backupCount: int = 0, encoding: str | None = None) -> None:  # noqa: N803
        super().__init__(filename, mode="a", encoding=encoding)
        self.max_bytes = maxBytes
        self.backup_count = backupCount

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._should_rotate(record):
                self._rotate()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def _should_rotate(self, record: logging.LogRecord) -> bool:
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False  # never rotate anything but a plain file (as the standard library)
        if self.stream is None:
            self.stream = self._open()
        if self.max_bytes <= 0:
            return False
        self.stream.seek(0, os.SEEK_END)
        return self.stream.tell() + len(f"{self.format(record)}\n") >= self.max_bytes

    def _rotate(self) -> None:
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backup_count > 0:
            for number in range(self.backup_count - 1, 0, -1):
                older, newer = f"{self.baseFilename}.{number}", f"{self.baseFilename}.{number + 1}"
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = f"{self.baseFilename}.1"
            if os.path.exists(first):
                os.remove(first)
            os.rename(self.baseFilename, first)
        self.stream = self._open()


class QuietStreamHandler(_DropOnError, logging.StreamHandler):  # type: ignore[type-arg]
    """A log stream that drops what it cannot write (tests and tools; Paraat itself never logs
    to the console)."""


def log_handler(log_file: Path | None) -> logging.Handler:
    """The handler for Paraat's log: the rotating file when there is one and it can be opened,
    else nothing (a ``NullHandler``). Never the console: a log line is English and technical,
    and the user is told about real problems in their own language in the window or on the
    command line. None of them ever raises or prints an error of its own."""
    if log_file is not None:
        try:
            return QuietRotatingFileHandler(log_file, maxBytes=256_000, backupCount=1,
                                            encoding="utf-8")
        except OSError:
            pass
    return logging.NullHandler()


LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def start_log(folder: Path | None, log_file: Path | None) -> logging.Handler:
    """Send Paraat's warnings and errors to ``log_file`` in the data folder ``folder`` (made
    when it is not there yet); returns the handler added to the root logger, for ``stop_log``.

    No folder or no file (public mode), or a file that cannot be made: a ``NullHandler``, so
    Python's own last-resort handler never prints a log line on stderr either.
    """
    if folder is not None and log_file is not None:
        with contextlib.suppress(OSError):  # then log_handler gives the NullHandler
            folder.mkdir(parents=True, exist_ok=True)
        handler = log_handler(log_file)
    else:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    logging.getLogger().addHandler(handler)
    return handler


def stop_log(handler: logging.Handler) -> None:
    """Take ``handler`` off the root logger again and close its file (never raises)."""
    logging.getLogger().removeHandler(handler)
    with contextlib.suppress(OSError, ValueError):
        handler.close()
