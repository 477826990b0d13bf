"""How big and how quick is Paraat's bundle, next to the smallest frozen PySide6 window?

    python packaging/size_report.py            # freeze both, then measure
    python packaging/size_report.py --reuse    # Paraat's bundle in dist/paraat is fresh
    python packaging/size_report.py --check    # exit 1 when the archive ratio is over 0.85
    python packaging/size_report.py --also-stripped   # and against the minimal one stripped

Both are frozen with the same PyInstaller in the same run: Paraat with packaging/paraat.spec
(pruned), the yardstick with packaging/minimal/minimal.spec (PyInstaller's defaults: a
QApplication and a QLabel). Reported: the folder size (bytes of every file, symlinks not
followed), the .tar.gz size (same gzip level for both), and the start-up time of the whole
process, ``paraat --smoke-test`` against the yardstick doing the same (start, show the window,
quit when idle), both offscreen, as the median of several alternating runs after one warm-up.
The numbers also go to build/size/report.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build  # noqa: E402  (packaging/build.py)

SIZE = build.ROOT / "build" / "size"
MINIMAL_SPEC = build.PACKAGING / "minimal" / "minimal.spec"
TARGET_RATIO = 0.85


def folder_bytes(folder: Path) -> int:
    """The bytes of every file below ``folder``; a symlink counts as itself."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir()
               or path.is_symlink())


def archive_bytes(folder: Path, name: str) -> int:
    """The size of ``folder`` as .tar.gz: the release archive when build.py made it after the
    bundle, else a new one in build/size (the same gzip level either way)."""
    release = build.DIST / f"paraat-{build.version()}-linux-{build.machine()}.tar.gz"
    program = folder / "paraat"
    if (folder == build.BUNDLE and release.is_file() and program.is_file()
            and release.stat().st_mtime >= program.stat().st_mtime):
        return release.stat().st_size
    archive = build.make_tarball(folder, SIZE / f"{name}.tar.gz", name)
    return archive.stat().st_size


def stripped_archive_bytes(folder: Path) -> int | None:
    """The .tar.gz size of a copy of ``folder`` with every ELF file stripped (Linux only).

    Paraat's spec strips on Linux; the yardstick keeps PyInstaller's default (no strip).
    This tells how much of the difference is stripping rather than leaving Qt parts out.
    """
    if not sys.platform.startswith("linux") or not shutil.which("strip"):
        return None
    copy = SIZE / "minimal-window-stripped"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(folder, copy, symlinks=True)
    for path in copy.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as file:
                if file.read(4) == b"\x7fELF":
                    subprocess.run(["strip", str(path)], check=True)
    return archive_bytes(copy, "minimal-window-stripped")


def children_cpu() -> float:
    """CPU seconds (user + system) used so far by finished child processes (0 on Windows)."""
    try:
        import resource
    except ImportError:
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def start_times(command: list[str], runs: int, env: dict[str, str]) -> list[tuple[float, float]]:
    """(wall-clock, CPU) seconds of ``runs`` whole-process runs of ``command`` (each must exit 0).

    On a busy machine the wall clock mostly measures the wait for a core; the CPU time is
    what the start-up itself costs.
    """
    times = []
    for _ in range(runs):
        cpu = children_cpu()
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=120)
        times.append((time.perf_counter() - started, children_cpu() - cpu))
    return times


