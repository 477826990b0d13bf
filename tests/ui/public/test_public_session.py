"""Done when: a whole public session leaves the canary nowhere but in the PDF the visitor saved.

The session runs in a subprocess (tests/ui/public/public_session_driver.py) whose HOME, TMPDIR and
every XDG folder are empty folders under one temporary root; the admin policy there makes the
run public. Afterwards every file under that root is read as raw bytes and searched for the
canary in UTF-8, UTF-16 (both byte orders) and UTF-32; only the chosen PDF may exist with it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

CANARY = "ZZCANARY-4711"
DRIVER = Path(__file__).with_name("public_session_driver.py")
FOLDERS = {"HOME": "home", "TMPDIR": "tmp", "XDG_CONFIG_HOME": "config", "XDG_DATA_HOME": "data",
           "XDG_CACHE_HOME": "cache", "XDG_STATE_HOME": "state", "XDG_RUNTIME_DIR": "runtime",
           "XDG_CONFIG_DIRS": "etc-xdg"}


def encodings(text: str) -> list[bytes]:
    return [text.encode(name) for name in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")]


def canary_hits(root: Path, text: str = CANARY) -> list[Path]:
    """Every file under ``root`` whose raw bytes hold ``text`` in any of the encodings."""
    needles = encodings(text)
    hits = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            if any(needle in data for needle in needles):
                hits.append(path)
    return hits


def recent_hits(roots: list[Path], since: float, text: str) -> list[Path]:
    """Files under ``roots`` changed since ``since`` that hold ``text`` (for /tmp, /dev/shm…)."""
    needles = encodings(text)
    hits = []
    for root in roots:
        for folder, _dirs, names in os.walk(root):
            for name in names:
                path = Path(folder) / name
                try:
                    if path.is_symlink() or not path.is_file() or path.stat().st_mtime < since:
                        continue
                    data = path.read_bytes()
                except OSError:
                    continue
                if any(needle in data for needle in needles):
                    hits.append(path)
    return hits


def test_the_scan_finds_the_canary_in_every_encoding(tmp_path: Path) -> None:
    for number, needle in enumerate(encodings(CANARY)):
        (tmp_path / f"f{number}").write_bytes(b"\x00junk" + needle + b"junk")
    (tmp_path / "clean").write_bytes(b"ZZCANARY 4711")
    assert [path.name for path in canary_hits(tmp_path)] == ["f0", "f1", "f2", "f3", "f4"]


def _environment(root: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("XDG_", "PARAAT_")) and key not in ("HOME", "TMPDIR", "TMP", "TEMP")}
    for key, name in FOLDERS.items():
        folder = root / name
        folder.mkdir(mode=0o700)
        env[key] = str(folder)
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1", TMP=env["TMPDIR"],
               TEMP=env["TMPDIR"], PYTHONPATH=str(Path(__file__).resolve().parents[3]))
    return env


def test_a_whole_public_session_leaves_no_trace(tmp_path: Path) -> None:
    root = tmp_path / "computer"
    root.mkdir()
    env = _environment(root)
    policy = root / "etc-xdg" / "Paraat" / "paraat-policy.toml"
    policy.parent.mkdir()
    policy.write_text('mode = "public"\nlibrary_name = "Bibliotheek Zuidstad"\nlocked = true\n')
    usb = root / "usb-stick"
    usb.mkdir()
    canary = f"{CANARY}-{uuid.uuid4().hex[:12]}"  # unique, so the wider scan below can trust a hit
    started = time.time() - 2
    result = subprocess.run([sys.executable, str(DRIVER), canary, str(usb)], env=env, cwd=str(root / "home"),
                            capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert "error" not in seen, seen
    assert seen["steps"] == ["wizard", "records", "pdf", "countdown", "wiped", "start screen"]
    assert seen["exit"] == 0
    assert seen["policy_mode"] == "public"  # no --public: the policy made it public
    assert seen["canary_member"] is True and seen["armed"] is True
    assert seen["countdown"] == "2"
    assert seen["after_wipe_empty"] is True and seen["after_wipe_undo"] == 0
    assert seen["dump_has_canary"] is False and seen["message_box_closed"] is True
    assert seen["watch_armed_after_wipe"] is False
    pdf = usb / "plan.pdf"
    assert seen["pdf"] == str(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "Traceback" not in result.stderr and canary not in result.stderr + result.stdout

    files = sorted(path for path in root.rglob("*") if path.is_file())
    hits = [path for path in canary_hits(root, canary) if path != pdf]
    assert hits == [], f"the canary reached {hits}"
    # beyond the redirected folders: the shared temp folder, shared memory and the checkout
    wider = [Path("/tmp"), Path("/dev/shm"), Path(__file__).resolve().parents[3]]
    hits = [path for path in recent_hits([folder for folder in wider if folder.is_dir()], started, canary)
            if path != pdf]
    assert hits == [], f"the canary reached {hits}"
    names = {path.name for path in files}
    assert "QtProject.conf" not in names
    assert not [path for path in files if "sqlite" in path.name or path.suffix in (".log", ".db", ".tmp")]
    assert not (root / "data" / "Paraat").exists() and not (root / "config" / "Paraat").exists()
    assert [path for path in usb.iterdir()] == [pdf]  # no temporary file left beside it


@pytest.mark.skipif(sys.platform == "win32", reason="QtProject.conf is the registry on Windows")
def test_qts_own_file_dialog_would_have_left_a_trace(tmp_path: Path) -> None:
    """Negative control: the check above can fail. Qt's non-native dialog writes QtProject.conf."""
    root = tmp_path / "computer"
    root.mkdir()
    env = _environment(root)
    script = ("from PySide6.QtWidgets import QApplication, QFileDialog\n"
              "app = QApplication([])\n"
              "dialog = QFileDialog(None, 'x', {folder!r})\n"
              "dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)\n"
              "dialog.show(); app.processEvents(); dialog.setDirectory({folder!r}); del dialog\n"
              ).format(folder=str(root / "home"))
    subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, timeout=60, check=True)
    written = list(root.rglob("QtProject.conf"))
    assert written and str(root / "home").encode() in written[0].read_bytes()


@pytest.mark.skipif(sys.platform == "win32", reason="QtProject.conf is the registry on Windows")
def test_in_private_mode_even_qts_own_dialogs_write_no_settings(tmp_path: Path) -> None:
    """Dialogs Paraat does not own (print to file, print preview) cannot leave QtProject.conf."""
    root = tmp_path / "computer"
    root.mkdir()
    env = _environment(root)
    script = ("from PySide6.QtWidgets import QApplication, QFileDialog\n"
              "from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrinter\n"
              "from app.ui.common import file_dialogs\n"
              "app = QApplication([])\n"
              "file_dialogs.configure(private_dialogs=True, allow_local_save=True)\n"
              "dialog = QFileDialog(None, 'x', {folder!r})\n"
              "dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)\n"
              "dialog.show(); app.processEvents(); dialog.setDirectory({folder!r}); del dialog\n"
              "printer = QPrinter()\n"
              "option = QAbstractPrintDialog.PrintDialogOption.PrintToFile\n"
              "assert not file_dialogs.print_dialog(printer, None).testOption(option)\n"
              "file_dialogs.configure(private_dialogs=False, allow_local_save=True)\n"
              "assert file_dialogs.print_dialog(printer, None).testOption(option)\n"
              ).format(folder=str(root / "home"))
    subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, timeout=60, check=True)
    assert list(root.rglob("QtProject.conf")) == []
