"""Dutch and English words without Qt: problem codes, column headers, units and why a file or
the database could not be written as pairs in Python; the labels shared with the window and the
paper (kit and contact categories, phone kinds, record kinds, small words, months) read from
resources/words/labels.toml.

Contacts (vCard) have their own words too: the contact categories, the kinds of phone number,
and the problems of a card.

The CSV, vCard and calendar files (app/exchange) and the command line use these words, and the
window uses the reasons (``os_error_reason``, ``save_error_reason``); the window shows the
same ``Problem`` codes through Qt's translations (``app.words.problems``). Dutch is the
default; any language other than "en" is Dutch.

Over 400 lines because most of it is tables of Dutch and English pairs, not code.
"""

from __future__ import annotations

import errno
import sqlite3
import tomllib
from functools import cache
from typing import Any

from app.core.fields import Problem
from app.core.kit import catalogue
from app.core.readiness import Need
from app.paths import resource
from app.storage.safe_write import FolderMissing, SpecialTarget

LANGUAGES = ("nl", "en")

# The columns of a supplies file, in the order they are written.
COLUMNS = ("item", "name", "quantity", "unit", "location", "expires", "grab_bag", "hours",
           "notes", "added", "dont_remind")
SHOPPING_COLUMNS = ("item", "missing", "unit", "category")

_COLUMN_LABELS: dict[str, tuple[str, str]] = {  # (nl, en)
    "item": ("artikel", "item"),
    "name": ("naam", "name"),
    "quantity": ("hoeveelheid", "quantity"),
    "unit": ("eenheid", "unit"),
    "location": ("plek", "location"),
    "expires": ("houdbaar tot", "expires"),
    "grab_bag": ("noodtas", "grab bag"),
    "hours": ("uren", "hours"),
    "notes": ("opmerkingen", "notes"),
    "added": ("toegevoegd op", "added"),
    "dont_remind": ("geen herinnering", "no reminder"),
    "missing": ("nog nodig", "missing"),
    "category": ("categorie", "category"),
}

# Other headers people write for the same column (compared after normalising: lower case,
# '_' and '-' as spaces, single spaces).
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "item": ("soort", "onderdeel", "item id"),
    "name": ("omschrijving", "description"),
    "quantity": ("aantal", "amount", "qty"),
    "unit": ("eenheden", "units"),
    "location": ("plaats", "locatie", "waar", "where"),
    "expires": ("tht", "ten minste houdbaar tot", "vervaldatum", "best before", "expiry",
                "expiry date", "expires on"),
    "grab_bag": ("in noodtas", "in grab bag", "grabbag"),
    "hours": ("branduren", "burn hours"),
    "notes": ("opmerking", "notities", "notitie", "note"),
    "added": ("toegevoegd", "added on"),
    "dont_remind": ("dont remind", "don't remind", "niet herinneren"),
}

_UNIT_WORDS: dict[str, tuple[str, str]] = {  # what the files say for each stored unit (nl, en)
    "l": ("liter", "litre"), "ml": ("ml", "ml"), "kcal": ("kcal", "kcal"), "kj": ("kJ", "kJ"),
    "eur": ("euro", "euro"), "pcs": ("stuks", "pcs"), "pack": ("pak", "pack"),
    "set": ("set", "set"), "day": ("dagen", "days"),
}

# Everything a unit cell may say, lower case, and the stored unit it means.
UNIT_ALIASES: dict[str, str] = {
    "l": "l", "liter": "l", "liters": "l", "litre": "l", "litres": "l", "lt": "l", "ltr": "l",
    "ml": "ml", "milliliter": "ml", "millilitre": "ml",
    "kcal": "kcal", "calorieën": "kcal", "calories": "kcal",
    "kj": "kj", "kilojoule": "kj",
    "eur": "eur", "euro": "eur", "euros": "eur", "€": "eur",
    "pcs": "pcs", "pc": "pcs", "stuks": "pcs", "stuk": "pcs", "st": "pcs", "st.": "pcs",
    "pieces": "pcs", "piece": "pcs", "x": "pcs",
    "pack": "pack", "packs": "pack", "pak": "pack", "pakken": "pack", "pakje": "pack",
    "pakjes": "pack", "packet": "pack", "packets": "pack",
    "set": "set", "sets": "set",
    "day": "day", "days": "day", "dag": "day", "dagen": "day",
}

