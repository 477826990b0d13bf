"""``paraat``'s main(): read the arguments, then start the window or run one command.

A command logs as the window does (never on stderr), and whatever happens it ends with an exit
code and plain words: Ctrl-C gives one sentence (app/cli/interrupts.py), an error nobody
foresaw one more (exit 70), never a traceback. Only the window and export-pdf load Qt; the
rest is imported when it is needed, so ``paraat --help`` and every other command start fast.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys

from app.cli.interrupts import interrupted, set_stage
from app.cli.parser import build_parser, help_language

UNEXPECTED = 70
"""Exit code: something went wrong inside Paraat that nobody foresaw (EX_SOFTWARE)."""


def main(argv: list[str] | None = None) -> int:
    """The window without a command, else the command; returns the exit code."""
    args = build_parser(help_language(sys.argv[1:] if argv is None else argv)).parse_args(argv)
    if args.command:
        from app.cli import opening
        from app.diagnostics import stop_log

        handler = _start_command_log(args)
        set_stage("start")
        try:
            return opening.run_command(args)
        except KeyboardInterrupt:  # Ctrl-C: one sentence, no traceback
            return interrupted(args.lang)
        except Exception as error:  # never a traceback in the user's face
            return _unexpected(error, args.lang)
        finally:
            stop_log(handler)
    return _run_window(args)


def _run_window(args: argparse.Namespace) -> int:
    """The window, started and ended without the cycle collector's rounds (issue 20).

    The start makes some 40,000 objects that live as long as the window, and hardly any garbage:
    the collector would walk them some 75 times before the window shows (8 ms), so it is off
    until ``run_gui`` freezes them and turns it on again, before the first dialog or the event
    loop (app/ui/start/application.py start_done). When ``run_gui`` returns, the data is closed
    and the process ends: what is left is frozen too, so that Python's exit does not walk it all
    once more (20 ms). Nothing is left undone at the exit: objects are freed as always, atexit
    (the log) still runs; only garbage cycles are left to the system.
    """
    gc.disable()
    try:
        from app.ui.start.application import run_gui

        return run_gui(args)
    finally:
        gc.enable()
        gc.freeze()


def _unexpected(error: Exception, lang: str | None) -> int:
    """A command failed in a way nobody foresaw: plain words on stderr, where-it-happened in the log."""
    from app.diagnostics import describe

    logging.getLogger("app.error").error("unexpected error\n%s", describe(type(error), error.__traceback__))
    if (lang or "nl") == "nl":
        print(f"Er ging iets mis in Paraat ({type(error).__name__}). Wat al bewaard was, is er nog. "
              "Probeer het opnieuw.", file=sys.stderr)
    else:
        print(f"Something went wrong inside Paraat ({type(error).__name__}). What was saved before is "
              "still there. Please try again.", file=sys.stderr)
    return UNEXPECTED


def _start_command_log(args: argparse.Namespace) -> logging.Handler:
    """A command logs as the window does: warnings and errors to paraat.log in the data folder
    (app/diagnostics.py), never on stderr, where an English log line would sit between the
    user's own messages. Public mode, delete-all (which erases the log) or a log file that
    cannot be made: a NullHandler, so nothing is printed either."""
    from app.diagnostics import start_log
    from app.policy import log_problems, resolve

    try:
        policy, location = resolve(args.data_dir, public=args.public, portable=args.portable)
    except Exception:  # run_command says what is wrong; logging is no reason to fail
        return start_log(None, None)
    if args.command == "delete-all":
        return start_log(None, None)
    handler = start_log(location.folder, location.log_file)
    log_problems(policy)
    return handler
