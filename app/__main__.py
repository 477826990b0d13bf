"""``python -m app`` and the ``paraat`` script: the window, or one command (app/cli/; the
commands, their options and exit codes: docs/cli.md)."""

from __future__ import annotations

from app.cli import main

__all__ = ["main"]

if __name__ == "__main__":
    raise SystemExit(main())