# The labels the window, the paper, the command line and the files share live in one data file,
# resources/words/labels.toml, so a translator edits Dutch and English without touching code.
LABELS_FILE = ("words", "labels.toml")


@cache
def labels() -> dict[str, Any]:
    """The tables of resources/words/labels.toml: kit and contact categories, phone kinds,
    record kinds, small words and the months."""
    with resource(*LABELS_FILE).open("rb") as handle:
        return tomllib.load(handle)


def _label(table: str, code: str, language: str, suffix: str = "") -> str | None:
    entry = labels()[table].get(code)
    if entry is None:
        return None
    return str(entry[("en" if language == "en" else "nl") + suffix])


def label_codes(table: str) -> tuple[str, ...]:
    """The codes of one table of labels.toml, in the file's order."""
    return tuple(labels()[table])


def word(code: str, language: str = "nl") -> str:
    """A small word for amounts and durations: word("days", "nl") == "dagen"."""
    found = _label("word", code, language)
    if found is None:
        raise KeyError(f"labels.toml has no word {code!r}")
    return found


def month_name(month: int, language: str = "nl") -> str:
    """"januari" / "January" for 1."""
    return str(labels()["month"]["en" if language == "en" else "nl"][month - 1])


_CONTACT_FIELD_LABELS: dict[str, tuple[str, str]] = {
    "email": ("e-mailadres", "email address"), "address": ("adres", "address"),
    "notes": ("notities", "notes"), "uid": ("UID", "UID"), "name": ("naam", "name"),
    "phone": ("telefoonnummer", "phone number"),
}


def _pick(pair: tuple[str, str], language: str) -> str:
    return pair[1] if language == "en" else pair[0]


def column_label(column: str, language: str = "nl") -> str:
    """The header of a column ("houdbaar tot"), or the code itself for an unknown column."""
    pair = _COLUMN_LABELS.get(column)
    return _pick(pair, language) if pair else column


def header_names(column: str) -> set[str]:
    """Every normalised header that means ``column``, in either language."""
    names = {column.replace("_", " "), *_COLUMN_LABELS.get(column, ())}
    names.update(HEADER_ALIASES.get(column, ()))
    return {normalise_header(name) for name in names}


def normalise_header(text: str) -> str:
    text = text.replace("\ufeff", "").replace("_", " ").replace("-", " ")
    return " ".join(text.casefold().split())


def unit_word(unit: str, language: str = "nl") -> str:
    pair = _UNIT_WORDS.get(unit)
    return _pick(pair, language) if pair else unit


def category_label(category: str, language: str = "nl") -> str:
    """"Documenten" for the kit category "documents"; the code itself for an unknown one."""
    return _label("kit_category", category, language) or category


def to_buy_origin_label(origin: str, language: str = "nl") -> str:
    """Where one of the household's own things to buy came from: "Van de oefenavond"."""
    return _label("to_buy_origin", origin, language) or origin


def contact_category_label(category: str, language: str = "nl") -> str:
    """"Huisarts" for "gp"; the code itself for an unknown category."""
    return _label("contact_category", category, language) or category


def phone_kind_label(kind: str, language: str = "nl", capital: bool = False) -> str:
    """"mobiel" for "mobile" ("Mobiel" with ``capital``, as the window shows it); the code
    itself for an unknown kind."""
    found = _label("phone_kind", kind, language)
    if found is None:
        return kind
    return found if capital else found.lower()


def record_kind_label(kind: str, language: str = "nl", many: bool = False) -> str:
    """One entry of a kind of record ("ontmoetingsplek"), or with ``many`` the part of a plan
    file that holds them ("ontmoetingsplekken"); the code itself for an unknown kind."""
    return _label("record_kind", kind, language, "_many" if many else "") or kind


def yes_no(value: int | bool, language: str = "nl") -> str:
    return _pick(("ja", "yes") if value else ("nee", "no"), language)


def number_text(value: float, language: str = "nl") -> str:
    """A number for a sentence: 1.000.000 and 0,001 in Dutch, 1,000,000 and 0.001 in English."""
    text = f"{value:,.3f}".rstrip("0").rstrip(".")
    if language == "en":
        return text
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


# --- problems --------------------------------------------------------------------------------

