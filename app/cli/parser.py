"""The command line's arguments: the options for every run and one sub-command per job.

The help (``paraat --help``, ``paraat COMMAND --help``) is in the user's language, chosen as
the messages are: ``--lang`` when it is given, else Dutch. The names of the commands and
options are the same in both languages (docs/cli.md describes them; tests/test_docs.py checks
that every one is there). argparse's own error messages stay English.
"""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Iterable, Sequence

from app import APP_NAME, __version__

DOCUMENTS = ("noodmap", "plan", "fridge", "wallet", "checklist", "shopping", "practice",
             "timeline", "medicines", "chapters")
"""The printable documents of export-pdf."""

_HELP: dict[str, tuple[str, str]] = {  # (Dutch, English)
    "description": ("Paraat: het noodplan van je huishouden, zonder internet.",
                    "Paraat: your household's emergency plan, offline."),
    "usage": ("gebruik: ", "usage: "),
    "positionals": ("argumenten", "positional arguments"),
    "commands": ("opdrachten", "commands"),
    "groups": ("opdrachten per onderwerp:", "commands by subject:"),
    "optionals": ("opties", "options"),
    "help": ("toon deze hulp en stop", "show this help message and exit"),
    "version": ("toon het versienummer en stop", "show program's version number and exit"),
    "data-dir": ("bewaar de gegevens in deze map", "keep the data in this folder"),
    "lang": ("de taal voor deze keer", "language for this run"),
    "public": ("openbare computer: alles blijft alleen in het geheugen, er wordt niets "
               "geschreven, alles wordt gewist bij het sluiten of na een tijdje niets doen",
               "public computer: keep everything in memory, write nothing, "
               "erase it all on exit or after some idle time"),
    "portable": ("bewaar alle gegevens in een map 'data' naast het programma (USB-stick)",
                 "keep all data in a 'data' folder beside the program (USB stick)"),
    "smoke-test": ("start het hele venster, stop zodra het klaar is, geef 0 terug als alles "
                   "goed ging",
                   "start the full GUI, quit as soon as it is idle, exit 0 when all went well"),
    "delete-all": ("wis alles wat Paraat op deze computer bewaart (alleen met --yes)",
                   "delete everything Paraat keeps on this computer (needs --yes)"),
    "yes": ("ja, wis alles; dat kan niet ongedaan worden gemaakt",
            "yes, delete it all; this cannot be undone"),
    "demo": ("maak een demo-huishouden (een gezin van vier, een oma, een hond)",
             "create a demo household (a family of four, a grandmother, a dog)"),
    "status": ("toon hoe klaar het huishouden is: het cijfer, wat het zwakst is, wat bijna over "
               "de datum is en de volgende controle",
               "show how ready the household is: the figure, what is weakest, what goes off "
               "soon and the next check"),
    "json": ("alles als één JSON-object", "everything as one JSON object"),
    "force": ("vervang de gegevens die er al staan", "overwrite the data that is there"),
    "export-calendar": ("schrijf de controle van het noodpakket en de houdbaarheidsdatums als "
                        "agenda (.ics)",
                        "write the kit check and best-before dates as a calendar (.ics)"),
    "import-supplies": ("voeg de voorraad uit een CSV-bestand toe aan het noodpakket (alle "
                        "regels of geen)",
                        "add the supplies in a CSV file to the kit (all rows or none)"),
    "skip-invalid": ("importeer de goede regels, ook als andere regels een probleem hebben",
                     "import the valid rows even when other rows have problems"),
    "export-supplies": ("schrijf de voorraad van het noodpakket als CSV-bestand",
                        "write the kit's supplies as a CSV file"),
    "export-shopping-list": ("schrijf wat er nog in het noodpakket ontbreekt als CSV-bestand",
                             "write what the kit still lacks as a CSV file"),
    "plain": ("komma's, een decimale punt en ISO-datums, zonder BOM (anders: zoals Nederlandse "
              "Excel het leest)",
              "comma-separated, decimal point and ISO dates, without BOM "
              "(default: as Dutch Excel reads it)"),
    "import-contacts": ("toon de contacten in een vCard-bestand (.vcf); voeg ze toe met --all",
                        "show the contacts in a vCard file (.vcf); add them with --all"),
    "all": ("voeg elk nieuw contact uit het bestand toe (allemaal of geen)",
            "add every new contact in the file (all of them or none)"),
    "export-contacts": ("schrijf alle contacten als vCard-bestand (.vcf)",
                        "write all contacts as a vCard file (.vcf)"),
    "export-plan": ("schrijf het hele huishouden en het noodpakket als planbestand op slot "
                    "(.paraat)",
                    "write the whole household and kit as a locked plan file (.paraat)"),
    "import-plan": ("vervang alles door het plan uit een planbestand op slot (alles of niets)",
                    "replace everything by the plan in a locked plan file (all or nothing)"),
    "password-file": ("een bestand met het wachtwoord op de eerste regel ('-': standaardinvoer)",
                      "a file whose first line is the password ('-': standard input)"),
    "export-json": ("schrijf het hele huishouden en het noodpakket als gewone JSON",
                    "write the whole household and kit as plain JSON"),
    "export-pdf": ("schrijf een document om te printen als A4-PDF",
                   "write a printable document as an A4 PDF"),
    "normal-size": ("normale letters in plaats van grote letters",
                    "normal print instead of large print"),
    "with-medical": ("portemonneekaarten: met medicijnen, allergieën en apparaten die stroom nodig "
                     "hebben; en print de medicijnlijst",
                     "wallet cards: add medicines, allergies and devices that need power; and print "
                     "the medicine list"),
    "chapters": ("noodmap en chapters: de hoofdstukken van het boekje, met komma's ertussen "
                 "(standaard 06-stroom,09-situaties)",
                 "noodmap and chapters: the booklet chapters, separated by commas "
                 "(default 06-stroom,09-situaties)"),
}

