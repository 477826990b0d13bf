"""Every command but the window starts here: lock the data folder, open (or recover) the
data, say what a recovery did, then hand the open household to the command's module.

One Paraat at a time uses a data folder (app/storage/instance_lock.py): a command waits a
while for the other one, then changes nothing (exit 4). A data file that cannot be used ends
the command with exit 2; one that was damaged or missing without a good backup leaves Paraat
empty, and then no command but demo runs before the user has seen that (exit 5).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from app.cli import household, status
from app.cli.interrupts import set_stage
from app.cli.messages import command_words, language_of

if TYPE_CHECKING:
    from app.paths import DataLocation
    from app.storage.database import DataFolderError
    from app.storage.recovery import Recovery
    from app.storage.repository import Repository

IN_USE = 4
"""Exit code: another Paraat has the data folder open (after waiting); nothing was changed."""
STARTED_EMPTY = 5
"""Exit code: the data file was damaged or missing and there was no good backup, so Paraat
started with an empty household; the command (other than demo) was not run. The next run,
the message told, works on the empty household."""
DAMAGED_ENTRIES = 3
"""Exit code: an export was written, but some entries may be damaged; they are named."""


def run_command(args: argparse.Namespace) -> int:
    """Run a subcommand; returns the exit code. Errors go to stderr in plain words."""
    from app.policy import resolve
    from app.storage.database import DataFolderError
    from app.storage.instance_lock import CLI_WAIT, InUse, lock_folder, wait_seconds

    words = command_words(args.lang)
    _policy, location = resolve(args.data_dir, public=args.public, portable=args.portable)
    folder = location.folder
    wait = wait_seconds(CLI_WAIT)
    try:  # one Paraat per data folder: wait a while for the other one, then refuse
        if args.command == "delete-all":
            if args.yes and folder is not None and folder.is_dir():
                held = lock_folder(folder, wait)  # the lock file is erased with the rest
                if held is not None:
                    held.release()
            set_stage("erasing" if args.yes else "start")
            return household.run_delete_all(args, location)
        lock = lock_folder(folder, wait)
    except InUse:
        print(words["in_use"].format(where=folder, seconds=f"{wait:g}"), file=sys.stderr)
        return IN_USE
    except DataFolderError as error:
        print(folder_error(error, args.lang), file=sys.stderr)
        return 2
    try:
        return run_locked(args, location, words)
    finally:
        if lock is not None:
            lock.release()


def run_locked(args: argparse.Namespace, location: DataLocation, words: dict[str, str]) -> int:
    """A command with the data folder locked: open (or recover) the data, then run it."""
    from app.storage.database import DamagedDatabase, DataFolderError
    from app.storage.recovery import FRESH, OK, acknowledge, open_or_recover
    from app.storage.schema import SchemaTooNew

    try:
        set_stage("opening")
        repository, recovery = open_or_recover(location.database, location.backups)
    except DataFolderError as error:
        print(folder_error(error, args.lang), file=sys.stderr)
        return 2
    except DamagedDatabase:
        print(words["damaged"].format(where=location.database), file=sys.stderr)
        return 2
    except SchemaTooNew:
        print(words["too_new"].format(where=location.database), file=sys.stderr)
        return 2
    set_stage("running")
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
            return household.run_demo(args, repository, location, words)
        if args.command == "status":
            return status.run_status(args, repository)
        if args.command.startswith("export-"):
            return run_export(args, repository)
        if args.command in ("export-plan", "import-plan", "export-json"):
            from app.cli.plan import run_plan

            return run_plan(args, repository)
        if args.command:
            from app.cli.exchange import run_exchange

            return run_exchange(args, repository)
        return 0
    finally:
        repository.close()


def run_export(args: argparse.Namespace, repository: Repository) -> int:
    """Every export-… command: every entry is checked first; damaged ones are named (exit 3)."""
    from app.cli import exchange, paper, plan
    from app.commands import damage_warning

    damaged = repository.verify_all()
    if args.command == "export-pdf":
        code = paper.run_export_pdf(args, repository)
    elif args.command in ("export-plan", "export-json"):
        code = plan.run_plan(args, repository)
    else:
        code = exchange.run_exchange(args, repository)
    if code == 0 and damaged:
        print(damage_warning(damaged, language_of(args, repository)), file=sys.stderr)
        return DAMAGED_ENTRIES
    return code


def folder_error(error: DataFolderError, lang: str | None) -> str:
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
