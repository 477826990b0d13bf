"""The words more than one command needs, and how the language is chosen.

Every message of the command line is Dutch unless the user asks for English: ``--lang``
first, else the household's saved language (once the data is open), else Dutch. The tables
give each message in both languages; a command's own messages are in its module
(app/cli/exchange.py, app/cli/plan.py, …).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.storage.repository import Repository


def language_of(args: argparse.Namespace, repository: Repository) -> str:
    """The language of a command's messages: ``--lang``, else the household's, else Dutch."""
    saved = repository.setting("language")
    language: str = args.lang or (saved if saved in ("nl", "en") else "nl")
    return language


def counted(words: dict[str, str], key: str, count: int, **values: object) -> str:
    """The message for ``count`` things: the "_one" form for exactly one, when there is one."""
    template = words.get(f"{key}_one", words[key]) if count == 1 else words[key]
    return template.format(count=count, **values)


def command_words(lang: str | None) -> dict[str, str]:
    """Opening the data (damaged, recovered, in use, too new), the demo and a failed backup."""
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