_PROBLEMS: dict[str, tuple[str, str]] = {
    # field rules (app.core.fields)
    "required": ("Vul dit in.", "Please fill this in."),
    "too_long": ("Dit is te lang: het mogen maximaal {max} tekens zijn, het zijn er {length}.",
                 "This is too long: at most {max} characters, you have {length}."),
    "control_characters": ("In deze tekst staan onzichtbare tekens.",
                           "This text contains invisible control characters."),
    "not_a_number": ("Dit is geen getal. Schrijf bijvoorbeeld 1,5.",
                     "This is not a number. Write for example 1.5."),
    "out_of_range": ("Kies een getal van {min} tot en met {max}.",
                     "Please choose a number from {min} to {max}."),
    "not_a_date": ("Schrijf de datum als dag-maand-jaar, bijvoorbeeld 31-12-2026, of als "
                   "maand-jaar, bijvoorbeeld 12-2026.",
                   "Please write the date as day-month-year, for example 31-12-2026, or as "
                   "month-year, for example 12-2026."),
    "no_such_date": ("Deze datum bestaat niet. Kijk de dag en de maand na.",
                     "This date does not exist. Please check the day and the month."),
    "not_an_option": ("Kies iets uit de lijst.", "Please pick one of the choices in the list."),
    "not_yes_no": ("Schrijf ja of nee.", "Please write yes or no."),
    "too_many": ("Hier is plaats voor maximaal {max}.", "There is room for at most {max} here."),
    "too_many_stock": ("Het noodpakket heeft plaats voor maximaal {max} regels.",
                       "The emergency kit has room for at most {max} entries."),
    "too_many_contacts": ("Paraat heeft plaats voor maximaal {max} contacten.",
                          "Paraat has room for at most {max} contacts."),
    "conflict": ("Dit staat er al.", "This is already there."),
    # rows of a supplies file
    "unknown_item": ("Paraat kent dit artikel niet: '{value}'. Schrijf een artikel uit het "
                     "noodpakket, of 'own' voor iets van jezelf (met een naam).",
                     "Paraat does not know this item: '{value}'. Write an item from the kit, "
                     "or 'own' for something of your own (with a name)."),
    "unknown_medicine": ("Dit medicijn staat niet in het huishouden: '{value}'.",
                         "This medicine is not in the household: '{value}'."),
    "unknown_unit": ("Paraat kent deze eenheid niet: '{value}'. Gebruik bijvoorbeeld liter, "
                     "stuks, pak, set, dagen, euro of kcal.",
                     "Paraat does not know this unit: '{value}'. Use for example litre, pcs, "
                     "pack, set, days, euro or kcal."),
    "unit_not_fitting": ("Dit artikel kan niet in {unit} worden geteld. Gebruik {allowed}.",
                         "This item cannot be counted in {unit}. Use {allowed}."),
    "replaced_character": ("Een onleesbaar teken is vervangen door \ufffd. Kijk of de rest "
                           "klopt.",
                           "An unreadable character was replaced by \ufffd. Check that the "
                           "rest is right."),
    # whole files
    "too_large": ("Het bestand is te groot: het mag maximaal {max_mb} MB zijn.",
                  "The file is too large: at most {max_mb} MB."),
    "encoding": ("Paraat kan de tekens in dit bestand niet lezen. Bewaar het als CSV "
                 "(UTF-8) en probeer het opnieuw.",
                 "Paraat cannot read the characters in this file. Save it as CSV (UTF-8) "
                 "and try again."),
    "empty_file": ("Het bestand is leeg.", "The file is empty."),
    "missing_columns": ("In de eerste regel ontbreken de kolommen: {columns}.",
                        "The first line lacks the columns: {columns}."),
    "too_many_columns": ("Het bestand heeft te veel kolommen: maximaal {max}.",
                         "The file has too many columns: at most {max}."),
    "too_many_rows": ("Het bestand heeft te veel regels: maximaal {max}.",
                      "The file has too many rows: at most {max}."),
    "cell_too_large": ("In het bestand staat een vakje met meer dan {max} tekens.",
                       "The file has a cell with more than {max} characters."),
    "malformed": ("Het bestand is geen geldig CSV-bestand (rond regel {line}).",
                  "The file is not a valid CSV file (near line {line})."),
    "not_a_file": ("Dit is geen gewoon bestand. Kies een bestand dat op de schijf staat.",
                   "This is not an ordinary file. Please choose a file on the disk."),
    # contacts: whole vCard files
    "not_a_vcard": ("Dit is geen bestand met contacten (vCard, .vcf).",
                    "This is not a file with contacts (vCard, .vcf)."),
    "too_many_cards": ("Het bestand heeft te veel contacten: maximaal {max}.",
                       "The file has too many contacts: at most {max}."),
    "too_many_lines": ("Er staat te veel in het bestand: meer dan {max} regels met gegevens.",
                       "The file holds too much: more than {max} lines of contact details."),
    # contacts: one card that is skipped
    "card_broken": ("Deze kaart is beschadigd: Paraat kan regel {line} van het bestand niet "
                    "lezen.",
                    "This card is damaged: Paraat cannot read line {line} of the file."),
    "card_unclosed": ("Deze kaart houdt niet goed op: END:VCARD ontbreekt (de kaart begint "
                      "op regel {line}).",
                      "This card does not end properly: END:VCARD is missing (the card "
                      "starts on line {line})."),
    "unknown_charset": ("Deze kaart gebruikt een tekenset die Paraat niet kent: {charset}.",
                        "This card uses a character set Paraat does not know: {charset}."),
    "bad_quoted_printable": ("Op regel {line} van het bestand staan beschadigde tekens "
                             "(quoted-printable).",
                             "Line {line} of the file holds damaged characters "
                             "(quoted-printable)."),
    "card_encoding": ("De tekens op deze kaart passen niet bij de tekenset {charset}.",
                      "The characters on this card do not fit the character set {charset}."),
    "card_too_large": ("Deze kaart is te groot: meer dan {max} regels met gegevens.",
                       "This card is too large: more than {max} lines of details."),
    "line_too_long": ("Regel {line} van het bestand is te lang: meer dan {max} tekens.",
                      "Line {line} of the file is too long: more than {max} characters."),
    "card_empty": ("Op deze kaart staat geen naam, telefoonnummer of e-mailadres.",
                   "This card has no name, phone number or email address."),
    "duplicate_uid": ("Deze kaart staat al eerder in het bestand (kaart {number}).",
                      "This card is already in the file (card {number})."),
    # contacts: what was left out of a card that is imported
    "phone_dropped": ("Het nummer '{number}' is weggelaten: dat is geen telefoonnummer.",
                      "The number '{number}' was left out: it is not a phone number."),
    "no_phone": ("Geen telefoonnummer.", "No phone number."),
    "check_number": ("Controleer dit nummer: '{number}' kan niet kloppen. Het is overgenomen "
                     "zoals het er staat.",
                     "Check this number: '{number}' cannot be right. It is taken over as "
                     "written."),
    "bad_characters": ("In {field} (regel {line} van het bestand) stonden tekens die niet te "
                       "lezen waren. Die zijn vervangen door �; de rest is overgenomen.",
                       "In {field} (line {line} of the file) some characters could not be "
                       "read. They were replaced by �; the rest is taken over."),
    "too_many_phones": ("Alleen de eerste {max} telefoonnummers worden overgenomen.",
                        "Only the first {max} phone numbers are taken over."),
    "field_dropped": ("Weggelaten: {field} (dit kan niet worden opgeslagen).",
                      "Left out: {field} (it cannot be saved)."),
    "not_a_phone_number": ("Dit is geen telefoonnummer: '{text}'.",
                           "This is not a phone number: '{text}'."),
    # the locked plan file (.paraat)
    "plan_password": ("Het wachtwoord klopt niet.", "The password is not right."),
    "plan_not_ours": ("Dit is geen planbestand van Paraat.", "This is not a Paraat plan file."),
    "plan_damaged": ("Het bestand is beschadigd of veranderd. Paraat kan het niet openen. "
                     "Gebruik een andere kopie als je die hebt.",
                     "The file is damaged or was changed. Paraat cannot open it. Use "
                     "another copy if you have one."),
    "plan_too_new": ("Dit bestand is gemaakt met een nieuwere versie van Paraat. Installeer "
                     "de nieuwste Paraat om het te openen.",
                     "This file was made by a newer version of Paraat. Install the latest "
                     "Paraat to open it."),
    "plan_too_costly": ("Paraat opent dit bestand niet: het slot vraagt te veel geheugen of "
                        "tijd van de computer. Het bestand is beschadigd of niet te vertrouwen.",
                        "Paraat will not open this file: its lock asks too much memory or "
                        "time of the computer. The file is damaged or not to be trusted."),
    "password_too_short": ("Het wachtwoord is te kort. Gebruik minstens {min} tekens, of "
                           "{words} woorden met spaties ertussen.",
                           "The password is too short. Use at least {min} characters, or "
                           "{words} words with spaces between them."),
    "password_too_simple": ("Dit wachtwoord is te makkelijk te raden. Kies iets anders, "
                            "bijvoorbeeld vier woorden die niet bij elkaar horen.",
                            "This password is too easy to guess. Choose something else, for "
                            "example four words that do not belong together."),
    # what is inside a plan file or a JSON export
    "content_not_json": ("De inhoud van het bestand is beschadigd: het is geen geldige JSON.",
                         "The contents of the file are damaged: it is not valid JSON."),
    "content_too_deep": ("De inhoud van het bestand is te diep genest (meer dan {max} lagen).",
                         "The contents of the file are nested too deeply (more than {max} "
                         "levels)."),
    "content_duplicate_key": ("In de inhoud staat '{key}' twee keer op dezelfde plek. Paraat "
                              "weet niet welke klopt.",
                              "'{key}' appears twice in the same place in the contents. "
                              "Paraat cannot tell which one is right."),
    "content_not_a_number": ("In de inhoud staat een getal dat geen echt getal is: {value}.",
                             "The contents hold a number that is not a real number: {value}."),
    "content_not_paraat": ("Dit is geen huishouden van Paraat.",
                           "This is not a Paraat household."),
    "content_unknown_part": ("De inhoud heeft een onderdeel dat Paraat niet kent: '{part}'.",
                             "The contents have a part Paraat does not know: '{part}'."),
    "content_record": ("Er klopt iets niet in het bestand ({section}, nummer {number}{field}): "
                       "{reason}",
                       "Something in the file is not right ({section}, number {number}"
                       "{field}): {reason}"),
    "content_not_a_record": ("hier hoort een lijstje met velden.",
                             "a set of fields belongs here."),
    "content_unknown_field": ("dit veld kent Paraat niet.", "Paraat does not know this field."),
    "content_not_a_value": ("hier hoort tekst of een getal.", "text or a number belongs here."),
    "content_bad_id": ("het nummer (id) is geen heel getal vanaf 1.",
                       "the number (id) is not a whole number from 1."),
    "content_missing_link": ("dit verwijst naar iets dat niet in het bestand staat.",
                             "this points at something that is not in the file."),
}
_UNKNOWN = ("Dit kan niet worden opgeslagen.", "This value cannot be saved.")


