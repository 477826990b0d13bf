"""The package metadata lists every package and ships the resources."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_app_package_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "app").rglob("__init__.py")
    }
    assert found | {"app.resources"} == listed


def test_core_storage_exchange_and_content_do_not_import_qt():
    for layer in ("core", "storage", "exchange", "content"):
        for path in (ROOT / "app" / layer).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert "PySide6" not in text, path
    for path in (ROOT / "app").glob("*.py"):
        if path.name != "__main__.py":
            assert "PySide6" not in path.read_text(encoding="utf-8"), path


# --- The bundle's recipe and desktop files (packaging/, issue 9) -------------------------

PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
APP_ID = "nl.paraat.Paraat"


def _version() -> str:
    from app import __version__

    return __version__


def _png_size(path: Path) -> tuple[int, int]:
    import struct

    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_hicolor_icons_have_the_size_of_their_folder():
    icons = sorted((LINUX / "icons" / "hicolor").glob(f"*x*/apps/{APP_ID}.png"))
    assert len(icons) >= 6
    for icon in icons:
        side = int(icon.parent.parent.name.split("x")[0])
        assert _png_size(icon) == (side, side), icon
    assert (LINUX / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes() == \
        (ROOT / "resources" / "icons" / "paraat.svg").read_bytes()


def test_windows_and_macos_icons_hold_every_size():
    import struct

    ico = (PACKAGING / "icons" / "paraat.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sides = {ico[6 + 16 * n] or 256 for n in range(count)}
    assert {16, 32, 48, 256} <= sides
    icns = (PACKAGING / "icons" / "paraat.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns and b"ic07" in icns


def test_desktop_file_names_the_program_and_icon():
    text = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    lines = dict(line.split("=", 1) for line in text.splitlines() if "=" in line)
    assert lines["Exec"] == "paraat"  # install.sh makes it the full path
    assert lines["Icon"] == APP_ID
    assert lines["Type"] == "Application"
    assert "Name[nl]" in lines or "GenericName[nl]" in lines


def test_metainfo_names_the_current_version():
    import xml.etree.ElementTree as ET

    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert root.find("releases/release").get("version") == _version()


def test_desktop_files_pass_the_freedesktop_validators():
    import shutil
    import subprocess

    import pytest

    checked = 0
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")],
                                capture_output=True, text=True)
        assert result.returncode == 0 and "error" not in result.stdout, result.stdout
        checked += 1
    if shutil.which("appstreamcli"):
        result = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
            capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
        checked += 1
    if not checked:
        pytest.skip("desktop-file-validate and appstreamcli are not installed")


def test_install_sh_installs_per_user_and_uninstalls(tmp_path):
    import os
    import shutil
    import subprocess

    bundle = tmp_path / "paraat-1.0"
    (bundle / "_internal").mkdir(parents=True)
    program = bundle / "paraat"
    program.write_text("#!/bin/sh\necho Paraat test\n", encoding="utf-8")
    program.chmod(0o755)
    shutil.copy2(LINUX / "install.sh", bundle / "install.sh")
    for folder, name in (("applications", f"{APP_ID}.desktop"), ("metainfo", f"{APP_ID}.metainfo.xml")):
        (bundle / "share" / folder).mkdir(parents=True)
        shutil.copy2(LINUX / name, bundle / "share" / folder)
    shutil.copytree(LINUX / "icons", bundle / "share" / "icons")
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home)}
    env.pop("XDG_DATA_HOME", None)
    subprocess.run(["sh", str(bundle / "install.sh")], env=env, check=True, capture_output=True)
    local = home / ".local"
    installed = local / "lib" / "paraat"
    entry = (local / "share" / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f'Exec="{installed / "paraat"}"' in entry
    assert not (installed / "install.sh").exists()
    assert (local / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    assert (local / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    launched = subprocess.run([str(local / "bin" / "paraat")], capture_output=True, text=True)
    assert launched.stdout.strip() == "Paraat test"
    subprocess.run(["sh", str(bundle / "install.sh"), "--uninstall"], env=env, check=True,
                   capture_output=True)
    assert not installed.exists()
    assert not (local / "bin" / "paraat").exists()
    assert not list((local / "share").rglob(f"{APP_ID}*"))
    assert program.is_file()  # the unpacked download is left alone


def test_portable_zip_has_the_marker_and_no_data(tmp_path):
    import sys
    import zipfile

    sys.path.insert(0, str(PACKAGING))
    try:
        import build
    finally:
        sys.path.remove(str(PACKAGING))
    bundle = tmp_path / "paraat"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    (bundle / "paraat.exe").write_bytes(b"MZ")
    (bundle / "_internal" / "resources" / "x.txt").write_text("x", encoding="utf-8")
    (bundle / "data").mkdir()
    (bundle / "data" / "paraat.sqlite3").write_bytes(b"someone's plan")
    archive = build.make_portable_zip(bundle, tmp_path / "p.zip", "Paraat-1.0")
    with zipfile.ZipFile(archive) as zipped:
        names = set(zipped.namelist())
        assert zipped.read("Paraat-1.0/portable") == b""
    assert names == {"Paraat-1.0/paraat.exe", "Paraat-1.0/_internal/resources/x.txt",
                     "Paraat-1.0/portable"}


def test_inno_setup_script_installs_per_user():
    text = (PACKAGING / "windows" / "paraat.iss").read_text(encoding="utf-8")
    settings = dict(line.split("=", 1) for line in text.splitlines()
                    if "=" in line and not line.startswith((";", " ", "Name:", "Source:", "Filename:")))
    assert settings["PrivilegesRequired"] == "lowest"
    assert settings["DefaultDirName"] == "{autopf}\\Paraat"
    assert settings["AppVersion"] == "{#AppVersion}"
    assert 'Name: "nl"; MessagesFile: "compiler:Languages\\Dutch.isl"' in text
    assert "{autoprograms}\\Paraat" in text
    assert (PACKAGING / "windows" / settings["SetupIconFile"].replace("\\", "/")).resolve().is_file()


def test_spec_keeps_what_paraat_needs_and_takes_the_version_from_the_package():
    spec = (PACKAGING / "paraat.spec").read_text(encoding="utf-8")
    assert "upx=True" not in spec and "console=False" in spec
    assert '"libqxcb.so", "libqoffscreen.so"' in spec
    assert 'bundle_identifier=APP_ID' in spec and '"NSHighResolutionCapable": True' in spec
    assert "DBus" not in spec.split("DROP_LIBRARIES = ")[1].split(")\n")[0]
    assert 'APP_ID = "nl.paraat.Paraat"' in spec


def test_no_code_needs_openssl_through_hashlib():
    """The bundle leaves out hashlib's OpenSSL binding (_hashlib); Python's own SHA-2 and
    HMAC remain. Key derivation and encryption belong to the cryptography package."""
    for path in (ROOT / "app").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for name in ("pbkdf2_hmac", "hashlib.scrypt", "_hashlib"):
            assert name not in text, (path, name)
