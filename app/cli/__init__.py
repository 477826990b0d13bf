"""Paraat's command line: the window by default, and sub-commands that need no window.

``paraat`` (the script of the wheel), ``python -m app`` and the bundle all call ``main``.
The commands, their options and the exit codes are described in docs/cli.md.

    entry.py       main(): the arguments, then the window or one command; logging, errors
    parser.py      the options and sub-commands, with their help in the user's language
    opening.py     lock the data folder, open or recover the data, hand it to the command
    messages.py    the words more than one command needs; which language they are in
    interrupts.py  Ctrl-C: one true sentence and exit code 130
    household.py   the household as a whole: demo, delete-all
    exchange.py    the kit's and the contacts' files: calendar, supplies CSV, shopping list, vCard
    plan.py        the whole household in one file: export-plan, import-plan, export-json
    paper.py       print: export-pdf
"""

from __future__ import annotations

from app.cli.entry import main

__all__ = ["main"]
