"""Every path Paraat reads or writes, in one place.

Resources (read-only) are found the same way from a checkout, an installed wheel and a
PyInstaller bundle. User data lives in one folder: the platformdirs user data dir by default,
or the folder given with ``--data-dir``. Nothing is ever written beside the code.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_DIR_NAME = "Paraat"
DATABASE_NAME = "paraat.sqlite3"
LOG_NAME = "paraat.log"
DATA_DIR_ENV = "PARAAT_DATA_DIR"


def resource_dir() -> Path:
    """The read-only resources folder (guidance, kit data, translations, icons)."""
    candidates: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    here = Path(__file__).resolve().parent
    candidates.append(here / "resources")  # installed wheel: app/resources
    candidates.append(here.parent / "resources")  # checkout or editable install
    for candidate in candidates:
        if (candidate / "i18n").is_dir():
            return candidate
    raise FileNotFoundError("Paraat's resources folder is missing; reinstall Paraat.")


def resource(*parts: str) -> Path:
    """A file inside the resources folder."""
    return resource_dir().joinpath(*parts)


@dataclass(frozen=True)
class DataLocation:
    """Where this run keeps its data."""

    folder: Path

    @property
    def database(self) -> Path:
        return self.folder / DATABASE_NAME

    @property
    def log_file(self) -> Path:
        return self.folder / LOG_NAME


def default_data_dir() -> Path:
    """The platform's per-user data folder for Paraat."""
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))


def data_location(data_dir: str | os.PathLike[str] | None = None) -> DataLocation:
    """The data location for this run: --data-dir, then $PARAAT_DATA_DIR, then the default."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV)
    folder = Path(chosen).expanduser() if chosen else default_data_dir()
    return DataLocation(folder=folder.absolute())
