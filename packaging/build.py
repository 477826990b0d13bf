"""Build Paraat's one-folder bundle and the package for this system.

    python packaging/build.py                 # PyInstaller, then the package
    python packaging/build.py --no-freeze     # only the package, from the bundle in dist/
    python packaging/build.py --portable-zip  # also the portable zip (the default on Windows)

Needs PyInstaller in the same Python as Paraat (``pip install -e ".[bundle]"``). Work files
go to ``build/pyinstaller``, the bundle to ``dist/paraat`` (macOS: ``dist/Paraat.app``).

- Linux: ``dist/paraat-<version>-linux-<machine>.tar.gz`` with the bundle, the desktop file,
  the AppStream metainfo, the icons and ``install.sh`` (per-user install, no root).
- Windows: ``dist/paraat-<version>-windows-x64-portable.zip``: the bundle with an empty
  ``portable`` marker, so Paraat keeps its data in ``data\\`` beside ``paraat.exe``. The
  installer is made afterwards with Inno Setup from ``packaging/windows/paraat.iss``.
- macOS: ``dist/Paraat.app`` (sign and notarise it before handing it out).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "paraat"
APP_ID = "nl.paraat.Paraat"
LINUX = PACKAGING / "linux"


def version() -> str:
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not match:
        raise SystemExit("app/__init__.py has no __version__")
    return match.group(1)


def machine() -> str:
    name = platform.machine().lower()
    return {"amd64": "x86_64", "x64": "x86_64", "arm64": "aarch64"}.get(name, name)


def freeze(spec: Path, dist: Path = DIST, work: Path = WORK) -> float:
    """Run PyInstaller on ``spec``; returns the seconds it took."""
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(spec)],
        cwd=ROOT, check=True,
    )
    return time.monotonic() - started


def add_desktop_files(bundle: Path) -> None:
    """The freedesktop files and install.sh, inside the bundle folder (Linux)."""
    share = bundle / "share"
    if share.exists():
        shutil.rmtree(share)
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir(parents=True)
    shutil.copy2(LINUX / f"{APP_ID}.desktop", share / "applications")
    shutil.copy2(LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo")
    shutil.copytree(LINUX / "icons", share / "icons")
    shutil.copy2(LINUX / "install.sh", bundle / "install.sh")
    (bundle / "install.sh").chmod(0o755)


def _reset(info: tarfile.TarInfo) -> tarfile.TarInfo:
    """Archive members without the builder's user name and ids."""
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def make_tarball(bundle: Path, archive: Path, top: str) -> Path:
    """``bundle`` as a gzip-compressed tar with one top folder; symlinks stay symlinks."""
    archive.unlink(missing_ok=True)
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=top, filter=_reset)
    return archive


def make_portable_zip(bundle: Path, archive: Path, top: str) -> Path:
    """``bundle`` as a zip with an empty ``portable`` marker beside the executable.

    The marker makes a frozen Paraat keep its data in ``data/`` beside the executable, so
    the folder runs from a USB stick and leaves nothing on the computer.
    """
    archive.unlink(missing_ok=True)
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zipped:
        for path in sorted(bundle.rglob("*")):
            relative = path.relative_to(bundle)
            if relative.parts[0] in ("share", "install.sh", "data", "portable"):
                continue  # Linux desktop files, and no one's data
            if path.is_file():
                zipped.write(path, f"{top}/{relative.as_posix()}")
        zipped.writestr(f"{top}/portable", b"")
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-freeze", action="store_true",
                        help="package the bundle already in dist/ without running PyInstaller")
    parser.add_argument("--portable-zip", action="store_true",
                        help="also make the portable zip (always done on Windows)")
    args = parser.parse_args(argv)
    ver = version()
    if not args.no_freeze:
        seconds = freeze(PACKAGING / "paraat.spec")
        print(f"PyInstaller: {seconds:.0f} s")
    if sys.platform == "darwin":
        print(f"built {DIST / 'Paraat.app'}")
        return 0
    if not (BUNDLE / ("paraat.exe" if os.name == "nt" else "paraat")).is_file():
        print(f"no bundle in {BUNDLE}; run without --no-freeze", file=sys.stderr)
        return 1
    if sys.platform.startswith("linux"):
        add_desktop_files(BUNDLE)
        archive = make_tarball(BUNDLE, DIST / f"paraat-{ver}-linux-{machine()}.tar.gz",
                               f"paraat-{ver}")
        print(f"built {archive.relative_to(ROOT)} ({archive.stat().st_size:,} bytes)")
    if sys.platform == "win32" or args.portable_zip:
        system = "windows" if sys.platform == "win32" else sys.platform
        cpu = "x64" if sys.platform == "win32" and machine() == "x86_64" else machine()
        archive = make_portable_zip(
            BUNDLE, DIST / f"paraat-{ver}-{system}-{cpu}-portable.zip", f"Paraat-{ver}")
        print(f"built {archive.relative_to(ROOT)} ({archive.stat().st_size:,} bytes)")
    if sys.platform == "win32":
        print(f'installer: iscc /DAppVersion={ver} packaging\\windows\\paraat.iss')
    return 0


if __name__ == "__main__":
    sys.exit(main())
