"""What Paraat says at start when something is not as it should be: what start-up recovery
put back, that another Paraat has this data open, that there is no screen, and why the data
folder cannot be used. The start-up order itself is in application.py."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale

from app.storage.database import DataFolderError
from app.storage.recovery import JOURNAL, RESTORED, Recovery
from app.words.bilingual import is_a_folder_not_a_file, system_reason
from app.words.i18n import before_qt, current_language, tr


def recovery_message(recovery: Recovery) -> str:
    """What happened at start to a damaged or missing file, or to a journal beside it: what
    was put back, from when, and where the damaged file (and journal) is kept."""
    parts = []
    if recovery.resumed:
        parts.append(tr("Paraat was stopped while it was repairing your data. "
                        "It has now finished the repair."))
    missing = recovery.problem == "missing"
    if recovery.status == RESTORED and recovery.repaired:
        parts.append(tr("The file with your data was damaged. Paraat has repaired it; nothing "
                        "was lost."))
    elif recovery.status == RESTORED and recovery.restored is not None:
        when = recovery.restored.when
        day = QLocale().toString(QDate(when.year, when.month, when.day), QLocale.FormatType.LongFormat)
        if missing:
            text = tr("The file with your data was missing. Paraat has put back the backup of "
                      "%1 at %2. Changes made after that are not in it.")
        else:
            text = tr("The file with your data was damaged. Paraat has put back the backup of %1 "
                      "at %2. Changes made after that are not in it.")
        parts.append(text.replace("%1", day).replace("%2", when.strftime("%H:%M")))
        parts.append(tr("The backup that was put back:\n%1").replace(
            "%1", str(recovery.restored.path)))
    elif recovery.status != JOURNAL:
        parts.append(tr("The file with your data was missing, and there was no good backup. "
                        "Paraat starts empty.") if missing else
                     tr("The file with your data was damaged, and there was no good backup. "
                        "Paraat starts empty."))
    if recovery.damaged_as is not None:
        kept = (tr("A damaged file from earlier has not been deleted. It is here:\n%1") if missing
                else tr("The damaged file has not been deleted. It is here:\n%1"))
        parts.append(kept.replace("%1", str(recovery.damaged_as)))
        if recovery.damaged_journal is not None:
            parts.append(tr("Its journal file is kept beside it:\n%1").replace(
                "%1", str(recovery.damaged_journal)))
    from app.storage.recovery import APPLIED

    kept = "\n".join(str(path) for path in recovery.journal_kept)
    if recovery.journal_problem == APPLIED:
        parts.append(tr("Paraat was interrupted during a change. That unfinished change has been "
                        "undone. A copy of the file and of its journal file, as they were, is "
                        "here:\n%1\nIs something missing? With this copy you can go back.")
                     .replace("%1", kept))
    elif recovery.journal_problem:
        parts.append(tr("Next to the file with your data was a journal file that does not belong "
                        "to it (from another file, or from an older change). Paraat has not used "
                        "it, so what you saved is still there."))
    if recovery.journal_kept and recovery.journal_problem != APPLIED:
        parts.append(tr("A copy of the file and of the journal file, as they were before Paraat "
                        "opened them, is here:\n%1").replace("%1", kept))
    return "\n\n".join(parts)


def in_use_message(folder: str) -> str:
    """A second Paraat on the same data: say so plainly and where to look."""
    return tr("Paraat is already open for the data in this folder:\n\n%1\n\n"
              "Switch to the Paraat window that is already open (look in the taskbar). "
              "Only one Paraat at a time can use the same data. Nothing has been changed.").replace(
        "%1", folder)


def no_display_text(language: str) -> str:
    """The one sentence for a start without a screen, in ``language``."""
    return before_qt(tr("Paraat cannot open its window because there is no screen; the commands "
                        "work without one (see paraat --help)."), language)


def data_folder_message(error: DataFolderError) -> str:
    """Why the data cannot be kept where it should be, in the current language: names the
    file or folder, calls it what it is, and says what the user can do."""
    kind, reason = error.where_kind(), error.reason()
    # a folder (or a pipe, a device…) where a file should be: paraat.lock, the journal
    needs_file = is_a_folder_not_a_file(error) or reason == "not_a_file"
    if kind == "folder" and not needs_file:
        head = tr("Paraat cannot save your data in this folder:")
    elif kind == "file" or needs_file:
        head = tr("Paraat cannot use this file:")
    else:
        head = tr("Paraat cannot save your data here:")
    reasons = {
        "permission": tr("You have no permission to write there."),
        "not_a_folder": tr("This is a file, but Paraat needs a folder here.") if kind == "file"
        else tr("A part of this path is a file, not a folder."),
        "in_use": tr("Another program is using it."),
        "read_only": tr("Nothing can be written on this disk (it is read-only)."),
        "disk_full": tr("The disk is full."),
        "missing": tr("This folder or disk is not there."),
        "not_a_file": tr("This is a folder, not a file.") if kind == "folder"
        else tr("This is not an ordinary file."),
    }
    why = reasons.get(reason)
    if why is None:  # the system's reason in words, never its English text
        words = system_reason(error, current_language())
        why = words[:1].upper() + words[1:] + "."
    if reason == "permission":
        advice = tr("Ask someone to give you permission, or choose another folder with --data-dir.")
    elif reason == "in_use":
        advice = tr("Close that program and start Paraat again.")
    elif reason == "disk_full":
        advice = tr("Make room on the disk and start Paraat again.")
    elif reason == "not_a_file":
        advice = tr("Move it somewhere else and start Paraat again. Paraat has not changed anything.")
    else:
        advice = tr("Choose another folder with --data-dir.")
    return f"{head}\n\n{error.where}\n\n{why} {advice}"
