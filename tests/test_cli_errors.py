"""A command that fails unexpectedly prints plain words, never a traceback, and logs no values."""

from __future__ import annotations

import errno
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

import app.commands
from app.__main__ import main

CANARY = "ZZCANARY-4711"


@pytest.fixture
def broken_demo(monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError(f"something odd about {CANARY}")

    monkeypatch.setattr(app.commands, "create_demo", explode)


@pytest.mark.parametrize(("lang", "expected"), [("nl", "Er ging iets mis in Paraat"),
                                                ("en", "Something went wrong inside Paraat")])
def test_unexpected_error_is_told_in_plain_words(tmp_path, capsys, caplog, broken_demo, lang, expected):
    with caplog.at_level(logging.ERROR):
        code = main(["--data-dir", str(tmp_path), "--lang", lang, "demo"])
    err = capsys.readouterr().err
    assert code == 70
    assert expected in err and "Traceback" not in err and CANARY not in err
    assert "RuntimeError" in caplog.text and "explode" in caplog.text
    assert CANARY not in caplog.text


# --- the system's reasons in the user's language, a file called a file --------------------------

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != "PARAAT_DATA_DIR"}
    env.update(PYTHONIOENCODING="utf-8", PARAAT_LOCK_WAIT="0", QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def lock_is_a_folder(tmp_path: Path) -> Path:
    """A data folder whose lock file paraat.lock has been replaced by a folder."""
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    lock = folder / "paraat.lock"
    lock.unlink()
    lock.mkdir()
    return folder


@pytest.mark.parametrize(("lang", "expected"), [
    ("nl", "Paraat kan het bestand {lock} niet gebruiken: dit is een map, geen bestand."),
    ("en", "Paraat cannot use the file {lock}: this is a folder, not a file."),
])
def test_a_folder_at_the_lock_file_is_named_as_a_file(lock_is_a_folder, capsys, lang, expected):
    lock = lock_is_a_folder / "paraat.lock"
    code = main(["--data-dir", str(lock_is_a_folder), "--lang", lang, "export-json",
                 str(lock_is_a_folder.parent / "o.json")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip() == expected.format(lock=lock)
    assert os.strerror(errno.EISDIR) not in err and "de map" not in err


def test_the_window_names_a_folder_at_the_lock_file_as_a_file(lock_is_a_folder):
    result = _run("--data-dir", str(lock_is_a_folder), "--lang", "nl", "--smoke-test")
    assert result.returncode == 2
    assert "Paraat kan dit bestand niet gebruiken:" in result.stderr
    assert str(lock_is_a_folder / "paraat.lock") in result.stderr
    assert "Dit is een map, geen bestand. Kies een andere map met --data-dir." in result.stderr
    assert os.strerror(errno.EISDIR) not in result.stderr and "ERROR" not in result.stderr


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_unknown_system_reason_is_never_the_systems_english_in_dutch(lang):
    from app.__main__ import _folder_error
    from app.storage.database import DataFolderError

    cause = OSError(errno.ECONNRESET, os.strerror(errno.ECONNRESET))
    try:
        raise DataFolderError("/x/data", cause.strerror) from cause
    except DataFolderError as error:
        text = _folder_error(error, lang)
    if lang == "nl":
        assert text == ("Paraat kan zijn gegevens niet bewaren in /x/data: het systeem meldt een "
                        "fout (ECONNRESET).")
        assert os.strerror(errno.ECONNRESET) not in text
    else:
        assert text.endswith(f": {os.strerror(errno.ECONNRESET)}.")


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "The device or disk is not there (any more). Choose another folder with --data-dir."),
    ("nl", "Het apparaat of de schijf is er niet (meer). Kies een andere map met --data-dir."),
])
def test_the_windows_text_for_an_unknown_reason_has_a_full_stop_before_the_advice(qapp, lang,
                                                                                   expected):
    from app.storage.database import DataFolderError
    from app.ui.start.start_messages import data_folder_message
    from app.words.i18n import Translations

    cause = OSError(errno.ENXIO, os.strerror(errno.ENXIO))
    try:
        Translations(qapp).use(lang)
        try:
            raise DataFolderError("/x/data", cause.strerror) from cause
        except DataFolderError as error:
            text = data_folder_message(error)
    finally:
        Translations(qapp).use("en")
    assert text.endswith("\n\n" + expected)
    assert os.strerror(errno.ENXIO) not in text and "The system says" not in text