def problem_text(problem: Problem, language: str = "nl") -> str:
    """A plain sentence for a problem code, in Dutch or English."""
    code = problem.code
    if code == "too_many":
        code = {"stock": "too_many_stock", "contact": "too_many_contacts"}.get(
            problem.params.get("kind", ""), code)
    template = _pick(_PROBLEMS.get(code, _UNKNOWN), language)
    values: dict[str, Any] = {}
    for key, value in problem.params.items():
        if isinstance(value, Problem):  # a record in a plan file: why it was refused
            value = problem_text(value, language)
        elif code == "content_record" and key in ("section", "field"):
            value = _content_place(key, str(value), language)
        elif key == "columns":
            value = ", ".join(column_label(column, language) for column in value)
        elif key == "allowed":
            value = _or_list([unit_word(unit, language) for unit in value], language)
        elif key == "unit":
            value = unit_word(str(value), language)
        elif key == "field" and str(value) in _CONTACT_FIELD_LABELS:
            value = _pick(_CONTACT_FIELD_LABELS[str(value)], language)
        elif isinstance(value, int | float) and not isinstance(value, bool) \
                and key not in ("line", "number"):
            value = number_text(value, language)
        values[key] = value
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return _pick(_UNKNOWN, language)


def _content_place(key: str, value: str, language: str) -> str:
    """The section of a plan document ("members" → "huisgenoten"), or ", veld name"."""
    if key == "field":
        if not value:
            return ""
        return f", {'field' if language == 'en' else 'veld'} '{value}'"
    kind = _SECTION_KINDS.get(value)
    return record_kind_label(kind, language, many=True) if kind else value


