"""The kit's and the contacts' files: export-calendar, import-supplies, export-supplies,
export-shopping-list (CSV, as Dutch Excel reads it unless --plain), import-contacts and
export-contacts (vCard). An import shows what is in the file first and adds all or nothing."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from app.cli.messages import counted, language_of, refusal_text

if TYPE_CHECKING:
    from app.storage.repository import Repository


def exchange_words(language: str) -> dict[str, str]:
    """The messages of these commands; export-plan, import-plan and export-json share them."""
    dutch = language != "en"
    return {
        "cannot_read": "Paraat kan {file} niet lezen: {why}." if dutch
        else "Paraat cannot read {file}: {why}.",
        "cannot_write": "Paraat kan {file} niet schrijven: {why}." if dutch
        else "Paraat cannot write {file}: {why}.",
        "cannot_save": "Paraat kon de voorraad niet opslaan; er is niets veranderd. ({why})"
        if dutch else "Paraat could not save the supplies; nothing was changed. ({why})",
        "cannot_load": "Paraat kan de gegevens niet lezen. ({why})" if dutch
        else "Paraat cannot read its data. ({why})",
        "calendar_done": "Agenda geschreven naar {file}: {count} afspraken." if dutch
        else "Calendar written to {file}: {count} events.",
        "calendar_done_one": "Agenda geschreven naar {file}: 1 afspraak." if dutch
        else "Calendar written to {file}: 1 event.",
        "supplies_done": "Voorraad geschreven naar {file}: {count} regels." if dutch
        else "Supplies written to {file}: {count} entries.",
        "supplies_done_one": "Voorraad geschreven naar {file}: 1 regel." if dutch
        else "Supplies written to {file}: 1 entry.",
        "shopping_done": "Boodschappenlijst geschreven naar {file}: {count} artikelen." if dutch
        else "Shopping list written to {file}: {count} items.",
        "shopping_done_one": "Boodschappenlijst geschreven naar {file}: 1 artikel." if dutch
        else "Shopping list written to {file}: 1 item.",
        "import_refused": "Paraat kan {file} niet importeren. {why}" if dutch
        else "Paraat cannot import {file}. {why}",
        "preview": "{file}: {valid} van de {total} regels zijn goed." if dutch
        else "{file}: {valid} of {total} rows are fine.",
        "import_has_problems": (
            "Er is niets geïmporteerd: {count} regels hebben een probleem. Verbeter het "
            "bestand, of gebruik --skip-invalid om alleen de goede regels te importeren."
            if dutch else
            "Nothing was imported: {count} rows have a problem. Correct the file, or use "
            "--skip-invalid to import only the good rows."
        ),
        "import_has_problems_one": (
            "Er is niets geïmporteerd: 1 regel heeft een probleem. Verbeter het bestand, of "
            "gebruik --skip-invalid om alleen de goede regels te importeren."
            if dutch else
            "Nothing was imported: 1 row has a problem. Correct the file, or use "
            "--skip-invalid to import only the good rows."
        ),
        "backup_failed": "Er is niets geïmporteerd: Paraat kon eerst geen reservekopie maken."
        if dutch else "Nothing was imported: Paraat could not make a backup first.",
        "import_nothing": "Er is niets geïmporteerd: het bestand heeft geen goede regels."
        if dutch else "Nothing was imported: the file has no valid rows.",
        "import_too_many": "Er is niets geïmporteerd. {why}" if dutch
        else "Nothing was imported. {why}",
        "import_done": "{count} regels toegevoegd aan het noodpakket." if dutch
        else "{count} entries added to the emergency kit.",
        "import_done_one": "1 regel toegevoegd aan het noodpakket." if dutch
        else "1 entry added to the emergency kit.",
        "import_skipped": "{count} regels met een probleem overgeslagen." if dutch
        else "{count} rows with a problem skipped.",
        "import_skipped_one": "1 regel met een probleem overgeslagen." if dutch
        else "1 row with a problem skipped.",
        # contacts
        "cards": "{file}: {count} kaarten" if dutch else "{file}: {count} cards",
        "cards_one": "{file}: 1 kaart" if dutch else "{file}: 1 card",
        "already_there": "(staat er al)" if dutch else "(already there)",
        "no_phone": "geen telefoonnummer" if dutch else "no phone number",
        "skipped": "Overgeslagen:" if dutch else "Skipped:",
        "card": "kaart {number}" if dutch else "card {number}",
        "contacts_hint": "Er is niets geïmporteerd. Gebruik --all om de {count} nieuwe "
        "contacten toe te voegen." if dutch
        else "Nothing was imported. Use --all to add the {count} new contacts.",
        "contacts_hint_one": "Er is niets geïmporteerd. Gebruik --all om het nieuwe contact "
        "toe te voegen." if dutch else "Nothing was imported. Use --all to add the new contact.",
        "contacts_all_there": "Er is niets toegevoegd: alle contacten in dit bestand staan al "
        "in Paraat." if dutch
        else "Nothing was added: every contact in this file is already in Paraat.",
        "contacts_nothing": "Er is niets geïmporteerd: Paraat kan geen enkele kaart in dit "
        "bestand gebruiken." if dutch
        else "Nothing was imported: Paraat cannot use any card in this file.",
        "contacts_done": "{count} contacten toegevoegd." if dutch else "{count} contacts added.",
        "contacts_done_one": "1 contact toegevoegd." if dutch else "1 contact added.",
        "contacts_written": "Contacten geschreven naar {file}: {count} contacten." if dutch
        else "Contacts written to {file}: {count} contacts.",
        "contacts_written_one": "Contacten geschreven naar {file}: 1 contact." if dutch
        else "Contacts written to {file}: 1 contact.",
        "cannot_save_contacts": "Paraat kon de contacten niet opslaan; er is niets veranderd. "
        "({why})" if dutch
        else "Paraat could not save the contacts; nothing was changed. ({why})",
    }


def run_exchange(args: argparse.Namespace, repository: Repository) -> int:
    """The file commands: calendar, supplies CSV in and out, shopping list, contacts."""
    import sqlite3

    from app import commands
    from app.core.fields import InvalidValue
    from app.exchange.supplies_csv import ImportRefused
    from app.words.bilingual import os_error_reason, problem_text, save_error_reason

    language = language_of(args, repository)
    words = exchange_words(language)
    file = args.file
    dialect = "plain" if getattr(args, "plain", False) else "excel-nl"
    try:
        if args.command == "import-supplies":
            return _import_supplies(args, repository, language, words)
        if args.command == "import-contacts":
            return _import_contacts(args, repository, language, words)
        if args.command == "export-calendar":
            count = commands.export_calendar(repository, file, language)
            print(counted(words, "calendar_done", count, file=file))
        elif args.command == "export-supplies":
            count = commands.export_supplies(repository, file, dialect, language)
            print(counted(words, "supplies_done", count, file=file))
        elif args.command == "export-shopping-list":
            count = commands.export_shopping_list(repository, file, dialect, language)
            print(counted(words, "shopping_done", count, file=file))
        elif args.command == "export-contacts":
            count = commands.export_contacts(repository, file, language)
            print(counted(words, "contacts_written", count, file=file))
        return 0
    except OSError as error:
        key = "cannot_read" if args.command.startswith("import-") else "cannot_write"
        print(words[key].format(file=file, why=os_error_reason(error, language)), file=sys.stderr)
    except ImportRefused as error:
        print(words["import_refused"].format(file=file, why=problem_text(error.problem, language)),
              file=sys.stderr)
    except commands.RefusedError as error:
        print(refusal_text(error, words, language), file=sys.stderr)
    except InvalidValue as error:
        print(words["import_too_many"].format(why=problem_text(error.problem, language)),
              file=sys.stderr)
    except sqlite3.Error as error:
        key = {"import-supplies": "cannot_save", "import-contacts": "cannot_save_contacts"}.get(
            args.command, "cannot_load")
        print(words[key].format(why=save_error_reason(error, language)), file=sys.stderr)
    return 1


def _import_supplies(args: argparse.Namespace, repository: Repository, language: str,
                     words: dict[str, str]) -> int:
    from app import commands
    from app.words.bilingual import row_problem_text

    preview = commands.preview_supplies(repository, args.file)
    rejected = preview.rejected_lines
    print(words["preview"].format(file=args.file, valid=len(preview.rows),
                                  total=len(preview.rows) + len(rejected)))
    for problem in preview.problems:
        print(row_problem_text(problem.line, problem.column, problem.problem, language),
              file=sys.stderr)
    if rejected and not args.skip_invalid:
        print(counted(words, "import_has_problems", len(rejected)), file=sys.stderr)
        return 1
    stored = commands.import_supplies(repository, preview, skip_invalid=args.skip_invalid)
    print(counted(words, "import_done", len(stored)))
    if rejected:
        print(counted(words, "import_skipped", len(rejected)))
    return 0


def _import_contacts(args: argparse.Namespace, repository: Repository, language: str,
                     words: dict[str, str]) -> int:
    """Show every card of a vCard file; with --all, add the new ones (all or none)."""
    from app import commands
    from app.core.phones import display
    from app.words.bilingual import phone_kind_label, problem_text

    preview = commands.preview_contacts(repository, args.file)
    print(counted(words, "cards", len(preview.cards) + len(preview.skipped), file=args.file))
    for card in preview.cards:
        numbers = ", ".join(f"{display(phone.number)} ({phone_kind_label(phone.kind, language)})"
                            for phone in card.phones) or words["no_phone"]
        there = f" {words['already_there']}" if card.duplicate else ""
        print(f"  {card.number}. {card.contact.name}: {numbers}{there}")
        for note in card.notes:
            if note.code != "no_phone":
                print(f"     {problem_text(note, language)}")
    if preview.skipped:
        print(words["skipped"])
    for skipped in preview.skipped:
        where = words["card"].format(number=skipped.number)
        if skipped.name:
            where = f"{where} ({skipped.name})"
        print(f"  {where}: {problem_text(skipped.problem, language)}")
    new = len(preview.new_cards)
    if not new and preview.cards:
        print(words["contacts_all_there"])
        return 0
    if not new:
        print(words["contacts_nothing"], file=sys.stderr if args.all else sys.stdout)
        return 1 if args.all else 0
    if not args.all:
        print(counted(words, "contacts_hint", new))
        return 0
    stored = commands.import_contacts(repository, preview)
    print(counted(words, "contacts_done", len(stored)))
    return 0
