"""Choosing a file to open or a place to save, in one place.

Every page asks through ``open_file`` and ``save_file``, so the choice of dialog is made once:
the platform's own dialog normally, and in public and portable mode (``private``) Paraat's own
``PrivateFileDialog``, which keeps no history, no recent files and no last folder anywhere.
Qt's own file dialog cannot be used there: its destructor writes the visited folders to
``QSettings("QtProject")`` (the registry on Windows, ``QtProject.conf`` elsewhere), and the
native Windows dialog adds the file to the Explorer MRU lists in the registry.

``local_save_allowed`` comes from the admin policy (``allow_local_save``). When it is False,
a save on the disk that holds the home folder, the temporary folder or the system is refused;
any other drive (a USB stick, a network drive, a second disk) is accepted. Paraat cannot tell
a USB stick from a second internal disk; it can tell "the computer's own system disk".

About 400 lines on purpose: the private dialog reads the same settings (``private``,
``local_save_allowed``) as the functions that choose it, and keeping them in one module keeps
this the only module that names QFileDialog and QSettings (tests/ui/common/test_file_dialogs.py).
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QSettings, QStandardPaths, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.announce import show_problem
from app.words.i18n import tr

if TYPE_CHECKING:  # printing is imported when something is printed, not at start
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

private = False
"""True in public and portable mode: dialogs must leave no trace (set once at start-up; a
normal start with saving allowed leaves this module unimported until a page needs it, as these
defaults are that setting: app/ui/start/application.py configure_file_dialogs)."""
local_save_allowed = True
"""False when the admin policy forbids saving on the computer's own disk."""


def configure(*, private_dialogs: bool, allow_local_save: bool) -> None:
    """Set at start-up from the mode and the admin policy."""
    global private, local_save_allowed
    private = private_dialogs
    local_save_allowed = allow_local_save
    _keep_qt_settings(not private_dialogs)


def _keep_qt_settings(keep: bool) -> None:
    """Let Qt's own settings files be written (normal mode) or nowhere at all (private).

    Qt dialogs that Paraat does not own (the print dialog's "print to file" chooser, the print
    preview's) save their folders through QSettings("QtProject"). In private mode its files
    point into a place that cannot exist (below the null device), so every write fails
    quietly. On Windows QSettings' native format is the registry, which paths cannot redirect:
    there the print dialog is Windows' own and Paraat's own dialogs already write nothing.
    """
    if sys.platform == "win32":
        return
    if keep:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    else:
        folder = os.devnull + "/paraat-keeps-no-settings"
    for format_ in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(format_, QSettings.Scope.UserScope, folder)


@cache
def _preview_dialog_class() -> Any:
    """QPrintPreviewDialog that keeps its printer alive (the dialog keeps a C++ pointer); made
    on first use, so that printing is imported only when something is printed (issue 20)."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    class _PreviewDialog(QPrintPreviewDialog):
        def __init__(self, printer: QPrinter, parent: QWidget | None) -> None:
            super().__init__(printer, parent)
            self.printer_ref = printer

    return _PreviewDialog


def preview_dialog(parent: QWidget | None, title: str,
                   paint: Callable[[QPrinter], object]) -> QPrintPreviewDialog:
    """Qt's print preview window (zoom, page through, print from there); ``paint`` draws."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog: QPrintPreviewDialog = _preview_dialog_class()(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(paint)
    return dialog


def print_dialog(printer: QPrinter, parent: QWidget | None) -> QPrintDialog:
    """The print dialog; in private mode without "print to file" (use Save as PDF instead)."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

    dialog = QPrintDialog(printer, parent)
    if private:
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    return dialog


_last_folder = ""
"""The folder of the last file chosen in this session (normal mode only; never written)."""


def documents_folder() -> str:
    """Where dialogs start: the folder of the last file chosen in this session, else the
    user's Documents folder, else the home folder; never the current working folder (Qt's
    dialog falls back to it when the folder it is given does not exist)."""
    if _last_folder and not private and Path(_last_folder).is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def _remember(path: str) -> str:
    """Keep the folder of ``path`` for the next dialog, in memory and not in private mode."""
    global _last_folder
    if path and not private:
        _last_folder = str(Path(path).parent)
    return path


def open_file(parent: QWidget | None, title: str, folder: str, filters: str) -> str:
    """The file the user chose to open, or "" when they cancelled."""
    from PySide6.QtWidgets import QFileDialog  # its classes are made on first use (issue 20)

    if private:
        dialog = PrivateFileDialog(parent, title, folder, filters, saving=False)
        return dialog.selected_path() if dialog.exec() == QDialog.DialogCode.Accepted else ""
    path, _ = QFileDialog.getOpenFileName(parent, title, folder or documents_folder(), filters)
    return _remember(path)


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> tuple[str, str]:
    """The path the user chose to save to ("" when cancelled) and the file type they picked."""
    from PySide6.QtWidgets import QFileDialog

    if private or not local_save_allowed:
        dialog = PrivateFileDialog(parent, title, suggested, filters, saving=True)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.selected_path(), dialog.selected_filter()
        return "", ""
    if not suggested or not Path(suggested).is_absolute():  # a bare name: in the start folder
        suggested = str(Path(documents_folder()) / suggested)
    path, chosen = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return _remember(path), chosen


# --- where saving is allowed ------------------------------------------------------------------


def _device(path: Path) -> int | None:
    """The device number of ``path`` or of its nearest existing parent."""
    for candidate in (path, *path.parents):
        try:
            return os.stat(candidate).st_dev
        except OSError:
            continue
    return None


def computer_disks() -> set[int]:
    """The devices of the home folder, the temporary folder and the system."""
    places = [Path.home(), Path(tempfile.gettempdir()), Path(sys.executable).parent]
    if sys.platform == "win32":
        places.append(Path(os.environ.get("SYSTEMROOT", "C:\\Windows")))
    else:
        places.append(Path("/"))
    return {device for place in places if (device := _device(place)) is not None}


def on_computer_disk(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` would be written to the computer's own system or home disk."""
    device = _device(Path(path).absolute())
    return device is None or device in computer_disks()


