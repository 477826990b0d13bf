"""Every path Paraat reads or writes, in one place.

Resources (read-only) are found the same way from a checkout, an installed wheel and a
PyInstaller bundle. User data lives in one folder, chosen by the mode of this run:

- normal: the folder given with ``--data-dir``, else ``$PARAAT_DATA_DIR``, else the platformdirs
  user data dir;
- portable (``--portable``, or a file named ``portable`` next to the executable of a frozen
  Paraat): a ``data`` folder beside the executable, so Paraat runs from a USB stick;
- public (``--public``, or the admin policy): no folder at all; the database lives in memory.

Nothing is ever written beside the code, except the ``data`` folder in portable mode.
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
BACKUPS_DIR_NAME = "backups"
DATA_DIR_ENV = "PARAAT_DATA_DIR"
MEMORY_DATABASE = ":memory:"
PORTABLE_MARKER = "portable"
PORTABLE_DATA_NAME = "data"
POLICY_NAME = "paraat-policy.toml"

NORMAL = "normal"
PORTABLE = "portable"
PUBLIC = "public"
MODES = (NORMAL, PORTABLE, PUBLIC)


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
    """Where this run keeps its data.

    In public mode there is no folder (``folder`` is None): the database is ``:memory:``
    and nothing may be written, so any code that tries to build a path in it fails loudly.
    """

    folder: Path | None
    mode: str = NORMAL

    @property
    def in_memory(self) -> bool:
        """True in public mode: nothing of this run is written to a disk."""
        return self.folder is None

    @property
    def database(self) -> Path:
        if self.folder is None:
            return Path(MEMORY_DATABASE)
        return self.folder / DATABASE_NAME

    @property
    def log_file(self) -> Path | None:
        """The log file; None in public mode (no file log at all)."""
        if self.folder is None:
            return None
        return self.folder / LOG_NAME

    @property
    def backups(self) -> Path | None:
        """The folder of automatic backups; None in public mode (no backups at all)."""
        if self.folder is None:
            return None
        return self.folder / BACKUPS_DIR_NAME

    def describe(self) -> str:
        """The folder as text for the user; "" in public mode."""
        return "" if self.folder is None else str(self.folder)


def default_data_dir() -> Path:
    """The platform's per-user data folder for Paraat."""
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))


def backups_folder_for(database: str | os.PathLike[str]) -> Path | None:
    """The backups folder beside a database file; None for a database in memory."""
    if str(database) == MEMORY_DATABASE:
        return None
    return Path(database).parent / BACKUPS_DIR_NAME


def data_location(data_dir: str | os.PathLike[str] | None = None, *, portable: bool = False,
                  public: bool = False) -> DataLocation:
    """The data location for this run.

    Public wins over everything (``public`` is --public or the admin policy); then portable
    (``portable`` is --portable; a frozen Paraat also looks for the marker file); then
    --data-dir, $PARAAT_DATA_DIR and the platform default. Nothing is created here.
    """
    if public:
        return DataLocation(folder=None, mode=PUBLIC)
    if portable or portable_marker_present():
        return DataLocation(folder=portable_data_dir(), mode=PORTABLE)
    chosen = data_dir or os.environ.get(DATA_DIR_ENV)
    folder = Path(chosen).expanduser() if chosen else default_data_dir()
    return DataLocation(folder=folder.absolute(), mode=NORMAL)


def is_frozen() -> bool:
    """True in a PyInstaller bundle (the Paraat that libraries and USB sticks get)."""
    return bool(getattr(sys, "frozen", False))


def install_dir() -> Path:
    """The folder Paraat was started from: beside the executable.

    Frozen: the folder of the executable. From a checkout (or an editable install): the
    checkout's root, the folder with pyproject.toml. From an installed wheel: the folder of
    the Python executable that runs it (where the ``paraat`` launcher is).
    """
    if is_frozen():
        return Path(sys.executable).resolve().parent
    root = Path(__file__).resolve().parent.parent
    if (root / "pyproject.toml").is_file():
        return root
    return Path(sys.executable).resolve().parent


def portable_marker_present() -> bool:
    """A file named ``portable`` beside the executable of a frozen Paraat.

    Only a frozen Paraat honours the marker: a checkout or a Python install uses
    ``--portable``, so a stray file in a development folder never moves anyone's data.
    """
    return is_frozen() and (install_dir() / PORTABLE_MARKER).is_file()


def portable_data_dir() -> Path:
    """The ``data`` folder beside the executable, used in portable mode."""
    return install_dir() / PORTABLE_DATA_NAME


def policy_files() -> list[Path]:
    """Where the admin policy may be, in reading order: the install folder, then the
    platform's site config folder (``/etc/xdg/Paraat`` on Linux, ``C:\\ProgramData\\Paraat``
    on Windows, ``/Library/Application Support/Paraat`` on macOS)."""
    site = Path(platformdirs.site_config_dir(APP_DIR_NAME, appauthor=False))
    return [install_dir() / POLICY_NAME, site / POLICY_NAME]
