"""Make README's screenshot (docs/screenshot.png) from the current app.

    python packaging/make_screenshot.py [--out FILE.png] [--lang nl|en] [--page NAME]

Fills a temporary data folder with the demo household (``paraat --data-dir TMP demo``),
starts Paraat on it through its normal entry point (``app.__main__.main``) with Qt's
offscreen platform, sizes the main window to 1280 × 800 (the smallest screen Paraat is
made for), shows the overview page and saves ``window.grab()`` as a PNG. Nothing outside
the temporary folder is read or written, except the PNG. Uses only the command line's entry
point and Qt, so it keeps working when the modules behind them move.

Run it again when a page changes, look at the result, and commit docs/screenshot.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = ROOT / "docs" / "screenshot.png"
WIDTH, HEIGHT = 1280, 800
SETTLE_MS = 300
"""How long the window may lay itself out and paint before it is grabbed."""


def make_screenshot(out: Path, language: str = "nl", page: str = "overview") -> tuple[int, int]:
    """Start Paraat on the demo household, grab its window at 1280 × 800, save it as ``out``;
    returns the size of the image (larger only if the window cannot be made that small)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.pop("PARAAT_DATA_DIR", None)
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from app.__main__ import main

    out = Path(out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="paraat-screenshot-") as folder:
        data = str(Path(folder) / "data")
        if main(["--data-dir", data, "--lang", language, "demo"]) != 0:
            raise SystemExit("the demo household could not be made")
        app = QApplication.instance() or QApplication([sys.argv[0]])
        errors: list[str] = []
        sizes: list[tuple[int, int]] = []

        def main_window() -> QMainWindow | None:
            windows = [widget for widget in QApplication.topLevelWidgets()
                       if isinstance(widget, QMainWindow) and widget.isVisible()]
            return windows[0] if windows else None

        def arrange(tries: int = 100) -> None:
            window = main_window()
            if window is None:  # not built yet: look again a little later
                if tries:
                    QTimer.singleShot(100, lambda: arrange(tries - 1))
                else:
                    errors.append("Paraat's main window did not open")
                    app.quit()
                return
            window.show_page(page)  # type: ignore[attr-defined]
            window.resize(WIDTH, HEIGHT)
            QTimer.singleShot(SETTLE_MS, grab)

        def grab() -> None:
            window = main_window()
            assert window is not None
            image = window.grab()
            if not image.save(str(out), "PNG"):
                errors.append(f"could not write {out}")
            sizes.append((image.width(), image.height()))
            app.quit()

        QTimer.singleShot(0, arrange)  # runs once Paraat's event loop has started
        code = main(["--data-dir", data, "--lang", language])
        if errors:
            raise SystemExit(errors[0])
        if code != 0 or not sizes:
            raise SystemExit(f"Paraat ended with exit code {code} before the screenshot")
    return sizes[0]


def main_cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SCREENSHOT, help="where to save the PNG")
    parser.add_argument("--lang", choices=("nl", "en"), default="nl", help="the app's language")
    parser.add_argument("--page", default="overview", help="the page to show (default: overview)")
    args = parser.parse_args(argv)
    width, height = make_screenshot(args.out, args.lang, args.page)
    print(f"{args.out}: {width} × {height}")
    return 0


if __name__ == "__main__":
    sys.exit(main_cli())