# --- the traceless dialog ---------------------------------------------------------------------

_PATTERNS = re.compile(r"\(([^()]*)\)\s*$")


def parse_filters(filters: str) -> list[tuple[str, list[str]]]:
    """'PDF files (*.pdf);;All files (*)' → [('PDF files (*.pdf)', ['*.pdf']), ('All files (*)', ['*'])]."""
    parsed = []
    for text in (part.strip() for part in filters.split(";;")):
        if not text:
            continue
        match = _PATTERNS.search(text)
        patterns = match.group(1).split() if match else ["*"]
        parsed.append((text, patterns or ["*"]))
    return parsed or [("*", ["*"])]


def places() -> list[tuple[str, str]]:
    """Places to start from: home, Documents, Desktop, then every drive (USB sticks too)."""
    found: list[tuple[str, str]] = []
    for label, location in ((tr("Home folder"), QStandardPaths.StandardLocation.HomeLocation),
                            (tr("Documents"), QStandardPaths.StandardLocation.DocumentsLocation),
                            (tr("Desktop"), QStandardPaths.StandardLocation.DesktopLocation)):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            found.append((label, folder))
    from PySide6.QtCore import QDir

    for root in QDir.drives():
        path = root.absoluteFilePath()
        found.append((path, path))
    for parent in ("/media", "/run/media", "/Volumes", "/mnt"):  # removable drives
        for child in _children(Path(parent)):
            mounts = [child] if os.path.ismount(child) else _children(child)  # /media/<user>/<stick>
            found.extend((str(mount), str(mount)) for mount in mounts if os.path.ismount(mount))
    first_label: dict[str, str] = {}  # each path once, with the label it came with first
    for label, path in found:
        first_label.setdefault(path, label)
    return [(label, path) for path, label in first_label.items()]


def _children(folder: Path) -> list[Path]:
    try:
        return sorted(child for child in folder.iterdir() if child.is_dir())
    except OSError:
        return []


