"""What goes into the log about an unexpected error: where it happened, never any values.

Error messages and variables can hold what the user typed (names, medicines, addresses), so
the log gets only the kind of error and the chain of code places that led to it.
"""

from __future__ import annotations

import traceback
from pathlib import Path
from types import TracebackType


def describe(kind: type[BaseException], tb: TracebackType | None) -> str:
    """The error's kind and the code places (file, line, function) that led to it."""
    lines = [f"{kind.__module__}.{kind.__qualname__}"]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)
