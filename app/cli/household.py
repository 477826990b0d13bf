"""The household's data as a whole: fill the folder with the demo household (demo), or
delete everything Paraat keeps in it (delete-all)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from app.cli.messages import language_of, refusal_text

if TYPE_CHECKING:
    from app.paths import DataLocation
    from app.storage.repository import Repository


def run_demo(args: argparse.Namespace, repository: Repository, location: DataLocation,
             words: dict[str, str]) -> int:
    """demo [--force]: the demo household; data that is there stays unless --force."""
    from app.commands import RefusedError, create_demo

    try:
        create_demo(repository, force=args.force)
    except RefusedError as error:
        print(refusal_text(error, words, language_of(args, repository)), file=sys.stderr)
        return 1
    print(words["demo_done"].format(where=location.folder or location.database))
    return 0


def run_delete_all(args: argparse.Namespace, location: DataLocation) -> int:
    """delete-all --yes: remove the database, journal, backups and logs; say what happened."""
    from app.storage.erase import erase_data

    dutch = args.lang != "en"
    if location.in_memory:
        print("Paraat draait in openbare modus en bewaart niets op deze computer: er is niets "
              "te wissen." if dutch else "Paraat runs in public mode and keeps nothing on this "
              "computer: there is nothing to delete.")
        return 0
    if not args.yes:
        print((f"Dit wist alles wat Paraat bewaart in {location.folder}: het huishouden, de "
               "reservekopieën en het logboek. Dat kan niet ongedaan worden. Weet je het zeker? "
               "Geef dan de opdracht nog eens met --yes." if dutch else
               f"This deletes everything Paraat keeps in {location.folder}: the household, the "
               "backups and the log. It cannot be undone. If you are sure, give the command "
               "again with --yes."), file=sys.stderr)
        return 1
    report = erase_data(location)
    reasons = {"in_use": "in gebruik door een ander programma" if dutch else "in use by another program",
               "permission": "geen toestemming" if dutch else "no permission",
               "other": "onbekende reden" if dutch else "unknown reason"}
    for path in report.removed:
        print(f"{'Gewist' if dutch else 'Deleted'}: {path}")
    for path, reason in report.failed:
        print(f"{'Niet gewist' if dutch else 'Not deleted'}: {path} ({reasons[reason]})",
              file=sys.stderr)
    for path in report.left_alone:
        print(f"{'Niet van Paraat, blijft staan' if dutch else 'Not made by Paraat, kept'}: {path}")
    if not report.removed and not report.failed:
        print("Er stond niets van Paraat in deze map." if dutch
              else "There was nothing of Paraat's in this folder.")
    print("Bestanden die je zelf hebt bewaard (PDF, CSV, vCard, planbestand) staan nog waar je "
          "ze hebt neergezet." if dutch else "Files you saved yourself (PDF, CSV, vCard, plan "
          "file) are still where you put them.")
    return 0 if report.complete else 2
