"""The admin policy: a small TOML file a library's IT staff put on a public computer.

``paraat-policy.toml`` is read from the install folder and from the platform's site config
folder (see ``app.paths.policy_files``). Keys::

    mode = "public"            # "normal" or "public"
    idle_minutes = 10          # public mode: wipe after this many minutes without input (1-240)
    allow_local_save = false   # false: saving on the computer's own disk is refused
    library_name = "Bibliotheek Zuidstad"
    language = "nl"            # "nl" or "en": the language Paraat starts in
    locked = true              # visitors cannot change language or mode in Settings

A policy must never make Paraat less private by being broken. So:

- a file that exists but cannot be read or parsed (too large, not UTF-8, bad TOML, not a
  regular file) counts as ``mode = "public"``, ``locked = true`` and ``allow_local_save = false``
  — it might have said so;
- a key with a wrong value keeps the safe value: an unknown mode counts as public, a
  ``locked`` or ``allow_local_save`` that is not true/false counts as locked / no local saving;
- an unknown key is ignored, unless its value is the text "public" (a misspelt ``mode``);
- when both files exist, the safer value wins: public over normal, locked over unlocked, no
  local saving over local saving, the shorter idle time. For ``library_name`` and
  ``language`` the site config file wins.

Every problem is kept in ``Policy.problems`` and logged (``log_problems``) as a warning with
the file and the key, never with the values.
"""

from __future__ import annotations

import logging
import math
import os
import stat
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.paths import DataLocation

log = logging.getLogger(__name__)

MAX_POLICY_BYTES = 64 * 1024
"""A policy is a few lines; anything larger is refused before parsing."""
IDLE_DEFAULT = 10
IDLE_MIN = 1
IDLE_MAX = 240
NAME_MAX = 80
LANGUAGES = ("nl", "en")
KNOWN_KEYS = ("mode", "idle_minutes", "allow_local_save", "library_name", "language", "locked")


@dataclass(frozen=True)
class Policy:
    """The policy in force for this run (the defaults when there is no policy file)."""

    mode: str = "normal"
    idle_minutes: int = IDLE_DEFAULT
    allow_local_save: bool = True
    library_name: str = ""
    language: str = ""
    """"nl" or "en" when the policy sets the language, else "" (Paraat's own choice)."""
    locked: bool = False
    sources: tuple[str, ...] = ()
    """The policy files that were found (readable or not)."""
    problems: tuple[str, ...] = field(default=(), compare=False)
    """What was wrong with them, in plain words without values (also logged)."""

    @property
    def public(self) -> bool:
        return self.mode == "public"

    @property
    def idle_ms(self) -> int:
        return self.idle_minutes * 60_000


BROKEN = {"mode": "public", "locked": True, "allow_local_save": False}
"""What an unreadable policy file counts as: it might have said all of this."""


class PolicyUnreadable(Exception):
    """The file exists but is not a readable TOML policy. The message has no file content."""


def _read_bytes(path: Path) -> bytes | None:
    """The file's bytes; None when there is no file. Raises PolicyUnreadable."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise PolicyUnreadable(f"cannot look at the file ({type(error).__name__})") from error
    if not stat.S_ISREG(info.st_mode):
        raise PolicyUnreadable("not a regular file")
    if info.st_size > MAX_POLICY_BYTES:
        raise PolicyUnreadable(f"larger than {MAX_POLICY_BYTES} bytes")
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_POLICY_BYTES + 1)
    except OSError as error:
        raise PolicyUnreadable(f"cannot read the file ({type(error).__name__})") from error
    if len(data) > MAX_POLICY_BYTES:
        raise PolicyUnreadable(f"larger than {MAX_POLICY_BYTES} bytes")
    return data


def parse_policy(data: bytes) -> tuple[dict[str, Any], list[str]]:
    """The policy values in ``data`` (only keys that were given) and the problems found.

    Raises PolicyUnreadable when the bytes are not UTF-8 TOML.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise PolicyUnreadable("not UTF-8 text") from error
    try:
        table = tomllib.loads(text)
    except Exception as error:  # TOMLDecodeError, and RecursionError on absurd nesting
        raise PolicyUnreadable(f"not valid TOML ({type(error).__name__})") from error
    values: dict[str, Any] = {}
    problems: list[str] = []
    for key, value in table.items():
        if key not in KNOWN_KEYS:
            shown = repr(key[:40])
            if isinstance(value, str) and value.strip().lower() == "public":
                values["mode"] = "public"
                problems.append(f"unknown key {shown} says public: public mode kept")
            else:
                problems.append(f"unknown key {shown} ignored")
            continue
        checked, problem = _CHECKS[key](value)
        if problem:
            problems.append(f"{key}: {problem}")
        if checked is not None:
            if key == "mode" and values.get("mode") == "public":
                continue  # a misspelt key already asked for public
            values[key] = checked
    return values, problems


