"""Step 3 with real widgets: contacts, phone numbers, who checks on whom, neighbours, overview."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit

from app.core.demo import demo_household
from app.ui.together.phone_dialog import PhoneNumberDialog
from tests.ui.helpers import choose, click, type_into


@pytest.fixture
def page(launcher):
    window = launcher.start("nl")
    launcher.paraat.session.replace_all(demo_household())
    window.show_page("together")
    return window.together


def test_national_numbers_are_always_there(launcher):
    window = launcher.start("nl")  # an empty household still shows them
    texts = [label.text() for label in window.together.findChildren(QLabel)]
    for number in ("112", "0900-8844", "0800-9009"):
        assert number in texts


def _answer_number(monkeypatch, qtbot, *typed: str, cancel: bool = False,
                   seen: list[PhoneNumberDialog] | None = None) -> None:
    """When the number dialog opens, type each text into its real line (replacing what is
    there) and press OK after each, as a person would; then Cancel if ``cancel``."""

    def run(dialog: PhoneNumberDialog) -> int:
        if seen is not None:
            seen.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        for text in typed:
            if dialog.isVisible():
                dialog.line.selectAll()
                qtbot.keyClicks(dialog.line, text)
                qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        if dialog.isVisible() and cancel:
            dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
        return dialog.result()

    monkeypatch.setattr(PhoneNumberDialog, "exec", run)


def test_add_edit_phone_and_delete_with_undo(page, qtbot, monkeypatch):
    _answer_number(monkeypatch, qtbot, "0611111111")
    session = page.session
    before = session.repository.count("contact")
    click(qtbot, page.contacts.add_button)
    contact_id = page.contacts.selected_id()
    type_into(qtbot, page.contacts, "contact.name", "Opa Kees").editingFinished.emit()
    choose(page.contacts, "contact.category", "family")
    click(qtbot, page.phones.add_button)
    assert [p.number for p in session.repository.list("contact_phone", contact_id)] == ["0611111111"]
    number = type_into(qtbot, page.phones, "contact_phone.number", "0612345678")
    number.editingFinished.emit()
    assert [p.number for p in session.repository.list("contact_phone", contact_id)] == ["0612345678"]
    assert page.phones.model.index(0, 0).data() == "06 12345678"  # shown readably, stored as typed
    type_into(qtbot, page.phones, "contact_phone.number", "bel maar").editingFinished.emit()
    message = page.phones.findChild(QLabel, "contact_phone.number.message")
    assert message.text()  # no digit at all: not a phone number, refused, old number kept
    assert session.repository.list("contact_phone", contact_id)[0].number == "0612345678"
    page.contacts.findChild(QCheckBox, "contact.has_car").setChecked(True)
    contact = session.repository.get("contact", contact_id)
    assert (contact.name, contact.category, contact.has_car) == ("Opa Kees", "family", 1)

    page.contacts.select_id(contact_id)
    click(qtbot, page.contacts.delete_button)
    assert session.repository.get("contact", contact_id) is None
    assert session.repository.list("contact_phone", contact_id) == []
    session.undo_stack.undo()
    assert session.repository.get("contact", contact_id).name == "Opa Kees"
    assert [p.number for p in session.repository.list("contact_phone", contact_id)] == ["0612345678"]
    assert session.repository.count("contact") == before + 1


def test_a_number_that_cannot_be_right_is_kept_as_typed_with_a_warning_in_words(page, qtbot, monkeypatch):
    _answer_number(monkeypatch, qtbot, "0612345678")
    session = page.session
    click(qtbot, page.contacts.add_button)
    contact_id = page.contacts.selected_id()
    type_into(qtbot, page.contacts, "contact.name", "Buurman Piet").editingFinished.emit()
    click(qtbot, page.phones.add_button)
    number = type_into(qtbot, page.phones, "contact_phone.number", "06-1234")
    number.editingFinished.emit()
    message = page.phones.findChild(QLabel, "contact_phone.number.message")
    # stored and shown as typed: not refused, not "61234"
    assert [p.number for p in session.repository.list("contact_phone", contact_id)] == ["06-1234"]
    assert number.text() == "06-1234"
    assert page.phones.model.index(0, 0).data() == "06-1234 ⚠ controleer dit nummer"
    # a visible warning in words beside the field, also for screen readers
    qtbot.waitUntil(message.isVisible)
    assert message.text() == ("⚠ Controleer dit nummer: zo kan het niet kloppen. "
                              "Het is opgeslagen zoals je het hebt getypt.")
    assert number.accessibleDescription() == message.text().removeprefix("⚠ ")
    # the contacts list says it too, next to the first number
    row = next(r for r in range(page.contacts.model.rowCount())
               if page.contacts.model.index(r, 0).data() == "Buurman Piet")
    assert page.contacts.model.index(row, 2).data() == "06-1234 ⚠ controleer dit nummer"
    # the warning stays after undo/redo reloads and goes when the number is right
    page.phones.model.reload()
    assert message.isVisible()
    type_into(qtbot, page.phones, "contact_phone.number", "06-12345678").editingFinished.emit()
    assert not message.isVisible() and number.accessibleDescription() == ""
    assert page.phones.model.index(0, 0).data() == "06 12345678"
    # changed elsewhere (undo, another window): the reloaded field warns again
    (phone,) = session.repository.list("contact_phone", contact_id)
    session.set_field("contact_phone", phone.id, "number", "+1 (212) 204-34456")
    qtbot.waitUntil(message.isVisible)
    assert number.text() == "+1 (212) 204-34456"
    assert page.phones.model.index(0, 0).data() == "+1 (212) 204-34456 ⚠ controleer dit nummer"


def test_phone_types_from_a_phone_are_shown_with_the_kind(page, qtbot):
    from app.core.records import Contact, ContactPhone
    session = page.session
    (stored,) = session.repository.add_contacts([(Contact(name="Kantoor Fax"), [
        ContactPhone(number="030-2468199", kind="work", types="fax")])])
    page.phones.model.set_parent_id(stored.id)
    assert page.phones.model.index(0, 1).data() == "Werk, fax"


def test_filter_by_typing_name_or_number(page, qtbot):
    qtbot.keyClicks(page.search, "apotheek")
    assert page.proxy.rowCount() == 1
    page.search.clear()
    qtbot.keyClicks(page.search, "06 12345014")  # Fatima, typed the way it is shown
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 0).data() == "Fatima el Amrani"
    page.search.clear()
    assert page.proxy.rowCount() == page.contacts.model.rowCount() == 8


def test_who_checks_on_whom_and_the_neighbours_view(page, qtbot):
    session = page.session
    household = session.household()
    bakker = next(c for c in household.contacts if c.name == "Meneer Bakker")
    neighbours = page.neighbour_model
    row = next(r for r in neighbours.records if r.name == "Meneer Bakker")
    assert row.checkers == "Mark de Vries"
    page.contacts.select_id(bakker.id)
    assert page.checks.model.rowCount() == 1
    click(qtbot, page.checks.delete_button)
    row = next(r for r in neighbours.records if r.name == "Meneer Bakker")
    assert row.checkers == ""
    assert "⚠" in neighbours.index(neighbours.row_of(row.id), 3).data()
    click(qtbot, page.checks.add_button)
    assert session.repository.list("check", bakker.id)[0].member_id == household.members[0].id


def test_overview_counts_step_three(page, launcher, qtbot):
    window = launcher.paraat.window
    session = page.session
    overview = window.overview
    assert overview.together_progress.value() == 3
    bakker = next(c for c in session.household().contacts if c.name == "Meneer Bakker")
    for check in session.repository.list("check", bakker.id):
        session.delete("check", check.id)
    window.show_page("overview")  # the overview is worked out when it is shown
    assert overview.together_progress.value() == 2
    assert "Meneer Bakker" in overview.together_label.text()


def test_contact_models_pass_the_model_tester(page, qtmodeltester):
    for model in (page.contacts.model, page.proxy, page.phones.model, page.checks.model, page.neighbour_model):
        qtmodeltester.check(model)
    assert page.findChild(QLineEdit, "contact.search") is page.search


def test_the_import_preview_marks_numbers_to_check_and_unreadable_fields(page):
    from pathlib import Path

    from app.exchange.vcard import read_vcards
    from app.ui.together.contact_files import ContactImportDialog

    samples = Path(__file__).resolve().parents[2] / "exchange" / "samples"
    lotus = ContactImportDialog(page.session, read_vcards(samples / "lotus-notes-3.0.vcf"), "notes.vcf")
    daniel = lotus.cards.item(0).text()
    assert daniel.startswith("Daniel Okafor – +1 (212) 204-34456 ⚠ controleer dit nummer, ")
    assert "⚠ Controleer dit nummer: '+1 (212) 204-34456' kan niet kloppen." in daniel
    assert lotus.cards.item(0).checkState() == Qt.CheckState.Checked  # offered, not dropped
    android = ContactImportDialog(page.session, read_vcards(samples / "android-2.1-bad-byte.vcf"),
                                  "android.vcf")
    assert android.cards.count() == 3 and android.skipped.count() == 0
    emma = android.cards.item(0).text()
    assert "⚠ In notities (regel 14 van het bestand) stonden tekens die niet te lezen waren." in emma
    assert "⚠" not in android.cards.item(1).text()


def _new_contact(page, qtbot, name: str):
    click(qtbot, page.contacts.add_button)
    type_into(qtbot, page.contacts, "contact.name", name).editingFinished.emit()
    return page.contacts.selected_id()


def test_a_new_number_is_asked_for_first_never_invented(page, qtbot, monkeypatch):
    session = page.session
    contact_id = _new_contact(page, qtbot, "Tante Joke")
    seen: list[PhoneNumberDialog] = []
    _answer_number(monkeypatch, qtbot, "0201234567", seen=seen)
    click(qtbot, page.phones.add_button)
    (dialog,) = seen
    assert dialog.windowTitle() == "Nummer toevoegen"
    assert dialog.line.accessibleName() == "Nummer"
    assert dialog.findChild(QLabel).buddy() is dialog.line
    assert {b.text().replace("&", "") for b in dialog.buttons.buttons()} == {"OK", "Annuleren"}
    assert [p.number for p in session.repository.list("contact_phone", contact_id)] == ["0201234567"]
    assert page.phones.form.editors["number"].text() == "0201234567"  # the new row is selected
    assert page.phones.model.index(page.phones.model.row_of(page.phones.selected_id()), 0).data() == "020 123 4567"
    assert "112" not in [p.number for p in session.repository.list("contact_phone", contact_id)]


@pytest.mark.parametrize("answer", [dict(cancel=True), dict(typed=("   ",)), dict(typed=("",))])
def test_cancelled_or_empty_adds_nothing(page, qtbot, monkeypatch, answer):
    session = page.session
    contact_id = _new_contact(page, qtbot, "Oom Wim")
    _answer_number(monkeypatch, qtbot, *answer.get("typed", ()), cancel=answer.get("cancel", False))
    click(qtbot, page.phones.add_button)
    assert session.repository.list("contact_phone", contact_id) == []
    assert not page.phones.message.isVisible()


def test_a_refused_number_keeps_the_dialog_open_and_a_doubtful_one_is_kept_with_the_check_words(
        page, qtbot, monkeypatch):
    session = page.session
    contact_id = _new_contact(page, qtbot, "Buurvrouw Ans")
    seen: list[PhoneNumberDialog] = []
    _answer_number(monkeypatch, qtbot, "bel maar", cancel=True, seen=seen)
    click(qtbot, page.phones.add_button)
    message = seen[0].findChild(QLabel, "phone.dialog.message")
    assert message.text().startswith("⚠ ") and len(message.text()) > 10  # said why, stayed open
    assert session.repository.list("contact_phone", contact_id) == []
    _answer_number(monkeypatch, qtbot, "06-1234", seen=seen)
    click(qtbot, page.phones.add_button)
    assert seen[1].findChild(QLabel, "phone.dialog.message").text() == (
        "⚠ Controleer dit nummer: zo kan het niet kloppen. Het is opgeslagen zoals je het hebt getypt.")
    assert [p.number for p in session.repository.list("contact_phone", contact_id)] == ["06-1234"]
    form_message = page.phones.findChild(QLabel, "contact_phone.number.message")
    assert form_message.text() == seen[1].findChild(QLabel, "phone.dialog.message").text()


def test_the_real_modal_dialog_takes_typing_and_enter(page, qtbot):
    """No exec replaced: the modal dialog runs its own loop; a timer types and presses Enter."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    session = page.session
    contact_id = _new_contact(page, qtbot, "Huisarts")

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PhoneNumberDialog):
            QTimer.singleShot(20, answer)
            return
        qtbot.keyClicks(dialog.line, "030-2345678")
        qtbot.keyClick(dialog.line, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    page.phones.add_record()
    assert [p.number for p in session.repository.list("contact_phone", contact_id)] == ["030-2345678"]


def test_a_search_stays_a_search_when_the_list_changes(page, launcher, qtbot):
    """A change while a search is on (here a new phone number elsewhere in the list) reloads the
    contacts; the list showed every contact after that, as if nothing was typed."""
    qtbot.keyClicks(page.search, "apotheek")
    assert page.proxy.rowCount() == 1
    session = launcher.paraat.session
    fatima = next(c for c in session.household().contacts if c.name == "Fatima el Amrani")
    session.set_field("contact", fatima.id, "notes", "Sleutel van de schuur")
    assert page.proxy.rowCount() == 1
    assert "Apotheek" in page.proxy.index(0, 0).data()


def test_hundreds_of_neighbours_keep_rows_one_line_high_and_a_few_wrap(page, launcher, qtbot):
    """Issue 20: Qt measured every neighbour's wrapped text on each layout (400 neighbours took
    half a second to show). A long list keeps its rows one line high, the whole text in the
    tooltip, and still grows to all its rows (End reaches the last); a short one wraps."""
    from app.core.records import Contact
    from app.ui.common.fit_table import WRAP_LIMIT

    window = launcher.paraat.window
    window.resize(1024, 768)
    window.show_page("together", "neighbours")
    table, model = page.neighbour_table, page.neighbour_model
    qtbot.waitUntil(table.isVisible)
    assert table.wraps_rows() and 0 < model.rowCount() <= WRAP_LIMIT
    long_text = "kan niet goed lopen en heeft stroom nodig voor de zuurstof, " * 3
    added = page.session.add_many([("contact", Contact(name=f"Buur {n}", category="neighbour", needs_help=1,
                                                       help_needed=long_text))
                                   for n in range(WRAP_LIMIT + 1)])
    qtbot.waitUntil(lambda: model.rowCount() > WRAP_LIMIT)
    assert not table.wraps_rows() and not table.wordWrap()
    one_line = table.verticalHeader().defaultSectionSize()
    qtbot.waitUntil(lambda: table.height() == table.grown_height())
    assert {table.rowHeight(row) for row in range(model.rowCount())} == {one_line}
    assert table.rows_height() == model.rowCount() * one_line
    row = next(row for row, record in enumerate(model.records) if record.name == f"Buur {WRAP_LIMIT}")
    assert long_text.strip() in model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole)
    for contact in added[1:]:  # back to a few: they wrap again, the long text on several lines
        page.session.delete("contact", contact.id)
    qtbot.waitUntil(lambda: model.rowCount() <= WRAP_LIMIT)
    assert table.wraps_rows() and table.wordWrap()
    row = next(row for row, record in enumerate(model.records) if record.name == "Buur 0")
    qtbot.waitUntil(lambda: table.rowHeight(row) > 2 * one_line)
    assert table.rowHeight(row) == table.sizeHintForRow(row)  # measured at the columns' widths
    qtbot.waitUntil(lambda: table.height() == table.grown_height())
