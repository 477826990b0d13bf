"""Starting the GUI in a fixed order.

Logging → exception hook (a friendly dialog, details in the log) → QApplication → name and
version → open the data → translators → text size → first-run wizard or main window.
"""

from __future__ import annotations

import argparse
import gc
import linecache
import logging
import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import APP_NAME, __version__
from app.diagnostics import start_log
from app.paths import NORMAL, DataLocation, resource
from app.policy import Policy, log_problems, resolve
from app.storage.database import DamagedDatabase, DataFolderError
from app.storage.instance_lock import GUI_WAIT, InstanceLock, InUse, lock_folder, wait_seconds
from app.storage.recovery import (
    OK,
    acknowledge,
    open_or_recover,
)
from app.storage.repository import Repository
from app.storage.schema import SchemaTooNew
from app.ui.common import focus
from app.ui.common.contrast import fusion_application
from app.ui.common.session import Session
from app.ui.common.theme import (
    DEFAULT_TEXT_SIZE,
    HIGH_CONTRAST_SETTING,
    apply_text_size,
    apply_theme,
    wants_high_contrast,
)
from app.ui.start.error_hook import ErrorHook
from app.ui.start.main_window import MainWindow
from app.ui.start.start_messages import (
    data_folder_message,
    in_use_message,
    no_display_text,
    recovery_message,
)
from app.words.i18n import Translations, tr

if TYPE_CHECKING:
    from app.ui.public.public_session import PublicSession
    from app.ui.start.keep_place import Place

log = logging.getLogger("app")



def capture_place(window: MainWindow) -> Place:
    """Where the user is in ``window`` (app/ui/start/keep_place.py, imported when a window is
    made again, not at start: it needs the record lists' modules, issue 20)."""
    from app.ui.start import keep_place

    return keep_place.capture(window)


def restore_place(window: MainWindow, place: Place) -> None:
    """The same field in the new window as in the old one."""
    from app.ui.start import keep_place

    keep_place.restore(window, place)


def configure_file_dialogs(*, private: bool, allow_local_save: bool) -> None:
    """The file dialogs of this mode and policy (app/ui/common/file_dialogs.py configure).

    In normal mode with saving allowed everywhere, a start that has not imported the dialogs
    leaves them to be imported when a page needs them (issue 20): their module starts in exactly
    that setting, and Qt's own settings path it would set is Qt's default. Public and portable
    mode, a policy that limits saving, or dialogs already imported (set otherwise before, in the
    same process): configured now, before any dialog can open.
    """
    if private or not allow_local_save or "app.ui.common.file_dialogs" in sys.modules:
        from app.ui.common import file_dialogs

        file_dialogs.configure(private_dialogs=private, allow_local_save=allow_local_save)


def setup_logging(location: DataLocation) -> None:
    """Errors and warnings only, to a small rotating file in the data folder (no personal data).

    In public mode, or when the file cannot be made, nothing is logged: never on the console
    (app/diagnostics.py start_log, the same as every command).
    """
    logging.getLogger().setLevel(logging.WARNING)
    start_log(location.folder, location.log_file)  # a record it cannot write is dropped


def install_exception_hook(log_file: str | None = None, quiet: bool = False) -> ErrorHook:
    """Unexpected errors: a calm dialog for the user (``quiet``: a message on stderr instead),
    where-it-happened (no values) in the log."""
    hook = ErrorHook(log_file, quiet=quiet)
    hook.install()
    return hook


def choose_language(repository: Repository, forced: str | None, default: str = "") -> str:
    """--lang, else the saved choice, else ``default`` (the policy's), else the system's language
    at first start (Dutch default)."""
    if forced:
        return forced
    saved = repository.setting("language")
    if saved in ("nl", "en"):
        return saved
    language = default or system_language()
    repository.set_setting("language", language)
    return language


def system_language() -> str:
    """English on an English system, else Dutch."""
    return "en" if QLocale.system().language() == QLocale.Language.English else "nl"


