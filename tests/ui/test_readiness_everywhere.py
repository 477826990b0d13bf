"""The same household gives the same readiness figure and weakest essential on the overview,
on the kit page, in ``paraat status --json`` and in the printed plan; before the first run
the window says "nog niet begonnen", never 0 %."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.__main__ import main
from tests.report.conftest import flat, pdf_text


def test_screen_status_and_paper_agree(launcher, data_dir: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    window = launcher.start_demo(dt.date.today())
    window.show_page("overview")
    overview = window.overview
    screen = overview.kit_figure.text.text()

    assert main(["--data-dir", str(data_dir), "--lang", "nl", "status", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    figure = f"{data['readiness_percent']}% klaar voor 72 uur"
    weakest = data["weakest"][0]["text"]
    assert data["ready"] is False

    assert figure in screen and weakest in screen
    assert overview.kit_progress.value() == data["readiness_percent"]
    window.show_page("kit")
    assert figure in window.kit.status.text() and weakest in window.kit.status.text()

    pdf = tmp_path / "plan.pdf"
    assert main(["--data-dir", str(data_dir), "--lang", "nl", "export-pdf", "plan", str(pdf)]) == 0
    paper = flat(pdf_text(pdf))
    assert figure in paper and flat(weakest) in paper


def test_not_started_on_screen(launcher) -> None:
    window = launcher.start()
    window.show_page("overview")
    overview = window.overview
    assert overview.kit_progress.text() == "nog niet begonnen"
    assert "0 %" not in overview.kit_progress.text() and "0%" not in overview.kit_progress.text()
    assert "niets" not in overview.kit_missing.text().lower()
    window.show_page("kit")
    assert window.kit.status.text().startswith("Nog niet begonnen.")  # a sentence
    assert not window.kit.shopping_empty.isVisibleTo(window.kit)
