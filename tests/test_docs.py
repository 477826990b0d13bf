"""The README and docs/ stay true: every command and option of ``paraat --help`` is in the
command-line reference, every field of a real JSON export is in the JSON page, every link
resolves, the Quick start names the packages CI installs, and the screenshot is made by a
script from the current app."""

from __future__ import annotations

import argparse
import json
import os
import re
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from app.__main__ import main

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCS = ROOT / "docs"
CLI_DOC = DOCS / "cli.md"
SCREENSHOT_SCRIPT = ROOT / "packaging" / "make_screenshot.py"
README_MAX_LINES = 120
CI_ONLY = {"poppler-utils", "binutils", "xvfb", "xauth", "dbus-daemon", "libglib2.0-bin",
           "at-spi2-core", "desktop-file-utils", "appstream"}
"""Packages .ci/run installs for the PDF checks and the bundle, not to run Paraat."""


class _Captured(BaseException):  # not caught by "except Exception" in the entry point
    def __init__(self, parser: argparse.ArgumentParser) -> None:
        self.parser = parser


def cli_parser(monkeypatch: pytest.MonkeyPatch) -> argparse.ArgumentParser:
    """The parser ``paraat`` really uses, caught as the entry point starts to parse, wherever
    the command-line code lives behind ``app.__main__.main``."""

    def catch(self: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        raise _Captured(self)

    monkeypatch.setattr(argparse.ArgumentParser, "parse_known_args", catch)
    try:
        main(["--version"])
    except _Captured as captured:
        return captured.parser
    raise AssertionError("app.__main__.main did not parse its arguments with argparse")


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.update(action.choices)
    return found


def options(parser: argparse.ArgumentParser) -> list[str]:
    return [option for action in parser._actions for option in action.option_strings
            if option not in ("-h", "--help")]


def positional_choices(parser: argparse.ArgumentParser) -> list[str]:
    return [str(choice) for action in parser._actions
            if not action.option_strings and action.choices
            and not isinstance(action, argparse._SubParsersAction)
            for choice in action.choices]


def _word(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")


def command_sections(text: str) -> dict[str, str]:
    """Each ``### name`` (or ``### a and b``) section of the CLI reference, by command name."""
    sections: dict[str, str] = {}
    parts = re.split(r"^### (.+)$", text, flags=re.MULTILINE)
    for heading, body in zip(parts[1::2], parts[2::2], strict=True):
        body = re.split(r"^## ", body, flags=re.MULTILINE)[0]
        for name in heading.split(" and "):
            sections[name.strip().strip("`")] = body
    return sections


# --- the command-line reference ------------------------------------------------------------


def test_every_command_has_its_own_section_in_the_cli_reference(monkeypatch) -> None:
    commands = subcommands(cli_parser(monkeypatch))
    assert len(commands) >= 10
    sections = command_sections(CLI_DOC.read_text(encoding="utf-8"))
    missing = sorted(set(commands) - set(sections))
    assert not missing, f"docs/cli.md has no '### <command>' section for {missing}"
    stale = sorted(set(sections) - set(commands))
    assert not stale, f"docs/cli.md describes commands paraat does not have: {stale}"


def test_every_option_of_every_command_is_in_its_section(monkeypatch) -> None:
    sections = command_sections(CLI_DOC.read_text(encoding="utf-8"))
    for name, sub in subcommands(cli_parser(monkeypatch)).items():
        for word in options(sub) + positional_choices(sub):
            assert _word(word).search(sections[name]), f"docs/cli.md, {name}: {word} is missing"


def test_every_option_for_every_run_is_in_the_cli_reference(monkeypatch) -> None:
    text = CLI_DOC.read_text(encoding="utf-8")
    everyone = text.split("## Options for every run", 1)[1].split("\n## ", 1)[0]
    for option in options(cli_parser(monkeypatch)):
        assert _word(option).search(everyone), f"docs/cli.md: {option} is missing"


def test_every_exit_code_of_the_command_line_is_explained() -> None:
    table = CLI_DOC.read_text(encoding="utf-8").split("## Exit codes", 1)[1]
    for code in (0, 1, 2, 3, 4, 5, 70, 130):
        assert re.search(rf"^\| {code} \|", table, flags=re.MULTILINE), code


# --- the JSON page -------------------------------------------------------------------------


def test_every_field_of_a_real_export_is_in_the_json_page(tmp_path: Path) -> None:
    folder, target = tmp_path / "data", tmp_path / "out.json"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    assert main(["--data-dir", str(folder), "export-json", str(target)]) == 0
    document = json.loads(target.read_text(encoding="utf-8"))
    page = (DOCS / "json-format.md").read_text(encoding="utf-8")
    names = set(document) | set(document["kit"])
    for part, records in document["household"].items():
        names.add(part)
        for record in records if isinstance(records, list) else [records]:
            names |= set(record)
    names |= {key for record in document["stock"] for key in record}
    missing = sorted(name for name in names if f"`{name}`" not in page)
    assert not missing, f"docs/json-format.md does not name {missing}"


# --- the README ----------------------------------------------------------------------------


def test_the_readme_is_a_short_front_door() -> None:
    lines = README.read_text(encoding="utf-8").splitlines()
    assert len(lines) < README_MAX_LINES, f"README.md has {len(lines)} lines"


LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")


def _anchor(heading: str) -> str:
    """GitHub's anchor for a Markdown heading."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


@pytest.mark.parametrize("page", [README, *sorted(DOCS.glob("*.md"))],
                         ids=lambda path: path.name)
def test_every_link_resolves(page: Path) -> None:
    for target in LINK.findall(page.read_text(encoding="utf-8")):
        if re.match(r"[a-z]+:", target):
            continue  # http(s):, mailto:
        path, _, anchor = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        assert file.exists(), f"{page.name}: {target} does not exist"
        if anchor:
            headings = re.findall(r"^#+ (.+)$", file.read_text(encoding="utf-8"), re.MULTILINE)
            assert anchor in {_anchor(heading) for heading in headings}, \
                f"{page.name}: {target} names no heading"


NAMED_PATH = re.compile(r"(?<![\w/.\\-])((?:app|tests|packaging|resources|docs|\.ci)/[\w./-]*[\w/])")
NAMED_MODULE = re.compile(r"python3? -m ((?:app|tests)(?:\.\w+)*)")


@pytest.mark.parametrize("page", [README, *sorted(DOCS.glob("*.md"))],
                         ids=lambda path: path.name)
def test_every_file_folder_and_module_the_docs_name_exists(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    named = {path.rstrip("/") for path in NAMED_PATH.findall(text)}
    for module in NAMED_MODULE.findall(text):
        path = module.replace(".", "/")
        named.add(path if (ROOT / path).is_dir() else path + ".py")
    missing = sorted(path for path in named if not (ROOT / path).exists())
    assert not missing, f"{page.name} names what is not there: {missing}"


def test_the_developer_layout_lists_every_package_and_module_of_app() -> None:
    text = (DOCS / "developers.md").read_text(encoding="utf-8")
    layout = re.search(r"^## Layout\n.*?```text\n(.*?)```", text, re.DOTALL | re.MULTILINE)
    assert layout, "docs/developers.md has no layout"
    listed = {line.split()[0].rstrip("/") for line in layout.group(1).splitlines()
              if line.strip() and not line[0].isspace()}
    app = ROOT / "app"
    parts = {f"app/{path.name}" for path in app.iterdir()
             if (path / "__init__.py").is_file()
             or (path.suffix == ".py" and path.name != "__init__.py")}
    missing = sorted(parts - listed)
    assert not missing, f"docs/developers.md's layout does not list {missing}"


def _ci_packages() -> list[str]:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    array = script.split("qt_packages=(", 1)[1].split(")", 1)[0]
    return " ".join(re.sub(r"#.*", "", line) for line in array.splitlines()).split()


def test_the_quick_start_installs_what_ci_installs_to_run_paraat() -> None:
    text = README.read_text(encoding="utf-8")
    command = re.search(r"sudo apt-get install (.+?)\n```", text, re.DOTALL)
    assert command, "README.md has no 'sudo apt-get install' in its Quick start"
    named = command.group(1).replace("\\", " ").split()
    assert "python3-venv" in named
    ci = _ci_packages()
    assert set(named) - {"python3-venv"} == set(ci) - CI_ONLY
    for package in CI_ONLY & set(ci):  # the test-only ones are at least named
        assert f"`{package}`" in text, package


def test_the_quick_start_commands_are_the_ones_ci_runs() -> None:
    lines = README.read_text(encoding="utf-8").splitlines()
    after = {line[:5]: lines[index + 1] for index, line in enumerate(lines)
             if line.startswith(("# 1. ", "# 2. "))}
    assert after["# 1. "] == "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/paraat"
    assert after["# 2. "] == ('python3 -m venv .venv && .venv/bin/pip install -e ".[test]" '
                              "&& .venv/bin/python -m pytest")


# --- the screenshot ------------------------------------------------------------------------


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_readme_screenshot_is_a_1280_by_800_png() -> None:
    assert png_size(DOCS / "screenshot.png") == (1280, 800)


def test_the_screenshot_script_makes_a_1280_by_800_png(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(SCREENSHOT_SCRIPT), "--out", str(out)],
                          cwd=tmp_path, env=environment, capture_output=True, text=True,
                          timeout=180, check=False)
    assert done.returncode == 0, done.stderr
    assert png_size(out) == (1280, 800)
    assert not (tmp_path / "data").exists()  # the demo household lived in a temporary folder