COMMAND_GROUPS: tuple[tuple[tuple[str, str], tuple[str, ...]], ...] = (  # (Dutch, English)
    (("huishouden", "household"), ("status", "delete-all", "demo")),
    (("uitwisselen", "exchange"), ("export-calendar", "import-supplies", "export-supplies",
                                   "export-shopping-list", "import-contacts", "export-contacts")),
    (("plan", "plan"), ("export-plan", "import-plan", "export-json")),
    (("papier", "paper"), ("export-pdf",)),
)
"""The sub-commands by subject, as app/cli has a module for each; the end of ``paraat --help``
lists them so (argparse cannot group sub-commands itself)."""

_METAVARS: dict[str, tuple[str, str]] = {  # (Dutch, English)
    "DIR": ("MAP", "DIR"),
    "COMMAND": ("OPDRACHT", "COMMAND"),
    "FILE": ("BESTAND", "FILE"),
    "OUT": ("BESTAND", "OUT"),
    "IN": ("BESTAND", "IN"),
    "F": ("BESTAND", "F"),
    "IDS": ("HOOFDSTUKKEN", "IDS"),
}


def help_language(argv: Sequence[str]) -> str:
    """The language of the help: ``--lang nl|en`` (or ``--lang=…``, or a prefix of it, as
    argparse allows) when it is on the command line, else Dutch. Read without argparse, so the
    only parser that reads the arguments is the one that ``paraat`` really uses."""
    words = list(argv)
    for index, word in enumerate(words):
        option, equals, value = word.partition("=")
        if len(option) < 3 or not "--lang".startswith(option):
            continue
        if not equals:
            value = words[index + 1] if index + 1 < len(words) else ""
        if value in ("nl", "en"):
            return value
    return "nl"


class _Formatter(argparse.HelpFormatter):
    """argparse's help, with "usage: " in the parser's language. A text with line breaks in
    it (the commands by subject) is kept as written; the others are wrapped as usual."""

    usage_prefix = _HELP["usage"][1]

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if "\n" in text:
            return "".join(indent + line for line in text.splitlines(keepends=True))
        return super()._fill_text(text, width, indent)

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup],
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups,
                          self.usage_prefix if prefix is None else prefix)


class _DutchFormatter(_Formatter):
    usage_prefix = _HELP["usage"][0]


