"""GUI-thread time of the long operations a user can start (issue 20), before and after the worker.

    python -m tests.perf.exports [--data-dir D] [--rounds 2]

With 20,000 stock entries and 2,000 contacts (made in a temporary folder by households.py when
no --data-dir is given) it runs each export and import through the real page code, file and
password dialogs answered, previews and questions declined, and prints for each: the whole
time, and the longest stretch the GUI thread did not get to a 5 ms QTimer. "before" runs the
same code with ``worker.run`` made synchronous (the job on the GUI thread, as before issue 20);
"after" runs it as shipped. "(again)" rows repeat the operation with the session's caches warm.
Not part of the test run; the figures go in the issue's closing note.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

PASSWORD = "tulp fiets regen lamp"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--mode", choices=("before", "after", "both"), default="both")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    from tests.perf import households

    source = args.data_dir
    if source is None:
        source = households.grow(households.make_demo(Path(tempfile.mkdtemp()) / "big"), 20_000, 2_000, soon=False)
    for round_number in range(args.rounds):
        for mode in (("before", "after") if args.mode == "both" else (args.mode,)):
            for name, total, longest in run(app, source, mode):
                print(f"round {round_number + 1} {mode:6s} {name:46s} total {total:7.0f} ms"
                      f"  longest GUI stretch {longest:6.0f} ms", flush=True)


def run(app: Any, source: Path, mode: str) -> list[tuple[str, float, float]]:
    from app.exchange import plan_file
    from app.paths import DATABASE_NAME
    from app.storage.repository import Repository
    from app.ui.carry.carry_page import CarryPage
    from app.ui.carry.password_dialog import PasswordDialog
    from app.ui.common import file_dialogs, worker
    from app.ui.common.session import Session
    from app.ui.kit import kit_files
    from app.ui.paper.print_page import PrintPage
    from app.ui.together import contact_files

    data = Path(tempfile.mkdtemp()) / "data"
    shutil.copytree(source, data)
    out = Path(tempfile.mkdtemp())
    session = Session(Repository.open(data / DATABASE_NAME))
    window = QWidget()
    window.resize(1024, 768)
    window.show()
    page = QWidget(window)
    target = {"path": ""}
    saved = (QMessageBox.question, QMessageBox.warning, file_dialogs.save_file, file_dialogs.open_file,
             kit_files.ImportPreviewDialog.exec, contact_files.ContactImportDialog.exec,
             PasswordDialog.exec, PasswordDialog.value, worker.run)
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)  # type: ignore[method-assign]
    QMessageBox.warning = staticmethod(lambda *a, **k: print("warning:", a[2]))  # type: ignore[method-assign]
    file_dialogs.save_file = lambda *a, **k: (target["path"], "")
    file_dialogs.open_file = lambda *a, **k: target["path"]
    kit_files.ImportPreviewDialog.exec = lambda self: QDialog.DialogCode.Rejected
    contact_files.ContactImportDialog.exec = lambda self: QDialog.DialogCode.Rejected
    PasswordDialog.exec = lambda self: QDialog.DialogCode.Accepted
    PasswordDialog.value = lambda self: PASSWORD
    if mode == "before":
        worker.run = lambda parent, label, work, **k: work()
    carry, printing = CarryPage(session, window), PrintPage(session, window)
    finished: list[int] = []
    carry.work_finished.connect(lambda: finished.append(1))

    def save_plan() -> None:
        if mode == "before":
            plan_file.write_plan(target["path"], session.household(), session.repository.list("stock"),
                                 PASSWORD, plan_file.DEFAULT_KDF)
            return
        count = len(finished)
        carry.save_plan()
        while len(finished) == count:
            app.processEvents()
            time.sleep(0.001)

    def pdf(kind: str) -> None:
        printing.select(kind)
        printing.save_pdf()

    operations: list[tuple[str, str, Callable[[], object]]] = [
        ("JSON export", "a.json", carry.save_json),
        ("CSV export (kit)", "a.csv", lambda: kit_files.export_supplies(page, session)),
        ("CSV import (read + preview)", "a.csv", lambda: kit_files.import_supplies(page, session)),
        ("calendar export", "a.ics", lambda: kit_files.export_calendar(page, session)),
        ("vCard export (2,000)", "a.vcf", lambda: contact_files.export_contacts(page, session)),
        ("vCard import (read + preview)", "a.vcf", lambda: contact_files.import_contacts(page, session)),
        ("PDF plan", "plan.pdf", lambda: pdf("plan")),
        ("PDF checklist", "checklist.pdf", lambda: pdf("checklist")),
        ("locked plan file (Argon2id)", "a.paraat", save_plan),
    ]
    results = []
    try:
        for again in ("", " (again)"):
            for name, file, call in operations:
                target["path"] = str(out / file)
                results.append((name + again, *_measure(app, call)))
    finally:
        (QMessageBox.question, QMessageBox.warning, file_dialogs.save_file, file_dialogs.open_file,
         kit_files.ImportPreviewDialog.exec, contact_files.ContactImportDialog.exec,
         PasswordDialog.exec, PasswordDialog.value, worker.run) = saved
        window.close()
        session.repository.close()
    return results


def _measure(app: Any, call: Callable[[], object]) -> tuple[float, float]:
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    app.processEvents()
    started = time.perf_counter()
    ticks.append(started)
    call()
    ended = time.perf_counter()
    ticks.append(ended)
    timer.stop()
    return (ended - started) * 1000, max(b - a for a, b in zip(ticks, ticks[1:], strict=False)) * 1000


if __name__ == "__main__":
    main()
