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

ROOT = Path(__file__).resolve().parents[2]


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
    from app.cli.opening import folder_error
    from app.storage.database import DataFolderError

    cause = OSError(errno.ECONNRESET, os.strerror(errno.ECONNRESET))
    try:
        raise DataFolderError("/x/data", cause.strerror) from cause
    except DataFolderError as error:
        text = folder_error(error, lang)
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


# --- Ctrl-C: one sentence, exit 130, nothing changed ---------------------------------------------


def _big_csv(path: Path, rows: int = 5000) -> Path:
    lines = ["\ufeffartikel;hoeveelheid;eenheid;houdbaar tot"]
    lines += [f"water;{n % 7 + 1};liter;31-12-2030" for n in range(rows)]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def _stock_count(folder: Path) -> int:
    import sqlite3

    connection = sqlite3.connect(f"file:{folder / 'paraat.sqlite3'}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT count(*) FROM stock").fetchone()[0]
    finally:
        connection.close()


def _interrupt_when_the_import_writes(folder: Path, csv: Path) -> subprocess.CompletedProcess[str]:
    """Start import-supplies and send SIGINT as soon as its transaction has begun writing (the
    rollback journal appears beside the data file)."""
    import signal
    import time

    env = {key: value for key, value in os.environ.items() if key != "PARAAT_DATA_DIR"}
    env.update(PYTHONIOENCODING="utf-8", PARAAT_LOCK_WAIT="0")
    journal = folder / "paraat.sqlite3-journal"
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(folder), "import-supplies", str(csv)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # as in a terminal
    began = time.monotonic()
    while process.poll() is None and not journal.exists() and time.monotonic() - began < 60:
        time.sleep(0.0005)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


@pytest.mark.skipif(os.name != "posix", reason="SIGINT to a child process")
def test_ctrl_c_during_an_import_says_so_in_one_sentence_and_changes_nothing(tmp_path: Path):
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    before = _stock_count(folder)
    csv = _big_csv(tmp_path / "groot.csv")
    interrupted = 0
    for _attempt in range(5):  # the import may now and then finish before the signal lands
        result = _interrupt_when_the_import_writes(folder, csv)
        assert "Traceback" not in result.stderr and "KeyboardInterrupt" not in result.stderr
        if result.returncode == 0:
            before = _stock_count(folder)  # it finished: all 5,000 rows are in
            continue
        assert result.returncode == 130, result.stderr
        assert result.stderr.strip() == "Gestopt. Er is niets veranderd."
        assert _stock_count(folder) == before
        assert not (folder / "paraat.sqlite3-journal").exists()  # rolled back cleanly
        interrupted += 1
        break
    print(f"interrupted at attempt {_attempt + 1}")
    assert interrupted, "no run was interrupted while it imported"
    assert _stock_count(folder) == before


def _main_catching_ctrl_c(argv: list[str]) -> int | str:
    """main(argv); "escaped" when the KeyboardInterrupt came out of it (pytest would stop)."""
    try:
        return main(argv)
    except KeyboardInterrupt:
        return "escaped"


@pytest.mark.parametrize(("stage", "lang", "expected"), [
    ("running", "nl", "Gestopt. Er is niets veranderd."),
    ("running", "en", "Stopped. Nothing was changed."),
    ("start", "nl", "Gestopt. Er is niets veranderd."),
    ("opening", "nl", "Gestopt. Als Paraat je gegevens aan het herstellen was, maakt het dat de "
                      "volgende keer af."),
    ("erasing", "nl", "Gestopt. Misschien is een deel al gewist. Geef de opdracht opnieuw om de "
                      "rest te wissen."),
])
def test_ctrl_c_says_only_what_is_true(tmp_path, capsys, monkeypatch, stage, lang, expected):
    from app.cli import interrupts, opening

    def interrupt(args):
        interrupts.set_stage(stage)
        raise KeyboardInterrupt

    monkeypatch.setattr(opening, "run_command", interrupt)
    assert _main_catching_ctrl_c(["--data-dir", str(tmp_path / "data"), "--lang", lang, "demo"]) == 130
    err = capsys.readouterr().err
    assert err.strip() == expected and "Traceback" not in err


def test_ctrl_c_in_an_export_leaves_the_old_file(tmp_path, capsys, monkeypatch):
    from app.storage import safe_write

    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    target = tmp_path / "contacten.vcf"
    target.write_text("de oude versie")

    def interrupted(descriptor, data):
        raise KeyboardInterrupt

    capsys.readouterr()
    with monkeypatch.context() as patch:
        patch.setattr(safe_write.os, "write", interrupted)
        code = _main_catching_ctrl_c(["--data-dir", str(folder), "export-contacts", str(target)])
    assert code == 130
    assert capsys.readouterr().err.strip() == "Gestopt. Er is niets veranderd."
    assert target.read_text() == "de oude versie"
    assert sorted(os.listdir(tmp_path)) == ["contacten.vcf", "data"]  # no temp file either
