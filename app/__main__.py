"""Paraat's command line: the GUI by default, plus subcommands that need no window.

    paraat [--data-dir DIR] [--lang nl|en]            start the app
    paraat --public                                   public computer: nothing is kept
    paraat --portable                                 data in a 'data' folder beside the program
    paraat [--data-dir DIR] delete-all --yes          delete everything Paraat keeps here
    paraat [--data-dir DIR] --smoke-test              start the GUI, quit when idle, exit 0
    paraat --version
    paraat [--data-dir DIR] demo [--force]            create the demo household
    paraat [--data-dir DIR] export-calendar FILE.ics  the kit's check and best-before dates
    paraat [--data-dir DIR] import-supplies FILE.csv [--skip-invalid]
    paraat [--data-dir DIR] export-supplies FILE.csv [--plain]
    paraat [--data-dir DIR] export-shopping-list FILE.csv [--plain]
    paraat [--data-dir DIR] import-contacts FILE.vcf [--all]
    paraat [--data-dir DIR] export-contacts FILE.vcf
    paraat [--data-dir DIR] export-plan OUT.paraat --password-file F   locked plan file
    paraat [--data-dir DIR] import-plan IN.paraat --password-file F    replace all by it
    paraat [--data-dir DIR] export-json OUT.json      everything as plain JSON
    paraat [--data-dir DIR] [--lang nl|en] export-pdf {plan,fridge,wallet,checklist,shopping} FILE.pdf
                                                      [--normal-size] [--with-medical]

CSV files are written as Dutch Excel reads them (";", decimal comma, dd-mm-jjjj) unless
--plain is given ("," , decimal point, ISO dates). import-contacts shows the cards of a vCard
file and imports them only with --all. Exit codes: 0 done, 1 refused (nothing was
changed), 2 the data folder cannot be used, 3 an export was written but some entries may be
damaged (their checksum no longer matches; they are named on stderr: restore a backup or check
them in Paraat), 4 another Paraat (a window or a command) has the data folder open: a command
waits up to 10 seconds ($PARAAT_LOCK_WAIT) for it, then changes nothing, 5 the data file was
damaged or missing without a good backup: Paraat started empty and did not run the command
(demo excepted; the next run goes ahead), 130 stopped with Ctrl-C. Exports go ahead
when entries are damaged, because getting the data out matters most when the data file is
damaged.
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import TYPE_CHECKING

from app import APP_NAME, __version__

IN_USE = 4
"""Exit code: another Paraat has the data folder open (after waiting); nothing was changed."""
STARTED_EMPTY = 5
"""Exit code: the data file was damaged or missing and there was no good backup, so Paraat
started with an empty household; the command (other than demo) was not run. The next run,
the message told, works on the empty household."""
INTERRUPTED = 130
"""Exit code: stopped with Ctrl-C (128 + SIGINT, as shells report it)."""

_stage = "start"
"""What the command is doing, for the sentence an interruption gets (``_interrupted``):
"start", "opening" (the data is opened or recovered), "running", "erasing" (delete-all)."""

if TYPE_CHECKING:
    from app.paths import DataLocation
    from app.storage.database import DataFolderError
    from app.storage.recovery import Recovery
    from app.storage.repository import Repository


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="paraat",
        description="Paraat: your household's emergency plan, offline.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="keep the data in this folder")
    parser.add_argument("--lang", choices=("nl", "en"), help="language for this run")
    parser.add_argument("--public", action="store_true",
                        help="public computer: keep everything in memory, write nothing, "
                             "erase it all on exit or after some idle time")
    parser.add_argument("--portable", action="store_true",
                        help="keep all data in a 'data' folder beside the program (USB stick)")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start the full GUI, quit as soon as it is idle, exit 0 when all went well",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    erase = commands.add_parser("delete-all",
                                help="delete everything Paraat keeps on this computer (needs --yes)")
    erase.add_argument("--yes", action="store_true", help="yes, delete it all; this cannot be undone")
    demo = commands.add_parser("demo", help="create a demo household (a family of four, a grandmother, a dog)")
    demo.add_argument("--force", action="store_true", help="overwrite the data that is there")
    calendar = commands.add_parser(
        "export-calendar", help="write the kit check and best-before dates as a calendar (.ics)")
    calendar.add_argument("file", metavar="FILE.ics")
    importing = commands.add_parser(
        "import-supplies", help="add the supplies in a CSV file to the kit (all rows or none)")
    importing.add_argument("file", metavar="FILE.csv")
    importing.add_argument("--skip-invalid", action="store_true",
                           help="import the valid rows even when other rows have problems")
    for name, text in (("export-supplies", "write the kit's supplies as a CSV file"),
                       ("export-shopping-list", "write what the kit still lacks as a CSV file")):
        exporting = commands.add_parser(name, help=text)
        exporting.add_argument("file", metavar="FILE.csv")
        exporting.add_argument("--plain", action="store_true",
                               help="comma-separated, decimal point and ISO dates, without BOM "
                                    "(default: as Dutch Excel reads it)")
    contacts_in = commands.add_parser(
        "import-contacts", help="show the contacts in a vCard file (.vcf); add them with --all")
    contacts_in.add_argument("file", metavar="FILE.vcf")
    contacts_in.add_argument("--all", action="store_true",
                             help="add every new contact in the file (all of them or none)")
    contacts_out = commands.add_parser("export-contacts",
                                       help="write all contacts as a vCard file (.vcf)")
    contacts_out.add_argument("file", metavar="FILE.vcf")
    plan_out = commands.add_parser(
        "export-plan", help="write the whole household and kit as a locked plan file (.paraat)")
    plan_out.add_argument("file", metavar="OUT.paraat")
    plan_in = commands.add_parser(
        "import-plan", help="replace everything by the plan in a locked plan file (all or nothing)")
    plan_in.add_argument("file", metavar="IN.paraat")
    for plan_command in (plan_out, plan_in):
        plan_command.add_argument("--password-file", metavar="F", required=True,
                                  help="a file whose first line is the password ('-': standard input)")
    json_out = commands.add_parser("export-json",
                                   help="write the whole household and kit as plain JSON")
    json_out.add_argument("file", metavar="OUT.json")
    pdf = commands.add_parser("export-pdf", help="write a printable document as an A4 PDF")
    pdf.add_argument("document", choices=("plan", "fridge", "wallet", "checklist", "shopping"))
    pdf.add_argument("file", metavar="FILE.pdf")
    pdf.add_argument("--normal-size", action="store_true",
                     help="normal print instead of large print")
    pdf.add_argument("--with-medical", action="store_true",
                     help="wallet cards: add medicines and allergies")
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
        "damaged": (
            "Het bestand {where} is beschadigd of is geen Paraat-bestand."
            if dutch
            else "The file {where} is damaged or is not a Paraat file."
        ),
        "recovered": (
            "Het bestand met je gegevens was beschadigd. Paraat heeft de reservekopie van "
            "{when} teruggezet. Wat daarna is veranderd, staat er niet in."
            if dutch
            else "The file with your data was damaged. Paraat has put back the backup of "
            "{when}. Changes made after that are not in it."
        ),
        "repaired": (
            "Het bestand met je gegevens was beschadigd. Paraat heeft het bestand hersteld; er is "
            "niets verloren."
            if dutch
            else "The file with your data was damaged. Paraat has repaired it; nothing was lost."
        ),
        "started_fresh": (
            "Het bestand met je gegevens was beschadigd. Er was geen goede reservekopie. "
            "Daarom begint Paraat leeg."
            if dutch
            else "The file with your data was damaged, and there was no good backup. "
            "Paraat starts empty."
        ),
        "damaged_kept": (
            "Het beschadigde bestand is niet weggegooid. Het staat hier: {where}"
            if dutch
            else "The damaged file has not been deleted. It is here: {where}"
        ),
        "resumed": (
            "Paraat werd gestopt terwijl het je gegevens aan het herstellen was. Het herstel is "
            "nu klaar."
            if dutch
            else "Paraat was stopped while it was repairing your data. It has now finished the repair."
        ),
        "recovered_missing": (
            "Het bestand met je gegevens ontbrak. Paraat heeft de reservekopie van {when} "
            "teruggezet. Wat daarna is veranderd, staat er niet in."
            if dutch
            else "The file with your data was missing. Paraat has put back the backup of "
            "{when}. Changes made after that are not in it."
        ),
        "backup_used": "De reservekopie die is teruggezet: {where}" if dutch
        else "The backup that was put back: {where}",
        "fresh_missing": (
            "Het bestand met je gegevens ontbrak. Er was geen goede reservekopie. Daarom begint "
            "Paraat leeg."
            if dutch
            else "The file with your data was missing, and there was no good backup. "
            "Paraat starts empty."
        ),
        "earlier_damaged_kept": (
            "Een beschadigd bestand van eerder is niet weggegooid. Het staat hier: {where}"
            if dutch
            else "A damaged file from earlier has not been deleted. It is here: {where}"
        ),
        "damaged_journal_kept": "Het journaalbestand ervan staat ernaast: {where}" if dutch
        else "Its journal file is kept beside it: {where}",
        "journal_not_used": (
            "Naast het bestand met je gegevens stond een journaalbestand dat er niet bij hoort "
            "(van een ander bestand, of van een oudere wijziging). Paraat heeft het niet "
            "gebruikt. Wat je hebt opgeslagen, is er dus nog."
            if dutch
            else "Next to the file with your data was a journal file that does not belong to it "
            "(from another file, or from an older change). Paraat has not used it, so what you "
            "saved is still there."
        ),
        "journal_applied": (
            "Paraat werd onderbroken tijdens een wijziging. Die onafgemaakte wijziging is "
            "teruggedraaid. Een kopie van het bestand en van het journaalbestand zoals ze waren, "
            "staat hier: {where}. Mist er iets? Met deze kopie kun je terug."
            if dutch
            else "Paraat was interrupted during a change. That unfinished change has been undone. "
            "A copy of the file and of its journal file, as they were, is here: {where}. Is "
            "something missing? With this copy you can go back."
        ),
        "journal_copies": (
            "Een kopie van het bestand en van het journaalbestand, zoals ze waren voordat Paraat "
            "ze opende, staat hier: {where}"
            if dutch
            else "A copy of the file and of the journal file, as they were before Paraat opened "
            "them, is here: {where}"
        ),
        "not_run_empty": (
            "De opdracht is niet uitgevoerd, omdat Paraat nu leeg is. Geef de opdracht nog eens "
            "om verder te gaan met een leeg huishouden."
            if dutch
            else "The command was not run, because Paraat is empty now. Give the command again "
            "to go on with an empty household."
        ),
        "backup_failed": (
            "Er is niets veranderd: Paraat kon eerst geen reservekopie maken."
            if dutch
            else "Nothing was changed: Paraat could not make a backup first."
        ),
        "too_new": (
            "Het bestand {where} is gemaakt met een nieuwere versie van Paraat."
            if dutch
            else "The file {where} was made by a newer version of Paraat."
        ),
        "in_use": (
            "Paraat is al geopend voor de gegevens in {where}. Paraat heeft {seconds} seconden "
            "gewacht. Sluit Paraat daar (het venster of de andere opdracht) en probeer het "
            "opnieuw. Er is niets veranderd."
            if dutch
            else "Paraat is already open for the data in {where}. Paraat waited {seconds} "
            "seconds. Close Paraat there (the window or the other command) and try again. "
            "Nothing was changed."
        ),
    }


def _folder_error(error: DataFolderError, lang: str | None) -> str:
    """The data folder or file cannot be used: which one (a file called a file), why, and what
    to do, in plain words (the same as the window's, app/ui/start/start_messages.py)."""
    from app.words.bilingual import is_a_folder_not_a_file, system_reason

    dutch = lang != "en"
    kind, reason = error.where_kind(), error.reason()
    needs_file = is_a_folder_not_a_file(error)  # a folder where a file should be: paraat.lock
    if kind == "folder" and reason != "not_a_file" and not needs_file:
        head = "Paraat kan de map {where} niet gebruiken" if dutch else "Paraat cannot use the folder {where}"
    elif kind == "file" or reason == "not_a_file" or needs_file:
        head = "Paraat kan het bestand {where} niet gebruiken" if dutch else "Paraat cannot use the file {where}"
    else:
        head = "Paraat kan zijn gegevens niet bewaren in {where}" if dutch else "Paraat cannot save its data in {where}"
    reasons = {
        "permission": ("je hebt geen toestemming om daar te schrijven", "you have no permission to write there"),
        "not_a_folder": ("dit is een bestand, maar Paraat heeft hier een map nodig",
                         "this is a file, but Paraat needs a folder here") if kind == "file"
        else ("een deel van dit pad is een bestand, geen map", "a part of this path is a file, not a folder"),
        "in_use": ("een ander programma gebruikt het", "another program is using it"),
        "not_a_file": ("het is een map, geen bestand; Paraat heeft niets veranderd",
                       "it is a folder, not a file; Paraat has changed nothing") if kind == "folder"
        else ("het is geen gewoon bestand; Paraat heeft niets veranderd",
              "it is not a normal file; Paraat has changed nothing"),
        "read_only": ("op deze schijf kan niets worden geschreven (alleen lezen)",
                      "nothing can be written on this disk (it is read-only)"),
        "disk_full": ("de schijf is vol", "the disk is full"),
        "missing": ("deze map of schijf is er niet", "this folder or disk is not there"),
    }
    pair = reasons.get(reason)
    # else the system's reason in words, never its English text
    why = pair[0 if dutch else 1] if pair else system_reason(error, "nl" if dutch else "en")
    return head.format(where=error.where) + ": " + why + "."


def _exchange_messages(language: str) -> dict[str, str]:
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

    saved = repository.setting("language")
    language = args.lang or (saved if saved in ("nl", "en") else "nl")
    words = _exchange_messages(language)
    file = args.file
    dialect = "plain" if getattr(args, "plain", False) else "excel-nl"
    try:
        if args.command == "import-supplies":
            return _import_supplies(args, repository, language, words)
        if args.command == "import-contacts":
            return _import_contacts(args, repository, language, words)
        if args.command == "export-calendar":
            count = commands.export_calendar(repository, file, language)
            print(_counted(words, "calendar_done", count, file=file))
        elif args.command == "export-supplies":
            count = commands.export_supplies(repository, file, dialect, language)
            print(_counted(words, "supplies_done", count, file=file))
        elif args.command == "export-shopping-list":
            count = commands.export_shopping_list(repository, file, dialect, language)
            print(_counted(words, "shopping_done", count, file=file))
        elif args.command == "export-contacts":
            count = commands.export_contacts(repository, file, language)
            print(_counted(words, "contacts_written", count, file=file))
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


def _counted(words: dict[str, str], key: str, count: int, **values: object) -> str:
    """The message for ``count`` things: the "_one" form for exactly one, when there is one."""
    template = words.get(f"{key}_one", words[key]) if count == 1 else words[key]
    return template.format(count=count, **values)


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
        print(_counted(words, "import_has_problems", len(rejected)), file=sys.stderr)
        return 1
    stored = commands.import_supplies(repository, preview, skip_invalid=args.skip_invalid)
    print(_counted(words, "import_done", len(stored)))
    if rejected:
        print(_counted(words, "import_skipped", len(rejected)))
    return 0


def _import_contacts(args: argparse.Namespace, repository: Repository, language: str,
                     words: dict[str, str]) -> int:
    """Show every card of a vCard file; with --all, add the new ones (all or none)."""
    from app import commands
    from app.core.phones import display
    from app.words.bilingual import phone_kind_label, problem_text

    preview = commands.preview_contacts(repository, args.file)
    print(_counted(words, "cards", len(preview.cards) + len(preview.skipped), file=args.file))
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
        print(_counted(words, "contacts_hint", new))
        return 0
    stored = commands.import_contacts(repository, preview)
    print(_counted(words, "contacts_done", len(stored)))
    return 0


def run_export_pdf(args: argparse.Namespace, repository: Repository) -> int:
    """export-pdf: one printable document as an A4 PDF, through Qt without a window."""
    from app.report import export
    from app.words.bilingual import os_error_reason

    saved = repository.setting("language")
    language = args.lang or (saved if saved in ("nl", "en") else "nl")
    dutch = language == "nl"
    try:
        pages = export.export_pdf(repository, args.document, args.file, language,
                                  large=not args.normal_size, include_medical=args.with_medical)
    except export.DocumentMissing:
        print("Dit document kan deze versie van Paraat nog niet maken." if dutch
              else "This version of Paraat cannot make this document yet.", file=sys.stderr)
        return 1
    except OSError as error:
        why = os_error_reason(error, language)
        print(f"Paraat kan {args.file} niet schrijven: {why}." if dutch
              else f"Paraat cannot write {args.file}: {why}.", file=sys.stderr)
        return 1
    print(f"{args.file}: {pages} pagina's" if dutch and pages != 1 else
          f"{args.file}: 1 pagina" if dutch else
          f"{args.file}: {pages} pages" if pages != 1 else f"{args.file}: 1 page")
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


def _plan_messages(language: str) -> dict[str, str]:
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

    saved = repository.setting("language")
    language = args.lang or (saved if saved in ("nl", "en") else "nl")
    words = {**_exchange_messages(language), **_plan_messages(language)}
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


def run_export(args: argparse.Namespace, repository: Repository) -> int:
    """Every export-… command: every entry is checked first; damaged ones are named (exit 3)."""
    from app.commands import damage_warning

    damaged = repository.verify_all()
    if args.command == "export-pdf":
        code = run_export_pdf(args, repository)
    elif args.command in ("export-plan", "export-json"):
        code = run_plan(args, repository)
    else:
        code = run_exchange(args, repository)
    if code == 0 and damaged:
        saved = repository.setting("language")
        language = args.lang or (saved if saved in ("nl", "en") else "nl")
        print(damage_warning(damaged, language), file=sys.stderr)
        return 3
    return code


def backup_failure_reason(error: BaseException, language: str) -> str:
    """Why the backup before a change could not be made (``RefusedError("backup_failed")``
    carries the real error as its cause), in plain words."""
    import sqlite3

    from app.words.bilingual import os_error_reason, save_error_reason

    cause = error.__cause__
    if isinstance(cause, FileExistsError | NotADirectoryError) and cause.filename:
        from pathlib import Path

        from app.paths import BACKUPS_DIR_NAME

        blocker = Path(cause.filename)
        if blocker.name == BACKUPS_DIR_NAME and not blocker.is_dir():
            return (f"er staat een bestand waar de map voor reservekopieën moet staan: {blocker}"
                    if language == "nl" else
                    f"there is a file where the folder for backups should be: {blocker}")
    if isinstance(cause, OSError):
        return os_error_reason(cause, language)
    if isinstance(cause, sqlite3.Error):
        return save_error_reason(cause, language)
    return ("de nieuwe reservekopie klopte niet" if language == "nl"
            else "the new backup did not pass its check")


def refusal_text(error: BaseException, words: dict[str, str], language: str) -> str:
    """The message for a RefusedError; a failed backup says why."""
    text = words[str(error)]
    if str(error) == "backup_failed":
        text += f" ({backup_failure_reason(error, language)})"
    return text


def recovery_lines(recovery: Recovery, words: dict[str, str]) -> list[str]:
    """What happened at start to a damaged or missing file, or a journal beside it: what was
    put back, from when, and where the damaged file (and journal) is kept."""
    from app.storage.recovery import APPLIED, JOURNAL, RESTORED

    lines = [words["resumed"]] if recovery.resumed else []
    missing = recovery.problem == "missing"
    if recovery.status == RESTORED and recovery.repaired:
        lines.append(words["repaired"])
    elif recovery.status == RESTORED and recovery.restored is not None:
        when = recovery.restored.when.strftime("%d-%m-%Y %H:%M")
        lines.append(words["recovered_missing" if missing else "recovered"].format(when=when))
        lines.append(words["backup_used"].format(where=recovery.restored.path))
    elif recovery.status != JOURNAL:
        lines.append(words["fresh_missing" if missing else "started_fresh"])
    if recovery.damaged_as is not None:
        key = "earlier_damaged_kept" if missing else "damaged_kept"
        lines.append(words[key].format(where=recovery.damaged_as))
        if recovery.damaged_journal is not None:
            lines.append(words["damaged_journal_kept"].format(where=recovery.damaged_journal))
    kept = ", ".join(str(path) for path in recovery.journal_kept)
    if recovery.journal_problem == APPLIED:
        lines.append(words["journal_applied"].format(where=kept))
    elif recovery.journal_problem:
        lines.append(words["journal_not_used"])
    if recovery.journal_kept and recovery.journal_problem != APPLIED:
        lines.append(words["journal_copies"].format(where=kept))
    return lines


def run_command(args: argparse.Namespace) -> int:
    """Run a subcommand; returns the exit code. Errors go to stderr in plain words."""
    from app.policy import resolve
    from app.storage.database import DataFolderError
    from app.storage.instance_lock import CLI_WAIT, InUse, lock_folder, wait_seconds

    words = _messages(args.lang)
    _policy, location = resolve(args.data_dir, public=args.public, portable=args.portable)
    folder = location.folder
    wait = wait_seconds(CLI_WAIT)
    try:  # one Paraat per data folder: wait a while for the other one, then refuse
        if args.command == "delete-all":
            if args.yes and folder is not None and folder.is_dir():
                lock_folder(folder, wait).release()  # the lock file is erased with the rest
            _set_stage("erasing" if args.yes else "start")
            return run_delete_all(args, location)
        lock = lock_folder(folder, wait)
    except InUse:
        print(words["in_use"].format(where=folder, seconds=f"{wait:g}"), file=sys.stderr)
        return IN_USE
    except DataFolderError as error:
        print(_folder_error(error, args.lang), file=sys.stderr)
        return 2
    try:
        return _run_locked(args, location, words)
    finally:
        if lock is not None:
            lock.release()


def _run_locked(args: argparse.Namespace, location: DataLocation, words: dict[str, str]) -> int:
    """A command with the data folder locked: open (or recover) the data, then run it."""
    from app.commands import RefusedError, create_demo
    from app.storage.database import DamagedDatabase, DataFolderError
    from app.storage.recovery import FRESH, OK, acknowledge, open_or_recover
    from app.storage.schema import SchemaTooNew

    try:
        _set_stage("opening")
        repository, recovery = open_or_recover(location.database, location.backups)
    except DataFolderError as error:
        print(_folder_error(error, args.lang), file=sys.stderr)
        return 2
    except DamagedDatabase:
        print(words["damaged"].format(where=location.database), file=sys.stderr)
        return 2
    except SchemaTooNew:
        print(words["too_new"].format(where=location.database), file=sys.stderr)
        return 2
    _set_stage("running")
    if recovery.status != OK:
        for line in recovery_lines(recovery, words):
            print(line, file=sys.stderr)
        sys.stderr.flush()
    acknowledge(location.database)
    try:
        if recovery.status == FRESH and args.command != "demo":  # never a command on a lost
            print(words["not_run_empty"], file=sys.stderr)  # household without stopping first
            return STARTED_EMPTY
        if args.command == "demo":
            try:
                create_demo(repository, force=args.force)
            except RefusedError as error:
                saved = repository.setting("language")
                language = args.lang or (saved if saved in ("nl", "en") else "nl")
                print(refusal_text(error, words, language), file=sys.stderr)
                return 1
            print(words["demo_done"].format(where=location.folder or location.database))
            return 0
        if args.command.startswith("export-"):
            return run_export(args, repository)
        if args.command in ("export-plan", "import-plan", "export-json"):
            return run_plan(args, repository)
        if args.command:
            return run_exchange(args, repository)
        return 0
    finally:
        repository.close()


def _unexpected(error: Exception, lang: str | None) -> int:
    """A command failed in a way nobody foresaw: plain words on stderr, where-it-happened in the log."""
    from app.diagnostics import describe

    logging.getLogger("app.error").error("unexpected error\n%s", describe(type(error), error.__traceback__))
    if (lang or "nl") == "nl":
        print(f"Er ging iets mis in Paraat ({type(error).__name__}). Wat al bewaard was, is er nog. "
              "Probeer het opnieuw.", file=sys.stderr)
    else:
        print(f"Something went wrong inside Paraat ({type(error).__name__}). What was saved before is "
              "still there. Please try again.", file=sys.stderr)
    return 70


def _set_stage(stage: str) -> None:
    global _stage
    _stage = stage


def _interrupted(lang: str | None) -> int:
    """Ctrl-C during a command: what that left, in one plain sentence; exit code 130.

    Every import and the demo are one transaction and an export replaces its file only when
    the new one is complete, so an interruption while a command runs changed nothing. An
    interrupted recovery is finished at the next start; an interrupted delete-all may have
    deleted part of the files.
    """
    dutch = lang != "en"
    if _stage == "opening":
        text = ("Gestopt. Als Paraat je gegevens aan het herstellen was, maakt het dat de "
                "volgende keer af." if dutch else
                "Stopped. If Paraat was repairing your data, it finishes that the next time.")
    elif _stage == "erasing":
        text = ("Gestopt. Misschien is een deel al gewist. Geef de opdracht opnieuw om de rest "
                "te wissen." if dutch else
                "Stopped. Part of it may already be deleted. Give the command again to delete "
                "the rest.")
    else:
        text = "Gestopt. Er is niets veranderd." if dutch else "Stopped. Nothing was changed."
    logging.getLogger("app").warning("command interrupted (%s)", _stage)
    print(text, file=sys.stderr, flush=True)
    return INTERRUPTED


def _start_command_log(args: argparse.Namespace) -> logging.Handler:
    """A command logs as the window does: warnings and errors to paraat.log in the data folder
    (app/diagnostics.py), never on stderr, where an English log line would sit between the
    user's own messages. Public mode, delete-all (which erases the log) or a log file that
    cannot be made: a NullHandler, so nothing is printed either."""
    from app.diagnostics import start_log
    from app.policy import log_problems, resolve

    try:
        policy, location = resolve(args.data_dir, public=args.public, portable=args.portable)
    except Exception:  # run_command says what is wrong; logging is no reason to fail
        return start_log(None, None)
    if args.command == "delete-all":
        return start_log(None, None)
    handler = start_log(location.folder, location.log_file)
    log_problems(policy)
    return handler


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command:
        from app.diagnostics import stop_log

        handler = _start_command_log(args)
        _set_stage("start")
        try:
            return run_command(args)
        except KeyboardInterrupt:  # Ctrl-C: one sentence, no traceback
            return _interrupted(args.lang)
        except Exception as error:  # never a traceback in the user's face
            return _unexpected(error, args.lang)
        finally:
            stop_log(handler)
    from app.ui.start.application import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
