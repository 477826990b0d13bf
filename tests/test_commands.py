"""Commands that need no window: create_demo, and `python -m app` in a subprocess."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.__main__ import build_parser, main
from app.commands import RefusedError, create_demo
from app.core.demo import demo_household
from app.core.records import Member
from app.storage.repository import Repository
from app.storage.schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parent.parent


def run_app(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


@pytest.fixture
def repo(data_dir: Path) -> Repository:
    repository = Repository.open(data_dir / "paraat.sqlite3")
    yield repository
    repository.close()


# --- create_demo -------------------------------------------------------------------------------


def test_create_demo_on_an_empty_file(repo: Repository) -> None:
    create_demo(repo)
    assert repo.household() == demo_household()
    assert repo.setting("wizard_done") == "1"


def test_create_demo_refuses_when_there_is_data(repo: Repository) -> None:
    mine = repo.add("member", Member(name="Mijn eigen naam"))
    with pytest.raises(RefusedError) as caught:
        create_demo(repo)
    assert str(caught.value) == "demo_would_overwrite"
    assert repo.list("member") == [mine]
    assert repo.setting("wizard_done") == ""


def test_create_demo_refuses_a_second_time(repo: Repository) -> None:
    create_demo(repo)
    with pytest.raises(RefusedError):
        create_demo(repo)


def test_create_demo_with_force_replaces_the_data(repo: Repository) -> None:
    repo.add("member", Member(name="Mijn eigen naam"))
    repo.set_field("role", "gas", "person", "Ik")
    create_demo(repo, force=True)
    assert repo.household() == demo_household()


# --- the parser and main() in-process ----------------------------------------------------------


def test_parser_reads_the_demo_command() -> None:
    args = build_parser().parse_args(["--data-dir", "X", "--lang", "en", "demo", "--force"])
    assert (args.data_dir, args.lang, args.command, args.force) == ("X", "en", "demo", True)
    assert build_parser().parse_args([]).command is None


def test_main_demo_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "cli"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    assert str(folder) in capsys.readouterr().out
    assert main(["--data-dir", str(folder), "--lang", "en", "demo"]) == 1
    assert "already holds data" in capsys.readouterr().err


def test_main_on_a_damaged_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "cli"
    folder.mkdir()
    (folder / "paraat.sqlite3").write_text("geen database\n" * 50)
    assert main(["--data-dir", str(folder), "demo"]) == 2
    err = capsys.readouterr().err
    assert "beschadigd" in err
    assert (folder / "paraat.sqlite3").read_text() == "geen database\n" * 50


def test_main_on_a_file_from_a_newer_paraat_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "cli"
    folder.mkdir()
    raw = sqlite3.connect(str(folder / "paraat.sqlite3"))
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.commit()
    raw.close()
    assert main(["--data-dir", str(folder), "demo"]) == 2
    err = capsys.readouterr().err
    assert "nieuwere" in err


# --- python -m app -----------------------------------------------------------------------------


def test_cli_demo_then_refusal_then_force(tmp_path: Path) -> None:
    folder = tmp_path / "cli"
    first = run_app("--data-dir", str(folder), "demo")
    assert first.returncode == 0, first.stderr
    assert "Demo-huishouden gemaakt" in first.stdout
    assert (folder / "paraat.sqlite3").is_file()

    second = run_app("--data-dir", str(folder), "demo")
    assert second.returncode == 1
    assert "Er staan al gegevens in deze map" in second.stderr
    assert "--force" in second.stderr
    assert "Traceback" not in second.stderr

    forced = run_app("--data-dir", str(folder), "demo", "--force")
    assert forced.returncode == 0, forced.stderr

    repository = Repository.open(folder / "paraat.sqlite3")
    try:
        assert repository.household() == demo_household()
    finally:
        repository.close()


def test_cli_demo_in_english(tmp_path: Path) -> None:
    folder = tmp_path / "cli"
    assert run_app("--data-dir", str(folder), "--lang", "en", "demo").returncode == 0
    again = run_app("--data-dir", str(folder), "--lang", "en", "demo")
    assert again.returncode == 1
    assert "This folder already holds data" in again.stderr


def test_cli_version() -> None:
    result = run_app("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Paraat {__version__}" == "Paraat 0.1.0"


def test_cli_unusable_data_dir_exits_2_without_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    result = run_app("--data-dir", str(blocker / "data"), "demo")
    assert result.returncode == 2
    assert "Paraat kan de map" in result.stderr
    assert str(blocker / "data") in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_commands_do_not_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from app.__main__ import main; "
        f"rc = main(['--data-dir', {str(tmp_path / 'q')!r}, 'demo']); "
        "import app.core.household, app.core.broadcasters, app.storage.repository; "
        "app.core.broadcasters.broadcasters(); "
        "print(rc, any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["0", "False"]
