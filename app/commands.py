"""Command-line actions that need no window. The GUI calls the same functions."""

from __future__ import annotations

import datetime as dt

from app.core.demo import demo_household, demo_stock
from app.storage.repository import Repository


class RefusedError(Exception):
    """The command was refused for a reason the user can fix; nothing was changed."""


def create_demo(repository: Repository, force: bool = False, today: dt.date | None = None) -> None:
    """Fill the database with the demo household.

    Refuses when the household already has data, unless ``force`` is given.
    """
    if not force and not repository.is_empty():
        raise RefusedError("demo_would_overwrite")
    repository.replace_all(demo_household(), demo_stock(today or dt.date.today()))
    repository.set_setting("wizard_done", "1")
