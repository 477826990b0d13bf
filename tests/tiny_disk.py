"""A real, tiny disk for tests: a tmpfs of a few kilobytes, made full or read-only.

Mounting needs root (CI containers and this machine run tests as root); elsewhere the tests
that need it are skipped, and the same cases are covered by an injected OSError
(tests/fault_injection.py). ``fill`` writes until the kernel itself says ENOSPC, so the full
disk is the real one, not a simulation.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(command), capture_output=True, text=True, check=False)


@contextlib.contextmanager
def tiny_disk(folder: Path, size: str = "64k") -> Iterator[Path]:
    """Mount a tmpfs of ``size`` on ``folder`` (created); skip the test when that is not allowed."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tiny tmpfs needs root on Linux")
    folder.mkdir(parents=True, exist_ok=True)
    mounted = _run("mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder))
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        _run("umount", "-l", str(folder))


def fill(folder: Path) -> Path:
    """Fill the disk holding ``folder`` until the kernel says it is full; the filler file."""
    filler = folder / "filler.bin"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    block = b"\0" * 4096
    try:
        while True:
            try:
                if os.write(descriptor, block) <= 0:
                    break
            except OSError as error:
                if error.errno != errno.ENOSPC:
                    raise
                break
        for size in (512, 64, 1):  # the last bytes of the last page too
            with contextlib.suppress(OSError):
                while os.write(descriptor, b"\0" * size) > 0:
                    pass
    finally:
        os.close(descriptor)
    return filler


def make_read_only(folder: Path) -> None:
    """Remount the tiny disk at ``folder`` read-only (what a locked USB stick or SD card is)."""
    done = _run("mount", "-o", "remount,ro", str(folder))
    if done.returncode != 0:
        pytest.skip(f"cannot remount read-only here: {done.stderr.strip()}")


def leftovers(folder: Path, keep: set[str]) -> list[str]:
    """Files in ``folder`` other than ``keep`` (a temporary file left behind shows up here)."""
    return sorted(name for name in os.listdir(folder) if name not in keep)
