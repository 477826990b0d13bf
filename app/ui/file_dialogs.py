"""Choosing a file to open or a place to save, in one place.

Every page asks through these two functions, so the choice of dialog is made once: the
platform's own dialog normally, and in public mode (see ``private``) a dialog that keeps no
history, no recent files and no last folder anywhere on the computer.
"""

from __future__ import annotations

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

private = False
"""True in public mode: dialogs must leave no trace (set once at start-up)."""


def documents_folder() -> str:
    """Where dialogs start: the user's Documents folder."""
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def open_file(parent: QWidget | None, title: str, folder: str, filters: str) -> str:
    """The file the user chose to open, or "" when they cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return path


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> tuple[str, str]:
    """The path the user chose to save to ("" when cancelled) and the file type they picked."""
    path, chosen = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path, chosen