# The parts of a plan document and the kind of record each holds (labels.toml, record_kind).
_SECTION_KINDS: dict[str, str] = {
    "home": "home", "plan": "plan", "meeting_places": "meeting_place", "help_points": "help_point",
    "roles": "role", "scenarios": "scenario", "members": "member", "medicines": "medicine", "pets": "pet",
    "pickups": "pickup", "care": "care", "documents": "document", "contacts": "contact",
    "contact_phones": "contact_phone", "checks": "check", "stock": "stock", "kit": "kit",
}


def _or_list(words: list[str], language: str) -> str:
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {word('or', language)} {words[-1]}"


def row_problem_text(line: int, column: str, problem: Problem, language: str = "nl") -> str:
    """"regel 7, kolom houdbaar tot: Deze datum bestaat niet. …" """
    if language == "en":
        where = f"line {line}, column {column_label(column, 'en')}" if column else f"line {line}"
    else:
        where = f"regel {line}, kolom {column_label(column, 'nl')}" if column else f"regel {line}"
    return f"{where}: {problem_text(problem, language)}"


_OS_REASONS: dict[int, tuple[str, str]] = {
    errno.ENOENT: ("het bestand of de map bestaat niet", "the file or folder does not exist"),
    errno.EACCES: ("geen toestemming", "permission denied"),
    errno.EPERM: ("geen toestemming", "permission denied"),
    errno.EISDIR: ("dit is een map, geen bestand", "this is a folder, not a file"),
    errno.ENOTDIR: ("een deel van de naam is geen map", "part of the path is not a folder"),
    errno.ENOSPC: ("de schijf is vol", "the disk is full"),
    errno.EROFS: ("de schijf of USB-stick kan alleen gelezen worden, niet beschreven",
                  "the disk or USB stick is read-only"),
    errno.EFBIG: ("het bestand is te groot voor deze schijf", "the file is too large for this disk"),
    errno.EIO: ("de schijf gaf een fout bij het lezen of schrijven",
                "the disk reported an error while reading or writing"),
    errno.ENAMETOOLONG: ("de naam is te lang", "the name is too long"),
    errno.EEXIST: ("er staat al een bestand met die naam waar een map moet komen",
                   "there is already a file with that name where a folder should be"),
    errno.ELOOP: ("hier staat een link in plaats van een gewoon bestand of map",
                  "there is a link here instead of a normal file or folder"),
    errno.ENXIO: ("het apparaat of de schijf is er niet (meer)",
                  "the device or disk is not there (any more)"),
    errno.ENODEV: ("het apparaat of de schijf is er niet (meer)",
                   "the device or disk is not there (any more)"),
    errno.EBUSY: ("een ander programma gebruikt het", "another program is using it"),
    errno.ETXTBSY: ("een ander programma gebruikt het", "another program is using it"),
    errno.ENOTEMPTY: ("de map is niet leeg", "the folder is not empty"),
    errno.EINVAL: ("deze naam of plek kan op deze schijf niet",
                   "this name or place is not allowed on this disk"),
    errno.EMFILE: ("er zijn te veel bestanden tegelijk open", "too many files are open at once"),
    errno.ENFILE: ("er zijn te veel bestanden tegelijk open", "too many files are open at once"),
    errno.ENOMEM: ("de computer heeft te weinig geheugen vrij", "the computer is out of memory"),
    errno.ETIMEDOUT: ("de netwerkschijf antwoordt niet", "the network drive does not answer"),
    errno.EXDEV: ("het bestand kan niet naar een andere schijf worden verplaatst",
                  "the file cannot be moved to another disk"),
}
if hasattr(errno, "EDQUOT"):  # over the user's disk quota: for the user the disk is full
    _OS_REASONS[errno.EDQUOT] = _OS_REASONS[errno.ENOSPC]
