"""The yardstick of the benchmark runner: a bare PySide6 window, started and stopped as
``python -m app --smoke-test`` does (import PySide6, make the QApplication, show a
QMainWindow, quit as soon as the event loop is idle).

    python tests/perf/bare_window.py
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Paraat")
    window.setCentralWidget(QLabel("Paraat"))
    window.resize(1200, 780)
    window.show()
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