class Paraat:
    """The running GUI: one session and the current window."""

    def __init__(self, app: QApplication, repository: Repository, location: DataLocation,
                 forced_language: str | None, policy: Policy | None = None) -> None:
        self.app = app
        self.location = location
        self.forced_language = forced_language
        self.policy = policy or Policy()
        self.start_language = forced_language or ""
        self.session = Session(repository)
        focus.install(app)  # the focused field is scrolled into view, in every window
        self.translations = Translations(app)
        self.window: MainWindow | None = None
        self.public: PublicSession | None = None
        self.instance_lock: InstanceLock | None = None
        """This folder's single-instance lock (None in public mode and in tests)."""

    def apply_appearance(self) -> None:
        repository = self.session.repository
        language = self.forced_language or repository.setting("language", "nl")
        self.translations.use(language)
        apply_text_size(self.app, repository.setting("text_size", DEFAULT_TEXT_SIZE))
        apply_theme(self.app, wants_high_contrast(repository.setting(HIGH_CONTRAST_SETTING, "")))

    def build_window(self) -> MainWindow:
        old = self.window
        place: Place | None = None
        if old is not None:  # a new window for a new language or text size (never at start)
            gc.unfreeze()  # the old window's objects can be collected when it is gone
            place = capture_place(old)
            old.save_state_now()
        self.apply_appearance()
        window = MainWindow(self.session, self.location.describe(), mode=self.location.mode,
                            policy=self.policy)
        window.appearance_changed.connect(self._rebuild_later)
        window.erase_requested.connect(self.erase_everything)
        self.window = window
        window.show()
        if old is not None:
            window.show_page(old.current_page())  # Settings, or the page where Ctrl+plus was pressed
            if place is not None:
                restore_place(window, place)  # the same field, not the list of pages
            old.appearance_changed.disconnect()
            old.hide()
            old.deleteLater()
        return window

    def _rebuild_later(self) -> None:
        self.forced_language = None
        QTimer.singleShot(0, self.build_window)

    def start_over(self, repository: Repository) -> MainWindow:
        """Begin again with ``repository`` (after a wipe or "delete all"): new session and window."""
        old_window, old_session = self.window, self.session
        self._lock_again()
        self.window = None
        self.session = Session(repository)
        if old_window is not None:
            old_window.appearance_changed.disconnect()
            old_window.erase_requested.disconnect()
            old_window.hide()
            old_window.deleteLater()
        old_session.undo_stack.clear()
        old_session.repository.close()
        old_session.deleteLater()
        return self.build_window()

    def erase_everything(self) -> None:
        """ "I'm done — erase everything" (public) or "Delete all my data" (confirmed already)."""
        if self.public is not None:
            self.public.wipe()
        else:
            # The lock file is erased with the rest (Windows cannot delete a locked file);
            # start_over takes the lock again as soon as the new household is there.
            if self.instance_lock is not None:
                self.instance_lock.release()
            from app.ui.settings import delete_all  # only when asked for (issue 20)

            delete_all.erase_and_start_over(self)
            self._lock_again()

    def _lock_again(self) -> None:
        """After "delete all": lock the (new) lock file before anyone else can."""
        lock = self.instance_lock
        if lock is None or lock.held:
            return
        try:
            lock.acquire()
        except (InUse, OSError):
            log.warning("the data folder could not be locked again after deleting all")

    def first_run(self) -> None:
        repository = self.session.repository
        if repository.setting("wizard_done") != "1" and repository.is_empty():
            from app.ui.start.wizard import FirstRunWizard  # only on a first run

            FirstRunWizard(self.session, self.apply_wizard_choices,
                           language_locked=self.policy.locked and bool(self.policy.language)).exec()
            repository.set_setting("last_page", "overview")

    def apply_wizard_choices(self, language_chosen: bool) -> None:
        """The wizard's first step saved a text size, language or look: apply it everywhere."""
        if language_chosen:  # the wizard's choice counts, not --lang
            self.forced_language = None
        self.apply_appearance()


_smoke_test = False
"""True during --smoke-test: nothing may wait for a click, so messages go to stderr instead."""


def _to_stderr(text: str) -> None:
    if sys.stderr is not None:  # a windowed program on Windows has no console
        print(text, file=sys.stderr, flush=True)


IN_USE_EXIT = 4
"""Exit code of a start refused because another Paraat has this data folder open."""