if hasattr(errno, "ESTALE"):  # a file on a network drive that is gone
    _OS_REASONS[errno.ESTALE] = ("het bestand op de netwerkschijf is er niet meer",
                                 "the file on the network drive is gone")

_SPECIAL_TARGET = {
    "link": ("dit is een link naar een ander bestand, geen gewoon bestand",
             "this is a link to another file, not a normal file"),
}
_NOT_A_FILE = ("dit is geen gewoon bestand", "this is not a normal file")
_FOLDER_MISSING = ("de map bestaat niet", "the folder does not exist")
_UNKNOWN_ERROR = ("een onbekende fout", "an unknown error")


def os_error_reason(error: OSError, language: str = "nl") -> str:
    """Why a file could not be read or written, in plain words (never a path)."""
    if isinstance(error, SpecialTarget):
        return _pick(_SPECIAL_TARGET.get(error.kind, _NOT_A_FILE), language)
    if isinstance(error, FolderMissing):
        return _pick(_FOLDER_MISSING, language)
    pair = _OS_REASONS.get(error.errno or 0)
    if pair:
        return _pick(pair, language)
    code = errno.errorcode.get(error.errno or 0)
    if code is None:
        return _pick(_UNKNOWN_ERROR, language)
    # the system's own words are English: a Dutch user gets Dutch words and the code to look up
    return _pick((f"het systeem meldt een fout ({code})", error.strerror or code), language)


