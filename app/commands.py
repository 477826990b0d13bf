"""Command-line actions that need no window. The GUI calls the same functions."""

from __future__ import annotations

import datetime as dt
import math
import os
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.demo import demo_household, demo_stock
from app.core.fields import InvalidValue, Problem
from app.core.kit import DEFAULT_HOURS, MAX_DAYS, MIN_DAYS, medicine_item_id
from app.core.readiness import Readiness, readiness
from app.core.records import MAX_CONTACTS, MAX_STOCK, Contact, Stock
from app.core.supplies import KitReport, kit_report, tally_report
from app.paths import backups_folder_for
from app.storage import backups
from app.storage.repository import DamagedRecord, Repository

if TYPE_CHECKING:
    from app.exchange.json_export import KitSettings, PlanContents
    from app.exchange.plan_file import KdfParams
    from app.exchange.supplies_csv import SuppliesPreview  # csv: on first use (issue 20)
    from app.exchange.vcard import VCardPreview  # vobject is imported on first use (issue 20)


class RefusedError(Exception):
    """The command was refused for a reason the user can fix; nothing was changed."""


def backup_before(repository: Repository, reason: str = "import") -> None:
    """The automatic backup before an import or a replacement (none for a database in memory).

    Refuses ("backup_failed") when it cannot be made: a change this big never runs unprotected.
    """
    folder = backups_folder_for(repository.path)
    if folder is None:
        return
    try:
        backups.make_backup(repository.connection, folder, reason)
    except (OSError, backups.BackupError, sqlite3.Error) as error:
        raise RefusedError("backup_failed") from error


def create_demo(repository: Repository, force: bool = False, today: dt.date | None = None) -> None:
    """Fill the database with the demo household.

    Refuses when the household already has data, unless ``force`` is given.
    """
    if not repository.is_empty():
        if not force:
            raise RefusedError("demo_would_overwrite")
        backup_before(repository, "replace")
    repository.replace_all(demo_household(), demo_stock(today or dt.date.today()),
                           settings={"wizard_done": "1"})


# --- the kit's files: calendar, supplies CSV, shopping list ----------------------------------


def kit_hours(repository: Repository) -> float:
    """The chosen horizon (setting "kit_hours"): 72 hours by default, 1 to 28 days."""
    try:
        hours = float(repository.setting("kit_hours", str(DEFAULT_HOURS)))
    except ValueError:
        return float(DEFAULT_HOURS)
    if not math.isfinite(hours):
        return float(DEFAULT_HOURS)
    return min(max(hours, MIN_DAYS * 24), MAX_DAYS * 24)


def last_kit_check(repository: Repository) -> dt.date | None:
    """When the kit was last checked (setting "kit_last_check"), or None."""
    try:
        return dt.date.fromisoformat(repository.setting("kit_last_check"))
    except ValueError:
        return None


def kit_report_of(repository: Repository, today: dt.date | None = None) -> KitReport:
    """The kit against the stock, as the kit page shows it."""
    today = today or dt.date.today()
    return kit_report(repository.household(), repository.list("stock"), today,
                      kit_hours(repository), last_kit_check(repository))


def kit_summary_of(repository: Repository, today: dt.date | None = None) -> KitReport:
    """The kit's state for the overview and the daily reminder: from the stock's tallies (a few
    hundred sums, issue 20), or from the entries when a tally holds a damaged value."""
    today = today or dt.date.today()
    tallies = repository.stock_tallies()
    if tallies is None:
        return kit_report_of(repository, today)
    return tally_report(repository.household(), tallies, today, kit_hours(repository),
                        last_kit_check(repository))


def first_run_done(repository: Repository) -> bool:
    """The first run is finished: the wizard was completed (or cancelled), or there is data."""
    return repository.setting("wizard_done") == "1" or not repository.is_empty()


def readiness_of(repository: Repository, today: dt.date | None = None,
                 report: KitReport | None = None) -> Readiness:
    """How ready the household is (app/core/readiness.py), the same for window, paper and CLI."""
    report = report or kit_report_of(repository, today)
    return readiness(report, started=first_run_done(repository))


def medicine_names(repository: Repository) -> dict[str, str]:
    """"medicine:<id>" → "name (member)", for the name column of exported supplies."""
    household = repository.household()
    members = {member.id: member.name for member in household.members}
    names = {}
    for medicine in household.medicines:
        member = members.get(medicine.member_id)
        name = f"{medicine.name} ({member})" if member else medicine.name
        names[medicine_item_id(medicine.id)] = name
    return names