class _Words:
    """The help texts and placeholders in one language."""

    def __init__(self, language: str) -> None:
        self.column = 1 if language == "en" else 0
        self.formatter: type[_Formatter] = _Formatter if self.column else _DutchFormatter

    def text(self, key: str) -> str:
        return _HELP[key][self.column]

    def groups(self) -> str:
        """The commands by subject, a few lines for the end of the help."""
        width = max(len(titles[self.column]) for titles, _ in COMMAND_GROUPS) + 2
        lines = [self.text("groups")]
        for titles, names in COMMAND_GROUPS:
            title = titles[self.column].ljust(width)
            wrapped = textwrap.wrap(", ".join(names), 76 - width, break_on_hyphens=False)
            lines.append("  " + title + wrapped[0])
            lines.extend("  " + " " * width + more for more in wrapped[1:])
        return "\n".join(lines)

    def metavar(self, name: str, suffix: str = "") -> str:
        return _METAVARS[name][self.column] + suffix

    def titled(self, parser: argparse.ArgumentParser,
               positionals: str = "positionals") -> argparse.ArgumentParser:
        """The parser with its group titles and its -h/--help in this language."""
        parser._positionals.title = self.text(positionals)
        parser._optionals.title = self.text("optionals")
        parser.add_argument("-h", "--help", action="help", help=self.text("help"))
        return parser


def build_parser(language: str = "nl") -> argparse.ArgumentParser:
    """``paraat``'s parser, its help in ``language`` ("nl" or "en")."""
    words = _Words(language)
    parser = words.titled(argparse.ArgumentParser(
        prog="paraat", description=words.text("description"), epilog=words.groups(),
        add_help=False, formatter_class=words.formatter), positionals="commands")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}",
                        help=words.text("version"))
    parser.add_argument("--data-dir", metavar=words.metavar("DIR"), help=words.text("data-dir"))
    parser.add_argument("--lang", choices=("nl", "en"), help=words.text("lang"))
    parser.add_argument("--public", action="store_true", help=words.text("public"))
    parser.add_argument("--portable", action="store_true", help=words.text("portable"))
    parser.add_argument("--smoke-test", action="store_true", help=words.text("smoke-test"))
    commands = parser.add_subparsers(dest="command", metavar=words.metavar("COMMAND"))

    def command(name: str) -> argparse.ArgumentParser:
        return words.titled(commands.add_parser(
            name, help=words.text(name), description=words.text(name), add_help=False,
            formatter_class=words.formatter))

    def file(sub: argparse.ArgumentParser, name: str, suffix: str) -> None:
        sub.add_argument("file", metavar=words.metavar(name, suffix))

    status = command("status")
    status.add_argument("--json", action="store_true", help=words.text("json"))
    erase = command("delete-all")
    erase.add_argument("--yes", action="store_true", help=words.text("yes"))
    demo = command("demo")
    demo.add_argument("--force", action="store_true", help=words.text("force"))
    file(command("export-calendar"), "FILE", ".ics")
    importing = command("import-supplies")
    file(importing, "FILE", ".csv")
    importing.add_argument("--skip-invalid", action="store_true",
                           help=words.text("skip-invalid"))
    for name in ("export-supplies", "export-shopping-list"):
        exporting = command(name)
        file(exporting, "FILE", ".csv")
        exporting.add_argument("--plain", action="store_true", help=words.text("plain"))
    contacts_in = command("import-contacts")
    file(contacts_in, "FILE", ".vcf")
    contacts_in.add_argument("--all", action="store_true", help=words.text("all"))
    file(command("export-contacts"), "FILE", ".vcf")
    plan_out = command("export-plan")
    file(plan_out, "OUT", ".paraat")
    plan_in = command("import-plan")
    file(plan_in, "IN", ".paraat")
    for plan_command in (plan_out, plan_in):
        plan_command.add_argument("--password-file", metavar=words.metavar("F"), required=True,
                                  help=words.text("password-file"))
    file(command("export-json"), "OUT", ".json")
    pdf = command("export-pdf")
    pdf.add_argument("document", choices=DOCUMENTS)
    file(pdf, "FILE", ".pdf")
    pdf.add_argument("--normal-size", action="store_true", help=words.text("normal-size"))
    pdf.add_argument("--with-medical", action="store_true", help=words.text("with-medical"))
    pdf.add_argument("--chapters", metavar=words.metavar("IDS"), help=words.text("chapters"))
    return parser