def is_a_folder_not_a_file(error: BaseException) -> bool:
    """Whether ``error`` (or its cause) says a folder stands where a file should be: the lock
    file ``paraat.lock`` replaced by a folder. The message then calls it a file."""
    return any(isinstance(candidate, OSError) and candidate.errno == errno.EISDIR
               for candidate in (error.__cause__, error))


def system_reason(error: BaseException, language: str = "nl") -> str:
    """Why, in plain words, from ``error`` or the error that caused it (``raise … from``): an
    OSError by its errno, an SQLite error by its result code, anything else as an unknown error.
    For messages that wrap the system's error (``DataFolderError``) and must not show its
    English text."""
    for candidate in (error.__cause__, error):
        if isinstance(candidate, OSError) and candidate.errno is not None:
            return os_error_reason(candidate, language)
        if isinstance(candidate, sqlite3.Error):
            return save_error_reason(candidate, language)
    return _pick(_UNKNOWN_ERROR, language)


# SQLite's primary result codes (https://sqlite.org/rescode.html) as the user sees them.
_SQLITE_REASONS: dict[int, tuple[str, str]] = {
    3: _OS_REASONS[errno.EACCES],  # SQLITE_PERM
    5: ("een ander programma gebruikt het bestand", "another program is using the file"),  # BUSY
    6: ("een ander programma gebruikt het bestand", "another program is using the file"),  # LOCKED
    8: ("het bestand kan alleen gelezen worden, niet beschreven",  # SQLITE_READONLY
        "the file is read-only"),
    10: _OS_REASONS[errno.EIO],  # SQLITE_IOERR
    11: ("het bestand is beschadigd", "the file is damaged"),  # SQLITE_CORRUPT
    13: _OS_REASONS[errno.ENOSPC],  # SQLITE_FULL
    14: ("het bestand kan niet worden geopend", "the file cannot be opened"),  # SQLITE_CANTOPEN
    26: ("het bestand is beschadigd", "the file is damaged"),  # SQLITE_NOTADB
}
_SQLITE_UNKNOWN = ("de opslag gaf een onbekende fout", "the storage reported an unknown error")