def export_calendar(repository: Repository, path: str | os.PathLike[str], language: str = "nl",
                    today: dt.date | None = None) -> int:
    """Write the kit's dates as an .ics file; returns the number of events."""
    from app.exchange.calendar import build_calendar, write_calendar  # icalendar only when needed

    today = today or dt.date.today()
    data = build_calendar(kit_report_of(repository, today), repository.list("stock"), language,
                          today=today)
    write_calendar(path, data)
    return data.count(b"BEGIN:VEVENT")


def export_supplies(repository: Repository, path: str | os.PathLike[str],
                    dialect: str = "excel-nl", language: str = "nl") -> int:
    """Write the stock as CSV; returns the number of entries."""
    from app.exchange.supplies_csv import write_supplies

    return write_supplies(repository.list("stock"), path, dialect, language,
                          medicines=medicine_names(repository))


def export_shopping_list(repository: Repository, path: str | os.PathLike[str],
                         dialect: str = "excel-nl", language: str = "nl",
                         today: dt.date | None = None) -> int:
    """Write what the kit still lacks as CSV; returns the number of items."""
    from app.exchange.supplies_csv import write_shopping_list

    report = kit_report_of(repository, today)
    return write_shopping_list(report.shopping, path, dialect, language, to_buy=report.to_buy)


def preview_supplies(repository: Repository, path: str | os.PathLike[str],
                     today: dt.date | None = None) -> SuppliesPreview:
    """Read a supplies CSV for this household without storing anything.

    Raises ImportRefused for a file that cannot be read as a whole, OSError when it cannot be
    opened at all.
    """
    from app.exchange.supplies_csv import read_supplies

    return read_supplies(path, today or dt.date.today(), medicines=medicine_names(repository))


def import_supplies(repository: Repository, preview: SuppliesPreview,
                    skip_invalid: bool = False) -> list[Stock]:
    """Store the preview's valid rows in one transaction (all or nothing); returns them.

    Refuses ("import_has_problems") when some rows were left out for a problem, unless
    ``skip_invalid`` (a note on a kept row, such as a replaced unreadable character, does not);
    refuses ("import_nothing") when no row is valid. Raises InvalidValue when the kit has no
    room for them all, sqlite3.Error when the database fails: nothing is stored then.
    """
    if preview.rejected_lines and not skip_invalid:
        raise RefusedError("import_has_problems")
    if not preview.rows:
        raise RefusedError("import_nothing")
    if repository.count("stock") + len(preview.rows) > MAX_STOCK:
        raise InvalidValue(Problem("too_many", {"max": MAX_STOCK, "kind": "stock"}))
    backup_before(repository, "import")
    return repository.add_many([("stock", entry) for entry in preview.rows])


# --- contacts: vCard files ------------------------------------------------------------------


def preview_contacts(repository: Repository, path: str | os.PathLike[str]) -> VCardPreview:
    """Read a .vcf file without storing anything; cards already in Paraat are marked.

    Raises ImportRefused for a file that cannot be read as a whole, OSError when it cannot be
    opened at all.
    """
    from app.exchange.vcard import read_vcards

    preview = read_vcards(path)
    household = repository.household()
    preview.mark_duplicates(household.contacts, household.phones)
    return preview


def import_contacts(repository: Repository, preview: VCardPreview) -> list[Contact]:
    """Store every new card of the preview, with its numbers, in one transaction; returns them.

    Refuses ("contacts_nothing") when the preview has no new card. Raises InvalidValue when
    there is no room for them all, sqlite3.Error when the database fails: nothing is stored.
    """
    cards = preview.new_cards
    if not cards:
        raise RefusedError("contacts_nothing")
    if repository.count("contact") + len(cards) > MAX_CONTACTS:
        raise InvalidValue(Problem("too_many", {"max": MAX_CONTACTS, "kind": "contact"}))
    backup_before(repository, "import")
    return repository.add_contacts([(card.contact, card.phones) for card in cards])


def export_contacts(repository: Repository, path: str | os.PathLike[str],
                    language: str = "nl") -> int:
    """Write every contact as a vCard 3.0 file; returns the number of contacts."""
    from app.exchange.vcard import write_vcards

    household = repository.household()
    return write_vcards(household.contacts, household.phones, path, language)


# --- the whole household: locked plan file and plain JSON ------------------------------------

MAX_PASSWORD_FILE = 4096


def read_password_file(path: str | os.PathLike[str]) -> str:
    """The password in a file (UTF-8), without its line end; "-" reads standard input.

    Raises OSError when it cannot be read, RefusedError ("password_file") when it is not a
    short UTF-8 text.
    """
    import sys

    if str(path) == "-":
        data = sys.stdin.buffer.read(MAX_PASSWORD_FILE + 1)
    else:
        with open(path, "rb") as stream:
            data = stream.read(MAX_PASSWORD_FILE + 1)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RefusedError("password_file") from None
    if len(data) > MAX_PASSWORD_FILE or "\n" in text.rstrip("\r\n"):
        raise RefusedError("password_file")
    return text.rstrip("\r\n")


