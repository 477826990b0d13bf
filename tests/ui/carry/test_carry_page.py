"""Meenemen: saving and opening a locked plan file from the GUI (the key is derived off the GUI
thread behind a busy dialog), the password dialog, the recovery sheet and the JSON export."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QProgressDialog

from app.core.demo import demo_household, demo_stock
from app.exchange import plan_file
from app.exchange.plan_file import KdfParams
from app.report.document import write_pdf
from app.ui.carry import carry_page
from app.ui.carry.carry_page import CarryPage
from app.ui.carry.password_dialog import PasswordDialog
from app.ui.common import file_dialogs
from tests.ui.helpers import hold

TODAY = dt.date(2026, 3, 12)
PASSWORD = "tulp fiets regen lamp"
FAST = KdfParams(memory_kib=8, iterations=1, lanes=1)


@pytest.fixture
def page(launcher) -> CarryPage:
    window = launcher.start_demo(TODAY)
    window.show_page("carry")
    page = window.carry
    page.kdf = FAST
    return page


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """Every message box is recorded; questions are answered from ``answers`` (default No)."""
    seen: dict[str, list] = {"warning": [], "question": [], "answers": []}

    def question(parent, title, text, *args, **kwargs):
        seen["question"].append(text)
        answers = seen["answers"]
        return answers.pop(0) if answers else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: seen["warning"].append(text))
    return seen


def type_passwords(monkeypatch: pytest.MonkeyPatch, *passwords: str, repeat: bool = True) -> list:
    """The password dialogs that open get these passwords typed, in turn, and OK clicked."""
    queue = list(passwords)
    dialogs: list[dict] = []

    def run(dialog: PasswordDialog) -> int:
        if not queue:
            return QDialog.DialogCode.Rejected
        text = queue.pop(0)
        dialog.password.setText(text)
        if dialog.new and repeat:
            dialog.repeat.setText(text)
        dialogs.append({"message": dialog.message.text(), "ok": dialog.ok_button.isEnabled(),
                        "new": dialog.new})
        if not dialog.ok_button.isEnabled():
            return QDialog.DialogCode.Rejected
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PasswordDialog, "exec", run)
    return dialogs


def other_plan(tmp_path: Path) -> tuple[Path, object]:
    """A plan file of a different household (another first name, fewer kit entries)."""
    household = demo_household()
    household.members[0] = dataclasses.replace(household.members[0], name="Anne van Dijk")
    path = tmp_path / "thuis.paraat"
    stock = demo_stock(TODAY)[:4]
    plan_file.write_plan(path, household, stock, PASSWORD, FAST)
    return path, household


def test_the_page_follows_print_in_the_sidebar(page: CarryPage) -> None:
    window = page.window()
    names = list(window.pages)
    assert names.index("carry") == names.index("print") + 1
    assert window.current_page() == "carry"
    assert window.sidebar.currentItem().text() == "Meenemen"  # Dutch by default
    for name in ("carry.save_plan", "carry.open_plan", "carry.recovery_sheet", "carry.save_json"):
        assert page.findChild(object, name) is not None, name


def test_saving_a_locked_plan_file_off_the_gui_thread(page: CarryPage, qtbot, tmp_path: Path,
                                                     monkeypatch, boxes) -> None:
    target = tmp_path / "usb" / "ons-plan"  # no suffix typed: .paraat is added
    target.parent.mkdir()
    asked = []
    monkeypatch.setattr(file_dialogs, "save_file",
                        lambda *args: (asked.append(args[3]) or (str(target), args[3])))
    type_passwords(monkeypatch, PASSWORD)
    threads = []
    real_write = plan_file.write_plan

    def write(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_write(*args, **kwargs)

    monkeypatch.setattr(plan_file, "write_plan", write)
    with qtbot.waitSignal(page.work_finished, timeout=20_000):
        page.save_button.click()
        busy = page.findChild(QProgressDialog, "carry.busy")
        assert busy is not None and busy.isVisible()
        assert (busy.minimum(), busy.maximum()) == (0, 0)  # busy, no bar
        assert not page.save_button.isEnabled()
    assert threads and threads[0] is not threading.main_thread()
    assert "*.paraat" in asked[0]
    written = target.with_suffix(".paraat")
    contents = plan_file.read_plan(written, PASSWORD)
    assert contents.household == page.session.household()
    assert page.session.repository.list("stock") == contents.stock
    assert plan_file.read_header(written.read_bytes()).kdf == FAST
    assert page.last_saved[0] == str(written)
    assert "ons-plan.paraat" in page.sheet_hint.text()
    assert boxes["question"] and str(written) in boxes["question"][0]  # offers the recovery sheet
    assert page.save_button.isEnabled() and page.busy is None
    qtbot.waitUntil(lambda: page.findChild(QProgressDialog, "carry.busy") is None)


def test_a_weak_or_mismatched_password_cannot_be_chosen(page: CarryPage, tmp_path: Path,
                                                       monkeypatch, boxes) -> None:
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a: (str(tmp_path / "p.paraat"), ""))
    dialogs = type_passwords(monkeypatch, "geheim")
    page.save_button.click()
    assert dialogs == [{"message": "", "ok": False, "new": True}]
    dialogs = type_passwords(monkeypatch, PASSWORD, repeat=False)
    page.save_button.click()
    assert dialogs[0]["ok"] is False
    assert page.busy is None and not (tmp_path / "p.paraat").exists()


def test_saving_to_a_place_that_cannot_be_written_says_so(page: CarryPage, qtbot, tmp_path: Path,
                                                         monkeypatch, boxes) -> None:
    folder = tmp_path / "map.paraat"
    folder.mkdir()
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a: (str(folder), ""))
    type_passwords(monkeypatch, PASSWORD)
    with qtbot.waitSignal(page.work_finished, timeout=20_000):
        page.save_button.click()
    assert len(boxes["warning"]) == 1 and str(folder) in boxes["warning"][0]
    assert page.last_saved is None


def test_opening_a_plan_file_replaces_everything_after_a_yes(page: CarryPage, qtbot, tmp_path: Path,
                                                            monkeypatch, boxes) -> None:
    path, household = other_plan(tmp_path)
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a: str(path))
    type_passwords(monkeypatch, PASSWORD)
    threads = []
    real_read = plan_file.read_plan

    def read(*args):
        threads.append(threading.current_thread())
        return real_read(*args)

    monkeypatch.setattr(plan_file, "read_plan", read)
    boxes["answers"].append(QMessageBox.StandardButton.Yes)
    page.session.set_field("member", 2, "name", "Mark Bewerkt")  # an undoable edit before
    with qtbot.waitSignal(page.work_finished, timeout=20_000):
        page.open_button.click()
    assert threads and threads[0] is not threading.main_thread()
    question = boxes["question"][0]
    assert "thuis.paraat" in question and "5" in question and "4" in question
    assert page.session.household() == household
    assert len(page.session.repository.list("stock")) == 4
    assert not page.session.undo_stack.canUndo()
    folder = page.session.backups_folder
    assert folder is not None and list(folder.glob("*-replace*.sqlite3"))  # the old data is kept


def test_saying_no_to_the_replacement_changes_nothing(page: CarryPage, qtbot, tmp_path: Path,
                                                      monkeypatch, boxes) -> None:
    path, _household = other_plan(tmp_path)
    before = page.session.household(), page.session.repository.list("stock")
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a: str(path))
    type_passwords(monkeypatch, PASSWORD)
    with qtbot.waitSignal(page.work_finished, timeout=20_000):
        page.open_button.click()
    assert boxes["question"]
    assert (page.session.household(), page.session.repository.list("stock")) == before


def test_a_wrong_password_asks_again_with_the_reason(page: CarryPage, qtbot, tmp_path: Path,
                                                     monkeypatch, boxes) -> None:
    path, household = other_plan(tmp_path)
    before = page.session.household()
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a: str(path))
    dialogs = type_passwords(monkeypatch, "tulp fiets regen", PASSWORD)
    boxes["answers"].append(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.work_finished, timeout=20_000):
        page.open_button.click()
    assert page.session.household() == before  # nothing yet: the second try is running
    assert len(dialogs) == 2 and dialogs[0]["message"] == ""
    assert "Het wachtwoord klopt niet." in dialogs[1]["message"]
    qtbot.waitUntil(lambda: page.session.household() == household, timeout=20_000)
    assert boxes["warning"] == []


def test_giving_up_after_a_wrong_password_changes_nothing(page: CarryPage, qtbot, tmp_path: Path,
                                                          monkeypatch, boxes) -> None:
    path, _household = other_plan(tmp_path)
    before = page.session.household()
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a: str(path))
    dialogs = type_passwords(monkeypatch, "fout fout fout fout")  # then Cancel
    with qtbot.waitSignal(page.work_finished, timeout=20_000):
        page.open_button.click()
    assert len(dialogs) == 1 and boxes["question"] == [] and boxes["warning"] == []
    assert page.session.household() == before


@pytest.mark.parametrize(("damage", "words"), [
    (lambda data: data[:-1], "beschadigd"),
    (lambda data: b"%PDF-1.7" + data[8:], "geen planbestand"),
    (lambda data: data[:40], "beschadigd"),
])
def test_a_damaged_or_foreign_file_is_refused_in_plain_words(page: CarryPage, qtbot, tmp_path: Path,
                                                            monkeypatch, boxes, damage, words) -> None:
    path, _household = other_plan(tmp_path)
    path.write_bytes(damage(path.read_bytes()))
    before = page.session.household(), page.session.repository.list("stock")
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a: str(path))
    type_passwords(monkeypatch, PASSWORD)
    with qtbot.waitSignal(page.work_finished, timeout=20_000):
        page.open_button.click()
    assert len(boxes["warning"]) == 1 and words in boxes["warning"][0]
    assert boxes["question"] == []
    assert (page.session.household(), page.session.repository.list("stock")) == before


def test_a_file_that_is_gone_is_told_plainly(page: CarryPage, qtbot, tmp_path: Path, monkeypatch,
                                             boxes) -> None:
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a: str(tmp_path / "weg.paraat"))
    type_passwords(monkeypatch, PASSWORD)
    with qtbot.waitSignal(page.work_finished, timeout=20_000):
        page.open_button.click()
    assert "bestaat niet" in boxes["warning"][0]


def test_cancelling_the_file_choice_does_nothing(page: CarryPage, monkeypatch, boxes) -> None:
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a: "")
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a: ("", ""))
    monkeypatch.setattr(PasswordDialog, "exec", lambda self: pytest.fail("asked for a password"))
    page.open_button.click()
    page.save_button.click()
    assert page.save_json() is None
    assert page.busy is None and boxes["warning"] == []


def test_save_as_json(page: CarryPage, tmp_path: Path, monkeypatch, boxes) -> None:
    target = tmp_path / "alles.json"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a: (str(target), a[3]))
    assert page.save_json() == str(target)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert len(document["household"]["members"]) == 5
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a: (str(tmp_path), ""))
    assert page.save_json() is None and "map" in boxes["warning"][0]


def test_no_qfiledialog_is_used_directly() -> None:
    source = Path(carry_page.__file__).read_text(encoding="utf-8")
    assert "QFileDialog" not in source


# --- the password dialog ---------------------------------------------------------------------


def test_new_password_dialog_explains_the_rule_and_says_the_strength_in_words(qapp) -> None:
    dialog = PasswordDialog("plan.paraat", new=True)
    assert "10" in dialog.rule.text() and "4" in dialog.rule.text()
    for first, second, strength, ok in [
        ("kort", "kort", "✗", False),
        ("aaaaaaaaaaaa", "aaaaaaaaaaaa", "✗", False),
        ("zomer2026!x", "zomer2026!y", "✓", False),
        ("zomer2026!x", "zomer2026!x", "✓", True),
        (PASSWORD, PASSWORD, "✓", True),
    ]:
        dialog.password.setText(first)
        dialog.repeat.setText(second)
        assert strength in dialog.strength.text() and len(dialog.strength.text()) > 12
        assert dialog.ok_button.isEnabled() is ok
        assert bool(dialog.mismatch.text()) is (first != second)
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    dialog.show_text.setChecked(True)
    assert dialog.password.echoMode() == dialog.repeat.echoMode() == QLineEdit.EchoMode.Normal
    assert dialog.value() == PASSWORD


def test_password_fields_have_names_and_label_buddies(qapp) -> None:
    from PySide6.QtWidgets import QLabel

    for new in (True, False):
        dialog = PasswordDialog("plan.paraat", new=new)
        buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
        assert dialog.password in buddies
        assert (dialog.repeat in buddies) is new
        for label in dialog.findChildren(QLabel):
            if label.buddy():
                assert label.text().replace("&", "") in label.buddy().accessibleName()
    dialog = PasswordDialog("plan.paraat", new=False)
    assert not dialog.ok_button.isEnabled()
    dialog.password.setText("x")
    assert dialog.ok_button.isEnabled()


# --- the recovery sheet ----------------------------------------------------------------------


def test_recovery_sheet_names_the_file_and_has_room_for_the_password(page: CarryPage, tmp_path: Path) -> None:
    from tests.report.conftest import flat, pdf_text

    blank = tmp_path / "blank.pdf"
    assert write_pdf(page.recovery_document(), blank) == 1
    page.last_saved = ("/media/usb/ons-plan.paraat", dt.datetime(2026, 3, 12, 14, 5))
    filled = tmp_path / "filled.pdf"
    assert write_pdf(page.recovery_document(), filled) == 1
    text = flat(pdf_text(filled))
    assert "ons-plan.paraat" in text and "/media/usb" in text and "12-03-2026 14:05" in text
    assert PASSWORD not in text
    assert "ons-plan.paraat" not in flat(pdf_text(blank))


def test_recovery_sheet_button_opens_a_preview(page: CarryPage, monkeypatch) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    shown = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda dialog: shown.append(dialog.windowTitle()) or 0)
    page.sheet_button.click()
    assert len(shown) == 1


def test_the_real_key_is_derived_off_the_gui_thread(page: CarryPage, qtbot, tmp_path: Path,
                                                    monkeypatch, boxes) -> None:
    """With the real parameters (64 MiB, 3 passes, 4 lanes) the key derivation and the writing
    run in a worker thread, while the GUI thread's event loop keeps running (the busy indicator
    is shown and the page waits for work_finished)."""
    import threading

    from PySide6.QtCore import QThread

    page.kdf = plan_file.DEFAULT_KDF
    path = tmp_path / "echt.paraat"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a: (str(path), ""))
    type_passwords(monkeypatch, PASSWORD)
    seen: dict[str, object] = {}
    real_write = plan_file.write_plan

    def write(*args, **kwargs):
        seen["thread"] = QThread.currentThread()
        seen["python_thread"] = threading.current_thread()
        return real_write(*args, **kwargs)

    monkeypatch.setattr(plan_file, "write_plan", write)
    with qtbot.waitSignal(page.work_finished, timeout=60_000):
        page.save_button.click()
    assert plan_file.read_header(path.read_bytes()).kdf == plan_file.DEFAULT_KDF
    assert seen["thread"] is not page.thread()
    assert seen["python_thread"] is not threading.main_thread()


def test_the_kit_horizon_travels_both_ways(page: CarryPage, qtbot, tmp_path: Path, monkeypatch,
                                          boxes) -> None:
    session = page.session
    session.set_setting("kit_hours", "168")
    path = tmp_path / "heen.paraat"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a: (str(path), ""))
    type_passwords(monkeypatch, PASSWORD)
    with qtbot.waitSignal(page.work_finished, timeout=20_000):
        page.save_button.click()
    assert plan_file.read_plan(path, PASSWORD).kit.hours == 168
    session.set_setting("kit_hours", "72")
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a: str(path))
    type_passwords(monkeypatch, PASSWORD)
    boxes["answers"].append(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(session.changed, timeout=20_000, check_params_cb=lambda kind: kind == "settings"):
        page.open_button.click()
    assert session.kit_hours() == 168


def test_the_window_keeps_ticking_while_the_real_key_is_derived(page: CarryPage, qtbot, tmp_path: Path,
                                                               monkeypatch, boxes) -> None:
    """Argon2id with the real parameters takes 0.15 to 0.8 s here; meanwhile a 20 ms
    QTimer of the GUI thread keeps firing (the window repaints), with no gap of 100 ms."""
    import time

    from PySide6.QtCore import QTimer

    page.kdf = plan_file.DEFAULT_KDF
    path = tmp_path / "echt.paraat"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a: (str(path), ""))
    type_passwords(monkeypatch, PASSWORD)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    started = time.perf_counter()
    timer.start()
    with qtbot.waitSignal(page.work_finished, timeout=60_000):
        page.save_button.click()
    ended = time.perf_counter()
    timer.stop()
    assert path.exists()
    gaps = [b - a for a, b in zip([started, *ticks], [*ticks, ended], strict=False)]
    # the real key takes about 0.1 to 0.8 s, faster on an idle machine: the timer kept firing all along
    assert len(ticks) >= (ended - started) / 0.05 - 1, (ended - started, len(ticks))
    assert max(gaps) < 0.1, gaps


def test_a_second_click_while_the_key_is_derived_does_nothing(page: CarryPage, qtbot, tmp_path: Path,
                                                             monkeypatch, boxes) -> None:
    path = tmp_path / "een.paraat"
    asked: list[str] = []
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a: (asked.append(a[1]) or (str(path), "")))
    type_passwords(monkeypatch, PASSWORD, PASSWORD)
    release, _ = hold(monkeypatch, plan_file, "write_plan")
    with qtbot.waitSignal(page.work_finished, timeout=20_000):
        page.save_button.click()
        page.save_button.click()  # disabled
        page.open_button.click()
        page.save_plan()  # even past the button: one job at a time
        page.save_json()
        release.set()
    assert asked == ["Opslaan als vergrendeld planbestand"] or len(asked) == 1, asked
    assert path.exists() and page.save_button.isEnabled() and page.open_button.isEnabled()