def save_error_reason(error: sqlite3.Error, language: str = "nl") -> str:
    """Why SQLite could not store or read the data, in plain words: "de schijf is vol"."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and (code & 0xFF) in _SQLITE_REASONS:
        return _pick(_SQLITE_REASONS[code & 0xFF], language)
    message = str(error).lower()
    if "disk is full" in message:
        return _pick(_SQLITE_REASONS[13], language)
    if "readonly" in message or "read-only" in message:
        return _pick(_SQLITE_REASONS[8], language)
    if "disk i/o error" in message:
        return _pick(_SQLITE_REASONS[10], language)
    if "locked" in message or "busy" in message:
        return _pick(_SQLITE_REASONS[5], language)
    if "malformed" in message or "not a database" in message:
        return _pick(_SQLITE_REASONS[11], language)
    return _pick(_SQLITE_UNKNOWN, language)


# --- readiness -------------------------------------------------------------------------------
# The same words on the screen, on paper and on the command line (app.core.readiness).

_READINESS: dict[str, tuple[str, str]] = {  # (nl, en)
    "not_started": ("nog niet begonnen", "not started yet"),
    "figure": ("{percent}% klaar voor {horizon}", "{percent}% ready for {horizon}"),
    "ready": ("Je bent klaar voor {horizon}.", "You are ready for {horizon}."),
    "not_ready": ("Je bent nog niet klaar voor {horizon}.", "You are not ready for {horizon} yet."),
    "need": ("{item}: {have} van {need} {unit}", "{item}: {have} of {need} {unit}"),
    "lasts": (" — genoeg voor {duration}", " — enough for {duration}"),
    "ask_per_day": (" — vul bij Huishouden in hoe vaak per dag je het neemt",
                    " — fill in under Household how many times a day it is taken"),
    "ask_in_stock": (" — vul bij Huishouden in hoeveel je in huis hebt",
                     " — fill in under Household how many you have in the house"),
    "start_first": ("Vul eerst je huishouden in; dan zie je hier hoe klaar je bent.",
                    "Fill in your household first; then you see here how ready you are."),
    "weakest": ("Het zwakst:", "Weakest:"),
    "expiring": ("Over de datum of binnenkort over de datum:", "Past its date or going off soon:"),
    "next_check": ("Volgende controle van het noodpakket: {date}",
                   "Next check of the emergency kit: {date}"),
}
_NEED_UNITS: dict[str, tuple[str, str, str, str]] = {  # unit: (nl one, nl many, en one, en many)
    "l": ("liter", "liter", "litre", "litres"), "kcal": ("kcal", "kcal", "kcal", "kcal"),
    "day": ("dag", "dagen", "day", "days"), "pcs": ("stuk", "stuks", "piece", "pieces"),
    "pack": ("pak", "pakken", "pack", "packs"), "set": ("set", "sets", "set", "sets"),
    "eur": ("euro", "euro", "euro", "euro"),
}


def readiness_word(key: str, language: str = "nl") -> str:
    """One of the readiness texts above (with {placeholders} still in it)."""
    return _pick(_READINESS[key], language)


def duration_words(hours: float, language: str = "nl") -> str:
    """'2 dagen en 6 uur' / '2 days and 6 hours', rounded down; 'minder dan een uur' for less."""
    whole = int(hours + 1e-9)
    days, rest = divmod(whole, 24)
    parts = []
    if days:
        parts.append(f"{days} {word('day' if days == 1 else 'days', language)}")
    if rest:
        parts.append(f"{rest} {word('hour' if rest == 1 else 'hours', language)}")
    if not parts:
        return word("less_than_an_hour", language)
    return f" {word('and', language)} ".join(parts)


def need_unit(unit: str, amount: float, language: str = "nl") -> str:
    forms = _NEED_UNITS.get(unit)
    if forms is None:
        return unit
    return forms[(2 if language == "en" else 0) + (0 if amount == 1 else 1)]


def need_amount(value: float, unit: str, language: str = "nl") -> str:
    """A need's amount: whole litres, kcal and days rounded down (never more than there is)."""
    if unit == "l":
        value = int(value * 10 + 1e-9) / 10
    else:
        value = int(value + 1e-9) if value >= 1 or value == 0 else round(value, 1)
    return number_text(value, language)


def need_sentence(name: str, have: float, need: float, unit: str, hours: float | None,
                  language: str = "nl") -> str:
    """'Water: 6 van 27 liter — genoeg voor 16 uur' / 'Water: 6 of 27 litres — enough for 16 hours'."""
    text = readiness_word("need", language).format(
        item=name, have=need_amount(have, unit, language), need=need_amount(need, unit, language),
        unit=need_unit(unit, need, language))
    if hours is not None and have > 0:
        text += readiness_word("lasts", language).format(duration=duration_words(hours, language))
    return text


def horizon_words(hours: float, language: str = "nl") -> str:
    """'72 uur' / '72 hours' for any horizon (the catalogue's short words where it has them)."""
    preset = catalogue().horizon(hours)
    if preset is not None and preset.text(language, short=True):
        return preset.text(language, short=True)
    return duration_words(hours, language)


def readiness_figure(percent: int | None, hours: float, language: str = "nl") -> str:
    """'62% klaar voor 72 uur', or 'nog niet begonnen' before the first run is done."""
    if percent is None:
        return readiness_word("not_started", language)
    return readiness_word("figure", language).format(percent=percent,
                                                     horizon=horizon_words(hours, language))


def weakest_sentence(need: Need, language: str = "nl") -> str:
    """One need in words with its numbers, as need_sentence; a medicine whose numbers are not
    filled in says what to fill in (Paraat asks instead of guessing)."""
    text = need_sentence(need.name(language), need.have, need.need, need.unit, need.hours, language)
    if need.ask:
        text += readiness_word(f"ask_{need.ask}", language)
    return text