class PrivateFileDialog(QDialog):
    """A file dialog that remembers nothing: no settings, no history, no recent files.

    Built from QFileSystemModel, a tree view and a name field; it never touches QSettings.
    """

    def __init__(self, parent: QWidget | None, title: str, start: str, filters: str,
                 saving: bool) -> None:
        # Classes only this dialog uses are imported when it opens: at start the window only
        # calls configure() (issue 20).
        from PySide6.QtCore import QDir
        from PySide6.QtWidgets import QDialogButtonBox, QFileSystemModel, QTreeView

        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("private_file_dialog")
        self.saving = saving
        self.filters = parse_filters(filters)
        start_path = Path(start) if start else Path(documents_folder() or Path.home())
        if start_path.is_dir():
            folder, name = start_path, ""
        else:
            folder, name = start_path.parent, start_path.name
        if not folder.is_dir():
            folder = Path(documents_folder() or Path.home())
        if saving and not local_save_allowed and on_computer_disk(folder):
            away = [path for _label, path in places() if not on_computer_disk(path)]
            if away:
                folder = Path(away[0])

        self.model = QFileSystemModel(self)
        self.model.setOption(QFileSystemModel.Option.DontUseCustomDirectoryIcons, True)
        self.model.setFilter(QDir.Filter.AllDirs | QDir.Filter.Files | QDir.Filter.NoDotAndDotDot
                             | QDir.Filter.Drives)
        self.model.setNameFilterDisables(False)

        self.place = QComboBox()
        self.place.setObjectName("private_file_dialog.place")
        self.place.setPlaceholderText(tr("Choose a place or a USB stick"))
        for label, path in places():
            self.place.addItem(label, path)
        place_label = QLabel(tr("&Look in:"))
        place_label.setBuddy(self.place)
        self.place.setAccessibleName(place_label.text().replace("&", ""))
        self.up_button = QPushButton(tr("&Up one folder"))
        self.up_button.setObjectName("private_file_dialog.up")
        self.folder_label = QLabel()
        self.folder_label.setObjectName("private_file_dialog.folder")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)

        self.view = QTreeView()
        self.view.setObjectName("private_file_dialog.files")
        self.view.setAccessibleName(tr("Files and folders"))
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 3):
            self.view.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setColumnHidden(2, True)  # the type column says little to most people

        self.name = QLineEdit(name)
        self.name.setObjectName("private_file_dialog.name")
        name_label = QLabel(tr("File &name:"))
        name_label.setBuddy(self.name)
        self.name.setAccessibleName(name_label.text().replace("&", ""))
        self.type = QComboBox()
        self.type.setObjectName("private_file_dialog.type")
        for text, _patterns in self.filters:
            self.type.addItem(text)
        type_label = QLabel(tr("File &type:"))
        type_label.setBuddy(self.type)
        self.type.setAccessibleName(type_label.text().replace("&", ""))
        form = QFormLayout()
        form.addRow(name_label, self.name)
        form.addRow(type_label, self.type)

        self.message = QLabel()
        self.message.setObjectName("private_file_dialog.message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(tr("&Save") if saving else tr("&Open"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("private_file_dialog.ok")
        self.ok_button.setDefault(True)
        hint = QLabel(tr("Paraat does not remember where you save or what you open."))
        hint.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(place_label)
        top.addWidget(self.place, 1)
        top.addWidget(self.up_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.place, self.up_button)
        self.setTabOrder(self.up_button, self.view)
        self.setTabOrder(self.view, self.name)
        self.setTabOrder(self.name, self.type)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().lineSpacing() * 28)

        self._chosen = ""
        self.place.activated.connect(lambda index: self.set_folder(self.place.itemData(index)))
        self.up_button.clicked.connect(self._up)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._clicked)
        self.type.currentIndexChanged.connect(self._apply_filter)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self._apply_filter()
        self.set_folder(str(folder))
        if saving:
            self.name.setFocus()
        else:
            self.view.setFocus()

    # --- navigation ---------------------------------------------------------------------------

    def folder(self) -> Path:
        return Path(self.model.rootPath())

    def set_folder(self, folder: str) -> None:
        if not folder or not Path(folder).is_dir():
            return
        root = self.model.setRootPath(folder)
        self.view.setRootIndex(root)
        self.folder_label.setText(str(Path(folder)))
        self.folder_label.setAccessibleName(tr("Folder: %1").replace("%1", str(Path(folder))))
        self.up_button.setEnabled(Path(folder).parent != Path(folder))
        matching = [index for index in range(self.place.count())
                    if Path(self.place.itemData(index)) == Path(folder)]
        self.place.setCurrentIndex(matching[0] if matching else -1)  # -1 shows the placeholder

    @Slot()
    def _up(self) -> None:
        self.set_folder(str(self.folder().parent))

    @Slot(QModelIndex)
    def _clicked(self, index: QModelIndex) -> None:
        if not self.model.isDir(index):
            self.name.setText(self.model.fileName(index))

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        if self.model.isDir(index):
            self.set_folder(self.model.filePath(index))
        else:
            self.name.setText(self.model.fileName(index))
            self._accept()

    @Slot()
    def _apply_filter(self) -> None:
        self.model.setNameFilters(self.filters[max(self.type.currentIndex(), 0)][1])

    # --- choosing -----------------------------------------------------------------------------

    def selected_path(self) -> str:
        return self._chosen

    def selected_filter(self) -> str:
        return self.type.currentText()

    def _refuse(self, text: str) -> None:
        show_problem(self.message, text)
        self.message.setAccessibleName(text)
        self.name.setFocus()

    def _with_suffix(self, name: str) -> str:
        patterns = self.filters[max(self.type.currentIndex(), 0)][1]
        suffix = patterns[0][1:] if patterns and patterns[0].startswith("*.") else ""
        if self.saving and suffix and not Path(name).suffix:
            return name + suffix
        return name

    @Slot()
    def _accept(self) -> None:
        name = self.name.text().strip()
        if not name:
            self._refuse(tr("Type a file name, or choose a file."))
            return
        target = Path(name) if Path(name).is_absolute() else self.folder() / name
        if target.is_dir():
            self.set_folder(str(target))
            self.name.clear()
            return
        target = target.with_name(self._with_suffix(target.name))
        if not self.saving:
            if not target.is_file():
                self._refuse(tr("There is no file with this name here."))
                return
        else:
            if not target.parent.is_dir():
                self._refuse(tr("This folder does not exist."))
                return
            if not local_save_allowed and on_computer_disk(target.parent):
                self._refuse(tr("Saving on this computer is not allowed here. Put in your USB "
                                "stick and choose it under “Look in”."))
                return
            if target.exists():
                answer = QMessageBox.question(
                    self, self.windowTitle(),
                    tr("%1 already exists. Do you want to replace it?").replace("%1", target.name))
                if answer != QMessageBox.StandardButton.Yes:
                    return
        self._chosen = str(target)
        self.accept()
