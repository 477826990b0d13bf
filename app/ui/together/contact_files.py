"""vCard files from and to phones: pick the few contacts that matter, and save them back.

Reading and writing is done by app/exchange/vcard.py (no Qt). The preview shows every card
with a check box (none ticked for files with more than 20 cards, so nobody imports a whole
phone book by accident), marks cards that are already in Paraat, lists skipped cards with
the reason, and adds the ticked ones in one step that Ctrl+Z can take back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.fields import InvalidValue
from app.exchange.files import ImportRefused
from app.exchange.vcard import VCardPreview, read_vcards, write_vcards
from app.ui.common import file_dialogs, worker
from app.ui.common.session import SaveError, Session
from app.words import bilingual, counts
from app.words.i18n import current_language, tr
from app.words.together import phone_text

PRESELECT_LIMIT = 20
CARD_ROLE = Qt.ItemDataRole.UserRole + 1


def _documents() -> str:
    return file_dialogs.documents_folder()


def _warn(parent: QWidget, text: str) -> None:
    QMessageBox.warning(parent, "Paraat", text)


def import_contacts(parent: QWidget, session: Session) -> int:
    """Pick a .vcf file, preview it, add the ticked cards. Returns how many were added."""
    if worker.busy():  # a second click while a file is being read does nothing
        return 0
    path = file_dialogs.open_file(parent, tr("Add contacts from a phone"), _documents(),
                                   tr("Contact files (*.vcf *.vcard);;All files (*)"))
    if not path:
        return 0
    language = current_language()
    household = session.household()

    def work() -> tuple[VCardPreview, list[str]]:  # a phone book of thousands of cards: off the GUI thread
        preview = read_vcards(path)
        preview.mark_duplicates(household.contacts, household.phones)
        return preview, card_texts(preview, language)

    try:
        preview, texts = worker.run(parent, tr("Reading the file…"), work)
    except ImportRefused as refused:
        _warn(parent, tr("Nothing was added from %1.").replace("%1", path) + "\n\n"
              + bilingual.problem_text(refused.problem, language))
        return 0
    except OSError as error:
        _warn(parent, tr("Paraat could not use the file %1: %2.").replace("%1", path)
              .replace("%2", bilingual.os_error_reason(error, language)))
        return 0
    dialog = ContactImportDialog(session, preview, path, parent, texts)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    return dialog.imported


def export_contacts(parent: QWidget, session: Session, contact_id: int | None = None) -> str | None:
    """Save all contacts (or one) as a vCard 3.0 file that phones and mail programs read."""
    if worker.busy():
        return None
    household = session.household()
    contacts = [c for c in household.contacts if contact_id is None or c.id == contact_id]
    if not contacts:
        return None
    name = tr("contacts.vcf") if contact_id is None else f"{contacts[0].name}.vcf"
    path, _ = file_dialogs.save_file(parent, tr("Save contacts for a phone"),
                                     str(Path(_documents()) / name), tr("Contact files (*.vcf)"))
    if not path:
        return None
    language = current_language()
    try:  # 2,000 contacts take over half a second: off the GUI thread
        count = worker.run(parent, tr("Saving the file…"),
                           lambda: write_vcards(contacts, household.phones, path, language))
    except OSError as error:
        _warn(parent, tr("Paraat could not use the file %1: %2.").replace("%1", path)
              .replace("%2", bilingual.os_error_reason(error, current_language())))
        return None
    session.notice.emit(counts.contacts_saved(count, path))
    return path


def card_texts(preview: VCardPreview, language: str) -> list[str]:
    """Each card as the preview lists it: name, numbers (formatted: about 0.1 ms a number, so
    a phone book's texts are made in the worker), "already in Paraat", and what to check."""
    texts = []
    for card in preview.cards:
        numbers = ", ".join(phone_text(phone.number) for phone in card.phones) or tr("no phone number")
        text = f"{card.contact.name} – {numbers}"
        if card.duplicate:
            text += " " + tr("(already in Paraat)")
        problems = [bilingual.problem_text(note, language) for note in card.notes
                    if note.code != "no_phone"]  # that one is said above
        if problems:  # a number to check, a field with unreadable characters, …
            text += "\n" + "\n".join(f"⚠ {problem}" for problem in problems)
        texts.append(text)
    return texts


class ContactImportDialog(QDialog):
    """Every card with a check box; duplicates and skipped cards explained."""

    def __init__(self, session: Session, preview: VCardPreview, path: str, parent: QWidget | None = None,
                 texts: list[str] | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.preview = preview
        self.imported = 0
        language = current_language()
        self.setWindowTitle(tr("Add contacts from %1").replace("%1", Path(path).name))
        layout = QVBoxLayout(self)
        many = len(preview.cards) > PRESELECT_LIMIT
        intro = tr("Tick the people you want in your emergency contacts.")
        if many:
            intro += " " + tr("This file has many contacts, so none are ticked yet: pick the few that matter.")
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.cards = QListWidget()
        self.cards.setObjectName("vcard.cards")
        self.cards.setAccessibleName(tr("Contacts in the file"))
        if texts is None:
            texts = card_texts(preview, language)
        for index, (card, text) in enumerate(zip(preview.cards, texts, strict=True)):
            item = QListWidgetItem(text)
            item.setData(CARD_ROLE, index)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = not many and not card.duplicate
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.cards.addItem(item)
        layout.addWidget(self.cards, 1)
        row = QHBoxLayout()
        self.all_button = QPushButton(tr("Tick all"))
        self.none_button = QPushButton(tr("Tick none"))
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.skipped = QListWidget()
        self.skipped.setObjectName("vcard.skipped")
        self.skipped.setAccessibleName(tr("Cards that cannot be added"))
        for skipped in preview.skipped:
            who = skipped.name or tr("card %1").replace("%1", str(skipped.number))
            self.skipped.addItem(f"⚠ {who}: {bilingual.problem_text(skipped.problem, language)}")
        if preview.skipped:
            layout.addWidget(QLabel(tr("These cards cannot be added:")))
            layout.addWidget(self.skipped)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("vcard.add")
        layout.addWidget(self.buttons)
        self.all_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Checked))
        self.none_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Unchecked))
        self.cards.itemChanged.connect(self._update_button)
        self.buttons.accepted.connect(self._add)
        self.buttons.rejected.connect(self.reject)
        self._update_button()
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.fontMetrics().lineSpacing() * 28)

    def ticked(self) -> list[int]:
        return [self.cards.item(row).data(CARD_ROLE) for row in range(self.cards.count())
                if self.cards.item(row).checkState() == Qt.CheckState.Checked]

    def _tick_all(self, state: Qt.CheckState) -> None:
        for row in range(self.cards.count()):
            self.cards.item(row).setCheckState(state)

    @Slot()
    def _update_button(self, _item: QListWidgetItem | None = None) -> None:
        count = len(self.ticked())
        self.add_button.setText(counts.add_contacts(count))
        self.add_button.setEnabled(count > 0)

    def _add(self) -> None:
        chosen = [self.preview.cards[index] for index in self.ticked()]
        try:
            stored = self.session.import_contacts([(card.contact, card.phones) for card in chosen])
        except SaveError as error:
            _warn(self, str(error))
            return
        except InvalidValue as error:
            _warn(self, bilingual.problem_text(error.problem, current_language()))
            return
        self.imported = len(stored)
        self.session.notice.emit(counts.contacts_added(self.imported))
        self.accept()