def start_done() -> None:
    """The cycle collector on again, before the event loop and before any dialog at start (which
    can stay open as long as the user likes).

    ``paraat`` turns the collector off for the start (app/cli/entry.py): the start makes some
    40,000 objects that live as long as the window, and hardly any garbage. They are frozen here
    (``gc.freeze``), so that no collection walks them again, neither now nor later while the
    user works; the first collection after the start would walk all of them (8 ms, issue 20).
    A test that calls ``run_gui`` with the collector on freezes nothing.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _fatal(title: str, text: str) -> int:
    """Paraat cannot start: tell the user (a dialog, or stderr in a smoke test); exit code 2."""
    start_done()
    if _smoke_test:
        _to_stderr(text)
    else:
        from PySide6.QtWidgets import QMessageBox  # only when Paraat cannot start

        QMessageBox.critical(None, title, text)
    return 2


def _warn(text: str) -> None:
    """Paraat starts, but the user must know something first (a dialog, or stderr)."""
    start_done()
    if _smoke_test:
        _to_stderr(text)
    else:
        from PySide6.QtWidgets import QMessageBox  # only when there is something to tell first

        QMessageBox.warning(None, APP_NAME, text)


_SCREEN_PLATFORMS = ("xcb", "wayland")


def missing_display(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """True when Qt would look for a screen that is not there (and abort the whole program).

    Only on Linux and the BSDs: the window goes to X11 (``DISPLAY``) or Wayland
    (``WAYLAND_DISPLAY``), unless ``QT_QPA_PLATFORM`` picks one that needs no screen
    (offscreen, minimal, vnc, eglfs, …). Windows and macOS always have one.
    """
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return False
    chosen = [part.split(":")[0].strip().lower()
              for part in environ.get("QT_QPA_PLATFORM", "").split(";") if part.strip()]
    return all(name.startswith(_SCREEN_PLATFORMS) for name in chosen)  # unset: xcb or wayland


def forget_source_lines() -> None:
    """Drop the source text PySide read while Paraat's modules were imported (issue 20).

    For every module imported after it, PySide6 reads the module's whole source (to see
    whether it names PySide6, for its ``__feature__`` switches) through ``linecache``, which
    keeps it: about 4.7 MiB at start, for nothing (a frozen bundle has no source to read). A
    traceback reads the lines it needs again.
    """
    linecache.clearcache()


def run_gui(args: argparse.Namespace) -> int:
    global _smoke_test
    _smoke_test = bool(args.smoke_test)
    forget_source_lines()  # what the imports above left
    if missing_display():  # Qt would abort the whole program (exit 134) without a word
        _to_stderr(no_display_text(args.lang or system_language()))
        return 2
    policy, location = resolve(args.data_dir, public=args.public, portable=args.portable)
    setup_logging(location)
    log_problems(policy)
    hook = install_exception_hook(str(location.log_file) if location.log_file else None,
                                  quiet=_smoke_test)
    configure_file_dialogs(private=location.mode != NORMAL, allow_local_save=policy.allow_local_save)
    # QApplication.instance() is typed as QCoreApplication; the one made here (or by a test) is a
    # QApplication
    app = cast(QApplication | None, QApplication.instance()) or fusion_application(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(QIcon(str(resource("icons", "paraat.svg"))))
    Translations(app).use(args.lang or system_language())  # until the household's own is known
    instance: InstanceLock | None = None
    try:
        # One Paraat per data folder: a second start says so and leaves the data alone.
        instance = lock_folder(location.folder, wait_seconds(GUI_WAIT))
        repository, recovery = open_or_recover(location.database, location.backups)
    except InUse as error:  # not logged: the log file belongs to the Paraat that is open
        _fatal(APP_NAME, in_use_message(str(error.folder)))
        return IN_USE_EXIT
    except DataFolderError as error:
        log.error("cannot use data folder: %s", error)
        return _fatal(APP_NAME, data_folder_message(error))
    except SchemaTooNew:
        return _fatal(APP_NAME, tr("The file with your data was made by a newer version of Paraat:\n\n%1\n\n"
                                   "Install the newest Paraat to open it. Paraat has not changed it.")
                      .replace("%1", str(location.database)))
    except DamagedDatabase as error:
        log.error("damaged database: %s", error)
        return _fatal(APP_NAME, tr("The file with your data is damaged or is not a Paraat file:\n\n%1\n\n"
                                   "Paraat has not changed it.").replace("%1", str(location.database)))
    if location.in_memory:
        from app.ui.public.public_session import open_memory_repository  # public mode only

        repository.close()
        repository = open_memory_repository()
    if policy.locked and policy.language:
        repository.set_setting("language", policy.language)
    language = choose_language(repository, args.lang, policy.language)
    paraat = Paraat(app, repository, location, args.lang or None, policy)
    paraat.instance_lock = instance
    paraat.start_language = language
    paraat.translations.use(language)
    paraat.apply_appearance()
    if recovery.status != OK:
        _warn(recovery_message(recovery))  # modal: returns once the user has read it
    acknowledge(location.database)
    if location.in_memory:
        from app.ui.public.public_session import PublicSession

        paraat.public = PublicSession(paraat, policy)
        if not args.smoke_test:  # inside the event loop, so the idle watch can close the wizard
            QTimer.singleShot(0, paraat.first_run)
    elif not args.smoke_test:
        start_done()  # the wizard is open as long as the user likes
        paraat.first_run()
    window = paraat.build_window()
    forget_source_lines()  # and what the first page's modules left
    paraat.session.backup_at_start()
    window.reminder.show_if_due()
    if args.smoke_test:
        QTimer.singleShot(0, app.quit)
    start_done()
    code = app.exec()
    if paraat.window is not None:
        if not args.smoke_test:
            paraat.window.save_state_now()
        paraat.window.hide()  # leave no window behind when run_gui returns (tests start it again)
        paraat.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        paraat.window = None
    # Closing the last window posts a second "quit" that no loop handled; a later event loop in
    # the same process (the tests') would otherwise end at once.
    QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
    paraat.session.repository.close()  # public mode: the household in memory is gone now
    if paraat.instance_lock is not None:
        paraat.instance_lock.release()
    if _smoke_test and hook.shown and code == 0:
        return 70  # an unexpected error was told on stderr: the smoke test did not go well
    return code
