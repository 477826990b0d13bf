"""Starting Paraat and its one window: the start-up order (application.py), the main window
with its sidebar of pages (main_window.py), the first-run wizard, the friendly error dialog,
and the banner about damaged records."""

from app.ui.start.pyside_setup import skip_source_check

skip_source_check()  # before the window's modules are imported (pyside_setup.py)