def measure(paraat: Path, minimal: Path, runs: int,
            also_stripped: bool = False) -> dict[str, object]:
    sizes: dict[str, object] = {
        "paraat_folder_bytes": folder_bytes(paraat.parent),
        "minimal_folder_bytes": folder_bytes(minimal.parent),
        "paraat_archive_bytes": archive_bytes(paraat.parent, "paraat"),
        "minimal_archive_bytes": archive_bytes(minimal.parent, "minimal-window"),
    }
    if also_stripped:
        sizes["minimal_stripped_archive_bytes"] = stripped_archive_bytes(minimal.parent)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory(prefix="paraat-size-") as temp:
        data = Path(temp) / "data"
        subprocess.run([str(paraat), "--data-dir", str(data), "demo"], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        paraat_command = [str(paraat), "--data-dir", str(data), "--smoke-test"]
        minimal_command = [str(minimal)]
        start_times(paraat_command, 1, env)  # warm-up: the page cache, font cache
        start_times(minimal_command, 1, env)
        paraat_times: list[tuple[float, float]] = []
        minimal_times: list[tuple[float, float]] = []
        for _ in range(runs):  # alternate, so a busy moment hits both alike
            paraat_times += start_times(paraat_command, 1, env)
            minimal_times += start_times(minimal_command, 1, env)
    sizes.update({
        "paraat_start_seconds": statistics.median(wall for wall, _ in paraat_times),
        "minimal_start_seconds": statistics.median(wall for wall, _ in minimal_times),
        "paraat_start_cpu_seconds": statistics.median(cpu for _, cpu in paraat_times),
        "minimal_start_cpu_seconds": statistics.median(cpu for _, cpu in minimal_times),
        "runs": runs,
    })
    return sizes


def report(numbers: dict[str, object]) -> str:
    def mb(value: object) -> str:
        return f"{int(value) / 1e6:7.1f} MB ({int(value):,} bytes)"

    folder_ratio = int(numbers["paraat_folder_bytes"]) / int(numbers["minimal_folder_bytes"])
    archive_ratio = int(numbers["paraat_archive_bytes"]) / int(numbers["minimal_archive_bytes"])
    start_ratio = float(numbers["paraat_start_seconds"]) / float(numbers["minimal_start_seconds"])
    cpu_ratio = (float(numbers["paraat_start_cpu_seconds"])
                 / max(float(numbers["minimal_start_cpu_seconds"]), 1e-9))
    numbers.update(folder_ratio=folder_ratio, archive_ratio=archive_ratio,
                   start_ratio=start_ratio, start_cpu_ratio=cpu_ratio)
    return "\n".join([
        f"                 {'Paraat':>32}   {'minimal window':>32}   ratio",
        f"folder           {mb(numbers['paraat_folder_bytes']):>32}   "
        f"{mb(numbers['minimal_folder_bytes']):>32}   {folder_ratio:.2f}",
        f"tar.gz           {mb(numbers['paraat_archive_bytes']):>32}   "
        f"{mb(numbers['minimal_archive_bytes']):>32}   {archive_ratio:.2f}",
        f"start (median {numbers['runs']}) {float(numbers['paraat_start_seconds']):>29.3f} s"
        f"   {float(numbers['minimal_start_seconds']):>30.3f} s   {start_ratio:.2f}",
        f"start CPU (user+sys) {float(numbers['paraat_start_cpu_seconds']):>24.3f} s"
        f"   {float(numbers['minimal_start_cpu_seconds']):>30.3f} s   {cpu_ratio:.2f}",
        *([f"tar.gz, minimal stripped too {mb(stripped):>13}   ratio "
           f"{int(numbers['paraat_archive_bytes']) / int(stripped):.2f}"]
          if (stripped := numbers.get("minimal_stripped_archive_bytes")) else []),
        f"target: tar.gz ratio at most {TARGET_RATIO}",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuse", action="store_true",
                        help="measure the Paraat bundle already in dist/paraat")
    parser.add_argument("--runs", type=int, default=7, help="start-up runs of each (default 7)")
    parser.add_argument("--also-stripped", action="store_true",
                        help="also compare with the minimal bundle stripped (Linux)")
    parser.add_argument("--check", action="store_true",
                        help=f"exit 1 when the tar.gz ratio is above {TARGET_RATIO}")
    args = parser.parse_args(argv)
    SIZE.mkdir(parents=True, exist_ok=True)
    if not args.reuse:
        print(f"PyInstaller (Paraat): {build.freeze(build.PACKAGING / 'paraat.spec'):.0f} s")
    seconds = build.freeze(MINIMAL_SPEC, dist=SIZE / "dist", work=SIZE / "work")
    print(f"PyInstaller (minimal window): {seconds:.0f} s")
    suffix = ".exe" if os.name == "nt" else ""
    paraat = build.BUNDLE / f"paraat{suffix}"
    minimal = SIZE / "dist" / "minimal-window" / f"minimal-window{suffix}"
    numbers = measure(paraat, minimal, args.runs, args.also_stripped)
    text = report(numbers)
    print(text)
    (SIZE / "report.json").write_text(json.dumps(numbers, indent=2), encoding="utf-8")
    if args.check and float(numbers["archive_ratio"]) > TARGET_RATIO:
        print(f"the archive is {numbers['archive_ratio']:.2f}x the minimal window's; "
              f"the target is {TARGET_RATIO}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
