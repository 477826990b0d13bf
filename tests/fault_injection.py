"""Crash or fail a piece of code at every file-system step it takes.

A "step" is one call that changes the file system or makes a change durable: opening a file
for writing, ``os.write``, ``os.fsync``, ``os.replace``/``os.rename``, ``os.unlink``/``os.remove``,
``os.rmdir``, ``os.mkdir``, ``os.truncate``/``os.ftruncate``, ``os.link``/``os.symlink``,
``shutil.copyfile`` and ``sqlite3.connect`` (which may create a file). SQLite's own page writes
happen below Python and are not steps; the power-loss harness (tests/storage/power_loss.py)
covers those.

- ``list_steps(action)`` runs ``action`` once in a forked child and returns the steps it took,
  each as ``"replace paraat.sqlite3.restoring -> paraat.sqlite3"``, in order.
- ``crash_at(action, n)`` runs ``action`` in a forked child that dies at once (``os._exit``,
  no ``finally``, no clean-up: as a power cut or kill -9 would) just *before* step ``n``
  (0-based). Returns True when the crash happened, False when the action finished first.
- ``fail_at(action, n, code)`` runs ``action`` in this process and makes step ``n`` raise
  ``OSError(code)`` instead of happening (ENOSPC by default: a full disk). Returns what the
  action returned or the exception it let out.

Usage: list the steps of a fresh scene once, then for every ``n`` build a fresh scene, crash
(or fail) at ``n`` and check what the next start shows. Tests assert the step list is not
empty and report its length, so a change that takes the harness out of the path is seen.
"""

from __future__ import annotations

import builtins
import contextlib
import errno as errno_module
import io
import json
import os
import shutil
import sqlite3
import sys
import traceback
from collections.abc import Callable, Iterator
from typing import Any

CRASHED = 77
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND


class _Stop(Exception):
    """Raised by a watcher in list mode never; used internally to end the child."""


def _name(value: Any) -> str:
    if isinstance(value, int):
        return f"fd{value}" if value > 2 else str(value)
    text = os.fspath(value) if isinstance(value, (str, bytes, os.PathLike)) else str(value)
    if isinstance(text, bytes):
        text = text.decode(errors="replace")
    return os.path.basename(text) or text


def _mode_writes(mode: str) -> bool:
    return any(flag in mode for flag in "wax+")


@contextlib.contextmanager
def watching(before_step: Callable[[str], None]) -> Iterator[None]:
    """Call ``before_step(description)`` before every file-system step inside the block."""
    originals: dict[tuple[Any, str], Any] = {}

    def patch(owner: Any, name: str, describe: Callable[..., str | None]) -> None:
        original = getattr(owner, name)
        originals[(owner, name)] = original

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            description = describe(*args, **kwargs)
            if description is not None:
                before_step(description)
            return original(*args, **kwargs)

        wrapper.__wrapped__ = original  # type: ignore[attr-defined]
        setattr(owner, name, wrapper)

    def open_description(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> str | None:
        if isinstance(file, int):
            return None
        return f"open-{mode} {_name(file)}" if _mode_writes(mode) else None

    def os_open_description(path: Any, flags: int, *args: Any, **kwargs: Any) -> str | None:
        return f"open {_name(path)}" if flags & _WRITE_FLAGS else None

    def two(kind: str) -> Callable[..., str]:
        return lambda source, target, *a, **k: f"{kind} {_name(source)} -> {_name(target)}"

    def one(kind: str) -> Callable[..., str]:
        return lambda path, *a, **k: f"{kind} {_name(path)}"

    def connect_description(database: Any, *args: Any, **kwargs: Any) -> str | None:
        text = os.fspath(database) if not isinstance(database, str) else database
        if text == ":memory:" or "mode=ro" in str(text) or "mode=memory" in str(text):
            return None
        return f"sqlite-connect {_name(text.split('?')[0])}"

    patch(builtins, "open", open_description)
    patch(io, "open", open_description)
    patch(os, "open", os_open_description)
    patch(os, "write", lambda fd, data: f"write {_name(fd)} ({len(data)} bytes)")
    patch(os, "fsync", one("fsync"))
    patch(os, "replace", two("replace"))
    patch(os, "rename", two("rename"))
    patch(os, "link", two("link"))
    patch(os, "symlink", two("symlink"))
    patch(os, "unlink", one("unlink"))
    patch(os, "remove", one("remove"))
    patch(os, "rmdir", one("rmdir"))
    patch(os, "mkdir", one("mkdir"))
    patch(os, "truncate", one("truncate"))
    patch(os, "ftruncate", one("ftruncate"))
    patch(shutil, "copyfile", two("copyfile"))
    patch(sqlite3, "connect", connect_description)
    try:
        yield
    finally:
        for (owner, name), original in originals.items():
            setattr(owner, name, original)


def _in_child(body: Callable[[int], None]) -> tuple[int, bytes]:
    """Run ``body(write_fd)`` in a forked child; return (exit code, what it wrote)."""
    sys.stdout.flush()
    sys.stderr.flush()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        code = 1
        try:
            os.close(read_end)
            body(write_end)
            code = 0
        except BaseException:  # noqa: BLE001 - reported to the parent through the exit code
            traceback.print_exc()
        finally:
            os._exit(code)
    os.close(write_end)
    chunks = []
    with os.fdopen(read_end, "rb") as reader:
        while chunk := reader.read(65536):
            chunks.append(chunk)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), b"".join(chunks)


def list_steps(action: Callable[[], Any]) -> list[str]:
    """The file-system steps ``action`` takes, in order (run in a child, so nothing here
    changes but the files the action itself changes)."""

    def body(out: int) -> None:
        steps: list[str] = []
        with watching(steps.append):
            action()
        os.write(out, json.dumps(steps).encode())

    code, data = _in_child(body)
    if code != 0:
        raise AssertionError(f"the action failed while its steps were listed (exit {code})")
    return json.loads(data.decode())


def crash_at(action: Callable[[], Any], n: int) -> bool:
    """Run ``action`` in a child that dies just before step ``n``; True when it crashed."""

    def body(out: int) -> None:
        count = 0

        def before(description: str) -> None:
            nonlocal count
            if count == n:
                os._exit(CRASHED)
            count += 1

        with watching(before):
            action()

    code, _ = _in_child(body)
    if code not in (0, CRASHED):
        raise AssertionError(f"the action failed before the crash point {n} (exit {code})")
    return code == CRASHED


def fail_at(action: Callable[[], Any], n: int, code: int = errno_module.ENOSPC) -> Any:
    """Run ``action`` here with step ``n`` raising OSError(code); its result or its error."""
    count = 0

    def before(description: str) -> None:
        nonlocal count
        count += 1
        if count - 1 == n:
            raise OSError(code, os.strerror(code), description)

    try:
        with watching(before):
            return action()
    except Exception as error:  # noqa: BLE001 - the caller checks what came out
        return error
