"""Data folders for the benchmark runner: the demo household, and the demo household grown to
the stock limit (20,000 entries) and the contacts limit (2,000), with entries that keep or
that go off soon. Everything is stored through the repository, as the program stores it.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from app.core.records import Contact, ContactPhone, Stock
from app.paths import DATABASE_NAME
from app.storage.repository import Repository

ROOT = Path(__file__).resolve().parents[2]
ITEMS = ("water", "food", "batteries", "flashlight", "radio", "blankets", "wet_wipes",
         "first_aid_kit", "pet_food", "cash_adults", "own")
PLACES = ("Kelder", "Zolder", "Keukenkast", "Gangkast", "Schuur", "Garage", "Slaapkamer")
CATEGORIES = ("family", "neighbour", "work", "school", "other")


def child_env() -> dict[str, str]:
    """The environment of every child: no screen needed, Paraat's own folder importable."""
    path = os.environ.get("PYTHONPATH", "")
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(ROOT) + (os.pathsep + path if path else "")}


def make_demo(folder: Path) -> Path:
    """``paraat --data-dir FOLDER demo``: the demo household, made by the program itself."""
    subprocess.run([sys.executable, "-m", "app", "--data-dir", str(folder), "demo"],
                   env=child_env(), check=True, stdout=subprocess.DEVNULL, cwd=ROOT, timeout=120)
    return folder


def entry(number: int, today: dt.date, soon: bool) -> Stock:
    """A stock entry that keeps for years, or one that goes off within 10 to 49 days."""
    item = ITEMS[number % len(ITEMS)]
    if soon:
        expires = (today + dt.timedelta(days=10 + number % 40)).isoformat()
    else:
        expires = f"{today.year + 2 + number % 4}-{1 + number % 12:02d}"
    return Stock(item_id=item, name=f"Voorraad {number}" if item == "own" else "",
                 quantity=1 + number % 7, unit="pcs", location=PLACES[number % len(PLACES)],
                 expires=expires, notes=f"partij {number}")


def grow(folder: Path, stock: int, contacts: int, soon: bool,
         today: dt.date | None = None) -> Path:
    """Add stock entries and contacts (one mobile number each) until there are ``stock`` and
    ``contacts`` of them; the added entries keep, or all go off soon (``soon``)."""
    today = today or dt.date.today()
    repository = Repository.open(folder / DATABASE_NAME)
    try:
        have = repository.count("stock")
        repository.add_many([("stock", entry(n, today, soon)) for n in range(stock - have)])
        have = repository.count("contact")
        repository.add_contacts(
            (Contact(name=f"Contact {n}", category=CATEGORIES[n % len(CATEGORIES)],
                     address=f"Dorpsstraat {n}"),
             [ContactPhone(number=f"06-{10_000_000 + n}", kind="mobile")])
            for n in range(contacts - have))
    finally:
        repository.close()
    return folder
