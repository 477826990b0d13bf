"""A command that fails unexpectedly prints plain words, never a traceback, and logs no values."""

from __future__ import annotations

import logging

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
