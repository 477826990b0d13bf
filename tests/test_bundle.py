"""The frozen Paraat works: it starts, renders, prints to PDF and speaks Dutch and English.

Runs only against a built bundle (``python packaging/build.py`` first):

    PARAAT_BUNDLE=dist/paraat python -m pytest tests/test_bundle.py

Every check runs the frozen program as a separate process, so it proves that the resources,
the kit data, the guidance, the fonts, Qt's plugins and the translations are inside the
bundle, and that pruning Qt left nothing out that Paraat needs.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parent.parent
BUNDLE_ENV = "PARAAT_BUNDLE"

pytestmark = pytest.mark.skipif(
    not os.environ.get(BUNDLE_ENV), reason=f"set {BUNDLE_ENV} to a built bundle folder")


@pytest.fixture(scope="module")
def bundle() -> Path:
    folder = Path(os.environ[BUNDLE_ENV]).resolve()
    assert (folder / executable_name()).is_file(), f"no Paraat executable in {folder}"
    return folder


def executable_name() -> str:
    return "paraat-cli.exe" if sys.platform == "win32" else "paraat"


def internal(bundle: Path) -> Path:
    return bundle / "_internal"


def run(bundle: Path, *args: str, expect: int = 0, env: dict[str, str] | None = None,
        program: Path | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    environment.pop("PARAAT_DATA_DIR", None)
    result = subprocess.run([str(program or bundle / executable_name()), *args],
                            env=environment, capture_output=True, text=True, timeout=120)
    assert result.returncode == expect, (result.stdout, result.stderr)
    return result


@pytest.fixture(scope="module")
def demo_dir(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("frozen") / "data"
    result = run(bundle, "--data-dir", str(folder), "demo")
    assert "Demo-huishouden gemaakt" in result.stdout
    return folder


def pdf_text(path: Path) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_version(bundle):
    assert run(bundle, "--version").stdout.strip() == f"Paraat {__version__}"


def test_smoke_test_starts_the_whole_window_and_quits(bundle, demo_dir):
    run(bundle, "--data-dir", str(demo_dir), "--smoke-test")
    log = demo_dir / "paraat.log"
    text = log.read_text(encoding="utf-8") if log.exists() else ""
    assert "not found" not in text  # Qt's and Paraat's Dutch translations were loaded
    assert "ERROR" not in text


def test_plan_pdf_in_dutch_with_the_shipped_font(bundle, demo_dir, tmp_path):
    pdf = tmp_path / "plan.pdf"
    run(bundle, "--data-dir", str(demo_dir), "export-pdf", "plan", str(pdf))
    text = pdf_text(pdf)
    assert "Ons noodplan" in text  # Paraat's translation (.qm) is inside
    assert "Pagina 1 van" in text
    assert "Sanne de Vries" in text  # the demo household
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "AtkinsonHyperlegible" in fonts


def test_plan_pdf_in_english(bundle, demo_dir, tmp_path):
    pdf = tmp_path / "plan-en.pdf"
    run(bundle, "--data-dir", str(demo_dir), "--lang", "en", "export-pdf", "plan", str(pdf))
    text = pdf_text(pdf)
    assert "Our emergency plan" in text
    assert "Page 1 of" in text


def test_kit_checklist_uses_the_kit_catalogue(bundle, demo_dir, tmp_path):
    pdf = tmp_path / "checklist.pdf"
    run(bundle, "--data-dir", str(demo_dir), "export-pdf", "checklist", str(pdf))
    assert re.search(r"[Ww]ater", pdf_text(pdf))


def test_calendar_contacts_and_locked_plan_file(bundle, demo_dir, tmp_path):
    """icalendar, vobject and cryptography (Argon2id, AES-GCM) work frozen."""
    run(bundle, "--data-dir", str(demo_dir), "export-calendar", str(tmp_path / "kit.ics"))
    assert (tmp_path / "kit.ics").read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    run(bundle, "--data-dir", str(demo_dir), "export-contacts", str(tmp_path / "c.vcf"))
    assert "BEGIN:VCARD" in (tmp_path / "c.vcf").read_text(encoding="utf-8")
    password = tmp_path / "password.txt"
    password.write_text("een lang wachtwoord voor de test\n", encoding="utf-8")
    run(bundle, "--data-dir", str(demo_dir), "export-plan", "--password-file", str(password),
        str(tmp_path / "plan.paraat"))
    assert (tmp_path / "plan.paraat").stat().st_size > 0


def test_resources_are_all_inside(bundle):
    shipped = internal(bundle) / "resources"
    expected = {path.relative_to(ROOT / "resources") for path in (ROOT / "resources").rglob("*")
                if path.is_file() and path.suffix != ".ts" and "__pycache__" not in path.parts}
    found = {path.relative_to(shipped) for path in shipped.rglob("*") if path.is_file()}
    assert expected <= found
    assert any(path.parts[0] == "guidance" for path in found)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux bundle layout")
def test_only_the_qt_that_paraat_uses_is_inside(bundle):
    qt = internal(bundle) / "PySide6" / "Qt"
    libraries = {path.name for path in (qt / "lib").iterdir()}
    assert {"libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6", "libQt6PrintSupport.so.6",
            "libQt6Svg.so.6", "libQt6DBus.so.6", "libQt6XcbQpa.so.6"} <= libraries
    everything = [path.name for path in internal(bundle).rglob("*")]
    for unwanted in ("Network", "Qml", "Quick", "Wayland", "OpenGL.", "EglFs", "Pdf"):
        assert not [name for name in everything if f"Qt6{unwanted}" in name], unwanted
    plugins = {path.parent.name + "/" + path.name for path in (qt / "plugins").rglob("*.so")}
    assert {"platforms/libqxcb.so", "platforms/libqoffscreen.so",
            "iconengines/libqsvgicon.so", "imageformats/libqsvg.so",
            "printsupport/libcupsprintersupport.so"} <= plugins
    assert not [name for name in plugins if name.split("/")[0] in (
        "tls", "networkinformation", "egldeviceintegrations", "generic", "sqldrivers",
        "qmltooling", "wayland-shell-integration", "wayland-decoration-client")]
    translations = {path.name for path in (qt / "translations").iterdir()}
    assert "qtbase_nl.qm" in translations
    assert all(re.fullmatch(r"qt(base)?_(nl|en)\.qm", name) for name in translations)
    assert not [name for name in everything if name.startswith(("libcups.", "libgnutls", "libgtk"))]


@pytest.mark.skipif(not shutil.which("ldd"), reason="needs ldd")
def test_every_library_finds_what_it_links_to(bundle):
    """Nothing the pruning left out is still needed (CUPS comes from the system)."""
    inside = internal(bundle)
    missing = {}
    env = {**os.environ, "LD_LIBRARY_PATH": f"{inside}:{inside / 'PySide6' / 'Qt' / 'lib'}"}
    for path in inside.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        lost = [line.split()[0] for line in result.stdout.splitlines() if "not found" in line]
        lost = [name for name in lost if not name.startswith("libcups.")]
        if lost:
            missing[str(path.relative_to(inside))] = lost
    assert not missing


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="needs xvfb-run for a real X server")
def test_smoke_test_on_a_real_x_server(bundle, demo_dir):
    result = subprocess.run(
        ["xvfb-run", "-a", str(bundle / executable_name()), "--data-dir", str(demo_dir),
         "--smoke-test"],
        env={**os.environ, "QT_QPA_PLATFORM": "xcb"}, capture_output=True, text=True,
        timeout=120)
    assert result.returncode == 0, result.stderr


def test_portable_marker_keeps_the_data_beside_the_program(bundle, tmp_path):
    copy = tmp_path / "stick" / "Paraat"
    shutil.copytree(bundle, copy, symlinks=True,
                    ignore=shutil.ignore_patterns("data", "portable", "share", "install.sh"))
    (copy / "portable").write_bytes(b"")
    home = tmp_path / "home"
    home.mkdir()
    run(bundle, "demo", program=copy / executable_name(),
        env={"HOME": str(home), "XDG_DATA_HOME": str(home / "share")})
    assert (copy / "data" / "paraat.sqlite3").is_file()
    assert not (home / "share").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux per-user install")
def test_install_sh_installs_for_one_user_and_uninstalls(bundle, tmp_path):
    if not (bundle / "install.sh").is_file():
        pytest.skip("bundle made without packaging/build.py (no install.sh)")
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home)}
    env.pop("XDG_DATA_HOME", None)
    subprocess.run(["sh", str(bundle / "install.sh")], env=env, check=True, capture_output=True)
    local = home / ".local"
    entry = local / "share" / "applications" / "nl.paraat.Paraat.desktop"
    assert f'Exec="{local / "lib" / "paraat" / "paraat"}"' in entry.read_text(encoding="utf-8")
    assert (local / "share" / "icons" / "hicolor" / "256x256" / "apps" / "nl.paraat.Paraat.png").is_file()
    installed = run(bundle, "--version", program=local / "bin" / "paraat")
    assert installed.stdout.strip() == f"Paraat {__version__}"
    subprocess.run(["sh", str(bundle / "install.sh"), "--uninstall"], env=env, check=True,
                   capture_output=True)
    assert not entry.exists()
    assert not (local / "lib" / "paraat").exists()
    assert not (local / "bin" / "paraat").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux .tar.gz")
def test_the_release_archive_unpacks_and_runs(bundle, tmp_path):
    import tarfile

    archives = sorted(bundle.parent.glob(f"paraat-{__version__}-linux-*.tar.gz"))
    if not archives:
        pytest.skip("no release archive beside the bundle (packaging/build.py makes it)")
    with tarfile.open(archives[-1]) as tar:
        tops = {name.split("/")[0] for name in tar.getnames()}
        tar.extractall(tmp_path, filter="data")
    assert tops == {f"paraat-{__version__}"}
    unpacked = tmp_path / f"paraat-{__version__}"
    assert (unpacked / "install.sh").is_file()
    assert (unpacked / "share" / "applications" / "nl.paraat.Paraat.desktop").is_file()
    result = run(bundle, "--version", program=unpacked / "paraat")
    assert result.stdout.strip() == f"Paraat {__version__}"


A11Y_SCRIPT = r"""
set -u
address=$(gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus \
  --method org.a11y.Bus.GetAddress | sed "s/^('\(.*\)',)$/\1/")
QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 "$1" --data-dir "$2" &
program=$!
ask() {
  gdbus call --address "$address" --dest "$1" --object-path "$2" --method "$3" ${4:-} ${5:-}
}
for _ in $(seq 60); do
  apps=$(ask org.a11y.atspi.Registry /org/a11y/atspi/accessible/root \
    org.a11y.atspi.Accessible.GetChildren 2>/dev/null)
  case $apps in *"':1."*) break ;; esac
  sleep 0.5
done
app=$(echo "$apps" | grep -o "':1\.[0-9]*'" | head -1 | tr -d "'")
sleep 2
echo "app-name: $(ask "$app" /org/a11y/atspi/accessible/root org.freedesktop.DBus.Properties.Get \
  org.a11y.atspi.Accessible Name)"
window=$(ask "$app" /org/a11y/atspi/accessible/root org.a11y.atspi.Accessible.GetChildren \
  | grep -o "/org/a11y/atspi/accessible/[0-9]*" | head -1)
echo "window-name: $(ask "$app" "$window" org.freedesktop.DBus.Properties.Get \
  org.a11y.atspi.Accessible Name)"
echo "window-children: $(ask "$app" "$window" org.freedesktop.DBus.Properties.Get \
  org.a11y.atspi.Accessible ChildCount)"
