"""The help of the command line is in the user's language (``--lang``, else Dutch, as the
messages are), while the commands and options are the same in both languages."""

from __future__ import annotations

import argparse

import pytest

from app.cli import main
from app.cli.parser import COMMAND_GROUPS, build_parser, help_language


@pytest.fixture(autouse=True)
def _wide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # one line per help text


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as stopped:
        main(list(argv))
    assert stopped.value.code == 0
    return capsys.readouterr().out


def test_the_help_is_dutch_by_default(capsys) -> None:
    text = _help(capsys, "--help")
    assert text.startswith("gebruik: paraat")
    for dutch in ("opdrachten:", "opties:", "toon deze hulp en stop", "--data-dir MAP",
                  "maak een demo-huishouden", "schrijf een document om te printen als A4-PDF"):
        assert dutch in text
    for english in ("usage", "options", "show this help", "create a demo household"):
        assert english not in text


def test_the_help_is_english_with_lang_en(capsys) -> None:
    text = _help(capsys, "--lang", "en", "--help")
    assert text.startswith("usage: paraat")
    assert "show this help message and exit" in text and "--data-dir DIR" in text
    assert "create a demo household (a family of four, a grandmother, a dog)" in text
    assert "gebruik" not in text and "opdrachten" not in text


@pytest.mark.parametrize(("argv", "words"), [
    (["export-pdf", "--help"], ["gebruik: paraat export-pdf", "BESTAND.pdf",
                                "normale letters in plaats van grote letters"]),
    (["--lang=en", "export-pdf", "--help"], ["usage: paraat export-pdf", "FILE.pdf",
                                             "normal print instead of large print"]),
    (["import-plan", "--help"], ["--password-file BESTAND", "standaardinvoer"]),
    (["--lang", "en", "import-plan", "--help"], ["--password-file F", "IN.paraat"]),
])
def test_the_help_of_a_command_is_in_the_same_language(capsys, argv, words) -> None:
    text = _help(capsys, *argv)
    for word in words:
        assert word in text


@pytest.mark.parametrize(("argv", "language"), [
    ([], "nl"), (["demo"], "nl"), (["--lang", "en"], "en"), (["--lang=en", "demo"], "en"),
    (["--lan", "en", "--help"], "en"), (["--lang", "nl"], "nl"), (["--lang"], "nl"),
    (["--lang", "fr"], "nl"), (["--data-dir", "--lang"], "nl"), (["-l", "en"], "nl"),
])
def test_the_language_of_the_help_is_read_from_the_arguments(argv, language) -> None:
    assert help_language(argv) == language


def _shape(parser: argparse.ArgumentParser) -> list[tuple[object, ...]]:
    """What a parser accepts: every argument's names, destination, choices and default,
    and the same of every sub-command, without the words of the help."""
    shape: list[tuple[object, ...]] = []
    for action in parser._actions:
        shape.append((tuple(action.option_strings), action.dest, action.nargs, action.default,
                       action.required, tuple(action.choices or ())))
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                shape.append((name, *_shape(sub)))
    return shape


def _helps(parser: argparse.ArgumentParser) -> list[str]:
    texts = [parser.description or ""]
    for action in parser._actions:
        texts.append(action.help or "")
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                texts.extend(_helps(sub))
    return texts


def test_both_languages_accept_the_same_arguments() -> None:
    dutch, english = build_parser("nl"), build_parser("en")
    assert _shape(dutch) == _shape(english)
    argv = ["--data-dir", "d", "--lang", "en", "export-pdf", "wallet", "k.pdf", "--with-medical"]
    assert dutch.parse_args(argv) == english.parse_args(argv)
    assert build_parser().parse_args(argv) == dutch.parse_args(argv)


def test_every_help_text_has_its_dutch_words() -> None:
    pairs = list(zip(_helps(build_parser("nl")), _helps(build_parser("en")), strict=True))
    assert len(pairs) > 30
    untranslated = [english for dutch, english in pairs if english and dutch == english]
    assert untranslated == []


def test_the_help_lists_every_command_once_by_subject(capsys) -> None:
    grouped = [name for _, names in COMMAND_GROUPS for name in names]
    commands = next(action for action in build_parser()._actions
                    if isinstance(action, argparse._SubParsersAction))
    assert grouped == list(commands.choices)  # every command once, in the order of the list
    dutch, english = _help(capsys, "--help"), _help(capsys, "--lang", "en", "--help")
    assert "opdrachten per onderwerp:\n  huishouden   status, delete-all, demo\n" in dutch
    assert "commands by subject:\n  household  status, delete-all, demo\n" in english
    assert "  papier       export-pdf" in dutch and "  paper      export-pdf" in english
    assert "\ncommands:\n" in english and "positional arguments" not in english
