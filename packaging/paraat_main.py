"""Entry point of the frozen Paraat: PyInstaller runs this file as ``__main__``.

The same ``main()`` as ``python -m app`` and the ``paraat`` script of the wheel.
"""

from __future__ import annotations

import sys

from app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
