"""The main window: a sidebar that follows the booklet's steps, the pages, and the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QSize, Qt, QTime, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.paths import NORMAL, PUBLIC, resource
from app.policy import Policy
from app.ui.common.announce import announce
from app.ui.common.contrast import ICON_INK, current_theme
from app.ui.common.focus import first_tab_stop, quiet_page_scrolls
from app.ui.common.section_tabs import SectionTabs
from app.ui.common.session import Session
from app.ui.common.theme import DEFAULT_TEXT_SIZE
from app.ui.kit.reminder_banner import ReminderBanner
from app.ui.settings.backup_banner import BackupProblemBanner
from app.ui.start.damage_banner import DamageBanner
from app.ui.start.lazy_pages import LazyPages, PageSpec
from app.ui.start.view_keys import (
    LARGER_KEYS,
    NEXT_PANE_KEYS,
    NEXT_SECTION_KEYS,
    NORMAL_KEYS,
    PAGE_KEYS,
    PREVIOUS_PANE_KEYS,
    PREVIOUS_SECTION_KEYS,
    SMALLER_KEYS,
    key_text,
    page_key,
    page_keys,
    text_size_step,
    window_title,
)
from app.words.i18n import tr

if TYPE_CHECKING:  # the pages' modules are imported when a page is first built
    from app.ui.carry.carry_page import CarryPage
    from app.ui.household.household_page import HouseholdPage
    from app.ui.info.info_page import InfoPage
    from app.ui.kit.kit_page import KitPage
    from app.ui.overview.overview_page import OverviewPage
    from app.ui.paper.print_page import PrintPage
    from app.ui.plan.plan_page import PlanPage
    from app.ui.public.public_banner import PublicBanner
    from app.ui.settings.backups_page import BackupsPage
    from app.ui.settings.settings_page import SettingsPage
    from app.ui.together.contacts_page import ContactsPage

PAGE_ROLE = Qt.ItemDataRole.UserRole + 1
ICON_ROLE = Qt.ItemDataRole.UserRole + 2
"""The name of a sidebar row's icon while it has no light form yet (None once it has)."""
DEFAULT_WINDOW = QSize(1200, 780)
"""The first window's size; fit_to_screen makes it smaller on a smaller screen."""
SIDEBAR_SHARE = 0.2
"""The sidebar shows its pages' names while that takes at most this share of the window's width;
narrower, it shows icons only (with names for screen readers and in tooltips)."""


class _SidebarDelegate(QStyledItemDelegate):
    """Draws the sidebar's rows with icon and name, or (compact) the icon alone; the item keeps
    its text, so screen readers and the tooltip still name the page."""

    compact = False

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:  # type: ignore[no-untyped-def]
        super().initStyleOption(option, index)
        if self.compact:
            option.text = ""
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDisplay



class MainWindow(QMainWindow):
    """Paraat's one window."""

    appearance_changed = Signal()
    """Language or text size changed: the application builds a new window."""
    erase_requested = Signal()
    """The user confirmed "erase everything" (public) or "delete all my data"."""

    def __init__(self, session: Session, data_folder: str, parent: QWidget | None = None, *,
                 mode: str = NORMAL, policy: Policy | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(window_title(APP_NAME))
        self.setWindowIcon(QIcon(str(resource("icons", "paraat.svg"))))

        self._data_folder, self._mode, self._policy = data_folder, mode, policy
        # Only pages that exist and work are listed; later steps add theirs here. Each is built
        # the first time it is shown or asked for (app/ui/start/lazy_pages.py).
        specs: dict[str, PageSpec] = {
            "overview": PageSpec(tr("Overview"), "overview", self._make_overview),
            "household": PageSpec(tr("Household"), "household", self._make_household),
            "kit": PageSpec(tr("1  Emergency kit"), "kit", self._make_kit),
            "plan": PageSpec(tr("2  Emergency plan"), "plan", self._make_plan),
            "together": PageSpec(tr("3  Together"), "together", self._make_together),
            "info": PageSpec(tr("Information"), "info", self._make_info),
            "print": PageSpec(tr("Print"), "print", self._make_print),
            "carry": PageSpec(tr("Take it home"), "carry", self._make_carry),
            "settings": PageSpec(tr("Settings"), "settings", self._make_settings),
            "backups": PageSpec(tr("Backups"), "backups", self._make_backups),
        }
        if mode == PUBLIC:  # nothing is kept on this computer, so there are no backups to show
            del specs["backups"]
        self.stack = QStackedWidget()
        self.pages = LazyPages(specs, self.stack, self._page_built)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(tr("Pages"))
        self.sidebar.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        icon_size = int(self.fontMetrics().height() * 1.6)
        self.sidebar.setIconSize(QSize(icon_size, icon_size))
        self.sidebar.setSpacing(4)
        for number, (name, title, icon) in enumerate(self.pages.titles(), start=1):
            # the light form for a selected row is drawn when the row is first chosen
            item = QListWidgetItem(_page_icon(icon, icon_size, selected=False), title)
            item.setData(PAGE_ROLE, name)
            item.setData(ICON_ROLE, icon)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title.replace("  ", " "))
            if number <= PAGE_KEYS:  # "3  Samen (Ctrl+5)": the key that opens it
                item.setToolTip(f"{title.replace('  ', ' ')} ({key_text(page_key(number))})")
            else:
                item.setToolTip(title.replace("  ", " "))
            self.sidebar.addItem(item)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar_delegate = _SidebarDelegate(self.sidebar)
        self.sidebar.setItemDelegate(self.sidebar_delegate)
        # the scroll bar's own width, not QStyle's metric: QStyle's Python class (4.6 ms of
        # enums) is then made when a page needs it, not at start (issue 20)
        bar = self.sidebar.verticalScrollBar().sizeHint().width()
        self.sidebar_full_width = max(self.sidebar.sizeHintForColumn(0) + icon_size,
                                      12 * self.fontMetrics().averageCharWidth()) + 24
        self.sidebar_icon_width = icon_size + 24 + bar
        self.sidebar.setFixedWidth(self.sidebar_full_width)

        self.reminder = ReminderBanner(session)
        self.damage = DamageBanner(session)
        self.backup_problem = BackupProblemBanner(session)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        self.public_banner: PublicBanner | None = None
        if mode == PUBLIC:
            policy = policy or Policy()
            from app.ui.public.public_banner import PublicBanner  # public mode only (issue 20)

            self.public_banner = PublicBanner(policy.library_name, policy.idle_minutes)
            right.addWidget(self.public_banner)
        right.addWidget(self.damage)
        right.addWidget(self.backup_problem)
        right.addWidget(self.reminder)
        right.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)

        self.save_state = QLabel()
        self.save_state.setObjectName("status.saved")
        self.statusBar().addPermanentWidget(self.save_state)
        self._show_saved(initial=True)
        self._make_menus()
        self._connect_signals()
        self._restore_state()  # builds the first page; each page's scroll areas are quieted then

    def _make_menus(self) -> None:
        self.undo_action = self.session.undo_stack.createUndoAction(self, tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.session.undo_stack.createRedoAction(self, tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        file_menu = self.menuBar().addMenu(tr("&File"))
        quit_action = QAction(tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu(tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self._make_view_menu()

    def _make_view_menu(self) -> None:
        """View: the text size one step larger or smaller or back to normal, and the pages in
        the sidebar's order with Ctrl+1 … Ctrl+9."""
        view_menu = self.menuBar().addMenu(tr("&View"))
        view_menu.setObjectName("menu.view")
        current = self.session.setting("text_size", DEFAULT_TEXT_SIZE)
        self.size_actions: dict[str, QAction] = {}
        for code, text, keys, step in (("larger", tr("&Larger text"), LARGER_KEYS, 1),
                                       ("smaller", tr("&Smaller text"), SMALLER_KEYS, -1),
                                       ("normal", tr("&Normal text size"), NORMAL_KEYS, 0)):
            action = QAction(text, self)
            action.setObjectName(f"view.{code}")
            action.setShortcuts(list(keys))
            action.setEnabled(text_size_step(current, step) != current)  # nothing to do: grey
            action.triggered.connect(lambda _=False, step=step: self.change_text_size(step))
            view_menu.addAction(action)
            self.size_actions[code] = action
        view_menu.addSeparator()
        self.page_actions: dict[str, QAction] = {}
        for number, (name, title, _) in enumerate(self.pages.titles(), start=1):
            action = QAction(title.replace("  ", " "), self)
            action.setObjectName(f"view.page.{name}")
            if number <= PAGE_KEYS:  # Ctrl+3 (shown) and Alt+3
                action.setShortcuts(page_keys(number))
            action.triggered.connect(lambda _=False, name=name: self.show_page(name))
            view_menu.addAction(action)
            self.page_actions[name] = action
        view_menu.addSeparator()
        self.move_actions: dict[str, QAction] = {}
        for code, text, keys, slot in (
                ("next_section", tr("Next s&ection"), NEXT_SECTION_KEYS, lambda: self.step_section(1)),
                ("previous_section", tr("Pre&vious section"), PREVIOUS_SECTION_KEYS, lambda: self.step_section(-1)),
                ("next_pane", tr("&Move between the list of pages and the page"), NEXT_PANE_KEYS, lambda: self.switch_pane(False)),
                ("previous_pane", tr("Move between list and page, bac&k"), PREVIOUS_PANE_KEYS,
                 lambda: self.switch_pane(True))):
            action = QAction(text, self)
            action.setObjectName(f"view.{code}")
            action.setShortcuts(list(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            view_menu.addAction(action)
            self.move_actions[code] = action

    @Slot(int)
    def change_text_size(self, step: int) -> None:
        """One size larger (1), smaller (-1) or back to normal (0), saved as Settings saves it;
        the application builds the window again in the new size."""
        current = self.session.setting("text_size", DEFAULT_TEXT_SIZE)
        size = text_size_step(current, step)
        if size != current:
            self.session.set_setting("text_size", size)
            self.appearance_changed.emit()

    def _connect_signals(self) -> None:
        self.sidebar.currentRowChanged.connect(self._on_page_chosen)
        # a page chosen by selection alone (a screen reader's "select", selectionModel().select)
        self.sidebar.itemSelectionChanged.connect(self._on_sidebar_selection)
        self.session.saved.connect(self._show_saved)
        self.session.save_failed.connect(self._show_failed)
        self.session.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.session.navigate_requested.connect(self.show_page)
        if self.public_banner is not None:
            self.public_banner.erase_requested.connect(self.erase_requested)
            self.public_banner.take_home_requested.connect(
                lambda: self.show_page("carry" if "carry" in self.pages else "print"))

    # --- pages --------------------------------------------------------------------------------

    def current_page(self) -> str:
        item = self.sidebar.currentItem()
        return item.data(PAGE_ROLE) if item else "overview"

    @Slot(str, str)
    def show_page(self, name: str, target: str = "") -> None:
        if name == "timeline":  # the power-cut timeline lives on the information page
            name, target = "info", "timeline"
        names = list(self.pages)
        if name not in names:
            name = "overview"
        page = self.pages[name][0]  # built now, before the sidebar's signal shows it
        self.sidebar.setCurrentRow(names.index(name))
        self.stack.setCurrentWidget(page)
        if target and hasattr(page, "focus_target"):
            page.focus_target(target)

    @Slot(int)
    def _on_page_chosen(self, row: int) -> None:
        if row >= 0:
            self._light_icon(row)
            self.session.check_day()  # a page opened on a new day shows that day's state
            page, title, _ = self.pages[self.current_page()]  # built on its first show
            self.stack.setCurrentIndex(row)
            self.setWindowTitle(window_title(title.split("  ")[-1]))  # "Noodpakket — Paraat"
            self._remember("last_page", self.current_page())
            # read out, without taking the focus from the sidebar (arrows move on through it);
            # not the first page of a window that is not shown yet: its title is read when it is
            if self.isVisible():
                announce(page, title.replace("  ", " "))

    def _light_icon(self, row: int) -> None:
        """Give the row its icon's light form for the dark selection, the first time it is chosen
        (ten SVG drawings fewer at start, issue 20)."""
        item = self.sidebar.item(row)
        icon = item.data(ICON_ROLE) if item is not None else None
        if item is not None and icon:
            item.setIcon(_page_icon(icon, self.sidebar.iconSize().width()))
            item.setData(ICON_ROLE, None)

    @Slot()
    def _on_sidebar_selection(self) -> None:
        selected = self.sidebar.selectedItems()
        if selected and selected[0] is not self.sidebar.currentItem():
            self.sidebar.setCurrentItem(selected[0])

    def page_widget(self) -> QWidget:
        return self.pages[self.current_page()][0]

    @Slot(int)
    def step_section(self, delta: int) -> None:
        """Ctrl+Tab / Ctrl+PgDn (1), Ctrl+Shift+Tab / Ctrl+PgUp (-1): the next or previous section
        of the page, if it has sections."""
        tabs = getattr(self.page_widget(), "tabs", None)
        if isinstance(tabs, SectionTabs):
            tabs.step(delta)

    @Slot(bool)
    def switch_pane(self, backwards: bool = False) -> None:
        """F6 (Shift+F6): from the list of pages to the page's first field, and back (two
        places, so both keys go to the other one)."""
        page = self.page_widget()
        focus = QApplication.focusWidget()
        if focus is not None and page.isAncestorOf(focus):
            self.sidebar.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        first = first_tab_stop(page)
        if first is None:  # a page without fields: stay in the list
            self.sidebar.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            first.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- building the pages ------------------------------------------------------------------

    page_built = Signal(str)
    """A page was built (its name): it is in the stack now, in its placeholder's place."""

    def _page_built(self, name: str, page: QWidget) -> None:
        if hasattr(page, "restore_section"):
            page.restore_section()
        quiet_page_scrolls(page)  # the fields take the focus, not the pages' scroll areas
        self.page_built.emit(name)

    def _make_overview(self) -> QWidget:
        from app.ui.overview.overview_page import OverviewPage

        return OverviewPage(self.session)

    def _make_household(self) -> QWidget:
        from app.ui.household.household_page import HouseholdPage

        return HouseholdPage(self.session)

    def _make_kit(self) -> QWidget:
        from app.ui.kit.kit_page import KitPage

        return KitPage(self.session)

    def _make_plan(self) -> QWidget:
        from app.ui.plan.plan_page import PlanPage

        return PlanPage(self.session)

    def _make_together(self) -> QWidget:
        from app.ui.together.contacts_page import ContactsPage

        return ContactsPage(self.session)

    def _make_info(self) -> QWidget:
        from app.ui.info.info_page import InfoPage

        return InfoPage(self.session)

    def _make_print(self) -> QWidget:
        from app.ui.paper.print_page import PrintPage

        return PrintPage(self.session)

    def _make_carry(self) -> QWidget:
        from app.ui.carry.carry_page import CarryPage

        return CarryPage(self.session)

    def _make_settings(self) -> QWidget:
        from app.ui.settings.settings_page import SettingsPage

        page = SettingsPage(self.session, self._data_folder, mode=self._mode, policy=self._policy)
        page.appearance_changed.connect(self.appearance_changed)
        page.erase_requested.connect(self.erase_requested)
        return page

    def _make_backups(self) -> QWidget:
        from app.ui.settings.backups_page import BackupsPage

        return BackupsPage(self.session)

    # Each page by name, built when first used (tests and the public session reach them so).

    @property
    def overview(self) -> OverviewPage:
        return cast("OverviewPage", self.pages.page("overview"))

    @property
    def household(self) -> HouseholdPage:
        return cast("HouseholdPage", self.pages.page("household"))

    @property
    def kit(self) -> KitPage:
        return cast("KitPage", self.pages.page("kit"))

    @property
    def plan(self) -> PlanPage:
        return cast("PlanPage", self.pages.page("plan"))

    @property
    def together(self) -> ContactsPage:
        return cast("ContactsPage", self.pages.page("together"))

    @property
    def info(self) -> InfoPage:
        return cast("InfoPage", self.pages.page("info"))

    @property
    def print_page(self) -> PrintPage:
        return cast("PrintPage", self.pages.page("print"))

    @property
    def carry(self) -> CarryPage:
        return cast("CarryPage", self.pages.page("carry"))

    @property
    def settings(self) -> SettingsPage:
        return cast("SettingsPage", self.pages.page("settings"))

    @property
    def backups(self) -> BackupsPage:
        return cast("BackupsPage", self.pages.page("backups"))

    # --- status -------------------------------------------------------------------------------

    @Slot()
    def _show_saved(self, initial: bool = False) -> None:
        if self.public_banner is not None:  # public mode: nothing is saved on the computer
            self.save_state.setText(tr("Kept in memory only"))
        elif initial:
            self.save_state.setText("✔ " + tr("Everything is saved"))
        else:
            time = QTime.currentTime().toString("HH:mm")
            self.save_state.setText("✔ " + tr("Everything is saved (%1)").replace("%1", time))
            announce(self.save_state, tr("Everything is saved"))  # polite: after what is being read
        self.save_state.setAccessibleName(self.save_state.text())

    @Slot(str)
    def _show_failed(self, message: str) -> None:
        self.save_state.setText("⚠ " + tr("Not saved"))
        self.save_state.setAccessibleName(self.save_state.text())
        self.statusBar().showMessage(message, 15000)
        announce(self.save_state, tr("Not saved") + ": " + message, assertive=True)

    # --- sidebar width ------------------------------------------------------------------------

    def sidebar_compact(self) -> bool:
        return self.sidebar_delegate.compact

    def _fit_sidebar(self) -> None:
        """Names in the sidebar while they take at most a fifth of the window, else icons only."""
        compact = self.sidebar_full_width > SIDEBAR_SHARE * self.width()
        if compact == self.sidebar_delegate.compact:
            return
        self.sidebar_delegate.compact = compact
        self.sidebar.setFixedWidth(self.sidebar_icon_width if compact else self.sidebar_full_width)
        self.sidebar.setSpacing(1 if compact else 4)  # the icons fit the height more often
        self.sidebar.doItemsLayout()  # and paints the list again (QAbstractItemView: its viewport)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_sidebar()
        if self.public_banner is not None:
            self.public_banner.fit(event.size().height())
        super().resizeEvent(event)

    # --- window state -------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.session.setting("window_geometry")
        if not geometry or not self.restoreGeometry(QByteArray.fromHex(geometry.encode("ascii"))):
            self.resize(DEFAULT_WINDOW)
        self.fit_to_screen()
        self.show_page(self.session.setting("last_page", "overview"))

    def fit_to_screen(self) -> None:
        """Never larger than the screen's free area (a window saved on a bigger screen, or the
        default size on a small one), and then inside it."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()  # title bar and borders
        width = min(self.width(), free.width() - frame.width())
        height = min(self.height(), free.height() - frame.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(max(width, 320), max(height, 240))
        if not free.contains(self.frameGeometry()):
            self.move(max(free.left(), min(self.x(), free.right() - self.frameGeometry().width())),
                      max(free.top(), min(self.y(), free.bottom() - self.frameGeometry().height())))

    def save_state_now(self) -> None:
        """Store typed text and the window's place, page and size."""
        self.session.flush()
        self._remember("window_geometry", bytes(self.saveGeometry().toHex().data()).decode("ascii"))
        self._remember("last_page", self.current_page())

    def _remember(self, key: str, value: str) -> None:
        """Store a setting of the window only when it changed: a write is a durable commit (and
        the start's first page, or a close without moving, would write the same value again)."""
        if self.session.setting(key) != value:
            self.session.set_setting(key, value)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state_now()
        super().closeEvent(event)


def _page_icon(name: str, size: int, *, selected: bool = True) -> QIcon:
    """The page's icon, drawn in its dark lines, and (``selected``) light when its row is
    selected (the selection is dark in both looks, so the dark lines would vanish there)."""
    path = resource("icons", f"{name}.svg")
    svg = path.read_text(encoding="utf-8")
    icon = QIcon()
    light = svg.replace(ICON_INK, current_theme().highlighted_text)  # the selected row's text colour
    forms = [(svg, QIcon.Mode.Normal), (light, QIcon.Mode.Selected)] if selected else [(svg, QIcon.Mode.Normal)]
    for text, mode in forms:
        pixmap = QPixmap()
        if not pixmap.loadFromData(text.encode("utf-8"), "SVG"):
            return QIcon(str(path))
        icon.addPixmap(pixmap.scaled(size * 2, size * 2, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation), mode)
    return icon
