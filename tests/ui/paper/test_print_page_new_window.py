"""A new window (Ctrl+plus, Ctrl+minus) while the print preview is being built: the old page's
build ends with nobody to show it. Its laid-out documents belong to the GUI thread and must be
let go of there, never in the pool thread (Qt warned "QBasicTimer::stop: Failed. Possibly
trying to stop from a different thread", and now and then the program crashed)."""

from __future__ import annotations

import datetime as dt
import gc

TODAY = dt.date(2026, 11, 28)


def test_a_new_window_during_a_build_lets_go_of_it_in_the_gui_thread(launcher, qtbot, qtlog):
    window = launcher.start_demo(TODAY)
    phone = window.session.repository.list("contact_phone")[0]
    for round_ in range(8):
        window = launcher.paraat.window
        window.show_page("overview")
        window.session.set_field("contact_phone", phone.id, "number", f"06-100000{round_:02d}")
        window.show_page("print")
        qtbot.waitUntil(lambda w=window: w.print_page.building is not None, timeout=5000)
        window.change_text_size(1 if round_ % 2 == 0 else -1)
        qtbot.waitUntil(lambda w=window: launcher.paraat.window is not w)
        gc.collect()
        qtbot.wait(100)
    page = launcher.paraat.window.print_page
    qtbot.waitUntil(lambda: page.building is None and page.current_document is not None, timeout=15_000)
    qtbot.wait(200)
    wrong = [record.message for record in qtlog.records if "different thread" in record.message]
    assert wrong == []


def test_the_chosen_document_stays_chosen_in_a_new_window(launcher, qtbot):
    window = launcher.start_demo(TODAY)
    window.show_page("print")
    page = window.print_page
    page.documents.setCurrentIndex(page.documents.findData("plan"))
    window.change_text_size(1)
    qtbot.waitUntil(lambda: launcher.paraat.window is not window)
    launcher.paraat.window.show_page("print")
    assert launcher.paraat.window.print_page.kind() == "plan"
