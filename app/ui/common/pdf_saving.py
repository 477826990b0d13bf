"""Save a printable document as a PDF the household chooses: the print page and the Buurtkaart.

Asks where (in the documents folder, under the document's own name), writes it with the
caller's ``write`` (the print page on the worker thread, the card at once), and says how many
pages were saved, or in plain words why the file could not be written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from app.ui.common import file_dialogs
from app.ui.common.session import Session
from app.words import bilingual, counts
from app.words.i18n import current_language, tr


def save_pdf(parent: QWidget, session: Session, file_name: str, write: Callable[[str], int]) -> str | None:
    """The path written, or None when the user chose no file or it could not be written."""
    path, _ = file_dialogs.save_file(parent, tr("Save as PDF"), str(Path(file_dialogs.documents_folder()) / file_name),
                                     tr("PDF files (*.pdf)"))
    if not path:
        return None
    try:
        pages = write(path)
    except OSError as error:
        QMessageBox.warning(parent, "Paraat", tr("Paraat could not use the file %1: %2.").replace("%1", path)
                            .replace("%2", bilingual.os_error_reason(error, current_language())))
        return None
    session.notice.emit(counts.pdf_saved(path, pages))
    return path
