"""What Orca sees of Paraat, read over AT-SPI with the system's pyatspi (python3-pyatspi).

Run with the system Python inside ``dbus-run-session`` and an X server; it starts the app
command given after ``--`` (tests/accessibility/drive_app.py), waits for Paraat on the
accessibility bus, walks the whole tree (every page, also those not shown), listens for
announcements while the driver edits a field, and prints one JSON object:

    roles        how many objects of each role
    objects      how many in all
    unnamed      controls (buttons, fields, lists, tables, tabs, menu items …) without a name
    unnamed_focusable  anything that can take the focus and has no name
    headerless   tables with a column that has no header
    events       [type, role of the source, name of the source, text] heard after "listening"

    /usr/bin/python3 atspi_walker.py WORK_DIR -- command …
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

CONTROLS = {"push button", "toggle button", "check box", "radio button", "text", "password text",
            "entry", "combo box", "spin button", "slider", "table", "tree table", "list",
            "list box", "tree", "page tab", "page tab list", "menu item", "check menu item",
            "radio menu item", "menu", "link"}
# Cells and rows take their name from what they hold; an empty cell is an empty cell.
NAMED_BY_CONTENT = {"table cell", "list item", "table row", "tree item", "table row header"}
EVENTS = ("object:announcement", "object:property-change:accessible-name")


def find_app(name: str, timeout: float) -> object | None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.name == name:
                return app
        time.sleep(0.3)
    return None


def describe(node: object) -> str:
    path = []
    while node is not None and len(path) < 6:
        path.append(f"{node.getRoleName()} '{node.name}'")
        node = node.parent
    return " < ".join(path)


def walk(app: object) -> dict[str, object]:
    roles: dict[str, int] = {}
    unnamed: list[str] = []
    unnamed_focusable: list[str] = []
    headerless: list[str] = []
    texts: list[str] = []
    stack = [app]
    while stack:
        node = stack.pop()
        role = node.getRoleName()
        roles[role] = roles.get(role, 0) + 1
        name = (node.name or "").strip()
        if role == "label" and len(texts) < 40:
            texts.append(name)
        in_combo = role == "list" and node.parent is not None and node.parent.getRoleName() == "combo box"
        if not name and role in CONTROLS and not in_combo:  # a combo's drop-down is read as the combo
            unnamed.append(describe(node))
        if (not name and role not in NAMED_BY_CONTENT and role not in CONTROLS
                and node.getState().contains(pyatspi.STATE_FOCUSABLE)):
            unnamed_focusable.append(describe(node))
        if role in ("table", "tree table"):
            table = node.queryTable()
            for column in range(table.nColumns):
                header = table.getColumnHeader(column)
                text = header.name if header is not None else table.getColumnDescription(column)
                if not (text or "").strip():
                    headerless.append(f"{describe(node)} column {column}")
        for index in range(node.childCount):
            child = node.getChildAtIndex(index)
            if child is not None:
                stack.append(child)
    return {"roles": roles, "objects": sum(roles.values()), "unnamed": unnamed,
            "unnamed_focusable": unnamed_focusable, "headerless": headerless,
            "texts": texts}


def main() -> int:
    work = Path(sys.argv[1])
    command = sys.argv[sys.argv.index("--") + 1:]
    program = subprocess.Popen(command)
    try:
        app = find_app("Paraat", timeout=40)
        if app is None:
            print(json.dumps({"error": "Paraat did not appear on the accessibility bus"}))
            return 1
        time.sleep(1.0)  # the window is laid out
        result = walk(app)
        events: list[list[str]] = []

        def heard(event: object) -> None:
            source = event.source
            events.append([event.type, source.getRoleName() if source else "",
                           (source.name or "") if source else "", str(event.any_data or "")])

        pyatspi.Registry.registerEventListener(heard, *EVENTS)
        context = GLib.MainContext.default()
        (work / "listening").write_text("yes", encoding="utf-8")
        end = time.monotonic() + 30
        done_at = None
        while time.monotonic() < end:
            context.iteration(False)
            time.sleep(0.01)
            if done_at is None and (work / "done").exists():
                done_at = time.monotonic()
            if done_at is not None and time.monotonic() > done_at + 2:
                break
        result["events"] = events
        result["driven"] = done_at is not None
        print(json.dumps(result, ensure_ascii=False))
        return 0
    finally:
        program.terminate()
        try:
            program.wait(10)
        except subprocess.TimeoutExpired:
            program.kill()


if __name__ == "__main__":
    sys.exit(main())