def _check_mode(value: Any) -> tuple[Any, str]:
    if isinstance(value, str) and value.strip().lower() in ("normal", "public"):
        return value.strip().lower(), ""
    return "public", "not \"normal\" or \"public\": public mode kept"


def _check_idle(value: Any) -> tuple[Any, str]:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return IDLE_DEFAULT, f"not a number of minutes: {IDLE_DEFAULT} used"
    if isinstance(value, float) and not math.isfinite(value):
        return IDLE_DEFAULT, f"not a number of minutes: {IDLE_DEFAULT} used"
    minutes = round(value)
    if minutes < IDLE_MIN:
        return IDLE_MIN, f"below {IDLE_MIN}: {IDLE_MIN} used"
    if minutes > IDLE_MAX:
        return IDLE_MAX, f"above {IDLE_MAX}: {IDLE_MAX} used"
    return minutes, ""


def _check_flag(safe: bool) -> Any:
    def check(value: Any) -> tuple[Any, str]:
        if isinstance(value, bool):
            return value, ""
        return safe, f"not true or false: {str(safe).lower()} used"

    return check


def _check_name(value: Any) -> tuple[Any, str]:
    if not isinstance(value, str):
        return None, "not text: ignored"
    kept = "".join(" " if unicodedata.category(char) in ("Cc", "Zl", "Zp") else char
                   for char in value if unicodedata.category(char) not in ("Cf", "Co", "Cs", "Cn"))
    kept = " ".join(kept.split())
    problem = ""
    if len(kept) > NAME_MAX:
        kept, problem = kept[:NAME_MAX].rstrip(), f"longer than {NAME_MAX} characters: shortened"
    elif kept != value:
        problem = "control or invisible characters removed"
    return kept, problem


def _check_language(value: Any) -> tuple[Any, str]:
    if isinstance(value, str) and value.strip().lower() in LANGUAGES:
        return value.strip().lower(), ""
    return None, "not \"nl\" or \"en\": ignored"


_CHECKS = {
    "mode": _check_mode,
    "idle_minutes": _check_idle,
    "allow_local_save": _check_flag(False),
    "library_name": _check_name,
    "language": _check_language,
    "locked": _check_flag(True),
}


def read_policy_file(path: Path) -> tuple[dict[str, Any], list[str]] | None:
    """The values of one policy file and its problems; None when there is no file.

    An unreadable file gives the broken-file values (public, locked, no local saving).
    """
    try:
        data = _read_bytes(path)
        if data is None:
            return None
        return parse_policy(data)
    except PolicyUnreadable as error:
        return dict(BROKEN), [f"{error}: public mode, locked"]


def combine(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    """Two files' values: the safer value of each key; the second file's name and language."""
    merged = dict(first)
    for key, value in second.items():
        if key not in merged:
            merged[key] = value
        elif key == "mode":
            merged[key] = "public" if "public" in (merged[key], value) else value
        elif key == "locked":
            merged[key] = merged[key] or value
        elif key == "allow_local_save":
            merged[key] = merged[key] and value
        elif key == "idle_minutes":
            merged[key] = min(merged[key], value)
        else:
            merged[key] = value
    return merged


def load_policy(files: Iterable[Path] | None = None) -> Policy:
    """The policy for this run from ``files`` (default: ``app.paths.policy_files()``).

    Never raises: whatever is in the files, Paraat starts, in the safest mode they allow.
    """
    if files is None:
        from app.paths import policy_files

        files = policy_files()
    merged: dict[str, Any] = {}
    sources: list[str] = []
    problems: list[str] = []
    for path in files:
        try:
            found = read_policy_file(Path(path))
        except Exception as error:  # a policy must never stop Paraat from starting
            found = (dict(BROKEN), [f"unexpected {type(error).__name__}: public mode, locked"])
        if found is None:
            continue
        values, file_problems = found
        sources.append(str(path))
        problems.extend(f"{path}: {problem}" for problem in file_problems)
        merged = combine(merged, values)
    return replace(Policy(), **merged, sources=tuple(sources), problems=tuple(problems))


def resolve(data_dir: str | None = None, *, public: bool = False, portable: bool = False,
            files: Iterable[Path] | None = None) -> tuple[Policy, DataLocation]:
    """The policy and the data location of this run: --public or a public policy wins."""
    from app.paths import data_location

    policy = load_policy(files)
    return policy, data_location(data_dir, portable=portable, public=public or policy.public)


def log_problems(policy: Policy) -> None:
    """Log why parts of the policy were not used (call once logging is set up)."""
    for problem in policy.problems:
        log.warning("policy file %s", problem)
