"""Where Paraat finds its resources and keeps its data."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from app import paths
from app.paths import (
    DATA_DIR_ENV,
    DATABASE_NAME,
    LOG_NAME,
    DataLocation,
    data_location,
    default_data_dir,
    resource,
    resource_dir,
)


def test_resource_dir_finds_the_resources_folder() -> None:
    folder = resource_dir()
    assert folder.is_dir()
    assert (folder / "i18n").is_dir()
    assert (folder / "i18n" / "paraat_nl.qm").is_file()
    assert (folder / "data" / "broadcasters.json").is_file()


def test_resource_joins_parts() -> None:
    assert resource("data", "broadcasters.json") == resource_dir() / "data" / "broadcasters.json"
    assert resource("icons", "paraat.svg").is_file()


def test_resource_dir_prefers_a_pyinstaller_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "resources" / "i18n").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_dir() == tmp_path / "resources"


def test_resource_dir_ignores_a_bundle_without_translations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "resources").mkdir()
    expected = resource_dir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_dir() == expected


def test_resource_dir_missing_raises_file_not_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_module = tmp_path / "pkg" / "app" / "paths.py"
    fake_module.parent.mkdir(parents=True)
    monkeypatch.setattr(paths, "__file__", str(fake_module))
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    with pytest.raises(FileNotFoundError):
        resource_dir()


def test_data_location_uses_the_argument_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    location = data_location(tmp_path / "from-arg")
    assert location.folder == tmp_path / "from-arg"
    assert data_location(str(tmp_path / "as-text")).folder == tmp_path / "as-text"


def test_data_location_falls_back_to_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert data_location().folder == tmp_path / "from-env"
    assert data_location(None).folder == tmp_path / "from-env"


def test_tests_use_the_per_test_data_folder(data_dir: Path) -> None:
    assert data_location().folder == data_dir


def test_data_location_falls_back_to_the_platform_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    assert data_location().folder == default_data_dir().absolute()
    expected = Path(platformdirs.user_data_dir("Paraat", appauthor=False, roaming=False))
    assert default_data_dir() == expected


def test_data_location_is_absolute_and_expands_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert data_location("relative").folder == tmp_path / "relative"
    assert data_location("relative").folder.is_absolute()
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert data_location("~/paraat").folder == tmp_path / "home" / "paraat"


def test_data_location_names_its_files(tmp_path: Path) -> None:
    location = DataLocation(tmp_path)
    assert location.database == tmp_path / DATABASE_NAME == tmp_path / "paraat.sqlite3"
    assert location.log_file == tmp_path / LOG_NAME


def test_data_location_does_not_create_anything(tmp_path: Path) -> None:
    data_location(tmp_path / "not-yet")
    assert not (tmp_path / "not-yet").exists()


# --- modes: portable and public ---------------------------------------------------------------


@pytest.fixture
def frozen_paraat(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A PyInstaller-style Paraat folder: the executable and, maybe, the marker beside it."""
    folder = tmp_path / "stick" / "Paraat"
    folder.mkdir(parents=True)
    executable = folder / ("Paraat.exe" if sys.platform == "win32" else "Paraat")
    executable.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    return folder


def test_frozen_install_dir_is_the_executables_folder(frozen_paraat: Path) -> None:
    assert paths.is_frozen()
    assert paths.install_dir() == frozen_paraat.resolve()
    assert paths.policy_files()[0] == frozen_paraat.resolve() / "paraat-policy.toml"


def test_without_the_marker_a_frozen_paraat_is_normal(frozen_paraat: Path, data_dir: Path) -> None:
    location = data_location()
    assert location.mode == paths.NORMAL and location.folder == data_dir
    assert not (frozen_paraat / "data").exists()


def test_the_portable_marker_puts_all_data_beside_the_executable(frozen_paraat: Path,
                                                                  data_dir: Path) -> None:
    (frozen_paraat / "portable").write_text("")
    location = data_location()
    assert location.mode == paths.PORTABLE
    assert location.folder == frozen_paraat.resolve() / "data"
    assert location.database == frozen_paraat.resolve() / "data" / DATABASE_NAME
    assert location.log_file == frozen_paraat.resolve() / "data" / LOG_NAME
    assert location.backups == frozen_paraat.resolve() / "data" / "backups"
    assert data_location(data_dir).folder == location.folder  # the marker wins over --data-dir
    assert not location.folder.exists()  # created only when used


def test_a_folder_named_portable_is_not_the_marker(frozen_paraat: Path) -> None:
    (frozen_paraat / "portable").mkdir()
    assert data_location().mode == paths.NORMAL


def test_portable_mode_creates_the_data_folder_and_writes_nowhere_else(
        frozen_paraat: Path, data_dir: Path, tmp_path: Path) -> None:
    from app.storage.repository import Repository

    (frozen_paraat / "portable").write_text("")
    before = {path for path in tmp_path.rglob("*")}
    repository = Repository.open(data_location().database)
    repository.set_setting("language", "en")
    repository.close()
    created = {path for path in tmp_path.rglob("*")} - before
    data = frozen_paraat.resolve() / "data"
    assert created == {data, data / DATABASE_NAME}
    assert not data_dir.exists()


def test_a_checkout_needs_the_option_not_the_marker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    checkout = Path(paths.__file__).resolve().parent.parent
    assert paths.install_dir() == checkout
    assert not paths.portable_marker_present()
    location = data_location(portable=True)
    assert location.mode == paths.PORTABLE and location.folder == checkout / "data"


def test_public_mode_has_no_folder_and_a_memory_database(tmp_path: Path) -> None:
    for location in (data_location(public=True), data_location(tmp_path, public=True, portable=True)):
        assert location.mode == paths.PUBLIC and location.in_memory
        assert location.folder is None and location.log_file is None and location.backups is None
        assert str(location.database) == ":memory:"
        assert location.describe() == ""
    assert not data_location(tmp_path).in_memory
