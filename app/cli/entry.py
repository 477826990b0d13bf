"""``paraat``'s main(): read the arguments, then start the window or run one command.

A command logs as the window does (never on stderr), and whatever happens it ends with an exit
code and plain words: Ctrl-C gives one sentence (app/cli/interrupts.py), an error nobody
foresaw one more (exit 70), never a traceback. Only the window and export-pdf load Qt; the
rest is imported when it is needed, so ``paraat --help`` and every other command start fast.
"""

from __future__ import annotations

import argparse
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
    from app.ui.start.application import run_gui

    return run_gui(args)


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
