"""The whole household in one file: export-plan and import-plan (the locked plan file, its
password read from a file or standard input) and export-json (plain JSON)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from app.cli.exchange import exchange_words
from app.cli.messages import backup_failure_reason, language_of

if TYPE_CHECKING:
    from app.storage.repository import Repository


def plan_words(language: str) -> dict[str, str]:
    """The messages of these commands, beside exchange_words' (cannot read, cannot write)."""
    dutch = language != "en"
    return {
        "plan_written": "Planbestand geschreven naar {file}. Bewaar het wachtwoord goed: "
        "zonder wachtwoord kan niemand het bestand openen." if dutch
        else "Plan file written to {file}. Keep the password safe: without it nobody can "
        "open the file.",
        "plan_imported": "Het plan uit {file} staat nu in Paraat: {members} huisgenoten, "
        "{contacts} contacten, {stock} regels in het noodpakket." if dutch
        else "The plan from {file} is now in Paraat: {members} members, {contacts} contacts, "
        "{stock} kit entries.",
        "json_written": "Gegevens geschreven naar {file}." if dutch
        else "Data written to {file}.",
        "password_file": "Het wachtwoordbestand {file} moet één regel tekst zijn (UTF-8)."
        if dutch else "The password file {file} must hold one line of text (UTF-8).",
        "refused": "Er is niets veranderd. {why}" if dutch else "Nothing was changed. {why}",
        "weak": "Het planbestand is niet geschreven. {why}" if dutch
        else "The plan file was not written. {why}",
        "backup_failed": "Paraat kon eerst geen reservekopie maken; er is niets veranderd. ({why})"
        if dutch else "Paraat could not make a backup first; nothing was changed. ({why})",
        "cannot_save": "Paraat kon het plan niet opslaan; er is niets veranderd. ({why})" if dutch
        else "Paraat could not save the plan; nothing was changed. ({why})",
    }


def run_plan(args: argparse.Namespace, repository: Repository) -> int:
    """export-plan, import-plan, export-json: the whole household in one file."""
    import sqlite3

    from app import commands
    from app.core.fields import InvalidValue
    from app.exchange.files import ImportRefused
    from app.words.bilingual import os_error_reason, problem_text, save_error_reason

    language = language_of(args, repository)
    words = {**exchange_words(language), **plan_words(language)}
    file = args.file
    if args.command == "export-json":
        try:
            commands.export_json(repository, file)
        except OSError as error:
            print(words["cannot_write"].format(file=file, why=os_error_reason(error, language)),
                  file=sys.stderr)
            return 1
        print(words["json_written"].format(file=file))
        return 0
    try:
        password = commands.read_password_file(args.password_file)
    except OSError as error:
        print(words["cannot_read"].format(file=args.password_file,
                                          why=os_error_reason(error, language)), file=sys.stderr)
        return 1
    except commands.RefusedError:
        print(words["password_file"].format(file=args.password_file), file=sys.stderr)
        return 1
    try:
        if args.command == "export-plan":
            commands.export_plan(repository, file, password)
            print(words["plan_written"].format(file=file))
            return 0
        contents = commands.import_plan(
            repository, file, password,
            before_replace=lambda: commands.backup_before(repository, "import"))
    except InvalidValue as error:
        print(words["weak"].format(why=problem_text(error.problem, language)), file=sys.stderr)
    except ImportRefused as error:
        print(words["import_refused"].format(file=file, why=problem_text(error.problem, language))
              + " " + words["refused"].format(why="").strip(), file=sys.stderr)
    except commands.RefusedError as error:  # the backup before the import could not be made
        print(words["backup_failed"].format(why=backup_failure_reason(error, language)),
              file=sys.stderr)
    except OSError as error:
        key = "cannot_read" if args.command == "import-plan" else "cannot_write"
        print(words[key].format(file=file, why=os_error_reason(error, language)), file=sys.stderr)
    except sqlite3.Error as error:
        print(words["cannot_save"].format(why=save_error_reason(error, language)), file=sys.stderr)
    else:
        household = contents.household
        print(words["plan_imported"].format(file=file, members=len(household.members),
                                            contacts=len(household.contacts),
                                            stock=len(contents.stock)))
        return 0
    return 1
