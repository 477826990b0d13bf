"""Paraat's command line: the GUI by default, plus subcommands that need no window.

    paraat [--data-dir DIR] [--lang nl|en]            start the app
    paraat [--data-dir DIR] --smoke-test              start the GUI, quit when idle, exit 0
    paraat --version
    paraat [--data-dir DIR] demo [--force]            create the demo household
"""

from __future__ import annotations

import argparse
import sys

from app import APP_NAME, __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="paraat",
        description="Paraat: your household's emergency plan, offline.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="keep the data in this folder")
    parser.add_argument("--lang", choices=("nl", "en"), help="language for this run")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start the full GUI, quit as soon as it is idle, exit 0 when all went well",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser("demo", help="create a demo household (a family of four, a grandmother, a dog)")
    demo.add_argument("--force", action="store_true", help="overwrite the data that is there")
    return parser


def _messages(lang: str | None) -> dict[str, str]:
    dutch = lang != "en"
    return {
        "demo_would_overwrite": (
            "Er staan al gegevens in deze map. Gebruik --force om ze te vervangen door de demo."
            if dutch
            else "This folder already holds data. Use --force to replace it with the demo."
        ),
        "demo_done": "Demo-huishouden gemaakt in {where}" if dutch else "Demo household created in {where}",
        "folder": (
            "Paraat kan de map {where} niet gebruiken: {why}"
            if dutch
            else "Paraat cannot use the folder {where}: {why}"
        ),
        "damaged": (
            "Het bestand {where} is beschadigd of is geen Paraat-bestand."
            if dutch
            else "The file {where} is damaged or is not a Paraat file."
        ),
        "too_new": (
            "Het bestand {where} is gemaakt met een nieuwere versie van Paraat."
            if dutch
            else "The file {where} was made by a newer version of Paraat."
        ),
    }


def run_command(args: argparse.Namespace) -> int:
    """Run a subcommand; returns the exit code. Errors go to stderr in plain words."""
    from app.commands import RefusedError, create_demo
    from app.paths import data_location
    from app.storage.database import DamagedDatabase, DataFolderError
    from app.storage.repository import Repository
    from app.storage.schema import SchemaTooNew

    words = _messages(args.lang)
    location = data_location(args.data_dir)
    try:
        repository = Repository.open(location.database)
    except DataFolderError as error:
        print(words["folder"].format(where=error.where, why=error.why), file=sys.stderr)
        return 2
    except DamagedDatabase:
        print(words["damaged"].format(where=location.database), file=sys.stderr)
        return 2
    except SchemaTooNew:
        print(words["too_new"].format(where=location.database), file=sys.stderr)
        return 2
    try:
        if args.command == "demo":
            try:
                create_demo(repository, force=args.force)
            except RefusedError as error:
                print(words[str(error)], file=sys.stderr)
                return 1
            print(words["demo_done"].format(where=location.folder))
        return 0
    finally:
        repository.close()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command:
        return run_command(args)
    from app.ui.application import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
