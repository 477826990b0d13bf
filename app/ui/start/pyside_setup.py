"""PySide6 without reading every module's source at import (issue 20, start at once).

For every module imported after PySide6, PySide's ``__feature__`` support reads the module's
whole source (``inspect.getsource``) to see whether it names PySide6: a module that does may
switch on ``snake_case`` or ``true_property``. Paraat never uses those switches. The reading
cost 15-20 ms of every start and left 4.7 MiB of source lines in ``linecache``.

A frozen bundle has no source to read, so there PySide treats every module as one that does
not use the switches; ``skip_source_check`` gives the same answer here without reading. When a
PySide version no longer has the function it replaces, it changes nothing.
"""

from __future__ import annotations

import sys
from types import ModuleType


def _uses_no_features(module: ModuleType) -> bool:
    """PySide's question "does this module name PySide6?", answered as in a frozen bundle."""
    return False


def skip_source_check() -> bool:
    """Answer PySide's source check without reading the source; True when it was replaced."""
    import PySide6  # noqa: F401  (loads shibokensupport)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    setattr(feature, "_mod_uses_pyside", _uses_no_features)  # noqa: B010 (a private name)
    return True
