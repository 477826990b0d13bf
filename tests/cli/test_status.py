"""paraat status [--json]: the readiness figure on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.__main__ import main
from app.paths import data_location
from app.storage.repository import Repository


def test_a_new_empty_folder_is_not_started(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--data-dir", str(tmp_path / "new"), "status", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["readiness_percent"] is None and data["ready"] is False
    assert data["next_check"] is None and data["weakest"] == []
    assert main(["--data-dir", str(tmp_path / "new"), "status"]) == 0
    assert "nog niet begonnen" in capsys.readouterr().out


def test_a_cancelled_wizard_is_not_started(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repository = Repository.open(data_location(tmp_path).database)
    repository.set_setting("wizard_done", "1")  # what cancelling the wizard stores
    repository.close()
    assert main(["--data-dir", str(tmp_path), "--lang", "en", "status", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["readiness_percent"] is None and data["ready"] is False
    assert main(["--data-dir", str(tmp_path), "--lang", "en", "status"]) == 0
    assert "not started yet" in capsys.readouterr().out


def test_demo_status(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "demo"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path), "status", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data["readiness_percent"], int) and 0 <= data["readiness_percent"] <= 100
    assert data["ready"] is False and data["horizon_hours"] == 72
    assert data["weakest"]
    # never checked: no date, "check now" (as the window and the paper say)
    assert data["next_check"] is None and data["check_now"] is True
    assert data["check_text"] == "Controleer je noodpakket nu."
    for need in data["weakest"]:
        assert {"item", "have", "need", "unit", "hours"} <= set(need)
    assert main(["--data-dir", str(tmp_path), "status"]) == 0
    text = capsys.readouterr().out
    assert f"{data['readiness_percent']}% klaar voor 72 uur" in text
    assert data["weakest"][0]["text"] in text
