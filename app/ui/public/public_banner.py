"""Public mode: the banner at the top of every page.

It says that nothing is kept on this computer, how to take the plan home (print it, or save
the locked plan file on a USB stick), the library's name from the admin policy, and offers
"I'm done — erase everything" (after a confirmation).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.ui.common.banner import arrange_banner
from app.words.i18n import tr


def banner_title(library_name: str) -> str:
    if library_name:
        return tr("Public computer of %1").replace("%1", library_name)
    return tr("Public computer")


def banner_text(idle_minutes: int) -> str:
    if idle_minutes == 1:
        idle = tr("when you close Paraat, or after 1 minute without use")
    else:
        idle = tr("when you close Paraat, or after %1 minutes without use").replace("%1", str(idle_minutes))
    return tr("Nothing is kept on this computer: everything you fill in is erased %1. "
              "To take your plan home, print it or save the locked plan file on your USB stick.").replace("%1", idle)


def confirm_erase(parent: QWidget | None) -> bool:
    """Ask once more; True when the visitor really wants everything erased now."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Erase everything"))
    box.setText(tr("Erase everything you filled in now?"))
    box.setInformativeText(tr("Did you print your plan or save it on your USB stick? After erasing, "
                              "nothing can be brought back."))
    erase = box.addButton(tr("Erase everything"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(tr("Go back"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is erase


class PublicBanner(QFrame):
    """Always visible in public mode, above the pages."""

    take_home_requested = Signal()
    """Show how to take the plan home (the "Meenemen" page)."""
    erase_requested = Signal()
    """The visitor confirmed: erase everything now."""

    def __init__(self, library_name: str, idle_minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("public_banner")
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(2)
        self.setAccessibleName(tr("Public computer"))
        self.title = QLabel(banner_title(library_name))
        self.title.setObjectName("public_banner.title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # the library name is never markup
        self.title.setWordWrap(True)
        self.title.setAccessibleName(banner_title(library_name))
        self._set_title_font(compact=False)
        self.text = QLabel(banner_text(idle_minutes))
        self.text.setObjectName("public_banner.text")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.text.text())
        self.take_home_button = QPushButton(tr("Take your plan home"))
        self.take_home_button.setObjectName("public_banner.take_home")
        self.erase_button = QPushButton(tr("I'm done — erase everything"))
        self.erase_button.setObjectName("public_banner.erase")
        # a short line instead of the whole text when the window is low (large text, small screen);
        # the whole text stays in the tooltip and is read by screen readers
        self.short = QLabel(tr("Nothing is kept on this computer."))
        self.short.setObjectName("public_banner.short")
        self.short.setWordWrap(True)
        self.short.setVisible(False)
        self.setAccessibleDescription(self.text.text())
        # beside the text while there is room, under it (and under each other) when narrow
        arrange_banner(self, [self.title, self.text, self.short], [self.take_home_button, self.erase_button])
        self.take_home_button.clicked.connect(self.take_home_requested)
        self.erase_button.clicked.connect(self._erase)

    def _set_title_font(self, compact: bool) -> None:
        font = QFont(self.font())
        font.setBold(True)
        if not compact:
            font.setPointSizeF(font.pointSizeF() * 1.15)
        if self.title.font() != font:
            self.title.setFont(font)

    def fit(self, window_height: int) -> None:
        """The whole text while the notice takes at most about a sixth of the window's height,
        else the title (at the text's size), one short line and the buttons."""
        width = max(self.width(), 200) - 40
        self._set_title_font(compact=False)  # measured at its own size
        whole = (self.title.heightForWidth(width) + self.text.heightForWidth(width)
                 + self.take_home_button.sizeHint().height() + 24)
        compact = whole > window_height / 6
        self._set_title_font(compact)  # low: the title at the text's size, mostly one line
        self.text.setVisible(not compact)
        self.short.setVisible(compact)
        self.setToolTip(self.text.text() if compact else "")

    @Slot()
    def _erase(self) -> None:
        if confirm_erase(self.window()):
            self.erase_requested.emit()