kill "$program"
"""


@pytest.mark.skipif(not all(shutil.which(tool) for tool in ("xvfb-run", "dbus-run-session",
                                                             "gdbus")),
                    reason="needs xvfb-run, dbus-run-session and gdbus (AT-SPI over D-Bus)")
def test_screen_readers_see_the_window_over_at_spi(bundle, demo_dir, tmp_path):
    """The accessibility bridge survived the pruning: Orca would find Paraat's window."""
    if not Path("/usr/share/dbus-1/services/org.a11y.Bus.service").exists():
        pytest.skip("at-spi2-core (the AT-SPI bus) is not installed")
    script = tmp_path / "a11y.sh"
    script.write_text(A11Y_SCRIPT, encoding="utf-8")
    result = subprocess.run(
        ["xvfb-run", "-a", "dbus-run-session", "--", "sh", str(script),
         str(bundle / executable_name()), str(demo_dir)],
        env={**os.environ, "HOME": str(tmp_path), "XDG_RUNTIME_DIR": str(tmp_path)},
        capture_output=True, text=True, timeout=120)
    lines = dict(line.split(": ", 1) for line in result.stdout.splitlines() if ": " in line)
    assert lines.get("app-name") == "(<'Paraat'>,)", result.stdout + result.stderr
    assert "Paraat" in lines.get("window-name", ""), result.stdout
    children = re.search(r"\d+", lines.get("window-children", ""))
    assert children and int(children.group()) > 0, result.stdout
