"""The yardstick for Paraat's bundle: the smallest PySide6 window, frozen with defaults.

packaging/size_report.py freezes this with the same PyInstaller as Paraat and compares the
two bundles' sizes and start-up times. Like ``paraat --smoke-test`` it starts, shows its
window and quits as soon as the event loop is idle.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

if __name__ == "__main__":
    app = QApplication(sys.argv)
    window = QLabel("Hallo")
    window.show()
    QTimer.singleShot(0, app.quit)
    sys.exit(app.exec())
