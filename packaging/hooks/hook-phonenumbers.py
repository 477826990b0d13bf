"""PyInstaller hook for phonenumbers, replacing the contrib hook that takes every submodule.

Paraat checks and formats numbers only: it needs the region metadata (phonenumbers.data)
and the short-number metadata (phonenumbers.shortdata), which the library imports by name
at run time. Place names, carriers and time zones (40 MB) stay out.
"""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules(
    "phonenumbers",
    filter=lambda name: not name.startswith((
        "phonenumbers.geodata", "phonenumbers.geocoder", "phonenumbers.carrier",
        "phonenumbers.tzdata", "phonenumbers.timezone",
    )),
)
