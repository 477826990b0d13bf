"""Ctrl-C during a command: one plain sentence that says only what is true, exit code 130,
never a traceback.

A command tells which stage it is in (``set_stage``); the sentence depends on it. Every import
and the demo are one transaction and an export replaces its file only when the new one is
complete, so an interruption while a command runs changed nothing. An interrupted recovery is
finished at the next start; an interrupted delete-all may have deleted part of the files.
"""

from __future__ import annotations

import logging
import sys

INTERRUPTED = 130
"""Exit code: stopped with Ctrl-C (128 + SIGINT, as shells report it)."""

_stage = "start"
"""What the command is doing, for the sentence an interruption gets (``interrupted``):
"start", "opening" (the data is opened or recovered), "running", "erasing" (delete-all)."""


def set_stage(stage: str) -> None:
    """The command has reached ``stage`` ("start", "opening", "running" or "erasing")."""
    global _stage
    _stage = stage


def interrupted(lang: str | None) -> int:
    """Ctrl-C during a command: what that left, in one plain sentence; exit code 130."""
    dutch = lang != "en"
    if _stage == "opening":
        text = ("Gestopt. Als Paraat je gegevens aan het herstellen was, maakt het dat de "
                "volgende keer af." if dutch else
                "Stopped. If Paraat was repairing your data, it finishes that the next time.")
    elif _stage == "erasing":
        text = ("Gestopt. Misschien is een deel al gewist. Geef de opdracht opnieuw om de rest "
                "te wissen." if dutch else
                "Stopped. Part of it may already be deleted. Give the command again to delete "
                "the rest.")
    else:
        text = "Gestopt. Er is niets veranderd." if dutch else "Stopped. Nothing was changed."
    logging.getLogger("app").warning("command interrupted (%s)", _stage)
    print(text, file=sys.stderr, flush=True)
    return INTERRUPTED
