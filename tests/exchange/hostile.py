"""Helpers for the hostile-input tests: a time bound, and the check that a refusal has words."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from app.core.fields import Problem
from app.exchange.files import ImportRefused
from app.words import bilingual

T = TypeVar("T")

# A generous bound for one file on a busy CI machine: the slowest file of the corpus takes
# about 3 s on an idle laptop; before the fixes several took minutes or never ended.
SECONDS = 30.0
UNKNOWN = {bilingual.problem_text(Problem("no such code"), language) for language in ("nl", "en")}


def within(seconds: float, action: Callable[[], T]) -> tuple[T | ImportRefused, float]:
    """Run ``action`` in a thread; its result or ImportRefused, and the time it took.

    Fails the test when it does not end within ``seconds`` (a hang) or raises anything other
    than ImportRefused (a crash; the exception is raised again here).
    """
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["result"] = action()
        except ImportRefused as refused:
            outcome["result"] = refused
        except BaseException as error:  # noqa: BLE001 - handed to the test below
            outcome["error"] = error

    began = time.perf_counter()
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    took = time.perf_counter() - began
    assert not thread.is_alive(), f"no answer after {seconds} s: a hang"
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"], took


def assert_plain_words(problem: Problem) -> None:
    """The problem reads as a sentence in Dutch and in English, with its values filled in."""
    for language in ("nl", "en"):
        text = bilingual.problem_text(problem, language)
        assert text not in UNKNOWN, f"no words for {problem.code!r}"
        assert "{" not in text and "}" not in text, text
