"""The command line's arguments: the options for every run and one sub-command per job
(docs/cli.md describes them; tests/test_docs.py checks that every one is there)."""

from __future__ import annotations

import argparse

from app import APP_NAME, __version__


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