def export_plan(repository: Repository, path: str | os.PathLike[str], password: str,
                params: KdfParams | None = None) -> int:
    """Write the household and the kit as a locked plan file (.paraat); returns its size.

    Raises InvalidValue (password_too_short, password_too_simple) for a weak password and
    OSError when the file cannot be written.
    """
    from app.exchange import plan_file

    problem = plan_file.password_problem(password)
    if problem is not None:
        raise InvalidValue(problem)
    return plan_file.write_plan(path, repository.household(), repository.list("stock"), password,
                                params or plan_file.DEFAULT_KDF, kit=kit_settings(repository))


def kit_settings(repository: Repository) -> KitSettings:
    """The kit's horizon and last check, as a plan file or JSON export carries them."""
    from app.exchange.json_export import KitSettings

    checked = last_kit_check(repository)
    return KitSettings(kit_hours(repository), checked.isoformat() if checked else "")


def kit_setting_values(kit: KitSettings | None) -> dict[str, str]:
    """The settings a file's horizon and last check become ({} when it had none), to be
    stored in the same transaction as the records (``Repository.replace_all(settings=…)``)."""
    if kit is None:
        return {}
    return {"kit_hours": f"{kit.hours:g}", "kit_last_check": kit.last_check}


def import_plan(repository: Repository, path: str | os.PathLike[str], password: str,
                before_replace: Callable[[], object] | None = None) -> PlanContents:
    """Replace the household and the kit by those in a plan file (all or nothing).

    The whole file is read, decrypted and checked first; only then is ``before_replace``
    called (the automatic backup) and everything — records, stock, the kit's horizon and
    last check — replaced in one transaction. Raises ImportRefused (wrong password,
    damaged, ...), OSError or sqlite3.Error: nothing changed.
    """
    from app.exchange import plan_file

    contents = plan_file.read_plan(path, password)
    if before_replace is not None:
        before_replace()
    repository.replace_all(contents.household, contents.stock,
                           settings=kit_setting_values(contents.kit))
    return contents


def export_json(repository: Repository, path: str | os.PathLike[str]) -> int:
    """Write the household and the kit as plain JSON (documented in json_export); returns bytes."""
    from app.exchange.json_export import write_json

    return write_json(path, repository.household(), repository.list("stock"),
                      kit_settings(repository))


# --- entries that may be damaged (checksums), named before an export ------------------------

_KIND_WORDS = {  # kind → (Dutch, English), as the damage banner names them
    "home": ("de gegevens van je huis", "your home's details"),
    "member": ("iemand uit je huis", "household member"),
    "medicine": ("medicijn", "medicine"),
    "pet": ("huisdier", "pet"),
    "plan": ("je contact en opvangplek in het plan", "your plan's contact and place to stay"),
    "meeting_place": ("ontmoetingsplek", "meeting place"),
    "pickup": ("wie een kind ophaalt", "who fetches a child"),
    "care": ("extra hulp", "extra help"),
    "role": ("taak", "task"),
    "document": ("document", "document"),
    "scenario": ("afspraak", "agreement"),
    "stock": ("noodpakket", "emergency kit"),
    "contact": ("contact", "contact"),
    "contact_phone": ("telefoonnummer", "phone number"),
    "check": ("wie bij wie kijkt", "who checks on whom"),
}


def damage_warning(records: list[DamagedRecord], language: str = "nl") -> str:
    """What an export says when entries may be damaged (``Repository.verify_all``); '' if none.

    The file is written all the same: when the data file is damaged, getting the data out is
    what matters most. The warning names the entries so that they can be checked.
    """
    if not records:
        return ""
    dutch = language != "en"
    names = []
    for record in records[:5]:
        kind = _KIND_WORDS.get(record.kind, (record.kind, record.kind))[0 if dutch else 1]
        label = record.label or (record.record_id if isinstance(record.record_id, str) else "")
        names.append(f"“{label}” ({kind})" if label else kind)
    which = ", ".join(names)
    if len(records) > 5:
        which += f" en nog {len(records) - 5}" if dutch else f" and {len(records) - 5} more"
    if dutch:
        start = ("Let op: een gegeven is misschien beschadigd" if len(records) == 1 else
                 f"Let op: {len(records)} gegevens zijn misschien beschadigd")
        return (f"{start}: {which}. Het bestand is wel gemaakt. Zet een reservekopie terug, "
                "of controleer dit in Paraat.")
    start = ("Note: an entry may be damaged" if len(records) == 1 else
             f"Note: {len(records)} entries may be damaged")
    return (f"{start}: {which}. The file was written all the same. Restore a backup, "
            "or check this in Paraat.")


# --- printable documents --------------------------------------------------------------------
